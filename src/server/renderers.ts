/**
 * The render jobs the dashboard offers: the same functions as `eviden report` (renderDocuments, without lampiran) and
 * `eviden packet` (buildPacket), each with its own Chromium, reporting progress per written document.
 */
import type { WorkspaceState } from '../types/state.ts';
import { PdfBrowser } from '../render/browser.ts';
import { documentCount, renderDocuments } from '../render/documents.ts';
import { buildPacket } from '../render/packet.ts';
import type { Progress } from '../shared/progress.ts';
import type { JobKind, JobProgress, RenderFn } from './jobs.ts';

function progressOf(total: number, report: (p: JobProgress) => void): Progress {
  let done = 0;
  const all = Math.max(1, total);
  report({ done, total: all, label: 'Menyiapkan Chromium…' });
  return {
    tick(label) {
      done += 1;
      report({ done: Math.min(done, all), total: all, label: `Selesai: ${label}` });
    },
    stop() {},
  };
}

async function withBrowser<T>(run: (browser: PdfBrowser) => Promise<T>): Promise<T> {
  const browser = new PdfBrowser();
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

export function workspaceRenderers(state: () => WorkspaceState): Record<JobKind, RenderFn> {
  return {
    laporan: (report) => {
      const s = state();
      const progress = progressOf(documentCount(s, false), report);
      return withBrowser(async (browser) => {
        const result = await renderDocuments(s, { outputDir: s.workspace.paths.output, lampiran: false, browser, progress });
        return result.files.map((f) => f.path);
      });
    },
    paket: (report) => {
      const s = state();
      const progress = progressOf(documentCount(s, true), report);
      return withBrowser(async (browser) => {
        const result = await buildPacket(s, { outputDir: s.workspace.paths.output, browser, progress });
        return [result.zip, ...result.rendered.map((f) => f.path)];
      });
    },
  };
}
