/** The Ringkasan page model (pure): index, per-group indices for the chart, counts, and the OPD × indicator heat map. */
import type { WorkspaceState } from '../../types/state.ts';
import { allFindings, cellOnlyFindings, countBySeverity, summarize, type SeverityCounts, type StatusCounts } from '../../assess/summary.ts';
import { allIndicators } from '../../instrument/tree.ts';
import { formatDecimal, shorten } from '../../shared/format.ts';
import { reviewQueue } from './review-queue.ts';
import { heatStatusLabel, type HeatStatus } from '../../shared/vocabulary.ts';

export interface ChartBar {
  no: number;
  nama: string;
  /** The name cut to fit the label column (the full name is the SVG <title>). */
  label: string;
  /** "3,28" */
  nilai: string;
  /** Bar length in SVG units (BAR_SPAN for an index of 5). */
  panjang: number;
  y: number;
  textY: number;
  nilaiX: number;
}

export interface Chart {
  /** "Domain", "Aspek" */
  judul: string;
  lebar: number;
  tinggi: number;
  barX: number;
  barHeight: number;
  bars: ChartBar[];
  /** Grid lines at levels 1–5. */
  grid: { x: number; label: number }[];
  gridBottom: number;
  /** Baseline of the axis labels. */
  sumbuY: number;
}

export type { HeatStatus };

export interface HeatCell {
  no: number;
  status: HeatStatus;
  href: string;
  title: string;
}

export interface HeatRow {
  kode: string;
  nama: string;
  href: string;
  cells: HeatCell[];
}

export interface SummaryModel {
  instansi: string;
  tahun: number;
  /** The programme's short name ("SPBE"). */
  program: string;
  /** The index's name ("Indeks SPBE"). */
  instrumen: string;
  tanggal: string;
  /** The index from the claimed levels, once every indicator has one. */
  indeks: { nilai: string; predikat: string } | null;
  /** The index the evidence supports (as in the report), always computed. */
  indeksBukti: { nilai: string; predikat: string };
  /** The index of the target levels. */
  indeksTarget: { nilai: string; predikat: string };
  /** Why there is no index yet (indicators without a claimed level). */
  indeksCatatan: string | null;
  charts: Chart[];
  status: StatusCounts;
  sel: StatusCounts;
  temuan: SeverityCounts;
  temuanTotal: number;
  dokumen: { total: number; terbaca: number; bermasalah: number; perluDitinjau: number };
  /** `eksternal`: some indicator is scored from a partner index (the legend names its colour). */
  heatmap: { indicators: { no: number; nama: string }[]; overall: HeatCell[]; rows: HeatRow[]; eksternal: boolean };
}

const CHART_WIDTH = 600;
const LABEL_WIDTH = 250;
const BAR_SPAN = 290;
const BAR_HEIGHT = 17;
const BAR_GAP = 7;
const CHART_TOP = 8;
const LABEL_CHARS = 36;


