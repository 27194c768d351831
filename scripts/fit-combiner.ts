/**
 * `npm run fit-combiner`: fits the combiner of an instrument pack (src/instruments/<id>/combiner.yaml) on every
 * labelled tuning set it may use: bench/eval-set (the generated files of Kabupaten Sukamaju, one writer) and the
 * generalisation set (scripts/fixtures/generalise: batches of other Pemdas, each by another writer or for another
 * failure class). Every (document, indicator) pair the rules or the retrieval score becomes a sample;
 * L2-regularised logistic regression gives the weights. Leave-one-group-out cross-validation (a group is the
 * eval-set or one generalisation batch) estimates how the weights carry to a writer they were not fit on; it
 * chooses the L2 penalty, and reports the pack's current weights beside the refit ones. Decisions are the
 * classifier's own (classifyDocument with the weights), so ceilings and short documents count as in the bench.
 * Never run on the held-out, style or scenario sets.
 *
 *   npm run fit-combiner                  # fit; write src/instruments/spbe-2020/combiner.yaml if the CV F1 improves
 *   npm run fit-combiner -- --dry-run     # fit and print, write nothing
 *   npm run fit-combiner -- --force       # write the refit weights even when the CV F1 does not improve
 *   npm run fit-combiner -- --rule-dropout 0.5  # add every pair again with its rule score zeroed, weighted 0.5
 *                                         # (rules that miss on unseen writers), to learn how far retrieval alone goes
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { classifyDocument } from '../src/classify/index.ts';
import type { RuleSet } from '../src/classify/index.ts';
import { combinerFileSchema } from '../src/classify/combine.ts';
import type { CombinerFile } from '../src/classify/combine.ts';
import { fitCombiner, logLoss, withRuleDropout } from '../src/classify/combine-fit.ts';
import type { LabelledPair } from '../src/classify/combine-fit.ts';
import { loadPack } from '../src/instrument/registry.ts';
import type { ClassifyInput, ClassifyOptions, CombinerWeights } from '../src/types/classification.ts';
import { EVAL_SET, evalSetDocs, generaliseDocs } from './tuning-docs.ts';
import type { TuningDoc } from './tuning-docs.ts';

/** Ridge penalties tried; leave-one-group-out cross-validation picks one. */
const L2_GRID = [0.3, 1, 3, 10, 30];
/**
 * Weights of a positive pair tried (positives are about one pair in six): 1 keeps the probabilities calibrated,
 * 3 trades calibration for recall. Leave-one-group-out cross-validation picks one with the L2.
 */
const POSITIVE_GRID = [1, 3];
/** Accepted mappings within this much above the threshold go to the review queue. */
const REVIEW = 0.1;
/** Pairs the rules do not score need this retrieval score to be scored at all. */
const RETRIEVAL_ALONE = 0.3;

/** One labelled document: its input as the classifier gets it, and the pairs the combiner scores. */
interface Doc extends TuningDoc {
  pairs: LabelledPair[];
}

/** Neutral weights: the score is σ(rule); only the features matter when collecting pairs. */
const NEUTRAL: CombinerWeights = { intercept: 0, rule: 1, retrieval: 0, retrievalShare: 0, kind: 0, hint: 0, ruleRetrieval: 0 };

