/** Lists the candidate evidence files under `watch/` with their size and mtime. */
import fg from 'fast-glob';
import { IGNORE_GLOBS, isIgnoredPath } from './ignore.ts';

export interface DiscoveredFile {
  /** Relative to `watch/`, `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
}

export async function discoverFiles(watchDir: string): Promise<DiscoveredFile[]> {
  const entries = await fg('**/*', {
    cwd: watchDir,
    onlyFiles: true,
    dot: false,
    stats: true,
    followSymbolicLinks: false,
    ignore: IGNORE_GLOBS,
    suppressErrors: true,
  });
  const files: DiscoveredFile[] = [];
  for (const e of entries) {
    if (!e.stats || isIgnoredPath(e.path)) continue;
    files.push({ path: e.path, size: e.stats.size, mtimeMs: e.stats.mtimeMs });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
