/** Repository of documents (one row per distinct content, keyed by SHA-256). */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { DocStatus, DocumentRecord, FileType } from '../types/documents.ts';

interface DocumentRow {
  sha256: string;
  size: number;
  type: string;
  status: string;
  message: string;
  pages: number;
  ocr_pages: number;
  encrypted: number;
  archive_path: string;
  first_seen: string;
  extracted_at: string | null;
}

function toRecord(r: DocumentRow): DocumentRecord {
  return {
    sha256: r.sha256,
    size: r.size,
    type: r.type as FileType,
    status: r.status as DocStatus,
    message: r.message,
    pages: r.pages,
    ocrPages: r.ocr_pages,
    encrypted: r.encrypted === 1,
    archivePath: r.archive_path,
    firstSeen: r.first_seen,
    extractedAt: r.extracted_at,
  };
}

export function getDocument(db: Db, sha256: string): DocumentRecord | null {
  const row = prepared(db, 'SELECT * FROM documents WHERE sha256 = ?').get(sha256) as DocumentRow | undefined;
  return row ? toRecord(row) : null;
}

export function listDocuments(db: Db): DocumentRecord[] {
  return (db.prepare('SELECT * FROM documents ORDER BY sha256').all() as DocumentRow[]).map(toRecord);
}

/** Documents whose SHA-256 starts with the prefix (for `explain`/`map` by hash prefix). */
export function findDocumentsByPrefix(db: Db, prefix: string): DocumentRecord[] {
  return (
    db.prepare("SELECT * FROM documents WHERE sha256 LIKE ? || '%' ORDER BY sha256 LIMIT 10").all(prefix) as DocumentRow[]
  ).map(toRecord);
}

/** Registers newly archived content as pending (extraction not yet done). */
export function insertPendingDocument(
  db: Db,
  d: { sha256: string; size: number; type: FileType; archivePath: string; now: string },
): void {
  db.prepare(
    `INSERT OR IGNORE INTO documents (sha256, size, type, status, message, archive_path, first_seen)
     VALUES (?, ?, ?, 'pending', '', ?, ?)`,
  ).run(d.sha256, d.size, d.type, d.archivePath, d.now);
}

export function listPendingDocuments(db: Db): DocumentRecord[] {
  return (
    db.prepare("SELECT * FROM documents WHERE status = 'pending' OR extracted_at IS NULL ORDER BY sha256").all() as DocumentRow[]
  ).map(toRecord);
}

export function saveExtraction(
  db: Db,
  d: {
    sha256: string;
    type: FileType;
    status: DocStatus;
    message: string;
    pages: number;
    ocrPages: number;
    encrypted: boolean;
    now: string;
  },
): void {
  db.prepare(
    `UPDATE documents SET type = ?, status = ?, message = ?, pages = ?, ocr_pages = ?, encrypted = ?, extracted_at = ?
     WHERE sha256 = ?`,
  ).run(d.type, d.status, d.message, d.pages, d.ocrPages, d.encrypted ? 1 : 0, d.now, d.sha256);
}
