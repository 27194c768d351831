/** Repository of page texts (per content hash) and the FTS5 full-text index over them. */
import type { Db } from './db.ts';
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
  sha256: string;
  page: number;
  snippet: string;
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

/** The best `perDocument` matching pages of every document that matches, best match first. */
export function searchPagesByDocument(db: Db, query: string, perDocument: number): SearchHit[] {
  const fts = toFtsQuery(query);
  if (fts === '') return [];
  // bm25() only works in the query on the FTS table itself: rank there, number the pages per document outside.
  return db
    .prepare(
      `WITH hits AS MATERIALIZED (
         SELECT p.sha256 AS sha256, p.page_no AS page, snippet(pages_fts, 0, '[', ']', ' … ', 12) AS snippet, bm25(pages_fts) AS rank
         FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid WHERE pages_fts MATCH ?)
       SELECT sha256, page, snippet, rank, matched FROM (
         SELECT *, row_number() OVER (PARTITION BY sha256 ORDER BY rank, page) AS nth, count(*) OVER (PARTITION BY sha256) AS matched
         FROM hits)
       WHERE nth <= ? ORDER BY rank, sha256, page`,
    )
    .all(fts, Math.max(1, perDocument)) as SearchHit[];
}
