/** Entries of the append-only audit trail (what happened, by whom, to which content). */

export type EventType =
  | 'ingested'
  | 'extracted'
  | 'replaced'
  | 'removed'
  | 'moved'
  | 'classified'
  | 'decision'
  | 'assessment-edited'
  | 'rendered'
  | 'finalized'
  | 'exported'
  | 'history-imported'
  | 'imported'
  | 'access-created'
  | 'access-revoked'
  | 'uploaded';

export interface AuditEvent {
  at: string;
  type: EventType;
  /** `system` or the reviewer's name. */
  actor: string;
  sha256: string | null;
  path: string | null;
  detail: Record<string, unknown>;
}
