/**
 * The one reader of the penilaian mandiri (`penilaian`: claimed level and penjelasan per indicator) and of the target
 * levels (`target`) in the config. Every caller names the instrument, so that keying the claims per instrument (a
 * workspace switching instruments must never reuse another instrument's numbers) is a change to this module only.
 */
import type { Config } from '../types/config.ts';

/** One indicator's penilaian mandiri. */
export interface Claim {
  /** The claimed level, or null while none is chosen. */
  level: number | null;
  /** The penjelasan ('' while empty). */
  penjelasan: string;
}

function entriesOf(config: Config, _instrumentId: string): [number, Claim][] {
  return Object.entries(config.penilaian).map(([no, entry]) => [Number(no), { level: entry.tingkat ?? null, penjelasan: entry.penjelasan }]);
}

/** The claim of indicator `no` of the instrument (level null and penjelasan '' when the config has none). */
export function claimOf(config: Config, _instrumentId: string, no: number): Claim {
  const entry = config.penilaian[String(no)];
  return { level: entry?.tingkat ?? null, penjelasan: entry?.penjelasan ?? '' };
}

/** Every claim the config holds for the instrument, by indicator number (numbers the instrument lacks included). */
export function claimsOf(config: Config, instrumentId: string): Map<number, Claim> {
  return new Map(entriesOf(config, instrumentId));
}

/** The claimed levels of the instrument, by indicator number; indicators without a level are left out. */
export function claimedLevels(config: Config, instrumentId: string): Map<number, number> {
  const levels = new Map<number, number>();
  for (const [no, claim] of entriesOf(config, instrumentId)) if (claim.level !== null) levels.set(no, claim.level);
  return levels;
}

/** The target level of indicator `no`: its own (`target.indikator`) or the default (`target.bawaan`). */
export function targetOf(config: Config, _instrumentId: string, no: number): number {
  return config.target.indikator[String(no)] ?? config.target.bawaan;
}
