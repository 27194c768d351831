/**
 * The status of one indicator, decided once here from the value the evidence supports (a decimal under Pemdi's linear
 * credit, a level under SPBE's integer credit), the claim and the target. The assessment carries it; the dashboard,
 * the reports and the CLI read it and never decide it again. Pure.
 */
import type { IndicatorStatus } from '../types/assessment.ts';
import { VALUE_DECIMALS } from '../shared/format.ts';

export interface StatusFacts {
  /** The value is an imported partner index (no evidence documents are asked for). */
  external: boolean;
  /** Some accepted evidence exists. */
  hasEvidence: boolean;
  /** The value the accepted evidence supports. */
  supported: number;
  claimed: number | null;
  target: number;
}

/**
 * Whether the status asks for more evidence: a to-do for the OPD and the coordinator. Never for a complete indicator,
 * nor for an externally scored one (its value is an imported partner index, no document is asked for).
 */
export function asksForEvidence(status: IndicatorStatus): boolean {
  return status === 'kosong' || status === 'kurang' || status === 'di-bawah-target';
}

/** How urgently an indicator needs evidence, most urgent first (work lists sort by it). */
export const STATUS_URGENCY: Readonly<Record<IndicatorStatus, number>> = { kosong: 0, kurang: 1, 'di-bawah-target': 2, lengkap: 3, eksternal: 3 };

/**
 * Values are compared at the precision they are shown and written in (two decimals, "1,17"): a coordinator who
 * claims the suggested 1,17 for a supported 1,1666… claims what the evidence supports.
 */
function rounded(value: number): number {
  const scale = 10 ** VALUE_DECIMALS;
  return Math.round(value * scale + Number.EPSILON) / scale;
}

/** Whether `value` reaches `level` (both compared at two decimals). */
export function reaches(value: number, level: number): boolean {
  return rounded(value) >= rounded(level);
}

/**
 * `eksternal` for a partner index; `kosong` without accepted evidence; `kurang` when the evidence falls short of the
 * claim (or, without a claim, of the target); `di-bawah-target` when it supports the claim but the claim, and so the
 * supported value, stays below the target; else `lengkap`. A supported value below the target is never `lengkap`.
 */
export function indicatorStatus(f: StatusFacts): IndicatorStatus {
  if (f.external) return 'eksternal';
  if (!f.hasEvidence) return 'kosong';
  if (!reaches(f.supported, f.claimed ?? f.target)) return 'kurang';
  return reaches(f.supported, f.target) ? 'lengkap' : 'di-bawah-target';
}
