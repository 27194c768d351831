/** Runs the classifier over stored documents whose text, locations or rules changed, and stores the result. */
import { createHash } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { getDocument, listDocuments } from '../store/documents.ts';
import { locationsOf } from '../store/locations.ts';
import { getPages } from '../store/pages.ts';
import { classificationVersions, saveClassification } from '../store/classifications.ts';
import { recordEvent } from '../store/audit.ts';
import { classifyDocument } from '../classify/index.ts';
import { readLevelFacts } from '../classify/level-facts.ts';
import { withProvisionMappings } from '../classify/provisions.ts';
import { loadPack, type InstrumentPack } from '../instrument/registry.ts';
import type { ApplicationNames, Classification, ClassifyInput, ClassifyOptions, OwnInstansi, SectorService } from '../types/classification.ts';
import { applicationsOf } from '../config/claims.ts';
import type { Config } from '../types/config.ts';
import type { Workspace } from '../types/config.ts';
import { nowIso } from './session.ts';
import { relearn, updateSignatures } from './learning.ts';

/** Bump when the classifier's code changes in a way that changes its output. */
const CLASSIFIER_REVISION = '38';

/** The sector public services of the config (`layananSektor`), by indicator. */
export function sectorServices(config: Config): SectorService[] {
  return Object.entries(config.layananSektor)
    .map(([no, s]) => ({ indicator: Number(no), name: s.nama, keywords: s.kataKunci }))
    .sort((a, b) => a.indicator - b.indicator);
}

/** Our instansi as the classifier compares issuers with it (config `instansi`). */
export function ownInstansi(config: Config): OwnInstansi {
  const { nama, jenis, kota, kop } = config.instansi;
  return { nama, jenis, kota, kop };
}

/** What the classifier takes from the workspace's config for the pack: threshold, instansi, sectors and applications. */
export function classifyOptions(config: Config, packId: string): ClassifyOptions {
  return { threshold: config.pemetaan.ambang, sectors: sectorServices(config), applications: applicationsOf(config, packId), instansi: ownInstansi(config) };
}

/**
 * A short fingerprint of the workspace's names and the instansi, so editing `layananSektor`, `aplikasi` or
 * `instansi` re-classifies.
 */
function optionsVersion(sectors: readonly SectorService[], applications: readonly ApplicationNames[], instansi: OwnInstansi): string {
  return createHash('sha256').update(JSON.stringify({ sectors, applications, instansi })).digest('hex').slice(0, 8);
}

/** The classification of one document with the pack's rules, plus the level profiles' content checks its text shows. */
export function classifyWithFacts(input: ClassifyInput, pack: InstrumentPack, opts: ClassifyOptions): Classification {
  const c = classifyDocument(input, pack.rules, opts);
  const withFacts = { ...c, facts: readLevelFacts(pack.levels, input.pages, pack.rules.aliases, c.kind) };
  return withProvisionMappings(withFacts, pack.levels, pack.rules, opts.threshold);
}

/** The classifier with the workspace's rules and options, and the version stamp its results are stored with. */
export interface WorkspaceClassifier {
  version: string;
  /** Classifies one stored document and saves the result; false when it is unknown or not extracted yet. */
  classify(sha256: string, now: string): boolean;
}

export function workspaceClassifier(db: Db, ws: Workspace): WorkspaceClassifier {
  const pack = loadPack(ws.config.instrumen);
  const opts = classifyOptions(ws.config, pack.id);
  // The pack's fingerprint covers its rules, manifest and instrument, so editing any of them re-classifies.
  const version = `${CLASSIFIER_REVISION}:${pack.id}:${pack.fingerprint}@${opts.threshold}@${optionsVersion(opts.sectors ?? [], opts.applications ?? [], opts.instansi)}`;
  return {
    version,
    classify(sha256, now) {
      const doc = getDocument(db, sha256);
      if (!doc || doc.status === 'pending') return false;
      const pages = getPages(db, sha256).map((p) => ({ no: p.no, text: p.text }));
      const paths = locationsOf(db, sha256)
        .sort((a, b) => Number(b.present) - Number(a.present))
        .map((l) => l.path);
      const c = classifyWithFacts({ sha256, paths, pages }, pack, opts);
      saveClassification(db, pack.id, c, version, now);
      return true;
    },
  };
}

/**
 * Classifies the documents in `changed` plus every document never classified or classified with other rules
 * or another threshold, sector list, application list or instansi. `alreadyClassified` documents were classified during the same
 * scan (as soon as they were read). Returns how many were (re)classified, those included.
 */
export function classifyDocuments(db: Db, ws: Workspace, changed: Iterable<string>, alreadyClassified = 0): number {
  const classifier = workspaceClassifier(db, ws);
  const stored = classificationVersions(db, loadPack(ws.config.instrumen).id);
  const todo = new Set(changed);
  for (const doc of listDocuments(db)) {
    if (doc.status !== 'pending' && stored.get(doc.sha256) !== classifier.version) todo.add(doc.sha256);
  }
  // Similarity signatures (learning from reviewers) follow the text, and are computed for older workspaces too.
  updateSignatures(db, todo);
  if (todo.size === 0 && alreadyClassified === 0) return 0;
  let count = alreadyClassified;
  const now = nowIso();
  db.transaction(() => {
    for (const sha256 of todo) if (classifier.classify(sha256, now)) count += 1;
  })();
  // The adjustments are learned from the classifier's scores, which may just have changed.
  relearn(db, ws, now);
  recordEvent(db, ws.paths.auditLog, { at: now, type: 'classified', actor: 'system', sha256: null, path: null, detail: { documents: count, rules: classifier.version } });
  return count;
}
