/** The supported-level estimate of one indicator, as the findings and the assessment read it. */
import type { LevelAnalysis } from '../types/assessment.ts';
import type { EvidenceItem } from './evidence.ts';

export interface LevelEstimate {
  /** 0 when nothing supports even level 1. */
  level: number;
  /** The level with the pack's credit rule (linear credit adds the share of the next level met). */
  value: number;
  /** Indonesian, one sentence per level reached plus the reason the climb stopped. */
  reasons: string[];
  analysis: LevelAnalysis;
  /** Review evidence older than the window (newest first). */
  expiredReviews: EvidenceItem[];
  /** A review that still counts exists (within the window, or undated and confirmed). */
  hasCurrentReview: boolean;
}
