/**
 * The validated `eviden.config.yaml` and the workspace it belongs to. The zod schema in src/config/schema.ts
 * produces exactly this shape (checked there at compile time); keys are Indonesian, the file is edited by coordinators.
 */

export type InstansiJenis = 'provinsi' | 'kabupaten' | 'kota' | 'instansi pusat';

export interface Signatory {
  nama: string;
  nip: string;
  jabatan: string;
  pangkat: string;
}

export interface Opd {
  kode: string;
  nama: string;
  folder: string;
  alias: string[];
}

/** One claimed indicator in `penilaian`: the level chosen by the assessors and its penjelasan. */
export interface AssessmentEntry {
  tingkat?: number | undefined;
  penjelasan: string;
}

/**
 * A config section kept per instrument: instrument id → indicator number → entry. Indicator-number keys directly in the
 * section are the unkeyed form written before instruments were keyed; they belong to the pack marked `unkeyedConfig`.
 */
export type PerInstrument<T> = Record<string, T | Record<string, T>>;

/** A letterhead: its lines from top to bottom, then the address and contact lines under them. */
export interface KopConfig {
  baris: string[];
  alamat: string;
  kontak: string;
}

/** An error-level finding the assessors accept for the final documents, with their reason (`finalisasi.temuanDiterima`). */
export interface AcceptedFinding {
  /** Rule id of the finding (docs/rules.md), e.g. `citedFileProblem`. */
  aturan: string;
  /** The indicator it concerns; absent for a finding of the whole workspace (or to accept it for every indicator). */
  indikator?: number | undefined;
  alasan: string;
}

/** An imported partner index for an externally scored indicator: the raw index or the converted value, with its source. */
export interface ExternalScoreEntry {
  indeks?: number | undefined;
  nilai?: number | undefined;
  sumber: string;
  /** ISO date (YYYY-MM-DD) of the published result. */
  tanggal: string;
}

export interface SectorServiceConfig {
  nama: string;
  kataKunci: string[];
}

export interface Config {
  instansi: {
    nama: string;
    jenis: InstansiJenis;
    /** Place name used in dates and signature blocks ("Sukamaju, 29 November 2026"). */
    kota: string;
    alamat: string;
    /** Kop of the coordinating Dinas (the reports): lines, with `alamat` and `kontak` under them. */
    kop: string[];
    kontak: string;
    /** Kop of the Pemerintah Daerah / Sekretariat Daerah (documents the Sekda signs); derived from `nama` when absent. */
    kopPemda?: KopConfig | undefined;
    /** Path to the logo image, relative to the workspace. */
    logo?: string | undefined;
  };
  tahun: number;
  /** Id of the instrument pack (a folder under src/instruments/). */
  instrumen: string;
  opd: Opd[];
  /** Indicator number → list of OPD kode responsible for its evidence. */
  penanggungJawab: Record<string, string[]>;
  /** `indikator`: per instrument id, or unkeyed (see PerInstrument). Read it through src/config/claims.ts. */
  target: { bawaan: number; indikator: PerInstrument<number> };
  /** The sector public services of the pack's sector slots: what each stands for and the words of its evidence. */
  layananSektor: Record<string, SectorServiceConfig>;
  /**
   * The workspace's own application names per indicator (its service indicators, or any whose evidence is an
   * application), per instrument id or unkeyed (see PerInstrument). Read it through src/config/claims.ts.
   */
  aplikasi: PerInstrument<string[]>;
  /** Default reviewer name for `eviden map` when neither --reviewer nor EVIDEN_REVIEWER is given. */
  peninjau?: string | undefined;
  /** Penilaian mandiri per instrument: indicator number → claimed level and penjelasan. Read it through src/config/claims.ts. */
  penilaian: PerInstrument<AssessmentEntry>;
  /** Imported partner indices: instrument id → indicator number → score. Read it through src/config/claims.ts. */
  nilaiEksternal: Record<string, Record<string, ExternalScoreEntry>>;
  penandatangan: { koordinator: Signatory; penanggungJawab?: Signatory | undefined };
  ocr: { bahasa: string[]; dpi: number; pekerja: number; batasWaktuDetik: number };
  batas: { ukuranBerkasMB: number; megapikselGambar: number; halamanPerDokumen: number; unggahMB: number };
  pemetaan: { ambang: number; masaBerlakuReviuTahun: number };
  pemantauan: { stabilDetik: number; rescanMenit: number; polling: boolean };
  /** What the final documents need besides the assessment: surat numbers and accepted findings. */
  tenggat: Deadline[];
  finalisasi: { nomor: { beritaAcara: string; pernyataan: string }; temuanDiterima: AcceptedFinding[] };
  laporan: { kertas: 'A4' | 'F4'; lampiranPer: 'indikator' | 'domain'; ukuranLampiranMaksMB: number; tteBsre: boolean; tautanWeb: boolean };
}

export interface WorkspacePaths {
  root: string;
  config: string;
  watch: string;
  output: string;
  state: string;
  archive: string;
  database: string;
  cache: string;
  logs: string;
  auditLog: string;
  /** Earlier evaluation results imported with `eviden riwayat impor`. */
  history: string;
  /** Access links for OPD staff (`eviden akses`): hashes of their keys, never the keys. */
  opdAccess: string;
}

/** A round's deadline for the OPDs' evidence (config `tenggat`). */
export interface Deadline {
  putaran: string;
  /** ISO date, YYYY-MM-DD. */
  tanggal: string;
}

export interface Workspace {
  paths: WorkspacePaths;
  config: Config;
}
