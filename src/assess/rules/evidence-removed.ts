/** evidenceRemoved: accepted evidence whose file was removed from watch/; the archived copy is still used. */
import { dateText } from '../messages.ts';
import { joinIndonesian } from '../text.ts';
import { isoDay } from '../dates.ts';
import { documentFields, documentText, mappedIndicators } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';

export const evidenceRemoved: DocumentRule = {
  id: 'evidenceRemoved',
  severity: 'info',
  check(facts) {
    const indicators = mappedIndicators(facts);
    if (facts.doc.status !== 'ok' || facts.present.length > 0 || facts.active.length === 0 || indicators.length === 0) {
      return [];
    }
    const removed = facts.active.map((l) => isoDay(l.removedAt)).filter((d): d is string => d !== null).sort();
    const since = removed.length > 0 ? ` sejak ${dateText(removed[removed.length - 1] ?? null)}` : '';
    return [
      finding(this, {
        ...documentFields(facts),
        message:
          `Berkas ${documentText(facts)} sudah dihapus dari folder bersama${since}, tetapi salinan arsipnya tetap dipakai ` +
          `sebagai bukti indikator ${joinIndonesian(indicators.map(String))}. Jika berkas itu memang tidak berlaku lagi, ` +
          'tolak pemetaannya; jika terhapus tanpa sengaja, kembalikan ke folder.',
      }),
    ];
  },
};
