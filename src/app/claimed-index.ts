/** The index from the claimed levels in the config, or null while some indicator has no claimed level. */
import type { Config } from '../types/config.ts';
import type { Instrument, IndexResult } from '../types/instrument.ts';
import { allIndicators } from '../instrument/tree.ts';
import { computeIndex } from '../instrument/index-formula.ts';

export function claimedLevels(instrument: Instrument, config: Config): Map<number, number> {
  const levels = new Map<number, number>();
  for (const ind of allIndicators(instrument)) {
    const level = config.penilaian[String(ind.no)]?.tingkat;
    if (level !== undefined) levels.set(ind.no, level);
  }
  return levels;
}

export function claimedIndex(instrument: Instrument, config: Config): IndexResult | null {
  const levels = claimedLevels(instrument, config);
  if (levels.size < allIndicators(instrument).length) return null;
  return computeIndex(instrument, levels);
}
