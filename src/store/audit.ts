/** The append-only audit trail: every event goes to the `events` table and to `.eviden/audit.jsonl`. */
import { appendFileSync } from 'node:fs';
import type { Db } from './db.ts';
import type { AuditEvent, EventType } from '../types/audit.ts';

export function recordEvent(db: Db, auditLog: string, e: AuditEvent): void {
  db.prepare('INSERT INTO events (at, type, actor, sha256, path, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.at, e.type, e.actor, e.sha256, e.path, JSON.stringify(e.detail),
  );
  appendFileSync(auditLog, `${JSON.stringify(e)}\n`);
}

type EventRow = { at: string; type: string; actor: string; sha256: string | null; path: string | null; detail: string };

export function listEvents(db: Db, opts: { sha256?: string; limit?: number } = {}): AuditEvent[] {
  const rows = (
    opts.sha256
      ? db.prepare('SELECT * FROM events WHERE sha256 = ? ORDER BY id DESC LIMIT ?').all(opts.sha256, opts.limit ?? 200)
      : db.prepare('SELECT * FROM events ORDER BY id DESC LIMIT ?').all(opts.limit ?? 200)
  ) as EventRow[];
  return rows.map(toEvent);
}

/** The newest uploads from the dashboard into one OPD's folder. */
export function listUploads(db: Db, opd: string, limit: number): AuditEvent[] {
  const rows = db
    .prepare("SELECT * FROM events WHERE type = 'uploaded' AND json_extract(detail, '$.opd') = ? ORDER BY id DESC LIMIT ?")
    .all(opd, limit) as EventRow[];
  return rows.map(toEvent);
}

function toEvent(r: EventRow): AuditEvent {
  return {
    at: r.at,
    type: r.type as EventType,
    actor: r.actor,
    sha256: r.sha256,
    path: r.path,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  };
}
