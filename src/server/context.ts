/**
 * What every handler gets: the database, the workspace (config reloaded when the file changes), the workspace
 * state (recomputed only when the data changed), the views, the live-event hub and the render jobs.
 */
import { statSync } from 'node:fs';
import type { Db } from '../store/db.ts';
import { loadConfig } from '../config/load.ts';
import type { Workspace } from '../types/config.ts';
import { loadWorkspaceState } from '../app/state.ts';
import type { WorkspaceState } from '../types/state.ts';
import { errorMessage } from '../shared/errors.ts';
import { todayIso } from '../shared/format.ts';
import type { Views } from './views.ts';
import type { EventHub } from './events.ts';
import type { JobRunner } from './jobs.ts';
import type { UploadIngest } from '../app/upload.ts';

export interface ServerContext {
  db: Db;
  /** The workspace with the config as it is on disk now (the last valid one if the file became invalid). */
  workspace(): Workspace;
  state(): WorkspaceState;
  /** Changes whenever something shown may have changed (DB events, decisions, documents, config file). */
  version(): string;
  /** Why the config on disk could not be used, or null. */
  configProblem(): string | null;
  views: Views;
  hub: EventHub;
  jobs: JobRunner;
  /** Takes files uploaded from the dashboard through the ingest path. */
  uploads: UploadIngest;
  /** Default reviewer name (`--reviewer`) for browsers that have not given one. */
  defaultReviewer: string | null;
}

export interface ContextOptions {
  db: Db;
  workspace: Workspace;
  views: Views;
  hub: EventHub;
  jobs: JobRunner;
  uploads: UploadIngest;
  defaultReviewer?: string | null;
  /** Fixed "today" (tests); the machine's date otherwise. */
  today?: string;
}

function fileStamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'hilang';
  }
}

/** One cheap query: the newest event and decision ids, the number of documents and of present files. */
export function dataVersion(db: Db): string {
  const row = db
    .prepare(
      `SELECT (SELECT ifnull(max(id), 0) FROM events) AS e, (SELECT ifnull(max(id), 0) FROM decisions) AS d,
              (SELECT count(*) FROM documents) AS n, (SELECT count(*) FROM locations WHERE present = 1) AS p,
              (SELECT ifnull(max(classified_at), '') FROM classifications) AS c`,
    )
    .get() as { e: number; d: number; n: number; p: number; c: string };
  return `${row.e}.${row.d}.${row.n}.${row.p}.${row.c}`;
}

export function createContext(opts: ContextOptions): ServerContext {
  let workspace = opts.workspace;
  // Unknown until first read: the config given may already be older than the file.
  let configStamp = '';
  let problem: string | null = null;
  let cached: { key: string; state: WorkspaceState } | null = null;

  const currentWorkspace = (): Workspace => {
    const stamp = fileStamp(workspace.paths.config);
    if (stamp === configStamp) return workspace;
    configStamp = stamp;
    try {
      workspace = { paths: workspace.paths, config: loadConfig(workspace.paths.config) };
      problem = null;
    } catch (err) {
      problem = `${errorMessage(err)}\nDasbor memakai isi konfigurasi terakhir yang sah sampai berkas diperbaiki.`;
    }
    return workspace;
  };

  // The imported earlier results live in a file of their own (`eviden riwayat impor` also records an event).
  const version = (): string => `${dataVersion(opts.db)}|${fileStamp(workspace.paths.config)}|${fileStamp(workspace.paths.history)}`;

  return {
    db: opts.db,
    workspace: currentWorkspace,
    version,
    configProblem: () => {
      currentWorkspace();
      return problem;
    },
    state() {
      const ws = currentWorkspace();
      const today = opts.today ?? todayIso();
      const key = `${version()}|${today}`;
      if (cached?.key !== key) cached = { key, state: loadWorkspaceState(opts.db, ws, today) };
      return cached.state;
    },
    views: opts.views,
    hub: opts.hub,
    jobs: opts.jobs,
    uploads: opts.uploads,
    defaultReviewer: opts.defaultReviewer ?? null,
  };
}
