/** belowTargetLevel: the claimed level (or, without a claim, the supported level) is below the target. */
import { stillNeeded, indicatorText, wholeLevel } from '../messages.ts';
import { reaches } from '../indicator-status.ts';
import { formatValue } from '../../shared/format.ts';
import { capitalize } from '../text.ts';
import { finding, type IndicatorRule } from './types.ts';

export const belowTargetLevel: IndicatorRule = {
  id: 'belowTargetLevel',
  severity: 'info',
  check(facts) {
    const target = facts.targetLevel;
    const name = capitalize(indicatorText(facts.indicator));
    if (facts.claimedLevel !== null) {
      const claimed = facts.claimedLevel;
      if (reaches(claimed, target)) return [];
      const next = wholeLevel(claimed) + 1;
      return [
        finding(this, {
          indicator: facts.indicator.no,
          message:
            `${name} diklaim tingkat ${formatValue(claimed)}, di bawah target tingkat ${formatValue(target)}. Untuk naik ke tingkat ${next} ` +
            `tambahkan: ${stillNeeded(facts.indicator, facts.support.analysis, next)}`,
        }),
      ];
    }
    const supported = facts.support.level;
    if (facts.evidence.length === 0 || supported >= target) return [];
    return [
      finding(this, {
        indicator: facts.indicator.no,
        message:
          `Bukti ${indicatorText(facts.indicator)} saat ini mendukung tingkat ${supported}, di bawah target tingkat ${formatValue(target)}. ` +
          `Untuk tingkat ${supported + 1} tambahkan: ${stillNeeded(facts.indicator, facts.support.analysis, supported + 1)}`,
      }),
    ];
  },
};
