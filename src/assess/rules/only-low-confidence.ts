/** onlyLowConfidence: the indicator has no accepted evidence, only candidates scored below the threshold. */
import { formatDecimal } from '../../shared/format.ts';
import { fileRef, indicatorText, opdSuffix } from '../messages.ts';
import { capitalize, listSome } from '../text.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

export const onlyLowConfidence: IndicatorRule = {
  id: 'onlyLowConfidence',
  severity: 'warning',
  check(facts) {
    const first = facts.candidates[0];
    if (facts.evidence.length > 0 || first === undefined) return [];
    const named = facts.candidates.map(
      (c) => `${fileRef(c.path)}${opdSuffix(c.opd)} skor ${formatDecimal(c.mapping.score)}`,
    );
    return [
      finding(this, {
        ...itemFields(first, facts.indicator.no),
        message:
          `${capitalize(indicatorText(facts.indicator))} hanya punya kandidat bukti berskor rendah: ${listSome(named)}. ` +
          'Tinjau kandidat itu: konfirmasi yang benar agar dihitung sebagai bukti, tolak yang salah.',
      }),
    ];
  },
};
