/** indicatorNoEvidence: nothing at all is mapped to the indicator (no accepted evidence, no candidates). */
import { evidenceNeeded, indicatorText } from '../messages.ts';
import { capitalize } from '../text.ts';
import { finding, type IndicatorFacts, type IndicatorRule } from './types.ts';

function responsibleText(facts: IndicatorFacts): string {
  if (facts.penanggungJawab.length === 0) {
    return 'Belum ada OPD penanggung jawab untuk indikator ini: isi bagian "penanggungJawab" di eviden.config.yaml.';
  }
  const opds = facts.penanggungJawab.map((k) => `${facts.names.label(k)} di ${facts.names.folder(k)}`);
  return `Penanggung jawab: ${opds.join('; ')}.`;
}

export const indicatorNoEvidence: IndicatorRule = {
  id: 'indicatorNoEvidence',
  severity: 'error',
  check(facts) {
    if (facts.evidence.length > 0 || facts.candidates.length > 0 || facts.claimedLevel !== null) return [];
    const level = facts.requiredLevel;
    return [
      finding(this, {
        indicator: facts.indicator.no,
        message:
          `${capitalize(indicatorText(facts.indicator))} belum memiliki bukti dukung. ` +
          `Untuk tingkat ${level} (target) tambahkan: ${evidenceNeeded(facts.indicator, level)} ${responsibleText(facts)}`,
      }),
    ];
  },
};