function collecting(rules: RuleSet): RuleSet {
  return { ...rules, combiner: { formatVersion: 1, weights: NEUTRAL, review: 0, retrievalAlone: RETRIEVAL_ALONE } };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function scoreOf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function add(c: Counts, expected: readonly number[], got: readonly number[]): void {
  for (const n of got) if (expected.includes(n)) c.tp++;
  else c.fp++;
  for (const n of expected) if (!got.includes(n)) c.fn++;
}

/** The classifier's accepted indicators for `doc` with `weights` (null: the rules alone, no combiner). */
function decide(rules: RuleSet, doc: Doc, weights: CombinerWeights | null): number[] {
  const r = weights === null ? { ...rules, combiner: null } : rules;
  const options = weights === null ? doc.options : { ...doc.options, weights };
  return classifyDocument(doc.input, r, options).mappings.map((m) => m.indicator);
}

function pairsOf(rules: RuleSet, input: ClassifyInput, options: ClassifyOptions, expected: readonly number[]): LabelledPair[] {
  const all = classifyDocument(input, collecting(rules), { ...options, allPairs: true });
  return [...all.mappings, ...all.candidates].flatMap((m) => (m.features === undefined ? [] : [{ features: m.features, positive: expected.includes(m.indicator) }]));
}

/** The tuning sets' documents with the pairs the combiner scores. */
function withPairs(rules: RuleSet, docs: readonly TuningDoc[]): Doc[] {
  return docs.map((d) => ({ ...d, pairs: pairsOf(rules, d.input, d.options, d.expected) }));
}

interface GroupResult {
  group: string;
  docs: number;
  counts: Counts;
  logLoss: number;
}

interface Evaluation {
  groups: GroupResult[];
  all: Counts;
  /** Mean log-loss over all pairs. */
  logLoss: number;
}

/** Per group: the decisions and log-loss of the weights `weightsFor(group)` gives for it. */
function evaluate(rules: RuleSet, docs: readonly Doc[], weightsFor: (group: string) => CombinerWeights | null): Evaluation {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const groups: GroupResult[] = [];
  let loss = 0;
  let pairs = 0;
  for (const group of [...new Set(docs.map((d) => d.group))]) {
    const weights = weightsFor(group);
    const members = docs.filter((d) => d.group === group);
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const d of members) {
      const got = decide(rules, d, weights);
      add(counts, d.expected, got);
      add(all, d.expected, got);
    }
    const groupPairs = members.flatMap((d) => d.pairs);
    const groupLoss = weights === null ? Number.NaN : logLoss(groupPairs, weights);
    loss += groupLoss * groupPairs.length;
    pairs += groupPairs.length;
    groups.push({ group, docs: members.length, counts, logLoss: groupLoss });
  }
  return { groups, all, logLoss: pairs === 0 ? 0 : loss / pairs };
}

