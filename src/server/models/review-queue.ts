/**
 * The "Perlu ditinjau" queue (pure): one row per document with the indicators it may be evidence for (candidates,
 * low-confidence mappings, possible misfiles), filtered and sorted by impact (indicators still without evidence
 * first), and the documents that need a look for another reason (unreadable, unmapped, unknown folder, pending).
 */
import type { DocumentView, WorkspaceState } from '../../types/state.ts';
import type { IndicatorStatus } from '../../types/assessment.ts';
import { STATUS_URGENCY } from '../../assess/indicator-status.ts';
import type { DocumentKind, Mapping, MatchReason } from '../../types/classification.ts';
import { CONFIDENCE_LABELS, kindLabel } from '../../shared/vocabulary.ts';
import { allIndicators } from '../../instrument/tree.ts';

/** Why an indicator of a document needs a decision. */
export type ItemKind = 'kandidat' | 'yakin-rendah' | 'salah-folder';

export interface QueueDocument {
  sha256: string;
  path: string;
  opd: string | null;
  href: string;
  /** Indonesian: why it is in the queue. */
  alasan: string;
}

export interface QueueItem {
  indicator: number;
  indicatorNama: string;
  confidence: string;
  score: number;
  /** Already accepted (a low-confidence or possibly misfiled mapping): "Terima" confirms it. */
  accepted: boolean;
  kind: ItemKind;
  /** The indicator's status over the whole instansi: `kosong` means no evidence yet (deciding this one matters most). */
  status: IndicatorStatus;
  reasons: MatchReason[];
  /** Form value of the bulk-decision checkbox: `<sha256>:<indicator>`. */
  value: string;
}

export interface QueueRow {
  sha256: string;
  /** Anchor of the row (`dok-<first 12 hex>`). */
  id: string;
  path: string;
  opd: string | null;
  kind: DocumentKind | null;
  pages: number;
  href: string;
  /** Best first: indicators without evidence, then by score. */
  items: QueueItem[];
  /** The first items, shown open; the rest are folded under "n kandidat lain". */
  shown: QueueItem[];
  folded: QueueItem[];
  /** Items whose indicator is still `kosong` / `kurang`. */
  emptyIndicators: number;
  weakIndicators: number;
  /** Where a decision on this row comes back to: the row after it (or this one when it is last). */
  next: string;
}

export type QueueSort = 'dampak' | 'skor' | 'nama';

export interface QueueFilters {
  opd: string;
  indikator: number | null;
  keyakinan: string;
  jenis: string;
  urut: QueueSort;
}

export interface FilterOption {
  value: string;
  label: string;
  selected: boolean;
}

export interface ReviewQueue {
  filters: QueueFilters;
  /** Options of the filter form, with the current choice selected. */
  options: { opd: FilterOption[]; indikator: FilterOption[]; keyakinan: FilterOption[]; jenis: FilterOption[]; urut: FilterOption[] };
  /** True when any filter narrows the lists. */
  filtered: boolean;
  /** The query string of the current filters ('' when none), for links and forms that come back here. */
  query: string;
  rows: QueueRow[];
  /** Items over all rows shown. */
  itemCount: number;
  /** Rows before filtering. */
  rowsTotal: number;
  galat: QueueDocument[];
  menunggu: QueueDocument[];
  belumDipetakan: QueueDocument[];
  opdTidakDikenal: QueueDocument[];
  /** Distinct documents that need a look (unfiltered; the navigation badge). */
  total: number;
}

export const NO_FILTERS: QueueFilters = { opd: '', indikator: null, keyakinan: '', jenis: '', urut: 'dampak' };

const SORTS: readonly QueueSort[] = ['dampak', 'skor', 'nama'];

const SORT_LABELS: Record<QueueSort, string> = {
  dampak: 'Dampak (indikator kosong dulu)',
  skor: 'Skor tertinggi',
  nama: 'Nama berkas',
};

function isPresent(d: DocumentView): boolean {
  return d.locations.some((l) => l.present);
}

