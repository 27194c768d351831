/** evidenceNotCited: an accepted evidence file is not named in the indicator's penjelasan. */
import type { EvidenceItem } from '../evidence.ts';
import { fileName, fileRef, indicatorText, opdSuffix } from '../messages.ts';
import { baseName, normalize } from '../text.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

/** Loose: the file's base name (any of its paths) appears in the text, ignoring case, punctuation and spaces. */
function isCited(item: EvidenceItem, penjelasan: string): boolean {
  const spaced = ` ${normalize(penjelasan)} `;
  const compact = spaced.replace(/ /g, '');
  return item.locations.some((l) => {
    const name = normalize(baseName(l.path));
    return name.length >= 3 && (spaced.includes(` ${name} `) || compact.includes(name.replace(/ /g, '')));
  });
}

export const evidenceNotCited: IndicatorRule = {
  id: 'evidenceNotCited',
  severity: 'info',
  check(facts) {
    if (facts.penjelasan.trim() === '') return [];
    return facts.evidence
      .filter((item) => !isCited(item, facts.penjelasan))
      .map((item) =>
        finding(this, {
          ...itemFields(item, facts.indicator.no),
          message:
            `Berkas ${fileRef(item.path)}${opdSuffix(item.opd)} dipetakan ke ${indicatorText(facts.indicator)}, ` +
            `tetapi namanya tidak disebut di penjelasan. Sebut "${fileName(item.path)}" di bagian fakta penjelasan, ` +
            'atau tolak pemetaannya bila berkas itu tidak relevan.',
        }),
      );
  },
};
