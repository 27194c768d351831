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
  rank: number;
}

/** Turns user words into a safe FTS5 query: every word must appear (prefix match on the last one). */
export function toFtsQuery(query: string): string {
  const words = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export function searchPages(db: Db, query: string, limit = 50): SearchHit[] {
  const fts = toFtsQuery(query);
  if (fts === '') return [];
  return db
    .prepare(
      `SELECT p.sha256 AS sha256, p.page_no AS page, snippet(pages_fts, 0, '[', ']', ' … ', 12) AS snippet, bm25(pages_fts) AS rank
       FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
       WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(fts, limit) as SearchHit[];
}
