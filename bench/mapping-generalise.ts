/**
 * Benchmark: mapping on the generalisation set (scripts/fixtures/generalise): short documents of fifteen fictional
 * Pemdas written for the failure classes of issue 9, each classified in its own workspace. Quality per class and
 * overall, and the documents whose mapping differs from the label.
 */
import type { BenchLine } from './types.ts';
import { count, qualityLines, type Counts } from './mapping-quality.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { classifyGeneraliseSet } from '../scripts/fixtures/generalise/classify-set.ts';
import { generaliseDocs } from '../scripts/tuning-docs.ts';
import { aloneRows, tallyAlone, unmappedRows } from './retrieval-alone.ts';
import { formatDecimal } from '../src/shared/format.ts';

export async function benchMappingGeneralise(): Promise<BenchLine[]> {
  const rules = loadPack('spbe-2020').rules;
  const results = classifyGeneraliseSet(rules);
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
  const distractors = results.filter((r) => r.doc.expected.length === 0);
  const mapped = distractors.filter((r) => r.got.length > 0);
  lines.push({
    name: 'Distraktor generalisasi yang dipetakan',
    value: mapped.length,
    unit: `dari ${distractors.length}`,
    note: mapped.length > 0 ? mapped.map((r) => `${r.doc.id}: [${r.got.join(',')}]`).join('; ') : 'semua dokumen tanpa label tanpa pemetaan',
  });
  const fallbacks = results.flatMap((r) => r.classification.mappings.filter((m) => m.reasons.some((x) => x.rule === 'perkiraan.temu-kembali')).map((m) => ({ r, m })));
  const fallbackRight = fallbacks.filter(({ r, m }) => r.doc.expected.includes(m.indicator)).length;
  lines.push({
    name: 'Cadangan temu-kembali: pemetaan dari isi saat aturan frasa diam',
    value: fallbacks.length,
    unit: 'pemetaan',
    note: `${fallbackRight} benar${fallbacks.length > 0 ? `: ${fallbacks.map(({ r, m }) => `${r.doc.id} → ${m.indicator}`).join('; ')}` : ''}`,
  });
  lines.push(...retrievalAloneLines(rules));
  lines.push({ name: 'Berkas generalisasi dengan selisih label', value: misses.length, unit: `dari ${results.length}`, note: misses.length > 0 ? misses.join('; ') : 'tanpa selisih' });
  return lines;
}

/**
 * Retrieval alone, rule scores ablated (bench/retrieval-alone.ts): top-1 precision and recall at the pack's fallback
 * thresholds, over every document the fallback could act on and over those the rules map to nothing.
 */
function retrievalAloneLines(rules: ReturnType<typeof loadPack>['rules']): BenchLine[] {
  const thresholds = rules.combiner?.fallback ?? null;
  if (thresholds === null) return [];
  const rows = aloneRows(rules, generaliseDocs());
  const all = tallyAlone(rows, thresholds);
  const silent = tallyAlone(unmappedRows(rows), thresholds);
  const at = `ambang paket: skor ≥ ${formatDecimal(thresholds.score)}, selisih ≥ ${formatDecimal(thresholds.margin)}`;
  return [
    {
      name: 'Presisi temu-kembali saja (aturan dinolkan), indikator teratas',
      value: all.precision,
      unit: 'P',
      note: `recall ${formatDecimal(all.recall)} · ${all.correct} benar dari ${all.accepted} diterima · ${all.docs} dokumen (${all.labelled} berlabel) · ${at}`,
    },
    {
      name: 'Temu-kembali saja pada dokumen yang tidak dipetakan aturan',
      value: silent.correct,
      unit: `benar dari ${silent.accepted}`,
      note: `${silent.docs} dokumen (${silent.labelled} berlabel), distraktor diterima ${silent.distractors}`,
    },
  ];
}
