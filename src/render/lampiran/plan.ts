/**
 * The lampiran layout as a pure function: which documents go under which indicator, in which bundle and part,
 * on which pages. Rendering and the report's evidence list both read this plan, so "Lampiran I.10 hal. 3"
 * in the report is the page the assembler stamps.
 */
import path from 'node:path';
import type { DocumentView, WorkspaceState } from '../../types/state.ts';
import { allIndicators, groupPathOf } from '../../instrument/tree.ts';
import type { GroupNumbering, Instrument } from '../../types/instrument.ts';
import type { FileType } from '../../types/documents.ts';
import { compareText } from '../compare.ts';
import { groupLabel, romawi } from '../words.ts';
import { inclusionOf } from './inclusion.ts';
import { toWinAnsi } from './fonts.ts';
import { TIMES, wrapText } from '../text-fit.ts';

export type LampiranPer = 'indikator' | 'domain';

/** What the assembler found out about a document the plan had wrong: its real page count, or why it failed. */
export type Correction = { pages: number } | { error: string };

export interface PlannedDocument {
  sha256: string;
  /** File name as the OPD dropped it. */
  title: string;
  /** Path relative to watch/. */
  path: string;
  opd: string | null;
  archiveFile: string;
  type: FileType;
  pages: number;
  bytes: number;
}

export interface ExcludedDocument {
  sha256: string;
  title: string;
  path: string;
  opd: string | null;
  reason: string;
}

/** One printed line of a separator page (excluded documents take two: name and reason). */
export type SeparatorRow =
  | { kind: 'heading'; text: string }
  | {
      kind: 'included'; no: number; title: string; opd: string | null; pages: number; page: number; part: number;
      /** Set when the document is placed once in this volume under another indicator ("Lampiran I.1"). */
      sharedWith: string | null;
    }
  | { kind: 'excluded'; no: number; title: string; opd: string | null; reason: string };

export interface TocRow {
  kind: 'indicator' | 'document';
  label: string;
  /** The label broken into the lines it is printed on (long file names wrap; nothing is cut below three lines). */
  lines: string[];
  page: number;
  part: number;
}

export interface TocSegment {
  kind: 'toc';
  startPage: number;
  pages: number;
  /** Rows per printed page. */
  rows: TocRow[][];
}

export interface SeparatorSegment {
  kind: 'separator';
  indicator: number;
  /** "I.10" */
  code: string;
  /** "Kebijakan Internal Tim Koordinasi SPBE" */
  judul: string;
  /** Full indicator name. */
  nama: string;
  /** Where the indicator sits, e.g. ["Domain I Kebijakan Internal SPBE", "Aspek 1 Kebijakan Internal Tata Kelola SPBE"]. */
  kelompok: string[];
  /** A part after the first starts with a continuation separator for the indicator it continues. */
  continued: boolean;
  startPage: number;
  pages: number;
  rows: SeparatorRow[][];
}

export interface DocumentSegment {
  kind: 'document';
  indicator: number;
  code: string;
  doc: PlannedDocument;
  startPage: number;
  pages: number;
}

export type Segment = TocSegment | SeparatorSegment | DocumentSegment;

export interface LampiranPart {
  /** 1-based. */
  index: number;
  fileName: string;
  segments: Segment[];
  firstPage: number;
  lastPage: number;
  estimatedBytes: number;
}

export interface LampiranBundle {
  /** "I.10" (per indikator) or "I" (per domain). */
  code: string;
  /** "Lampiran I.10" */
  label: string;
  judul: string;
  indicators: number[];
  totalPages: number;
  parts: LampiranPart[];
  excluded: Array<ExcludedDocument & { indicator: number }>;
}

export interface LampiranPlan {
  per: LampiranPer;
  maxBytes: number;
  bundles: LampiranBundle[];
}

export interface LampiranLocation {
  code: string;
  part: number;
  partCount: number;
  fileName: string;
  page: number;
}

export interface PlanInput {
  instrument: Instrument;
  /** Indicator number → sha256 of its accepted evidence. */
  evidence: ReadonlyMap<number, readonly string[]>;
  documents: ReadonlyMap<string, DocumentView>;
  per: LampiranPer;
  maxBytes: number;
  corrections?: ReadonlyMap<string, Correction>;
  /** The pack's group numbering (see groupLabel); Roman at the top, Arabic below when absent. */
  numbering?: Readonly<Record<string, GroupNumbering>>;
}

/** Printed rows per separator page: the first page carries the title block. */
export const SEPARATOR_ROWS_FIRST = 24;
export const SEPARATOR_ROWS_NEXT = 40;
export const TOC_ROWS_FIRST = 36;
export const TOC_ROWS_NEXT = 42;
/** Bytes a generated page adds (text, font share) in the size estimate. */
const GENERATED_PAGE_BYTES = 4_000;
/** Part budget as a share of the limit: fonts, stamps and the outline add to the copied bytes. */
const BUDGET_SHARE = 0.9;