/** Leave-one-group-out: each group decided by weights fit on the other groups. */
function leaveOneGroupOut(rules: RuleSet, docs: readonly Doc[], l2: number, positive: number, dropout: number): Evaluation {
  const fitted = new Map<string, CombinerWeights>();
  for (const group of new Set(docs.map((d) => d.group))) {
    fitted.set(group, fitCombiner(withRuleDropout(docs.filter((d) => d.group !== group).flatMap((d) => d.pairs), dropout), l2, positive));
  }
  return evaluate(rules, docs, (group) => fitted.get(group) ?? null);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function fmt(n: number, digits = 3): string {
  return Number.isNaN(n) ? '–' : n.toFixed(digits);
}

function summary(e: Evaluation): string {
  const s = scoreOf(e.all);
  return `F1 ${fmt(s.f1)} (presisi ${fmt(s.p)}, recall ${fmt(s.r)}), log-loss ${fmt(e.logLoss)}`;
}

function table(columns: { title: string; e: Evaluation }[]): void {
  const head = columns.map((c) => c.title.padStart(22)).join('');
  console.log(`${'kelompok'.padEnd(44)}${'dok'.padStart(5)}${head}`);
  const first = columns[0]?.e.groups ?? [];
  for (const [i, g] of first.entries()) {
    const cells = columns.map((c) => {
      const r = c.e.groups[i];
      return r === undefined ? ''.padStart(22) : `F1 ${fmt(scoreOf(r.counts).f1)} ll ${fmt(r.logLoss)}`.padStart(22);
    });
    console.log(`${g.group.slice(0, 43).padEnd(44)}${String(g.docs).padStart(5)}${cells.join('')}`);
  }
  // The generalisation batches alone: out of sample for weights fit on the eval-set only.
  const others = columns.map((c) => {
    const rest = c.e.groups.filter((g) => g.group !== EVAL_SET);
    const counts = rest.reduce((s, g) => ({ tp: s.tp + g.counts.tp, fp: s.fp + g.counts.fp, fn: s.fn + g.counts.fn }), { tp: 0, fp: 0, fn: 0 });
    return `F1 ${fmt(scoreOf(counts).f1)}`.padStart(22);
  });
  console.log(`${'generalisasi saja (mikro)'.padEnd(44)}${String(first.filter((g) => g.group !== EVAL_SET).reduce((s, g) => s + g.docs, 0)).padStart(5)}${others.join('')}`);
  const totals = columns.map((c) => `F1 ${fmt(scoreOf(c.e.all).f1)} ll ${fmt(c.e.logLoss)}`.padStart(22));
  console.log(`${'semua (mikro)'.padEnd(44)}${String(first.reduce((s, g) => s + g.docs, 0)).padStart(5)}${totals.join('')}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, 'rule-dropout': { type: 'string' }, instrumen: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Pemakaian: npm run fit-combiner -- [--dry-run] [--force] [--instrumen ID]');
    console.log('  Menyesuaikan bobot penggabung skor aturan dan temu-kembali pada set pengembangan:');
    console.log('  bench/eval-set dan set generalisasi (scripts/fixtures/generalise), dengan validasi silang');
    console.log('  tinggalkan-satu-kelompok (satu kelompok = satu penulis/batch).');
    console.log('  --dry-run       cetak hasil tanpa menulis combiner.yaml');
    console.log('  --force         tulis bobot baru walau F1 validasi silang tidak naik');
    console.log('  --rule-dropout R  tambah salinan setiap pasangan dengan skor aturan dinolkan, berbobot R (0..1),');
    console.log('                  seolah aturan frasa meleset pada penulis baru');
    console.log('  --instrumen ID  paket instrumen (bawaan: spbe-2020)');
    return;
  }
  const dropout = Number(values['rule-dropout'] ?? '0');
  if (!Number.isFinite(dropout) || dropout < 0 || dropout > 1) throw new Error('--rule-dropout harus bilangan 0..1.');
  const pack = loadPack(values.instrumen ?? 'spbe-2020');
  const current = pack.rules.combiner;
  if (current === null) throw new Error(`Paket ${pack.id} tidak memakai penggabung skor (combiner.yaml).`);
  const rules = pack.rules;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-fit-combiner-'));
  try {
    const docs = withPairs(rules, [...(await evalSetDocs(tmp)), ...generaliseDocs()]);
    const groups = new Set(docs.map((d) => d.group));
    const pairs = docs.flatMap((d) => d.pairs);
    console.log(`\nDokumen ${docs.length} dalam ${groups.size} kelompok; pasangan (dokumen, indikator) ${pairs.length}, positif ${pairs.filter((p) => p.positive).length}`);

    const rulesOnly = evaluate(rules, docs, () => null);
    const currentAll = evaluate(rules, docs, () => current.weights);
    console.log(`Aturan saja:                ${summary({ ...rulesOnly, logLoss: Number.NaN })}`);
    console.log(`Bobot sekarang (combiner.yaml, dilatih pada ${current.fit?.set ?? '?'}): ${summary(currentAll)}`);

    console.log('\nValidasi silang tinggalkan-satu-kelompok, per bobot positif dan L2:');
    const cv = POSITIVE_GRID.flatMap((positive) => L2_GRID.map((l2) => ({ l2, positive, e: leaveOneGroupOut(rules, docs, l2, positive, dropout) })));
    for (const c of cv) console.log(`  positif ${c.positive}, L2 ${String(c.l2).padEnd(5)} ${summary(c.e)}`);
    // The best CV F1; among equal F1 (to 0.001) the lower log-loss.
    const best = cv.reduce((a, b) => {
      const fa = round(scoreOf(a.e.all).f1);
      const fb = round(scoreOf(b.e.all).f1);
      return fb > fa || (fb === fa && b.e.logLoss < a.e.logLoss) ? b : a;
    });
    console.log(`  dipilih: positif ${best.positive}, L2 ${best.l2}`);

    const weights = fitCombiner(withRuleDropout(pairs, dropout), best.l2, best.positive);
    const refitAll = evaluate(rules, docs, () => weights);
    console.log(`\nPer kelompok: bobot sekarang (dalam sampel untuk ${EVAL_SET}), validasi silang dengan positif ${best.positive}, L2 ${best.l2}, bobot baru pada semua data`);
    table([
      { title: 'sekarang', e: currentAll },
      { title: 'CV tinggalkan-satu', e: best.e },
      { title: 'baru (data latih)', e: refitAll },
    ]);
    console.log('\nBobot sekarang:', Object.entries(current.weights).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', '));
    console.log('Bobot baru:    ', Object.entries(weights).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', '));
    for (const d of docs) {
      const got = decide(rules, d, weights);
      const wrong = got.filter((n) => !d.expected.includes(n));
      const missing = d.expected.filter((n) => !got.includes(n));
      if (wrong.length + missing.length > 0) console.log(`  selisih ${d.id}: +[${wrong.join(',')}] -[${missing.join(',')}]`);
    }

    // The current weights' leave-one-group-out figure is not known (they were fit once); its stand-in is their
    // F1 on every group, in-sample for the eval-set. The refit must beat that out of sample.
    const cvF1 = scoreOf(best.e.all).f1;
    const currentF1 = scoreOf(currentAll.all).f1;
    const file: CombinerFile = combinerFileSchema.parse({
      formatVersion: 1,
      weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, round(v)])),
      review: REVIEW,
      retrievalAlone: RETRIEVAL_ALONE,
      // The retrieval fallback is fit by `npm run fit-fallback`; kept as it is.
      ...(current.fallback !== undefined ? { fallback: current.fallback } : {}),
      fit: {
        set: `bench/eval-set + scripts/fixtures/generalise (${groups.size} kelompok)`,
        pairs: pairs.length,
        l2: best.l2,
        positiveWeight: best.positive,
        f1: round(scoreOf(refitAll.all).f1),
        crossValidatedF1: round(cvF1),
        baselineF1: round(scoreOf(rulesOnly.all).f1),
      },
    });
    if (values['dry-run']) return;
    if (cvF1 <= currentF1 && values.force !== true) {
      console.log(`\nTidak ditulis: F1 validasi silang ${fmt(cvF1)} tidak melampaui F1 bobot sekarang ${fmt(currentF1)} (pakai --force untuk tetap menulis).`);
      return;
    }
    const target = path.join(pack.dir, 'combiner.yaml');
    writeFileSync(target, `${HEADER}${stringify(file)}`);
    console.log(`\nDitulis: ${target}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const HEADER = `# Combiner of the phrase-rule score and the retrieval score (src/classify/combine.ts), fit by
# \`npm run fit-combiner\` (scripts/fit-combiner.ts) on the tuning sets bench/eval-set and scripts/fixtures/generalise.
# Do not edit the weights by hand: re-run the script. log-odds = intercept + Σ weight × term; score = 1 / (1 + e^-log-odds).
# review: accepted mappings scoring below threshold + review get confidence "rendah" (review queue).
# retrievalAlone: a pair the rules do not score needs this retrieval score to be scored at all.
# fallback: a document that is no distractor and maps to nothing gets its top retrieval indicator (retrieval ×
# kind factor) at the threshold, confidence "rendah", when it reaches \`score\` and leads by \`margin\`; fit by
# \`npm run fit-fallback\` with the rule scores ablated.
# fit: F1 on the tuning sets (f1), cross-validated leaving one group (the eval-set, one generalisation batch)
# out (crossValidatedF1, the estimate for a writer the weights were not fit on), and of the rules alone.
`;

await main();
