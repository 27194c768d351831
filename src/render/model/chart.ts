/** Geometry of the ringkasan bar chart (drawn as inline SVG by templates/grafik.hbs). Pure. */
import { formatDecimal, shorten } from '../../shared/format.ts';

export interface ChartBar {
  y: number;
  width: number;
  text: string;
  textX: number;
  textY: number;
}

export interface ChartRow {
  labelY: number;
  label: string;
  top: boolean;
  labelX: number;
  klaim: ChartBar | null;
  bukti: ChartBar;
}

export interface ChartModel {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  plotTop: number;
  plotBottom: number;
  barHeight: number;
  /** x of the second legend entry. */
  legendX2: number;
  rows: ChartRow[];
  ticks: Array<{ x: number; label: string }>;
  targetX: number;
  targetLabel: string;
}

export interface ChartInput {
  jenis: string;
  label: string;
  nama: string;
  indeks: number | null;
  indeksBukti: number;
}

const WIDTH = 680;
const LABEL_WIDTH = 300;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 10;
const TOP = 34;
const AXIS = 26;
const LABEL_CHARS = 44;


export function chartModel(rows: ChartInput[], max: number, target: number): ChartModel {
  const plotX = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - 40;
  const scale = (v: number): number => (Math.max(0, Math.min(v, max)) / max) * plotWidth;
  const topKind = rows[0]?.jenis;
  const bar = (value: number, y: number): ChartBar => {
    const width = scale(value);
    return { y, width, text: formatDecimal(value), textX: plotX + width + 4, textY: y + BAR_HEIGHT - 1.5 };
  };
  const chartRows = rows.map((row, i) => {
    const top = row.jenis === topKind;
    const y = TOP + i * ROW_HEIGHT + 4;
    return {
      labelY: y + BAR_HEIGHT + 4,
      label: shorten(`${row.label} ${row.nama}`, top ? LABEL_CHARS : LABEL_CHARS - 2),
      top,
      labelX: top ? 0 : 12,
      klaim: row.indeks === null ? null : bar(row.indeks, y),
      bukti: bar(row.indeksBukti, y + BAR_HEIGHT),
    };
  });
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  return {
    width: WIDTH,
    height: plotBottom + AXIS,
    plotX,
    plotWidth,
    plotTop: TOP - 6,
    plotBottom,
    barHeight: BAR_HEIGHT,
    legendX2: plotX + 160,
    rows: chartRows,
    ticks: Array.from({ length: max + 1 }, (_, v) => ({ x: plotX + scale(v), label: String(v) })),
    targetX: plotX + scale(target),
    targetLabel: `Target ${formatDecimal(target)}`,
  };
}
