/** Repository of page texts (per content hash) and the FTS5 full-text index over them. */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { PageSource, PageText } from '../types/documents.ts';

interface PageRow {
  page_no: number;
  text: string;
  source: string;
  confidence: number | null;
}

/** Replaces the pages of one content (idempotent, so an interrupted run can redo it). */
export function savePages(db: Db, sha256: string, pages: PageText[]): void {
  db.prepare('DELETE FROM pages WHERE sha256 = ?').run(sha256);
  const insert = db.prepare('INSERT INTO pages (sha256, page_no, text, source, confidence) VALUES (?, ?, ?, ?, ?)');
  for (const p of pages) insert.run(sha256, p.no, p.text, p.source, p.confidence);
}

export function getPages(db: Db, sha256: string): PageText[] {
  return (
    db.prepare('SELECT page_no, text, source, confidence FROM pages WHERE sha256 = ? ORDER BY page_no').all(sha256) as PageRow[]
  ).map((r) => ({ no: r.page_no, text: r.text, source: r.source as PageSource, confidence: r.confidence }));
}

export interface SearchHit {
  /** The page's row id (for its snippet). */
  id: number;
  sha256: string;
  page: number;
  /** bm25: the smaller, the better. */
  rank: number;
  /** Pages of this document that match the query. */
  matched: number;
}

/** Turns user words into a safe FTS5 query: every word must appear (prefix match on the last one). */
export function toFtsQuery(query: string): string {
  const words = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * The best `perDocument` matching pages of every document that matches, best match first, without snippets: a common
 * word matches thousands of pages, and a snippet costs more than ranking a page, so snippets are made afterwards for
 * the pages shown only (`snippetsOf`).
 */
export function searchPagesByDocument(db: Db, query: string, perDocument: number): SearchHit[] {
  const fts = toFtsQuery(query);
  if (fts === '') return [];
  // bm25() only works in the query on the FTS table itself: rank there, join the pages outside. The pages are grouped
  // per document here, which costs less than SQL window functions over thousands of matches.
  const rows = prepared(
    db,
    `WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(pages_fts) AS rank FROM pages_fts WHERE pages_fts MATCH ?)
     SELECT h.id, p.sha256, p.page_no, h.rank FROM hits h JOIN pages p ON p.id = h.id`,
  )
    .raw(true)
    .all(fts) as [number, string, number, number][];
  const byDocument = new Map<string, [number, string, number, number][]>();
  for (const row of rows) {
    const pages = byDocument.get(row[1]);
    if (pages === undefined) byDocument.set(row[1], [row]);
    else pages.push(row);
  }
  const keep = Math.max(1, perDocument);
  const hits: SearchHit[] = [];
  for (const pages of byDocument.values()) {
    pages.sort((a, b) => a[3] - b[3] || a[2] - b[2]);
    for (const [id, sha256, page, rank] of pages.slice(0, keep)) hits.push({ id, sha256, page, rank, matched: pages.length });
  }
  return hits.sort((a, b) => a.rank - b.rank || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0) || a.page - b.page);
}

/** The text around the query's words (between `[` and `]`) on the pages with the given row ids. */
export function snippetsOf(db: Db, query: string, ids: readonly number[]): Map<number, string> {
  const fts = toFtsQuery(query);
  if (fts === '' || ids.length === 0) return new Map();
  // The unary + keeps the id list out of the FTS index lookup: handed to FTS5, each id would redo the whole MATCH
  // (a prefix query expands its last word each time); filtered here, the MATCH runs once.
  const rows = prepared(
    db,
    `SELECT rowid AS id, snippet(pages_fts, 0, '[', ']', ' … ', 12) AS snippet FROM pages_fts
     WHERE pages_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`,
  ).all(fts, JSON.stringify(ids)) as { id: number; snippet: string }[];
  return new Map(rows.map((r) => [r.id, r.snippet]));
}
