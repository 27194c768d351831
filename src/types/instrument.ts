/** The instrument as data: a weighted tree of groups (domain → aspek, or aspek only) with indicators at the leaves. */
import type { DocumentKind } from './classification.ts';

export type Capability = 'proses' | 'layanan';

/**
 * Where an indicator's value comes from: evidence documents (`bukti`), evidence that is an index result the instansi
 * uploads and the assessors judge (`buktiIndeks`, e.g. IKASANDI), or a partner index imported as it is
 * (`eksternal`, e.g. Indeks Satu Data Indonesia): never "missing evidence", it counts as the lowest level until given.
 */
export type ValueSource = 'bukti' | 'buktiIndeks' | 'eksternal';

/** How sure the instrument's author is of a fact that is not from the official text (kept visible to the user). */
export type Confidence = 'SECONDARY' | 'UNSURE';

/** The partner index an externally scored indicator takes its value from, and the index range of each level. */
export interface ExternalScale {
  /** The index, e.g. "Indeks Satu Data Indonesia (SDI)". */
  sistem: string;
  /** Who publishes it, e.g. "Kementerian PPN/Bappenas". */
  pembina: string;
  /** Index range [from, to] of each level, lowest level first: a raw index value converts linearly inside its band. */
  band: [number, number][];
  keyakinan?: Confidence | undefined;
}

export interface Indicator {
  no: number;
  nama: string;
  /** Short name for tables and lampiran titles, e.g. "Kebijakan Internal Tim Koordinasi SPBE". */
  namaPendek: string;
  pertanyaan: string;
  kapabilitas: Capability;
  /** Percent of the whole index. */
  bobot: number;
  /** Official level criterion text, keyed by level ("1".."5"). */
  kriteria: Record<string, string>;
  /** Evidence expected per level (Pedoman Teknis), keyed by level. */
  buktiDukung: Record<string, string>;
  /** Fulfilment criteria per level (Pedoman Teknis "kriteria pemenuhan"), keyed by level; optional. */
  pemenuhan?: Record<string, string>;
  penjelasan: string;
  /** The instrument's own code, e.g. "1.1" (Pemdi deck codes); optional. */
  kode?: string | undefined;
  /** Where the value comes from; `bukti` when absent. */
  sumberNilai?: ValueSource | undefined;
  /** The partner index of an `eksternal` indicator. */
  skalaEksternal?: ExternalScale | undefined;
  /** Set when the indicator's texts are not from the official regulation. */
  keyakinan?: Confidence | undefined;
}

export interface Group {
  /** Level name from the instrument's `hierarki`, e.g. "domain" or "aspek". */
  tingkat: string;
  no: number;
  nama: string;
  bobot: number;
  groups: Group[];
  indicators: Indicator[];
}

export interface PredicateBand {
  /** Lower bound; whether a value exactly on it belongs to this band is the instrument's `batasPredikat`. */
  min: number;
  nama: string;
  /** Other names of the band, e.g. "Merintis / Initiate". */
  alias?: string | undefined;
}

/** Which band a value exactly on a bound belongs to: the band above (`atas`, the default) or below (`bawah`). */
export type PredicateBoundary = 'atas' | 'bawah';

export interface Instrument {
  formatVersion: 1;
  id: string;
  nama: string;
  regulasi: string;
  experimental: boolean;
  /** Names of the group levels from the root down, e.g. ["domain", "aspek"]. */
  hierarki: string[];
  tingkatMin: number;
  tingkatMax: number;
  labelTingkat: Record<Capability, string[]>;
  /** Sorted by `min` descending. */
  predikat: PredicateBand[];
  /** `atas` when absent. */
  batasPredikat?: PredicateBoundary | undefined;
  groups: Group[];
}

export interface GroupIndex {
  tingkat: string;
  no: number;
  nama: string;
  bobot: number;
  indeks: number;
}

export interface IndexResult {
  instrument: string;
  indeks: number;
  predikat: string;
  /** Flat list of every group's index, per hierarchy level name. */
  groups: Record<string, GroupIndex[]>;
}

/** One regulation in the report's "Dasar Hukum" list. */
export interface LegalBasis {
  /** The regulation's full title, e.g. "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik". */
  text: string;
  /** True when the text was taken from secondary sources and not checked against the official document. */
  secondary: boolean;
}

/** Names the reports and the dashboard use for the programme the instrument evaluates. */
export interface PackLabels {
  /** Full name in prose, e.g. "Sistem Pemerintahan Berbasis Elektronik (SPBE)". */
  program: string;
  /** Short name in titles, e.g. "SPBE" ("Laporan Penilaian Mandiri SPBE"). */
  programShort: string;
  /** The signatory's role line, e.g. "Koordinator SPBE" ("selaku Koordinator SPBE"). */
  coordinatorRole: string;
  /**
   * The national evaluation and its application, e.g. "Pemantauan dan Evaluasi SPBE" ("melalui aplikasi Pemantauan
   * dan Evaluasi SPBE", "Persetujuan Publikasi Hasil Pemantauan dan Evaluasi SPBE").
   */
  evaluation: string;
}

/** How the groups of one hierarchy level are numbered in reports: Roman (Domain I) or Arabic (Aspek 1). */
export type GroupNumbering = 'romawi' | 'angka';

/** The files of a pack, relative to its folder; optional ones are null when the pack has none. */
export interface PackFiles {
  instrument: string;
  rules: string;
  /** Mapping lexicon (synonyms, English equivalents). */
  lexicon: string | null;
  /** Level profiles per indicator. */
  levels: string | null;
  /** Evidence items per indicator and level, with their codes (`items.yaml`). */
  items: string | null;
  /** Weights of the combiner of rule and retrieval scores (`combiner.yaml`); null: the rule scores stand. */
  combiner: string | null;
  /** Substitutions the assessors reject (`substitutions.yaml`): what was offered for an item instead of what it asks. */
  substitutions: string | null;
  /** The crosswalk from an earlier instrument (`transition.yaml`): which of its evidence may carry over. */
  transition: string | null;
}

