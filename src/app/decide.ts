/** Records reviewer decisions (confirm, reject, add) against a document's content hash, with an audit event. */
import type { Db } from '../store/db.ts';
import { addDecision } from '../store/decisions.ts';
import { recordEvent } from '../store/audit.ts';
import type { Workspace } from '../types/config.ts';
import type { ReviewerDecision } from '../types/classification.ts';
import { resolveDocument } from './resolve-document.ts';
import { loadDocumentView, workspaceFor } from './state.ts';
import { findIndicator } from '../instrument/tree.ts';
import { loadPack } from '../instrument/registry.ts';
import { nowIso } from './session.ts';
import { relearn } from './learning.ts';
import { UserError } from '../shared/errors.ts';
import { reviewerText } from '../shared/text-safety.ts';

export interface DecisionRequest {
  ref: string;
  add: number[];
  remove: number[];
  confirm: boolean;
  reviewer: string;
  note: string;
  /** The instrument the decision is for (default: the workspace's), e.g. SPBE evidence carried over to pemdi-2026. */
  instrument?: string;
}

export interface DecisionResult {
  sha256: string;
  path: string;
  decisions: ReviewerDecision[];
  /** Accepted indicators after the decisions. */
  indicators: number[];
  /** The instrument decided for, and whether the document is classified for it yet (decisions apply once it is). */
  instrument: string;
  classified: boolean;
}

export function recordDecisions(db: Db, current: Workspace, req: DecisionRequest): DecisionResult {
  const ws = workspaceFor(current, req.instrument ?? current.config.instrumen);
  const instrument = loadPack(ws.config.instrumen).instrument;
  for (const n of [...req.add, ...req.remove]) {
    if (!findIndicator(instrument, n)) throw new UserError(`Indikator ${n} tidak ada di instrumen ${instrument.id}.`);
  }
  const doc = resolveDocument(db, ws, req.ref);
  const before = loadDocumentView(db, ws, doc.sha256);
  const at = nowIso();
  const note = reviewerText(req.note).trim();
  const make = (indicator: number, action: ReviewerDecision['action']): ReviewerDecision => ({
    sha256: doc.sha256, instrument: instrument.id, indicator, action, reviewer: req.reviewer, at, note,
  });
  const accepted = (before?.classification?.mappings ?? []).map((m) => m.indicator);
  // Adding a mapping that is already accepted is confirming it.
  const decisions: ReviewerDecision[] = [
    ...req.add.map((n) => make(n, accepted.includes(n) ? 'confirm' : 'add')),
    ...req.remove.map((n) => make(n, 'reject')),
  ];
  if (req.confirm) {
    for (const n of accepted) if (!req.remove.includes(n) && !req.add.includes(n)) decisions.push(make(n, 'confirm'));
  }
  db.transaction(() => {
    for (const d of decisions) {
      addDecision(db, d);
      recordEvent(db, ws.paths.auditLog, {
        at, type: 'decision', actor: req.reviewer, sha256: d.sha256, path: before?.path ?? null,
        detail: { action: d.action, indicator: d.indicator, instrument: d.instrument, note: d.note },
      });
    }
    relearn(db, ws, at);
  })();
  const after = loadDocumentView(db, ws, doc.sha256);
  return {
    sha256: doc.sha256,
    path: after?.path ?? doc.sha256,
    decisions,
    indicators: (after?.classification?.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b),
    instrument: instrument.id,
    classified: (after?.classification ?? null) !== null,
  };
}
