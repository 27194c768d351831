/** Shapes produced by the classifier (pure: text + path + rules → mappings with reasons). */

export type MappingSource = 'reviewer' | 'path' | 'content';
export type Confidence = 'tinggi' | 'sedang' | 'rendah';

/** Where in the document a phrase matched; earlier entries weigh more. */
export type MatchPlace = 'judul' | 'tentang' | 'judul-bagian' | 'isi' | 'path';

export interface MatchReason {
  /** Stable id of the rule that fired, e.g. `i10.tim-koordinasi`. */
  rule: string;
  /** The phrase as written in the rules (human-readable). */
  phrase: string;
  place: MatchPlace;
  /** 1-based pages where it matched (empty for path hints). */
  pages: number[];
  /** Contribution to the score. */
  weight: number;
}

export interface Mapping {
  /** Stable id: `<sha256 prefix 12>-<indicator>`. */
  id: string;
  sha256: string;
  indicator: number;
  /** 0..1 */
  score: number;
  confidence: Confidence;
  source: MappingSource;
  reasons: MatchReason[];
  /** The path says another indicator than the content does. */
  possiblyMisfiled: boolean;
  /** Set when a reviewer's decision produced this mapping (source `reviewer`). */
  decision?: { action: DecisionAction; reviewer: string; at: string; note: string };
  /** Evidence signals that hold for this indicator only (`muatan-lengkap`); absent when there are none. */
  signals?: EvidenceSignal[];
}

/**
 * Facts the classifier reads from the full text for the assessment (docs/rules.md, "Sinyal"; the vocabulary of
 * src/assess/signals.ts). On a Classification they hold for the whole document, on a Mapping for one indicator.
 */
export type EvidenceSignal =
  | 'cakupan-seluruh'
  | 'cakupan-sebagian'
  | 'muatan-lengkap'
  | 'reviu'
  | 'tindak-lanjut'
  | 'integrasi-nasional'
  | 'layanan-interaksi'
  | 'layanan-transaksi'
  | 'layanan-kolaborasi'
  | 'halaman-login';

export type DocumentKind =
  | 'peraturan'
  | 'keputusan'
  | 'surat-edaran'
  | 'rancangan'
  | 'notulen'
  | 'undangan'
  | 'laporan'
  | 'laporan-evaluasi'
  | 'laporan-audit'
  | 'sop'
  | 'dokumen-arsitektur'
  | 'dokumen-peta-rencana'
  | 'anggaran'
  | 'kerja-sama'
  | 'tangkapan-layar'
  | 'manual'
  | 'lainnya';

export interface Classification {
  sha256: string;
  kind: DocumentKind;
  /** ISO date (YYYY-MM-DD) of penetapan or of the document, when the text states it. */
  date: string | null;
  /** True when the text shows the document was set (ditetapkan / ditandatangani), not a draft. */
  enacted: boolean;
  /** Accepted mappings (score ≥ threshold, or reviewer-added/confirmed). */
  mappings: Mapping[];
  /** Below-threshold mappings kept for review. */
  candidates: Mapping[];
  /** Signals of the whole document, in vocabulary order (absent in classifications stored before signals existed). */
  signals?: EvidenceSignal[];
}

export type DecisionAction = 'confirm' | 'reject' | 'add';

/** What the classifier reads: the content hash, the locations (relative to watch/, first is primary) and page texts. */
export interface ClassifyInput {
  sha256: string;
  paths: string[];
  pages: { no: number; text: string }[];
}

export interface ClassifyOptions {
  /** Mappings scoring at or above this are accepted (config `pemetaan.ambang`). */
  threshold: number;
  /** Sector public services (config `layananSektor`): documents naming a keyword map to the sector's indicator. */
  sectors?: SectorService[];
}

/** One sector public service (an indicator in the pack's `sectorSlots`) and the words that identify its evidence. */
export interface SectorService {
  indicator: number;
  /** The service, e.g. "Perizinan Berusaha". */
  name: string;
  /** Application names and terms, e.g. ["SiCantik", "perizinan berusaha"]. */
  keywords: string[];
}

/** A reviewer's decision, stored against the content hash so it survives renames and moves. */
export interface ReviewerDecision {
  sha256: string;
  indicator: number;
  action: DecisionAction;
  reviewer: string;
  at: string;
  note: string;
}
