/** Handlebars helpers for the dashboard pages: labels, sizes, times and highlighted search snippets. */
import Handlebars, { type HelperDelegate } from 'handlebars';
import { formatBytes, formatDateTime, formatInteger, formatValue } from '../shared/format.ts';
import {
  CONFIDENCE_LABELS,
  DOC_STATUS_LABELS,
  HEAT_STATUS_LABELS,
  KIND_LABELS,
  SEVERITY_LABELS,
  SOURCE_LABELS,
  matchGapLabel,
} from '../shared/vocabulary.ts';
import type { MatchReason } from '../types/classification.ts';
import { isLearnedReason } from '../learn/reasons.ts';

const PLACE_LABELS: Record<string, string> = {
  judul: 'judul',
  tentang: 'bagian "tentang"',
  'judul-bagian': 'judul bagian',
  isi: 'isi',
  path: 'nama berkas',
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
  finalized: 'Dokumen final dibuat',
  exported: 'Diekspor',
  imported: 'Diimpor',
  uploaded: 'Diunggah lewat dasbor',
  'access-created': 'Tautan akses OPD dibuat',
  'access-revoked': 'Tautan akses OPD dicabut',
};

const STANDING_LABELS: Record<string, string> = {
  bukti: 'bukti',
  kandidat: 'kandidat, belum ditinjau',
  lain: 'belum dipetakan',
  'bukan-bukti': 'bukan bukti dukung',
};

const DECISION_LABELS: Record<string, string> = {
  confirm: 'dikonfirmasi',
  reject: 'ditolak',
  add: 'ditambahkan',
};

function isKey<K extends string>(table: Readonly<Record<K, string>>, key: string): key is K {
  return Object.hasOwn(table, key);
}

/** The label of a value a template passes (any type); the value itself when the table has none. */
function label<K extends string>(table: Readonly<Record<K, string>>, value: unknown): string {
  const key = String(value ?? '');
  return isKey(table, key) ? table[key] : key;
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

/** One line for a folded list of reasons: the first reason and how many more ("“tim koordinasi” di judul, hal. 1 · +2 lainnya"). */
export function reasonSummary(reasons: readonly MatchReason[]): string {
  const first = reasons[0];
  if (!first) return '';
  const pages = first.pages.length === 0 ? '' : `, hal. ${first.pages.slice(0, 3).join(', ')}${first.pages.length > 3 ? ', …' : ''}`;
  const more = reasons.length > 1 ? ` · +${reasons.length - 1} alasan lain` : '';
  const gap = first.gap === undefined ? '' : ` (${matchGapLabel(first.gap)})`;
  const text = isLearnedReason(first.rule) ? first.phrase : `“${first.phrase}”${gap} di ${label(PLACE_LABELS, first.place)}${pages}`;
  return `${text}${more}`;
}

function isReasonList(value: unknown): value is MatchReason[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && 'phrase' in r && 'place' in r && 'pages' in r);
}

export const dashboardHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  /** {{#if (atau a b)}}: Handlebars passes its options object last, so it is left out. */
  atau: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  tidak: (value: unknown) => !value,
  statusLabel: (s: unknown) => label(HEAT_STATUS_LABELS, s),
  severityLabel: (s: unknown) => label(SEVERITY_LABELS, s),
  confidenceLabel: (s: unknown) => label(CONFIDENCE_LABELS, s),
  sourceLabel: (s: unknown) => label(SOURCE_LABELS, s),
  placeLabel: (s: unknown) => label(PLACE_LABELS, s),
  /** " (dengan kata sisipan)" for a phrase matched apart, else nothing. */
  gapLabel: (g: unknown) => (g === 'inserted' || g === 'passive' ? ` (${matchGapLabel(g)})` : ''),
  docStatusLabel: (s: unknown) => label(DOC_STATUS_LABELS, s),
  eventLabel: (s: unknown) => label(EVENT_LABELS, s),
  decisionLabel: (s: unknown) => label(DECISION_LABELS, s),
  standingLabel: (s: unknown) => label(STANDING_LABELS, s),
  /** An indicator level or value: "3", "2,25" (never "2.25"). */
  nilai: (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? formatValue(n) : ''),
  /** "1.234" */
  angka: (n: unknown) => formatInteger(Number(n) || 0),
  tambah: (a: unknown, b: unknown) => (Number(a) || 0) + (Number(b) || 0),
  /** A reason learned from reviewers is a whole sentence, shown without quotes and place. */
  alasanBelajar: (rule: unknown) => typeof rule === 'string' && isLearnedReason(rule),
  ringkasAlasan: (reasons: unknown) => (isReasonList(reasons) ? reasonSummary(reasons) : ''),
  url: (value: unknown) => encodeURIComponent(String(value ?? '')),
  jenis: (kind: unknown) => label(KIND_LABELS, kind),
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
