/**
 * The transition use-case: which instrument's crosswalk applies to the workspace, the earlier instrument's accepted
 * mappings (with their decisions) and where each document stands for the newer one, then the pure map
 * (src/assess/transition.ts). Read-only: carrying evidence over is a reviewer's decision (`eviden map --instrumen`).
 */
import type { Db } from '../store/db.ts';
import { listDecisions } from '../store/decisions.ts';
import { listPacks, loadPack, type InstrumentPack } from '../instrument/registry.ts';
import { transitionSourceProblems } from '../instrument/transition.ts';
import { transitionMap, type EarlierDocument, type NewerStanding } from '../assess/transition.ts';
import type { Workspace } from '../types/config.ts';
import type { Transition } from '../types/instrument.ts';
import type { TransitionMap } from '../types/transition.ts';
import { UserError } from '../shared/errors.ts';
import { loadDocumentViews, workspaceFor } from './state.ts';

/** The pack whose crosswalk the workspace uses: its own instrument's, or the one whose crosswalk starts from it. */
export function transitionPack(ws: Workspace): InstrumentPack & { transition: Transition } {
  const own = loadPack(ws.config.instrumen);
  const candidates = [own, ...listPacks().filter((id) => id !== own.id).map((id) => loadPack(id))];
  const found = candidates.find((p) => p.transition !== null && (p === own || p.transition.from === own.id));
  if (found === undefined || found.transition === null) {
    throw new UserError(
      `Instrumen "${own.id}" tidak memiliki peta transisi, dan tidak ada instrumen lain yang peta transisinya berangkat dari "${own.id}". ` +
        'Peta transisi tersedia untuk spbe-2020 → pemdi-2026.',
    );
  }
  return { ...found, transition: found.transition };
}

/**
 * Where each document stands for the newer instrument: the indicators of its latest add/confirm and reject decisions,
 * and those its classification maps without a decision (the newer rules read them from the text).
 */
function standings(db: Db, ws: Workspace, instrument: string): Map<string, NewerStanding> {
  const latest = new Map<string, Map<number, string>>();
  for (const d of listDecisions(db, instrument)) {
    const byIndicator = latest.get(d.sha256) ?? new Map<number, string>();
    byIndicator.set(d.indicator, d.action);
    latest.set(d.sha256, byIndicator);
  }
  const out = new Map<string, NewerStanding>();
  for (const view of loadDocumentViews(db, workspaceFor(ws, instrument))) {
    const decided = [...(latest.get(view.doc.sha256) ?? new Map<number, string>()).entries()];
    const accepted = decided.filter(([, action]) => action !== 'reject').map(([n]) => n);
    const rejected = decided.filter(([, action]) => action === 'reject').map(([n]) => n);
    const mapped = (view.classification?.mappings ?? []).map((m) => m.indicator).filter((n) => !accepted.includes(n) && !rejected.includes(n));
    out.set(view.doc.sha256, { accepted, rejected, mapped });
  }
  return out;
}

export function loadTransition(db: Db, ws: Workspace): TransitionMap {
  const pack = transitionPack(ws);
  const earlier = loadPack(pack.transition.from);
  const problems = transitionSourceProblems(pack.transition, earlier.instrument);
  if (problems.length > 0) {
    throw new UserError(`Berkas peta transisi ${pack.transition.source} tidak cocok dengan ${earlier.id}:\n${problems.slice(0, 12).map((p) => `  - ${p}`).join('\n')}`);
  }
  const documents: EarlierDocument[] = loadDocumentViews(db, workspaceFor(ws, earlier.id))
    .filter((v) => v.doc.status === 'ok' && v.classification !== null && v.locations.some((l) => l.present))
    .map((v) => ({
      sha256: v.doc.sha256,
      path: v.path,
      opd: v.opd,
      kind: v.classification?.kind ?? 'lainnya',
      date: v.classification?.date ?? null,
      indicators: (v.classification?.mappings ?? []).map((m) => m.indicator),
    }));
  return transitionMap({
    transition: pack.transition,
    instrument: pack.instrument,
    items: pack.items,
    earlier: earlier.instrument,
    documents,
    standing: standings(db, ws, pack.id),
  });
}
