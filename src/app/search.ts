/** Full-text search joined with document locations, for the CLI and the dashboard. */
import type { Db } from '../store/db.ts';
import { searchPages } from '../store/pages.ts';
import { locationsOf } from '../store/locations.ts';

export interface DocumentHit {
  sha256: string;
  path: string;
  opd: string | null;
  page: number;
  snippet: string;
}

export function searchDocuments(db: Db, query: string, limit: number): DocumentHit[] {
  const hits = searchPages(db, query, limit);
  if (hits.length === 0) return [];
  const where = new Map<string, { path: string; opd: string | null }>();
  for (const sha256 of new Set(hits.map((h) => h.sha256))) {
    const locs = locationsOf(db, sha256);
    const best = locs.find((l) => l.present) ?? locs[0];
    if (best) where.set(sha256, { path: best.path, opd: best.opd });
  }
  return hits.map((h) => ({
    sha256: h.sha256,
    path: where.get(h.sha256)?.path ?? h.sha256,
    opd: where.get(h.sha256)?.opd ?? null,
    page: h.page,
    snippet: h.snippet,
  }));
}
