/** claimedAboveSupported: the claimed level is higher than the level the accepted evidence supports. */
import { stillNeeded, indicatorText } from '../messages.ts';
import { reaches } from '../indicator-status.ts';
import { formatValue } from '../../shared/format.ts';
import { capitalize } from '../text.ts';
import { finding, type IndicatorRule } from './types.ts';

export const claimedAboveSupported: IndicatorRule = {
  id: 'claimedAboveSupported',
  severity: 'error',
  check(facts) {
    const claimed = facts.claimedLevel;
    const { level: supported, value } = facts.support;
    // A decimal claim (Pemdi) is compared with the decimal value the evidence supports, as the status is.
    if (claimed === null || facts.evidence.length === 0 || reaches(value, claimed)) return [];
    const next = supported + 1;
    const rest = claimed > next ? ` Setelah itu lengkapi bukti sampai tingkat ${formatValue(claimed)}.` : '';
    const shown = Number.isInteger(value) ? '' : ` (nilai ${formatValue(value)})`;
    return [
      finding(this, {
        indicator: facts.indicator.no,
        message:
          `${capitalize(indicatorText(facts.indicator))} diklaim tingkat ${formatValue(claimed)}, tetapi bukti yang terpetakan baru ` +
          `mendukung tingkat ${supported}${shown}. Untuk tingkat ${next} tambahkan: ${stillNeeded(facts.indicator, facts.support.analysis, next)}${rest}`,
      }),
    ];
  },
};
