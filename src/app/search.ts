/**
 * Full-text search for the CLI and the dashboard, grouped by document: how many pages of each document match, its
 * best pages, and documents that are evidence before those that only mention the words (national regulations,
 * the instrument itself), so a coordinator finds bukti dukung first.
 */
import type { Db } from '../store/db.ts';
import { searchPagesByDocument, snippetsOf } from '../store/pages.ts';
import type { Workspace } from '../types/config.ts';
import type { DocumentView } from '../types/state.ts';
import type { DocumentKind } from '../types/classification.ts';
import { loadDocumentViewsOf } from './state.ts';

export interface PageMatch {
  page: number;
  /** Text around the match; the matched words are between `[` and `]`. */
  snippet: string;
}

/**
 * `bukti`: mapped to indicators; `kandidat`: only candidate mappings; `lain`: not mapped; `bukan-bukti`: the
 * classifier recognised it as a document that is not evidence (a national regulation, another instansi's own
 * document, the instrument, a press release), unless a reviewer mapped it.
 */
export type Standing = 'bukti' | 'kandidat' | 'lain' | 'bukan-bukti';

export interface DocumentResult {
  sha256: string;
  path: string;
  opd: string | null;
  kind: DocumentKind | null;
  standing: Standing;
  /** Accepted indicators. */
  indicators: number[];
  /** Pages of this document that match. */
  matchedPages: number;
  /** The best-matching pages, best first. */
  best: PageMatch[];
}

export interface SearchResult {
  query: string;
  /** Matching pages over all documents. */
  totalPages: number;
  totalDocuments: number;
  /** Best first; at most `limit`. */
  documents: DocumentResult[];
}

export interface SearchOptions {
  /** Documents to return (the totals count all). */
  limit: number;
  /** Best pages to show per document. */
  pagesPerDocument: number;
}

const STANDING_ORDER: Record<Standing, number> = { bukti: 0, kandidat: 1, lain: 1, 'bukan-bukti': 2 };

function standingOf(view: DocumentView | null): Standing {
  const c = view?.classification;
  if (!c) return 'lain';
  const reviewed = c.mappings.some((m) => m.source === 'reviewer');
  if (!reviewed && c.notEvidence !== undefined && c.notEvidence !== null) return 'bukan-bukti';
  if (c.mappings.length > 0) return 'bukti';
  return c.candidates.length > 0 ? 'kandidat' : 'lain';
}

/** The views of the given documents, by hash: loaded from the store, or taken from a state already loaded (the dashboard). */
export type ViewsOf = (sha256s: readonly string[]) => ReadonlyMap<string, DocumentView>;

export function searchDocuments(db: Db, ws: Workspace, query: string, opts: SearchOptions, viewsOf?: ViewsOf): SearchResult {
  const rows = searchPagesByDocument(db, query, opts.pagesPerDocument);
  const byDoc = new Map<string, { rank: number; matched: number; pages: { id: number; page: number }[] }>();
  for (const row of rows) {
    const entry = byDoc.get(row.sha256) ?? { rank: row.rank, matched: row.matched, pages: [] };
    entry.rank = Math.min(entry.rank, row.rank);
    entry.pages.push({ id: row.id, page: row.page });
    byDoc.set(row.sha256, entry);
  }
  const views = (viewsOf ?? ((shas) => loadDocumentViewsOf(db, ws, shas)))([...byDoc.keys()]);
  const documents = [...byDoc].map(([sha256, hit]) => {
    const view = views.get(sha256) ?? null;
    return { sha256, view, hit, standing: standingOf(view), path: view?.path ?? sha256 };
  });
  // bm25 ranks are negative: the smaller, the better the match.
  documents.sort((a, b) => STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] || a.hit.rank - b.hit.rank || a.path.localeCompare(b.path));
  const shown = documents.slice(0, opts.limit);
  const snippets = snippetsOf(db, query, shown.flatMap((d) => d.hit.pages.map((p) => p.id)));
  return {
    query,
    totalPages: documents.reduce((n, d) => n + d.hit.matched, 0),
    totalDocuments: documents.length,
    documents: shown.map(({ sha256, view, hit, standing, path }) => ({
      sha256,
      path,
      opd: view?.opd ?? null,
      kind: view?.classification?.kind ?? null,
      standing,
      indicators: (view?.classification?.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b),
      matchedPages: hit.matched,
      best: hit.pages.map((p) => ({ page: p.page, snippet: snippets.get(p.id) ?? '' })),
    })),
  };
}