/** `pack.yaml`: what eviden knows about an instrument beyond its weighted tree (see src/instruments/README.md). */
export interface PackManifest {
  formatVersion: 1;
  /** Equals the folder name and the `id` of instrument.json. */
  id: string;
  /** The range indicator numbers are taken from: path hints ("Indikator 10/") outside it are no hints. */
  indicatorNumbers: { min: number; max: number };
  /** Indicators that stand for a sector public service the workspace names in `layananSektor`. */
  sectorSlots: number[];
  /** Whether indicator values may be decimals (e.g. 3,5) in levels files and the index. */
  allowsDecimal: boolean;
  legalBasis: LegalBasis[];
  /** Where the instrument data comes from when it is not the official text; reports and the dashboard show it. */
  sourceNote: string | null;
  labels: PackLabels;
  /** Numbering per hierarchy level name (e.g. `{ aspek: angka }`); a level not listed: Roman at the top, Arabic below. */
  numbering: Record<string, GroupNumbering>;
  files: PackFiles;
  /**
   * Whether the config's `penilaian` and `target.indikator` entries written without an instrument key (indicator
   * numbers directly under the section, the form before instruments were keyed) belong to this pack; at most one pack.
   */
  unkeyedConfig: boolean;
}

/** What an evidence item asks for: a document or screenshot, an index result the instansi uploads, or a partner index. */
export type EvidenceItemKind = 'dokumen' | 'nilaiIndeks' | 'nilaiEksternal';

/** The assessors' verdict on an item as reported by a source (e.g. a Pemda's Tahap-1 results): kept as guidance. */
export interface AssessorVerdict {
  hasil: 'diterima' | 'revisi';
  /** Why a revisi: the wrong object, nothing uploaded, or rejected because a lower level was. */
  jenis?: 'tidak_tepat' | 'belum_diunggah' | 'otomatis_ditolak' | undefined;
  /** The assessors' note, paraphrased. */
  catatan?: string | undefined;
}

/** One upload slot of the evaluation application, coded `I{indicator}-L{level}-{NN}`. */
export interface EvidenceItem {
  code: string;
  indicator: number;
  level: number;
  /** The item's number within its level (the NN of the code). */
  nn: number;
  text: string;
  kind: EvidenceItemKind;
  verdict?: AssessorVerdict | undefined;
}

/** `items.yaml`: the evidence items of an instrument whose application asks for evidence per coded item. */
export interface EvidenceItems {
  instrument: string;
  confidence?: Confidence | undefined;
  /** Sorted by indicator, level and NN. */
  items: EvidenceItem[];
}

/** One side of a substitution: what a document offered for an item is (or what the item asks for), read from it. */
export interface SubstitutionSide {
  /** Indonesian, e.g. "hasil Indeks KAMI". */
  label: string;
  /** Document kinds this side is recognised by; null for any kind. */
  kinds: DocumentKind[] | null;
  /** Kinds that are never this side (e.g. a screenshot is not a list). */
  notKinds: DocumentKind[];
  /** The content check (merged into the level profiles' checks) whose terms the text shows; null: by kind only. */
  check: string | null;
}

/**
 * A substitution the assessors reject (`substitutions.yaml`): evidence of one kind offered for items that ask for
 * another (Indeks KAMI where IKASANDI is required). A document accepted for the indicator that shows the offered side
 * and not the required one is a finding naming the assessors' reason and what to upload instead.
 */
export interface Substitution {
  id: string;
  indicator: number;
  /** The item codes `I{n}-L{l}-{NN}` the substitution concerns, in code order. */
  items: string[];
  offered: SubstitutionSide;
  required: SubstitutionSide & { check: string };
  /** The assessors' reason (paraphrased verdict note), in Indonesian. */
  reason: string;
  /** What to upload instead, in Indonesian. */
  upload: string;
  /** SECONDARY: a relayed assessor verdict; UNSURE: our extension of one to other items. */
  mark: Confidence;
  /** Where it comes from (the verdict's item code and source). */
  basis: string;
}

/** SPBE-era indicators whose evidence may fill some items of a newer instrument's indicator (a proposal). */
export interface TransitionCarry {
  /** Indicator numbers of the earlier instrument (`Transition.from`). */
  from: number[];
  /** The item codes that evidence may fill; empty when it is context only. */
  items: string[];
  /** Indonesian: what carries over and what changes. */
  note: string;
}

export interface TransitionIndicator {
  indicator: number;
  /** The comparison's word: the earlier evidence is reused, needs updating, or the indicator is new. */
  status: 'reuse' | 'update' | 'baru';
  carry: TransitionCarry[];
  /** Indonesian: what is new (no earlier evidence covers it), or null. */
  new: string | null;
}

/** `transition.yaml`: the crosswalk from the instrument `from` to this pack's, marked as a proposal. */
export interface Transition {
  /** The earlier instrument's pack id, e.g. "spbe-2020". */
  from: string;
  mark: Confidence;
  /** Indonesian note shown with every view of the crosswalk. */
  note: string;
  /** Short names of the two instruments in prose, e.g. { from: "SPBE", to: "Pemdi" } ("indikator SPBE 11"). */
  names: { from: string; to: string };
  /** One per indicator of the pack, in number order. */
  indicators: TransitionIndicator[];
  /** The file it was read from (named by problems found when the earlier pack is compared). */
  source: string;
}
