/** Which evidence is a review/evaluation, and whether it is recent enough to support level 4 (or 5 for services). */
import type { DocumentKind } from '../types/classification.ts';
import type { EvidenceItem } from './evidence.ts';
import { isWithinWindow } from './dates.ts';
import { SIGNALS } from './signals.ts';
import { compareText, firstPhrase, listSome } from './text.ts';
import { dateText, fileName } from './messages.ts';
import { formatDecimal } from '../shared/format.ts';

/** Kinds that are a review when their reasons or file name speak of one. */
const REVIEW_CAPABLE_KINDS: readonly DocumentKind[] = ['notulen', 'undangan', 'laporan', 'lainnya'];

const REVIEW_WORDS = ['reviu', 'review', 'direviu', 'evaluasi', 'dievaluasi', 'monev', 'monitoring dan evaluasi'];

export function isReview(item: EvidenceItem): boolean {
  if (item.kind === 'laporan-evaluasi' || item.signals.includes(SIGNALS.reviu)) return true;
  return REVIEW_CAPABLE_KINDS.includes(item.kind) && firstPhrase(item.haystack, REVIEW_WORDS) !== null;
}

export interface ReviewSplit {
  /** Dated within the window (newest first). */
  fresh: EvidenceItem[];
  /** Without a readable date: counted, with a reason asking to check the date. */
  undated: EvidenceItem[];
  /** Older than the window (newest first). */
  expired: EvidenceItem[];
}

function newestFirst(a: EvidenceItem, b: EvidenceItem): number {
  return compareText(b.date ?? '', a.date ?? '') || compareText(a.path, b.path);
}

export function splitReviews(items: readonly EvidenceItem[], cutoff: string): ReviewSplit {
  const reviews = items.filter(isReview);
  return {
    fresh: reviews.filter((r) => r.date !== null && isWithinWindow(r.date, cutoff)).sort(newestFirst),
    undated: reviews.filter((r) => r.date === null),
    expired: reviews.filter((r) => r.date !== null && !isWithinWindow(r.date, cutoff)).sort(newestFirst),
  };
}

/** Names the reviews for reasons: `"a.pdf" (3 Februari 2025)`. */
function reviewNames(items: readonly EvidenceItem[]): string {
  return listSome(items.map((r) => `"${fileName(r.path)}" (${dateText(r.date)})`));
}

export interface ReviewSupport {
  supported: boolean;
  /** Reason text after the "Tingkat n (label)" prefix. */
  text: string;
}

/** Whether the reviews support the review level, and why, for a window of `years` years. */
export function reviewSupport(split: ReviewSplit, years: number): ReviewSupport {
  const window = `${formatDecimal(years, Number.isInteger(years) ? 0 : 1)} tahun`;
  if (split.fresh.length > 0) {
    return { supported: true, text: `reviu/evaluasi ${reviewNames(split.fresh)} masih berlaku (kurang dari ${window})` };
  }
  if (split.undated.length > 0) {
    return {
      supported: true,
      text: `reviu/evaluasi ${reviewNames(split.undated)} tanpa tanggal yang terbaca; pastikan tidak lebih dari ${window}`,
    };
  }
  if (split.expired.length > 0) {
    return {
      supported: false,
      text: `reviu/evaluasi terakhir ${reviewNames(split.expired.slice(0, 1))} sudah lebih dari ${window}; lampirkan hasil reviu yang lebih baru`,
    };
  }
  return { supported: false, text: 'belum ada notulen, catatan, atau laporan reviu/evaluasi' };
}
