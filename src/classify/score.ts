/**
 * Content score per indicator: strong phrases (capped) plus supporting terms (capped more), turned
 * into 0..1 by a saturating curve, then multiplied by how well the document kind fits the
 * indicator's family (policy / implementation / service), stop signals and requirement gates.
 */
import type { DocumentKind, MatchReason } from './types.ts';
import type { PhraseEvidence } from './evidence.ts';
import { contribution, isMatched, matchedIn, reasonsFor } from './evidence.ts';
import type { IndicatorRules, RuleSet } from './ruleset.ts';

export interface IndicatorScore {
  no: number;
  /** Evidence before the curve and the factors. */
  raw: number;
  /** Strong-phrase part of `raw`. */
  strong: number;
  score: number;
  reasons: MatchReason[];
}

export interface ScoreInput {
  rules: RuleSet;
  evidence: readonly PhraseEvidence[];
  kind: DocumentKind;
  /** The title names a policy ("Kebijakan Internal …") although the kind is not a regulation. */
  policyTitle: boolean;
  /** The title is a comprehensive policy ("Penyelenggaraan SPBE"). */
  umbrella: boolean;
  /** Indicators named by a path hint (they open `orPathHint` gates). */
  hinted: ReadonlySet<number>;
}

const REGULATION_KINDS: ReadonlySet<DocumentKind> = new Set(['peraturan', 'keputusan', 'surat-edaran', 'rancangan']);

export function kindFactor(rules: RuleSet, indicator: IndicatorRules, kind: DocumentKind, policyTitle: boolean): number {
  if (policyTitle && !REGULATION_KINDS.has(kind)) {
    const policy = rules.policyTitle.families[indicator.family];
    if (policy !== undefined) return policy;
  }
  const family = rules.families[indicator.family] ?? {};
  return indicator.kinds[kind] ?? family[kind] ?? family.lainnya ?? 1;
}

function sumPhrases(input: ScoreInput, phrases: readonly number[], reasons: MatchReason[]): number {
  let sum = 0;
  for (const index of phrases) {
    const e = input.evidence[index];
    if (e === undefined || !isMatched(e)) continue;
    const weight = input.rules.matcher.phrases[index]?.weight ?? 0;
    const { structural, body } = contribution(input.rules, e);
    sum += weight * (structural + body);
    reasons.push(...reasonsFor(input.rules, index, e, weight));
  }
  return sum;
}

function scoreOne(input: ScoreInput, indicator: IndicatorRules): IndicatorScore {
  const { rules } = input;
  const { scoring } = rules;
  const reasons: MatchReason[] = [];
  const strong = Math.min(scoring.strongCap, sumPhrases(input, indicator.strong, reasons));
  const support = Math.min(scoring.supportCap, sumPhrases(input, indicator.support, reasons));
  let raw = strong + support;
  if (input.umbrella && strong > 0 && indicator.family === rules.umbrella.family) {
    raw += rules.umbrella.bonus;
    reasons.push({ rule: 'payung.penyelenggaraan', phrase: 'kebijakan SPBE menyeluruh', place: 'judul', pages: [], weight: rules.umbrella.bonus });
  }
  let score = 1 - Math.exp(-scoring.steepness * raw);
  score *= kindFactor(rules, indicator, input.kind, input.policyTitle);
  for (const negative of indicator.negative) {
    if (matchedIn(input.evidence[negative.phrase], ['judul', 'tentang'])) score *= negative.factor;
  }
  const gated = indicator.requireAny.length > 0 && !indicator.requireAny.some((i) => isMatched(input.evidence[i]));
  if (gated && !(indicator.orPathHint && input.hinted.has(indicator.no))) score = 0;
  return { no: indicator.no, raw, strong, score: Math.max(0, Math.min(1, score)), reasons };
}

export function scoreIndicators(input: ScoreInput): IndicatorScore[] {
  return input.rules.indicators.map((indicator) => scoreOne(input, indicator));
}
