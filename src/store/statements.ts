/** Prepared statements cached per connection. */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for `sql` on this connection, compiled on first use: compiling costs more than running a small query,
 * and the per-document reads of a search or a dashboard page run the same few queries many times. Only for statements
 * run with run/get/all (an open iterate() would make a second use of the same statement fail).
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
