/** Which entries under `watch/` are not evidence: temporary, lock and system files (silent), hidden files (named). */

const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);
const SYSTEM_DIRS = new Set(['@eadir', '#recycle', '$recycle.bin', 'system volume information']);
const TEMP_SUFFIXES = ['.part', '.tmp', '.crdownload', '.download', '.partial', '.swp'];

/**
 * Why a path relative to `watch/` (with `/` separators) is not ingested: `system` for temporary, lock and
 * system files (left out silently), `hidden` for a file or folder whose name starts with a dot (left out,
 * and named in the scan summary so nobody wonders where a file went), null for evidence.
 */
export function skipReason(relPath: string): 'system' | 'hidden' | null {
  const parts = relPath.split('/');
  const name = parts.at(-1) ?? '';
  const lower = name.toLowerCase();
  if (parts.some((p) => SYSTEM_DIRS.has(p.toLowerCase()))) return 'system';
  if (SYSTEM_NAMES.has(lower) || name.startsWith('~$') || name.startsWith('.~lock')) return 'system';
  if (TEMP_SUFFIXES.some((s) => lower.endsWith(s))) return 'system';
  if (parts.some((p) => p.startsWith('.'))) return 'hidden';
  return null;
}

/** True when a path relative to `watch/` should not be ingested. */
export function isIgnoredPath(relPath: string): boolean {
  return skipReason(relPath) !== null;
}
