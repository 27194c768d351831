/** The Laporan Penilaian Mandiri model: ringkasan, chart, per domain → aspek → indikator sections, closing. Pure. */
import type { WorkspaceState } from '../../types/state.ts';
import type { IndicatorAssessment } from '../../types/assessment.ts';
import { allIndicators } from '../../instrument/tree.ts';
import { claimedValue, supportedValue } from '../../assess/values.ts';
import type { Group, IndexResult, Indicator, Instrument } from '../../types/instrument.ts';
import { formatDecimal, formatValue } from '../../shared/format.ts';
import { compareYears, previousFor, trendCounts, trendText } from '../../history/compare.ts';
import type { LampiranPlan } from '../lampiran/plan.ts';
import { groupLabel } from '../words.ts';
import { chartModel, type ChartModel } from './chart.ts';
import { frameOf, jointBlock, programOf, type DocumentFrame, type ProgramModel, type RenderMode, type SignatureBlockModel } from './common.ts';
import { checkReadiness, readinessGroups, suratNumbers } from '../readiness.ts';
import {
  assessmentsByNo,
  evidenceRows,
  findingRows,
  levelView,
  paragraphs,
  statusView,
  valueBands,
  valueView,
  supportedView,
  type EvidenceRow,
  type FindingRow,
  type LevelView,
  type StatusView,
} from './indicators.ts';

export interface IndicatorSection {
  no: number;
  nama: string;
  pertanyaan: string;
  klaim: (LevelView & { kriteria: string }) | null;
  target: LevelView | null;
  didukung: LevelView | null;
  alasanDukungan: string[];
  status: StatusView;
  /** Paragraphs, or null (only on drafts: a final needs every penjelasan). */
  penjelasan: string[] | null;
  bukti: EvidenceRow[];
}

/**
 * The annex of a draft: what the final still needs and the open findings per indicator. Internal notes (they may name
 * configuration keys and commands) live only here, never in the body, and a final has none.
 */
export interface DraftNotes {
  kesiapan: Array<{ judul: string; butir: string[] }>;
  temuan: Array<{ judul: string; rows: FindingRow[] }>;
}

export interface GroupSection {
  /** "Domain I", "Aspek 1" */
  label: string;
  nama: string;
  bobot: number;
  indeks: number | null;
  subbagian: GroupSection[];
  indikator: IndicatorSection[];
}

export interface SummaryRow {
  jenis: string;
  label: string;
  nama: string;
  bobot: number;
  indeks: number | null;
  indeksBukti: number;
  target: number;
  /** Claimed index minus target; null without a claimed index. */
  selisih: string | null;
  memenuhi: boolean | null;
}

export interface RecapRow {
  no: number;
  nama: string;
  klaim: string;
  didukung: string;
  target: string;
  status: StatusView;
}

export interface YearModel {
  tahunSebelumnya: number;
  /** null when last year's values were incomplete, so its index was not computed. */
  indeksSebelumnya: string | null;
  indeks: string;
  ringkas: string;
  tren: string;
  /** Only the indicators whose value went up or down, so the table stays short. */
  berubah: { no: number; nama: string; sebelumnya: string; sekarang: string; arah: string }[];
}

const value = (v: number | null) => (v === null ? '–' : formatValue(v));

function yearModel(state: WorkspaceState): YearModel | null {
  const previous = previousFor(state.previousResults, state.assessment);
  if (!previous) return null;
  const c = compareYears(previous, state.previousResults, state.assessment);
  const n = trendCounts(c);
  return {
    tahunSebelumnya: c.tahunSebelumnya,
    indeksSebelumnya: c.indeksSebelumnya === null ? null : formatDecimal(c.indeksSebelumnya),
    indeks: c.indeks === null ? '–' : formatDecimal(c.indeks),
    ringkas: `${n.naik} indikator naik, ${n.turun} turun, ${n.tetap} tetap`,
    tren: trendText(c),
    berubah: c.rows
      .filter((r) => r.arah === 'naik' || r.arah === 'turun')
      .map((r) => ({ no: r.no, nama: r.nama, sebelumnya: value(r.sebelumnya), sekarang: value(r.klaim ?? r.didukung), arah: r.arah })),
  };
}

