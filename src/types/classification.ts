/** Shapes produced by the classifier (pure: text + path + rules → mappings with reasons). */

/** `kemiripan`: follows a reviewer's decision on a near-duplicate or same-template document (src/learn). */
export type MappingSource = 'reviewer' | 'kemiripan' | 'path' | 'content';
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
  /** Set when the phrase matched only apart: with function words in between (`inserted`) or in the passive (`passive`). */
  gap?: MatchGap;
}

/** How a phrase matched when not word for word: with function words in between, or in the passive. */
export type MatchGap = 'inserted' | 'passive';

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
  /** Set when a reviewer's decision on a similar document produced or moved this mapping (src/learn/propagate.ts). */
  inherited?: InheritedDecision;
  /** The document's section that best matched the indicator's own texts in the instrument (retrieval). */
  retrieval?: RetrievalMatch;
  /** What the pack's combiner weighed for this pair; absent when the pack has no combiner. */
  features?: CombinerFeatures;
}

/** Where an instrument text was found in a document: the retrieval's best section for one indicator. */
export interface RetrievalMatch {
  /** Cosine similarity of the section with the indicator's texts, 0..1. */
  score: number;
  page: number;
  /** The section's heading as written ("" when it has none). */
  heading: string;
  /** The line of the section holding most of the indicator's terms (shortened). */
  snippet: string;
  /** The instrument text the section matched best: the name, question, penjelasan, or a level's text. */
  source: 'nama' | 'pertanyaan' | 'penjelasan' | 'kriteria' | 'bukti' | 'pemenuhan';
  /** The level of a `kriteria`, `bukti` or `pemenuhan` text; null otherwise. */
  level: number | null;
}

/** What the combiner (src/classify/combine.ts) knows of one (document, indicator) pair. */
export interface CombinerFeatures {
  /** The phrase rules' score (after kind factor, stop signals, distractors, focus and path hints), 0..1. */
  rule: number;
  /** Retrieval: cosine of the document's best section with the indicator's own texts, 0..1. */
  retrieval: number;
  /** The retrieval score relative to the document's best-retrieved indicator, 0..1. */
  retrievalShare: number;
  /** How well the document kind fits the indicator's family (the rules' kind factor). */
  kind: number;
  /** 1 when a path hint (folder "Indikator 10/", "I10_…") names the indicator, else 0. */
  hint: number;
}

/**
 * Facts the classifier reads from the full text for the assessment (docs/rules.md, "Sinyal"; the vocabulary of
 * src/assess/signals.ts). They hold for the whole document (`Classification.signals`).
 */
export type EvidenceSignal =
  | 'cakupan-seluruh'
  | 'cakupan-sebagian'
  | 'reviu'
  | 'tindak-lanjut'
  | 'integrasi-nasional'
  | 'layanan-interaksi'
  | 'layanan-transaksi'
  | 'layanan-kolaborasi'
  | 'halaman-login'
  | 'pihak-luar';

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
  | 'dokumen-desain'
  | 'anggaran'
  | 'kerja-sama'
  | 'tangkapan-layar'
  | 'manual'
  | 'instruksi'
  | 'nota-dinas'
  | 'siaran-pers'
  | 'pedoman'
  | 'rencana'
  | 'daftar'
  | 'lainnya';

/**
 * Who issued a document, compared with the workspace's `instansi`:
 * - `sendiri`: our instansi issued it (or the document names only us);
 * - `tentang-kita`: another body made it about us (a BSSN assessment of our systems, a national evaluation of our
 *   instansi, an agreement we signed): evidence;
 * - `nasional`: a central body (minister, president, national agency) issued it for itself or for everyone: not
 *   our evidence;
 * - `instansi-lain`: another regional government or body issued it for itself: not our evidence;
 * - `tidak-diketahui`: the text names no issuer.
 */
export type IssuerCase = 'sendiri' | 'tentang-kita' | 'nasional' | 'instansi-lain' | 'tidak-diketahui';

export interface IssuerVerdict {
  case: IssuerCase;
  /** The issuer as the document names it ("Bupati Minahasa Selatan", "Badan Siber dan Sandi Negara"), or null. */
  issuer: string | null;
  /** How the document names our instansi, when it does ("Kabupaten Sukamaju"), or null. */
  namesUs: string | null;
}

/**
 * Why the classifier holds a document to be no evidence at all, whatever indicators it names: a national
 * regulation, another instansi's own document, the instrument or a text about the evaluation itself, a press
 * release or news item, a supplier's offer or brochure, an off-topic letter.
 */
