/** Follows `watch/` with chokidar; the watcher is only a hint: a start-up and periodic reconcile catch what events miss. */
import path from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import { discoverFiles } from './discover.ts';
import { isIgnoredPath } from './ignore.ts';
import { ingestFile, extractArchived, type IngestContext } from './ingest-file.ts';
import { waitUntilReady } from './readiness.ts';
import { createWorkQueue } from './work-queue.ts';
import { listPresentLocations, markRemoved, presentLocation } from '../store/locations.ts';
import { listPendingDocuments } from '../store/documents.ts';
import { recordEvent } from '../store/audit.ts';
import { errorMessage } from '../shared/errors.ts';

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

  async function handlePath(rel: string): Promise<void> {
    const abs = path.join(ctx.paths.watch, rel);
    const ready = await waitUntilReady(abs, { stableMs: opts.stableMs, pollMs: Math.min(250, Math.max(50, opts.stableMs / 4)), maxWaitMs: opts.maxWaitMs, signal: abort.signal });
    if (stopping) return;
    if (ready.state === 'gone') {
      const removed = markRemoved(ctx.db, rel, ctx.now());
      if (removed) {
        changed.add(removed.sha256);
        recordEvent(ctx.db, ctx.paths.auditLog, { at: ctx.now(), type: 'removed', actor: 'system', sha256: removed.sha256, path: rel, detail: {} });
        opts.log(`[${opdLabel(ctx, rel)}] dihapus dari folder bersama: ${rel} (salinan arsip tetap dipakai)`);
      }
      return;
    }
    if (ready.state === 'timeout') opts.log(`[${opdLabel(ctx, rel)}] berkas belum stabil setelah ditunggu, tetap diproses: ${rel}`);
    const known = presentLocation(ctx.db, rel);
    if (ready.state === 'ready' && known && known.size === ready.size && Math.abs(known.mtimeMs - ready.mtimeMs) < 1) return;
    const out = await ingestFile(ctx, { path: rel, size: ready.state === 'ready' ? ready.size : 0, mtimeMs: ready.state === 'ready' ? ready.mtimeMs : Date.now() });
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
        opts.log(`Gagal memproses ${job.kind === 'extract' ? job.name : key}: ${errorMessage(err)}. Berkas akan dicoba lagi pada pemindaian berikutnya.`);
      }
      if (queue.size() > 1) opts.log(`Antrean: ${queue.size() - 1} berkas menunggu`);
    },
    () => {
      if (batchTimer) clearTimeout(batchTimer);
      batchTimer = setTimeout(runBatch, 100);
    },
  );

  async function reconcile(): Promise<void> {
    const files = await discoverFiles(ctx.paths.watch);
    const present = new Map(listPresentLocations(ctx.db).map((l) => [l.path, l]));
    const seen = new Set<string>();
    for (const f of files) {
      seen.add(f.path);
      const known = present.get(f.path);
      if (!known || known.size !== f.size || Math.abs(known.mtimeMs - f.mtimeMs) >= 1) queue.push(f.path, { kind: 'path' });
    }
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
