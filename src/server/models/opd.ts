/** The OPD page model (pure): the same slice as the OPD's gap report (`narrowToOpd`), plus its documents. */
import type { WorkspaceState } from '../../types/state.ts';
import type { EvidenceRef, Finding, IndicatorStatus } from '../../types/assessment.ts';
import { narrowToOpd } from '../../assess/reporters/narrow.ts';
import { countByStatus, type StatusCounts } from '../../assess/summary.ts';

export interface OpdIndicatorRow {
  no: number;
  nama: string;
  href: string;
  /** This OPD's cell status, or the indicator's when the OPD only supplied evidence without being responsible. */
  status: IndicatorStatus;
  responsible: boolean;
  documents: (EvidenceRef & { href: string })[];
  findings: Finding[];
}

export interface OpdModel {
  kode: string;
  nama: string;
  folder: string;
  sel: StatusCounts;
  rows: OpdIndicatorRow[];
  /** Indicators still without any of this OPD's evidence. */
  kosong: { no: number; nama: string; href: string }[];
  fileFindings: Finding[];
  documents: { sha256: string; path: string; status: string; href: string; indicators: number[] }[];
}

/** null when no OPD has this kode (neither in the config nor in the matrix). */
export function opdModel(state: WorkspaceState, kode: string): OpdModel | null {
  const { assessment } = state;
  const known = (assessment.opd ?? []).some((o) => o.kode === kode) || assessment.matrix.some((c) => c.opd === kode);
  if (!known) return null;
  const narrowed = narrowToOpd(assessment, kode);
  const opd = state.workspace.config.opd.find((o) => o.kode === kode);
  const cellOf = new Map(narrowed.matrix.map((c) => [c.indicator, c]));
  const rows: OpdIndicatorRow[] = narrowed.indicators.map((i) => {
    const cell = cellOf.get(i.id);
    return {
      no: i.id,
      nama: i.namaPendek ?? i.nama,
      href: `/indikator/${i.id}?opd=${encodeURIComponent(kode)}`,
      status: cell?.status ?? i.status,
      responsible: cell !== undefined,
      documents: i.documents.map((d) => ({ ...d, href: `/dokumen/${d.sha256}` })),
      findings: cell ? cell.findings : i.findings,
    };
  });
  return {
    kode,
    nama: opd?.nama ?? narrowed.matrix[0]?.opdNama ?? kode,
    folder: opd?.folder ?? kode,
    sel: countByStatus(narrowed.matrix),
    rows,
    kosong: rows.filter((r) => r.responsible && r.status === 'kosong').map((r) => ({ no: r.no, nama: r.nama, href: r.href })),
    fileFindings: narrowed.findings,
    documents: state.documents
      .filter((d) => d.locations.some((l) => l.present && l.opd === kode))
      .map((d) => ({
        sha256: d.doc.sha256,
        path: d.path,
        status: d.doc.status,
        href: `/dokumen/${d.doc.sha256}`,
        indicators: (d.classification?.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b),
      })),
  };
}
