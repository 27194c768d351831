/**
 * Repository of reviewer decisions, keyed by content hash so they survive renames, rescans and moves, and by the
 * instrument they were made for (decisions stored before instruments were named belong to the pack owning unkeyed data).
 */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { DecisionAction, ReviewerDecision } from '../types/classification.ts';
import { unkeyedOwner } from '../instrument/registry.ts';

export function addDecision(db: Db, d: ReviewerDecision): void {
  db.prepare('INSERT INTO decisions (sha256, instrument, indicator, action, reviewer, at, note, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    d.sha256, d.instrument, d.indicator, d.action, d.reviewer, d.at, d.note, d.origin ?? '',
  );
}

/** The decisions made for the instrument, oldest first; of one document when `sha256` is given. */
export function listDecisions(db: Db, instrument: string, sha256?: string): ReviewerDecision[] {
  const unkeyed = instrument === unkeyedOwner() ? '' : instrument;
  const sql = 'SELECT sha256, indicator, action, reviewer, at, note, origin FROM decisions WHERE instrument IN (?, ?)';
  const rows = (sha256 === undefined
    ? prepared(db, `${sql} ORDER BY id`).all(instrument, unkeyed)
    : prepared(db, `${sql} AND sha256 = ? ORDER BY id`).all(instrument, unkeyed, sha256)) as {
    sha256: string;
    indicator: number;
    action: string;
    reviewer: string;
    at: string;
    note: string;
    origin: string;
  }[];
  return rows.map(({ origin, ...r }) => ({ ...r, instrument, action: r.action as DecisionAction, ...(origin !== '' ? { origin } : {}) }));
}
