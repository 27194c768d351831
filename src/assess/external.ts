/**
 * Externally scored indicators (`sumberNilai: eksternal`): their value is a partner index the instansi imports
 * (`nilaiEksternal` in the config, `eviden nilai-eksternal`), never evidence documents. A raw index converts linearly
 * inside the band of its level (SDI 25 → 2,00; 68,75 → 3,75: UNSURE, the research's inference); until one is given
 * the indicator counts as the lowest level.
 */
import type { ExternalScoreEntry } from '../types/config.ts';
import type { Indicator, Instrument } from '../types/instrument.ts';
import { formatDate, formatDecimal } from '../shared/format.ts';

/** Value range of each level, keyed by level (the items file's `scoring.bands`; whole levels when absent). */
export type ValueBands = Readonly<Record<string, readonly [number, number]>>;

export function isExternal(indicator: Indicator): boolean {
  return indicator.sumberNilai === 'eksternal';
}

/** Whole-level bands [l, l+1] (the top level ends on itself) for instruments without value bands. */
export function wholeLevelBands(inst: Instrument): ValueBands {
  const bands: Record<string, [number, number]> = {};
  for (let l = inst.tingkatMin; l <= inst.tingkatMax; l += 1) bands[String(l)] = [l, Math.min(l + 1, inst.tingkatMax)];
  return bands;
}

/** The indicator value of a raw partner index: the level whose index band holds it, linear inside that band. */
export function convertIndex(indicator: Indicator, inst: Instrument, bands: ValueBands, raw: number): number | null {
  const scale = indicator.skalaEksternal?.band ?? [];
  const first = scale[0];
  const last = scale.at(-1);
  if (first === undefined || last === undefined || raw < first[0] || raw > last[1]) return null;
  const i = scale.findIndex(([, to], k) => raw < to || k === scale.length - 1);
  const [from, to] = scale[i] ?? first;
  const [low, high] = bands[String(inst.tingkatMin + i)] ?? [inst.tingkatMin + i, inst.tingkatMin + i];
  return low + ((raw - from) / (to - from)) * (high - low);
}

export interface ExternalValue {
  /** The value that enters the index. */
  value: number;
  /** False while no partner index has been imported (the value is then the lowest level). */
  imported: boolean;
  /** Indonesian: where the value comes from, or what to import. */
  reason: string;
}

/** The value of an externally scored indicator from its imported entry (or the lowest level while there is none). */
export function externalValue(indicator: Indicator, inst: Instrument, bands: ValueBands, entry: ExternalScoreEntry | null): ExternalValue {
  const scale = indicator.skalaEksternal;
  const index = scale === undefined ? 'indeks mitra' : `${scale.sistem} (${scale.pembina})`;
  const lowest = inst.tingkatMin;
  const waiting = `Dinilai dari ${index}, bukan dari bukti dukung. Nilainya belum diimpor: dihitung ${formatDecimal(lowest)} ` +
    `sampai diisi dengan "eviden nilai-eksternal ${indicator.no} NILAI --sumber … --tanggal …".`;
  if (entry === null) return { value: lowest, imported: false, reason: waiting };
  const source = `${entry.sumber}, ${formatDate(entry.tanggal)}`;
  if (entry.nilai !== undefined) {
    return { value: entry.nilai, imported: true, reason: `Nilai ${formatDecimal(entry.nilai)} dari ${index} (${source}).` };
  }
  const raw = entry.indeks ?? Number.NaN;
  const value = convertIndex(indicator, inst, bands, raw);
  if (value === null) {
    const range = scale === undefined ? '' : ` (rentang ${formatDecimal(scale.band[0]?.[0] ?? 0)}–${formatDecimal(scale.band.at(-1)?.[1] ?? 0)})`;
    return { value: lowest, imported: false, reason: `Nilai ${index} ${formatDecimal(raw)} di luar skalanya${range}: periksa isian nilaiEksternal. ${waiting}` };
  }
  return {
    value,
    imported: true,
    reason: `${index} ${formatDecimal(raw)} (${source}) dikonversi linear dalam rentang tingkatnya menjadi ${formatDecimal(value)}.`,
  };
}
