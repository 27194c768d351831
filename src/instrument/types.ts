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
