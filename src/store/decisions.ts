/** Repository of reviewer decisions, keyed by content hash so they survive renames, rescans and moves. */
import type { Db } from './db.ts';
import type { DecisionAction, ReviewerDecision } from '../classify/types.ts';

export function addDecision(db: Db, d: ReviewerDecision): void {
  db.prepare('INSERT INTO decisions (sha256, indicator, action, reviewer, at, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    d.sha256, d.indicator, d.action, d.reviewer, d.at, d.note,
  );
}

export function listDecisions(db: Db): ReviewerDecision[] {
  const rows = db.prepare('SELECT sha256, indicator, action, reviewer, at, note FROM decisions ORDER BY id').all() as {
    sha256: string;
    indicator: number;
    action: string;
    reviewer: string;
    at: string;
    note: string;
  }[];
  return rows.map((r) => ({ ...r, action: r.action as DecisionAction }));
}
