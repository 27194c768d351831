/**
 * The retrieval's own reading of a document, for when the phrase rules are silent: its best indicator, how
 * closely the best section matches that indicator's texts, and by how much it leads the runner-up. The combiner
 * was fit on texts the rules were tuned on, so it learned that retrieval adds little; on writing the rules were
 * never tuned on they miss, and this is the fallback. Whether a document's top indicator is accepted is decided
 * by thresholds that are pack data (combiner.yaml `fallback`, fit by `npm run fit-fallback` on the tuning sets
 * with the rule scores ablated). Pure.
 */
import type { CombinerFeatures } from '../../types/classification.ts';

export interface FallbackThresholds {
  /** The top indicator's retrieval score must reach this. */
  score: number;
  /** Its lead over the runner-up, relative to its own score ((top − second) / top), must reach this. */
  margin: number;
}

export interface TopIndicator {
  indicator: number;
  /** Its fallback score: the retrieval score times the document kind's factor for the indicator. */
  score: number;
  /** The runner-up's fallback score (0 without one). */
  second: number;
  /** (score − second) / score, 0..1. */
  margin: number;
}

/**
 * The indicator the retrieval ranks first once the document's kind is weighed (ties: the lower number), or null
 * when none scores. The kind factor tells a policy on a topic from the record of its implementation (a report on
 * the intranet is evidence for 17, not for its policy 6), which the instrument's texts alone do not: both speak
 * of the same topic.
 */
export function fallbackTop(pairs: Iterable<{ indicator: number; features: Pick<CombinerFeatures, 'retrieval' | 'kind'> }>): TopIndicator | null {
  let best: { indicator: number; score: number } | null = null;
  let second = 0;
  for (const { indicator, features } of pairs) {
    const score = features.retrieval * features.kind;
    if (best === null || score > best.score || (score === best.score && indicator < best.indicator)) {
      if (best !== null) second = Math.max(second, best.score);
      best = { indicator, score };
    } else second = Math.max(second, score);
  }
  if (best === null || best.score <= 0) return null;
  return { ...best, second, margin: (best.score - second) / best.score };
}

/** True when `top` clears the thresholds. */
export function clears(top: TopIndicator, thresholds: FallbackThresholds): boolean {
  return top.score >= thresholds.score && top.margin >= thresholds.margin;
}
