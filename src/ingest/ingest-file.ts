/** Takes one file from `watch/` through admission, hashing, archiving and registration (never modifies it). */
import { createReadStream, readFileSync, copyFileSync, existsSync, mkdirSync, renameSync, chmodSync } from 'node:fs';
import { createHash } from 'node:crypto';
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
import { savePages } from '../store/pages.ts';
import { formatInteger } from '../shared/format.ts';
import type { PageEvents } from '../shared/scan-progress.ts';

export interface IngestContext {
  paths: WorkspacePaths;
  db: Db;
  extractor: Extractor;
  resolveOpd: OpdResolver;
  maxFileBytes: number;
  now: () => string;
}

export interface IngestOutcome {
  path: string;
  sha256: string;
  location: 'new' | 'replaced' | 'unchanged' | 'returned';
  /** True when this content was never seen before (it needs extraction). */
  newContent: boolean;
}

async function hashStream(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Archives a file too large to read into memory by streaming copy. */
function archiveLargeFile(stateDir: string, sha256: string, source: string): string {
  const rel = archiveRelPath(sha256, 'unknown');
  const abs = path.join(stateDir, rel);
  if (!existsSync(abs)) {
    mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.tmp`;
    copyFileSync(source, tmp);
    chmodSync(tmp, 0o444);
    renameSync(tmp, abs);
  }
  return rel;
}

export async function ingestFile(ctx: IngestContext, file: DiscoveredFile): Promise<IngestOutcome> {
  const abs = path.join(ctx.paths.watch, file.path);
  const now = ctx.now();
  const { opd, folder } = ctx.resolveOpd(file.path);
  const fileName = path.posix.basename(file.path);

  if (file.size > ctx.maxFileBytes) {
    const sha256 = await hashStream(abs);
    const known = getDocument(ctx.db, sha256) !== null;
    const archivePath = known ? '' : archiveLargeFile(ctx.paths.state, sha256, abs);
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
      return upsertLocation(ctx.db, { path: file.path, sha256, opd, folder, size: file.size, mtimeMs: file.mtimeMs, now });
    })();
    recordEvent(ctx.db, ctx.paths.auditLog, { at: now, type: 'ingested', actor: 'system', sha256, path: file.path, detail: { location, status: 'too-large' } });
    return { path: file.path, sha256, location, newContent: false };
  }

  const bytes = new Uint8Array(readFileSync(abs));
  const sha256 = sha256Of(bytes);
  const known = getDocument(ctx.db, sha256) !== null;
  let type = ctx.extractor.detect(bytes);
  if (bytes.length === 0) type = 'unknown';
  const archivePath = known ? '' : archiveContent(ctx.paths.state, sha256, type, bytes);
  const location = ctx.db.transaction(() => {
    if (!known) insertPendingDocument(ctx.db, { sha256, size: bytes.length, type, archivePath, now });
    return upsertLocation(ctx.db, { path: file.path, sha256, opd, folder, size: file.size, mtimeMs: file.mtimeMs, now });
  })();
  if (location !== 'unchanged') {
    recordEvent(ctx.db, ctx.paths.auditLog, {
      at: now,
      type: location === 'replaced' ? 'replaced' : 'ingested',
      actor: 'system',
      sha256,
      path: file.path,
      detail: { location, opd, size: file.size, known },
    });
  }
  return { path: file.path, sha256, location, newContent: !known };
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
  const bytes = new Uint8Array(readFileSync(path.join(ctx.paths.state, doc.archivePath)));
  const result = await ctx.extractor.extract(bytes, displayName, events);
  const now = ctx.now();
  ctx.db.transaction(() => {
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
  })();
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