function base(d: DocumentView, alasan: string): QueueDocument {
  return { sha256: d.doc.sha256, path: d.path, opd: d.opd, href: `/dokumen/${d.doc.sha256}`, alasan };
}

export function rowId(sha256: string): string {
  return `dok-${sha256.slice(0, 12)}`;
}

/** The items of one document: candidates, then accepted mappings that need a confirmation (one item per indicator). */
function itemsOf(d: DocumentView, names: Map<number, string>, status: Map<number, IndicatorStatus>): QueueItem[] {
  const c = d.classification;
  const items = new Map<number, QueueItem>();
  const add = (m: Mapping, accepted: boolean, kind: ItemKind): void => {
    if (items.has(m.indicator)) return;
    items.set(m.indicator, {
      indicator: m.indicator,
      indicatorNama: names.get(m.indicator) ?? `Indikator ${m.indicator}`,
      confidence: m.confidence,
      score: m.score,
      accepted,
      kind,
      status: status.get(m.indicator) ?? 'kosong',
      reasons: m.reasons,
      value: `${d.doc.sha256}:${m.indicator}`,
    });
  };
  for (const m of c?.candidates ?? []) add(m, false, m.possiblyMisfiled ? 'salah-folder' : 'kandidat');
  for (const m of c?.mappings ?? []) {
    if (m.source === 'reviewer') continue;
    if (m.possiblyMisfiled) add(m, true, 'salah-folder');
    else if (m.confidence === 'rendah') add(m, true, 'yakin-rendah');
  }
  return [...items.values()].sort((a, b) => STATUS_URGENCY[a.status] - STATUS_URGENCY[b.status] || b.score - a.score || a.indicator - b.indicator);
}

function matches(row: QueueRow, f: QueueFilters): QueueItem[] {
  if (f.opd !== '' && row.opd !== f.opd && !(f.opd === '-' && row.opd === null)) return [];
  if (f.jenis !== '' && row.kind !== f.jenis) return [];
  return row.items.filter((i) => (f.indikator === null || i.indicator === f.indikator) && (f.keyakinan === '' || i.confidence === f.keyakinan));
}

function compare(sort: QueueSort): (a: QueueRow, b: QueueRow) => number {
  const maxScore = (r: QueueRow): number => Math.max(0, ...r.items.map((i) => i.score));
  const byName = (a: QueueRow, b: QueueRow): number => a.path.localeCompare(b.path);
  if (sort === 'nama') return byName;
  if (sort === 'skor') return (a, b) => maxScore(b) - maxScore(a) || byName(a, b);
  return (a, b) => b.emptyIndicators - a.emptyIndicators || b.weakIndicators - a.weakIndicators || maxScore(b) - maxScore(a) || byName(a, b);
}

/** Items shown open per row; a book with thirty candidates folds the rest. */
const SHOWN_ITEMS = 5;

function withItems(row: QueueRow, items: QueueItem[]): QueueRow {
  return {
    ...row,
    items,
    shown: items.slice(0, SHOWN_ITEMS),
    folded: items.slice(SHOWN_ITEMS),
    emptyIndicators: items.filter((i) => i.status === 'kosong').length,
    weakIndicators: items.filter((i) => i.status === 'kurang').length,
  };
}

/** The query string of non-default filters, e.g. `opd=BAPPEDA&indikator=10`. */
export function filterQuery(f: QueueFilters): string {
  const q = new URLSearchParams();
  if (f.opd) q.set('opd', f.opd);
  if (f.indikator !== null) q.set('indikator', String(f.indikator));
  if (f.keyakinan) q.set('keyakinan', f.keyakinan);
  if (f.jenis) q.set('jenis', f.jenis);
  if (f.urut !== 'dampak') q.set('urut', f.urut);
  return q.toString();
}

function option(value: string, label: string, current: string): FilterOption {
  return { value, label, selected: value === current };
}

