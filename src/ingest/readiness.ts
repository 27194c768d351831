/** Decides when a file in `watch/` is ready: size and mtime stable for a window, and (for PDFs) complete. */
import { lstat, open } from 'node:fs/promises';

export type Readiness =
  | { state: 'ready'; size: number; mtimeMs: number; dev: number; ino: number }
  | { state: 'gone' }
  | { state: 'timeout' }
  /** A symbolic link or another non-regular entry: never read, never waited for. */
  | { state: 'not-a-file'; link: boolean };

/** A PDF being written has no `%%EOF` near its end yet; other types are judged by stability alone. */
async function looksComplete(file: string, size: number): Promise<boolean> {
  if (size === 0) return true;
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(1024, size));
    await fh.read(head, 0, head.length, 0);
    if (!head.includes('%PDF-')) return true;
    const tailLen = Math.min(2048, size);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    return tail.includes('%%EOF');
  } finally {
    await fh.close();
  }
}

/**
 * Polls the file until size and mtime have not changed for `stableMs` and it looks complete.
 * Gives up after `maxWaitMs` (the caller ingests it anyway; a broken file then gets its status).
 */
export async function waitUntilReady(
  file: string,
  opts: { stableMs: number; pollMs: number; maxWaitMs: number; signal?: AbortSignal },
): Promise<Readiness> {
  const started = Date.now();
  let last: { size: number; mtimeMs: number } | null = null;
  let stableSince = Date.now();
  let sameObservations = 0;
  for (;;) {
    if (opts.signal?.aborted) return { state: 'timeout' };
    let s;
    try {
      s = await lstat(file);
    } catch {
      return { state: 'gone' };
    }
    if (!s.isFile()) return { state: 'not-a-file', link: s.isSymbolicLink() };
    const now = Date.now();
    if (!last || last.size !== s.size || last.mtimeMs !== s.mtimeMs) {
      last = { size: s.size, mtimeMs: s.mtimeMs };
      stableSince = now;
      sameObservations = 0;
    } else {
      sameObservations += 1;
    }
    // A copy may keep the source's old mtime, so an old mtime only counts once a second look saw the same size.
    const quietFor = sameObservations > 0 ? Math.max(now - stableSince, now - s.mtimeMs) : 0;
    if (quietFor >= opts.stableMs) {
      if (await looksComplete(file, s.size).catch(() => false)) return { state: 'ready', size: s.size, mtimeMs: s.mtimeMs, dev: s.dev, ino: s.ino };
    }
    if (now - started > opts.maxWaitMs) return { state: 'timeout' };
    await new Promise((r) => setTimeout(r, opts.pollMs));
  }
}
