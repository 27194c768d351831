/**
 * The gap analysis as one flat CSV for spreadsheets, in eviden's CSV convention (src/shared/csv.ts: `;`, decimal
 * comma, UTF-8 with BOM, CRLF). Levels are values: `tingkat_bukti` is the value the evidence supports (a decimal
 * such as 1,25 under Pemdi's linear credit, the whole level under SPBE), rounded to two decimals as reports show it. Row kinds: `indikator` (one per indicator), `sel` (one per OPD × indicator cell), `temuan`
 * (one per finding, including the cell-only ones).
 */
import { cellOnlyFindings } from '../summary.ts';
import { csvDocument } from '../../shared/csv.ts';
import { supportedValue } from '../values.ts';
import { severityWord } from '../../shared/vocabulary.ts';
import type { Assessment, EvidenceRef, Finding, IndicatorAssessment } from '../../types/assessment.ts';

export const CSV_COLUMNS = [
  'jenis',
  'indikator',
  'nama_indikator',
  'opd',
  'nama_opd',
  'status',
  'tingkat_klaim',
  'tingkat_target',
  'tingkat_bukti',
  'aturan',
  'keparahan',
  'pesan',
  'berkas',
  'sha256',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function paths(documents: readonly EvidenceRef[]): string {
  return documents.map((d) => d.path).join(' | ');
}

function blank(): Row {
  return {
    jenis: '',
    indikator: null,
    nama_indikator: null,
    opd: null,
    nama_opd: null,
    status: null,
    tingkat_klaim: null,
    tingkat_target: null,
    tingkat_bukti: null,
    aturan: null,
    keparahan: null,
    pesan: null,
    berkas: null,
    sha256: null,
  };
}

/** A value to two decimals, as the reports and the dashboard print it (1,1666… is 1,17). */
function twoDecimals(value: number): number {
  return Math.round(value * 100 + Number.EPSILON) / 100;
}

function levels(i: IndicatorAssessment): Pick<Row, 'tingkat_klaim' | 'tingkat_target' | 'tingkat_bukti'> {
  return { tingkat_klaim: i.claimedLevel, tingkat_target: i.targetLevel, tingkat_bukti: twoDecimals(supportedValue(i)) };
}

export function gapsCsv(assessment: Assessment): string {
  const byId = new Map(assessment.indicators.map((i) => [i.id, i]));
  const opdName = new Map((assessment.opd ?? []).map((o) => [o.kode, o.nama]));
  for (const cell of assessment.matrix) if (cell.opdNama) opdName.set(cell.opd, cell.opdNama);
  const nameOf = (i: IndicatorAssessment) => i.namaPendek ?? i.nama;

  const rows: Row[] = [];
  for (const i of assessment.indicators) {
    rows.push({
      ...blank(),
      jenis: 'indikator',
      indikator: i.id,
      nama_indikator: nameOf(i),
      opd: i.penanggungJawab.join(', ') || null,
      status: i.status,
      ...levels(i),
      pesan: i.supportReasons.join(' '),
      berkas: paths(i.documents),
    });
  }
  for (const cell of assessment.matrix) {
    const i = byId.get(cell.indicator);
    rows.push({
      ...blank(),
      jenis: 'sel',
      indikator: cell.indicator,
      nama_indikator: i ? nameOf(i) : null,
      opd: cell.opd,
      nama_opd: opdName.get(cell.opd) ?? null,
      status: cell.status,
      ...(i ? levels(i) : {}),
      berkas: paths(cell.documents),
    });
  }
  const findings: Finding[] = [
    ...assessment.findings,
    ...assessment.indicators.flatMap((i) => i.findings),
    ...cellOnlyFindings(assessment),
  ];
  for (const f of findings) {
    const i = f.indicator === null ? undefined : byId.get(f.indicator);
    rows.push({
      ...blank(),
      jenis: 'temuan',
      indikator: f.indicator,
      nama_indikator: i ? nameOf(i) : null,
      opd: f.opd,
      nama_opd: f.opd === null ? null : (opdName.get(f.opd) ?? null),
      status: i?.status ?? null,
      ...(i ? levels(i) : {}),
      aturan: f.rule,
      keparahan: severityWord(f.severity),
      pesan: f.message,
      berkas: f.path,
      sha256: f.sha256,
    });
  }
  return csvDocument(CSV_COLUMNS, rows.map((r) => CSV_COLUMNS.map((col) => r[col])));
}
