/** levelClaimedWithoutEvidence: a level is claimed but no evidence is accepted for the indicator. */
import { evidenceNeeded, indicatorText, wholeLevel } from '../messages.ts';
import { formatValue } from '../../shared/format.ts';
import { capitalize } from '../text.ts';
import { finding, type IndicatorRule } from './types.ts';

export const levelClaimedWithoutEvidence: IndicatorRule = {
  id: 'levelClaimedWithoutEvidence',
  severity: 'error',
  check(facts) {
    const claimed = facts.claimedLevel;
    if (claimed === null || facts.evidence.length > 0) return [];
    const candidates =
      facts.candidates.length > 0
        ? ` Ada ${facts.candidates.length} kandidat berskor rendah yang perlu ditinjau (lihat onlyLowConfidence).`
        : '';
    return [
      finding(this, {
        indicator: facts.indicator.no,
        message:
          `${capitalize(indicatorText(facts.indicator))} diklaim tingkat ${formatValue(claimed)}, tetapi belum ada bukti dukung yang diterima. ` +
          `Tambahkan bukti untuk tingkat ${wholeLevel(claimed)}: ${evidenceNeeded(facts.indicator, wholeLevel(claimed))}${candidates}`,
      }),
    ];
  },
};
