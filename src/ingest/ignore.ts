/** Which files under `watch/` are not evidence: temporary, lock and system files, hidden files. */

const IGNORED_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);
const IGNORED_DIRS = new Set(['@eadir', '#recycle', '$recycle.bin', 'system volume information']);
const IGNORED_SUFFIXES = ['.part', '.tmp', '.crdownload', '.download', '.partial', '.swp'];

/** True when a path relative to `watch/` (with `/` separators) should not be ingested. */
export function isIgnoredPath(relPath: string): boolean {
  const parts = relPath.split('/');
  const name = parts.at(-1) ?? '';
  const lower = name.toLowerCase();
  if (parts.some((p) => p.startsWith('.') || IGNORED_DIRS.has(p.toLowerCase()))) return true;
  if (IGNORED_NAMES.has(lower)) return true;
  if (name.startsWith('~$') || name.startsWith('.~lock')) return true;
  return IGNORED_SUFFIXES.some((s) => lower.endsWith(s));
}

/** fast-glob/chokidar ignore patterns matching the rule above (for discovery). */
export const IGNORE_GLOBS = [
  '**/.*',
  '**/.*/**',
  '**/~$*',
  '**/@eaDir/**',
  '**/*.part',
  '**/*.tmp',
  '**/*.crdownload',
  '**/Thumbs.db',
  '**/desktop.ini',
];
