/** Takes one file from `watch/` through admission, hashing, archiving and registration (never modifies it). */
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../store/db.ts';
import { archiveContent, archiveRelPath, sha256Of } from '../store/archive.ts';
import { insertPendingDocument, getDocument, saveExtraction } from '../store/documents.ts';
import { upsertLocation } from '../store/locations.ts';
import { recordEvent } from '../store/audit.ts';
import type { WorkspacePaths } from '../types/config.ts';
import type { OpdResolver } from './opd.ts';
import type { Extractor } from './extractor.ts';
import type { DiscoveredFile } from './discover.ts';
import { openChecked, type CheckedFile } from './open-checked.ts';
import { savePages } from '../store/pages.ts';
import { clearOcrCheckpoints, loadOcrCheckpoints, saveOcrCheckpoint } from '../store/ocr-checkpoints.ts';
import type { OcrCheckpoint } from '../extract/extract-file.ts';
import { formatInteger } from '../shared/format.ts';
import type { PageEvents } from '../shared/scan-progress.ts';
import { StageTimes } from '../shared/stage-times.ts';

export interface IngestContext {
  paths: WorkspacePaths;
  db: Db;
  extractor: Extractor;
  resolveOpd: OpdResolver;
  maxFileBytes: number;
  now: () => string;
  /** Collects the time of each stage (scan --kinerja). */
  times?: StageTimes;
  /** Told each content as soon as its text is stored (the scan classifies it while other files are still read). */
  onExtracted?: (sha256: string) => void;
}

/** Stage times nobody reads (watch mode). */
const UNTIMED = new StageTimes();

export interface IngestOutcome {
  path: string;
  sha256: string;
  location: 'new' | 'replaced' | 'unchanged' | 'returned';
  /** True when this content was never seen before (it needs extraction). */
  newContent: boolean;
}

/** Streams the open file once: hashes it and copies it into a temp file of the archive folder. */
async function hashAndCopy(fd: number, tmp: string): Promise<string> {
  const hash = createHash('sha256');
  mkdirSync(path.dirname(tmp), { recursive: true });
  const source = createReadStream('', { fd, start: 0, autoClose: false });
  source.on('data', (chunk) => hash.update(chunk as Buffer));
  await pipeline(source, createWriteStream(tmp, { mode: 0o444 }));
  return hash.digest('hex');
}

