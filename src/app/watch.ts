/** The watch use-case: keep the index, mappings and gap outputs current while OPDs drop files. */
import { countByStatus } from '../assess/summary.ts';
import os from 'node:os';
import type { Workspace } from '../types/config.ts';
import { startWatching, type Watching } from '../ingest/watch.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { createExtractor } from './extractor.ts';
import { workspaceIngestContext } from './ingest-context.ts';
import { classifyDocuments } from './classify-documents.ts';
import { loadWorkspaceState } from './state.ts';
import { writeGapOutputs } from './gap-outputs.ts';
import { cleanStaleTemp } from './stale-temp.ts';
import { awaitWriteLock, type Db } from '../store/db.ts';
import { lockWaitMessage } from '../shared/db-lock.ts';
import { limitHeapGrowth } from '../shared/heap-growth.ts';

export interface WatchSettings {
  polling: boolean;
  stableMs: number;
  rescanMs: number;
  /** Also re-render the gap report PDFs after each batch. */
  renderPdf: boolean;
  log: (line: string) => void;
  /** Called after the outputs were rewritten (the dashboard pushes live updates from here). */
  onUpdated?: (changed: string[]) => void;
}

export interface WatchSession {
  watching: Watching;
  close(): Promise<void>;
}

export async function startWatchSession(db: Db, ws: Workspace, settings: WatchSettings, extractor?: Extractor): Promise<WatchSession> {
  cleanStaleTemp(ws);
  awaitWriteLock(db, () => settings.log(lockWaitMessage()));
  limitHeapGrowth();
  const ex = extractor ?? createExtractor(ws);
  const refresh = async (changed: string[]): Promise<void> => {
    classifyDocuments(db, ws, changed);
    const state = loadWorkspaceState(db, ws);
    writeGapOutputs(state);
    if (settings.renderPdf) {
      const { renderGapReportFiles } = await import('../render/gap-files.ts');
      await renderGapReportFiles(state);
    }
    const counts = countByStatus(state.assessment.indicators);
    settings.log(
      `Analisis diperbarui (${changed.length} dokumen berubah): ${counts.lengkap} indikator lengkap, ` +
        `${counts['di-bawah-target']} di bawah target, ${counts.kurang} kurang, ${counts.kosong} kosong. output/gaps.json ditulis ulang.`,
    );
    settings.onUpdated?.(changed);
  };
  await ex.warmUp();
  const watching = await startWatching(
    workspaceIngestContext(db, ws, ex),
    {
      stableMs: settings.stableMs,
      polling: settings.polling,
      rescanMs: settings.rescanMs,
      concurrency: Math.max(1, Math.min(2, os.availableParallelism())),
      maxWaitMs: Math.max(60_000, settings.stableMs * 30),
      onBatch: refresh,
      log: settings.log,
    },
  );
  return {
    watching,
    async close() {
      await watching.stop();
      if (!extractor) await ex.close();
    },
  };
}
