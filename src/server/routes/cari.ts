/** Cari: full-text search over every page (text layer and OCR), grouped by document, evidence first. */
import type { Handler } from '../router.ts';
import { jsonResponse } from '../http.ts';
import { searchDocuments, type DocumentResult, type SearchResult } from '../../app/search.ts';
import type { ServerContext } from '../context.ts';
import { searchQuery } from '../validate.ts';
import { page } from './page.ts';
import type { DocumentView, WorkspaceState } from '../../types/state.ts';

const DOCUMENTS = 30;
const PAGES_PER_DOCUMENT = 3;

export interface SearchDocumentRow extends DocumentResult {
  href: string;
  best: (DocumentResult['best'][number] & { href: string })[];
  /** Pages matching beyond the ones shown. */
  more: number;
}

export interface SearchModel {
  q: string;
  searched: boolean;
  totalPages: number;
  totalDocuments: number;
  /** Evidence and other documents, best first. */
  documents: SearchDocumentRow[];
  /** Documents that only mention the words (national regulations, the instrument). */
  notEvidence: SearchDocumentRow[];
  /** Documents left out of the lists (more than shown). */
  hidden: number;
}

function row(d: DocumentResult): SearchDocumentRow {
  const href = `/dokumen/${d.sha256}`;
  return { ...d, href, best: d.best.map((p) => ({ ...p, href: `${href}#hal-${p.page}` })), more: d.matchedPages - d.best.length };
}

function model(q: string, result: SearchResult | null): SearchModel {
  const rows = (result?.documents ?? []).map(row);
  return {
    q,
    searched: result !== null,
    totalPages: result?.totalPages ?? 0,
    totalDocuments: result?.totalDocuments ?? 0,
    documents: rows.filter((d) => d.standing !== 'bukan-bukti'),
    notEvidence: rows.filter((d) => d.standing === 'bukan-bukti'),
    hidden: (result?.totalDocuments ?? 0) - rows.length,
  };
}

const viewsByHash = new WeakMap<WorkspaceState, ReadonlyMap<string, DocumentView>>();

/** The document views of the dashboard's state (loaded once per change of the data), by hash. */
function stateViews(state: WorkspaceState): ReadonlyMap<string, DocumentView> {
  let views = viewsByHash.get(state);
  if (views === undefined) {
    views = new Map(state.documents.map((d) => [d.doc.sha256, d]));
    viewsByHash.set(state, views);
  }
  return views;
}

function search(ctx: ServerContext, raw: string | null): SearchModel {
  const q = searchQuery(raw);
  if (q === '') return model(q, null);
  const views = stateViews(ctx.state());
  return model(q, searchDocuments(ctx.db, ctx.workspace(), q, { limit: DOCUMENTS, pagesPerDocument: PAGES_PER_DOCUMENT }, () => views));
}

export const searchPage: Handler = (req, ctx) => page(req, ctx, 'cari', 'cari', 'Cari', search(ctx, req.query.get('q')));

export const searchApi: Handler = (req, ctx) => jsonResponse(search(ctx, req.query.get('q')));
