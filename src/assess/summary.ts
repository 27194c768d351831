/** Counts over an assessment, for the CLI table, the dashboard and report covers. */
import { CELL_RULES } from './rules/index.ts';
import type { Assessment, Finding, IndicatorStatus, Severity } from '../types/assessment.ts';

const CELL_RULE_IDS: ReadonlySet<string> = new Set(CELL_RULES.map((r) => r.id));

export type SeverityCounts = Record<Severity, number>;
export type StatusCounts = Record<IndicatorStatus, number>;

export interface AssessmentSummary {
  indicators: StatusCounts;
  cells: StatusCounts;
  findings: SeverityCounts;
}

export interface OpdSummary {
  kode: string;
  nama: string;
  cells: StatusCounts;
  /** Indicators the OPD is responsible for, ascending. */
  indicators: number[];
  /** Those still `kosong` for this OPD. */
  kosong: number[];
  findings: SeverityCounts;
}

/** Every finding once: the global ones and each indicator's (matrix cells repeat those, plus their own). */
export function allFindings(assessment: Assessment): Finding[] {
  return [...assessment.findings, ...assessment.indicators.flatMap((i) => i.findings)];
}

/** Findings that exist only on matrix cells (e.g. `opdNoEvidence`), not repeated from an indicator. */
export function cellOnlyFindings(assessment: Assessment): Finding[] {
  return assessment.matrix.flatMap((c) => c.findings.filter((f) => CELL_RULE_IDS.has(f.rule)));
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function countByStatus(items: readonly { status: IndicatorStatus }[]): StatusCounts {
  const counts: StatusCounts = { lengkap: 0, 'di-bawah-target': 0, kurang: 0, kosong: 0, eksternal: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

export function summarize(assessment: Assessment): AssessmentSummary {
  return {
    indicators: countByStatus(assessment.indicators),
    cells: countByStatus(assessment.matrix),
    findings: countBySeverity(allFindings(assessment)),
  };
}

/** One entry per OPD that has matrix cells, in matrix order; findings are those naming the OPD. */
export function opdSummaries(assessment: Assessment): OpdSummary[] {
  const kodes = [...new Set(assessment.matrix.map((c) => c.opd))];
  const findings = allFindings(assessment);
  return kodes.map((kode) => {
    const cells = assessment.matrix.filter((c) => c.opd === kode);
    const cellOnly = cells.flatMap((c) => c.findings).filter((f) => CELL_RULE_IDS.has(f.rule));
    return {
      kode,
      nama: cells[0]?.opdNama ?? assessment.opd?.find((o) => o.kode === kode)?.nama ?? kode,
      cells: countByStatus(cells),
      indicators: cells.map((c) => c.indicator),
      kosong: cells.filter((c) => c.status === 'kosong').map((c) => c.indicator),
      findings: countBySeverity([...findings.filter((f) => f.opd === kode), ...cellOnly]),
    };
  });
}
