/** Shapes of learning from reviewers (src/learn): score adjustments learned per workspace. */

/** A bounded shift of one indicator's mapping scores, learned from this workspace's decisions. */
export interface Adjustment {
  indicator: number;
  /** Added to the classifier's score of this indicator (within ±MAX_OFFSET of src/learn/adjust.ts). */
  offset: number;
  /** Decided (document, indicator) pairs the classifier had scored, and how many of them were accepted. */
  decisions: number;
  accepted: number;
  /** Of those decisions, how many the threshold contradicts before and after the shift. */
  errorsBefore: number;
  errorsAfter: number;
}