interface IndicatorEntry {
  no: number;
  code: string;
  judul: string;
  nama: string;
  kelompok: string[];
  topNo: number;
  topNama: string;
  included: PlannedDocument[];
  excluded: ExcludedDocument[];
}

function compareDocs(a: { opd: string | null; path: string; sha256: string }, b: typeof a): number {
  const ao = a.opd ?? '\uffff';
  const bo = b.opd ?? '\uffff';
  return compareText(ao, bo) || compareText(a.path, b.path) || compareText(a.sha256, b.sha256);
}

function entriesOf(input: PlanInput): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  for (const ind of allIndicators(input.instrument)) {
    const shas = [...new Set(input.evidence.get(ind.no) ?? [])];
    if (shas.length === 0) continue;
    const groups = groupPathOf(input.instrument, ind.no);
    const top = groups[0];
    const topNo = top?.no ?? 1;
    const entry: IndicatorEntry = {
      no: ind.no,
      code: `${romawi(topNo)}.${ind.no}`,
      judul: ind.namaPendek,
      nama: ind.nama,
      kelompok: groups.map((g, i) => `${groupLabel(input.numbering ?? {}, g.tingkat, g.no, i)} ${g.nama}`),
      topNo,
      topNama: top?.nama ?? '',
      included: [],
      excluded: [],
    };
    for (const sha of shas) {
      const view = input.documents.get(sha);
      if (!view) continue;
      const base = { sha256: sha, title: path.posix.basename(view.path), path: view.path, opd: view.opd };
      const correction = input.corrections?.get(sha);
      const inclusion = inclusionOf(view.doc);
      if (correction && 'error' in correction) {
        entry.excluded.push({ ...base, reason: correction.error });
      } else if (!inclusion.include) {
        entry.excluded.push({ ...base, reason: inclusion.reason });
      } else {
        entry.included.push({
          ...base,
          archiveFile: view.archiveFile,
          type: view.doc.type,
          pages: correction?.pages ?? view.doc.pages,
          bytes: view.doc.size,
        });
      }
    }
    entry.included.sort(compareDocs);
    entry.excluded.sort(compareDocs);
    entries.push(entry);
  }
  return entries;
}

function chunkRows<T>(rows: T[], weight: (row: T) => number, first: number, next: number): T[][] {
  const pages: T[][] = [[]];
  let used = 0;
  let capacity = first;
  for (const row of rows) {
    const w = weight(row);
    const current = pages[pages.length - 1]!;
    if (used + w > capacity && current.length > 0) {
      pages.push([row]);
      used = w;
      capacity = next;
    } else {
      current.push(row);
      used += w;
    }
  }
  return pages;
}

/**
 * Width of a table-of-contents label on the narrowest paper (A4: 160 mm of text), less the indent of document rows,
 * room for the page reference and the dot leaders; the font size of templates' lampiran pages.
 */
export const TOC_TEXT_PT = (160 * 72) / 25.4;
export const TOC_INDENT_PT = 18;
export const TOC_REF_PT = 70;
export const TOC_SIZE = 10.5;
const TOC_MAX_LINES = 3;

function tocLines(label: string, kind: TocRow['kind']): string[] {
  const font = kind === 'indicator' ? TIMES.bold : TIMES.regular;
  const width = TOC_TEXT_PT - (kind === 'document' ? TOC_INDENT_PT : 0) - TOC_REF_PT;
  return wrapText(font, toWinAnsi(label), TOC_SIZE, width, TOC_MAX_LINES);
}

const rowWeight = (row: SeparatorRow): number => (row.kind === 'excluded' || row.kind === 'heading' || (row.kind === 'included' && row.sharedWith) ? 2 : 1);

/** A run of documents of one indicator inside one part. */
interface Slice {
  entry: IndicatorEntry;
  docs: PlannedDocument[];
  /** True when this slice continues an indicator begun in an earlier part. */
  continued: boolean;
}

/**
 * Splits the bundle's documents into parts so each part's estimated size stays under the budget. A document cited by
 * several indicators of the volume is placed once, under the first of them (`owner`); the others point to it.
 */
