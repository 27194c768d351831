/** Every finding rule, grouped by what it looks at. docs/rules.md documents each id. */
import { belowTargetLevel } from './below-target-level.ts';
import { citedFileProblem } from './cited-file-problem.ts';
import { claimedAboveSupported } from './claimed-above-supported.ts';
import { duplicateEvidence } from './duplicate-evidence.ts';
import { evidenceEncrypted } from './evidence-encrypted.ts';
import { evidenceExpired } from './evidence-expired.ts';
import { evidenceNotCited } from './evidence-not-cited.ts';
import { evidencePending } from './evidence-pending.ts';
import { evidenceRemoved } from './evidence-removed.ts';
import { evidenceUnreadable } from './evidence-unreadable.ts';
import { indicatorNoEvidence } from './indicator-no-evidence.ts';
import { levelClaimedWithoutEvidence } from './level-claimed-without-evidence.ts';
import { missingPenjelasan } from './missing-penjelasan.ts';
import { onlyLowConfidence } from './only-low-confidence.ts';
import { opdNoEvidence } from './opd-no-evidence.ts';
import { possiblyMisfiled } from './possibly-misfiled.ts';
import { rejectedSubstitution } from './rejected-substitution.ts';
import { serviceLoginOnly } from './service-login-only.ts';
import { unknownOpdFolder } from './unknown-opd-folder.ts';
import type { CellRule, DocumentRule, IndicatorRule, RuleMeta, WorkspaceRule } from './types.ts';

export const INDICATOR_RULES: readonly IndicatorRule[] = [
  indicatorNoEvidence,
  levelClaimedWithoutEvidence,
  claimedAboveSupported,
  onlyLowConfidence,
  evidenceExpired,
  serviceLoginOnly,
  possiblyMisfiled,
  rejectedSubstitution,
  belowTargetLevel,
  missingPenjelasan,
  evidenceNotCited,
  citedFileProblem,
];

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  evidenceUnreadable,
  evidenceEncrypted,
  evidencePending,
  evidenceRemoved,
  duplicateEvidence,
];

export const WORKSPACE_RULES: readonly WorkspaceRule[] = [unknownOpdFolder];

export const CELL_RULES: readonly CellRule[] = [opdNoEvidence];

/** Id and severity of every rule (for docs, filters and tests). */
export const ALL_RULES: readonly RuleMeta[] = [...INDICATOR_RULES, ...DOCUMENT_RULES, ...WORKSPACE_RULES, ...CELL_RULES].map(
  ({ id, severity }) => ({ id, severity }),
);
