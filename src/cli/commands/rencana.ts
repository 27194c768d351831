/**
 * `eviden rencana [--opd KODE]`: the rencana peningkatan — per OPD, the evidence still missing for each level up
 * to the target, with the deadline of the current round; writes output/rencana-peningkatan.xlsx (one sheet per OPD).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { daysLeftText, type ImprovementPlan, type PlanItem } from '../../plan/improvement-plan.ts';
import { UserError } from '../../shared/errors.ts';
import { formatDate, formatValue } from '../../shared/format.ts';
import { log, printJson, printText } from '../../shared/output.ts';

export const PLAN_FILE = 'rencana-peningkatan.xlsx';

function deadlineLine(plan: ImprovementPlan): string {
  const t = plan.tenggat;
  if (!t) return 'Tenggat: belum ditetapkan (isi bagian `tenggat` di eviden.config.yaml).';
  return `Tenggat ${t.putaran}: ${formatDate(t.tanggal)} (${daysLeftText(t)}).`;
}

function itemLines(items: PlanItem[]): string[] {
  return items.map((i) => `  - Indikator ${i.indikator} ${i.nama}, menuju tingkat ${formatValue(i.tingkat)} (kini ${i.tanpaBukti ? `belum ada bukti: dihitung ${formatValue(i.didukung)}` : `didukung ${formatValue(i.didukung)}`}, target ${formatValue(i.target)}): ${i.bukti}`);
}

export function renderPlan(plan: ImprovementPlan): string {
  if (plan.items.length === 0) return 'Semua indikator sudah didukung bukti sampai targetnya. Tidak ada rencana peningkatan.';
  const blocks = plan.perOpd.map((o) => [`${o.nama} (${o.kode}): ${o.items.length} butir`, ...itemLines(o.items)].join('\n'));
  if (plan.tanpaPenanggungJawab.length > 0) {
    blocks.push(
      [`Belum ada penanggung jawab: ${plan.tanpaPenanggungJawab.length} butir (tetapkan di bagian penanggungJawab)`, ...itemLines(plan.tanpaPenanggungJawab)].join('\n'),
    );
  }
  return [deadlineLine(plan), '', blocks.join('\n\n')].join('\n');
}

export function registerRencana(program: Command): void {
  withJson(
    program
      .command('rencana')
      .description(`rencana peningkatan per OPD: bukti yang masih kurang untuk tiap tingkat sampai target, dengan tenggat; tulis output/${PLAN_FILE}`)
      .option('--opd <kode>', 'hanya OPD ini'),
  ).action(async (opts: { json?: boolean; opd?: string }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    if (opts.opd && !ws.config.opd.some((o) => o.kode === opts.opd)) {
      throw new UserError(`OPD "${opts.opd}" tidak ada di konfigurasi. Kode yang ada: ${ws.config.opd.map((o) => o.kode).join(', ')}.`);
    }
    const [{ withDb }, { loadWorkspaceState }, { improvementPlan }, { planSheets }, { workbookBytes }, { writeFileAtomic }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../plan/improvement-plan.ts'),
      import('../../plan/plan-workbook.ts'),
      import('../../shared/xlsx.ts'),
      import('../../shared/atomic-write.ts'),
    ]);
    await withDb(ws, async (db) => {
      const state = loadWorkspaceState(db, ws);
      const full = improvementPlan(state.assessment, state.instrument, ws.config, state.today, state.pack.items);
      const file = path.join(ws.paths.output, PLAN_FILE);
      writeFileAtomic(file, await workbookBytes(planSheets(full)));
      const plan = opts.opd
        ? { ...full, perOpd: full.perOpd.filter((o) => o.kode === opts.opd), tanpaPenanggungJawab: [], items: full.items.filter((i) => i.opd.includes(opts.opd ?? '')) }
        : full;
      if (opts.json) printJson(plan);
      else printText(renderPlan(plan));
      log(`Ditulis: ${file}`);
    });
  });
}
