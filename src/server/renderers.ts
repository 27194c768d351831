/**
 * The render jobs the dashboard offers, over the same use-cases as the command line: `laporan` (drafts, as
 * `eviden report`), `paket` (draft packet, as `eviden packet`) and `final` ("Finalkan": the readiness check, then the
 * final documents and packet, as `eviden packet --final`), each reporting progress per written document.
 */
import type { AuditEvent } from '../types/audit.ts';
import type { WorkspaceState } from '../types/state.ts';
import { runPacket } from '../app/packet.ts';
import { runReport } from '../app/report.ts';
import type { RenderJobRequest } from '../app/render-job.ts';
import type { Progress } from '../shared/progress.ts';
import type { JobKind, JobProgress, RenderFn } from './jobs.ts';

function progressOf(report: (p: JobProgress) => void): (total: number) => Progress {
  return (total) => {
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
  };
}

export function workspaceRenderers(state: () => WorkspaceState, audit: (event: AuditEvent) => void): Record<JobKind, RenderFn> {
  const request = (mode: RenderJobRequest['mode'], report: (p: JobProgress) => void, actor: string): RenderJobRequest => ({
    mode, actor, audit, progress: progressOf(report),
  });
  return {
    laporan: async (report, reviewer) => {
      const result = await runReport(state(), request('draf', report, reviewer));
      return result.files.map((f) => f.path);
    },
    paket: async (report, reviewer) => {
      const result = await runPacket(state(), request('draf', report, reviewer));
      return [result.zip, ...result.rendered.map((f) => f.path)];
    },
    final: async (report, reviewer, input) => {
      const nomor = { beritaAcara: input.nomorBeritaAcara ?? '', pernyataan: input.nomorPernyataan ?? '' };
      const result = await runPacket(state(), { ...request('final', report, reviewer), nomor });
      return [result.zip, ...result.rendered.map((f) => f.path)];
    },
  };
}
