/**
 * Opens a file of `watch/` for reading without following links, then checks that what was opened is the
 * regular file that was listed and that its real path lies inside `watch/`. This closes the race between
 * listing a file and reading it (a file swapped for a link, or a folder swapped for a link to elsewhere).
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { RefusalStatus } from '../types/documents.ts';
import { refusalMessage } from './messages.ts';

/** The entry was not read; `status` and the Indonesian `message` go to the summary or the log. */
export class RefusedFileError extends Error {
  constructor(
    readonly status: RefusalStatus,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedFileError';
  }
}

export interface CheckedFile {
  fd: number;
  size: number;
  mtimeMs: number;
}

/** The path the kernel opened (Linux `/proc`); elsewhere the resolved path of the name. */
function openedPath(fd: number, abs: string): string {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return realpathSync(abs);
  }
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Opens `watch/<relPath>` read-only. `listed` is the device and inode seen when the file was listed.
 * Throws RefusedFileError for a link, a non-regular file, a swapped file or a path leading outside `watch/`;
 * other errors (permissions, a vanished file) are thrown as they are. The caller closes `fd`.
 */
export function openChecked(watchDir: string, relPath: string, listed: { dev: number; ino: number }): CheckedFile {
  const abs = path.join(watchDir, relPath);
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a pipe must not block the open; it has no effect on regular files.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') throw new RefusedFileError('link', refusalMessage('link', relPath));
    throw err;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new RefusedFileError('not-regular', refusalMessage('not-regular', relPath));
    if (st.dev !== listed.dev || st.ino !== listed.ino) throw new RefusedFileError('changed', refusalMessage('changed', relPath));
    if (!isInside(realpathSync(watchDir), openedPath(fd, abs))) throw new RefusedFileError('link', refusalMessage('link', relPath));
    return { fd, size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
