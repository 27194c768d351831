/**
 * `npm run fit-combiner`: fits the combiner of an instrument pack (src/instruments/<id>/combiner.yaml) on the
 * labelled tuning set (bench/eval-set: the generated Sukamaju files and their labels). Every (document,
 * indicator) pair the rules or the retrieval score becomes a sample; L2-regularised logistic regression gives the
 * weights; 5-fold cross-validation by document reports how well they carry to documents they were not fit on.
 * Never run on the held-out, style or scenario sets.
 *
 *   npm run fit-combiner                  # fit and write src/instruments/spbe-2020/combiner.yaml
 *   npm run fit-combiner -- --dry-run     # fit and print, write nothing
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { classifyDocument } from '../src/classify/index.ts';
import type { RuleSet } from '../src/classify/index.ts';
import { combine, combinerFileSchema } from '../src/classify/combine.ts';
import type { CombinerFile } from '../src/classify/combine.ts';
import { fitCombiner, logLoss } from '../src/classify/combine-fit.ts';
import type { LabelledPair } from '../src/classify/combine-fit.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { ownInstansi, sectorServices } from '../src/app/classify-documents.ts';
import { loadConfig } from '../src/config/load.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import type { ClassifyOptions, CombinerWeights } from '../src/types/classification.ts';
import { generateEvalSet } from './fixtures/eval-set.ts';
import { extractPages, pool } from '../bench/page-text.ts';

const THRESHOLD = 0.5;
/** Ridge penalty: large enough that no weight leans on a handful of pairs (checked by cross-validation). */
const L2 = 3;
/** Positives are rare (about one pair in seven): weighing them 3× keeps recall from paying for the log-loss. */
const POSITIVE = 3;
const FOLDS = 5;
/** Accepted mappings within this much above the threshold go to the review queue. */
const REVIEW = 0.1;
/** Pairs the rules do not score need this retrieval score to be scored at all. */
const RETRIEVAL_ALONE = 0.3;

interface DocPairs {
  file: string;
  expected: number[];
  pairs: { indicator: number; pair: LabelledPair }[];
  /** The rules-only decision (the pack without a combiner), for the baseline. */
  baseline: number[];
  /** Indicators accepted by the rules in documents the combiner leaves alone (too little text to retrieve from). */
  fixed: number[];
}

/** Neutral weights: the score is σ(rule); only the features matter when collecting pairs. */
const NEUTRAL: CombinerWeights = { intercept: 0, rule: 1, retrieval: 0, retrievalShare: 0, kind: 0, hint: 0, ruleRetrieval: 0 };

function collecting(rules: RuleSet): RuleSet {
  return { ...rules, combiner: { formatVersion: 1, weights: NEUTRAL, review: 0, retrievalAlone: RETRIEVAL_ALONE } };
}

