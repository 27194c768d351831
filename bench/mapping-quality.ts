/** Multi-label quality of accepted mappings: counts over (document, indicator) pairs and their bench lines. */
import type { BenchLine } from './types.ts';
import { formatDecimal } from '../src/shared/format.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  files: number;
}

/** Adds one document's expected vs accepted indicators to the counts. */
export function count(counts: Counts, expected: readonly number[], got: readonly number[]): void {
  counts.files++;
  for (const n of got) if (expected.includes(n)) counts.tp++;
  else counts.fp++;
  for (const n of expected) if (!got.includes(n)) counts.fn++;
}

/** Micro-averaged precision, recall and F1 (1 when nothing was expected nor found). */
export function scores(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** F1, precision and recall lines against the 0.90 target. */
export function qualityLines(label: string, c: Counts): BenchLine[] {
  const { p, r, f1 } = scores(c);
  const note = `presisi ${formatDecimal(p)} · recall ${formatDecimal(r)} · ${c.files} berkas · TP ${c.tp} FP ${c.fp} FN ${c.fn}`;
  return [
    { name: `F1 pemetaan, ${label}`, value: f1, unit: 'F1', reference: 0.9, ratio: f1 / 0.9, note },
    { name: `Presisi pemetaan, ${label}`, value: p, unit: 'P', reference: 0.9, ratio: p / 0.9 },
    { name: `Recall pemetaan, ${label}`, value: r, unit: 'R' },
  ];
}
