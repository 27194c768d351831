/**
 * `node --import tsx scripts/measure-phrase-gaps.ts [--no-eval-set]`: how much phrase matching apart (words in
 * between, another order: `scoring.gaps` in the rules file) would find on the tuning sets, and what it does to the
 * mapping. Only the sets the tuning may use: the generalisation set (scripts/fixtures/generalise) and the generated
 * evaluation set of "dokumen ke indikator" (bench/eval-set, read as the bench reads it). Never the held-out, style or
 * scenario sets.
 *
 * 1. Survey, with word-for-word matching only (the pack's `gaps` removed): for every (document, indicator) pair, is
 *    there a strong phrase of the indicator that matches nowhere word for word but does match apart (up to 3
 *    function words in between, or in the passive, within one clause)? Counted for the false negatives (what it could
 *    gain), the true positives, and the pairs nobody expects (what it could cost); false negatives listed.
 * 2. Grid: precision, recall and F1 of each set for several settings (inserted words, passive, factor), beside
 *    word-for-word matching and the pack's own setting.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifyDocument } from '../src/classify/index.ts';
import type { RuleSet } from '../src/classify/index.ts';
import { buildDocModel } from '../src/classify/document.ts';
import type { DocModel } from '../src/classify/document.ts';
import { foldVariants, matchPhrases } from '../src/classify/matcher.ts';
import type { PhraseMatch } from '../src/classify/matcher.ts';
import { withGaps } from '../src/classify/ruleset.ts';
import type { RuleFile } from '../src/classify/rules-schema.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { classifyOptions } from '../src/app/classify-documents.ts';
import { loadConfig } from '../src/config/load.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import type { ClassifyInput, ClassifyOptions } from '../src/types/classification.ts';
import { generateEvalSet } from './fixtures/eval-set.ts';
import { GENERALISE_SET } from './fixtures/generalise/index.ts';
import { pagesOf } from './fixtures/generalise/classify-set.ts';
import { extractPages, pool } from '../bench/page-text.ts';

const THRESHOLD = 0.5;
type Gaps = NonNullable<RuleFile['scoring']['gaps']>;

interface Doc {
  set: string;
  id: string;
  input: ClassifyInput;
  options: ClassifyOptions;
  expected: number[];
}

function generaliseDocs(): Doc[] {
  return GENERALISE_SET.flatMap(({ docs }) =>
    docs.map((doc) => ({
      set: 'generalisasi',
      id: doc.id,
      input: { sha256: createHash('sha256').update(doc.id).digest('hex'), paths: [doc.path], pages: pagesOf(doc.text) },
      options: { threshold: THRESHOLD, instansi: doc.instansi },
      expected: doc.expected,
    })),
  );
}

async function evalSetDocs(tmp: string): Promise<Doc[]> {
  const outDir = path.join(tmp, 'eval-set');
  const { files } = await generateEvalSet(outDir);
  const texts = await pool(files.map((f) => () => extractPages(path.join(outDir, f.file), tmp)), 1);
  const config = loadConfig(path.join(packageRoot(), 'eviden.config.yaml'));
  const options: ClassifyOptions = { ...classifyOptions(config, 'spbe-2020'), threshold: THRESHOLD };
  return files.map((f, i) => ({
    set: 'dokumen ke indikator',
    id: f.file,
    input: { sha256: createHash('sha256').update(f.file).digest('hex'), paths: [f.file], pages: texts[i] ?? [] },
    options,
    expected: f.expected,
  }));
}

function accepted(rules: RuleSet, doc: Doc): number[] {
  return classifyDocument(doc.input, rules, doc.options).mappings.map((m) => m.indicator);
}

function matchesOf(rules: RuleSet, doc: DocModel): PhraseMatch[][] {
  return foldVariants(rules.matcher, matchPhrases(rules.matcher, doc), rules.variantOf);
}

/** "sisipan 2" (words between the content words, the phrase's own function words among them) or "pasif". */
function modeOf(rules: RuleSet, phrase: number, match: PhraseMatch): string {
  if (match.gap === 'passive') return 'pasif';
  const content = rules.matcher.phrases[phrase]?.gapTerms?.length ?? 0;
  return `sisipan ${match.end - match.start - content}`;
}

interface Gain {
  phrase: string;
  mode: string;
  text: string;
}

/** Strong phrases of each indicator found only apart, with how and where. */
function gains(plain: RuleSet, probe: RuleSet, doc: Doc): Map<number, Gain[]> {
  const model = buildDocModel(doc.input.pages, plain.aliases);
  const before = matchesOf(plain, model);
  const after = matchesOf(probe, model);
  const out = new Map<number, Gain[]>();
  for (const ind of plain.indicators) {
    for (const p of ind.strong) {
      if ((before[p] ?? []).length > 0) continue;
      const found = (after[p] ?? [])[0];
      if (found === undefined) continue;
      const text = model.tokens.slice(found.start, found.end).join(' ');
      const list = out.get(ind.no) ?? [];
      list.push({ phrase: probe.matcher.phrases[p]?.text ?? '', mode: modeOf(probe, p, found), text });
      out.set(ind.no, list);
    }
  }
  return out;
}

