/** Multi-label quality of accepted mappings: counts over (document, label) pairs (indicators, item codes) and their bench lines. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLine } from './types.ts';
import { formatDecimal } from '../src/shared/format.ts';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  files: number;
}

/** Adds one document's expected vs accepted labels (indicators or item codes) to the counts. */
export function count<T>(counts: Counts, expected: readonly T[], got: readonly T[]): void {
  counts.files++;
  for (const n of got) if (expected.includes(n)) counts.tp++;
  else counts.fp++;
  for (const n of expected) if (!got.includes(n)) counts.fn++;
}

/** One document's expected and accepted labels. */
export interface Scored<T> {
  expected: readonly T[];
  got: readonly T[];
}

/** The counts over documents. */
export function tally<T>(docs: readonly Scored<T>[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  for (const d of docs) count(c, d.expected, d.got);
  return c;
}

/** How many labels one document has wrong: found but not expected, plus expected but not found. */
export function labelDiff<T>(d: Scored<T>): number {
  return d.got.filter((x) => !d.expected.includes(x)).length + d.expected.filter((x) => !d.got.includes(x)).length;
}

/** Quality lines per group of documents (a failure class, a form), in the order of `groups`; empty groups are left out. */
export function groupQualityLines<D extends Scored<number>, K>(docs: readonly D[], groups: readonly K[], groupOf: (d: D) => K, label: (k: K) => string): BenchLine[] {
  return groups.flatMap((k) => {
    const group = docs.filter((d) => groupOf(d) === k);
    return group.length > 0 ? qualityLines(label(k), tally(group)) : [];
  });
}

/** Micro-averaged precision, recall and F1 (1 when nothing was expected nor found). */
export function scores(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function countsNote(c: Counts): string {
  const { p, r } = scores(c);
  return `presisi ${formatDecimal(p)} · recall ${formatDecimal(r)} · ${c.files} berkas · TP ${c.tp} FP ${c.fp} FN ${c.fn}`;
}

/** F1, precision and recall lines against the 0.90 target; `what` names what is scored ("pemetaan", "butir bukti"). */
export function qualityLines(label: string, c: Counts, what = 'pemetaan'): BenchLine[] {
  const { p, r, f1 } = scores(c);
  return [
    { name: `F1 ${what}, ${label}`, value: f1, unit: 'F1', reference: 0.9, ratio: f1 / 0.9, note: countsNote(c) },
    { name: `Presisi ${what}, ${label}`, value: p, unit: 'P', reference: 0.9, ratio: p / 0.9 },
    { name: `Recall ${what}, ${label}`, value: r, unit: 'R' },
  ];
}

/**
 * Counts per class (e.g. per indicator) over documents: each document counts for every class among its expected or
 * found labels, with only that class's labels.
 */
export function countByClass<T>(docs: ReadonlyArray<{ expected: readonly T[]; got: readonly T[] }>, classOf: (label: T) => number): Map<number, Counts> {
  const byClass = new Map<number, Counts>();
  for (const { expected, got } of docs) {
    for (const k of new Set([...expected, ...got].map(classOf))) {
      const c = byClass.get(k) ?? { tp: 0, fp: 0, fn: 0, files: 0 };
      count(c, expected.filter((x) => classOf(x) === k), got.filter((x) => classOf(x) === k));
      byClass.set(k, c);
    }
  }
  return new Map([...byClass].sort(([a], [b]) => a - b));
}

/** One F1 line per class, with precision, recall and the counts in the note. */
export function classLines(byClass: ReadonlyMap<number, Counts>, name: (k: number) => string): BenchLine[] {
  return [...byClass].map(([k, c]) => ({ name: name(k), value: scores(c).f1, unit: 'F1', note: countsNote(c) }));
}

/** Whether bench/<dir>/labels.json holds what the set's generator labels now (`expected`); `writer` is the script that rewrites it. */
export function labelsFileLine(dir: string, expected: string, writer: string): BenchLine {
  const file = path.join(BENCH_DIR, dir, 'labels.json');
  const same = existsSync(file) && readFileSync(file, 'utf8') === expected;
  return { name: `bench/${dir}/labels.json sesuai generator`, value: same ? 1 : 0, unit: 'ya/tidak', note: same ? 'sesuai' : `berbeda: jalankan node --import tsx ${writer}` };
}