/** How the report names the instrument's hierarchy ("domain dan aspek", or "aspek" alone). */
export interface HierarchyWords {
  /** Column heading: "Domain / Aspek". */
  judul: string;
  /** In captions: "domain dan aspek". */
  teks: string;
  /** The methodology's sentence start: "indeks aspek, domain, dan Indeks SPBE". */
  metode: string;
}

export interface ReportModel {
  program: ProgramModel;
  hierarki: HierarchyWords;
  frame: DocumentFrame;
  instansi: string;
  tahun: number;
  instrumen: string;
  dasarHukum: string[];
  /** Where the instrument comes from when not from the official text (pack `sourceNote`), or null. */
  sumberInstrumen: string | null;
  /** Last year's result beside this year's claim, once one is imported (`eviden riwayat impor`). */
  riwayat: YearModel | null;
  ringkasan: {
    indeks: number | null;
    predikat: string | null;
    /** Indicators without a claimed level (the index is not computed while > 0). */
    belumDinilai: number;
    indeksBukti: number;
    predikatBukti: string;
    targetIndeks: number;
    jumlahIndikator: number;
    jumlahDokumen: number;
    lengkap: number;
    /** Evidence supports a claim set below the target, not the target. */
    dibawahTarget: number;
    kurang: number;
    kosong: number;
    /** Scored from a partner index, not from evidence. */
    eksternal: number;
    tabel: SummaryRow[];
    grafik: ChartModel;
    rekap: RecapRow[];
  };
  bagian: GroupSection[];
  ttd: SignatureBlockModel;
  catatanDraf: DraftNotes | null;
}


/** "domain dan aspek" and its other forms, from the instrument's hierarchy (root first). */
export function hierarchyWords(hierarki: readonly string[], indeks: string): HierarchyWords {
  const upward = [...hierarki].reverse().map((h) => `indeks ${h}`);
  const list = [...upward, indeks];
  const metode = list.length > 2 ? `${list.slice(0, -1).join(', ')}, dan ${indeks}` : list.join(' dan ');
  return {
    judul: hierarki.map((h) => `${h.charAt(0).toUpperCase()}${h.slice(1)}`).join(' / '),
    teks: hierarki.join(' dan '),
    metode,
  };
}

function indicatorSection(state: WorkspaceState, ind: Indicator, a: IndicatorAssessment | undefined, plan: LampiranPlan): IndicatorSection {
  const inst = state.instrument;
  const bands = valueBands(state);
  const klaim = valueView(inst, ind, bands, a ? claimedValue(a) : null);
  return {
    no: ind.no,
    nama: ind.nama,
    pertanyaan: ind.pertanyaan,
    klaim: klaim ? { ...klaim, kriteria: ind.kriteria[String(klaim.tingkat)] ?? '' } : null,
    target: levelView(inst, ind, a?.targetLevel ?? null),
    didukung: supportedView(inst, ind, bands, a),
    alasanDukungan: a?.supportReasons ?? [],
    status: statusView(a?.status ?? 'kosong'),
    penjelasan: paragraphs(a?.penjelasan),
    bukti: evidenceRows(ind.no, a?.documents ?? [], plan),
  };
}

function draftNotes(state: WorkspaceState, plan: LampiranPlan): DraftNotes {
  // Open findings are listed per indicator below, with their severity.
  const problems = checkReadiness(state, plan, suratNumbers(state.workspace.config)).filter((p) => p.check !== 'temuan');
  const kesiapan = readinessGroups(problems);
  const temuan = [
    ...state.assessment.indicators
      .filter((a) => a.findings.length > 0)
      .sort((x, y) => x.id - y.id)
      .map((a) => ({ judul: `Indikator ${a.id}. ${a.namaPendek ?? a.nama}`, rows: findingRows(a.findings) })),
    ...(state.assessment.findings.length > 0 ? [{ judul: 'Temuan umum', rows: findingRows(state.assessment.findings) }] : []),
  ];
  return { kesiapan, temuan };
}

function signed(value: number): string {
  const text = formatDecimal(value);
  return value > 0.004 ? `+${text}` : text;
}

