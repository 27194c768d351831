/** `scan`: reconciles the whole `watch/` folder with the index (new, changed, moved, removed files), then extracts. */
import { discoverFiles, type DiscoveredFile } from './discover.ts';
import { ingestFile, extractArchived, type IngestContext } from './ingest-file.ts';
import { RefusedFileError } from './open-checked.ts';
import { unreadableMessage } from './messages.ts';
import { listPresentLocations, markRemoved } from '../store/locations.ts';
import { listPendingDocuments } from '../store/documents.ts';
import { recordEvent } from '../store/audit.ts';
import type { LocationRecord } from '../types/documents.ts';
import { startProgress } from '../shared/progress.ts';
import { startScanProgress } from '../shared/scan-progress.ts';
import { errorMessage, isDiskFull } from '../shared/errors.ts';
import { isDbLocked } from '../shared/db-lock.ts';
import { log } from '../shared/output.ts';

export interface ScanSummary {
  files: number;
  unchanged: number;
  added: number;
  replaced: number;
  removed: number;
  moved: number;
  extracted: number;
  pages: number;
  ocrPages: number;
  /** Entries refused (links, non-regular files) or unreadable, each with its status and Indonesian message. */
  failed: { path: string; status: string; message: string }[];
  /** Hidden files and folders (a trailing `/`) left out, relative to `watch/`. */
  hidden: string[];
  /** Non-fatal extraction notes, one line per file and note. */
  warnings: string[];
  /** Content hashes whose locations or text changed (they need re-classification). */
  changed: string[];
  seconds: number;
}

/** Runs async tasks with at most `limit` at once, in input order of start. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  });
  await Promise.all(runners);
}

/** Faults of the machine, not of the file: the whole run stops with one message (the next run continues). */
function stopsTheRun(err: unknown): boolean {
  return isDiskFull(err) || isDbLocked(err);
}

/**
 * Runs `work` (classifying a document just stored) once the next document has been handed to the parsing thread
 * this one freed: the main thread's work then overlaps the reading instead of leaving that thread idle. A failure is
 * logged like an extraction failure; a fault of the machine (full disk, locked database) is handed back, and the scan
 * stops with it once the reading ends.
 */
function afterNextStarts(name: string, work: () => void): Promise<unknown> {
  return new Promise((resolve) => {
    setImmediate(() => {
      try {
        work();
        resolve(null);
      } catch (err) {
        if (stopsTheRun(err)) resolve(err);
        else {
          log(`Gagal mengekstrak "${name}": ${errorMessage(err)}`);
          resolve(null);
        }
      }
    });
  });
}

function isUnchanged(known: LocationRecord | undefined, f: DiscoveredFile): boolean {
  return known !== undefined && known.size === f.size && Math.abs(known.mtimeMs - f.mtimeMs) < 1;
}

export async function scanWorkspace(
  ctx: IngestContext,
  opts: { concurrency: number; quiet?: boolean },
): Promise<ScanSummary> {
  const started = performance.now();
  const { files, refused, hidden } = await discoverFiles(ctx.paths.watch);
  const present = new Map(listPresentLocations(ctx.db).map((l) => [l.path, l]));
  const seen = new Set(files.map((f) => f.path));
  const todo = files.filter((f) => !isUnchanged(present.get(f.path), f));
  const summary: ScanSummary = {
    files: files.length,
    unchanged: files.length - todo.length,
    added: 0,
    replaced: 0,
    removed: 0,
    moved: 0,
    extracted: 0,
    pages: 0,
    ocrPages: 0,
    failed: [...refused],
    hidden,
    warnings: [],
    changed: [],
    seconds: 0,
  };
  const changed = new Set<string>();
  const arrivedHashes = new Map<string, string>();

  // The parsing threads load pdf.js while this thread hashes and archives the new files.
  const warming = todo.length > 0 || listPendingDocuments(ctx.db).length > 0 ? ctx.extractor.warmUp().catch(() => undefined) : null;
  const progress = startProgress('Memindai', todo.length, opts.quiet);
  await eachLimited(todo, 4, async (f) => {
    try {
      const out = await ingestFile(ctx, f);
      if (out.location === 'replaced') summary.replaced += 1;
      else if (out.location !== 'unchanged') summary.added += 1;
      changed.add(out.sha256);
      arrivedHashes.set(out.sha256, f.path);
    } catch (err) {
      if (stopsTheRun(err)) throw err;
      summary.failed.push(
        err instanceof RefusedFileError
          ? { path: f.path, status: err.status, message: err.message }
          : { path: f.path, status: 'unreadable', message: unreadableMessage(f.path, errorMessage(err)) },
      );
    }
    progress.tick(f.path);
  });
  progress.stop();

  // Files that disappeared: removed from the shared folder, or moved when the same content arrived elsewhere.
  for (const [p, loc] of present) {
    if (seen.has(p)) continue;
    const now = ctx.now();
    markRemoved(ctx.db, p, now);
    changed.add(loc.sha256);
    const movedTo = arrivedHashes.get(loc.sha256);
    if (movedTo) summary.moved += 1;
    else summary.removed += 1;
    recordEvent(ctx.db, ctx.paths.auditLog, {
      at: now,
      type: movedTo ? 'moved' : 'removed',
      actor: 'system',
      sha256: loc.sha256,
      path: p,
      detail: movedTo ? { to: movedTo } : {},
    });
  }

  // Extract every content still pending (new ones, and those interrupted by an earlier killed run).
  const pending = listPendingDocuments(ctx.db);
  if (pending.length > 0) {
    const names = new Map(listPresentLocations(ctx.db).map((l) => [l.sha256, l.path]));
    const bar = startScanProgress('Membaca teks', pending.length, opts.quiet);
    const told: Promise<unknown>[] = [];
    await eachLimited(pending, opts.concurrency, async (doc) => {
      const name = names.get(doc.sha256) ?? doc.sha256.slice(0, 12);
      try {
        const r = await extractArchived(ctx, doc.sha256, name, bar.file(name));
        summary.extracted += 1;
        summary.pages += r.pages;
        summary.ocrPages += r.ocrPages;
        for (const w of r.warnings) summary.warnings.push(w);
        changed.add(doc.sha256);
        if (ctx.onExtracted) told.push(afterNextStarts(name, () => ctx.onExtracted?.(doc.sha256)));
      } catch (err) {
        if (stopsTheRun(err)) throw err;
        log(`Gagal mengekstrak "${name}": ${errorMessage(err)}`);
      }
      bar.done(name);
    });
    const fault = (await Promise.all(told)).find((err) => err !== null);
    bar.stop();
    if (fault !== undefined) throw fault;
  }
  await warming;
  summary.changed = [...changed].sort();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
