/** Finds a document from what a user types: a path under `watch/` (or the workspace) or a SHA-256 prefix. */
import path from 'node:path';
import type { Db } from '../store/db.ts';
import { findDocumentsByPrefix, getDocument } from '../store/documents.ts';
import { locationsAt } from '../store/locations.ts';
import type { DocumentRecord } from '../types/documents.ts';
import type { Workspace } from '../types/config.ts';
import { UserError } from '../shared/errors.ts';

export function resolveDocument(db: Db, ws: Workspace, ref: string): DocumentRecord {
  const asPath = toWatchRelative(ws, ref);
  const byPath = locationsAt(db, asPath);
  const current = byPath.find((l) => l.present) ?? byPath.at(-1);
  if (current) {
    const doc = getDocument(db, current.sha256);
    if (doc) return doc;
  }
  if (/^[0-9a-f]{4,64}$/i.test(ref)) {
    const found = findDocumentsByPrefix(db, ref.toLowerCase());
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw new UserError(`Awalan SHA-256 "${ref}" cocok dengan ${found.length} dokumen. Tulis lebih banyak karakter.`);
    }
  }
  throw new UserError(
    `Dokumen "${ref}" tidak ditemukan di indeks. Tulis path di bawah watch/ (mis. watch/BagianHukum/SK.pdf) ` +
      `atau awalan SHA-256 dari "eviden docs", dan pastikan "eviden scan" sudah dijalankan.`,
  );
}

function toWatchRelative(ws: Workspace, ref: string): string {
  const abs = path.resolve(ref);
  const fromWatch = path.relative(ws.paths.watch, abs);
  if (!fromWatch.startsWith('..') && !path.isAbsolute(fromWatch)) return fromWatch.split(path.sep).join('/');
  return ref.replace(/\\/g, '/').replace(/^\.?\/?(watch\/)?/, '');
}