export function buildReportModel(state: WorkspaceState, plan: LampiranPlan, logo: string | null, mode: RenderMode): ReportModel {
  const { config } = state.workspace;
  const inst: Instrument = state.instrument;
  const program = programOf(state);
  const byNo = assessmentsByNo(state.assessment.indicators);
  const { indeks, indeksBukti, indeksTarget } = state.assessment;
  const byGroup = (result: IndexResult | null): Map<string, number> =>
    new Map(Object.values(result?.groups ?? {}).flat().map((g) => [`${g.tingkat}:${g.no}`, g.indeks]));
  const claimedGroups = byGroup(indeks);
  const supportedGroups = byGroup(indeksBukti);
  const targetGroups = byGroup(indeksTarget);
  const indicators = allIndicators(inst);

  const rows: SummaryRow[] = [];
  const sections = (groups: Group[], depth: number): GroupSection[] =>
    groups.map((group) => {
      const key = `${group.tingkat}:${group.no}`;
      const claimedIndex = claimedGroups.get(key) ?? null;
      const target = targetGroups.get(key) ?? 0;
      rows.push({
        jenis: group.tingkat,
        label: groupLabel(state.pack.numbering, group.tingkat, group.no, depth),
        nama: group.nama,
        bobot: group.bobot,
        indeks: claimedIndex,
        indeksBukti: supportedGroups.get(key) ?? 0,
        target,
        selisih: claimedIndex === null ? null : signed(claimedIndex - target),
        memenuhi: claimedIndex === null ? null : claimedIndex >= target - 1e-9,
      });
      return {
        label: groupLabel(state.pack.numbering, group.tingkat, group.no, depth),
        nama: group.nama,
        bobot: group.bobot,
        indeks: claimedIndex,
        subbagian: sections(group.groups, depth + 1),
        indikator: group.indicators.map((ind) => indicatorSection(state, ind, byNo.get(ind.no), plan)),
      };
    });
  const bagian = sections(inst.groups, 0);

  const statuses = indicators.map((ind) => byNo.get(ind.no)?.status ?? 'kosong');
  const evidenceShas = new Set(state.assessment.indicators.flatMap((a) => a.documents.map((d) => d.sha256)));
  const belumDinilai = indicators.filter((ind) => {
    const a = byNo.get(ind.no);
    return a === undefined || claimedValue(a) === null;
  }).length;
  const bands = valueBands(state);
  const targetIndeks = indeksTarget.indeks;

  return {
    frame: frameOf(config, logo, `Laporan Penilaian Mandiri ${program.singkat} Tahun ${config.tahun} – ${config.instansi.nama}`, { draf: mode === 'draf' }),
    program,
    hierarki: hierarchyWords(inst.hierarki, program.indeks),
    instansi: config.instansi.nama,
    tahun: config.tahun,
    instrumen: inst.nama,
    dasarHukum: state.pack.legalBasis.map((l) => (l.secondary ? `${l.text} (dikutip dari sumber sekunder; naskah resmi belum diverifikasi)` : l.text)),
    sumberInstrumen: state.pack.sourceNote,
    riwayat: yearModel(state),
    ringkasan: {
      indeks: indeks?.indeks ?? null,
      predikat: indeks?.predikat ?? null,
      belumDinilai,
      indeksBukti: indeksBukti.indeks,
      predikatBukti: indeksBukti.predikat,
      targetIndeks,
      jumlahIndikator: indicators.length,
      jumlahDokumen: evidenceShas.size,
      lengkap: statuses.filter((s) => s === 'lengkap').length,
      dibawahTarget: statuses.filter((s) => s === 'di-bawah-target').length,
      kurang: statuses.filter((s) => s === 'kurang').length,
      kosong: statuses.filter((s) => s === 'kosong').length,
      eksternal: statuses.filter((s) => s === 'eksternal').length,
      tabel: rows,
      grafik: chartModel(rows, inst.tingkatMax, targetIndeks),
      rekap: indicators.map((ind) => {
        const a = byNo.get(ind.no);
        const dash = (v: number | null): string => valueView(inst, ind, bands, v)?.nilai ?? '-';
        return {
          no: ind.no,
          nama: ind.namaPendek,
          klaim: dash(a ? claimedValue(a) : null),
          didukung: dash(a ? supportedValue(a) : null),
          target: a ? formatValue(a.targetLevel) : '-',
          status: statusView(a?.status ?? 'kosong'),
        };
      }),
    },
    bagian,
    ttd: jointBlock(config, state.today, program, mode),
    catatanDraf: mode === 'draf' ? draftNotes(state, plan) : null,
  };
}
