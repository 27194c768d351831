/**
 * `eviden report [--final]`: renders the laporan, berita acara, pernyataan, their lampiran and the gap reports into
 * output/. Drafts by default (DRAF on every page, internal notes in an annex); `--final` first checks readiness.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import { printJson, printText } from '../../shared/output.ts';

interface ReportOptions {
  final?: boolean;
  nomorBeritaAcara?: string;
  nomorPernyataan?: string;
  reviewer?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerReport(program: Command): void {
  withJson(
    program
      .command('report')
      .description(
        'buat dokumen PDF di output/: Laporan Penilaian Mandiri, Berita Acara, Pernyataan Persetujuan Publikasi beserta ' +
          'lampiran bukti dukung, dan Laporan Kesenjangan (keseluruhan dan per OPD). Bawaan: draf bertanda DRAF',
      )
      .option('--final', 'buat dokumen final untuk ditandatangani, setelah pemeriksaan kelengkapan (dicatat di jejak audit)')
      .option('--nomor-berita-acara <nomor>', 'nomor surat Berita Acara (bawaan: finalisasi.nomor.beritaAcara)')
      .option('--nomor-pernyataan <nomor>', 'nomor Surat Pernyataan (bawaan: finalisasi.nomor.pernyataan)')
      .option('--reviewer <nama>', 'nama yang dicatat di jejak audit untuk finalisasi')
      .option('-q, --quiet', 'tanpa bilah kemajuan'),
  ).action(async (opts: ReportOptions, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    // The renderer (Chromium, pdf-lib, templates) loads only in the commands that render.
    const [{ withDb }, { loadWorkspaceState }, { runReport }, { recordEvent }, { filesJson, renderedLines }, { startProgress }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../app/report.ts'),
      import('../../store/audit.ts'),
      import('../../render/summary.ts'),
      import('../../shared/progress.ts'),
    ]);
    const state = await withDb(ws, (db) => loadWorkspaceState(db, ws));
    const mode = opts.final ? 'final' : 'draf';
    const actor = mode === 'final' ? await reviewerName(opts.reviewer, ws) : 'system';
    const result = await runReport(state, {
      mode,
      nomor: { beritaAcara: opts.nomorBeritaAcara ?? '', pernyataan: opts.nomorPernyataan ?? '' },
      actor,
      progress: (total) => startProgress(mode === 'final' ? 'Menyusun dokumen final' : 'Menyusun draf', total, opts.quiet || opts.json),
      audit: (event) => withDb(ws, (db) => recordEvent(db, ws.paths.auditLog, event)),
    });
    if (opts.json) {
      printJson({ mode, ...filesJson(result.files) });
      return;
    }
    printText(
      [
        mode === 'final'
          ? `Dokumen final tersimpan di ${ws.paths.output} (hanya-baca; finalisasi dicatat di jejak audit atas nama ${actor}):`
          : `Draf tersimpan di ${ws.paths.output} (setiap halaman bertanda DRAF):`,
        ...renderedLines(result.files, ws.paths.output, result.plan),
        ...(mode === 'draf' ? ['', 'Catatan yang masih harus diselesaikan ada di bagian "Catatan Draf" pada akhir laporan. Bila lengkap, jalankan "eviden report --final".'] : []),
      ].join('\n'),
    );
  });
}
