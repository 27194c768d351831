/**
 * The assessment: instrument + config + documents (with their classifications) → per-indicator status, supported
 * level, findings, and the OPD × indicator matrix. Pure and deterministic: the same input gives the same output.
 */
import type { Config } from '../types/config.ts';
import { claimOf, externalScoreOf, targetOf } from '../config/claims.ts';
import { computeIndex, computeSupportedIndex } from '../instrument/index-formula.ts';
import { allIndicators } from '../instrument/tree.ts';
import type { Indicator } from '../types/instrument.ts';
import { activeLocations, collectEvidence, refOf, type IndicatorEvidence } from './evidence.ts';
import { compareText } from './text.ts';
import { documentFindings, indicatorFindings } from './findings.ts';
import { buildMatrix, type MatrixRow } from './matrix.ts';
import { opdNames, type OpdNames } from './messages.ts';
import type { DocumentFacts, IndicatorFacts, KnownFile } from './rules/types.ts';
import { supportedLevel } from './supported-level.ts';
import type { LevelEstimate } from './ladder.ts';
import { externalValue, isExternal, wholeLevelBands, type ExternalValue, type ValueBands } from './external.ts';
import { indexLevels } from './index-levels.ts';
import { indicatorStatus } from './indicator-status.ts';
import type { AssessDocument, AssessInput, Assessment, IndicatorAssessment, IndicatorStatus } from '../types/assessment.ts';
import type { IndexResult } from '../types/instrument.ts';

const NO_EVIDENCE: IndicatorEvidence = { accepted: [], candidates: [] };

function indicatorFacts(
  input: AssessInput,
  indicator: Indicator,
  evidence: IndicatorEvidence,
  names: OpdNames,
  files: readonly KnownFile[],
): IndicatorFacts {
  const { config, today } = input;
  const key = String(indicator.no);
  const claim = claimOf(config, input.instrument.id, indicator.no);
  const claimedLevel = claim.level;
  const targetLevel = targetOf(config, input.instrument.id, indicator.no);
  const reviewYears = config.pemetaan.masaBerlakuReviuTahun;
  const external = isExternal(indicator)
    ? externalValue(indicator, input.instrument, valueBands(input), externalScoreOf(config, input.instrument.id, indicator.no))
    : null;
  const substitutions = input.substitutions.filter((s) => s.indicator === indicator.no);
  const support = external === null
    ? supportedLevel(input.instrument, input.levels, indicator, evidence.accepted, { today, reviewYears, substitutions })
    : externalEstimate(input, external);
  return {
    indicator,
    claimedLevel,
    targetLevel,
    requiredLevel: claimedLevel ?? targetLevel,
    penjelasan: claim.penjelasan,
    files,
    penanggungJawab: config.penanggungJawab[key] ?? [],
    evidence: evidence.accepted,
    candidates: evidence.candidates,
    support,
    external,
    names,
    today,
    reviewYears,
    substitutions,
    checks: input.levels.checks,
  };
}

/** The value range of each level: the level profiles' bands, else whole levels. */
function valueBands(input: AssessInput): ValueBands {
  return input.levels.bands ?? wholeLevelBands(input.instrument);
}

/** The estimate of an externally scored indicator: its partner index value, no levels read from evidence. */
function externalEstimate(input: AssessInput, external: ExternalValue): LevelEstimate {
  const level = Math.floor(external.value);
  const { climb, credit } = input.levels;
  return {
    level,
    value: external.value,
    reasons: [external.reason],
    analysis: { climb, credit, level, value: external.value, levels: [], next: null },
    expiredReviews: [],
    hasCurrentReview: false,
  };
}

function statusOf(facts: IndicatorFacts): IndicatorStatus {
  return indicatorStatus({
    external: facts.external !== null,
    hasEvidence: facts.evidence.length > 0,
    supported: facts.support.value,
    claimed: facts.claimedLevel,
    target: facts.targetLevel,
  });
}

function indicatorAssessment(facts: IndicatorFacts): IndicatorAssessment {
  return {
    id: facts.indicator.no,
    nama: facts.indicator.nama,
    namaPendek: facts.indicator.namaPendek,
    kapabilitas: facts.indicator.kapabilitas,
    claimedLevel: facts.claimedLevel,
    targetLevel: facts.targetLevel,
    supportedLevel: facts.support.level,
    supportReasons: facts.support.reasons,
    levels: facts.support.analysis,
    penjelasan: facts.penjelasan,
    status: statusOf(facts),
    penanggungJawab: facts.penanggungJawab,
    documents: facts.evidence.map((i) => refOf(i)),
    candidates: facts.candidates.map((i) => refOf(i)),
    findings: indicatorFindings(facts),
  };
}

function documentFacts(d: AssessDocument, names: OpdNames): DocumentFacts {
  const active = activeLocations(d.locations);
  return { doc: d.doc, classification: d.classification, active, present: active.filter((l) => l.present), names };
}

/** Every active location of every document, with its status and accepted indicators (for cited file names). */
function knownFiles(documents: readonly AssessDocument[]): KnownFile[] {
  return documents.flatMap((d) => {
    const indicators = (d.classification?.mappings ?? []).map((m) => m.indicator);
    return activeLocations(d.locations).map((l) => ({ path: l.path, opd: l.opd, sha256: d.doc.sha256, status: d.doc.status, indicators }));
  });
}

function opdList(config: Config): Assessment['opd'] {
  return config.opd.map((o) => ({ kode: o.kode, nama: o.nama, folder: o.folder }));
}

/** The index from the claimed levels (partner indices for external indicators), or null while some level is missing. */
function claimedIndex(input: AssessInput): IndexResult | null {
  const levels = indexLevels(input.instrument, input.config, valueBands(input));
  const indicators = allIndicators(input.instrument);
  if (!indicators.every((i) => levels.has(i.no))) return null;
  return computeIndex(input.instrument, levels, { allowsDecimal: true });
}

export function assess(input: AssessInput): Assessment {
  const { instrument, config } = input;
  const names = opdNames(config);
  const documents = [...input.documents].sort((a, b) => compareText(a.doc.sha256, b.doc.sha256));
  const evidence = collectEvidence(documents);
  const files = knownFiles(documents);
  const rows: MatrixRow[] = allIndicators(instrument).map((indicator) => {
    const facts = indicatorFacts(input, indicator, evidence.get(indicator.no) ?? NO_EVIDENCE, names, files);
    return { indicator, assessment: indicatorAssessment(facts), requiredLevel: facts.requiredLevel, evidence: facts.evidence };
  });
  const indicators = rows.map((r) => r.assessment);
  return {
    instansi: config.instansi.nama,
    tahun: config.tahun,
    instrument: instrument.id,
    indeks: claimedIndex(input),
    indeksBukti: computeSupportedIndex(instrument, new Map(indicators.map((a) => [a.id, a.levels?.value ?? a.supportedLevel]))),
    indeksTarget: computeIndex(instrument, new Map(indicators.map((a) => [a.id, a.targetLevel]))),
    tanggal: input.today,
    opd: opdList(config),
    indicators,
    matrix: buildMatrix(config, rows, names),
    findings: documentFindings(
      documents.map((d) => documentFacts(d, names)),
      names,
    ),
  };
}
