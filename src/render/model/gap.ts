/**
 * The Laporan Kesenjangan Bukti Dukung model, overall or for one OPD: per indicator what is there, what the
 * missing levels require and what to add, plus files that cannot be read or need a password. Pure.
 */
import type { WorkspaceState } from '../../types/state.ts';
import type { EvidenceRef, Finding, IndicatorStatus } from '../../types/assessment.ts';
import type { Opd } from '../../types/config.ts';
import { allIndicators } from '../../instrument/tree.ts';
import type { Indicator } from '../../types/instrument.ts';
import { compareText } from '../compare.ts';
import type { LampiranPlan } from '../lampiran/plan.ts';
import { frameOf, programOf, type DocumentFrame, type ProgramModel, type SignatureBlockModel, signatoryModel } from './common.ts';
import {
  assessmentsByNo,
  evidenceRows,
  findingRows,
  levelView,
  problemFiles,
  statusView,
  valueBands,
  valueView,
  supportedView,
  type EvidenceRow,
  type FindingRow,
  type ProblemFile,
  type StatusView,
} from './indicators.ts';
import { formatDate } from '../../shared/format.ts';
import { improvementPlan } from '../../plan/improvement-plan.ts';
import { checklistIndicators, type ChecklistIndicator, type ChecklistLevel } from '../../plan/upload-checklist.ts';
import { checklistOf } from '../../assess/item-checklist.ts';
import { claimedValue } from '../../assess/values.ts';

export interface MissingLevel {
  /** "Tingkat 3 – Terdefinisi" */
  tingkat: string;
  /** Evidence the Pedoman Teknis expects for that level. */
  bukti: string;
}

export interface GapIndicator {
  no: number;
  nama: string;
  status: StatusView;
  klaim: string;
  target: string;
  didukung: string;
  penanggungJawab: string;
  ada: EvidenceRow[];
  kurang: MissingLevel[];
  /**
   * With coded items (Pemdi): per level up to the claim, the target or the berjenjang stop, every item code with
   * evidence or without (instead of `kurang`); null for instruments without items and for externally scored indicators.
   */
  butir: ChecklistLevel[] | null;
  /** Scored from an imported partner index: no evidence is asked for. */
  eksternal: boolean;
  tindakan: FindingRow[];
}

export interface OpdRow {
  kode: string;
  nama: string;
  indikator: number;
  lengkap: number;
  /** Evidence supports a claim set below the target, not the target. */
  dibawahTarget: number;
  kurang: number;
  kosong: number;
  bermasalah: number;
}

export interface GapModel {
  program: ProgramModel;
  frame: DocumentFrame;
  instansi: string;
  tahun: number;
  tanggalTeks: string;
  /** The pack's note that the instrument comes from secondary sources, or null. */
  sumberInstrumen: string | null;
  /** The OPD this report is for, or null for the overall report. */
  opd: { kode: string; nama: string } | null;
  ringkasan: { indikator: number; lengkap: number; dibawahTarget: number; kurang: number; kosong: number; eksternal: number; bermasalah: number };
  perOpd: OpdRow[];
  indikator: GapIndicator[];
  berkasBermasalah: ProblemFile[];
  temuanUmum: FindingRow[];
  ttd: SignatureBlockModel | null;
  /** The coordinator's nota dinas to the OPD in front of its own report: what to add, level by level, and by when. */
  notaDinas: NotaDinasModel | null;
}

export interface NotaDinasModel {
  kepada: string;
  dari: string;
  perihal: string;
  tenggat: string | null;
  butir: { indikator: number; nama: string; tingkat: number; bukti: string }[];
}

interface Cell {
  status: IndicatorStatus;
  documents: EvidenceRef[];
  findings: Finding[];
}

/** Every OPD the reports cover: the configured ones, then any kode seen only in the assessment, sorted by kode. */
export function reportOpds(state: WorkspaceState): Opd[] {
  const configured = state.workspace.config.opd;
  const known = new Set(configured.map((o) => o.kode));
  const extra = [...new Set(state.assessment.matrix.map((c) => c.opd))]
    .filter((kode) => !known.has(kode))
    .map((kode) => ({ kode, nama: kode, folder: kode, alias: [] }));
  return [...configured, ...extra].sort((a, b) => compareText(a.kode, b.kode));
}

function levelText(state: WorkspaceState, ind: Indicator, level: number | null): string {
  return levelView(state.instrument, ind, level)?.teks ?? '-';
}

function valueText(state: WorkspaceState, ind: Indicator, value: number | null): string {
  return valueView(state.instrument, ind, valueBands(state), value)?.teks ?? '-';
}

/** The item levels worth printing: up to the higher of claim and target, and at least to the berjenjang stop. */
function itemLevels(items: ChecklistIndicator | undefined, claimed: number | null, target: number | null): ChecklistLevel[] | null {
  if (items === undefined || items.eksternal) return null;
  const goal = Math.max(Math.ceil(claimed ?? 0), target ?? 0, items.levels.find((l) => l.keadaan !== 'lengkap')?.tingkat ?? 0);
  return items.levels.filter((l) => l.tingkat <= goal);
}

/** Levels above the supported one up to the higher of claim and target, each with the evidence it needs. */
function missingLevels(state: WorkspaceState, ind: Indicator, supported: number, claimed: number | null, target: number | null): MissingLevel[] {
  const goal = Math.max(claimed ?? 0, target ?? 0);
  const out: MissingLevel[] = [];
  for (let level = Math.max(supported + 1, state.instrument.tingkatMin); level <= goal; level++) {
    const view = levelView(state.instrument, ind, level);
    if (!view) continue;
    out.push({ tingkat: view.teks, bukti: ind.buktiDukung[String(level)] ?? ind.kriteria[String(level)] ?? '' });
  }
  return out;
}

