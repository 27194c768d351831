/**
 * rejectedSubstitution: accepted evidence (or a candidate) of the indicator is what the assessors rejected in place of what an item
 * asks for (the pack's substitutions: Indeks KAMI offered where IKASANDI is required, a list of SLAs where a
 * monitoring dashboard is required). Names the items, the assessors' reason, what to upload instead, and the mark.
 */
import type { LevelAnalysis } from '../../types/assessment.ts';
import type { Substitution, SubstitutionSide } from '../../types/instrument.ts';
import type { LevelProfiles } from '../../types/levels.ts';
import { sourceMarkLabel } from '../../shared/vocabulary.ts';
import type { EvidenceItem } from '../evidence.ts';
import { shows, type Shown } from '../level-items.ts';
import { fileRef, opdSuffix } from '../messages.ts';
import { listSome } from '../text.ts';
import { finding, itemFields, type IndicatorRule } from './types.ts';

function kindFits(item: EvidenceItem, side: SubstitutionSide): boolean {
  return (side.kinds === null || side.kinds.includes(item.kind)) && !side.notKinds.includes(item.kind);
}

/** What shows the side in the item: the line of its terms (or true for a side recognised by kind only); null if not. */
function sideShown(item: EvidenceItem, side: SubstitutionSide, checks: LevelProfiles['checks']): Shown | true | null {
  if (!kindFits(item, side)) return null;
  if (side.check === null) return true;
  return shows(item, side.check, checks);
}

/** The substitution the item is, when it shows the offered side and not the required one. */
function substitutedBy(item: EvidenceItem, s: Substitution, checks: LevelProfiles['checks']): Shown | true | null {
  const offered = sideShown(item, s.offered, checks);
  if (offered === null) return null;
  return shows(item, s.required.check, checks) === null ? offered : null;
}

/** The substitution's items the level analysis cites the document for; all its items when it cites none. */
function citedItems(s: Substitution, sha256: string, analysis: LevelAnalysis | undefined): string[] {
  const cited = (analysis?.levels ?? [])
    .flatMap((l) => l.requirements)
    .filter((r) => r.evidence.some((e) => e.sha256 === sha256))
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
