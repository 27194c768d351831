/** `eviden packet [--final]`: renders everything and writes the submission packet folder and zip with manifests. */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import { formatBytes } from '../../shared/format.ts';
import { printJson, printText } from '../../shared/output.ts';

interface PacketOptions {
  final?: boolean;
  nomorBeritaAcara?: string;
  nomorPernyataan?: string;
  reviewer?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerPacket(program: Command): void {
  withJson(
    program
      .command('packet')
      .description(
        'susun paket penyampaian di output/paket-<tahun>-draf/ (bawaan) atau output/paket-<tahun>/ (--final) beserta zip-nya: ' +
          'dokumen, lampiran, berkas bukti dukung bernama per indikator, serta manifest.json dan manifest.csv (SHA-256)',
      )
      .option('--final', 'paket final dari dokumen final, setelah pemeriksaan kelengkapan (dicatat di jejak audit)')
      .option('--nomor-berita-acara <nomor>', 'nomor surat Berita Acara (bawaan: finalisasi.nomor.beritaAcara)')
      .option('--nomor-pernyataan <nomor>', 'nomor Surat Pernyataan (bawaan: finalisasi.nomor.pernyataan)')
      .option('--reviewer <nama>', 'nama yang dicatat di jejak audit untuk finalisasi')
      .option('-q, --quiet', 'tanpa bilah kemajuan'),
  ).action(async (opts: PacketOptions, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    // The renderer (Chromium, pdf-lib, templates) loads only in the commands that render.
    const [{ withDb }, { loadWorkspaceState }, { runPacket }, { recordEvent }, { filesJson, renderedLines }, { startProgress }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../app/packet.ts'),
      import('../../store/audit.ts'),
      import('../../render/summary.ts'),
      import('../../shared/progress.ts'),
    ]);
    const state = await withDb(ws, (db) => loadWorkspaceState(db, ws));
    const mode = opts.final ? 'final' : 'draf';
    const actor = mode === 'final' ? await reviewerName(opts.reviewer, ws) : 'system';
    const result = await runPacket(state, {
      mode,
      nomor: { beritaAcara: opts.nomorBeritaAcara ?? '', pernyataan: opts.nomorPernyataan ?? '' },
      actor,
      progress: (total) => startProgress(mode === 'final' ? 'Menyusun paket final' : 'Menyusun paket draf', total, opts.quiet || opts.json),
      audit: (event) => withDb(ws, (db) => recordEvent(db, ws.paths.auditLog, event)),
    });
    const evidence = result.manifest.files.filter((f) => f.kind === 'bukti');
    const checklist = result.manifest.files.filter((f) => f.kind === 'daftar-periksa').map((f) => f.file);
    if (opts.json) {
      const { files } = filesJson(result.rendered);
      printJson({
        mode,
        files: [...files, { kind: 'paket-zip', path: result.zip, pages: null, bytes: result.zipBytes }],
        packet: { dir: result.dir, zip: result.zip, evidence: evidence.length },
      });
      return;
    }
    printText(
      [
        `Paket ${mode === 'final' ? 'final' : 'draf'} tersimpan di ${result.dir}`,
        `  dan ${result.zip} (${formatBytes(result.zipBytes)}).`,
        `  Isi: ${result.rendered.length} dokumen PDF, ${evidence.length} berkas bukti dukung di bukti-dukung/, ` +
          (checklist.length > 0 ? `daftar periksa unggah (${checklist.join(', ')}), ` : '') +
          'manifest.json dan manifest.csv.',
        '',
        `Dokumen di ${ws.paths.output}:`,
        ...renderedLines(result.rendered, ws.paths.output, result.plan),
        '',
        `Periksa keutuhan dan kemutakhiran paket kapan saja dengan "eviden verify --packet ${path.relative(process.cwd(), result.dir) || '.'}".`,
      ].join('\n'),
    );
  });
}
