/** opdNoEvidence: an OPD responsible for an indicator has supplied nothing for it (matrix cell "kosong"). */
import { evidenceNeeded, indicatorText } from '../messages.ts';
import { joinIndonesian } from '../text.ts';
import { finding, type CellRule } from './types.ts';

export const opdNoEvidence: CellRule = {
  id: 'opdNoEvidence',
  severity: 'warning',
  check(facts) {
    if (facts.cellEvidence.length > 0) return [];
    const { names, indicator } = facts;
    const head = `OPD ${names.label(facts.opd)} belum menyerahkan bukti untuk ${indicatorText(indicator)}, padahal tercatat sebagai penanggung jawab.`;
    const need = `Letakkan di ${names.folder(facts.opd)}: ${evidenceNeeded(indicator, facts.requiredLevel)}`;
    if (facts.evidence.length === 0) {
      return [finding(this, { indicator: indicator.no, opd: facts.opd, message: `${head} Belum ada OPD lain yang menyerahkan bukti untuk indikator ini. ${need}` })];
    }
    const sources = [...new Set(facts.evidence.map((i) => (i.opd === null ? 'folder tanpa OPD' : names.label(i.opd))))].sort();
    return [
      finding(this, {
        indicator: indicator.no,
        opd: facts.opd,
        message:
          `${head} Bukti indikator ini sejauh ini datang dari ${joinIndonesian(sources)} (${facts.evidence.length} berkas). ` +
          `Jika bagian ${facts.opd} tetap diperlukan, ${need.charAt(0).toLowerCase()}${need.slice(1)}`,
      }),
    ];
  },
};
