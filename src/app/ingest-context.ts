/** The ingest stage's context for a workspace: its paths and database, the extractor, OPD folders and size limit. */
import type { Workspace } from '../types/config.ts';
import type { Db } from '../store/db.ts';
import type { Extractor } from '../ingest/extractor.ts';
import type { IngestContext } from '../ingest/ingest-file.ts';
import { createOpdResolver } from '../ingest/opd.ts';
import { nowIso } from './session.ts';

export function workspaceIngestContext(db: Db, ws: Workspace, extractor: Extractor): IngestContext {
  return {
    paths: ws.paths,
    db,
    extractor,
    resolveOpd: createOpdResolver(ws.config.opd),
    maxFileBytes: ws.config.batas.ukuranBerkasMB * 1024 * 1024,
    now: nowIso,
  };
}
