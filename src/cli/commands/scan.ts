/** `eviden scan`: ingests every evidence file under watch/ (archive, text, OCR, index, mapping). */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { printJson, printText } from '../../shared/output.ts';
import { formatDecimal, formatInteger } from '../../shared/format.ts';

/** Hidden entries named in the text summary; `--json` lists all. */
const HIDDEN_SHOWN = 10;

export function registerScan(program: Command): void {
  withJson(
    program
      .command('scan')
      .description('pindai watch/: arsipkan berkas baru, ekstrak teks (OCR untuk pindaian), indeks, dan petakan ke indikator')
      .option('-q, --quiet', 'tanpa bilah kemajuan'),
  ).action(async (opts: { json?: boolean; quiet?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { runScan }] = await Promise.all([import('../../app/session.ts'), import('../../app/scan.ts')]);
    const r = await withDb(ws, (db) => runScan(db, ws, { quiet: opts.quiet || opts.json }));
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
