/**
 * rejectedSubstitution: accepted evidence (or a candidate) of the indicator is what the assessors rejected in place of what an item
 * asks for (the pack's substitutions: Indeks KAMI offered where IKASANDI is required, a list of SLAs where a
 * monitoring dashboard is required). Names the items, the assessors' reason, what to upload instead, and the mark.
 */
import type { LevelAnalysis } from '../../types/assessment.ts';
import type { Substitution } from '../../types/instrument.ts';
import { sourceMarkLabel } from '../../shared/vocabulary.ts';
import type { Shown } from '../level-items.ts';
import { substitutedBy } from '../substitutes.ts';
import { fileRef, opdSuffix } from '../messages.ts';
import { listSome } from '../text.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

/**
 * The substitution's items the document would meet but for the rejection (the level analysis sets it aside there), or
 * that it cites the document for; all its items when there are none.
 */
function citedItems(s: Substitution, sha256: string, analysis: LevelAnalysis | undefined): string[] {
  const cited = (analysis?.levels ?? [])
    .flatMap((l) => l.requirements)
    .filter((r) => r.evidence.some((e) => e.sha256 === sha256) || (r.rejected ?? []).includes(sha256))
    .map((r) => r.id.toUpperCase());
  const own = s.items.filter((code) => cited.includes(code));
  return own.length > 0 ? own : s.items;
}

function whereShown(shown: Shown | true): string {
  if (shown === true || shown.phrase === null) return '';
  const page = shown.page === null ? '' : `, hlm. ${shown.page}`;
  return ` ("${shown.phrase}"${page})`;
}

export const rejectedSubstitution: IndicatorRule = {
  id: 'rejectedSubstitution',
  severity: 'warning',
  check(facts) {
    // Candidates too: the document the reviewer is about to accept is where the warning helps most.
    const offered = [...facts.evidence.map((item) => ({ item, candidate: false })), ...facts.candidates.map((item) => ({ item, candidate: true }))];
    return facts.substitutions.flatMap((s) =>
      offered.flatMap(({ item, candidate }) => {
        const shown = substitutedBy(item, s, facts.checks);
        if (shown === null) return [];
        const items = citedItems(s, item.doc.sha256, facts.support.analysis);
        return [
          finding(this, {
            ...itemFields(item, facts.indicator.no),
            message:
              `${candidate ? 'Kandidat' : 'Berkas'} ${fileRef(item.path)}${opdSuffix(item.opd)} untuk butir ${listSome(items)} tampaknya ${s.offered.label}` +
              `${whereShown(shown)}, bukan ${s.required.label}. Asesor menolak pengganti ini: ${s.reason.replace(/\s+$/, '')} ` +
              `Unggah sebagai gantinya: ${s.upload}. [${sourceMarkLabel(s.mark)}; ${s.basis}]`,
          }),
        ];
      }),
    );
  },
};
