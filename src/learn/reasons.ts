/** Rule ids of the reasons learning adds to mappings; explain and the dashboard show their phrases as written. */
export const LEARNED_RULE_PREFIX = 'belajar.';

/** A reviewer's decision on a similar document (src/learn/propagate.ts). */
export const SIMILAR_RULE = `${LEARNED_RULE_PREFIX}kemiripan`;

/** A per-indicator score adjustment learned in the workspace (src/learn/adjust.ts). */
export const ADJUSTMENT_RULE = `${LEARNED_RULE_PREFIX}bobot`;

export function isLearnedReason(rule: string): boolean {
  return rule.startsWith(LEARNED_RULE_PREFIX);
}
