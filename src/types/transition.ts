/** The transition map from an earlier instrument's evidence to a newer instrument (SPBE 2020 → Pemdi 2026). */
import type { DocumentKind } from './classification.ts';
import type { Confidence, ValueSource } from './instrument.ts';

/**
 * Where an earlier instrument's document stands for the newer indicator: accepted or rejected by a reviewer's
 * decision, mapped by the newer instrument's rules from its own text (not yet confirmed), or a candidate to review.
 */
export type CarryStatus = 'diterima' | 'dipetakan' | 'ditolak' | 'kandidat';

/** A document accepted for some earlier indicator, as it may carry over. */
export interface CarryDocument {
  sha256: string;
  path: string;
  opd: string | null;
  kind: DocumentKind;
  date: string | null;
  /** The earlier indicators (of this carry) it is accepted for. */
  earlier: number[];
  status: CarryStatus;
}

export interface CarryView {
  earlier: { no: number; nama: string }[];
  /** Newer item codes this evidence may fill (empty: context only). */
  items: string[];
  note: string;
  documents: CarryDocument[];
}

export interface TransitionIndicatorView {
  no: number;
  nama: string;
  sumberNilai: ValueSource;
  /** reuse / update / baru, as the comparison says. */
  status: 'reuse' | 'update' | 'baru';
  carries: CarryView[];
  /** Item codes some earlier document may fill. */
  covered: string[];
  /** Items no earlier evidence covers (none for an indicator whose value is imported). */
  newItems: { code: string; level: number; text: string }[];
  newNote: string | null;
}

export interface TransitionMap {
  from: { id: string; nama: string; name: string };
  to: { id: string; nama: string; name: string };
  mark: Confidence;
  note: string;
  /** Documents accepted for some earlier indicator (0: the workspace has no earlier evidence). */
  earlierDocuments: number;
  indicators: TransitionIndicatorView[];
  /** Unique (newer indicator, document) pairs by status, and the new items. */
  totals: { candidates: number; diterima: number; dipetakan: number; ditolak: number; kandidat: number; newItems: number };
}
