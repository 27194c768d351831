/** `eviden report`: renders the laporan, berita acara, pernyataan and gap reports (and the lampiran) into output/. */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { loadWorkspaceState } from '../../app/state.ts';
import { PdfBrowser } from '../../render/browser.ts';
import { documentCount, renderDocuments } from '../../render/documents.ts';
import { filesJson, renderedLines } from '../../render/summary.ts';
import { printJson, printText } from '../../shared/output.ts';
import { startProgress } from '../../shared/progress.ts';

interface ReportOptions {
  lampiran?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function registerReport(program: Command): void {
  withJson(
    program
      .command('report')
      .description(
        'buat dokumen PDF resmi di output/: Laporan Penilaian Mandiri, Berita Acara, Pernyataan Persetujuan Publikasi, ' +
          'dan Laporan Kesenjangan (keseluruhan dan per OPD)',
      )
      .option('--lampiran', 'sertakan lampiran bukti dukung (PDF gabungan per indikator atau per domain) di output/lampiran/')
      .option('-q, --quiet', 'tanpa bilah kemajuan'),
  ).action(async (opts: ReportOptions, cmd: Command) => {
    const ws = workspaceOf(cmd);
    const state = await withDb(ws, (db) => loadWorkspaceState(db, ws));
    const lampiran = opts.lampiran === true;
    const browser = new PdfBrowser();
    const progress = startProgress('Menyusun dokumen', documentCount(state, lampiran), opts.quiet || opts.json);
    let result;
    try {
      result = await renderDocuments(state, { outputDir: ws.paths.output, lampiran, browser, progress });
    } finally {
      progress.stop();
      await browser.close();
    }
    if (opts.json) {
      printJson(filesJson(result.files));
      return;
    }
    printText(
      [
        `Dokumen tersimpan di ${ws.paths.output}:`,
        ...renderedLines(result.files, ws.paths.output, result.plan),
        ...(lampiran ? [] : ['', 'Tambahkan --lampiran untuk menyusun lampiran bukti dukung, atau jalankan "eviden packet".']),
      ].join('\n'),
    );
  });
}
