/** Lookups over an instrument's group tree: indicators, their group path, level labels. */
import type { Group, Indicator, Instrument } from '../types/instrument.ts';
import { UserError } from '../shared/errors.ts';

function walk(groups: Group[], visit: (indicator: Indicator, path: Group[]) => void, path: Group[] = []): void {
  for (const group of groups) {
    const here = [...path, group];
    for (const indicator of group.indicators) visit(indicator, here);
    walk(group.groups, visit, here);
  }
}

/** Every indicator of the instrument, sorted by number. */
export function allIndicators(inst: Instrument): Indicator[] {
  const found: Indicator[] = [];
  walk(inst.groups, (indicator) => found.push(indicator));
  return found.sort((a, b) => a.no - b.no);
}

export function findIndicator(inst: Instrument, no: number): Indicator | undefined {
  return allIndicators(inst).find((i) => i.no === no);
}

/** The groups containing indicator `no`, from the top level down (e.g. [domain 1, aspek 1]); [] if absent. */
export function groupPathOf(inst: Instrument, no: number): Group[] {
  let result: Group[] = [];
  walk(inst.groups, (indicator, path) => {
    if (indicator.no === no) result = path;
  });
  return result;
}

/** "12 (Peta Rencana SPBE)": how messages name an indicator. */
export function indicatorRef(indicator: Indicator): string {
  return `${indicator.no} (${indicator.namaPendek})`;
}

/**
 * Why `level` is not a valid level of `indicator`, in Indonesian, or null when it is valid. Decimals (e.g. 3,5) are
 * valid only where the pack allows them (`allowsDecimal`).
 */
export function levelProblem(inst: Instrument, indicator: Indicator, level: number, allowsDecimal = false): string | null {
  const inRange = Number.isFinite(level) && level >= inst.tingkatMin && level <= inst.tingkatMax;
  if (inRange && (allowsDecimal || Number.isInteger(level))) return null;
  return (
    `Tingkat ${String(level).replace('.', ',')} untuk indikator ${indicatorRef(indicator)} tidak sah: ` +
    `harus ${allowsDecimal ? 'angka' : 'bilangan bulat'} ${inst.tingkatMin}–${inst.tingkatMax}.`
  );
}

/** The level's name for the indicator's capability, e.g. 3 → "Terdefinisi" (proses) or "Transaksi" (layanan). */
export function levelLabel(inst: Instrument, indicator: Indicator, level: number): string {
  const problem = levelProblem(inst, indicator, level);
  const label = inst.labelTingkat[indicator.kapabilitas][level - inst.tingkatMin];
  if (problem !== null || label === undefined) throw new UserError(problem ?? `Label tingkat ${level} tidak ada.`);
  return label;
}