function partition(entries: IndicatorEntry[], budget: number, owner: ReadonlyMap<string, number>): Slice[][] {
  const parts: Slice[][] = [[]];
  let size = 0;
  for (const entry of entries) {
    let slice: Slice = { entry, docs: [], continued: false };
    parts[parts.length - 1]!.push(slice);
    size += GENERATED_PAGE_BYTES;
    for (const doc of entry.included.filter((d) => owner.get(d.sha256) === entry.no)) {
      const partHasDocs = parts[parts.length - 1]!.some((s) => s.docs.length > 0);
      if (size + doc.bytes > budget && partHasDocs) {
        const continued = slice.docs.length > 0;
        slice = { entry, docs: [], continued };
        if (!continued) parts[parts.length - 1]!.pop();
        parts.push([slice]);
        size = GENERATED_PAGE_BYTES;
      }
      slice.docs.push(doc);
      size += doc.bytes;
    }
  }
  return parts;
}

interface DraftSegment {
  make: (startPage: number) => Segment;
  pages: number;
}

function fileNameOf(code: string, part: number, count: number): string {
  const base = `lampiran-${code.replace(/\./g, '-')}`;
  return count > 1 ? `${base}-bagian-${part}.pdf` : `${base}.pdf`;
}

function buildBundle(code: string, judul: string, entries: IndicatorEntry[], withToc: boolean, budget: number): LampiranBundle {
  const owner = new Map<string, number>();
  for (const entry of entries) for (const doc of entry.included) if (!owner.has(doc.sha256)) owner.set(doc.sha256, entry.no);
  const codeOf = new Map(entries.map((e) => [e.no, e.code]));
  const slices = partition(entries, budget, owner);
  const partCount = slices.length;

  // Page numbers of documents and separators are needed by the separator and TOC rows, and those rows decide how
  // many pages the separators and TOC take; row counts never depend on page numbers, so count pages first.
  const sepRowsOf = (slice: Slice, pageOf: (sha: string) => { page: number; part: number }): SeparatorRow[] => {
    const rows: SeparatorRow[] = [];
    const docs = slice.continued ? slice.docs : slice.entry.included;
    rows.push({ kind: 'heading', text: slice.continued ? 'Dokumen pada bagian ini:' : 'Dokumen yang dilampirkan:' });
    if (docs.length === 0) rows.push({ kind: 'heading', text: '(tidak ada dokumen yang dapat dilampirkan)' });
    docs.forEach((doc, i) => {
      const where = pageOf(doc.sha256);
      const first = owner.get(doc.sha256);
      const sharedWith = first !== undefined && first !== slice.entry.no ? `Lampiran ${codeOf.get(first) ?? ''}` : null;
      rows.push({ kind: 'included', no: i + 1, title: doc.title, opd: doc.opd, pages: doc.pages, ...where, sharedWith });
    });
    if (!slice.continued && slice.entry.excluded.length > 0) {
      rows.push({ kind: 'heading', text: 'Dokumen yang tidak dapat dilampirkan:' });
      slice.entry.excluded.forEach((doc, i) => {
        rows.push({ kind: 'excluded', no: i + 1, title: doc.title, opd: doc.opd, reason: doc.reason });
      });
    }
    return rows;
  };

  const tocRowsOf = (pageOf: (key: string) => { page: number; part: number }): TocRow[] => {
    const rows: TocRow[] = [];
    for (const entry of entries) {
      const label = `Lampiran ${entry.code} — ${entry.judul}`;
      rows.push({ kind: 'indicator', label, lines: tocLines(label, 'indicator'), ...pageOf(`sep:${entry.no}`) });
      for (const doc of entry.included) {
        rows.push({ kind: 'document', label: doc.title, lines: tocLines(doc.title, 'document'), ...pageOf(`doc:${doc.sha256}`) });
      }
    }
    return rows;
  };

  const dummy = () => ({ page: 0, part: 0 });
  const tocPages = withToc ? chunkRows(tocRowsOf(dummy), (row) => row.lines.length, TOC_ROWS_FIRST, TOC_ROWS_NEXT).length : 0;

  // First pass: page numbers.
  const positions = new Map<string, { page: number; part: number }>();
  let page = 1 + tocPages;
  slices.forEach((part, p) => {
    for (const slice of part) {
      const sepPages = chunkRows(sepRowsOf(slice, dummy), rowWeight, SEPARATOR_ROWS_FIRST, SEPARATOR_ROWS_NEXT).length;
      if (!slice.continued) positions.set(`sep:${slice.entry.no}`, { page, part: p + 1 });
      page += sepPages;
      for (const doc of slice.docs) {
        positions.set(`doc:${doc.sha256}`, { page, part: p + 1 });
        page += doc.pages;
      }
    }
  });
  const totalPages = page - 1;

  // Second pass: segments with their rows.
  const lookup = (key: string) => positions.get(key) ?? { page: 0, part: 0 };
  const parts: LampiranPart[] = [];
  page = 1;
  slices.forEach((part, p) => {
    const drafts: DraftSegment[] = [];
    if (p === 0 && withToc) {
      const rows = chunkRows(tocRowsOf(lookup), (row) => row.lines.length, TOC_ROWS_FIRST, TOC_ROWS_NEXT);
      drafts.push({ pages: rows.length, make: (startPage) => ({ kind: 'toc', startPage, pages: rows.length, rows }) });
    }
    for (const slice of part) {
      const rows = chunkRows(
        sepRowsOf(slice, (sha) => lookup(`doc:${sha}`)),
        rowWeight,
        SEPARATOR_ROWS_FIRST,
        SEPARATOR_ROWS_NEXT,
      );
      const { entry } = slice;
      drafts.push({
        pages: rows.length,
        make: (startPage) => ({
          kind: 'separator', indicator: entry.no, code: entry.code, judul: entry.judul, nama: entry.nama,
          kelompok: entry.kelompok, continued: slice.continued, startPage, pages: rows.length, rows,
        }),
      });
      for (const doc of slice.docs) {
        drafts.push({
          pages: doc.pages,
          make: (startPage) => ({ kind: 'document', indicator: entry.no, code: entry.code, doc, startPage, pages: doc.pages }),
        });
      }
    }
    const firstPage = page;
    const segments = drafts.map((d) => {
      const seg = d.make(page);
      page += d.pages;
      return seg;
    });
    const estimatedBytes = segments.reduce(
      (acc, s) => acc + (s.kind === 'document' ? s.doc.bytes : s.pages * GENERATED_PAGE_BYTES),
      0,
    );
    parts.push({
      index: p + 1,
      fileName: fileNameOf(code, p + 1, partCount),
      segments,
      firstPage,
      lastPage: page - 1,
      estimatedBytes,
    });
  });

  return {
    code,
    label: `Lampiran ${code}`,
    judul,
    indicators: entries.map((e) => e.no),
    totalPages,
    parts,
    excluded: entries.flatMap((e) => e.excluded.map((x) => ({ ...x, indicator: e.no }))),
  };
}

