/**
 * The upload use-case: a file placed in `watch/<OPD folder>/` from the dashboard goes through the same ingest path
 * as scan and watch (admission, archive, extraction, classification, gap outputs), one at a time, and the upload is
 * written to the audit trail with who sent it (the OPD access id and name, or the coordinator).
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/db.ts';
import type { Workspace } from '../types/config.ts';
import type { DocStatus } from '../types/documents.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { extractArchived, ingestFile } from '../ingest/ingest-file.ts';
import { removeStaleUploads } from '../ingest/upload-placement.ts';
import { getDocument } from '../store/documents.ts';
import { recordEvent } from '../store/audit.ts';
import { workspaceIngestContext } from './ingest-context.ts';
import { classifyDocuments } from './classify-documents.ts';
import { loadWorkspaceState } from './state.ts';
import { writeGapOutputs } from './gap-outputs.ts';
import { nowIso } from './session.ts';

/** Who uploaded: the audit trail's actor, and the OPD access used (null for the coordinator). */
export interface Uploader {
  actor: string;
  aksesId: string | null;
}

export interface UploadedDocument {
  /** Relative to `watch/`. */
  path: string;
  sha256: string;
  status: DocStatus;
  /** The Indonesian message of a status other than ok. */
  message: string;
}

export interface UploadIngest {
  /** Ingests one file already placed at `relPath` (under `watch/`); resolves once it is a document with a status. */
  ingest(relPath: string, opd: string, by: Uploader): Promise<UploadedDocument>;
  close(): Promise<void>;
}

/**
 * `extractor` is shared with a watcher in the same process (`serve --watch`); without one, an extractor is made at
 * the first upload and closed with the server.
 */
export function createUploadIngest(db: Db, workspace: () => Workspace, extractor?: Extractor): UploadIngest {
  let own: Extractor | null = null;
  let cleaned = false;
  let queue: Promise<unknown> = Promise.resolve();
  // The extraction stack (pdf.js, OCR) loads at the first upload, not when the dashboard starts.
  const extractorNow = async (): Promise<Extractor> => extractor ?? (own ??= (await import('./extractor.ts')).createExtractor(workspace()));

  const run = async (relPath: string, opd: string, by: Uploader): Promise<UploadedDocument> => {
    const ws = workspace();
    if (!cleaned) {
      // Upload temp files a killed server left behind go before the first new upload.
      removeStaleUploads(ws.paths.watch);
      cleaned = true;
    }
    const s = lstatSync(path.join(ws.paths.watch, relPath));
    const ctx = workspaceIngestContext(db, ws, await extractorNow());
    const out = await ingestFile(ctx, { path: relPath, size: s.size, mtimeMs: s.mtimeMs, dev: s.dev, ino: s.ino });
    recordEvent(db, ws.paths.auditLog, {
      at: nowIso(),
      type: 'uploaded',
      actor: by.actor,
      sha256: out.sha256,
      path: relPath,
      detail: { opd, aksesId: by.aksesId, size: s.size, known: !out.newContent },
    });
    if (out.newContent) await extractArchived(ctx, out.sha256, relPath);
    classifyDocuments(db, ws, [out.sha256]);
    writeGapOutputs(loadWorkspaceState(db, ws));
    const doc = getDocument(db, out.sha256);
    return { path: relPath, sha256: out.sha256, status: doc?.status ?? 'pending', message: doc?.message ?? '' };
  };

  return {
    ingest(relPath, opd, by) {
      const next = queue.then(() => run(relPath, opd, by));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      await own?.close();
    },
  };
}
