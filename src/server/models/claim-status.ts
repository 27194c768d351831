/**
 * The status of an indicator as the dashboard words it: the assessment's status, except that evidence matching a
 * claim lowered below the target is not "Lengkap" but "Di bawah target" (the claim, not the evidence, falls short).
 */
import type { IndicatorStatus } from '../../types/assessment.ts';

export type ClaimStatus = IndicatorStatus | 'di-bawah-target';

export interface ClaimedIndicator {
  status: IndicatorStatus;
  claimedLevel: number | null;
  targetLevel: number;
}

export function claimStatus(i: ClaimedIndicator): ClaimStatus {
  return i.status === 'lengkap' && i.claimedLevel !== null && i.claimedLevel < i.targetLevel ? 'di-bawah-target' : i.status;
}
