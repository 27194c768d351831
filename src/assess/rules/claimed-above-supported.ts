/** claimedAboveSupported: the claimed level is higher than the level the accepted evidence supports. */
import { evidenceNeeded, indicatorText } from '../messages.ts';
import { capitalize } from '../text.ts';
import { finding, type IndicatorRule } from './types.ts';

export const claimedAboveSupported: IndicatorRule = {
  id: 'claimedAboveSupported',
  severity: 'error',
  check(facts) {
    const claimed = facts.claimedLevel;
    const supported = facts.support.level;
    if (claimed === null || facts.evidence.length === 0 || claimed <= supported) return [];
    const next = supported + 1;
    const rest = claimed > next ? ` Setelah itu lengkapi bukti sampai tingkat ${claimed}.` : '';
    return [
      finding(this, {
        indicator: facts.indicator.no,
        message:
          `${capitalize(indicatorText(facts.indicator))} diklaim tingkat ${claimed}, tetapi bukti yang terpetakan baru ` +
          `mendukung tingkat ${supported}. Untuk tingkat ${next} tambahkan: ${evidenceNeeded(facts.indicator, next)}${rest}`,
      }),
    ];
  },
};
