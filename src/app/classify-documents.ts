/** Runs the classifier over stored documents whose text, locations or rules changed, and stores the result. */
import { createHash } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { getDocument, listDocuments } from '../store/documents.ts';
import { locationsOf } from '../store/locations.ts';
import { getPages } from '../store/pages.ts';
import { classificationVersions, classificationsNamingApplications, saveClassification } from '../store/classifications.ts';
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
import { learnApplicationNames } from '../learn/application-names.ts';

/** Bump when the classifier's code changes in a way that changes its output. */
const CLASSIFIER_REVISION = '46';

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
function optionsVersion(sectors: readonly SectorService[], applications: readonly ApplicationNames[], learned: readonly ApplicationNames[], instansi: OwnInstansi): string {
  const names = learned.length === 0 ? { sectors, applications, instansi } : { sectors, applications, learned, instansi };
  return createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 8);
}

/** The application names the workspace's stored classifications teach (learn/application-names.ts). */
function learnedApplications(db: Db, pack: InstrumentPack): ApplicationNames[] {
  if (pack.rules.learnApplications.indicators.size === 0) return [];
  const present = new Set(listDocuments(db).filter((d) => d.status !== 'pending').map((d) => d.sha256));
  const stored = classificationsNamingApplications(db, pack.id).filter((c) => present.has(c.sha256));
  return learnApplicationNames(stored, pack.rules.learnApplications);
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

/**
 * The classifier of the workspace, with the application names its stored classifications teach: a change in what it
 * learned re-classifies, as a change of the config's names does.
 */
export function workspaceClassifier(db: Db, ws: Workspace): WorkspaceClassifier {
  const pack = loadPack(ws.config.instrumen);
  const taught = learnedApplications(db, pack);
  const opts = { ...classifyOptions(ws.config, pack.id), learnedApplications: [...taught] };
  // The pack's fingerprint covers its rules, manifest and instrument, so editing any of them re-classifies.
  const version = `${CLASSIFIER_REVISION}:${pack.id}:${pack.fingerprint}@${opts.threshold}@${optionsVersion(opts.sectors ?? [], opts.applications ?? [], taught, opts.instansi)}`;
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

/** How often the documents are classified again because what the workspace learned from them changed. */
const LEARNING_ROUNDS = 3;

/**
 * Classifies the documents in `changed` plus every document never classified or classified with other rules
 * or another threshold, sector list, application list (configured or learned) or instansi. `alreadyClassified`
 * documents were classified during the same scan (as soon as they were read). When the application names the
 * workspace learns from its documents change with them, the documents are classified again with the new names. Returns
 * how many were (re)classified, those included.
 */
export function classifyDocuments(db: Db, ws: Workspace, changed: Iterable<string>, alreadyClassified = 0): number {
  const instrument = loadPack(ws.config.instrumen).id;
  let classifier = workspaceClassifier(db, ws);
  const outdated = (version: string): string[] => {
    const stored = classificationVersions(db, instrument);
    return listDocuments(db)
      .filter((doc) => doc.status !== 'pending' && stored.get(doc.sha256) !== version)
      .map((doc) => doc.sha256);
  };
  const todo = new Set([...changed, ...outdated(classifier.version)]);
  // Similarity signatures (learning from reviewers) follow the text, and are computed for older workspaces too.
  updateSignatures(db, todo);
  if (todo.size === 0 && alreadyClassified === 0) return 0;
  const done = new Set<string>();
  const now = nowIso();
  const run = (c: WorkspaceClassifier, shas: Iterable<string>): void =>
    db.transaction(() => {
      for (const sha256 of shas) if (c.classify(sha256, now)) done.add(sha256);
    })();
  run(classifier, todo);
  for (let round = 0; round < LEARNING_ROUNDS; round++) {
    const next = workspaceClassifier(db, ws);
    if (next.version === classifier.version) break;
    classifier = next;
    run(classifier, outdated(classifier.version));
  }
  // The adjustments are learned from the classifier's scores, which may just have changed.
  relearn(db, ws, now);
  // Documents read early in the scan and classified again with newly learned names count once.
  const count = Math.min(alreadyClassified + done.size, listDocuments(db).filter((d) => d.status !== 'pending').length);
  recordEvent(db, ws.paths.auditLog, { at: now, type: 'classified', actor: 'system', sha256: null, path: null, detail: { documents: count, rules: classifier.version } });
  return count;
}
