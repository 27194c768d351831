/** Shapes and wording shared by the process and service ladders. */
import type { EvidenceItem } from './evidence.ts';
import { fileName } from './messages.ts';
import { listSome } from './text.ts';

export interface LadderContext {
  instrumentId: string;
  /** Level names for the indicator's capability, index 0 = level 1. */
  labels: readonly string[];
  /** Reviews dated on or before this ISO date are too old. */
  cutoff: string;
  reviewYears: number;
}

export interface LevelEstimate {
  /** 0 when nothing supports even level 1. */
  level: number;
  /** Indonesian, one sentence per level reached plus the reason the climb stopped. */
  reasons: string[];
  /** Review evidence older than the window (newest first). */
  expiredReviews: EvidenceItem[];
  /** A review within the window (or undated) exists. */
  hasCurrentReview: boolean;
}

/** "Tingkat 3 (Terdefinisi)". */
export function levelPrefix(ctx: LadderContext, level: number): string {
  const label = ctx.labels[level - 1];
  return label === undefined ? `Tingkat ${level}` : `Tingkat ${level} (${label})`;
}

/** `"a.pdf" (peraturan), "b.pdf", dan 2 lainnya`: up to three file names with an optional detail each. */
export function namesOf(items: readonly EvidenceItem[], detail?: (item: EvidenceItem) => string): string {
  return listSome(items.map((i) => `"${fileName(i.path)}"${detail ? ` (${detail(i)})` : ''}`));
}
