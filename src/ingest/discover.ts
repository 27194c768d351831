/**
 * Lists the evidence files under `watch/`: regular files only, never through a link. Links and other
 * non-regular entries are refused with a status and a message; hidden files and folders are named.
 */
import fg from 'fast-glob';
import { skipReason } from './ignore.ts';
import { refusalMessage } from './messages.ts';
import type { RefusalStatus } from '../types/documents.ts';

export interface DiscoveredFile {
  /** Relative to `watch/`, `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
  /** Device and inode seen when the file was listed: the file opened later must be this one. */
  dev: number;
  ino: number;
}

/** An entry of `watch/` that is never read: a symbolic link or a device, socket or pipe. */
export interface RefusedEntry {
  path: string;
  status: RefusalStatus;
  message: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  refused: RefusedEntry[];
  /** Hidden files, and hidden folders (with a trailing `/`, their content not listed), relative to `watch/`. */
  hidden: string[];
}

/** Folders of NAS and OS housekeeping, never descended into (their content is never evidence). */
const SYSTEM_DIR_GLOBS = ['**/@eaDir/**', '**/#recycle/**', '**/$RECYCLE.BIN/**', '**/System Volume Information/**'];

const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The part of a hidden path that is hidden: the file itself, or its outermost hidden folder with a `/`. */
function hiddenRoot(relPath: string, isDir: boolean): string {
  const parts = relPath.split('/');
  const i = parts.findIndex((p) => p.startsWith('.'));
  return i === parts.length - 1 && !isDir ? relPath : `${parts.slice(0, i + 1).join('/')}/`;
}

export async function discoverFiles(watchDir: string): Promise<Discovery> {
  const entries = await fg('**', {
    cwd: watchDir,
    onlyFiles: false,
    dot: true,
    stats: true,
    followSymbolicLinks: false,
    caseSensitiveMatch: false,
    ignore: SYSTEM_DIR_GLOBS,
    suppressErrors: true,
  });
  const files: DiscoveredFile[] = [];
  const refused: RefusedEntry[] = [];
  const hidden = new Set<string>();
  for (const e of entries) {
    const reason = skipReason(e.path);
    if (reason === 'system' || !e.stats) continue;
    if (reason === 'hidden') {
      hidden.add(hiddenRoot(e.path, e.stats.isDirectory()));
      continue;
    }
    if (e.stats.isDirectory()) continue;
    if (e.stats.isFile()) {
      files.push({ path: e.path, size: e.stats.size, mtimeMs: e.stats.mtimeMs, dev: e.stats.dev, ino: e.stats.ino });
    } else {
      const status: RefusalStatus = e.stats.isSymbolicLink() ? 'link' : 'not-regular';
      refused.push({ path: e.path, status, message: refusalMessage(status, e.path) });
    }
  }
  return { files: files.sort(byPath), refused: refused.sort(byPath), hidden: [...hidden].sort() };
}
