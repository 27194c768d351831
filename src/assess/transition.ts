/**
 * The transition map (pure): for each indicator of the newer instrument, the documents accepted for the earlier
 * indicators the crosswalk names (candidates for review, never counted by themselves), where each stands for the newer
 * indicator (accepted, rejected, to review), the items they may fill, and the items no earlier evidence covers.
 * Numbers of the two instruments stay apart: every earlier number travels with its instrument's name.
 */
import { findIndicator } from '../instrument/tree.ts';
import type { DocumentKind } from '../types/classification.ts';
import type { EvidenceItems, Instrument, Transition } from '../types/instrument.ts';
import type { CarryDocument, CarryStatus, TransitionIndicatorView, TransitionMap } from '../types/transition.ts';
import { compareText } from './text.ts';

/** A document with the earlier instrument's accepted indicators. */
export interface EarlierDocument {
  sha256: string;
  path: string;
  opd: string | null;
  kind: DocumentKind;
  date: string | null;
  indicators: readonly number[];
}

/** Where a document stands for the newer instrument: indicators a reviewer accepted or rejected, and those its rules map. */
export interface NewerStanding {
  accepted: readonly number[];
  rejected: readonly number[];
  mapped: readonly number[];
}

export interface TransitionInput {
  transition: Transition;
  /** The newer instrument (the crosswalk's pack) and its items. */
  instrument: Instrument;
  items: EvidenceItems | null;
  /** The earlier instrument (`transition.from`). */
  earlier: Instrument;
  documents: readonly EarlierDocument[];
  /** By content hash; a document absent here has no standing for the newer instrument yet. */
  standing: ReadonlyMap<string, NewerStanding>;
}

function statusOf(standing: NewerStanding | undefined, indicator: number): CarryStatus {
  if (standing?.accepted.includes(indicator)) return 'diterima';
  if (standing?.rejected.includes(indicator)) return 'ditolak';
  if (standing?.mapped.includes(indicator)) return 'dipetakan';
  return 'kandidat';
}

export function transitionMap(input: TransitionInput): TransitionMap {
  const { transition, instrument, earlier } = input;
  const documents = [...input.documents].sort((a, b) => compareText(a.path, b.path) || compareText(a.sha256, b.sha256));
  const seen = new Map<string, CarryStatus>();
  const indicators = transition.indicators.map((t): TransitionIndicatorView => {
    const indicator = findIndicator(instrument, t.indicator);
    const carries = t.carry.map((c) => ({
      earlier: c.from.map((no) => ({ no, nama: findIndicator(earlier, no)?.namaPendek ?? '' })),
      items: c.items,
      note: c.note,
      documents: documents
        .filter((d) => d.indicators.some((n) => c.from.includes(n)))
        .map((d): CarryDocument => {
          const status = statusOf(input.standing.get(d.sha256), t.indicator);
          seen.set(`${t.indicator}:${d.sha256}`, status);
          return { sha256: d.sha256, path: d.path, opd: d.opd, kind: d.kind, date: d.date, earlier: d.indicators.filter((n) => c.from.includes(n)), status };
        }),
    }));
    const covered = [...new Set(carries.filter((c) => c.documents.length > 0).flatMap((c) => c.items))].sort();
    const external = indicator?.sumberNilai === 'eksternal';
    const newItems = external
      ? []
      : (input.items?.items ?? [])
          .filter((i) => i.indicator === t.indicator && i.kind !== 'nilaiEksternal' && !covered.includes(i.code))
          .map((i) => ({ code: i.code, level: i.level, text: i.text }));
    return {
      no: t.indicator,
      nama: indicator?.namaPendek ?? '',
      sumberNilai: indicator?.sumberNilai ?? 'bukti',
      status: t.status,
      carries,
      covered,
      newItems,
      newNote: t.new,
    };
  });
  const statuses = [...seen.values()];
  const count = (s: CarryStatus): number => statuses.filter((x) => x === s).length;
  return {
    from: { id: earlier.id, nama: earlier.nama, name: transition.names.from },
    to: { id: instrument.id, nama: instrument.nama, name: transition.names.to },
    mark: transition.mark,
    note: transition.note,
    earlierDocuments: documents.filter((d) => d.indicators.length > 0).length,
    indicators,
    totals: {
      candidates: statuses.length,
      diterima: count('diterima'),
      dipetakan: count('dipetakan'),
      ditolak: count('ditolak'),
      kandidat: count('kandidat'),
      newItems: indicators.reduce((n, i) => n + i.newItems.length, 0),
    },
  };
}

