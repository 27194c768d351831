/**
 * Finds a document from what a user types: a path under `watch/` (or the workspace), a SHA-256 prefix, or a file
 * name (or part of one) that only one present file has; several matches are listed so the user can pick one.
 */
import path from 'node:path';
import type { Db } from '../store/db.ts';
import { findDocumentsByPrefix, getDocument } from '../store/documents.ts';
import { listPresentLocations, locationsAt } from '../store/locations.ts';
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
  const named = byFileName(db, ref);
  if (named) return named;
  throw new UserError(
    `Dokumen "${ref}" tidak ditemukan di indeks. Tulis path di bawah watch/ (mis. watch/BagianHukum/SK.pdf) ` +
      `atau awalan SHA-256 dari "eviden docs", dan pastikan "eviden scan" sudah dijalankan.`,
  );
}

const LISTED = 10;

/** The one present file whose name is `ref` (else the one whose name contains it); null when none matches. */
function byFileName(db: Db, ref: string): DocumentRecord | null {
  const wanted = ref.trim().toLowerCase();
  if (wanted === '' || wanted.includes('/')) return null;
  const present = listPresentLocations(db);
  const nameOf = (p: string): string => path.posix.basename(p).toLowerCase();
  const exact = present.filter((l) => nameOf(l.path) === wanted);
  const matches = exact.length > 0 ? exact : present.filter((l) => nameOf(l.path).includes(wanted));
  const hashes = [...new Set(matches.map((l) => l.sha256))];
  if (hashes.length === 0) return null;
  if (hashes.length > 1) {
    const listed = matches.slice(0, LISTED).map((l) => `  - watch/${l.path}`);
    const more = matches.length > LISTED ? [`  … dan ${matches.length - LISTED} lainnya`] : [];
    throw new UserError(
      [`Nama "${ref}" cocok dengan ${matches.length} berkas:`, ...listed, ...more, 'Tulis path lengkapnya (mis. watch/<folder OPD>/<nama berkas>) atau nama yang lebih lengkap.'].join('\n'),
    );
  }
  return getDocument(db, hashes[0] ?? '');
}

function toWatchRelative(ws: Workspace, ref: string): string {
  const abs = path.resolve(ref);
  const fromWatch = path.relative(ws.paths.watch, abs);
  if (!fromWatch.startsWith('..') && !path.isAbsolute(fromWatch)) return fromWatch.split(path.sep).join('/');
  return ref.replace(/\\/g, '/').replace(/^\.?\/?(watch\/)?/, '');
}
