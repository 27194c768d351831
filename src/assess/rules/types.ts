/** The facts each kind of rule looks at, and the shape of a rule. Rules are pure: facts in, findings out. */
import type { Classification } from '../../types/classification.ts';
import type { Indicator, Substitution } from '../../types/instrument.ts';
import type { LevelProfiles } from '../../types/levels.ts';
import type { DocStatus, DocumentRecord, LocationRecord } from '../../types/documents.ts';
import type { EvidenceItem } from '../evidence.ts';
import type { LevelEstimate } from '../ladder.ts';
import type { ExternalValue } from '../external.ts';
import type { OpdNames } from '../messages.ts';
import type { Finding, Severity } from '../../types/assessment.ts';

export interface RuleMeta {
  /** Stable id, documented in docs/rules.md. Never rename: users filter and suppress by it. */
  id: string;
  severity: Severity;
}

/** A file of the workspace as a penjelasan may cite it. */
export interface KnownFile {
  /** Relative to watch/ (an active location). */
  path: string;
  opd: string | null;
  sha256: string;
  status: DocStatus;
  /** Indicators it is accepted evidence for. */
  indicators: readonly number[];
}

export interface IndicatorFacts {
  indicator: Indicator;
  claimedLevel: number | null;
  targetLevel: number;
  /** The level the evidence must support: the claimed level, else the target. */
  requiredLevel: number;
  penjelasan: string;
  /** Every file of the workspace (to check the files the penjelasan cites). */
  files: readonly KnownFile[];
  penanggungJawab: string[];
  evidence: EvidenceItem[];
  candidates: EvidenceItem[];
  support: LevelEstimate;
  /** The partner index value of an externally scored indicator; null for the others. */
  external: ExternalValue | null;
  names: OpdNames;
  today: string;
  reviewYears: number;
  /** The pack's substitutions for this indicator (assessors' rejections of one kind of evidence for another). */
  substitutions: readonly Substitution[];
  /** The level profiles' content checks (the substitutions' among them). */
  checks: LevelProfiles['checks'];
}

export interface DocumentFacts {
  doc: DocumentRecord;
  classification: Classification | null;
  /** Locations not replaced by newer content (present first, then by path). */
  active: LocationRecord[];
  /** Active locations still in watch/. */
  present: LocationRecord[];
  names: OpdNames;
}

export interface CellFacts {
  opd: string;
  indicator: Indicator;
  requiredLevel: number;
  /** The indicator's accepted evidence from every folder. */
  evidence: EvidenceItem[];
  /** The part of it found in this OPD's folder. */
  cellEvidence: EvidenceItem[];
  names: OpdNames;
}

export interface IndicatorRule extends RuleMeta {
  check(facts: IndicatorFacts): Finding[];
}

export interface DocumentRule extends RuleMeta {
  check(facts: DocumentFacts): Finding[];
}

export interface WorkspaceRule extends RuleMeta {
  check(documents: readonly DocumentFacts[], names: OpdNames): Finding[];
}

export interface CellRule extends RuleMeta {
  check(facts: CellFacts): Finding[];
}

export interface FindingFields {
  message: string;
  indicator?: number | null;
  opd?: string | null;
  sha256?: string | null;
  path?: string | null;
}

export function finding(rule: RuleMeta, fields: FindingFields): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: fields.message,
    indicator: fields.indicator ?? null,
    opd: fields.opd ?? null,
    sha256: fields.sha256 ?? null,
    path: fields.path ?? null,
  };
}

/** Fields naming one evidence item. */
export function itemFields(item: EvidenceItem, indicator: number): Omit<FindingFields, 'message'> {
  return { indicator, opd: item.opd, sha256: item.doc.sha256, path: item.path };
}