function chartOf(title: string, groups: { no: number; nama: string; indeks: number }[]): Chart {
  const bars = groups.map((g, i) => {
    const y = CHART_TOP + i * (BAR_HEIGHT + BAR_GAP);
    const panjang = Math.round((Math.max(0, Math.min(5, g.indeks)) / 5) * BAR_SPAN * 10) / 10;
    return {
      no: g.no,
      nama: g.nama,
      label: shorten(g.nama, LABEL_CHARS),
      nilai: formatDecimal(g.indeks),
      panjang,
      y,
      textY: y + BAR_HEIGHT / 2 + 4,
      nilaiX: LABEL_WIDTH + panjang + 6,
    };
  });
  const gridBottom = CHART_TOP + bars.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP / 2;
  return {
    judul: title,
    lebar: CHART_WIDTH,
    tinggi: gridBottom + 16,
    barX: LABEL_WIDTH,
    barHeight: BAR_HEIGHT,
    bars,
    grid: [0, 1, 2, 3, 4, 5].map((level) => ({ x: LABEL_WIDTH + (level / 5) * BAR_SPAN, label: level })),
    gridBottom,
    sumbuY: gridBottom + 12,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cellTitle(no: number, nama: string, opd: string, status: HeatStatus): string {
  return `Indikator ${no} (${nama}), ${opd}: ${heatStatusLabel(status)}`;
}

export function summaryModel(state: WorkspaceState): SummaryModel {
  const { assessment, instrument } = state;
  const summary = summarize(assessment);
  const indicators = allIndicators(instrument);
  const claimedNos = new Set(assessment.indicators.filter((a) => a.claimedLevel !== null).map((a) => a.id));
  const claimed = indicators.filter((i) => claimedNos.has(i.no)).length;
  const findings = [...allFindings(assessment), ...cellOnlyFindings(assessment)];
  const temuan = countBySeverity(findings);
  const queue = reviewQueue(state);
  const names = new Map(indicators.map((i) => [i.no, i.namaPendek]));
  const opds = assessment.opd ?? state.workspace.config.opd.map((o) => ({ kode: o.kode, nama: o.nama, folder: o.folder }));
  const kodes = [...new Set([...opds.map((o) => o.kode), ...assessment.matrix.map((c) => c.opd)])];
  const cellAt = new Map(assessment.matrix.map((c) => [`${c.opd}\u0000${c.indicator}`, c]));
  // An externally scored indicator has no cells (no OPD supplies evidence for it): every row shows its status.
  const external = new Set(assessment.indicators.filter((a) => a.status === 'eksternal').map((a) => a.id));
  const rows: HeatRow[] = kodes.map((kode) => {
    const nama = opds.find((o) => o.kode === kode)?.nama ?? assessment.matrix.find((c) => c.opd === kode)?.opdNama ?? kode;
    return {
      kode,
      nama,
      href: `/opd/${encodeURIComponent(kode)}`,
      cells: indicators.map((ind) => {
        const status: HeatStatus = external.has(ind.no) ? 'eksternal' : (cellAt.get(`${kode}\u0000${ind.no}`)?.status ?? 'tidak-wajib');
        return {
          no: ind.no,
          status,
          href: status === 'eksternal' ? `/indikator/${ind.no}` : `/indikator/${ind.no}?opd=${encodeURIComponent(kode)}`,
          title: cellTitle(ind.no, ind.namaPendek, nama, status),
        };
      }),
    };
  });
  const ok = state.documents.filter((d) => d.doc.status === 'ok').length;
  return {
    instansi: assessment.instansi,
    tahun: assessment.tahun,
    program: state.pack.labels.programShort,
    instrumen: instrument.nama,
    tanggal: state.today,
    indeks: assessment.indeks
      ? { nilai: formatDecimal(assessment.indeks.indeks), predikat: assessment.indeks.predikat }
      : null,
    indeksBukti: { nilai: formatDecimal(assessment.indeksBukti.indeks), predikat: assessment.indeksBukti.predikat },
    indeksTarget: { nilai: formatDecimal(assessment.indeksTarget.indeks), predikat: assessment.indeksTarget.predikat },
    indeksCatatan: assessment.indeks
      ? null
      : `${indicators.length - claimed} dari ${indicators.length} indikator belum diberi tingkat penilaian mandiri.`,
    charts: assessment.indeks
      ? instrument.hierarki.map((level) => chartOf(capitalize(level), assessment.indeks?.groups[level] ?? []))
      : [],
    status: summary.indicators,
    sel: summary.cells,
    temuan,
    temuanTotal: temuan.error + temuan.warning + temuan.info,
    dokumen: {
      total: state.documents.length,
      terbaca: ok,
      bermasalah: state.documents.length - ok,
      perluDitinjau: queue.total,
    },
    heatmap: {
      indicators: indicators.map((i) => ({ no: i.no, nama: i.namaPendek })),
      overall: assessment.indicators.map((i) => ({
        no: i.id,
        status: i.status,
        href: `/indikator/${i.id}`,
        title: `Indikator ${i.id} (${names.get(i.id) ?? i.nama}): ${heatStatusLabel(i.status)}`,
      })),
      rows,
      eksternal: external.size > 0,
    },
  };
}
