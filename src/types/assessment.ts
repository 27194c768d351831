/** Shapes produced by the assessment (pure: instrument + config + documents + mappings → gaps). */
import type { IndexResult, Instrument, Substitution } from './instrument.ts';
import type { Config } from './config.ts';
import type { DocumentRecord, LocationRecord } from './documents.ts';
import type { Classification } from './classification.ts';
import type { LevelProfiles } from './levels.ts';

/** One stored document as the assessment sees it (all locations, including removed and replaced ones). */
export interface AssessDocument {
  doc: DocumentRecord;
  locations: LocationRecord[];
  /** With reviewer decisions already applied; null while the document has not been classified. */
  classification: Classification | null;
}

export interface AssessInput {
  instrument: Instrument;
  /** The pack's level profiles (which evidence proves each level of each indicator). */
  levels: LevelProfiles;
  /** The pack's substitutions the assessors reject (empty for a pack without them). */
  substitutions: readonly Substitution[];
  config: Config;
  documents: AssessDocument[];
  /** ISO date (YYYY-MM-DD) used as "today", injected so the result is deterministic. */
  today: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. `indicatorNoEvidence` (see docs/rules.md). */
  rule: string;
  severity: Severity;
  /** Indonesian, says what to add or do. */
  message: string;
  indicator: number | null;
  opd: string | null;
  sha256: string | null;
  path: string | null;
}

/**
 * `lengkap`: the supported value reaches the claim and the target; `di-bawah-target`: it supports a claim set below
 * the target, not the target; `kurang`: some evidence, the claim (else the target) not supported; `kosong`: none;
 * `eksternal`: the value is an imported partner index (no evidence documents are asked for). Decided once, in
 * src/assess/indicator-status.ts.
 */
export type IndicatorStatus = 'lengkap' | 'di-bawah-target' | 'kurang' | 'kosong' | 'eksternal';

export interface EvidenceRef {
  sha256: string;
  path: string;
  opd: string | null;
  pages: number;
  score: number;
  confidence: string;
  source: string;
  kind: string;
  date: string | null;
}

export interface IndicatorAssessment {
  id: number;
  nama: string;
  /** Short name for tables (added by the assessment; optional so older literals stay valid). */
  namaPendek?: string;
  kapabilitas?: 'proses' | 'layanan';
  /** The level chosen in the penilaian mandiri, or null while none is. */
  claimedLevel: number | null;
  targetLevel: number;
  /** The level the accepted evidence supports (0 when it supports not even level 1). */
  supportedLevel: number;
  /** The penilaian mandiri's penjelasan ('' while empty). */
  penjelasan: string;
  /** Indonesian reasons for the supported-level estimate (one sentence per level, read from `levels`). */
  supportReasons: string[];
  /** The level analysis: every level's criterion, requirements, citations and what is missing (absent in literals). */
  levels?: LevelAnalysis;
  status: IndicatorStatus;
  penanggungJawab: string[];
  documents: EvidenceRef[];
  candidates: EvidenceRef[];
  findings: Finding[];
}

export interface MatrixCell {
  opd: string;
  /** The OPD's name from the config (the kode when the config does not list it). */
  opdNama?: string;
  indicator: number;
  status: IndicatorStatus;
  documents: EvidenceRef[];
  findings: Finding[];
}

export interface Assessment {
  instansi: string;
  tahun: number;
  instrument: string;
  /** The index from the claimed levels, once every indicator has one. */
  indeks: IndexResult | null;
  /** The index from the supported levels (what the evidence supports). */
  indeksBukti: IndexResult;
  /** The index of the target levels. */
  indeksTarget: IndexResult;
  /** The date the assessment was computed for (AssessInput.today). */
  tanggal?: string;
  /** The OPDs of the config, in config order (for tables and `--opd`). */
  opd?: OpdRef[];
  indicators: IndicatorAssessment[];
  matrix: MatrixCell[];
  /** Findings not tied to one indicator (unknown OPD folder, unreadable files, duplicates). */
  findings: Finding[];
}

export interface OpdRef {
  kode: string;
  nama: string;
  folder: string;
}

/** One piece of evidence cited for a requirement: the document and, when the text shows it, the page and line. */
export interface LevelCitation {
  sha256: string;
  path: string;
  opd: string | null;
  kind: string;
  date: string | null;
  /** 1-based page of the phrase, or null when the citation rests on the document as a whole. */
  page: number | null;
  /** The line of text (or the signal's description) that shows the requirement, or null. */
  phrase: string | null;
}

export interface RequirementResult {
  id: string;
  /** Indonesian: what proves the requirement. */
  label: string;
  met: boolean;
  /** The evidence that meets it (empty when not met). */
  evidence: LevelCitation[];
  /** Indonesian: what is missing (null when met). */
  missing: string | null;
  /** Indonesian notes on evidence that came close but does not count (undated review, invitation, too old). */
  notes: string[];
  /** Documents that would meet it but are substitutes the assessors reject (sha256; absent when none). */
  rejected?: string[];
}

export interface LevelResult {
  level: number;
  /** The level's name, e.g. "Terdefinisi". */
  label: string;
  /** The official criterion text of the level. */
  criterion: string;
  met: boolean;
  requirements: RequirementResult[];
}

export interface LevelAnalysis {
  climb: 'stepwise' | 'highest';
  credit: 'integer' | 'linear';
  /** The supported level (0 when not even level 1 is met). */
  level: number;
  /** The level with linear credit for the next level's met requirements; equals `level` for integer credit. */
  value: number;
  levels: LevelResult[];
  /** The next level and what it still needs (Indonesian), or null at the top. */
  next: { level: number; missing: string[] } | null;
}
