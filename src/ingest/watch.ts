/** Follows `watch/` with chokidar; the watcher is only a hint: a start-up and periodic reconcile catch what events miss. */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import { discoverFiles } from './discover.ts';
import { isIgnoredPath } from './ignore.ts';
import { ingestFile, extractArchived, type IngestContext } from './ingest-file.ts';
import { waitUntilReady } from './readiness.ts';
import { RefusedFileError } from './open-checked.ts';
import { refusalMessage } from './messages.ts';
import type { RefusalStatus } from '../types/documents.ts';
import { createWorkQueue } from './work-queue.ts';
import { listPresentLocations, markRemoved, presentLocation } from '../store/locations.ts';
import { listPendingDocuments } from '../store/documents.ts';
import { recordEvent } from '../store/audit.ts';
import { DISK_FULL_MESSAGE, errorMessage, isDiskFull } from '../shared/errors.ts';
import { isDbLocked, lockHeldText } from '../shared/db-lock.ts';

export interface WatchOptions {
  stableMs: number;
  polling: boolean;
  rescanMs: number;
  concurrency: number;
  /** Longest wait for a file to become stable before it is ingested anyway. */
  maxWaitMs: number;
  /** Called (debounced) after each batch with the content hashes that changed. */
  onBatch: (changed: string[]) => Promise<void>;
  log: (line: string) => void;
}

export interface Watching {
  /** Resolves when every queued item is processed and the batch callback has run. */
  settled(): Promise<void>;
  queueLength(): number;
  stop(): Promise<void>;
}

type Job = { kind: 'path' } | { kind: 'extract'; name: string };

function opdLabel(ctx: IngestContext, relPath: string): string {
  const { opd, folder } = ctx.resolveOpd(relPath);
  return opd ?? `${folder || '(akar)'} (OPD tidak dikenal)`;
}

