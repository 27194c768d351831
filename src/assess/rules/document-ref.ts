/** How document rules name the file they are about: its first present location, else its first active one. */
import type { LocationRecord } from '../../types/documents.ts';
import { fileRef, opdSuffix } from '../messages.ts';
import type { DocumentFacts, FindingFields } from './types.ts';

function mainLocation(facts: DocumentFacts): LocationRecord | undefined {
  return facts.present[0] ?? facts.active[0];
}

/** `"watch/DISKOMINFO/a.pdf" (OPD Dinas … (DISKOMINFO))`. */
export function documentText(facts: DocumentFacts): string {
  const loc = mainLocation(facts);
  return loc === undefined ? `Dokumen ${facts.doc.sha256.slice(0, 12)}` : `${fileRef(loc.path)}${opdSuffix(loc.opd)}`;
}

export function documentFields(facts: DocumentFacts): Omit<FindingFields, 'message'> {
  const loc = mainLocation(facts);
  return { indicator: null, opd: loc?.opd ?? null, sha256: facts.doc.sha256, path: loc?.path ?? null };
}

/** Indicators the document is mapped to (accepted mappings), sorted. */
export function mappedIndicators(facts: DocumentFacts): number[] {
  return [...new Set((facts.classification?.mappings ?? []).map((m) => m.indicator))].sort((a, b) => a - b);
}
