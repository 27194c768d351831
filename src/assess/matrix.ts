/**
 * The OPD × indicator matrix: one cell per indicator an OPD is responsible for, with that OPD's own evidence
 * (externally scored indicators have no cells: no OPD supplies evidence for them).
 */
import type { Config } from '../types/config.ts';
import type { Indicator } from '../types/instrument.ts';
import { refOf, type EvidenceItem } from './evidence.ts';
import { compareText } from './text.ts';
import { cellFindings, sortFindings } from './findings.ts';
import type { OpdNames } from './messages.ts';
import type { IndicatorAssessment, MatrixCell } from '../types/assessment.ts';

export interface MatrixRow {
  indicator: Indicator;
  assessment: IndicatorAssessment;
  requiredLevel: number;
  evidence: EvidenceItem[];
}

/** Config OPDs in config order, then kodes named only in `penanggungJawab` (sorted). */
function opdOrder(config: Config): string[] {
  const listed = config.opd.map((o) => o.kode);
  const extra = new Set(Object.values(config.penanggungJawab).flat().filter((k) => !listed.includes(k)));
  return [...listed, ...[...extra].sort(compareText)];
}

function cellOf(opd: string, row: MatrixRow, names: OpdNames): MatrixCell {
  const own = row.evidence.filter((i) => i.locations.some((l) => l.opd === opd));
  const documents = own.map((i) => refOf(i, i.locations.find((l) => l.opd === opd)));
  const extra = cellFindings({
    opd,
    indicator: row.indicator,
    requiredLevel: row.requiredLevel,
    evidence: row.evidence,
    cellEvidence: own,
    names,
  });
  return {
    opd,
    opdNama: names.nama(opd),
    indicator: row.indicator.no,
    status: own.length === 0 ? 'kosong' : row.assessment.status,
    documents,
    findings: sortFindings([...row.assessment.findings.filter((f) => f.opd === opd), ...extra]),
  };
}

export function buildMatrix(config: Config, rows: readonly MatrixRow[], names: OpdNames): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const opd of opdOrder(config)) {
    for (const row of rows) {
      if (row.assessment.status === 'eksternal') continue;
      if ((config.penanggungJawab[String(row.indicator.no)] ?? []).includes(opd)) cells.push(cellOf(opd, row, names));
    }
  }
  return cells;
}
