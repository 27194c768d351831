/** Opens the workspace database for one use-case and closes it afterwards. */
import { openDb, type Db } from '../store/db.ts';
import type { Workspace } from '../types/config.ts';

export async function withDb<T>(ws: Workspace, fn: (db: Db) => Promise<T> | T): Promise<T> {
  const db = openDb(ws.paths.database);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** Current time as an ISO string (the single clock of the use-cases). */
export function nowIso(): string {
  return new Date().toISOString();
}
