/** The schema of `eviden.config.yaml`, with defaults. Keys are Indonesian: the file is edited by coordinators. */
import { z } from 'zod';
import type { AcceptedFinding, AssessmentEntry, Config, ExternalScoreEntry, KopConfig, Opd, Signatory } from '../types/config.ts';
import { closestMatch } from '../shared/suggest.ts';
import { parseDecimalText } from '../shared/format.ts';

const levelSchema = z.number().int().min(1).max(5);
/** A claimed level: a decimal (1,25 or 2.5) is accepted here; whether the instrument allows one is its pack's `allowsDecimal`. */
const claimedLevelSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (parseDecimalText(value) ?? value) : value),
  z.number().min(1).max(5),
);
const indicatorKey = z.string().regex(/^\d{1,3}$/, 'kunci harus nomor indikator, mis. "10"');
/**
 * A key of a section that is kept per instrument (`penilaian`, `target.indikator`): an instrument id holding that
 * instrument's entries (`pemdi-2026: {"1": …}`), or an indicator number (the unkeyed form written before instruments
 * were keyed; it belongs to the pack marked `unkeyedConfig`).
 */
const instrumentOrIndicatorKey = z
  .string()
  .regex(/^(\d{1,3}|[a-z][a-z0-9-]*)$/, 'kunci harus id instrumen (mis. "pemdi-2026") atau nomor indikator (mis. "10")');
const isIndicatorKey = (key: string): boolean => /^\d/.test(key);

/** Entries of an indicator-number key must be entries, entries of an instrument key must be maps of them. */
function perInstrument<T extends z.ZodType>(entry: T) {
  const byIndicator = z.record(indicatorKey, entry);
  return z.record(instrumentOrIndicatorKey, z.unknown()).transform((section, ctx) => {
    const out: Record<string, z.output<T> | Record<string, z.output<T>>> = {};
    for (const [key, value] of Object.entries(section)) {
      const parsed = (isIndicatorKey(key) ? entry : byIndicator).safeParse(value);
      if (parsed.success) out[key] = parsed.data as z.output<T> | Record<string, z.output<T>>;
      else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as z.core.$ZodRawIssue);
    }
    return out;
  });
}

export const signatorySchema = z.strictObject({
  nama: z.string().min(1),
  nip: z.string().default(''),
  jabatan: z.string().min(1),
  pangkat: z.string().default(''),
}) satisfies z.ZodType<Signatory>;

export const opdSchema = z.strictObject({
  kode: z.string().regex(/^[A-Za-z0-9_-]+$/, 'kode OPD hanya huruf, angka, - dan _'),
  nama: z.string().min(1),
  folder: z.string().min(1),
  alias: z.array(z.string()).default([]),
}) satisfies z.ZodType<Opd>;

const decimalSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (parseDecimalText(value) ?? value) : value),
  z.number({ error: 'tulis angka, mis. 68,75' }),
);

/** A partner index imported for an externally scored indicator (`nilaiEksternal.<instrumen>."<no>"`). */
export const externalScoreSchema = z
  .strictObject({
    /** The raw index as published (e.g. Indeks SDI 68,75), converted with the indicator's scale. */
    indeks: decimalSchema.optional(),
    /** Or the indicator value itself (1–5), when the partner publishes it converted. */
    nilai: claimedLevelSchema.optional(),
    /** Who published it, e.g. "Portal Satu Data Indonesia (Bappenas)". */
    sumber: z.string().trim().min(2),
    /** The date of the published result. */
    tanggal: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-10-15'),
    ),
  })
  .refine((e) => (e.indeks === undefined) !== (e.nilai === undefined), {
    message: 'isi salah satu: "indeks" (nilai indeks mitra, mis. 68,75) atau "nilai" (nilai indikator 1–5)',
  }) satisfies z.ZodType<ExternalScoreEntry>;

export const assessmentEntrySchema = z.strictObject({
  tingkat: claimedLevelSchema.optional(),
  penjelasan: z.string().default(''),
}) satisfies z.ZodType<AssessmentEntry>;

export const kopSchema = z.strictObject({
  baris: z.array(z.string().min(1)).min(1),
  alamat: z.string().default(''),
  kontak: z.string().default(''),
}) satisfies z.ZodType<KopConfig>;

export const acceptedFindingSchema = z.strictObject({
  aturan: z.string().min(1),
  indikator: z.number().int().positive().optional(),
  alasan: z.string().trim().min(10, 'tulis alasan penerimaan temuan (minimal 10 karakter)'),
}) satisfies z.ZodType<AcceptedFinding>;

