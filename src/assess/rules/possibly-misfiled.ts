/** possiblyMisfiled: the content maps to this indicator but the folder or file name points at another one. */
import type { EvidenceItem } from '../evidence.ts';
import { fileRef, indicatorText, opdSuffix } from '../messages.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

/** The indicator the path hints at, when the classifier recorded a path reason for another indicator. */
function pathIndicator(item: EvidenceItem): number | null {
  const all = [...item.classification.mappings, ...item.classification.candidates];
  const hinted = all.find((m) => m.indicator !== item.mapping.indicator && m.reasons.some((r) => r.place === 'path'));
  return hinted?.indicator ?? null;
}

export const possiblyMisfiled: IndicatorRule = {
  id: 'possiblyMisfiled',
  severity: 'warning',
  check(facts) {
    return facts.evidence
      .filter((item) => item.mapping.possiblyMisfiled)
      .map((item) => {
        const other = pathIndicator(item);
        const pointsAt = other === null ? 'indikator lain' : `indikator ${other}`;
        return finding(this, {
          ...itemFields(item, facts.indicator.no),
          message:
            `Berkas ${fileRef(item.path)}${opdSuffix(item.opd)} menurut isinya bukti ${indicatorText(facts.indicator)}, ` +
            `tetapi nama folder/berkasnya menunjuk ${pointsAt}. Pindahkan atau ganti namanya sesuai isinya, ` +
            'atau konfirmasi/tolak pemetaannya.',
        });
      });
  },
};
