/**
 * Benchmark: mapping on the generalisation set (scripts/fixtures/generalise): short documents of fifteen fictional
 * Pemdas written for the failure classes of issue 9, each classified in its own workspace. Quality per class and
 * overall, and the documents whose mapping differs from the label.
 */
import type { BenchLine } from './types.ts';
import { count, qualityLines, type Counts } from './mapping-quality.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { classifyGeneraliseSet } from '../scripts/fixtures/generalise/classify-set.ts';

export async function benchMappingGeneralise(): Promise<BenchLine[]> {
  const results = classifyGeneraliseSet(loadPack('spbe-2020').rules);
  const all: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  const groups = new Map<string, Counts>();
  const misses: string[] = [];
  for (const r of results) {
    count(all, r.doc.expected, r.got);
    const g = groups.get(r.group) ?? { tp: 0, fp: 0, fn: 0, files: 0 };
    count(g, r.doc.expected, r.got);
    groups.set(r.group, g);
    const wrong = r.got.filter((n) => !r.doc.expected.includes(n));
    const missing = r.doc.expected.filter((n) => !r.got.includes(n));
    if (wrong.length + missing.length > 0) misses.push(`${r.doc.id}: +[${wrong.join(',')}] -[${missing.join(',')}]`);
  }
  const lines = qualityLines('set generalisasi', all);
  for (const [group, c] of groups) lines.push(...qualityLines(`generalisasi ${group}`, c).slice(0, 1));
  lines.push({ name: 'Berkas generalisasi dengan selisih label', value: misses.length, unit: `dari ${results.length}`, note: misses.length > 0 ? misses.join('; ') : 'tanpa selisih' });
  return lines;
}
