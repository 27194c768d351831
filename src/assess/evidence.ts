/** Turns stored documents into per-indicator evidence items (accepted and candidate) for the assessment. */
import type { Classification, DocumentKind, LevelFact, Mapping } from '../types/classification.ts';
import type { DocumentRecord, LocationRecord } from '../types/documents.ts';
import type { AssessDocument, EvidenceRef } from '../types/assessment.ts';
import { signalsOf, SIGNALS } from './signals.ts';
import { baseName, compareText, normalize } from './text.ts';

/** One document mapped to one indicator. */
export interface EvidenceItem {
  doc: DocumentRecord;
  classification: Classification;
  mapping: Mapping;
  /** Locations not replaced by newer content: present ones first, then by path. Never empty. */
  locations: LocationRecord[];
  kind: DocumentKind;
  date: string | null;
  enacted: boolean;
  loginOnly: boolean;
  /**
   * The issuer when the document is another instansi's (another Pemda's screen or manual filed in our folder: the
   * classifier's issuer verdict `instansi-lain`) and no reviewer confirmed its mapping; else null.
   */
  otherInstansi: string | null;
  signals: string[];
  /** Content checks of the level profiles the text shows; null for classifications stored before facts existed. */
  facts: LevelFact[] | null;
  /**
   * Normalized reason phrases and file base names: the text the heuristics search. Signals stay out of it (they are
   * read from `signals`), so a signal name such as "tindak-lanjut" is never taken for a phrase found in the text.
   */
  haystack: string;
  /** The path used to name the file in messages (first active location). */
  path: string;
  opd: string | null;
}

export interface IndicatorEvidence {
  accepted: EvidenceItem[];
  candidates: EvidenceItem[];
}

/** Locations that still hold this content (not replaced at their path): present first, then by path. */
export function activeLocations(locations: readonly LocationRecord[]): LocationRecord[] {
  return locations
    .filter((l) => l.replacedAt === null)
    .sort((a, b) => Number(b.present) - Number(a.present) || compareText(a.path, b.path));
}

function haystackOf(mapping: Mapping, locations: LocationRecord[]): string {
  const parts = [...mapping.reasons.map((r) => r.phrase), ...locations.map((l) => baseName(l.path))];
  return normalize(parts.join(' | '));
}

function itemOf(d: AssessDocument, classification: Classification, mapping: Mapping, locations: LocationRecord[]): EvidenceItem {
  const signals = signalsOf(classification);
  const first = locations[0];
  return {
    doc: d.doc,
    classification,
    mapping,
    locations,
    kind: classification.kind,
    date: classification.date,
    enacted: classification.enacted,
    loginOnly: signals.includes(SIGNALS.halamanLogin),
    otherInstansi: classification.issuer?.case === 'instansi-lain' && mapping.source !== 'reviewer' ? (classification.issuer.issuer ?? 'instansi lain') : null,
    signals,
    facts: classification.facts ?? null,
    haystack: haystackOf(mapping, locations),
    path: first?.path ?? d.doc.sha256,
    opd: first?.opd ?? null,
  };
}

function byScoreThenPath(a: EvidenceItem, b: EvidenceItem): number {
  return b.mapping.score - a.mapping.score || compareText(a.path, b.path) || compareText(a.doc.sha256, b.doc.sha256);
}

/**
 * Groups the readable, still-current documents by indicator. A document counts once per indicator; a mapping that
 * is both accepted and a candidate counts as accepted. Unreadable documents and content replaced at every path are
 * left out (their findings come from the document rules).
 */
export function collectEvidence(documents: readonly AssessDocument[]): Map<number, IndicatorEvidence> {
  const out = new Map<number, IndicatorEvidence>();
  const slot = (indicator: number): IndicatorEvidence => {
    const existing = out.get(indicator);
    if (existing) return existing;
    const created: IndicatorEvidence = { accepted: [], candidates: [] };
    out.set(indicator, created);
    return created;
  };
  for (const d of documents) {
    const c = d.classification;
    const locations = activeLocations(d.locations);
    if (c === null || d.doc.status !== 'ok' || locations.length === 0) continue;
    const accepted = new Set<number>();
    for (const m of c.mappings) {
      if (accepted.has(m.indicator)) continue;
      accepted.add(m.indicator);
      slot(m.indicator).accepted.push(itemOf(d, c, m, locations));
    }
    const seen = new Set<number>();
    for (const m of c.candidates) {
      if (accepted.has(m.indicator) || seen.has(m.indicator)) continue;
      seen.add(m.indicator);
      slot(m.indicator).candidates.push(itemOf(d, c, m, locations));
    }
  }
  for (const e of out.values()) {
    e.accepted.sort(byScoreThenPath);
    e.candidates.sort(byScoreThenPath);
  }
  return out;
}

/** The reference shown in reports; `location` picks the path (e.g. the one in a given OPD's folder). */
export function refOf(item: EvidenceItem, location: LocationRecord | undefined = item.locations[0]): EvidenceRef {
  return {
    sha256: item.doc.sha256,
    path: location?.path ?? item.path,
    opd: location?.opd ?? item.opd,
    pages: item.doc.pages,
    score: item.mapping.score,
    confidence: item.mapping.confidence,
    source: item.mapping.source,
    kind: item.kind,
    date: item.date,
  };
}