export function reviewQueue(state: WorkspaceState, filters: QueueFilters = NO_FILTERS): ReviewQueue {
  const indicators = allIndicators(state.instrument);
  const names = new Map(indicators.map((i) => [i.no, i.namaPendek]));
  const status = new Map(state.assessment.indicators.map((i) => [i.id, i.status]));
  const present = state.documents.filter(isPresent);
  const queue: Record<'galat' | 'menunggu' | 'belumDipetakan' | 'opdTidakDikenal', QueueDocument[]> = {
    galat: [],
    menunggu: [],
    belumDipetakan: [],
    opdTidakDikenal: [],
  };
  const allRows: QueueRow[] = [];
  for (const d of present) {
    const c = d.classification;
    if (d.doc.status === 'pending') queue.menunggu.push(base(d, 'Belum selesai dibaca; tunggu pemindaian berikutnya.'));
    else if (d.doc.status !== 'ok') queue.galat.push(base(d, d.doc.message || `Status berkas: ${d.doc.status}.`));
    else if (!c || (c.mappings.length === 0 && c.candidates.length === 0)) {
      queue.belumDipetakan.push(base(d, 'Tidak cocok dengan indikator mana pun; tambahkan pemetaan secara manual atau pindahkan berkasnya.'));
    }
    if (d.opd === null) queue.opdTidakDikenal.push(base(d, 'Folder tidak cocok dengan OPD mana pun di eviden.config.yaml.'));
    const items = itemsOf(d, names, status);
    if (items.length === 0) continue;
    allRows.push({
      sha256: d.doc.sha256,
      id: rowId(d.doc.sha256),
      path: d.path,
      opd: d.opd,
      kind: c?.kind ?? null,
      pages: d.doc.pages,
      href: `/dokumen/${d.doc.sha256}`,
      items,
      shown: [],
      folded: [],
      emptyIndicators: 0,
      weakIndicators: 0,
      next: '',
    });
  }
  const rows = allRows
    .map((r) => withItems(r, matches(r, filters)))
    .filter((r) => r.items.length > 0)
    .sort(compare(filters.urut));
  rows.forEach((r, i) => {
    r.next = (rows[i + 1] ?? r).id;
  });
  const byOpd = (list: QueueDocument[]): QueueDocument[] =>
    filters.opd === '' ? list : list.filter((d) => d.opd === filters.opd || (filters.opd === '-' && d.opd === null));
  const all = [...queue.galat, ...queue.menunggu, ...queue.belumDipetakan, ...queue.opdTidakDikenal, ...allRows];
  const kinds = [...new Set(allRows.map((r) => r.kind).filter((k): k is DocumentKind => k !== null))].sort();
  const opds = state.assessment.opd ?? state.workspace.config.opd.map((o) => ({ kode: o.kode, nama: o.nama }));
  const candidateIndicators = [...new Set(allRows.flatMap((r) => r.items.map((i) => i.indicator)))].sort((a, b) => a - b);
  return {
    filters,
    options: {
      opd: [option('', 'Semua OPD', filters.opd), ...opds.map((o) => option(o.kode, o.nama, filters.opd)), option('-', 'Folder tidak dikenal', filters.opd)],
      indikator: [
        option('', 'Semua indikator', String(filters.indikator ?? '')),
        ...candidateIndicators.map((n) => option(String(n), `${n}. ${names.get(n) ?? ''}`, String(filters.indikator ?? ''))),
      ],
      keyakinan: [option('', 'Semua', filters.keyakinan), ...Object.entries(CONFIDENCE_LABELS).map(([v, l]) => option(v, l, filters.keyakinan))],
      jenis: [option('', 'Semua jenis', filters.jenis), ...kinds.map((k) => option(k, kindLabel(k), filters.jenis))],
      urut: SORTS.map((k) => option(k, SORT_LABELS[k], filters.urut)),
    },
    filtered: filterQuery({ ...filters, urut: 'dampak' }) !== '',
    query: filterQuery(filters),
    rows,
    itemCount: rows.reduce((n, r) => n + r.items.length, 0),
    rowsTotal: allRows.length,
    galat: byOpd(queue.galat),
    menunggu: byOpd(queue.menunggu),
    belumDipetakan: byOpd(queue.belumDipetakan),
    opdTidakDikenal: byOpd(queue.opdTidakDikenal),
    total: new Set(all.map((i) => i.sha256)).size,
  };
}
