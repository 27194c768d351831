/**
 * The levels the claimed index is computed from: the claimed level of each indicator, and for an externally scored
 * indicator its partner index (the lowest level until one is imported), whatever was claimed for it.
 */
import { claimedLevels, externalScoreOf } from '../config/claims.ts';
import { allIndicators } from '../instrument/tree.ts';
import type { Config } from '../types/config.ts';
import type { Instrument } from '../types/instrument.ts';
import { externalValue, isExternal, type ValueBands } from './external.ts';

export function indexLevels(inst: Instrument, config: Config, bands: ValueBands): Map<number, number> {
  const levels = claimedLevels(config, inst.id);
  for (const indicator of allIndicators(inst)) {
    if (!isExternal(indicator)) continue;
    levels.set(indicator.no, externalValue(indicator, inst, bands, externalScoreOf(config, inst.id, indicator.no)).value);
  }
  return levels;
}
