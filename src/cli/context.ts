/** Shared plumbing for commands: the global `--workspace` option and opening the workspace. */
import type { Command } from 'commander';
import type { Workspace } from '../types/config.ts';

export interface GlobalOptions {
  workspace?: string;
}

/** Opens the workspace named by the global `--workspace` option (or EVIDEN_WORKSPACE, or cwd). */
export async function workspaceOf(cmd: Command): Promise<Workspace> {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  // Loaded here, not at start: the config schema and YAML parser are not needed for --help.
  const { openWorkspace, resolveWorkspaceRoot } = await import('../config/workspace.ts');
  return openWorkspace(resolveWorkspaceRoot(opts.workspace));
}

/** Adds the `--json` flag with its standard description. */
export function withJson(cmd: Command): Command {
  return cmd.option('--json', 'cetak satu dokumen JSON ke stdout (log ke stderr)');
}
