/** The rencana peningkatan as workbook sheets: a summary, then one sheet per OPD (and one for unassigned items). */
import type { Sheet } from '../shared/xlsx.ts';
import { formatDate } from '../shared/format.ts';
import type { ImprovementPlan, PlanItem } from './improvement-plan.ts';

const ITEM_HEADER = ['No. indikator', 'Indikator', 'Klaim', 'Didukung bukti', 'Target', 'Tingkat yang dituju', 'Bukti yang perlu disiapkan', 'Tenggat'];

function deadlineText(plan: ImprovementPlan): string {
  return plan.tenggat ? `${formatDate(plan.tenggat.tanggal)} (${plan.tenggat.putaran})` : 'belum ditetapkan';
}

function itemRows(plan: ImprovementPlan, items: PlanItem[]): (string | number | null)[][] {
  return items.map((i) => [i.indikator, i.nama, i.klaim, i.didukung, i.target, i.tingkat, i.bukti, deadlineText(plan)]);
}

export function planSheets(plan: ImprovementPlan): Sheet[] {
  const summary: Sheet = {
    name: 'Ringkasan',
    header: ['Kode OPD', 'OPD', 'Butir bukti', 'Indikator', 'Tenggat'],
    rows: [
      ...plan.perOpd.map((o) => [o.kode, o.nama, o.items.length, [...new Set(o.items.map((i) => i.indikator))].join(', '), deadlineText(plan)]),
      ...(plan.tanpaPenanggungJawab.length > 0
        ? [['-', 'Belum ada penanggung jawab', plan.tanpaPenanggungJawab.length, [...new Set(plan.tanpaPenanggungJawab.map((i) => i.indikator))].join(', '), deadlineText(plan)]]
        : []),
    ],
  };
  const perOpd = plan.perOpd.map((o): Sheet => ({ name: o.kode, header: ITEM_HEADER, rows: itemRows(plan, o.items) }));
  const unassigned: Sheet[] =
    plan.tanpaPenanggungJawab.length > 0 ? [{ name: 'Tanpa penanggung jawab', header: ITEM_HEADER, rows: itemRows(plan, plan.tanpaPenanggungJawab) }] : [];
  return [summary, ...perOpd, ...unassigned];
}
