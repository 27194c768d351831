/**
 * Reviewer decisions override the classifier: confirm/add → an accepted mapping with source
 * `reviewer`, score 1, confidence tinggi; reject → the indicator leaves mappings and candidates.
 * The latest decision per indicator wins.
 */
import type { Classification, Mapping, ReviewerDecision } from '../types/classification.ts';
import { mappingId } from './classify.ts';

/** The latest decision per indicator for this document (ties keep the later entry in the list). */
export function latestDecisions(sha256: string, decisions: readonly ReviewerDecision[]): Map<number, ReviewerDecision> {
  const latest = new Map<number, ReviewerDecision>();
  for (const d of decisions) {
    if (d.sha256 !== sha256) continue;
    const previous = latest.get(d.indicator);
    if (previous === undefined || d.at >= previous.at) latest.set(d.indicator, d);
  }
  return latest;
}

function reviewerMapping(c: Classification, d: ReviewerDecision, previous: Mapping | undefined): Mapping {
  return {
    id: mappingId(c.sha256, d.indicator),
    sha256: c.sha256,
    indicator: d.indicator,
    score: 1,
    confidence: 'tinggi',
    source: 'reviewer',
    // The classifier's reasons stay for context; the decision itself is in `decision`.
    reasons: previous?.reasons ?? [],
    possiblyMisfiled: false,
    decision: { action: d.action, reviewer: d.reviewer, at: d.at, note: d.note },
  };
}

export function applyDecisions(classification: Classification, decisions: readonly ReviewerDecision[]): Classification {
  const latest = latestDecisions(classification.sha256, decisions);
  if (latest.size === 0) return classification;
  const byIndicator = new Map<number, Mapping>();
  for (const m of [...classification.candidates, ...classification.mappings]) byIndicator.set(m.indicator, m);
  const mappings = classification.mappings.filter((m) => !latest.has(m.indicator));
  const candidates = classification.candidates.filter((m) => !latest.has(m.indicator));
  for (const d of latest.values()) {
    if (d.action === 'reject') continue;
    mappings.push(reviewerMapping(classification, d, byIndicator.get(d.indicator)));
  }
  mappings.sort((a, b) => a.indicator - b.indicator);
  return { ...classification, mappings, candidates };
}
