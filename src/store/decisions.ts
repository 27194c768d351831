/** Repository of reviewer decisions, keyed by content hash so they survive renames, rescans and moves. */
import type { Db } from './db.ts';
import type { DecisionAction, ReviewerDecision } from '../types/classification.ts';

export function addDecision(db: Db, d: ReviewerDecision): void {
  db.prepare('INSERT INTO decisions (sha256, indicator, action, reviewer, at, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    d.sha256, d.indicator, d.action, d.reviewer, d.at, d.note,
  );
}

export function listDecisions(db: Db, sha256?: string): ReviewerDecision[] {
  const sql = 'SELECT sha256, indicator, action, reviewer, at, note FROM decisions';
  const rows = (sha256 === undefined
    ? db.prepare(`${sql} ORDER BY id`).all()
    : db.prepare(`${sql} WHERE sha256 = ? ORDER BY id`).all(sha256)) as {
    sha256: string;
    indicator: number;
    action: string;
    reviewer: string;
    at: string;
    note: string;
  }[];
  return rows.map((r) => ({ ...r, action: r.action as DecisionAction }));
}
