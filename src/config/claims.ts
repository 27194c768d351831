/**
 * The one reader of the penilaian mandiri (`penilaian`: claimed level and penjelasan per indicator) and of the target
 * levels (`target`) in the config. Both are kept per instrument (`penilaian: { pemdi-2026: { "1": … } }`), so a
 * workspace that switches instruments never reuses another instrument's numbers. Indicator numbers written directly
 * under the section (the form from before instruments were keyed) belong to the one pack marked `unkeyedConfig`.
 */
import { unkeyedOwner } from '../instrument/registry.ts';
import type { AssessmentEntry, Config, ExternalScoreEntry, PerInstrument } from '../types/config.ts';
import type { ApplicationNames } from '../types/classification.ts';

/** One indicator's penilaian mandiri. */
export interface Claim {
  /** The claimed level (a decimal where the pack allows one), or null while none is chosen. */
  level: number | null;
  /** The penjelasan ('' while empty). */
  penjelasan: string;
}

const isIndicatorKey = (key: string): boolean => /^\d/.test(key);

/** The entries of a per-instrument section that belong to the instrument, by indicator number as written. */
export function entriesFor<T>(section: PerInstrument<T>, instrumentId: string): Record<string, T> {
  const out: Record<string, T> = {};
  if (instrumentId === unkeyedOwner()) {
    for (const [key, value] of Object.entries(section)) if (isIndicatorKey(key)) out[key] = value as T;
  }
  const keyed = section[instrumentId];
  if (keyed !== undefined && typeof keyed === 'object' && keyed !== null) Object.assign(out, keyed as Record<string, T>);
  return out;
}

/** Instrument ids the section holds entries for (the unkeyed owner when unkeyed entries exist). */
export function instrumentsIn<T>(section: PerInstrument<T>): string[] {
  const ids = Object.keys(section).filter((key) => !isIndicatorKey(key));
  const unkeyed = unkeyedOwner();
  if (unkeyed !== null && Object.keys(section).some(isIndicatorKey) && !ids.includes(unkeyed)) ids.push(unkeyed);
  return ids.sort();
}

function toClaim(entry: AssessmentEntry | undefined): Claim {
  return { level: entry?.tingkat ?? null, penjelasan: entry?.penjelasan ?? '' };
}

/** The claim of indicator `no` of the instrument (level null and penjelasan '' when the config has none). */
export function claimOf(config: Config, instrumentId: string, no: number): Claim {
  return toClaim(entriesFor(config.penilaian, instrumentId)[String(no)]);
}

/** Every claim the config holds for the instrument, by indicator number (numbers the instrument lacks included). */
export function claimsOf(config: Config, instrumentId: string): Map<number, Claim> {
  return new Map(Object.entries(entriesFor(config.penilaian, instrumentId)).map(([no, entry]) => [Number(no), toClaim(entry)]));
}

/** The claimed levels of the instrument, by indicator number; indicators without a level are left out. */
export function claimedLevels(config: Config, instrumentId: string): Map<number, number> {
  const levels = new Map<number, number>();
  for (const [no, claim] of claimsOf(config, instrumentId)) if (claim.level !== null) levels.set(no, claim.level);
  return levels;
}

/** The target level of indicator `no`: its own (`target.indikator`, per instrument) or the default (`target.bawaan`). */
export function targetOf(config: Config, instrumentId: string, no: number): number {
  return entriesFor(config.target.indikator, instrumentId)[String(no)] ?? config.target.bawaan;
}

/** The imported partner index of an externally scored indicator (`nilaiEksternal.<instrument>."<no>"`), or null. */
export function externalScoreOf(config: Config, instrumentId: string, no: number): ExternalScoreEntry | null {
  return config.nilaiEksternal[instrumentId]?.[String(no)] ?? null;
}

/** The workspace's own application names for the instrument's indicators (`aplikasi`), by indicator; repeats dropped. */
export function applicationsOf(config: Config, instrumentId: string): ApplicationNames[] {
  return Object.entries(entriesFor(config.aplikasi, instrumentId))
    .map(([no, names]) => ({ indicator: Number(no), names: [...new Set(names)] }))
    .filter((a) => a.names.length > 0)
    .sort((a, b) => a.indicator - b.indicator);
}
