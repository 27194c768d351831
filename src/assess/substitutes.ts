/**
 * Whether an evidence item is a substitute the assessors reject (the pack's `substitutions.yaml`): it shows what was
 * offered in place of an item (Indeks KAMI) and not what the item asks for (IKASANDI). One home for the test: the
 * level climb sets such an item aside for the substitution's items, and rule rejectedSubstitution reports it. Pure.
 */
import type { Substitution, SubstitutionSide } from '../types/instrument.ts';
import type { LevelProfiles } from '../types/levels.ts';
import type { EvidenceItem } from './evidence.ts';
import { shows, type Shown } from './level-items.ts';

function kindFits(item: EvidenceItem, side: SubstitutionSide): boolean {
  return (side.kinds === null || side.kinds.includes(item.kind)) && !side.notKinds.includes(item.kind);
}

/** What shows the side in the item: the line of its terms (or true for a side recognised by kind only); null if not. */
function sideShown(item: EvidenceItem, side: SubstitutionSide, checks: LevelProfiles['checks']): Shown | true | null {
  if (!kindFits(item, side)) return null;
  if (side.check === null) return true;
  return shows(item, side.check, checks);
}

/** What shows that the item is the substitution (the offered side, without the required one); null when it is not. */
export function substitutedBy(item: EvidenceItem, s: Substitution, checks: LevelProfiles['checks']): Shown | true | null {
  const offered = sideShown(item, s.offered, checks);
  if (offered === null) return null;
  return shows(item, s.required.check, checks) === null ? offered : null;
}

/** The substitution covering item code `code` (any case) that `item` is, or null. */
export function rejectedFor(
  code: string,
  item: EvidenceItem,
  substitutions: readonly Substitution[],
  checks: LevelProfiles['checks'],
): Substitution | null {
  const upper = code.toUpperCase();
  return substitutions.find((s) => s.items.includes(upper) && substitutedBy(item, s, checks) !== null) ?? null;
}
