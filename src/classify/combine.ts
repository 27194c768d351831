/**
 * The combiner: the phrase-rule score and the retrieval score (with a few facts about the document) turned into
 * one calibrated probability by a logistic model whose weights are pack data (`combiner.yaml`, fit by
 * `npm run fit-combiner` on the labelled tuning set). Pure: `combine(features, weights)`; reviewers' decisions
 * can re-weight it per workspace by passing other weights.
 */
import { z } from 'zod';
import type { CombinerFeatures, CombinerWeights } from '../types/classification.ts';

export const FEATURE_NAMES = ['rule', 'retrieval', 'retrievalShare', 'kind', 'hint'] as const satisfies readonly (keyof CombinerFeatures)[];
export type FeatureName = (typeof FEATURE_NAMES)[number];

const number = z.number().finite();

export const combinerWeightsSchema = z.strictObject({
  intercept: number,
  rule: number,
  retrieval: number,
  retrievalShare: number,
  kind: number,
  hint: number,
  ruleRetrieval: number,
}) satisfies z.ZodType<CombinerWeights>;

export const combinerFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  weights: combinerWeightsSchema,
  /**
   * Accepted mappings scoring below threshold + review get confidence "rendah" and go to the review queue
   * ("Perlu ditinjau"); candidates within review below the threshold are there already.
   */
  review: z.number().min(0).max(0.5),
  /** Pairs whose rule score is 0 need at least this retrieval score to be scored at all (retrieval alone). */
  retrievalAlone: z.number().min(0).max(1),
  /**
   * The retrieval fallback (retrieval/fallback.ts): a document that is no distractor and maps to nothing gets its
   * top indicator (retrieval score × kind factor) when it reaches `score` and leads the runner-up by `margin`
   * (relative), accepted at the threshold with confidence "rendah". Fit by `npm run fit-fallback` with the rule
   * scores ablated; absent or null: no fallback.
   */
  fallback: z
    .strictObject({
      score: z.number().min(0).max(1),
      margin: z.number().min(0).max(1),
      /** How the thresholds were fit (informative). */
      fit: z
        .strictObject({
          set: z.string().min(1),
          documents: z.number().int().nonnegative(),
          accepted: z.number().int().nonnegative(),
          precision: z.number().min(0).max(1),
          recall: z.number().min(0).max(1),
          minPrecision: z.number().min(0).max(1),
        })
        .optional(),
    })
    .nullable()
    .optional(),
  /** How the weights were fit (informative; shown by fit-combiner). */
  fit: z
    .strictObject({
      set: z.string().min(1),
      pairs: z.number().int().nonnegative(),
      l2: z.number().nonnegative(),
      positiveWeight: z.number().positive(),
      /** F1 on the tuning set, 5-fold cross-validated by document, and of the rules alone. */
      f1: z.number().min(0).max(1),
      crossValidatedF1: z.number().min(0).max(1),
      baselineF1: z.number().min(0).max(1),
    })
    .optional(),
}).refine((f) => f.fallback === undefined || f.fallback === null || f.review > 0, {
  // The fallback's picks sit at the threshold: only a review band makes them "rendah" (the review queue).
  message: 'fallback memerlukan review > 0 agar pemetaan perkiraan berkeyakinan rendah',
  path: ['review'],
});

export type CombinerFile = z.infer<typeof combinerFileSchema>;

/** The linear part of the model (log-odds). */
export function logit(features: CombinerFeatures, weights: CombinerWeights): number {
  return (
    weights.intercept +
    weights.rule * features.rule +
    weights.retrieval * features.retrieval +
    weights.retrievalShare * features.retrievalShare +
    weights.kind * features.kind +
    weights.hint * features.hint +
    weights.ruleRetrieval * features.rule * features.retrieval
  );
}

/** The probability that the document is evidence for the indicator, 0..1. */
export function combine(features: CombinerFeatures, weights: CombinerWeights): number {
  return 1 / (1 + Math.exp(-logit(features, weights)));
}
