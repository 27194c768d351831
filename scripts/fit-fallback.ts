/**
 * `npm run fit-fallback`: measures how good the retrieval is alone, with the phrase rules' scores ablated (rule = 0
 * for every pair), on the tuning sets (bench/eval-set and the generalisation set, scripts/tuning-docs.ts), and fits
 * the pack's retrieval fallback on it (combiner.yaml `fallback`, src/classify/retrieval/fallback.ts): the lowest
 * score and margin of the top indicator (retrieval × kind factor) that keep the top-1 precision at or above
 * MIN_PRECISION over every document the fallback could act on, recall as high as possible, and accept no
 * distractor among the documents the rules map to nothing. Prints precision and recall of the top-1 indicator by
 * score and margin, over all documents and over those the rules map to nothing, per group at the thresholds, and
 * the top-1 correctness by the number of sections (whether long documents dilute the match).
 * Never run on the held-out, style or scenario sets.
 *
 *   npm run fit-fallback                  # measure, fit, write combiner.yaml's `fallback`
 *   npm run fit-fallback -- --dry-run     # measure and print, write nothing
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { combinerFileSchema } from '../src/classify/combine.ts';
import type { FallbackThresholds } from '../src/classify/retrieval/fallback.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { aloneRows, tallyAlone, unmappedRows } from '../bench/retrieval-alone.ts';
import type { AloneRow, AloneTally } from '../bench/retrieval-alone.ts';
import { evalSetDocs, generaliseDocs } from './tuning-docs.ts';

/** The fallback's picks go to the review queue, yet most of them must be right: the top-1 precision to keep. */
const MIN_PRECISION = 0.9;
const SCORES = Array.from({ length: 46 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const MARGINS = Array.from({ length: 13 }, (_, i) => Math.round(i * 0.05 * 100) / 100);
const SHOWN_SCORES = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const SHOWN_MARGINS = [0, 0.1, 0.2, 0.3, 0.4];

function fmt(n: number): string {
  return n.toFixed(2);
}

function cell(t: AloneTally): string {
  return `P ${fmt(t.precision)} R ${fmt(t.recall)} (${t.correct}/${t.accepted})`;
}

function grid(title: string, rows: readonly AloneRow[]): void {
  const t0 = tallyAlone(rows, { score: 0, margin: 0 });
  console.log(`\n${title}: ${t0.docs} dokumen (berlabel ${t0.labelled}); presisi P dan recall R indikator teratas (benar/diterima)`);
  console.log(`${'skor \\ selisih'.padEnd(16)}${SHOWN_MARGINS.map((m) => `≥ ${fmt(m)}`.padEnd(26)).join('')}`);
  for (const score of SHOWN_SCORES) {
    console.log(`${`≥ ${fmt(score)}`.padEnd(16)}${SHOWN_MARGINS.map((margin) => cell(tallyAlone(rows, { score, margin })).padEnd(26)).join('')}`);
  }
}

const SECTION_BUCKETS: { label: string; max: number }[] = [
  { label: '1 bagian', max: 1 },
  { label: '2-3 bagian', max: 3 },
  { label: '4-10 bagian', max: 10 },
  { label: '> 10 bagian', max: Infinity },
];

/** Top-1 correctness without thresholds by how many sections a labelled document has: does length dilute the match? */
function bySections(rows: readonly AloneRow[]): void {
  console.log('\nIndikator teratas tanpa ambang, menurut jumlah bagian dokumen berlabel:');
  let min = 0;
  for (const { label, max } of SECTION_BUCKETS) {
    const members = rows.filter((r) => r.eligible && r.expected.length > 0 && r.sections > min && r.sections <= max);
    min = max;
    if (members.length === 0) continue;
    const right = members.filter((r) => r.top !== null && r.expected.includes(r.top.indicator)).length;
    const mean = members.reduce((s, r) => s + (r.top?.score ?? 0), 0) / members.length;
    console.log(`  ${label.padEnd(12)} ${String(members.length).padStart(4)} dokumen, benar ${fmt(right / members.length)}, skor rata-rata ${mean.toFixed(3)}`);
  }
}

/** The thresholds of the most correct picks at MIN_PRECISION with no distractor accepted where the rules are silent. */
function choose(rows: readonly AloneRow[]): FallbackThresholds | null {
  const silent = unmappedRows(rows);
  let best: { t: FallbackThresholds; correct: number } | null = null;
  for (const score of SCORES) {
    for (const margin of MARGINS) {
      const t = { score, margin };
      const all = tallyAlone(rows, t);
      if (all.accepted === 0 || all.precision < MIN_PRECISION || tallyAlone(silent, t).distractors > 0) continue;
      // Strictly more correct picks win; among equals the first found, the lowest thresholds (grid order).
      if (best === null || all.correct > best.correct) best = { t, correct: all.correct };
    }
  }
  return best?.t ?? null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, instrumen: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Pemakaian: npm run fit-fallback -- [--dry-run] [--instrumen ID]');
    console.log('  Mengukur temu-kembali saja (skor aturan frasa dinolkan) pada set pengembangan dan menyesuaikan');
    console.log('  ambang cadangan temu-kembali (combiner.yaml: fallback).');
    return;
  }
  const pack = loadPack(values.instrumen ?? 'spbe-2020');
  if (pack.rules.combiner === null) throw new Error(`Paket ${pack.id} tidak memakai penggabung skor (combiner.yaml).`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-fit-fallback-'));
  try {
    const docs = [...(await evalSetDocs(tmp)), ...generaliseDocs()];
    const rows = aloneRows(pack.rules, docs);
    grid('Semua dokumen, aturan frasa dinolkan', rows);
    grid('Dokumen yang tidak dipetakan aturan frasa dan penggabung', unmappedRows(rows));
    bySections(rows);
    const chosen = choose(rows);
    if (chosen === null) {
      console.log(`\nTidak ada ambang dengan presisi ≥ ${MIN_PRECISION} tanpa distraktor diterima; cadangan tidak dipakai.`);
    } else {
      const all = tallyAlone(rows, chosen);
      const silent = tallyAlone(unmappedRows(rows), chosen);
      console.log(`\nDipilih: skor ≥ ${chosen.score}, selisih ≥ ${chosen.margin}: semua dokumen ${cell(all)}; tanpa pemetaan aturan ${cell(silent)}, distraktor ${silent.distractors}`);
      for (const group of [...new Set(rows.map((r) => r.group))]) {
        console.log(`  ${group.padEnd(44)} ${cell(tallyAlone(rows.filter((r) => r.group === group), chosen))}`);
      }
    }
    if (values['dry-run']) return;
    const target = path.join(pack.dir, 'combiner.yaml');
    const text = readFileSync(target, 'utf8');
    const header = text.split('\n').filter((l, i, all) => l.startsWith('#') && all.slice(0, i).every((x) => x.startsWith('#'))).join('\n');
    const file = combinerFileSchema.parse(parse(text));
    const all = chosen === null ? null : tallyAlone(rows, chosen);
    const fallback =
      chosen === null || all === null
        ? null
        : {
            ...chosen,
            fit: {
              set: 'bench/eval-set + scripts/fixtures/generalise, aturan frasa dinolkan',
              documents: all.docs,
              accepted: all.accepted,
              precision: Math.round(all.precision * 1000) / 1000,
              recall: Math.round(all.recall * 1000) / 1000,
              minPrecision: MIN_PRECISION,
            },
          };
    writeFileSync(target, `${header}\n${stringify(combinerFileSchema.parse({ ...file, fallback }))}`);
    console.log(`\nDitulis: ${target}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
