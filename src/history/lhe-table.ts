/**
 * Reads the indicator table of a Laporan Hasil Evaluasi (LHE) that KemenPANRB sends: rows "No · Indikator ·
 * Nilai", whose names may wrap over several lines and whose value may stand on a line of its own. Pure: text in,
 * values out. The table is found by matching row names against the instrument, so numbered lists elsewhere in
 * the report (Dasar Hukum, recommendations) are not taken for it.
 */
import type { Indicator, Instrument } from '../types/instrument.ts';
import { allIndicators } from '../instrument/tree.ts';

export interface LheReading {
  /** The evaluation year named on the cover ("TAHUN 2021"), or null when none is found. */
  tahun: number | null;
  /** Indicator number → value read from the table. */
  nilai: Map<number, number>;
  /** Rows whose name does not look like the instrument's indicator of that number (checked by a person). */
  namaBerbeda: number[];
}

/** Words that every indicator name shares and that say nothing about which one it is. */
const COMMON = new Set(['tingkat', 'kematangan', 'instansi', 'pusat', 'pemerintah', 'daerah', 'dan', 'spbe', 'layanan']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !COMMON.has(w));
}

/** Share of the row's distinctive words that the indicator's name contains (1 when the row has none). */
function nameMatch(row: string, indicator: Indicator): number {
  const rowWords = words(row);
  if (rowWords.length === 0) return 0;
  const known = new Set(words(`${indicator.nama} ${indicator.namaPendek}`));
  return rowWords.filter((w) => known.has(w)).length / rowWords.length;
}

const ROW = /^(\d{1,3})[.)]?\s+(\S.*)$/;
const MIN_FIRST_MATCH = 0.6;
const MIN_ROW_MATCH = 0.5;
/** How many continuation lines a wrapped indicator name may take before its value. */
const MAX_WRAP = 3;

function valueOf(token: string, inst: Instrument): number | null {
  if (!/^\d(?:[.,]\d{1,2})?$/.test(token)) return null;
  const value = Number(token.replace(',', '.'));
  return value >= 0 && value <= inst.tingkatMax ? value : null;
}

/** The value ending a line ("… Layanan Keuangan 4"), and the name before it. */
function splitTrailingValue(line: string, inst: Instrument): { name: string; value: number | null } {
  const m = /^(.*\S)\s+(\S+)$/.exec(line);
  const value = m ? valueOf(m[2] ?? '', inst) : null;
  return value === null || !m ? { name: line, value: null } : { name: m[1] ?? '', value };
}

interface Row {
  no: number;
  name: string;
  value: number;
}

/** The row starting at `lines[i]` when it is indicator `indicator`'s, with the lines it takes. */
function readRow(lines: string[], i: number, indicator: Indicator, inst: Instrument): { row: Row; used: number } | null {
  const m = ROW.exec(lines[i] ?? '');
  if (!m || Number(m[1]) !== indicator.no) return null;
  const first = splitTrailingValue(m[2] ?? '', inst);
  if (first.value !== null) return { row: { no: indicator.no, name: first.name, value: first.value }, used: 1 };
  let name = first.name;
  for (let k = 1; k <= MAX_WRAP && i + k < lines.length; k++) {
    const line = lines[i + k] ?? '';
    const alone = valueOf(line, inst);
    if (alone !== null) return { row: { no: indicator.no, name, value: alone }, used: k + 1 };
    if (ROW.test(line)) return null;
    const part = splitTrailingValue(line, inst);
    name = `${name} ${part.name}`;
    if (part.value !== null) return { row: { no: indicator.no, name, value: part.value }, used: k + 1 };
  }
  return null;
}

function coverYear(lines: string[]): number | null {
  for (const line of lines.slice(0, 40)) {
    const m = /\bTAHUN\s+(20\d\d)\b/i.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

interface TableRun {
  nilai: Map<number, number>;
  namaBerbeda: number[];
}

/** Consecutive rows 1, 2, 3 … from `start`, as far as they go. */
function readRun(lines: string[], start: number, indicators: Indicator[], inst: Instrument): TableRun {
  const nilai = new Map<number, number>();
  const namaBerbeda: number[] = [];
  let i = start;
  for (const indicator of indicators) {
    const found = readRow(lines, i, indicator, inst);
    if (!found) break;
    nilai.set(indicator.no, found.row.value);
    if (nameMatch(found.row.name, indicator) < MIN_ROW_MATCH) namaBerbeda.push(indicator.no);
    i += found.used;
  }
  return { nilai, namaBerbeda };
}

export function readLheTable(text: string, inst: Instrument): LheReading {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const indicators = allIndicators(inst).sort((a, b) => a.no - b.no);
  let best: TableRun = { nilai: new Map(), namaBerbeda: [] };
  const firstIndicator = indicators[0];
  for (let start = 0; start < lines.length && firstIndicator; start++) {
    const first = readRow(lines, start, firstIndicator, inst);
    if (!first || nameMatch(first.row.name, firstIndicator) < MIN_FIRST_MATCH) continue;
    const run = readRun(lines, start, indicators, inst);
    if (run.nilai.size > best.nilai.size) best = run;
  }
  const { nilai, namaBerbeda } = best;
  return { tahun: coverYear(lines), nilai, namaBerbeda };
}
