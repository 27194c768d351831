/**
 * Learning from reviewers at the edges: signatures computed at scan and stored, the adjustments re-learned and
 * stored after decisions and classifications, and the loading of both for the document views (src/learn is pure).
 */
import type { Db } from '../store/db.ts';
import { listDocuments } from '../store/documents.ts';
import { getPages } from '../store/pages.ts';
import { locationsOf } from '../store/locations.ts';
import { getClassification } from '../store/classifications.ts';
import { listDecisions } from '../store/decisions.ts';
import { loadAdjustments, saveAdjustments } from '../store/adjustments.ts';
import { listForeignDocuments, loadSignatures, saveSignature, signatureVersions } from '../store/signatures.ts';
import { applyDecisions, latestDecisions } from '../classify/decisions.ts';
import { confidenceOf } from '../classify/classify.ts';
import { loadPack } from '../instrument/registry.ts';
import { applyAdjustments, learnAdjustments, type AdjustOptions, type Observation } from '../learn/adjust.ts';
import { applyInherited, inheritedDecisions, type DecidedDocument } from '../learn/propagate.ts';
import { decodeSignature, encodeSignature, signatureOf, SIGNATURE_VERSION, type Signature } from '../learn/signature.ts';
import type { Classification, ReviewerDecision } from '../types/classification.ts';
import type { Adjustment } from '../types/learning.ts';
import type { Workspace } from '../types/config.ts';

/** Computes the signature of every readable document in `changed` or without a current one. Returns how many. */
export function updateSignatures(db: Db, changed: Iterable<string>): number {
  const versions = signatureVersions(db);
  const todo = new Set(changed);
  const docs = listDocuments(db).filter((d) => d.status !== 'pending');
  for (const d of docs) if (versions.get(d.sha256) !== SIGNATURE_VERSION) todo.add(d.sha256);
  let count = 0;
  db.transaction(() => {
    for (const d of docs) {
      if (!todo.has(d.sha256)) continue;
      const text = getPages(db, d.sha256).map((p) => p.text).join('\n');
      const s = signatureOf(text);
      saveSignature(db, { sha256: d.sha256, version: SIGNATURE_VERSION, signature: s === null ? null : encodeSignature(s) });
      count += 1;
    }
  })();
  return count;
}

/** The decided (document, indicator) pairs the classifier scored, with the raw score and the reviewer's answer. */
function observations(db: Db, instrument: string, decisions: readonly ReviewerDecision[]): Observation[] {
  const out: Observation[] = [];
  for (const sha256 of new Set(decisions.map((d) => d.sha256))) {
    const c = getClassification(db, instrument, sha256);
    if (c === null) continue;
    const scores = new Map([...c.candidates, ...c.mappings].map((m) => [m.indicator, m.score]));
    for (const d of latestDecisions(sha256, decisions).values()) {
      out.push({ indicator: d.indicator, score: scores.get(d.indicator) ?? 0, accepted: d.action !== 'reject' });
    }
  }
  return out;
}

/** Re-learns the workspace's adjustments from all decisions and the stored (raw) classifications, and stores them. */
export function relearn(db: Db, ws: Workspace, now: string): Adjustment[] {
  const instrument = ws.config.instrumen;
  const adjustments = learnAdjustments(observations(db, instrument, listDecisions(db, instrument)), ws.config.pemetaan.ambang);
  saveAdjustments(db, instrument, adjustments, now);
  return adjustments;
}

/** What the document views need to apply learning. */
export interface Learning {
  adjustments: ReadonlyMap<number, Adjustment>;
  adjust: AdjustOptions;
  decided: DecidedDocument[];
  threshold: number;
}

function decodedOrNull(text: string | null | undefined): Signature | null {
  return text === null || text === undefined ? null : decodeSignature(text);
}

/** Every decided document with a usable signature: local ones by their primary path, imported ones by file name. */
function decidedDocuments(db: Db, instrument: string): DecidedDocument[] {
  const decisions = listDecisions(db, instrument);
  const shas = [...new Set(decisions.map((d) => d.sha256))];
  const local = loadSignatures(db, shas);
  const foreign = new Map(listForeignDocuments(db).map((f) => [f.sha256, f]));
  const out: DecidedDocument[] = [];
  for (const sha256 of shas) {
    const locs = locationsOf(db, sha256).sort((a, b) => Number(b.present) - Number(a.present) || a.path.localeCompare(b.path));
    const f = foreign.get(sha256);
    const signature = decodedOrNull(local.get(sha256) ?? f?.signature);
    if (signature === null) continue;
    const name = locs[0]?.path ?? f?.name ?? sha256.slice(0, 12);
    const origin = locs.length === 0 ? f?.origin : undefined;
    out.push({ sha256, name, signature, decisions: [...latestDecisions(sha256, decisions).values()], ...(origin !== undefined ? { origin } : {}) });
  }
  return out;
}

export function loadLearning(db: Db, ws: Workspace): Learning {
  // The scoring settings only: compiling the rules would cost every read-only command (docs, gaps) its start time.
  const { scoring } = loadPack(ws.config.instrumen);
  const threshold = ws.config.pemetaan.ambang;
  return {
    adjustments: new Map(loadAdjustments(db, ws.config.instrumen).map((a) => [a.indicator, a])),
    adjust: { threshold, floor: scoring.floor, confidence: (score) => confidenceOf({ scoring }, score) },
    decided: decidedDocuments(db, ws.config.instrumen),
    threshold,
  };
}

/** Decoded signatures of the given documents (all when absent), for the document views. */
export function loadDocumentSignatures(db: Db, sha256s?: readonly string[]): Map<string, Signature> {
  const out = new Map<string, Signature>();
  for (const [sha, text] of loadSignatures(db, sha256s)) {
    const s = decodeSignature(text);
    if (s !== null) out.set(sha, s);
  }
  return out;
}

/**
 * The classification a document view shows: the classifier's, with the workspace's adjustments, then the decisions
 * inherited from similar documents, then the document's own decisions (which always win).
 */
export function learnedClassification(stored: Classification, signature: Signature | null, own: readonly ReviewerDecision[], learning: Learning): Classification {
  const direct = new Set(latestDecisions(stored.sha256, own).keys());
  const adjusted = applyAdjustments(stored, learning.adjustments, learning.adjust);
  const inherited = inheritedDecisions(stored.sha256, signature, learning.decided, direct);
  return applyDecisions(applyInherited(adjusted, inherited, learning.threshold), own);
}
