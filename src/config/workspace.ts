/** Paths of a workspace: config, the shared drop folder, generated output and private state. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './load.ts';
import type { WorkspacePaths, Workspace } from '../types/config.ts';
import { UserError } from '../shared/errors.ts';

export const CONFIG_FILE = 'eviden.config.yaml';

export function workspacePaths(root: string): WorkspacePaths {
  const abs = path.resolve(root);
  const state = path.join(abs, '.eviden');
  return {
    root: abs,
    config: path.join(abs, CONFIG_FILE),
    watch: path.join(abs, 'watch'),
    output: path.join(abs, 'output'),
    state,
    archive: path.join(state, 'archive'),
    database: path.join(state, 'eviden.db'),
    cache: path.join(state, 'cache'),
    logs: path.join(state, 'logs'),
    auditLog: path.join(state, 'audit.jsonl'),
    history: path.join(state, 'riwayat.json'),
    opdAccess: path.join(state, 'akses-opd.json'),
  };
}

/** The workspace root chosen by `--workspace`, else `EVIDEN_WORKSPACE`, else the current folder. */
export function resolveWorkspaceRoot(flag: string | undefined): string {
  return path.resolve(flag ?? process.env.EVIDEN_WORKSPACE ?? process.cwd());
}

/** Loads an existing workspace and creates its state folders; a missing folder or config is a UserError. */
export function openWorkspace(root: string): Workspace {
  const paths = workspacePaths(root);
  if (!existsSync(paths.root)) throw new UserError(`Folder workspace ${paths.root} tidak ada.`);
  const config = loadConfig(paths.config);
  for (const dir of [paths.watch, paths.output, paths.state, paths.archive, paths.cache, paths.logs]) {
    mkdirSync(dir, { recursive: true });
  }
  return { paths, config };
}
