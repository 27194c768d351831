/**
 * The official index formula (PermenPANRB 59/2020 Lampiran Bab II.B.3–5), generic over the tree depth:
 * group index = Σ(child index × child weight) / group weight, where the children of a bottom-level group are its
 * indicators with their levels; total = Σ(top index × top weight) / Σ top weights. Full precision throughout.
 */
import { allIndicators, indicatorRef, levelProblem } from './tree.ts';
import type { Group, GroupIndex, IndexResult, Instrument } from '../types/instrument.ts';
import { UserError } from '../shared/errors.ts';

/** Compare predicate bounds with the full-precision value, or with the value as displayed (2 decimals). */
export type PredicatePolicy = 'exact' | 'displayed';

export interface IndexOptions {
  predicateOn?: PredicatePolicy;
  /** Whether levels may be decimals: the pack's `allowsDecimal` (whole numbers only when absent). */
  allowsDecimal?: boolean;
}

/** Indicator number → level. */
export type Levels = ReadonlyMap<number, number> | Readonly<Record<number, number>>;

export interface WeightedIndex {
  indeks: number;
  bobot: number;
}

/** Absorbs float noise so that a value that is mathematically on a bound (e.g. 2,6) counts as reaching it. */
const BOUND_EPSILON = 1e-9;

/** At most this many missing indicators are named in full in an error; beyond that only their numbers. */
const NAMED_LIMIT = 10;

/** (1 / divisor) × Σ(indeks × bobot); the divisor defaults to Σ bobot (they are equal in a valid instrument). */
export function aggregateGroups(parts: readonly WeightedIndex[], divisor?: number): number {
  const weight = divisor ?? parts.reduce((acc, p) => acc + p.bobot, 0);
  if (parts.length === 0 || weight <= 0) throw new RangeError('aggregateGroups: tidak ada bobot untuk diagregasi');
  return parts.reduce((acc, p) => acc + p.indeks * p.bobot, 0) / weight;
}

/** The value rounded as it is displayed (2 decimals, like formatDecimal). */
export function displayedValue(value: number): number {
  return Number(value.toFixed(2));
}

/**
 * The predicate band name for an index value. A value exactly on a band's lower bound belongs to that band, or, when
 * the instrument's `batasPredikat` is `bawah`, to the band below (the lowest band keeps its bound).
 */
export function predicateFor(inst: Instrument, value: number, policy: PredicatePolicy = 'exact'): string {
  const compared = policy === 'displayed' ? displayedValue(value) : value;
  const lowest = inst.predikat.length - 1;
  const reaches = (min: number, i: number): boolean =>
    inst.batasPredikat === 'bawah' && i < lowest ? compared > min + BOUND_EPSILON : compared >= min - BOUND_EPSILON;
  const band = inst.predikat.find((b, i) => reaches(b.min, i));
  if (!band) throw new RangeError(`Nilai indeks ${value} di bawah batas predikat terendah instrumen ${inst.id}`);
  return band.nama;
}

function levelMap(levels: Levels): Map<number, number> {
  if (levels instanceof Map) return new Map(levels);
  return new Map(Object.entries(levels).map(([key, level]) => [Number(key), level]));
}

/** Every indicator must have a valid level, and every given number must be an indicator: else a UserError. */
function checkLevels(inst: Instrument, levels: Map<number, number>, allowsDecimal: boolean): void {
  const indicators = allIndicators(inst);
  const missing = indicators.filter((i) => !levels.has(i.no));
  const invalid = indicators.flatMap((i) => {
    const level = levels.get(i.no);
    const problem = level === undefined ? null : levelProblem(inst, i, level, allowsDecimal);
    return problem === null ? [] : [problem];
  });
  const known = new Set(indicators.map((i) => i.no));
  const unknown = [...levels.keys()].filter((no) => !known.has(no));
  const problems: string[] = [...invalid];
  if (missing.length > 0) {
    const names = missing.length <= NAMED_LIMIT ? missing.map(indicatorRef) : missing.map((i) => String(i.no));
    problems.push(`Tingkat belum diisi untuk ${missing.length} indikator: ${names.join(', ')}.`);
  }
  if (unknown.length > 0) {
    problems.push(`Nomor indikator ${unknown.join(', ')} tidak ada di instrumen ${inst.id} (${indicators.length} indikator).`);
  }
  if (problems.length > 0) {
    throw new UserError(`Indeks tidak dapat dihitung:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The index of the tree for a level per indicator (every indicator present): the one formula behind every index. */
function indexOfTree(inst: Instrument, lookup: ReadonlyMap<number, number>, predikat: (value: number) => string): IndexResult {
  const groups: Record<string, GroupIndex[]> = Object.fromEntries(inst.hierarki.map((name) => [name, []]));

  const indexOf = (group: Group): number => {
    const parts =
      group.indicators.length > 0
        ? group.indicators.map((i) => ({ indeks: lookup.get(i.no) ?? Number.NaN, bobot: i.bobot }))
        : group.groups.map((child) => ({ indeks: indexOf(child), bobot: child.bobot }));
    const indeks = aggregateGroups(parts, group.bobot);
    const row: GroupIndex = { tingkat: group.tingkat, no: group.no, nama: group.nama, bobot: group.bobot, indeks };
    (groups[group.tingkat] ??= []).push(row);
    return indeks;
  };

  const indeks = aggregateGroups(inst.groups.map((g) => ({ indeks: indexOf(g), bobot: g.bobot })));
  for (const rows of Object.values(groups)) rows.sort((a, b) => a.no - b.no);
  return { instrument: inst.id, indeks, predikat: predikat(indeks), groups };
}

/** Indeks per group, per hierarchy level, and the total index with its predicate. */
export function computeIndex(inst: Instrument, levels: Levels, opts: IndexOptions = {}): IndexResult {
  const lookup = levelMap(levels);
  checkLevels(inst, lookup, opts.allowsDecimal ?? false);
  return indexOfTree(inst, lookup, (value) => predicateFor(inst, value, opts.predicateOn));
}

/**
 * The index the evidence supports, from the supported level of each indicator: 0 where nothing supports level 1,
 * and so for an indicator the map lacks. A value below the lowest predicate band gets that band.
 */
export function computeSupportedIndex(inst: Instrument, levels: Levels, opts: Pick<IndexOptions, 'predicateOn'> = {}): IndexResult {
  const given = levelMap(levels);
  const lookup = new Map(allIndicators(inst).map((i) => [i.no, given.get(i.no) ?? 0]));
  const lowest = inst.predikat.at(-1);
  return indexOfTree(inst, lookup, (value) => {
    const compared = opts.predicateOn === 'displayed' ? displayedValue(value) : value;
    return lowest !== undefined && compared < lowest.min - BOUND_EPSILON ? lowest.nama : predicateFor(inst, value, opts.predicateOn);
  });
}