/** The nota dinas for one OPD, from the same plan as `eviden rencana`; null when the OPD has nothing to add. */
function notaDinas(state: WorkspaceState, opd: { kode: string; nama: string }, program: string): NotaDinasModel | null {
  const { config } = state.workspace;
  const plan = improvementPlan(state.assessment, state.instrument, config, state.today, state.pack.items);
  const items = plan.items.filter((i) => i.opd.includes(opd.kode));
  if (items.length === 0) return null;
  const from = config.penandatangan.penanggungJawab ?? config.penandatangan.koordinator;
  return {
    kepada: `Kepala ${opd.nama}`,
    dari: from.jabatan,
    perihal: `Kelengkapan bukti dukung Penilaian Mandiri ${program} Tahun ${config.tahun}`,
    tenggat: plan.tenggat ? `${formatDate(plan.tenggat.tanggal)} (${plan.tenggat.putaran})` : null,
    butir: items.map((i) => ({ indikator: i.indikator, nama: i.nama, tingkat: i.tingkat, bukti: i.bukti })),
  };
}

export function buildGapModel(state: WorkspaceState, plan: LampiranPlan, logo: string | null, opdKode: string | null): GapModel {
  const { config } = state.workspace;
  const byNo = assessmentsByNo(state.assessment.indicators);
  const opds = reportOpds(state);
  const opd = opdKode === null ? null : (opds.find((o) => o.kode === opdKode) ?? { kode: opdKode, nama: opdKode });
  const opdName = new Map(opds.map((o) => [o.kode, o.nama]));

  const cellOf = (no: number): Cell | null => {
    const a = byNo.get(no);
    if (opdKode === null) return a ? { status: a.status, documents: a.documents, findings: a.findings } : null;
    const cell = state.assessment.matrix.find((c) => c.opd === opdKode && c.indicator === no);
    return cell ? { status: cell.status, documents: cell.documents, findings: cell.findings } : null;
  };

  const checklist = checklistOf(state);
  const items = new Map((checklist === null ? [] : checklistIndicators(checklist, [])).map((c) => [c.no, c]));
  const indikator: GapIndicator[] = [];
  for (const ind of allIndicators(state.instrument)) {
    const a = byNo.get(ind.no);
    const cell = cellOf(ind.no);
    if (opdKode !== null && cell === null) continue;
    const status = cell?.status ?? 'kosong';
    const claimed = a ? claimedValue(a) : null;
    const target = a?.targetLevel ?? null;
    const supported = a?.supportedLevel ?? 0;
    // What is missing is judged on the whole indicator: an OPD need not add what another OPD already supplied.
    const complete = (a?.status ?? status) === 'lengkap';
    indikator.push({
      no: ind.no,
      nama: ind.nama,
      status: statusView(status),
      klaim: valueText(state, ind, claimed),
      target: levelText(state, ind, target),
      didukung: supportedView(state.instrument, ind, valueBands(state), a)?.teks ?? '-',
      penanggungJawab: (a?.penanggungJawab ?? []).map((k) => opdName.get(k) ?? k).join(', ') || '-',
      ada: evidenceRows(ind.no, cell?.documents ?? [], plan),
      kurang: complete || items.has(ind.no) ? [] : missingLevels(state, ind, supported, claimed, target),
      butir: itemLevels(items.get(ind.no), claimed, target),
      eksternal: a?.status === 'eksternal',
      tindakan: findingRows(cell?.findings ?? []),
    });
  }

  const problems = problemFiles(state.documents, opdKode);
  const count = (s: IndicatorStatus): number => indikator.filter((i) => i.status.kode === s).length;
  const perOpd: OpdRow[] =
    opdKode !== null
      ? []
      : opds.map((o) => {
          const cells = state.assessment.matrix.filter((c) => c.opd === o.kode);
          return {
            kode: o.kode,
            nama: o.nama,
            indikator: cells.length,
            lengkap: cells.filter((c) => c.status === 'lengkap').length,
            dibawahTarget: cells.filter((c) => c.status === 'di-bawah-target').length,
            kurang: cells.filter((c) => c.status === 'kurang').length,
            kosong: cells.filter((c) => c.status === 'kosong').length,
            bermasalah: problemFiles(state.documents, o.kode).length,
          };
        });
  const general = state.assessment.findings.filter((f) => opdKode === null || f.opd === opdKode);
  const pj = config.penandatangan.penanggungJawab;
  const program = programOf(state);
  const title = opd ? `Laporan Kesenjangan Bukti Dukung ${opd.nama}` : 'Laporan Kesenjangan Bukti Dukung';

  return {
    frame: frameOf(config, logo, `${title} – ${program.singkat} Tahun ${config.tahun}`, { draf: false }),
    program,
    instansi: config.instansi.nama,
    tahun: config.tahun,
    tanggalTeks: formatDate(state.today),
    sumberInstrumen: state.pack.sourceNote,
    opd: opd ? { kode: opd.kode, nama: opd.nama } : null,
    ringkasan: { indikator: indikator.length, lengkap: count('lengkap'), dibawahTarget: count('di-bawah-target'), kurang: count('kurang'), kosong: count('kosong'), eksternal: count('eksternal'), bermasalah: problems.length },
    perOpd,
    indikator,
    berkasBermasalah: problems,
    temuanUmum: findingRows(general),
    notaDinas: opd ? notaDinas(state, opd, program.singkat) : null,
    ttd: pj
      ? {
          draf: false,
          kota: config.instansi.kota,
          tanggalTeks: formatDate(state.today),
          tte: false,
          penandatangan: [signatoryModel(pj, 'selaku Penanggung Jawab Tim Asesor Internal')],
        }
      : null,
  };
}
