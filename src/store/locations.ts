/** Repository of locations: where in `watch/` each content was seen, with its history. */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { LocationRecord } from '../types/documents.ts';

interface LocationRow {
  path: string;
  sha256: string;
  opd: string | null;
  folder: string;
  size: number;
  mtime_ms: number;
  present: number;
  first_seen: string;
  last_seen: string;
  removed_at: string | null;
  replaced_at: string | null;
}

function toRecord(r: LocationRow): LocationRecord {
  return {
    path: r.path,
    sha256: r.sha256,
    opd: r.opd,
    folder: r.folder,
    size: r.size,
    mtimeMs: r.mtime_ms,
    present: r.present === 1,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    removedAt: r.removed_at,
    replacedAt: r.replaced_at,
  };
}

export function listLocations(db: Db): LocationRecord[] {
  return (db.prepare('SELECT * FROM locations ORDER BY path, first_seen').all() as LocationRow[]).map(toRecord);
}

/** Every location (present or not) of one content. */
export function locationsOf(db: Db, sha256: string): LocationRecord[] {
  return (prepared(db, 'SELECT * FROM locations WHERE sha256 = ? ORDER BY path, first_seen').all(sha256) as LocationRow[]).map(toRecord);
}

/** Every content ever seen at one path, oldest first. */
export function locationsAt(db: Db, path: string): LocationRecord[] {
  return (db.prepare('SELECT * FROM locations WHERE path = ? ORDER BY first_seen').all(path) as LocationRow[]).map(toRecord);
}

/** The present location at a path, if any (at most one content is current per path). */
export function presentLocation(db: Db, path: string): LocationRecord | null {
  const row = db.prepare('SELECT * FROM locations WHERE path = ? AND present = 1').get(path) as LocationRow | undefined;
  return row ? toRecord(row) : null;
}

export function listPresentLocations(db: Db): LocationRecord[] {
  return (db.prepare('SELECT * FROM locations WHERE present = 1 ORDER BY path').all() as LocationRow[]).map(toRecord);
}

/** Records that `path` now holds `sha256`; an older content at the same path is marked replaced. */
export function upsertLocation(
  db: Db,
  loc: { path: string; sha256: string; opd: string | null; folder: string; size: number; mtimeMs: number; now: string },
): 'new' | 'replaced' | 'unchanged' | 'returned' {
  const current = presentLocation(db, loc.path);
  if (current && current.sha256 === loc.sha256) {
    db.prepare('UPDATE locations SET size = ?, mtime_ms = ?, last_seen = ?, opd = ?, folder = ? WHERE path = ? AND sha256 = ?').run(
      loc.size, loc.mtimeMs, loc.now, loc.opd, loc.folder, loc.path, loc.sha256,
    );
    return 'unchanged';
  }
  let outcome: 'new' | 'replaced' | 'returned' = 'new';
  if (current) {
    db.prepare('UPDATE locations SET present = 0, replaced_at = ? WHERE path = ? AND sha256 = ?').run(loc.now, loc.path, current.sha256);
    outcome = 'replaced';
  }
  const previous = db.prepare('SELECT 1 FROM locations WHERE path = ? AND sha256 = ?').get(loc.path, loc.sha256);
  if (previous) {
    db.prepare(
      `UPDATE locations SET present = 1, removed_at = NULL, replaced_at = NULL, size = ?, mtime_ms = ?, last_seen = ?, opd = ?, folder = ?
       WHERE path = ? AND sha256 = ?`,
    ).run(loc.size, loc.mtimeMs, loc.now, loc.opd, loc.folder, loc.path, loc.sha256);
    return outcome === 'new' ? 'returned' : outcome;
  }
  db.prepare(
    `INSERT INTO locations (path, sha256, opd, folder, size, mtime_ms, present, first_seen, last_seen)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(loc.path, loc.sha256, loc.opd, loc.folder, loc.size, loc.mtimeMs, loc.now, loc.now);
  return outcome;
}

/** Marks the content at `path` as removed from the shared folder (its archived copy stays). */
export function markRemoved(db: Db, path: string, now: string): LocationRecord | null {
  const current = presentLocation(db, path);
  if (!current) return null;
  db.prepare('UPDATE locations SET present = 0, removed_at = ? WHERE path = ? AND sha256 = ?').run(now, path, current.sha256);
  return { ...current, present: false, removedAt: now };
}
