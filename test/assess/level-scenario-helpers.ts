/**
 * Level scenarios on real text: each document's pages go through the classifier and the level facts of the pack
 * (classifyWithFacts, as a scan does), then the assessment; the test compares the indicator's supported level with
 * the range its criteria allow.
 */
import { createHash } from 'node:crypto';
import { classifyOptions, classifyWithFacts } from '../../src/app/classify-documents.ts';
import { assess } from '../../src/assess/assess.ts';
import type { AssessDocument, IndicatorAssessment } from '../../src/types/assessment.ts';
import type { ApplicationNames, Classification } from '../../src/types/classification.ts';
import { learnApplicationNames } from '../../src/learn/application-names.ts';
import type { Config } from '../../src/types/config.ts';
import { SPBE_PACK, makeConfig, makeDoc, makeInput, type ConfigOverrides } from './fixtures.ts';

/** As app/classify-documents.ts: rounds of classifying again with newly learned application names. */
const LEARNING_ROUNDS = 3;

export interface ScenarioDoc {
  /** Path under watch/, e.g. "SETDA/Laporan Tim Koordinasi 2025.pdf". */
  path: string;
  /** One string per page. */
  pages: string[];
  /** A reviewer confirmed the mapping to the scenario's indicator. */
  confirmed?: boolean;
}

export interface LevelScenario {
  name: string;
  indicator: number;
  docs: ScenarioDoc[];
  /** The range of levels the indicator's criteria give for this evidence. */
  range: [number, number];
  /** Why, from the criteria. */
  because: string;
  /** The workspace's instansi when it is not Kabupaten Sukamaju (a kota or a provinsi). */
  instansi?: ConfigOverrides['instansi'];
  /** The workspace's `pemetaan.masaBerlakuReviuTahun` when it is not the default (2). */
  masaBerlakuReviuTahun?: number;
  /** The workspace's own application names per indicator (config `aplikasi`), e.g. { "34": ["SIMKEUDA"] }. */
  aplikasi?: Record<string, string[]>;
  /** The sector service the workspace chose for a sector slot (config `layananSektor`), e.g. { "46": { nama, kataKunci } }. */
  layananSektor?: ConfigOverrides['layananSektor'];
  /**
   * A known failure, written down before its fix: why the level is out of range today. The test then expects the
   * scenario to fail (and fails once it passes, so the mark is removed with the fix).
   */
  pending?: string;
}

function shaOf(doc: ScenarioDoc): string {
  return createHash('sha256').update(doc.path).update(doc.pages.join('\f')).digest('hex');
}

function configOf(s: LevelScenario): Config {
  return makeConfig({
    ...(s.instansi === undefined ? {} : { instansi: s.instansi }),
    ...(s.masaBerlakuReviuTahun === undefined ? {} : { masaBerlakuReviuTahun: s.masaBerlakuReviuTahun }),
    ...(s.aplikasi === undefined ? {} : { aplikasi: s.aplikasi }),
    ...(s.layananSektor === undefined ? {} : { layananSektor: s.layananSektor }),
  });
}

/**
 * The classification of one scenario document, as a scan stores it (with the level facts, the config's options and
 * the application names the workspace learned from its documents).
 */
export function classifiedDoc(doc: ScenarioDoc, s: LevelScenario, learned: readonly ApplicationNames[] = []): Classification {
  const sha256 = shaOf(doc);
  const opts = { ...classifyOptions(configOf(s), SPBE_PACK.id), learnedApplications: [...learned] };
  const c = classifyWithFacts({ sha256, paths: [doc.path], pages: doc.pages.map((text, i) => ({ no: i + 1, text })) }, SPBE_PACK, opts);
  const indicator = s.indicator;
  if (doc.confirmed !== true) return c;
  const mapping = c.mappings.find((m) => m.indicator === indicator) ?? c.candidates.find((m) => m.indicator === indicator);
  if (mapping === undefined) return c;
  const confirmed = { ...mapping, source: 'reviewer' as const };
  return { ...c, mappings: [...c.mappings.filter((m) => m.indicator !== indicator), confirmed], candidates: c.candidates.filter((m) => m.indicator !== indicator) };
}

/** What the scenario's workspace learns from its documents, as a scan learns it (app/classify-documents.ts). */
function learnedNames(s: LevelScenario): ApplicationNames[] {
  let learned: ApplicationNames[] = [];
  for (let round = 0; round < LEARNING_ROUNDS; round++) {
    const next = learnApplicationNames(s.docs.map((d) => classifiedDoc(d, s, learned)), SPBE_PACK.rules.learnApplications);
    if (JSON.stringify(next) === JSON.stringify(learned)) break;
    learned = next;
  }
  return learned;
}

/** The scenario's documents as the assessment sees them (locations from the fixture builder). */
export function scenarioDocuments(s: LevelScenario): AssessDocument[] {
  const learned = learnedNames(s);
  return s.docs.map((d) => {
    const c = classifiedDoc(d, s, learned);
    const shell = makeDoc({ sha: c.sha256, paths: [d.path] });
    return { ...shell, classification: c };
  });
}

export function runScenario(s: LevelScenario): IndicatorAssessment {
  const result = assess(makeInput(scenarioDocuments(s), configOf(s))).indicators.find((i) => i.id === s.indicator);
  if (result === undefined) throw new Error(`indikator ${s.indicator} tidak ada`);
  return result;
}
