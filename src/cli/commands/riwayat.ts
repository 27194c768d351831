/**
 * `eviden riwayat`: last year's result beside this year's claim and the level the evidence supports;
 * `eviden riwayat impor BERKAS`: reads an earlier result from the LHE PDF (its indicator table) or a levels file.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import { trendCounts, trendText, type YearComparison, type YearRow } from '../../history/compare.ts';
import { UserError } from '../../shared/errors.ts';
import { formatDecimal, formatValue } from '../../shared/format.ts';
import { log, printJson, printText } from '../../shared/output.ts';

const ARROW: Record<YearRow['arah'], string> = { naik: '▲ naik', turun: '▼ turun', tetap: '= tetap', baru: 'baru' };

function value(v: number | null): string {
  return v === null ? '-' : formatValue(v);
}

export function renderComparison(c: YearComparison): string {
  const header = ['No', 'Indikator', String(c.tahunSebelumnya), `Klaim ${c.tahun}`, 'Didukung bukti', 'Perubahan'];
  const rows = c.rows.map((r) => [
    String(r.no),
    r.nama,
    value(r.sebelumnya),
    value(r.klaim),
    value(r.didukung),
    r.perubahan === null ? ARROW.baru : `${ARROW[r.arah]}${r.arah === 'tetap' ? '' : ` ${formatValue(Math.abs(r.perubahan))}`}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i >= 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ');
  const n = trendCounts(c);
  const counts = `${n.naik} naik, ${n.turun} turun, ${n.tetap} tetap`;
  return [
    line(header),
    ...rows.map(line),
    '',
    `Indeks ${c.tahunSebelumnya}: ${value(c.indeksSebelumnya)} · indeks klaim ${c.tahun}: ${value(c.indeks)} · indeks dari bukti ${c.tahun}: ${formatDecimal(c.indeksBukti)}`,
    `Indikator dibanding ${c.tahunSebelumnya}: ${counts}.`,
    `Tren indeks: ${trendText(c)}`,
  ].join('\n');
}

export function registerRiwayat(program: Command): void {
  const riwayat = withJson(
    program
      .command('riwayat')
      .description('bandingkan hasil evaluasi tahun sebelumnya dengan klaim dan bukti tahun ini; impor hasil tahun lalu'),
  ).action(async (opts: { json?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { loadWorkspaceState }, { compareYears, previousFor }, { readPreviousResults }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../history/compare.ts'),
      import('../../history/previous-results.ts'),
    ]);
    const results = readPreviousResults(ws.paths.history);
    await withDb(ws, (db) => {
      const { assessment } = loadWorkspaceState(db, ws);
      const previous = previousFor(results, assessment);
      if (!previous) {
        throw new UserError(
          `Belum ada hasil evaluasi tahun sebelum ${assessment.tahun} untuk instrumen ${assessment.instrument}. ` +
            'Impor dulu LHE tahun lalu: eviden riwayat impor "LHE_2025.pdf" (atau berkas tingkat YAML/JSON dengan --tahun).',
        );
      }
      const comparison = compareYears(previous, results, assessment);
      if (opts.json) printJson(comparison);
      else printText(renderComparison(comparison));
    });
  });
  riwayat
    .command('impor')
    .description('baca hasil evaluasi tahun sebelumnya dari PDF LHE KemenPANRB (tabel nilai per indikator) atau berkas tingkat YAML/JSON')
    .argument('<berkas>', 'PDF LHE, atau berkas tingkat seperti {"1": 3, "2": 4}')
    .option('--tahun <tahun>', 'tahun hasil evaluasi (bawaan: tahun pada sampul LHE; wajib untuk berkas tingkat)')
    .option('--reviewer <nama>', 'nama yang dicatat di jejak audit (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi)')
    .action(async (file: string, opts: { tahun?: string; reviewer?: string }, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      // The LHE reader (pdf.js) loads only for an import.
      const [{ importPreviousResult }, { loadPack }] = await Promise.all([import('../../app/history-import.ts'), import('../../instrument/registry.ts')]);
      const tahun = opts.tahun === undefined ? undefined : Number(opts.tahun);
      if (tahun !== undefined && !Number.isInteger(tahun)) throw new UserError(`"${opts.tahun}" bukan tahun. Tulis mis. --tahun ${ws.config.tahun - 1}.`);
      const oleh = await reviewerName(opts.reviewer, ws);
      const { entry, notes } = await importPreviousResult(ws, loadPack(ws.config.instrumen), file, { tahun, oleh });
      const count = Object.keys(entry.nilai).length;
      printText(
        `Hasil evaluasi ${entry.tahun} (${entry.instrumen}) diimpor dari ${entry.sumber.berkas}: ${count} indikator` +
          (entry.indeks === null ? '.' : `, indeks ${formatDecimal(entry.indeks)} (${entry.predikat}).`),
      );
      for (const note of notes) log(note);
      log('Lihat perbandingannya dengan: eviden riwayat');
    });
}