interface Tally {
  pairs: number;
  withGain: number;
  modes: Map<string, number>;
}

function tally(): Tally {
  return { pairs: 0, withGain: 0, modes: new Map() };
}

function note(t: Tally, found: Gain[] | undefined): void {
  t.pairs++;
  if (found === undefined || found.length === 0) return;
  t.withGain++;
  // The closest way the pair is reached: fewest words in between first, another order last.
  const mode = found.map((g) => g.mode).sort()[0] ?? '';
  t.modes.set(mode, (t.modes.get(mode) ?? 0) + 1);
}

function tallyText(t: Tally): string {
  const modes = [...t.modes].sort(([a], [b]) => a.localeCompare(b)).map(([m, n]) => `${m}: ${n}`).join(', ');
  return `${t.withGain} dari ${t.pairs}${modes.length > 0 ? ` (${modes})` : ''}`;
}

function survey(plain: RuleSet, probe: RuleSet, docs: readonly Doc[]): void {
  for (const set of new Set(docs.map((d) => d.set))) {
    const fn = tally();
    const tp = tally();
    const none = tally();
    const listed: string[] = [];
    for (const doc of docs.filter((d) => d.set === set)) {
      const got = accepted(plain, doc);
      const found = gains(plain, probe, doc);
      for (const ind of plain.indicators) {
        const expected = doc.expected.includes(ind.no);
        const mapped = got.includes(ind.no);
        if (expected && !mapped) {
          note(fn, found.get(ind.no));
          const g = found.get(ind.no) ?? [];
          listed.push(`  ${doc.id} -[${ind.no}]: ${g.length === 0 ? 'tidak ada frasa kuat yang cocok terpisah' : g.map((x) => `'${x.phrase}' ~ '${x.text}' (${x.mode})`).join('; ')}`);
        } else if (expected) note(tp, found.get(ind.no));
        else if (!mapped) note(none, found.get(ind.no));
      }
    }
    console.log(`\n## ${set}: frasa kuat yang hanya cocok terpisah (sisipan 1-${probeInserted(probe)} kata fungsi, atau pasif)`);
    console.log(`- negatif palsu (diharapkan, tidak dipetakan): ${tallyText(fn)}`);
    console.log(`- positif benar (sudah dipetakan): ${tallyText(tp)}`);
    console.log(`- pasangan yang tidak diharapkan dan tidak dipetakan (risiko presisi): ${tallyText(none)}`);
    for (const line of listed) console.log(line);
  }
}

function probeInserted(rules: RuleSet): number {
  return rules.scoring.gaps?.inserted ?? 0;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  distractorsMapped: number;
}

function evaluate(rules: RuleSet, docs: readonly Doc[], set: string): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, distractorsMapped: 0 };
  for (const doc of docs.filter((d) => d.set === set)) {
    const got = accepted(rules, doc);
    for (const n of got) if (doc.expected.includes(n)) c.tp++;
    else c.fp++;
    for (const n of doc.expected) if (!got.includes(n)) c.fn++;
    if (doc.expected.length === 0 && got.length > 0) c.distractorsMapped++;
  }
  return c;
}

function countsText(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; TP ${c.tp} FP ${c.fp} FN ${c.fn}; tanpa label terpetakan ${c.distractorsMapped})`;
}

function grid(pack: RuleSet, docs: readonly Doc[], words: Pick<Gaps, 'between' | 'blockers' | 'actions'>): void {
  const settings: { label: string; gaps: Gaps | undefined }[] = [{ label: 'kata demi kata', gaps: undefined }];
  for (const inserted of [1, 2, 3]) {
    for (const passive of [false, true]) {
      for (const factor of [0.4, 0.6, 0.8]) settings.push({ label: `sisipan ${inserted}${passive ? ' + pasif' : ''}, faktor ${factor}`, gaps: { inserted, passive, factor, ...words } });
    }
  }
  const own = pack.scoring.gaps;
  if (own !== undefined) settings.push({ label: `paket (sisipan ${own.inserted}${own.passive ? ' + pasif' : ''}, faktor ${own.factor})`, gaps: own });
  const sets = [...new Set(docs.map((d) => d.set))];
  console.log('\n## Kisi pengaturan');
  for (const s of settings) {
    const rules = withGaps(pack, s.gaps);
    console.log(`- ${s.label}: ${sets.map((set) => `${set} ${countsText(evaluate(rules, docs, set))}`).join(' · ')}`);
  }
}

const skipEvalSet = process.argv.includes('--no-eval-set');
const pack = loadPack('spbe-2020').rules;
const words = { between: pack.scoring.gaps?.between ?? [], blockers: pack.scoring.gaps?.blockers ?? [], actions: pack.scoring.gaps?.actions ?? [] };
const plain = withGaps(pack, undefined);
const probe = withGaps(pack, { inserted: 3, passive: true, factor: 1, ...words });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-phrase-gaps-'));
try {
  const docs = [...generaliseDocs(), ...(skipEvalSet ? [] : await evalSetDocs(tmp))];
  survey(plain, probe, docs);
  grid(pack, docs, words);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
