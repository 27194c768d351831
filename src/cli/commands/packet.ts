/** `eviden packet`: renders everything and writes the submission packet folder and zip with manifests. */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { loadWorkspaceState } from '../../app/state.ts';
import { PdfBrowser } from '../../render/browser.ts';
import { documentCount } from '../../render/documents.ts';
import { buildPacket } from '../../render/packet.ts';
import { filesJson, renderedLines } from '../../render/summary.ts';
import { formatBytes } from '../../shared/format.ts';
import { printJson, printText } from '../../shared/output.ts';
import { startProgress } from '../../shared/progress.ts';

interface PacketOptions {
  json?: boolean;
  quiet?: boolean;
}

export function registerPacket(program: Command): void {
  withJson(
    program
      .command('packet')
      .description(
        'susun paket penyampaian di output/paket-<tahun>/ dan output/paket-<tahun>.zip: semua dokumen resmi, ' +
          'lampiran, berkas bukti dukung bernama per indikator, serta manifest.json dan manifest.csv (SHA-256)',
      )
      .option('-q, --quiet', 'tanpa bilah kemajuan'),
  ).action(async (opts: PacketOptions, cmd: Command) => {
    const ws = workspaceOf(cmd);
    const state = await withDb(ws, (db) => loadWorkspaceState(db, ws));
    const browser = new PdfBrowser();
    const progress = startProgress('Menyusun paket', documentCount(state, true), opts.quiet || opts.json);
    let result;
    try {
      result = await buildPacket(state, { outputDir: ws.paths.output, browser, progress });
    } finally {
      progress.stop();
      await browser.close();
    }
    const evidence = result.manifest.files.filter((f) => f.kind === 'bukti');
    if (opts.json) {
      const { files } = filesJson(result.rendered);
      printJson({
        files: [...files, { kind: 'paket-zip', path: result.zip, pages: null, bytes: result.zipBytes }],
        packet: { dir: result.dir, zip: result.zip, evidence: evidence.length },
      });
      return;
    }
    printText(
      [
        `Paket tersimpan di ${result.dir}`,
        `  dan ${result.zip} (${formatBytes(result.zipBytes)}).`,
        `  Isi: ${result.rendered.length} dokumen PDF, ${evidence.length} berkas bukti dukung di bukti-dukung/, ` +
          'manifest.json dan manifest.csv.',
        '',
        `Dokumen di ${ws.paths.output}:`,
        ...renderedLines(result.rendered, ws.paths.output, result.plan),
        '',
        `Periksa keutuhan paket kapan saja dengan "eviden verify --packet ${path.relative(process.cwd(), result.dir) || '.'}".`,
      ].join('\n'),
    );
  });
}
