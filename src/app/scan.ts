/** The scan use-case: reconcile `watch/` with the index, extract new content, classify what changed. */
import os from 'node:os';
import type { Workspace } from '../types/config.ts';
import { scanWorkspace, type ScanSummary } from '../ingest/scan.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { createExtractor } from './extractor.ts';
import { workspaceIngestContext } from './ingest-context.ts';
import { classifyDocuments, workspaceClassifier } from './classify-documents.ts';
import { listDocuments } from '../store/documents.ts';
import { listPresentLocations } from '../store/locations.ts';
import { nowIso } from './session.ts';
import { cleanStaleTemp } from './stale-temp.ts';
import { awaitWriteLock, type Db } from '../store/db.ts';
import { log } from '../shared/output.ts';
import { lockWaitMessage } from '../shared/db-lock.ts';
import { StageTimes, type StageReport } from '../shared/stage-times.ts';
import { limitHeapGrowth } from '../shared/heap-growth.ts';

export interface ScanResult extends ScanSummary {
  classified: number;
  /** Every present file whose content has a non-ok status, with its Indonesian message. */
  problems: { path: string; status: string; message: string }[];
  /** Folders under watch/ that match no OPD of the config ('' for files directly in watch/), with their file count. */
  unknownFolders: { folder: string; files: number }[];
  /** Where the time went: seconds per stage, and how busy the main and the parsing threads were. */
  kinerja: StageReport & { extractionThreadsBusy: number[] };
}

function unknownFolders(locations: { folder: string; opd: string | null }[]): { folder: string; files: number }[] {
  const counts = new Map<string, number>();
  for (const l of locations) if (l.opd === null) counts.set(l.folder, (counts.get(l.folder) ?? 0) + 1);
  return [...counts].map(([folder, files]) => ({ folder, files })).sort((a, b) => a.folder.localeCompare(b.folder));
}

export async function runScan(db: Db, ws: Workspace, opts: { quiet?: boolean; extractor?: Extractor } = {}): Promise<ScanResult> {
  cleanStaleTemp(ws);
  awaitWriteLock(db, () => log(lockWaitMessage()));
  limitHeapGrowth();
  const extractor = opts.extractor ?? createExtractor(ws);
  const times = new StageTimes();
  const classifier = workspaceClassifier(db, ws);
  // Documents are classified as soon as their text is stored: the main thread is otherwise idle while the parsing
  // threads read, and the whole scan no longer waits for one long classification at the end.
  const early = new Set<string>();
  const classifyEarly = (sha256: string): void => {
    if (times.time('pemetaan', () => classifier.classify(sha256, nowIso()))) early.add(sha256);
  };
  try {
    const summary = await scanWorkspace(
      {
        ...workspaceIngestContext(db, ws, extractor),
        times,
        onExtracted: classifyEarly,
      },
      { concurrency: Math.max(1, os.availableParallelism()), quiet: opts.quiet },
    );
    const rest = summary.changed.filter((sha256) => !early.has(sha256));
    const classified = times.time('pemetaan', () => classifyDocuments(db, ws, rest, early.size));
    const byHash = new Map(listDocuments(db).map((d) => [d.sha256, d]));
    const present = listPresentLocations(db);
    const problems = present
      .map((l) => ({ l, d: byHash.get(l.sha256) }))
      .filter(({ d }) => d && d.status !== 'ok')
      .map(({ l, d }) => ({ path: l.path, status: d!.status, message: d!.message }));
    return {
      ...summary,
      classified,
      problems: [...summary.failed, ...problems],
      unknownFolders: unknownFolders(present),
      kinerja: { ...times.report(), extractionThreadsBusy: extractor.busy() },
    };
  } finally {
    if (!opts.extractor) await extractor.close();
  }
}
