/** The instrument as data: a weighted tree of groups (domain → aspek, or aspek only) with indicators at the leaves. */

export type Capability = 'proses' | 'layanan';

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
  /** Inclusive lower bound. */
  min: number;
  nama: string;
}

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
}

/** The files of a pack, relative to its folder; optional ones are null when the pack has none. */
export interface PackFiles {
  instrument: string;
  rules: string;
  /** Mapping lexicon (synonyms, English equivalents). */
  lexicon: string | null;
  /** Level profiles per indicator. */
  levels: string | null;
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
  files: PackFiles;
}
