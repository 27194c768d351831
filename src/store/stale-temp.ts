/**
 * Removes temporary files a killed process left behind (archive copies and output files being written: names
 * carry the writer's process id, `….<pid>.tmp` or `….<pid>.<id>.tmp`). Files of a process still running are kept.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const TEMP_NAME = /\.(\d+)(?:\.[0-9a-z-]+)?\.tmp$/i;

/** True when a process with this id runs (this one included). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the stale temp files under each folder (recursively); returns their paths. `name` tells a temp file by its
 * name, with the writer's process id as its first group.
 */
export function removeStaleTempFiles(dirs: readonly string[], name: RegExp = TEMP_NAME): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let entries;
    try {
      entries = readdirSync(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const m = name.exec(e.name);
      if (!m || processAlive(Number(m[1]))) continue;
      const file = path.join(e.parentPath, e.name);
      rmSync(file, { recursive: true, force: true });
      removed.push(file);
    }
  }
  return removed;
}