export function planLampiran(input: PlanInput): LampiranPlan {
  const entries = entriesOf(input);
  const budget = input.maxBytes * BUDGET_SHARE;
  const bundles: LampiranBundle[] = [];
  if (input.per === 'indikator') {
    for (const entry of entries) bundles.push(buildBundle(entry.code, entry.judul, [entry], false, budget));
  } else {
    const tops = [...new Set(entries.map((e) => e.topNo))];
    for (const top of tops) {
      const group = entries.filter((e) => e.topNo === top);
      bundles.push(buildBundle(romawi(top), group[0]?.topNama ?? '', group, true, budget));
    }
  }
  return { per: input.per, maxBytes: input.maxBytes, bundles };
}

/** Plan input from the workspace state: accepted evidence per indicator, sizes and limits from the config. */
export function planInputOf(state: WorkspaceState, corrections?: ReadonlyMap<string, Correction>): PlanInput {
  const evidence = new Map<number, string[]>();
  for (const ind of state.assessment.indicators) evidence.set(ind.id, ind.documents.map((d) => d.sha256));
  const laporan = state.workspace.config.laporan;
  return {
    instrument: state.instrument,
    numbering: state.pack.numbering,
    evidence,
    documents: new Map(state.documents.map((d) => [d.doc.sha256, d])),
    per: laporan.lampiranPer,
    maxBytes: laporan.ukuranLampiranMaksMB * 1_000_000,
    ...(corrections ? { corrections } : {}),
  };
}

/** Where the document starts in the lampiran volume of `indicator` (placed once per volume), or null when it is not included. */
export function locate(plan: LampiranPlan, indicator: number, sha256: string): LampiranLocation | null {
  for (const bundle of plan.bundles) {
    if (!bundle.indicators.includes(indicator)) continue;
    for (const part of bundle.parts) {
      for (const seg of part.segments) {
        if (seg.kind === 'document' && seg.doc.sha256 === sha256) {
          return { code: bundle.code, part: part.index, partCount: bundle.parts.length, fileName: part.fileName, page: seg.startPage };
        }
      }
    }
  }
  return null;
}

/** Why a document of an indicator is not in the lampiran, or null. */
export function exclusionOf(plan: LampiranPlan, indicator: number, sha256: string): string | null {
  for (const bundle of plan.bundles) {
    const hit = bundle.excluded.find((x) => x.indicator === indicator && x.sha256 === sha256);
    if (hit) return hit.reason;
  }
  return null;
}

/** "Lampiran I.10 hal. 3" (with "bagian 2" when the lampiran is split). */
export function locationText(loc: LampiranLocation): string {
  const part = loc.partCount > 1 ? ` (bagian ${loc.part})` : '';
  return `Lampiran ${loc.code}${part} hal. ${loc.page}`;
}
