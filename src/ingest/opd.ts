/** Resolves the OPD of a file from its first folder under `watch/` (folder name, kode or alias). */
import type { Opd } from '../types/config.ts';

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export interface OpdResolver {
  /** OPD kode for a path relative to `watch/`, or null when its folder matches no OPD. */
  (relPath: string): { opd: string | null; folder: string };
}

export function createOpdResolver(opds: Opd[]): OpdResolver {
  const byName = new Map<string, string>();
  for (const o of opds) {
    for (const name of [o.folder, o.kode, o.nama, ...o.alias]) {
      const key = norm(name);
      if (key && !byName.has(key)) byName.set(key, o.kode);
    }
  }
  return (relPath) => {
    const slash = relPath.indexOf('/');
    const folder = slash === -1 ? '' : relPath.slice(0, slash);
    return { opd: folder ? (byName.get(norm(folder)) ?? null) : null, folder };
  };
}