function f1Of(docs: readonly DocPairs[], decide: (doc: DocPairs) => number[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    const got = decide(doc);
    for (const n of got) if (doc.expected.includes(n)) tp++;
    else fp++;
    for (const n of doc.expected) if (!got.includes(n)) fn++;
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function accept(weights: CombinerWeights) {
  return (doc: DocPairs): number[] => [...doc.fixed, ...doc.pairs.filter((x) => combine(x.pair.features, weights) >= THRESHOLD).map((x) => x.indicator)];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits);
}

async function collect(rules: RuleSet, options: ClassifyOptions, tmp: string): Promise<DocPairs[]> {
  const outDir = path.join(tmp, 'eval-set');
  console.log('Membuat set evaluasi (bench/eval-set)…');
  const { files } = await generateEvalSet(outDir);
  console.log(`Membaca teks ${files.length} berkas (OCR bila perlu; tersimpan di cache)…`);
  let done = 0;
  const texts = await pool(
    files.map((f) => async () => {
      const pages = await extractPages(path.join(outDir, f.file), tmp);
      done++;
      if (done % 10 === 0 || done === files.length) console.log(`  ${done}/${files.length}`);
      return pages;
    }),
    1,
  );
  const withPairs = collecting(rules);
  return files.map((f, i) => {
    const input = { sha256: f.file, paths: [f.file], pages: texts[i] ?? [] };
    const all = classifyDocument(input, withPairs, { ...options, allPairs: true });
    const base = classifyDocument(input, { ...rules, combiner: null }, options);
    const pairs = [...all.mappings, ...all.candidates]
      .filter((m) => m.features !== undefined)
      .map((m) => ({ indicator: m.indicator, pair: { features: m.features ?? NEUTRAL_FEATURES, positive: f.expected.includes(m.indicator) } }));
    const fixed = all.mappings.filter((m) => m.features === undefined).map((m) => m.indicator);
    return { file: f.file, expected: f.expected, pairs, baseline: base.mappings.map((m) => m.indicator), fixed };
  });
}

const NEUTRAL_FEATURES = { rule: 0, retrieval: 0, retrievalShare: 0, kind: 0, hint: 0 };

function crossValidated(docs: readonly DocPairs[]): { p: number; r: number; f1: number } {
  const decided = new Map<string, number[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = docs.filter((_, i) => i % FOLDS !== fold).flatMap((d) => d.pairs.map((x) => x.pair));
    const weights = fitCombiner(train, L2, POSITIVE);
    for (const [i, d] of docs.entries()) if (i % FOLDS === fold) decided.set(d.file, accept(weights)(d));
  }
  return f1Of(docs, (d) => decided.get(d.file) ?? []);
}

function nearThreshold(docs: readonly DocPairs[], score: (pair: LabelledPair) => number): number {
  return docs.flatMap((d) => d.pairs).filter((x) => Math.abs(score(x.pair) - THRESHOLD) <= 0.06).length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, instrumen: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Pemakaian: npm run fit-combiner -- [--dry-run] [--instrumen ID]');
    console.log('  Menyesuaikan bobot penggabung skor aturan dan temu-kembali pada set evaluasi bench/eval-set.');
    console.log('  --dry-run       cetak hasil tanpa menulis combiner.yaml');
    console.log('  --instrumen ID  paket instrumen (bawaan: spbe-2020)');
    return;
  }
  const pack = loadPack(values.instrumen ?? 'spbe-2020');
  // Like the mapping benchmark: the sample config's sector services and instansi (Kabupaten Sukamaju).
  const config = loadConfig(path.join(packageRoot(), 'eviden.config.yaml'));
  const options: ClassifyOptions = { threshold: THRESHOLD, sectors: sectorServices(config), instansi: ownInstansi(config) };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-fit-combiner-'));
  try {
    const docs = await collect(pack.rules, options, tmp);
    const pairs = docs.flatMap((d) => d.pairs.map((x) => x.pair));
    const weights = fitCombiner(pairs, L2, POSITIVE);
    const baseline = f1Of(docs, (d) => d.baseline);
    const fitted = f1Of(docs, accept(weights));
    const cv = crossValidated(docs);
    console.log(`\nPasangan (dokumen, indikator): ${pairs.length}, positif ${pairs.filter((p) => p.positive).length}`);
    console.log(`F1 aturan saja:               ${fmt(baseline.f1)} (presisi ${fmt(baseline.p)}, recall ${fmt(baseline.r)})`);
    console.log(`F1 penggabung (data latih):   ${fmt(fitted.f1)} (presisi ${fmt(fitted.p)}, recall ${fmt(fitted.r)})`);
    console.log(`F1 penggabung (validasi silang ${FOLDS} lipatan): ${fmt(cv.f1)} (presisi ${fmt(cv.p)}, recall ${fmt(cv.r)})`);
    console.log(`Log-loss: ${fmt(logLoss(pairs, weights))}`);
    console.log(`Pasangan dalam ±0,06 dari ambang: aturan ${nearThreshold(docs, (p) => p.features.rule)}, penggabung ${nearThreshold(docs, (p) => combine(p.features, weights))}`);
    console.log('Bobot:', Object.entries(weights).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', '));
    for (const d of docs) {
      const got = accept(weights)(d);
      const wrong = got.filter((n) => !d.expected.includes(n));
      const missing = d.expected.filter((n) => !got.includes(n));
      if (wrong.length + missing.length > 0) console.log(`  selisih ${d.file}: +[${wrong.join(',')}] -[${missing.join(',')}]`);
    }
    const file: CombinerFile = combinerFileSchema.parse({
      formatVersion: 1,
      weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, round(v)])),
      review: REVIEW,
      retrievalAlone: RETRIEVAL_ALONE,
      fit: {
        set: 'bench/eval-set',
        pairs: pairs.length,
        l2: L2,
        positiveWeight: POSITIVE,
        f1: round(fitted.f1),
        crossValidatedF1: round(cv.f1),
        baselineF1: round(baseline.f1),
      },
    });
    const target = path.join(pack.dir, 'combiner.yaml');
    if (values['dry-run']) return;
    const replaced = existsSync(target);
    writeFileSync(target, `${HEADER}${stringify(file)}`);
    console.log(`\nDitulis: ${target}${replaced ? ' (menggantikan bobot sebelumnya)' : ''}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const HEADER = `# Combiner of the phrase-rule score and the retrieval score (src/classify/combine.ts), fit by
# \`npm run fit-combiner\` (scripts/fit-combiner.ts) on the tuning set bench/eval-set. Do not edit the weights by
# hand: re-run the script. log-odds = intercept + Σ weight × feature; score = 1 / (1 + e^-log-odds).
# review: accepted mappings scoring below threshold + review get confidence "rendah" (review queue).
# retrievalAlone: a pair the rules do not score needs this retrieval score to be scored at all.
# fit: F1 on the tuning set (f1), 5-fold cross-validated by document (crossValidatedF1), and of the rules alone.
`;

await main();
