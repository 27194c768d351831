/**
 * The decisions file moved between workspaces (`eviden keputusan ekspor` / `impor`), so that a province can pool the
 * corrections of its kabupaten/kota: per decision the content hash, the similarity signature, the file name, the
 * indicator, the decision, its reason, the reviewer and the time. Importing never overwrites a local decision:
 * each incoming decision is applied, already present, or conflicting. Pure.
 */
import { z } from 'zod';
import type { DecisionAction, ReviewerDecision } from '../types/classification.ts';

export const EXCHANGE_FORMAT = 'eviden-keputusan';
export const EXCHANGE_VERSION = 1;

const decisionSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().nullable(),
  file: z.string().min(1),
  indicator: z.number().int().positive(),
  action: z.enum(['confirm', 'reject', 'add']),
  note: z.string(),
  reviewer: z.string().min(1),
  at: z.string().min(1),
  /** The workspace (instansi) where the decision was made. */
  origin: z.string().min(1),
});

const fileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  instansi: z.string(),
  instrument: z.string(),
  exportedAt: z.string(),
  decisions: z.array(decisionSchema),
});

export type ExchangedDecision = z.infer<typeof decisionSchema>;
export type DecisionsFile = z.infer<typeof fileSchema>;

/** The parsed file, or the Indonesian reason it cannot be read (without the file name; the caller adds it). */
export function parseDecisionsFile(text: string): { ok: true; file: DecisionsFile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'bukan JSON yang sah' };
  }
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? (raw as { format: unknown }).format : undefined;
  if (format !== EXCHANGE_FORMAT) return { ok: false, reason: `bukan berkas keputusan eviden (kolom "format" harus "${EXCHANGE_FORMAT}")` };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.map(String).join('.');
    return { ok: false, reason: `isi tidak sesuai format versi ${EXCHANGE_VERSION}${where ? ` (kolom ${where})` : ''}` };
  }
  return { ok: true, file: parsed.data };
}

export type ImportOutcome = 'diterapkan' | 'sudah-ada' | 'bertentangan';

export interface ImportItem {
  decision: ExchangedDecision;
  outcome: ImportOutcome;
  /** The local decision it agrees or conflicts with. */
  local?: ReviewerDecision;
}

const accepts = (a: DecisionAction): boolean => a !== 'reject';
const key = (sha256: string, indicator: number): string => `${sha256}:${indicator}`;

/** The latest decision per (document, indicator), in a stable order. */
export function latestPerPair<T extends { sha256: string; indicator: number; at: string }>(decisions: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const d of decisions) {
    const k = key(d.sha256, d.indicator);
    const previous = latest.get(k);
    if (previous === undefined || d.at >= previous.at) latest.set(k, d);
  }
  return [...latest.values()].sort((a, b) => a.sha256.localeCompare(b.sha256) || a.indicator - b.indicator);
}

/**
 * What importing would do with each incoming decision (the latest per pair in the file): applied when the workspace
 * has no decision on that document and indicator, already present when its latest one says the same (confirm and
 * add both accept), conflicting otherwise. A conflicting decision is reported and left out.
 */
export function planImport(incoming: readonly ExchangedDecision[], local: readonly ReviewerDecision[]): ImportItem[] {
  const mine = new Map(latestPerPair(local).map((d) => [key(d.sha256, d.indicator), d]));
  return latestPerPair(incoming).map((decision) => {
    const current = mine.get(key(decision.sha256, decision.indicator));
    if (current === undefined) return { decision, outcome: 'diterapkan' };
    return { decision, outcome: accepts(current.action) === accepts(decision.action) ? 'sudah-ada' : 'bertentangan', local: current };
  });
}

/** The decision to store for an applied import. */
export function importedDecision(d: ExchangedDecision, instrument: string): ReviewerDecision {
  return { sha256: d.sha256, instrument, indicator: d.indicator, action: d.action, reviewer: d.reviewer, at: d.at, note: d.note, origin: d.origin };
}
