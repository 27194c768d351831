/**
 * `eviden keputusan ekspor BERKAS` / `eviden keputusan impor BERKAS`: moves reviewer decisions between workspaces,
 * so that a province can pool the corrections of its kabupaten/kota. Import reports each decision as applied,
 * already present or conflicting, and never overwrites a decision made here.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import type { ImportItem } from '../../learn/exchange.ts';
import { printJson, printText } from '../../shared/output.ts';
import { formatInteger } from '../../shared/format.ts';

const OUTCOME_LABELS: Record<ImportItem['outcome'], string> = {
  diterapkan: 'diterapkan',
  'sudah-ada': 'sudah ada',
  bertentangan: 'bertentangan (tidak diterapkan)',
};

const ACTION_LABELS: Record<ImportItem['decision']['action'], string> = { confirm: 'konfirmasi', add: 'tambah', reject: 'tolak' };

function itemLine(i: ImportItem): string {
  const d = i.decision;
  const local = i.outcome === 'bertentangan' && i.local ? `; di sini: ${ACTION_LABELS[i.local.action]} oleh ${i.local.reviewer}` : '';
  return `  ${OUTCOME_LABELS[i.outcome]}: ${d.file} — indikator ${d.indicator} ${ACTION_LABELS[d.action]} (${d.reviewer}, ${d.origin})${local}`;
}

export function registerKeputusan(program: Command): void {
  const group = program
    .command('keputusan')
    .description('pindahkan keputusan peninjau antar-workspace (ekspor/impor), mis. untuk menghimpun koreksi kabupaten/kota di provinsi');

  withJson(
    group
      .command('ekspor')
      .description('tulis keputusan peninjau terakhir per dokumen dan indikator ke berkas JSON (hash isi, tanda kemiripan, nama berkas, peninjau, waktu)')
      .argument('<berkas>', 'berkas JSON yang ditulis, mis. keputusan-kabupaten-uji.json'),
  ).action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { exportDecisions }] = await Promise.all([import('../../app/session.ts'), import('../../app/exchange-decisions.ts')]);
    await withDb(ws, (db) => {
      const r = exportDecisions(db, ws, path.resolve(file), 'system');
      if (opts.json) printJson(r);
      else printText(`${formatInteger(r.decisions)} keputusan untuk ${formatInteger(r.documents)} dokumen ditulis ke ${r.file}.`);
    });
  });

  withJson(
    group
      .command('impor')
      .description('terapkan keputusan dari berkas ekspor workspace lain; keputusan di workspace ini tidak pernah ditimpa')
      .argument('<berkas>', 'berkas JSON hasil "eviden keputusan ekspor"')
      .option('--reviewer <nama>', 'nama Anda untuk jejak audit impor (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi; bila kosong ditanyakan)'),
  ).action(async (file: string, opts: { json?: boolean; reviewer?: string }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { importDecisions }] = await Promise.all([import('../../app/session.ts'), import('../../app/exchange-decisions.ts')]);
    const actor = await reviewerName(opts.reviewer, ws);
    await withDb(ws, (db) => {
      const r = importDecisions(db, ws, path.resolve(file), actor);
      if (opts.json) {
        printJson(r);
        return;
      }
      const lines = [
        `Impor ${r.file} (dari ${r.from}) oleh ${actor}: ${formatInteger(r.applied)} diterapkan, ${formatInteger(r.present)} sudah ada, ` +
          `${formatInteger(r.conflicting)} bertentangan.`,
        ...r.items.map(itemLine),
      ];
      if (r.conflicting > 0) {
        lines.push(
          'Keputusan yang bertentangan tidak diterapkan: keputusan di workspace ini tetap berlaku. ' +
            'Periksa dokumennya dengan "eviden explain BERKAS" dan ubah dengan "eviden map" bila perlu.',
        );
      }
      printText(lines.join('\n'));
    });
  });
}