export const configSchema = z.strictObject({
  instansi: z.strictObject({
    nama: z.string().min(1),
    jenis: z.enum(['provinsi', 'kabupaten', 'kota', 'instansi pusat']),
    /** Place name used in dates and signature blocks ("Sukamaju, 29 November 2026"). */
    kota: z.string().min(1),
    alamat: z.string().default(''),
    kop: z.array(z.string()).min(1),
    kontak: z.string().default(''),
    /** Kop of the Pemerintah Daerah / Sekretariat Daerah, for the documents the Sekda signs. */
    kopPemda: kopSchema.optional(),
    /** Path to the logo image, relative to the workspace. */
    logo: z.string().optional(),
  }),
  tahun: z.number().int().min(2018).max(2100),
  instrumen: z.string().default('spbe-2020'),
  opd: z.array(opdSchema).default([]),
  /** Indicator number → list of OPD kode responsible for its evidence. */
  penanggungJawab: z.record(indicatorKey, z.array(z.string())).default({}),
  target: z
    .strictObject({
      bawaan: levelSchema.default(3),
      indikator: perInstrument(levelSchema).default({}),
    })
    .default({ bawaan: 3, indikator: {} }),
  /**
   * The sector public services (the pack's `sectorSlots`, e.g. Layanan Publik Sektor 1–3): the service each slot
   * stands for, with words that identify its evidence (application names), so documents can be mapped to them.
   */
  layananSektor: z
    .record(indicatorKey, z.strictObject({ nama: z.string().min(1), kataKunci: z.array(z.string().min(2)).default([]) }))
    .default({}),
  /**
   * The workspace's own application names (its acronyms: "SIMPATIK", "e-Ngantor") per indicator, per instrument or
   * unkeyed: a document naming one is evidence of that indicator as the pack's own application names are. The
   * numbers are checked against the pack when the config is loaded (instrument-keys.ts).
   */
  aplikasi: perInstrument(z.array(z.string().trim().min(2))).default({}),
  /** Default reviewer name for decisions made on the command line (`eviden map`) when `--reviewer` is not given. */
  peninjau: z.string().trim().min(2).max(80).optional(),
  /** Penilaian mandiri: indicator number → claimed level and penjelasan. */
  penilaian: perInstrument(assessmentEntrySchema).default({}),
  /** Imported partner indices of the externally scored indicators: instrument id → indicator number → score. */
  nilaiEksternal: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'kunci harus id instrumen, mis. "pemdi-2026"'), z.record(indicatorKey, externalScoreSchema))
    .default({}),
  penandatangan: z.strictObject({
    koordinator: signatorySchema,
    penanggungJawab: signatorySchema.optional(),
  }),
  ocr: z
    .strictObject({
      bahasa: z.array(z.string()).default(['ind', 'eng']),
      dpi: z.number().int().min(72).max(600).default(300),
      /** OCR workers; 0 means one per core. */
      pekerja: z.number().int().min(0).max(16).default(0),
      batasWaktuDetik: z.number().int().min(5).default(180),
    })
    .default({ bahasa: ['ind', 'eng'], dpi: 300, pekerja: 0, batasWaktuDetik: 180 }),
  batas: z
    .strictObject({
      ukuranBerkasMB: z.number().positive().default(100),
      megapikselGambar: z.number().positive().default(40),
      halamanPerDokumen: z.number().int().positive().default(2000),
      /** Largest file the dashboard accepts per upload. */
      unggahMB: z.number().positive().max(2048).default(50),
    })
    .default({ ukuranBerkasMB: 100, megapikselGambar: 40, halamanPerDokumen: 2000, unggahMB: 50 }),
  pemetaan: z
    .strictObject({
      /** Mappings with a score at or above this are accepted; the rest are candidates. */
      ambang: z.number().min(0).max(1).default(0.5),
      /** Review/evaluation evidence older than this many years does not support level 4. */
      masaBerlakuReviuTahun: z.number().positive().default(2),
    })
    .default({ ambang: 0.5, masaBerlakuReviuTahun: 2 }),
  pemantauan: z
    .strictObject({
      stabilDetik: z.number().min(0).default(2),
      rescanMenit: z.number().min(0).default(5),
      polling: z.boolean().default(false),
    })
    .default({ stabilDetik: 2, rescanMenit: 5, polling: false }),
  /** Deadlines for the OPDs, one per round (the first one not yet passed is the one the plan names). */
  tenggat: z
    .array(
      z.strictObject({
        putaran: z.string().trim().min(1),
        tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-05-31'),
      }),
    )
    .default([]),
  finalisasi: z
    .strictObject({
      /** Surat numbers of the Berita Acara and the Pernyataan (may also be given to `eviden report --final`). */
      nomor: z
        .strictObject({ beritaAcara: z.string().trim().default(''), pernyataan: z.string().trim().default('') })
        .default({ beritaAcara: '', pernyataan: '' }),
      temuanDiterima: z.array(acceptedFindingSchema).default([]),
    })
    .default({ nomor: { beritaAcara: '', pernyataan: '' }, temuanDiterima: [] }),
  laporan: z
    .strictObject({
      kertas: z.enum(['A4', 'F4']).default('A4'),
      lampiranPer: z.enum(['indikator', 'domain']).default('domain'),
      ukuranLampiranMaksMB: z.number().positive().default(10),
      tteBsre: z.boolean().default(false),
      tautanWeb: z.boolean().default(false),
    })
    .default({ kertas: 'A4', lampiranPer: 'domain', ukuranLampiranMaksMB: 10, tteBsre: false, tautanWeb: false }),
}).superRefine((config, ctx) => {
  const codes = config.opd.map((o) => o.kode);
  for (const [indicator, owners] of Object.entries(config.penanggungJawab)) {
    owners.forEach((kode, i) => {
      if (codes.includes(kode)) return;
      const near = closestMatch(kode, codes);
      ctx.addIssue({
        code: 'custom',
        path: ['penanggungJawab', indicator, i],
        message:
          `Kode OPD "${kode}" tidak ada di daftar \`opd\`.${near ? ` Maksud Anda \`${near}\`?` : ''} ` +
          (codes.length > 0 ? `Kode yang dikenal: ${codes.join(', ')}.` : 'Daftar `opd` masih kosong: tambahkan OPD-nya dulu.'),
      });
    });
  }
}) satisfies z.ZodType<Config>;


/** Compile-time proof that the schema produces exactly the Config of src/types (both directions). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.infer<typeof configSchema>, Config>;
