/** `--opd`: the slice of an assessment one OPD needs to act on. Levels and statuses stay instansi-wide. */
import { UserError } from '../../shared/errors.ts';
import type { Assessment, Finding, IndicatorAssessment } from '../../types/assessment.ts';

function knownKodes(assessment: Assessment): string[] {
  const kodes = new Set([...(assessment.opd ?? []).map((o) => o.kode), ...assessment.matrix.map((c) => c.opd)]);
  return [...kodes];
}

/**
 * Keeps the indicators the OPD is responsible for or supplied evidence to, with only that OPD's documents; findings
 * naming the OPD plus indicator-wide ones (no OPD) of those indicators; the OPD's matrix cells and file findings.
 * Throws a UserError for an unknown kode.
 */
export function narrowToOpd(assessment: Assessment, kode: string): Assessment {
  const known = knownKodes(assessment);
  if (!known.includes(kode)) {
    throw new UserError(`OPD "${kode}" tidak ada di hasil penilaian. Kode yang ada: ${known.join(', ') || '(belum ada OPD)'}.`);
  }
  const matrix = assessment.matrix.filter((c) => c.opd === kode);
  const cellOf = new Map(matrix.map((c) => [c.indicator, c]));
  const mine = (f: Finding): boolean => f.opd === kode;
  const indicators: IndicatorAssessment[] = assessment.indicators
    .filter((i) => cellOf.has(i.id) || i.documents.some((d) => d.opd === kode) || i.findings.some(mine))
    .map((i) => {
      const responsible = cellOf.has(i.id);
      return {
        ...i,
        documents: cellOf.get(i.id)?.documents ?? i.documents.filter((d) => d.opd === kode),
        candidates: i.candidates.filter((d) => d.opd === kode),
        findings: i.findings.filter((f) => mine(f) || (responsible && f.opd === null)),
      };
    });
  return {
    ...assessment,
    opd: (assessment.opd ?? []).filter((o) => o.kode === kode),
    indicators,
    matrix,
    findings: assessment.findings.filter(mine),
  };
}