export type NotEvidenceKind = 'nasional' | 'instansi-lain' | 'instrumen' | 'siaran-pers' | 'penawaran' | 'publikasi' | 'administrasi' | 'kerangka' | 'luar-topik';

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
  /** Who issued the document, compared with `instansi` (absent in classifications stored before issuers existed). */
  issuer?: IssuerVerdict;
  /** Set when the document is no evidence for any indicator, and why; null when it may be evidence. */
  notEvidence?: NotEvidenceKind | null;
  /** Content checks of the pack's level profiles found in the text (absent before level facts existed). */
  facts?: LevelFact[];
  /**
   * Names the title area or the file name gives applications ("Aplikasi SIARSI", "SIKEUDA Versi 3.2"), in capitals
   * (classify/application-names.ts); absent when none. The workspace learns its applications from them.
   */
  applications?: string[];
}

/** A content check of the level profiles found in a document's text: where, and the line that shows it. */
export interface LevelFact {
  /** The check's id in the level profiles. */
  check: string;
  /** 1-based page. */
  page: number;
  /** The line of text that matched, trimmed (at most about 160 characters). */
  phrase: string;
  /** A decree check (ContentCheck.decree) the regulation's own provision establishes ("Membentuk Tim …"). */
  established?: true;
}

export type DecisionAction = 'confirm' | 'reject' | 'add';

/** What the classifier reads: the content hash, the locations (relative to watch/, first is primary) and page texts. */
export interface ClassifyInput {
  sha256: string;
  paths: string[];
  pages: { no: number; text: string }[];
}

/** Our instansi as the config names it (`instansi`): documents are compared with it to tell who issued them. */
export interface OwnInstansi {
  nama: string;
  jenis: 'provinsi' | 'kabupaten' | 'kota' | 'instansi pusat';
  /** Place name of the seat ("Amurang" for Kabupaten Minahasa Selatan). */
  kota: string;
  kop: readonly string[];
}

export interface ClassifyOptions {
  /** Mappings scoring at or above this are accepted (config `pemetaan.ambang`). */
  threshold: number;
  /** The workspace's instansi (config `instansi`). */
  instansi: OwnInstansi;
  /** Sector public services (config `layananSektor`): documents naming a keyword map to the sector's indicator. */
  sectors?: SectorService[];
  /** The workspace's own application names per indicator (config `aplikasi`): a document naming one maps to it. */
  applications?: ApplicationNames[];
  /**
   * Application names the workspace learned from its own documents (learn/application-names.ts): they weigh as the
   * configured ones, and explain says where they were learned.
   */
  learnedApplications?: ApplicationNames[];
  /** Combiner weights to use instead of the pack's (a workspace re-weighted from its reviewers' decisions). */
  weights?: CombinerWeights;
  /** Return every scored pair, candidates below the floor too (for fitting the combiner). */
  allPairs?: boolean;
}

/** The combiner's logistic weights (pack file `combiner.yaml`): log-odds = intercept + Σ weight × feature. */
export interface CombinerWeights {
  intercept: number;
  rule: number;
  retrieval: number;
  retrievalShare: number;
  kind: number;
  hint: number;
  /** Interaction: phrase evidence and retrieval agreeing (rule × retrieval). */
  ruleRetrieval: number;
}

/** One sector public service (an indicator in the pack's `sectorSlots`) and the words that identify its evidence. */
export interface SectorService {
  indicator: number;
  /** The service, e.g. "Perizinan Berusaha". */
  name: string;
  /** Application names and terms, e.g. ["SiCantik", "perizinan berusaha"]. */
  keywords: string[];
}

/** The names of the workspace's own applications that stand for one indicator (config `aplikasi`), e.g. SIMPATIK for 34. */
export interface ApplicationNames {
  indicator: number;
  names: string[];
}

/** A reviewer's decision, stored against the content hash so it survives renames and moves. */
export interface ReviewerDecision {
  sha256: string;
  /** The instrument whose indicator this is. */
  instrument: string;
  indicator: number;
  action: DecisionAction;
  reviewer: string;
  at: string;
  note: string;
  /** The workspace a decision was imported from (`eviden keputusan impor`); absent for decisions made here. */
  origin?: string;
}

/** A decision on another document that a near-duplicate or same-template document follows. */
export interface InheritedDecision {
  action: DecisionAction;
  /** The decided document: its path under watch/, or its file name in the workspace it was imported from. */
  from: string;
  fromSha256: string;
  /** Estimated share of common word shingles (0..1). */
  similarity: number;
  reviewer: string;
  at: string;
  origin?: string;
}
