/** `eviden scan`: ingests every evidence file under watch/ (archive, text, OCR, index, mapping). */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { log, printJson, printText } from '../../shared/output.ts';
import { STAGES, type StageReport } from '../../shared/stage-times.ts';
import { formatDecimal, formatInteger } from '../../shared/format.ts';

/** Hidden entries named in the text summary; `--json` lists all. */
const HIDDEN_SHOWN = 10;

/** The --kinerja table (to stderr, so --json stays one document). */
function kinerjaLines(k: StageReport & { extractionThreadsBusy: number[] }, seconds: number): string[] {
  const percent = (x: number): string => `${formatInteger(Math.round(x * 100))} %`;
  return [
    `Kinerja (${formatDecimal(seconds, 1)} detik; waktu tahap dijumlahkan per berkas, berkas berjalan bersamaan):`,
    ...STAGES.map((s) => `  ${s.padEnd(10)} ${formatDecimal(k.stages[s], 2).padStart(8)} detik`),
    `  thread utama sibuk ${percent(k.mainThreadBusy)}` +
      (k.extractionThreadsBusy.length > 0 ? `; thread ekstraksi sibuk ${k.extractionThreadsBusy.map(percent).join(', ')}` : ''),
  ];
}

export function registerScan(program: Command): void {
  withJson(
    program
      .command('scan')
      .description('pindai watch/: arsipkan berkas baru, ekstrak teks (OCR untuk pindaian), indeks, dan petakan ke indikator')
      .option('-q, --quiet', 'tanpa bilah kemajuan')
      .option('--kinerja', 'cetak waktu per tahap (hash, arsip, ekstraksi, simpan, pemetaan) dan kesibukan thread (juga EVIDEN_KINERJA=1)'),
  ).action(async (opts: { json?: boolean; quiet?: boolean; kinerja?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { runScan }] = await Promise.all([import('../../app/session.ts'), import('../../app/scan.ts')]);
    const r = await withDb(ws, (db) => runScan(db, ws, { quiet: opts.quiet || opts.json }));
    if (opts.kinerja || process.env.EVIDEN_KINERJA === '1') log(kinerjaLines(r.kinerja, r.seconds).join('\n'));
    if (opts.json) {
      printJson(r);
      return;
    }
    const lines = [
      `Selesai dalam ${formatDecimal(r.seconds, 1)} detik.`,
      `  Berkas di watch/     : ${formatInteger(r.files)} (${formatInteger(r.unchanged)} tidak berubah, ${r.added} baru, ${r.replaced} versi baru, ${r.moved} dipindah, ${r.removed} dihapus)`,
      `  Diekstrak            : ${r.extracted} dokumen, ${formatInteger(r.pages)} halaman (${formatInteger(r.ocrPages)} halaman OCR)`,
      `  Dipetakan ulang      : ${r.classified} dokumen`,
      `  Bermasalah           : ${r.problems.length} berkas`,
    ];
    for (const p of r.problems) lines.push(`    - [${p.status}] ${p.message || p.path}`);
    if (r.unknownFolders.length > 0) {
      lines.push(`  Folder tak dikenal   : ${r.unknownFolders.length} folder tidak cocok dengan OPD mana pun (berkasnya tetap diproses)`);
      for (const f of r.unknownFolders) {
        lines.push(`    - ${f.folder === '' ? 'langsung di watch/' : `watch/${f.folder}/`}: ${formatInteger(f.files)} berkas`);
      }
      lines.push('    Tambahkan nama folder itu ke `folder` atau `alias` salah satu OPD di eviden.config.yaml, atau pindahkan berkasnya ke folder OPD yang benar.');
    }
    if (r.hidden.length > 0) {
      lines.push(`  Tersembunyi          : ${r.hidden.length} berkas/folder berawalan titik tidak dipindai`);
      for (const h of r.hidden.slice(0, HIDDEN_SHOWN)) lines.push(`    - ${h}`);
      if (r.hidden.length > HIDDEN_SHOWN) lines.push(`    - … dan ${r.hidden.length - HIDDEN_SHOWN} lainnya (lihat --json)`);
      lines.push('    Bila itu bukti dukung, ganti namanya agar tidak diawali titik.');
    }
    if (r.warnings.length > 0) lines.push(`  Catatan              : ${r.warnings.length}`);
    for (const w of r.warnings) lines.push(`    - ${w}`);
    lines.push('', 'Lanjutkan dengan "eviden gaps" untuk melihat bukti yang masih kurang.');
    printText(lines.join('\n'));
  });
}
