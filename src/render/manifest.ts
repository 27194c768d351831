/** The packet manifest (JSON, and the same rows as CSV for spreadsheets). Pure. */
import { z } from 'zod';
import { csvDocument } from '../shared/csv.ts';

export const MANIFEST_JSON = 'manifest.json';
export const MANIFEST_CSV = 'manifest.csv';

export type PacketKind =
  | 'laporan'
  | 'berita-acara'
  | 'pernyataan'
  | 'kesenjangan'
  | 'kesenjangan-opd'
  | 'lampiran'
  | 'bukti'
  /** The upload checklist (PDF and XLSX) of an instrument with coded items. */
  | 'daftar-periksa';

export interface ManifestEntry {
  /** Path inside the packet folder, with "/" separators. */
  file: string;
  kind: PacketKind;
  sha256: string;
  bytes: number;
  pages: number | null;
  /** Evidence only: path under watch/ as the OPD dropped it. */
  originalPath: string | null;
  opd: string | null;
  /** Evidence only: the indicator this copy is filed under. */
  indicator: number | null;
  /** Evidence only: every indicator the document supports. */
  indicators: number[];
  /** Evidence only: the coded item (`I13-L2-01`) this copy is uploaded for, or null. */
  item: string | null;
  /** Evidence only: every coded item the document meets. */
  items: string[];
  /** "I.10" */
  lampiran: string | null;
  lampiranFile: string | null;
  lampiranPage: number | null;
  /**
   * Rendered documents: the input fingerprint recorded in the PDF (see src/render/output-plan.ts); null for evidence
   * and the upload checklist (built in the same run as the laporan from the same inputs, so a stale laporan says so).
   */
  sidik: string | null;
}

export interface Manifest {
  format: 3;
  mode: 'draf' | 'final';
  instansi: string;
  tahun: number;
  instrumen: string;
  /** Assessment date (ISO). */
  tanggal: string;
  files: ManifestEntry[];
}

const entrySchema = z.object({
  file: z.string().min(1),
  kind: z.enum(['laporan', 'berita-acara', 'pernyataan', 'kesenjangan', 'kesenjangan-opd', 'lampiran', 'bukti', 'daftar-periksa']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  pages: z.number().int().min(0).nullable(),
  originalPath: z.string().nullable(),
  opd: z.string().nullable(),
  indicator: z.number().int().nullable(),
  indicators: z.array(z.number().int()),
  item: z.string().nullable(),
  items: z.array(z.string()),
  lampiran: z.string().nullable(),
  lampiranFile: z.string().nullable(),
  lampiranPage: z.number().int().nullable(),
  sidik: z.string().regex(/^[0-9a-f]{16}$/).nullable(),
});

export const manifestSchema = z.object({
  format: z.literal(3),
  mode: z.enum(['draf', 'final']),
  instansi: z.string(),
  tahun: z.number().int(),
  instrumen: z.string(),
  tanggal: z.string(),
  files: z.array(entrySchema),
});

const COLUMNS = [
  'file', 'kind', 'sha256', 'bytes', 'pages', 'original_path', 'opd', 'indicator', 'indicators', 'item', 'items',
  'lampiran', 'lampiran_file', 'lampiran_page', 'sidik',
] as const;

export function manifestCsv(manifest: Manifest): string {
  const rows = manifest.files.map((e) => [
    e.file, e.kind, e.sha256, e.bytes, e.pages, e.originalPath, e.opd, e.indicator, e.indicators.join(' '), e.item,
    e.items.join(' '), e.lampiran, e.lampiranFile, e.lampiranPage, e.sidik,
  ]);
  return csvDocument(COLUMNS, rows);
}

export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
