/**
 * Repository of stored classifications (the classifier's output per content and instrument, before reviewer
 * decisions): each instrument keeps its own, so switching instruments never shows another instrument's mappings.
 */
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import type { Classification } from '../types/classification.ts';

export function saveClassification(db: Db, instrument: string, c: Classification, rulesVersion: string, now: string): void {
  db.prepare(
    `INSERT INTO classifications (sha256, instrument, rules_version, json, classified_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(sha256, instrument) DO UPDATE SET rules_version = excluded.rules_version, json = excluded.json, classified_at = excluded.classified_at`,
  ).run(c.sha256, instrument, rulesVersion, JSON.stringify(c), now);
}

export function loadClassifications(db: Db, instrument: string): Map<string, { rulesVersion: string; classification: Classification }> {
  const rows = db.prepare('SELECT sha256, rules_version, json FROM classifications WHERE instrument = ?').all(instrument) as {
    sha256: string;
    rules_version: string;
    json: string;
  }[];
  return new Map(
    rows.map((r) => [r.sha256, { rulesVersion: r.rules_version, classification: JSON.parse(r.json) as Classification }]),
  );
}

/**
 * The stored classifications of the instrument whose documents name applications (Classification.applications): what
 * the workspace learns its application names from, without reading every classification.
 */
export function classificationsNamingApplications(db: Db, instrument: string): Classification[] {
  const rows = db
    .prepare("SELECT json FROM classifications WHERE instrument = ? AND json_extract(json, '$.applications') IS NOT NULL")
    .all(instrument) as { json: string }[];
  return rows.map((r) => JSON.parse(r.json) as Classification);
}

export function getClassification(db: Db, instrument: string, sha256: string): Classification | null {
  const row = prepared(db, 'SELECT json FROM classifications WHERE sha256 = ? AND instrument = ?').get(sha256, instrument) as
    | { json: string }
    | undefined;
  return row ? (JSON.parse(row.json) as Classification) : null;
}

/** The rules version each content was classified with for the instrument (no JSON parsing: the "what needs redoing" check). */
export function classificationVersions(db: Db, instrument: string): Map<string, string> {
  const rows = db.prepare('SELECT sha256, rules_version FROM classifications WHERE instrument = ?').all(instrument) as {
    sha256: string;
    rules_version: string;
  }[];
  return new Map(rows.map((r) => [r.sha256, r.rules_version]));
}
