/**
 * Where the phrase rules' scores meet the retrieval: each scored (document, indicator) pair, and each pair the
 * retrieval alone finds close enough, gets its features (combine.ts), the pack combiner's probability as its
 * score, and the retrieval's best section as its `retrieval`. Ceilings set by the rules (a distractor, a path
 * hint the text does not support) hold: the combiner never lifts a pair above them. A document with too little
 * text for the retrieval to read (a photo, a screenshot: fewer words than the rules' `hint.maxWords`) and a pack
 * without a combiner keep the rule scores.
 */
import type { CombinerFeatures, CombinerWeights, DocumentKind, MappingSource, MatchReason, RetrievalMatch } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { RuleSet } from './ruleset.ts';
import { combine } from './combine.ts';
import { kindFactor } from './score.ts';
import { indicatorIndex } from './retrieval/cache.ts';
import { retrieve } from './retrieval/retrieve.ts';
import type { Retrieval, RetrievalHit } from './retrieval/retrieve.ts';
import { clears, fallbackTop } from './retrieval/fallback.ts';
import type { TopIndicator } from './retrieval/fallback.ts';
import type { IndicatorRules } from './ruleset.ts';

/** One scored pair on its way to a mapping or a candidate. */
export interface Draft {
  indicator: number;
  score: number;
  source: MappingSource;
  reasons: MatchReason[];
  possiblyMisfiled: boolean;
  /** The rules decided the pair stays below this (a doubtful path hint, a distractor). */
  ceiling?: number;
  retrieval?: RetrievalMatch;
  features?: CombinerFeatures;
}

export interface CombineContext {
  rules: RuleSet;
  doc: DocModel;
  kind: DocumentKind;
  policyTitle: boolean;
  /** The document is addressed to named units, not to all (see addressee.ts). */
  toNamedUnits: boolean;
  /** Indicators the title names. */
  named: ReadonlySet<number>;
  hinted: ReadonlySet<number>;
  /**
   * Indicators whose rule gate (`requireAny`) is shut for this document (a budget without IT lines for 13, a "tim
   * koordinasi" of another topic for 19): the retrieval reads the same topic words the gate found too few of, so it
   * adds no pair for them and the fallback never picks them.
   */
  gated: ReadonlySet<number>;
  /** True for distractors: retrieval alone adds no pair. */
  distractor: boolean;
  /** The document's subject line names no indicator (a memo on another matter): the fallback picks nothing. */
  subjectElsewhere: boolean;
  /** Weights to use instead of the pack's (a workspace's re-weighting). */
  weights?: CombinerWeights;
  /** The acceptance threshold: the retrieval fallback places its pick there. */
  threshold: number;
}

function matchOf(hit: RetrievalHit): RetrievalMatch {
  return { score: hit.score, page: hit.page, heading: hit.heading, snippet: hit.snippet, source: hit.matched.source, level: hit.matched.level };
}

function featuresOf(ctx: CombineContext, retrieval: Retrieval, indicator: IndicatorRules | undefined, no: number, rule: number): CombinerFeatures {
  const score = retrieval.score(no);
  return {
    rule,
    retrieval: score,
    retrievalShare: retrieval.top > 0 ? score / retrieval.top : 0,
    kind: indicator === undefined ? 1 : kindFactor(ctx.rules, indicator, ctx.kind, ctx.policyTitle, ctx.toNamedUnits, ctx.named.has(no)),
    hint: ctx.hinted.has(no) ? 1 : 0,
  };
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/** Why the fallback picked the indicator; the retrieval match (shown beside it) names the passage and the criterion. */
function fallbackReason(top: TopIndicator, hit: RetrievalHit | null): MatchReason {
  const where = hit === null ? '' : ` (hal. ${hit.page}${hit.heading.length > 0 ? `, bagian '${hit.heading}'` : ''})`;
  return {
    rule: 'perkiraan.temu-kembali',
    phrase: `perkiraan dari isi: aturan frasa tidak mencapai ambang untuk indikator mana pun; isi dokumen${where} paling cocok dengan teks instrumen indikator ini, unggul ${percent(top.margin)} atas indikator berikutnya; perlu ditinjau`,
    place: 'isi',
    pages: hit === null ? [] : [hit.page],
    weight: 0,
  };
}

/**
 * The retrieval fallback: a document (no distractor) that maps to nothing gets the indicator the retrieval ranks
 * first with its kind weighed, when that clears the pack's thresholds; it is accepted at the threshold, so with
 * confidence "rendah" (the review queue), unless a ceiling of the rules holds it below.
 */
function applyFallback(ctx: CombineContext, retrieval: Retrieval, drafts: Map<number, Draft>, rulesOf: ReadonlyMap<number, IndicatorRules>): void {
  const thresholds = ctx.rules.combiner?.fallback ?? null;
  if (thresholds === null || ctx.distractor || ctx.subjectElsewhere || [...drafts.values()].some((d) => d.score >= ctx.threshold)) return;
  const pairs = [...rulesOf].map(([no, indicator]) => ({ indicator: no, features: drafts.get(no)?.features ?? featuresOf(ctx, retrieval, indicator, no, 0) }));
  const top = fallbackTop(pairs);
  // The document reads most like an indicator whose gate is shut: it is about that topic without its substance (a
  // budget without IT lines), not evidence for the runner-up.
  if (top === null || ctx.gated.has(top.indicator) || !clears(top, thresholds)) return;
  const hit = retrieval.hit(top.indicator);
  const pair = pairs.find((p) => p.indicator === top.indicator);
  const d: Draft = drafts.get(top.indicator) ?? { indicator: top.indicator, score: 0, source: 'content', reasons: [], possiblyMisfiled: false };
  if ((d.ceiling ?? 1) < ctx.threshold) return;
  d.score = ctx.threshold;
  d.reasons = [fallbackReason(top, hit), ...d.reasons];
  if (pair !== undefined) d.features = pair.features;
  if (hit !== null) d.retrieval = matchOf(hit);
  drafts.set(top.indicator, d);
}

/**
 * Rescores `drafts` in place with the pack's combiner; adds the pairs retrieval alone supports, and the retrieval
 * fallback's pick when nothing else is accepted.
 */
export function combineDrafts(ctx: CombineContext, drafts: Map<number, Draft>): void {
  const combiner = ctx.rules.combiner;
  if (combiner === null || ctx.rules.texts.length === 0 || ctx.doc.wordCount < ctx.rules.scoring.hint.maxWords) return;
  const weights = ctx.weights ?? combiner.weights;
  const retrieval = retrieve(indicatorIndex(ctx.rules), ctx.doc);
  const rulesOf = new Map(ctx.rules.indicators.map((r) => [r.no, r]));
  if (!ctx.distractor) {
    for (const no of rulesOf.keys()) {
      if (drafts.has(no) || ctx.gated.has(no) || retrieval.score(no) < combiner.retrievalAlone) continue;
      drafts.set(no, { indicator: no, score: 0, source: 'content', reasons: [], possiblyMisfiled: false });
    }
  }
  for (const d of drafts.values()) {
    const hit = retrieval.hit(d.indicator);
    const features = featuresOf(ctx, retrieval, rulesOf.get(d.indicator), d.indicator, d.score);
    d.features = features;
    if (hit !== null) d.retrieval = matchOf(hit);
    d.score = Math.min(combine(features, weights), d.ceiling ?? 1);
  }
  applyFallback(ctx, retrieval, drafts, rulesOf);
}
