/**
 * The OPD page model (pure): the same slice as the OPD's gap report (`narrowToOpd`, what `eviden gaps --opd` prints),
 * with what to add for each indicator the OPD is responsible for that is not complete, plus its documents.
 */
import type { WorkspaceState } from '../../types/state.ts';
import type { EvidenceRef, Finding, IndicatorStatus } from '../../types/assessment.ts';
import { asksForEvidence, STATUS_URGENCY } from '../../assess/indicator-status.ts';
import { narrowToOpd } from '../../assess/reporters/narrow.ts';
import { countByStatus, type StatusCounts } from '../../assess/summary.ts';
import { daysLeftText, improvementPlan, type ImprovementPlan, type PlanDeadline, type PlanItem } from '../../plan/improvement-plan.ts';
import { formatDate } from '../../shared/format.ts';

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

/** A responsible indicator whose status asks for evidence (never an externally scored one), with the advice the CLI gives for it (its findings' texts). */
export interface OpdTodo {
  no: number;
  nama: string;
  href: string;
  status: IndicatorStatus;
  advice: Finding[];
}

export interface OpdModel {
  kode: string;
  nama: string;
  folder: string;
  sel: StatusCounts;
  /** Responsible indicators not complete yet, empty first: what the OPD must add. */
  todo: OpdTodo[];
  /** Indicators the OPD is responsible for. */
  rows: OpdIndicatorRow[];
  /** Indicators the OPD supplied evidence or candidates for without being responsible. */
  others: OpdIndicatorRow[];
  /** Indicators still without any of this OPD's evidence. */
  kosong: { no: number; nama: string; href: string }[];
  fileFindings: Finding[];
  /** The rencana peningkatan for this OPD (what `eviden rencana --opd` prints) and the current round's deadline. */
  rencana: { tenggat: (PlanDeadline & { teks: string; sisa: string; lewat: boolean }) | null; items: PlanItem[] };
  documents: { sha256: string; path: string; status: string; href: string; indicators: number[] }[];
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** The findings `eviden gaps --opd` prints for one indicator: the cell's and the indicator-wide ones, once each. */
function advice(narrowed: ReturnType<typeof narrowToOpd>, no: number, cell: Finding[]): Finding[] {
  const indicatorWide = narrowed.indicators.find((i) => i.id === no)?.findings ?? [];
  const seen = new Set<string>();
  return [...cell, ...indicatorWide]
    .filter((f) => {
      const key = `${f.rule}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** "20 Desember 2026 (Penilaian mandiri), 18 hari lagi" or "…, sudah lewat 3 hari". */
function deadlineText(d: PlanDeadline): string {
  return `${formatDate(d.tanggal)} (${d.putaran}), ${daysLeftText(d)}`;
}

/** The workspace's improvement plan (computed once per page, then narrowed per OPD with `opdPlan`). */
export function workspacePlan(state: WorkspaceState): ImprovementPlan {
  return improvementPlan(state.assessment, state.instrument, state.workspace.config, state.today, state.pack.items);
}

/** One OPD's plan items and the deadline, for its page and the OPD list. */
export function opdPlan(plan: ImprovementPlan, kode: string): OpdModel['rencana'] {
  const t = plan.tenggat;
  const tenggat = t ? { ...t, teks: deadlineText(t), sisa: daysLeftText(t), lewat: t.sisaHari < 0 } : null;
  return { tenggat, items: plan.items.filter((i) => i.opd.includes(kode)) };
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
  const todo: OpdTodo[] = rows
    .filter((r) => r.responsible && asksForEvidence(r.status))
    .sort((a, b) => STATUS_URGENCY[a.status] - STATUS_URGENCY[b.status] || a.no - b.no)
    .map((r) => ({ no: r.no, nama: r.nama, href: r.href, status: r.status, advice: advice(narrowed, r.no, cellOf.get(r.no)?.findings ?? []) }));
  return {
    kode,
    nama: opd?.nama ?? narrowed.matrix[0]?.opdNama ?? kode,
    folder: opd?.folder ?? kode,
    sel: countByStatus(narrowed.matrix),
    todo,
    rows: rows.filter((r) => r.responsible),
    others: rows.filter((r) => !r.responsible),
    kosong: rows.filter((r) => r.responsible && r.status === 'kosong').map((r) => ({ no: r.no, nama: r.nama, href: r.href })),
    fileFindings: narrowed.findings,
    rencana: opdPlan(workspacePlan(state), kode),
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
