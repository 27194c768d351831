/** The gap analysis as one JSON document (output/gaps.json, `eviden gaps --json`, the dashboard). */
import type { GroupIndex } from '../../types/instrument.ts';
import { summarize, type AssessmentSummary } from '../summary.ts';
import type { Assessment, EvidenceRef, Finding, IndicatorStatus } from '../../types/assessment.ts';

export interface GapsJsonMeta {
  /** When the file was produced (ISO timestamp). */
  dibuat?: string;
  /** The OPD the assessment was narrowed to (`--opd`). */
  opd?: string;
}

export interface FindingJson {
  rule: string;
  severity: Finding['severity'];
  message: string;
  indicator: number | null;
  opd: string | null;
  path: string | null;
  sha256: string | null;
}

export interface GapsJson {
  instansi: string;
  tahun: number;
  instrument: string;
  tanggal: string | null;
  dibuat?: string;
  opdFilter?: string;
  indeks: { instrument: string; indeks: number | null; predikat: string | null; groups: Record<string, GroupIndex[]> };
  ringkasan: AssessmentSummary;
  indicators: {
    id: number;
    nama: string;
    namaPendek: string | null;
    kapabilitas: string | null;
    claimedLevel: number | null;
    targetLevel: number;
    supportedLevel: number;
    status: IndicatorStatus;
    supportReasons: string[];
    penanggungJawab: string[];
    documents: EvidenceRef[];
    candidates: EvidenceRef[];
    findings: FindingJson[];
  }[];
  matrix: { opd: string; opdNama: string | null; indicator: number; status: IndicatorStatus; documents: EvidenceRef[]; findings: FindingJson[] }[];
  /** Findings about files and folders, not tied to one indicator. */
  findings: FindingJson[];
}

function findingJson(f: Finding): FindingJson {
  return { rule: f.rule, severity: f.severity, message: f.message, indicator: f.indicator, opd: f.opd, path: f.path, sha256: f.sha256 };
}

export function gapsJson(assessment: Assessment, meta: GapsJsonMeta = {}): GapsJson {
  const a = assessment;
  return {
    instansi: a.instansi,
    tahun: a.tahun,
    instrument: a.instrument,
    tanggal: a.tanggal ?? null,
    ...(meta.dibuat === undefined ? {} : { dibuat: meta.dibuat }),
    ...(meta.opd === undefined ? {} : { opdFilter: meta.opd }),
    indeks: a.indeks
      ? { instrument: a.indeks.instrument, indeks: a.indeks.indeks, predikat: a.indeks.predikat, groups: a.indeks.groups }
      : { instrument: a.instrument, indeks: null, predikat: null, groups: {} },
    ringkasan: summarize(a),
    indicators: a.indicators.map((i) => ({
      id: i.id,
      nama: i.nama,
      namaPendek: i.namaPendek ?? null,
      kapabilitas: i.kapabilitas ?? null,
      claimedLevel: i.claimedLevel,
      targetLevel: i.targetLevel,
      supportedLevel: i.supportedLevel,
      status: i.status,
      supportReasons: i.supportReasons,
      penanggungJawab: i.penanggungJawab,
      documents: i.documents,
      candidates: i.candidates,
      findings: i.findings.map(findingJson),
    })),
    matrix: a.matrix.map((c) => ({
      opd: c.opd,
      opdNama: c.opdNama ?? null,
      indicator: c.indicator,
      status: c.status,
      documents: c.documents,
      findings: c.findings.map(findingJson),
    })),
    findings: a.findings.map(findingJson),
  };
}

