/**
 * Which evidence is a review/evaluation and whether it still counts. Rules that hold for every instrument: an
 * invitation never proves a review; a review counts while it is less than the window old (config
 * `pemetaan.masaBerlakuReviuTahun`); an undated review counts only once a reviewer has confirmed its mapping.
 */
import type { DocumentKind } from '../types/classification.ts';
import type { EvidenceItem } from './evidence.ts';
import { isWithinWindow } from './dates.ts';
import { SIGNALS } from './signals.ts';
import { compareText, firstPhrase } from './text.ts';

/** Kinds that are a review when their reasons or file name speak of one. Invitations are not among them. */
const REVIEW_CAPABLE_KINDS: readonly DocumentKind[] = ['notulen', 'laporan', 'lainnya'];

const REVIEW_WORDS = ['reviu', 'review', 'direviu', 'evaluasi', 'dievaluasi', 'monev', 'monitoring dan evaluasi', 'evaluation'];

/** An invitation to a review or evaluation meeting: it announces a review, it proves none. */
export function isReviewInvitation(item: EvidenceItem): boolean {
  return item.kind === 'undangan' && (item.signals.includes(SIGNALS.reviu) || firstPhrase(item.haystack, REVIEW_WORDS) !== null);
}

export function isReview(item: EvidenceItem): boolean {
  if (item.kind === 'undangan') return false;
  if (item.kind === 'laporan-evaluasi' || item.signals.includes(SIGNALS.reviu)) return true;
  return REVIEW_CAPABLE_KINDS.includes(item.kind) && firstPhrase(item.haystack, REVIEW_WORDS) !== null;
}

/** A reviewer confirmed or added the mapping of this item to the indicator. */
export function isConfirmed(item: EvidenceItem): boolean {
  return item.mapping.source === 'reviewer';
}

/** How a review stands: `counted` (within the window, or undated and confirmed), `undated` (not confirmed), `expired`. */
export type ReviewState = 'counted' | 'undated' | 'expired';

export function reviewState(item: EvidenceItem, cutoff: string): ReviewState {
  if (item.date === null) return isConfirmed(item) ? 'counted' : 'undated';
  return isWithinWindow(item.date, cutoff) ? 'counted' : 'expired';
}

export interface ReviewSplit {
  /** Reviews that count (newest first; undated confirmed ones last). */
  counted: EvidenceItem[];
  /** Undated reviews no reviewer has confirmed yet. */
  undated: EvidenceItem[];
  /** Older than the window (newest first). */
  expired: EvidenceItem[];
}

function newestFirst(a: EvidenceItem, b: EvidenceItem): number {
  return compareText(b.date ?? '', a.date ?? '') || compareText(a.path, b.path);
}

export function splitReviews(items: readonly EvidenceItem[], cutoff: string): ReviewSplit {
  const reviews = items.filter(isReview).sort(newestFirst);
  return {
    counted: reviews.filter((r) => reviewState(r, cutoff) === 'counted'),
    undated: reviews.filter((r) => reviewState(r, cutoff) === 'undated'),
    expired: reviews.filter((r) => reviewState(r, cutoff) === 'expired'),
  };
}
