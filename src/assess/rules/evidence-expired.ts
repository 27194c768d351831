/** evidenceExpired: the only review/evaluation evidence is older than `pemetaan.masaBerlakuReviuTahun`. */
import { formatDecimal } from '../../shared/format.ts';
import { dateText, fileRef, indicatorText, opdSuffix } from '../messages.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

export const evidenceExpired: IndicatorRule = {
  id: 'evidenceExpired',
  severity: 'warning',
  check(facts) {
    const newest = facts.support.expiredReviews[0];
    if (facts.support.hasCurrentReview || newest === undefined) return [];
    const level = facts.indicator.kapabilitas === 'layanan' ? 5 : 4;
    const years = formatDecimal(facts.reviewYears, Number.isInteger(facts.reviewYears) ? 0 : 1);
    const others = facts.support.expiredReviews.length - 1;
    const more = others > 0 ? ` (${others} reviu lain juga sudah lewat masa berlakunya)` : '';
    return [
      finding(this, {
        ...itemFields(newest, facts.indicator.no),
        message:
          `Reviu/evaluasi ${fileRef(newest.path)}${opdSuffix(newest.opd)} bertanggal ${dateText(newest.date)}, ` +
          `lebih dari ${years} tahun sebelum ${dateText(facts.today)}${more}, sehingga tidak lagi mendukung tingkat ${level} ` +
          `${indicatorText(facts.indicator)}. Lampirkan notulen atau laporan reviu/evaluasi yang lebih baru.`,
      }),
    ];
  },
};
