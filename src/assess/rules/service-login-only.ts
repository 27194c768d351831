/** serviceLoginOnly: a service indicator's evidence is only screenshots of a login page. */
import { evidenceNeeded, indicatorText, wholeLevel } from '../messages.ts';
import { namesText } from '../level-items.ts';
import { capitalize } from '../text.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

export const serviceLoginOnly: IndicatorRule = {
  id: 'serviceLoginOnly',
  severity: 'warning',
  check(facts) {
    const first = facts.evidence[0];
    if (facts.indicator.kapabilitas !== 'layanan' || first === undefined || !facts.evidence.every((i) => i.loginOnly)) {
      return [];
    }
    const level = Math.max(1, wholeLevel(facts.requiredLevel));
    return [
      finding(this, {
        ...itemFields(first, facts.indicator.no),
        message:
          `${capitalize(indicatorText(facts.indicator))} hanya didukung tangkapan layar halaman login (${namesText(facts.evidence)}), ` +
          'yang tidak membuktikan fitur layanan. Tambahkan tangkapan layar fitur setelah masuk, manual pengguna, atau URL ' +
          `dengan akun uji; untuk tingkat ${level}: ${evidenceNeeded(facts.indicator, level)}`,
      }),
    ];
  },
};
