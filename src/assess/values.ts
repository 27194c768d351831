/** The values an indicator shows: what the penilaian gives and what the evidence supports. Pure. */
import type { IndicatorAssessment } from '../types/assessment.ts';

/** The value the evidence supports: the level analysis's (decimal under linear credit), else the supported level. */
export function supportedValue(a: IndicatorAssessment): number {
  return a.levels?.value ?? a.supportedLevel;
}

/**
 * The value the penilaian gives: the claimed level or value, or for an externally scored indicator the imported
 * partner index (it is not claimed: it enters the index as imported, the lowest level until then).
 */
export function claimedValue(a: IndicatorAssessment): number | null {
  return a.status === 'eksternal' ? supportedValue(a) : a.claimedLevel;
}
