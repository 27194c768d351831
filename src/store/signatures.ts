/**
 * Similarity signatures (src/learn/signature.ts) of scanned documents, and the documents known only from imported
 * decisions (their file name, signature and origin workspace). Stored encoded; `null` = text too short to compare.
 */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';

export interface StoredSignature {
  sha256: string;
  version: string;
  signature: string | null;
}

export function saveSignature(db: Db, s: StoredSignature): void {
  db.prepare(
    `INSERT INTO signatures (sha256, version, signature) VALUES (?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET version = excluded.version, signature = excluded.signature`,
  ).run(s.sha256, s.version, s.signature);
}

/** The signature version stored per document (for the "what needs computing" check). */
export function signatureVersions(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT sha256, version FROM signatures').all() as { sha256: string; version: string }[];
  return new Map(rows.map((r) => [r.sha256, r.version]));
}

/** Encoded signatures of the given documents, or of all when `sha256s` is absent (documents without one are left out). */
export function loadSignatures(db: Db, sha256s?: readonly string[]): Map<string, string> {
  const rows =
    sha256s === undefined
      ? (db.prepare('SELECT sha256, signature FROM signatures WHERE signature IS NOT NULL').all() as { sha256: string; signature: string }[])
      : sha256s.flatMap((sha) => {
          const row = prepared(db, 'SELECT sha256, signature FROM signatures WHERE sha256 = ? AND signature IS NOT NULL').get(sha) as
            | { sha256: string; signature: string }
            | undefined;
          return row ? [row] : [];
        });
  return new Map(rows.map((r) => [r.sha256, r.signature]));
}

export interface ForeignDocument {
  sha256: string;
  /** The file name in the workspace the decisions came from. */
  name: string;
  signature: string | null;
  origin: string;
  importedAt: string;
}

/** Records a document known from an import; a document already known keeps its first record. */
export function addForeignDocument(db: Db, d: ForeignDocument): void {
  db.prepare('INSERT OR IGNORE INTO foreign_documents (sha256, name, signature, origin, imported_at) VALUES (?, ?, ?, ?, ?)').run(
    d.sha256, d.name, d.signature, d.origin, d.importedAt,
  );
}

export function listForeignDocuments(db: Db): ForeignDocument[] {
  const rows = db.prepare('SELECT sha256, name, signature, origin, imported_at FROM foreign_documents ORDER BY sha256').all() as {
    sha256: string;
    name: string;
    signature: string | null;
    origin: string;
    imported_at: string;
  }[];
  return rows.map((r) => ({ sha256: r.sha256, name: r.name, signature: r.signature, origin: r.origin, importedAt: r.imported_at }));
}
