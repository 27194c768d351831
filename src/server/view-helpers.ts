/** Handlebars helpers for the dashboard pages: labels, sizes, times and highlighted search snippets. */
import Handlebars, { type HelperDelegate } from 'handlebars';
import { formatDate, formatDecimal } from '../shared/format.ts';
import { kindLabel } from '../assess/messages.ts';
import type { DocumentKind } from '../types/classification.ts';

const STATUS_LABELS: Record<string, string> = {
  lengkap: 'Lengkap',
  kurang: 'Kurang',
  kosong: 'Kosong',
  'tidak-wajib': 'Bukan tanggungan',
};

const SEVERITY_LABELS: Record<string, string> = {
  error: 'Galat',
  warning: 'Peringatan',
  info: 'Info',
};

const CONFIDENCE_LABELS: Record<string, string> = {
  tinggi: 'Tinggi',
  sedang: 'Sedang',
  rendah: 'Rendah',
};

const SOURCE_LABELS: Record<string, string> = {
  reviewer: 'keputusan peninjau',
  path: 'nama folder/berkas',
  content: 'isi dokumen',
};

const PLACE_LABELS: Record<string, string> = {
  judul: 'judul',
  tentang: 'bagian "tentang"',
  'judul-bagian': 'judul bagian',
  isi: 'isi',
  path: 'nama berkas',
};

const DOC_STATUS_LABELS: Record<string, string> = {
  ok: 'Terbaca',
  pending: 'Menunggu diproses',
  empty: 'Berkas kosong',
  corrupt: 'Rusak',
  'needs-password': 'Perlu kata sandi',
  unsupported: 'Jenis tidak didukung',
  'too-large': 'Terlalu besar',
  'image-too-large': 'Gambar terlalu besar',
  'no-text': 'Tanpa teks',
};

const EVENT_LABELS: Record<string, string> = {
  ingested: 'Diarsipkan',
  extracted: 'Teks dibaca',
  replaced: 'Diganti isi baru',
  removed: 'Dihapus dari folder',
  moved: 'Dipindahkan',
  classified: 'Dipetakan otomatis',
  decision: 'Keputusan peninjau',
  'assessment-edited': 'Penilaian diubah',
  rendered: 'Laporan disusun',
  exported: 'Diekspor',
};

const DECISION_LABELS: Record<string, string> = {
  confirm: 'dikonfirmasi',
  reject: 'ditolak',
  add: 'ditambahkan',
};

/** "keputusan", "tangkapan layar", "dokumen Peta Rencana SPBE" (the assessment's wording), raw for unknown kinds. */
function kindText(kind: unknown): string {
  const key = String(kind ?? '');
  return kindLabel(key as DocumentKind) ?? key;
}

function label(table: Record<string, string>, value: unknown): string {
  const key = String(value ?? '');
  return table[key] ?? key;
}

/** "1,2 MB", "340 KB", "12 B". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`;
  if (bytes >= 1024) return `${formatDecimal(bytes / 1024, 0)} KB`;
  return `${bytes} B`;
}

/** "29 November 2026 14.05" (local time) from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(local)} ${hh}.${mm}`;
}

/** Escapes a search snippet and turns the `[` … `]` match markers of the index into <mark>. */
export function highlightSnippet(snippet: string): string {
  return snippet
    .split(/(\[[^\]]*\])/)
    .map((part) =>
      part.startsWith('[') && part.endsWith(']') && part.length > 2
        ? `<mark>${Handlebars.escapeExpression(part.slice(1, -1))}</mark>`
        : Handlebars.escapeExpression(part),
    )
    .join('');
}

export const dashboardHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  /** {{#if (atau a b)}}: Handlebars passes its options object last, so it is left out. */
  atau: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  tidak: (value: unknown) => !value,
  statusLabel: (s: unknown) => label(STATUS_LABELS, s),
  severityLabel: (s: unknown) => label(SEVERITY_LABELS, s),
  confidenceLabel: (s: unknown) => label(CONFIDENCE_LABELS, s),
  sourceLabel: (s: unknown) => label(SOURCE_LABELS, s),
  placeLabel: (s: unknown) => label(PLACE_LABELS, s),
  docStatusLabel: (s: unknown) => label(DOC_STATUS_LABELS, s),
  eventLabel: (s: unknown) => label(EVENT_LABELS, s),
  decisionLabel: (s: unknown) => label(DECISION_LABELS, s),
  url: (value: unknown) => encodeURIComponent(String(value ?? '')),
  jenis: (kind: unknown) => kindText(kind),
  pelaku: (actor: unknown) => (actor === 'system' ? 'sistem' : String(actor ?? '')),
  pendek: (sha: unknown) => String(sha ?? '').slice(0, 12),
  ukuran: (n: unknown) => formatBytes(Number(n) || 0),
  waktu: (iso: unknown) => (typeof iso === 'string' ? formatDateTime(iso) : ''),
  persenSkor: (score: unknown) => `${Math.round((Number(score) || 0) * 100)}%`,
  halaman: (pages: unknown) => {
    const list = Array.isArray(pages) ? pages.map(Number) : [];
    if (list.length === 0) return '';
    return list.length === 1 ? `hal. ${list[0]}` : `hal. ${list.join(', ')}`;
  },
  sorot: (snippet: unknown) => new Handlebars.SafeString(highlightSnippet(String(snippet ?? ''))),
};
