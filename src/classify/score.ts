/**
 * Content score per indicator: strong phrases (capped) plus supporting terms (capped more), turned
 * into 0..1 by a saturating curve, then multiplied by how well the document kind fits the
 * indicator's family (policy / implementation / service), stop signals and requirement gates.
 */
import type { DocumentKind, MatchReason } from '../types/classification.ts';
import type { PhraseEvidence } from './evidence.ts';
import { contribution, isMatched, matchedIn, reasonsFor } from './evidence.ts';
import type { IndicatorRules, RuleSet } from './ruleset.ts';
import { isRegulation } from './kind.ts';

export interface IndicatorScore {
  no: number;
  /** Evidence before the curve and the factors. */
  raw: number;
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
  /** The document is addressed to named units, not to all (see addressee.ts). */
  toNamedUnits: boolean;
  /** Indicators the title names (see classify.ts). */
  named: ReadonlySet<number>;
}


/**
 * `toNamedUnits`: the document (a Surat Edaran, an Instruksi) is addressed to named units, not to all; `namedInTitle`:
 * its title names the indicator.
 */
export function kindFactor(rules: RuleSet, indicator: IndicatorRules, kind: DocumentKind, policyTitle: boolean, toNamedUnits = false, namedInTitle = false): number {
  if (policyTitle && !isRegulation(kind)) {
    const policy = rules.policyTitle.families[indicator.family];
    if (policy !== undefined) return policy;
  }
  const family = rules.families[indicator.family] ?? {};
  const unmet = (toNamedUnits && indicator.toAllUnits.has(kind)) || (!namedInTitle && indicator.onlyWhenNamed.has(kind));
  const own = unmet ? undefined : indicator.kinds[kind];
  return own ?? family[kind] ?? family.lainnya ?? 1;
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

/** Combined terms count as strong evidence as far as their weakest member reaches. */
function sumCombined(input: ScoreInput, indicator: IndicatorRules, reasons: MatchReason[]): number {
  let sum = 0;
  for (const group of indicator.combined) {
    const parts = group.phrases.map((i) => input.evidence[i]);
    if (!parts.every((e) => e !== undefined && isMatched(e))) continue;
    let weakest: PhraseEvidence | undefined;
    let weakestValue = Infinity;
    for (const e of parts) {
      if (e === undefined) continue;
      const { structural, body } = contribution(input.rules, e);
      if (structural + body < weakestValue) {
        weakestValue = structural + body;
        weakest = e;
      }
    }
    if (weakest === undefined) continue;
    sum += group.weight * weakestValue;
    const place = weakest.best ?? 'isi';
    reasons.push({ rule: group.id, phrase: group.text, place, pages: [...(weakest.pages.get(place) ?? [])].sort((a, b) => a - b), weight: Math.round(group.weight * weakestValue * 1000) / 1000 });
  }
  return sum;
}

/** How often the required phrases occur: once per structural place reached, plus every body mention. */
function requiredMentions(evidence: readonly PhraseEvidence[], phrases: readonly number[]): number {
  let count = 0;
  for (const i of phrases) {
    const e = evidence[i];
    if (e === undefined || !isMatched(e)) continue;
    count += e.bodyCount + [...e.pages.keys()].filter((place) => place !== 'isi').length;
  }
  return count;
}

/**
 * The score of an indicator's evidence before its gates: the saturating curve of `raw`, times the document kind's
 * factor and the title's stop signals. The one decision for the pack's phrases and the workspace's own names of the
 * indicator (sectors.ts), which count as its heavy phrases.
 */
export function evidenceScore(input: ScoreInput, indicator: IndicatorRules, raw: number): number {
  let score = 1 - Math.exp(-input.rules.scoring.steepness * raw);
  score *= kindFactor(input.rules, indicator, input.kind, input.policyTitle, input.toNamedUnits, input.named.has(indicator.no));
  for (const negative of titleStops(indicator, input.evidence)) score *= negative.factor;
  return score;
}

/** The indicator's stop signals the title or "tentang" clause holds ("LAPORAN PEMELIHARAAN KENDARAAN DINAS" for 24). */
export function titleStops(indicator: IndicatorRules, evidence: readonly PhraseEvidence[]): IndicatorRules['negative'] {
  return indicator.negative.filter((negative) => matchedIn(evidence[negative.phrase], ['judul', 'tentang']));
}

/** True when the indicator's `requireAny` gate is shut: too few mentions of its topic, and no path hint that opens it. */
function isGated(input: ScoreInput, indicator: IndicatorRules): boolean {
  const shut = indicator.requireAny.length > 0 && requiredMentions(input.evidence, indicator.requireAny) < indicator.requireMentions;
  return shut && !(indicator.orPathHint && input.hinted.has(indicator.no));
}

/** The indicators whose gate is shut for this document: no evidence for them, whatever else reads the text. */
export function gatedIndicators(input: ScoreInput): Set<number> {
  return new Set(input.rules.indicators.filter((indicator) => isGated(input, indicator)).map((indicator) => indicator.no));
}

function scoreOne(input: ScoreInput, indicator: IndicatorRules): IndicatorScore {
  const { rules } = input;
  const { scoring } = rules;
  const reasons: MatchReason[] = [];
  const strong = Math.min(scoring.strongCap, sumPhrases(input, indicator.strong, reasons) + sumCombined(input, indicator, reasons));
  const support = Math.min(scoring.supportCap, sumPhrases(input, indicator.support, reasons));
  let raw = strong + support;
  if (input.umbrella && strong > 0 && indicator.family === rules.umbrella.family) {
    raw += rules.umbrella.bonus;
    reasons.push({ rule: 'payung.penyelenggaraan', phrase: 'kebijakan penyelenggaraan menyeluruh', place: 'judul', pages: [], weight: rules.umbrella.bonus });
  }
  let score = evidenceScore(input, indicator, raw);
  if (isGated(input, indicator)) score = 0;
  return { no: indicator.no, raw, score: Math.max(0, Math.min(1, score)), reasons };
}

export function scoreIndicators(input: ScoreInput): IndicatorScore[] {
  return input.rules.indicators.map((indicator) => scoreOne(input, indicator));
}
