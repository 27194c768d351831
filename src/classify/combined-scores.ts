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
import type { RetrievalHit } from './retrieval/retrieve.ts';

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
  /** True for distractors: retrieval alone adds no pair. */
  distractor: boolean;
  /** Weights to use instead of the pack's (a workspace's re-weighting). */
  weights?: CombinerWeights;
}

function matchOf(hit: RetrievalHit): RetrievalMatch {
  return { score: hit.score, page: hit.page, heading: hit.heading, snippet: hit.snippet, source: hit.matched.source, level: hit.matched.level };
}

/** Rescores `drafts` in place with the pack's combiner; adds the pairs retrieval alone supports. */
export function combineDrafts(ctx: CombineContext, drafts: Map<number, Draft>): void {
  const combiner = ctx.rules.combiner;
  if (combiner === null || ctx.rules.texts.length === 0 || ctx.doc.wordCount < ctx.rules.scoring.hint.maxWords) return;
  const weights = ctx.weights ?? combiner.weights;
  const retrieval = retrieve(indicatorIndex(ctx.rules), ctx.doc);
  const rulesOf = new Map(ctx.rules.indicators.map((r) => [r.no, r]));
  if (!ctx.distractor) {
    for (const no of rulesOf.keys()) {
      if (drafts.has(no) || retrieval.score(no) < combiner.retrievalAlone) continue;
      drafts.set(no, { indicator: no, score: 0, source: 'content', reasons: [], possiblyMisfiled: false });
    }
  }
  for (const d of drafts.values()) {
    const hit = retrieval.hit(d.indicator);
    const indicator = rulesOf.get(d.indicator);
    const score = retrieval.score(d.indicator);
    const features: CombinerFeatures = {
      rule: d.score,
      retrieval: score,
      retrievalShare: retrieval.top > 0 ? score / retrieval.top : 0,
      kind: indicator === undefined ? 1 : kindFactor(ctx.rules, indicator, ctx.kind, ctx.policyTitle, ctx.toNamedUnits, ctx.named.has(d.indicator)),
      hint: ctx.hinted.has(d.indicator) ? 1 : 0,
    };
    d.features = features;
    if (hit !== null) d.retrieval = matchOf(hit);
    d.score = Math.min(combine(features, weights), d.ceiling ?? 1);
  }
}