/** Archives a file too large to read into memory: one streamed pass, then rename (or drop when already archived). */
async function archiveLargeFile(stateDir: string, fd: number): Promise<{ sha256: string; archivePath: string }> {
  const tmp = path.join(stateDir, 'archive', `incoming.${process.pid}.${randomUUID()}.tmp`);
  try {
    const sha256 = await hashAndCopy(fd, tmp);
    const archivePath = archiveRelPath(sha256, 'unknown');
    const abs = path.join(stateDir, archivePath);
    if (existsSync(abs)) rmSync(tmp, { force: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      renameSync(tmp, abs);
    }
    return { sha256, archivePath };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Ingests one listed file. Throws RefusedFileError (nothing read) when the entry is a link, not a regular
 * file, or was swapped since it was listed.
 */
export async function ingestFile(ctx: IngestContext, file: DiscoveredFile): Promise<IngestOutcome> {
  const opened = openChecked(ctx.paths.watch, file.path, file);
  try {
    return await ingestOpened(ctx, file.path, opened);
  } finally {
    closeSync(opened.fd);
  }
}

async function ingestOpened(ctx: IngestContext, relPath: string, file: CheckedFile): Promise<IngestOutcome> {
  const now = ctx.now();
  const { opd, folder } = ctx.resolveOpd(relPath);
  const fileName = path.posix.basename(relPath);

  if (file.size > ctx.maxFileBytes) {
    const { sha256, archivePath } = await archiveLargeFile(ctx.paths.state, file.fd);
    const known = getDocument(ctx.db, sha256) !== null;
    const location = ctx.db.transaction(() => {
      if (!known) {
        insertPendingDocument(ctx.db, { sha256, size: file.size, type: 'unknown', archivePath, now });
        saveExtraction(ctx.db, {
          sha256,
          type: 'unknown',
          status: 'too-large',
          message:
            `Berkas "${fileName}" terlalu besar (${formatInteger(file.size / 1048576)} MB, batas ` +
            `${formatInteger(ctx.maxFileBytes / 1048576)} MB). Perkecil atau pecah berkas, atau naikkan batas.ukuranBerkasMB di konfigurasi.`,
          pages: 0,
          ocrPages: 0,
          encrypted: false,
          now,
        });
      }
      return upsertLocation(ctx.db, { path: relPath, sha256, opd, folder, size: file.size, mtimeMs: file.mtimeMs, now });
    })();
    recordEvent(ctx.db, ctx.paths.auditLog, { at: now, type: 'ingested', actor: 'system', sha256, path: relPath, detail: { location, status: 'too-large' } });
    return { path: relPath, sha256, location, newContent: false };
  }

  const times = ctx.times ?? UNTIMED;
  const { bytes, sha256 } = times.time('hash', () => {
    const read = new Uint8Array(readFileSync(file.fd));
    return { bytes: read, sha256: sha256Of(read) };
  });
  const known = getDocument(ctx.db, sha256) !== null;
  let type = ctx.extractor.detect(bytes);
  if (bytes.length === 0) type = 'unknown';
  const archivePath = known ? '' : times.time('arsip', () => archiveContent(ctx.paths.state, sha256, type, bytes));
  const location = times.time('simpan', () =>
    ctx.db.transaction(() => {
      if (!known) insertPendingDocument(ctx.db, { sha256, size: bytes.length, type, archivePath, now });
      return upsertLocation(ctx.db, { path: relPath, sha256, opd, folder, size: file.size, mtimeMs: file.mtimeMs, now });
    })(),
  );
  if (location !== 'unchanged') {
    recordEvent(ctx.db, ctx.paths.auditLog, {
      at: now,
      type: location === 'replaced' ? 'replaced' : 'ingested',
      actor: 'system',
      sha256,
      path: relPath,
      detail: { location, opd, size: file.size, known },
    });
  }
  return { path: relPath, sha256, location, newContent: !known };
}

/** Extracts the text of an archived content and stores it with its status (idempotent). */
export async function extractArchived(
  ctx: IngestContext,
  sha256: string,
  displayName: string,
  events?: PageEvents,
): Promise<{ pages: number; ocrPages: number; status: string; warnings: string[] }> {
  const doc = getDocument(ctx.db, sha256);
  if (!doc) throw new Error(`dokumen ${sha256.slice(0, 12)} tidak ada di indeks; jalankan "eviden scan" lagi`);
  const times = ctx.times ?? UNTIMED;
  // Every page OCR reads is saved at once: a run killed mid-document resumes at the first page not yet read.
  const checkpoint: OcrCheckpoint = {
    done: loadOcrCheckpoints(ctx.db, sha256),
    save: (page) => saveOcrCheckpoint(ctx.db, sha256, page),
  };
  const result = await times.timeAsync('ekstraksi', () =>
    ctx.extractor.extract(new Uint8Array(readFileSync(path.join(ctx.paths.state, doc.archivePath))), displayName, events, checkpoint),
  );
  const now = ctx.now();
  times.time('simpan', () => ctx.db.transaction(() => {
    clearOcrCheckpoints(ctx.db, sha256);
    savePages(ctx.db, sha256, result.pages);
    saveExtraction(ctx.db, {
      sha256,
      type: result.type,
      status: result.status,
      message: result.message,
      pages: result.pages.length,
      ocrPages: result.ocrPages,
      encrypted: result.encrypted,
      now,
    });
  })());
  recordEvent(ctx.db, ctx.paths.auditLog, {
    at: now,
    type: 'extracted',
    actor: 'system',
    sha256,
    path: displayName,
    detail: { status: result.status, pages: result.pages.length, ocrPages: result.ocrPages, warnings: result.warnings },
  });
  return { pages: result.pages.length, ocrPages: result.ocrPages, status: result.status, warnings: result.warnings };
}
