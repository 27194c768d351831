/**
 * The per-indicator score adjustments learned from this workspace's decisions (src/learn/adjust.ts), per instrument,
 * replaced as a whole.
 */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { Adjustment } from '../types/learning.ts';

export function saveAdjustments(db: Db, instrument: string, adjustments: readonly Adjustment[], now: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM adjustments WHERE instrument = ?').run(instrument);
    const insert = db.prepare('INSERT INTO adjustments (instrument, indicator, json, learned_at) VALUES (?, ?, ?, ?)');
    for (const a of adjustments) insert.run(instrument, a.indicator, JSON.stringify(a), now);
  })();
}

export function loadAdjustments(db: Db, instrument: string): Adjustment[] {
  const rows = prepared(db, 'SELECT json FROM adjustments WHERE instrument = ? ORDER BY indicator').all(instrument) as { json: string }[];
  return rows.map((r) => JSON.parse(r.json) as Adjustment);
}
