/** Loads everything the use-cases need from the store and runs the pure stages (decisions, assessment). */
import path from 'node:path';
import type { Db } from '../store/db.ts';
import { getDocument, listDocuments } from '../store/documents.ts';
import { listLocations, locationsOf } from '../store/locations.ts';
import { getClassification, loadClassifications } from '../store/classifications.ts';
import { listDecisions } from '../store/decisions.ts';
import type { DocumentRecord, LocationRecord } from '../types/documents.ts';
import type { Classification, ReviewerDecision } from '../types/classification.ts';
import { learnedClassification, loadDocumentSignatures, loadLearning, type Learning } from './learning.ts';
import type { Signature } from '../learn/signature.ts';
import { loadPack } from '../instrument/registry.ts';
import { assess } from '../assess/assess.ts';
import type { AssessDocument } from '../types/assessment.ts';
import type { Workspace } from '../types/config.ts';
import { todayIso } from '../shared/format.ts';
import { readPreviousResults } from '../history/previous-results.ts';
import type { DocumentView, WorkspaceState } from '../types/state.ts';

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Present locations first (by path), then the removed ones. */
function orderLocations(locs: LocationRecord[]): LocationRecord[] {
  return [...locs].sort((a, b) => Number(b.present) - Number(a.present) || a.path.localeCompare(b.path));
}

function toView(
  ws: Workspace,
  doc: DocumentRecord,
  locations: LocationRecord[],
  stored: Classification | null,
  decisions: ReviewerDecision[],
  learning: { learning: Learning; signature: Signature | null },
): DocumentView {
  const locs = orderLocations(locations);
  const first = locs[0];
  return {
    doc,
    locations: locs,
    classification: stored ? learnedClassification(stored, learning.signature, decisions, learning.learning) : null,
    archiveFile: path.join(ws.paths.state, doc.archivePath),
    path: first?.path ?? doc.sha256,
    opd: first?.opd ?? null,
  };
}

/** The workspace as seen for another instrument: its mappings, decisions and learning (nothing else changes). */
export function workspaceFor(ws: Workspace, instrument: string): Workspace {
  return instrument === ws.config.instrumen ? ws : { ...ws, config: { ...ws.config, instrumen: instrument } };
}

/** Every document with its classification and decisions for the workspace's instrument (`instrumen`). */
export function loadDocumentViews(db: Db, ws: Workspace): DocumentView[] {
  const instrument = ws.config.instrumen;
  const locations = groupBy(listLocations(db), (l) => l.sha256);
  const classifications = loadClassifications(db, instrument);
  const decisions = groupBy<ReviewerDecision>(listDecisions(db, instrument), (d) => d.sha256);
  const learning = loadLearning(db, ws);
  const signatures = loadDocumentSignatures(db);
  return listDocuments(db)
    .map((doc) =>
      toView(
        ws,
        doc,
        locations.get(doc.sha256) ?? [],
        classifications.get(doc.sha256)?.classification ?? null,
        decisions.get(doc.sha256) ?? [],
        { learning, signature: signatures.get(doc.sha256) ?? null },
      ),
    )
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The view of one document (for explain, decisions, the dashboard's document page), or null. */
export function loadDocumentView(db: Db, ws: Workspace, sha256: string): DocumentView | null {
  return loadDocumentViewsOf(db, ws, [sha256]).get(sha256) ?? null;
}

/** The views of the given documents (search results), by hash; unknown hashes are left out. Learning is loaded once. */
export function loadDocumentViewsOf(db: Db, ws: Workspace, sha256s: readonly string[]): Map<string, DocumentView> {
  const instrument = ws.config.instrumen;
  const learning = loadLearning(db, ws);
  const signatures = loadDocumentSignatures(db, sha256s);
  const out = new Map<string, DocumentView>();
  for (const sha256 of sha256s) {
    const doc = getDocument(db, sha256);
    if (!doc) continue;
    const stored = getClassification(db, instrument, sha256);
    const decisions = listDecisions(db, instrument, sha256);
    out.set(sha256, toView(ws, doc, locationsOf(db, sha256), stored, decisions, { learning, signature: signatures.get(sha256) ?? null }));
  }
  return out;
}

export function loadWorkspaceState(db: Db, ws: Workspace, today = todayIso()): WorkspaceState {
  const pack = loadPack(ws.config.instrumen);
  const instrument = pack.instrument;
  const documents = loadDocumentViews(db, ws);
  const assessDocs: AssessDocument[] = documents.map((d) => ({ doc: d.doc, locations: d.locations, classification: d.classification }));
  const assessment = assess({ instrument, levels: pack.levels, substitutions: pack.substitutions, config: ws.config, documents: assessDocs, today });
  return { workspace: ws, instrument, pack, documents, assessment, previousResults: readPreviousResults(ws.paths.history), today };
}