export async function startWatching(ctx: IngestContext, opts: WatchOptions): Promise<Watching> {
  const changed = new Set<string>();
  let batchTimer: NodeJS.Timeout | null = null;
  let batchRunning: Promise<void> = Promise.resolve();
  let stopping = false;
  const abort = new AbortController();

  const runBatch = (): void => {
    if (changed.size === 0) return;
    const hashes = [...changed].sort();
    changed.clear();
    batchRunning = batchRunning
      .then(() => opts.onBatch(hashes))
      .catch((err: unknown) => opts.log(`Gagal memperbarui analisis: ${errorMessage(err)}`));
  };

  /** A present location at `rel` that no longer holds a readable file is marked removed (its archive stays). */
  function forget(rel: string, why: string): void {
    const removed = markRemoved(ctx.db, rel, ctx.now());
    if (!removed) return;
    changed.add(removed.sha256);
    recordEvent(ctx.db, ctx.paths.auditLog, { at: ctx.now(), type: 'removed', actor: 'system', sha256: removed.sha256, path: rel, detail: {} });
    opts.log(`[${opdLabel(ctx, rel)}] ${why}: ${rel} (salinan arsip tetap dipakai)`);
  }

  /** Refused entries already logged: the periodic reconcile does not log them again. */
  const reported = new Set<string>();

  function refuse(rel: string, status: RefusalStatus, message: string): void {
    if (status !== 'changed') reported.add(rel);
    opts.log(`[${opdLabel(ctx, rel)}] ditolak (${status}): ${message}`);
    if (status !== 'changed') forget(rel, 'tidak lagi berupa berkas biasa');
  }

  async function handlePath(rel: string): Promise<void> {
    const abs = path.join(ctx.paths.watch, rel);
    let ready = await waitUntilReady(abs, { stableMs: opts.stableMs, pollMs: Math.min(250, Math.max(50, opts.stableMs / 4)), maxWaitMs: opts.maxWaitMs, signal: abort.signal });
    if (stopping) return;
    if (ready.state === 'timeout') {
      opts.log(`[${opdLabel(ctx, rel)}] berkas belum stabil setelah ditunggu, tetap diproses: ${rel}`);
      const s = await lstat(abs).catch(() => null);
      ready = !s ? { state: 'gone' } : s.isFile() ? { state: 'ready', size: s.size, mtimeMs: s.mtimeMs, dev: s.dev, ino: s.ino } : { state: 'not-a-file', link: s.isSymbolicLink() };
    }
    if (ready.state !== 'not-a-file') reported.delete(rel);
    if (ready.state === 'gone') return forget(rel, 'dihapus dari folder bersama');
    if (ready.state === 'not-a-file') {
      const status: RefusalStatus = ready.link ? 'link' : 'not-regular';
      return refuse(rel, status, refusalMessage(status, rel));
    }
    if (ready.state !== 'ready') return;
    const known = presentLocation(ctx.db, rel);
    if (known && known.size === ready.size && Math.abs(known.mtimeMs - ready.mtimeMs) < 1) return;
    let out;
    try {
      out = await ingestFile(ctx, { path: rel, ...ready });
    } catch (err) {
      if (err instanceof RefusedFileError) return refuse(rel, err.status, err.message);
      throw err;
    }
    changed.add(out.sha256);
    if (out.newContent) {
      const r = await extractArchived(ctx, out.sha256, rel);
      opts.log(`[${opdLabel(ctx, rel)}] ${out.location === 'replaced' ? 'versi baru' : 'berkas baru'}: ${rel} — ${r.status}, ${r.pages} hal.${r.ocrPages ? ` (${r.ocrPages} OCR)` : ''}`);
    } else if (out.location !== 'unchanged') {
      opts.log(`[${opdLabel(ctx, rel)}] isi sudah dikenal (dipindah/disalin, tanpa OCR ulang): ${rel}`);
    }
  }

  const queue = createWorkQueue<Job>(
    opts.concurrency,
    async (key, job) => {
      try {
        if (job.kind === 'extract') {
          const r = await extractArchived(ctx, key.slice('sha:'.length), job.name);
          changed.add(key.slice('sha:'.length));
          opts.log(`Melanjutkan ekstraksi yang terputus: ${job.name} — ${r.status}`);
        } else {
          await handlePath(key);
        }
      } catch (err) {
        const what = job.kind === 'extract' ? job.name : key;
        const retry = 'Berkas akan dicoba lagi pada pemindaian berikutnya.';
        if (isDiskFull(err)) opts.log(`Gagal memproses ${what}: ${DISK_FULL_MESSAGE}`);
        else if (isDbLocked(err)) opts.log(`Gagal memproses ${what}: ${lockHeldText()}. ${retry}`);
        else opts.log(`Gagal memproses ${what}: ${errorMessage(err)}. ${retry}`);
      }
      if (queue.size() > 1) opts.log(`Antrean: ${queue.size() - 1} berkas menunggu`);
    },
    () => {
      if (batchTimer) clearTimeout(batchTimer);
      batchTimer = setTimeout(runBatch, 100);
    },
  );

  async function reconcile(): Promise<void> {
    const { files, refused } = await discoverFiles(ctx.paths.watch);
    const present = new Map(listPresentLocations(ctx.db).map((l) => [l.path, l]));
    const seen = new Set<string>();
    for (const f of files) {
      seen.add(f.path);
      const known = present.get(f.path);
      if (!known || known.size !== f.size || Math.abs(known.mtimeMs - f.mtimeMs) >= 1) queue.push(f.path, { kind: 'path' });
    }
    for (const r of refused) if (!reported.has(r.path)) queue.push(r.path, { kind: 'path' });
    for (const p of present.keys()) if (!seen.has(p)) queue.push(p, { kind: 'path' });
    const names = new Map(listPresentLocations(ctx.db).map((l) => [l.sha256, l.path]));
    for (const d of listPendingDocuments(ctx.db)) {
      queue.push(`sha:${d.sha256}`, { kind: 'extract', name: names.get(d.sha256) ?? d.sha256.slice(0, 12) });
    }
  }

  const toRel = (abs: string): string => path.relative(ctx.paths.watch, abs).split(path.sep).join('/');
  const watcher = chokidarWatch(ctx.paths.watch, {
    ignoreInitial: true,
    persistent: true,
    usePolling: opts.polling,
    followSymlinks: false,
    interval: 1000,
    binaryInterval: 1000,
    ignored: (p: string) => {
      const rel = toRel(p);
      return rel !== '' && isIgnoredPath(rel);
    },
  });
  const onFileEvent = (abs: string): void => {
    const rel = toRel(abs);
    if (!rel.startsWith('..') && rel !== '') queue.push(rel, { kind: 'path' });
  };
  watcher.on('add', onFileEvent).on('change', onFileEvent).on('unlink', onFileEvent);
  watcher.on('unlinkDir', () => void reconcile());
  watcher.on('error', (err: unknown) => opts.log(`Pengawas berkas melaporkan kesalahan: ${errorMessage(err)}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  await reconcile();
  const rescanTimer = opts.rescanMs > 0 ? setInterval(() => void reconcile().catch(() => undefined), opts.rescanMs) : null;

  return {
    async settled() {
      await queue.idle();
      if (batchTimer) {
        clearTimeout(batchTimer);
        batchTimer = null;
      }
      runBatch();
      await batchRunning;
    },
    queueLength: () => queue.size(),
    async stop() {
      stopping = true;
      abort.abort();
      if (rescanTimer) clearInterval(rescanTimer);
      if (batchTimer) clearTimeout(batchTimer);
      await watcher.close();
      await queue.close();
      runBatch();
      await batchRunning;
    },
  };
}
