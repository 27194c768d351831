/**
 * Pages OCR has read of a document whose extraction has not finished: saved one by one as OCR reads them, used by
 * the next run after an interruption (a kill, a power cut) instead of reading them again, and removed when the
 * document's pages are stored.
 */
import type { Db } from './db.ts';
import type { PageText } from '../types/documents.ts';

export function saveOcrCheckpoint(db: Db, sha256: string, page: PageText): void {
  db.prepare('INSERT OR REPLACE INTO ocr_checkpoints (sha256, page_no, text, confidence) VALUES (?, ?, ?, ?)').run(
    sha256,
    page.no,
    page.text,
    page.confidence,
  );
}

/** The OCR'd pages an interrupted run left for this content, by page number. */
export function loadOcrCheckpoints(db: Db, sha256: string): Map<number, PageText> {
  const rows = db.prepare('SELECT page_no, text, confidence FROM ocr_checkpoints WHERE sha256 = ?').all(sha256) as {
    page_no: number;
    text: string;
    confidence: number | null;
  }[];
  return new Map(rows.map((r) => [r.page_no, { no: r.page_no, text: r.text, source: 'ocr', confidence: r.confidence }]));
}

export function clearOcrCheckpoints(db: Db, sha256: string): void {
  db.prepare('DELETE FROM ocr_checkpoints WHERE sha256 = ?').run(sha256);
}
