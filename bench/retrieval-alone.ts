/**
 * How good the retrieval is alone, with the phrase rules' scores ablated (rule = 0 for every pair): per labelled
 * document, the indicator the retrieval ranks first, its score and its lead over the runner-up
 * (src/classify/retrieval/fallback.ts). Shared by `npm run fit-fallback` (which fits the pack's fallback
 * thresholds on it) and the tuning bench sections. A document counts only where the fallback could act: text
 * enough for the retrieval to read and not recognised as a distractor.
 */
import { classifyDocument } from '../src/classify/index.ts';
import type { RuleSet } from '../src/classify/index.ts';
import { buildDocModel } from '../src/classify/document.ts';
import { clears, fallbackTop } from '../src/classify/retrieval/fallback.ts';
import { splitSections } from '../src/classify/retrieval/sections.ts';
import type { FallbackThresholds, TopIndicator } from '../src/classify/retrieval/fallback.ts';
import type { ClassifyInput, ClassifyOptions } from '../src/types/classification.ts';

export interface LabelledInput {
  group: string;
  id: string;
  input: ClassifyInput;
  options: ClassifyOptions;
  expected: number[];
}

export interface AloneRow {
  group: string;
  id: string;
  expected: number[];
  /** The retrieval's first indicator, or null when no section shares a term with any indicator's texts. */
  top: TopIndicator | null;
  /** Text enough for the retrieval and not recognised as a distractor: where a fallback could act. */
  eligible: boolean;
  /** What the classifier maps without the fallback. */
  mapped: number[];
  /** How many sections the retrieval cut the document into (retrieval/sections.ts). */
  sections: number;
}

/**
 * The rule set as measured: no fallback, and every indicator a pair (retrievalAlone 0), so each indicator's
 * retrieval and kind features come back as candidates (`allPairs`).
 */
function measuring(rules: RuleSet): RuleSet {
  return rules.combiner === null ? rules : { ...rules, combiner: { ...rules.combiner, retrievalAlone: 0, fallback: null } };
}

export function aloneRows(rules: RuleSet, docs: readonly LabelledInput[]): AloneRow[] {
  const measured = measuring(rules);
  return docs.map((d) => {
    const c = classifyDocument(d.input, measured, { ...d.options, allPairs: true });
    const doc = buildDocModel(d.input.pages, rules.aliases);
    const eligible = c.notEvidence === null && doc.wordCount >= rules.scoring.hint.maxWords;
    const features = [...c.mappings, ...c.candidates].flatMap((m) => (m.features === undefined ? [] : [{ indicator: m.indicator, features: m.features }]));
    return { group: d.group, id: d.id, expected: d.expected, top: fallbackTop(features), eligible, mapped: c.mappings.map((m) => m.indicator), sections: splitSections(doc).length };
  });
}

export interface AloneTally {
  /** Eligible documents, and those of them a reviewer maps to something. */
  docs: number;
  labelled: number;
  /** Documents whose top indicator clears the thresholds. */
  accepted: number;
  /** …and is one of its labels. */
  correct: number;
  /** Accepted documents a reviewer maps to nothing (distractors, near misses). */
  distractors: number;
  /** correct / accepted (1 when none), correct / labelled (0 when none). */
  precision: number;
  recall: number;
}

/** The top-1 decisions at `thresholds` over the eligible rows `rows` (e.g. all, or those the rules map to nothing). */
export function tallyAlone(rows: readonly AloneRow[], thresholds: FallbackThresholds): AloneTally {
  const eligible = rows.filter((r) => r.eligible);
  const accepted = eligible.filter((r) => r.top !== null && clears(r.top, thresholds));
  const correct = accepted.filter((r) => r.top !== null && r.expected.includes(r.top.indicator)).length;
  const labelled = eligible.filter((r) => r.expected.length > 0).length;
  return {
    docs: eligible.length,
    labelled,
    accepted: accepted.length,
    correct,
    distractors: accepted.filter((r) => r.expected.length === 0).length,
    precision: accepted.length === 0 ? 1 : correct / accepted.length,
    recall: labelled === 0 ? 0 : correct / labelled,
  };
}

/** Rows the rules (and the combiner) map to nothing: where the fallback acts. */
export function unmappedRows(rows: readonly AloneRow[]): AloneRow[] {
  return rows.filter((r) => r.mapped.length === 0);
}
