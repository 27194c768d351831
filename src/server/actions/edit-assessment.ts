/** Saves a claimed level and penjelasan from the dashboard into eviden.config.yaml, with an audit event. */
import { claimOf } from '../../config/claims.ts';
import { saveAssessmentEdit } from '../../config/edit.ts';
import { recordEvent } from '../../store/audit.ts';
import { nowIso } from '../../app/session.ts';
import type { ServerContext } from '../context.ts';

export interface AssessmentInput {
  indicator: number;
  /** A level, null to remove the claim, undefined to keep it. */
  tingkat?: number | null;
  /** The new text ('' removes it), undefined to keep it. */
  penjelasan?: string;
  reviewer: string;
}

export interface AssessmentSaved {
  indicator: number;
  tingkat: number | null;
  penjelasan: string;
  changed: boolean;
}

export function editAssessment(ctx: ServerContext, input: AssessmentInput): AssessmentSaved {
  const ws = ctx.workspace();
  const before = claimOf(ws.config, ws.config.instrumen, input.indicator);
  const result = saveAssessmentEdit(ws.paths.config, {
    instrument: ws.config.instrumen,
    indicator: input.indicator,
    tingkat: input.tingkat,
    penjelasan: input.penjelasan,
  });
  const after = claimOf(result.config, ws.config.instrumen, input.indicator);
  if (result.changed) {
    recordEvent(ctx.db, ws.paths.auditLog, {
      at: nowIso(),
      type: 'assessment-edited',
      actor: input.reviewer,
      sha256: null,
      path: 'eviden.config.yaml',
      detail: {
        indicator: input.indicator,
        tingkatSebelum: before.level,
        tingkat: after.level,
        penjelasanDiubah: before.penjelasan !== after.penjelasan,
        panjangPenjelasan: after.penjelasan.length,
      },
    });
  }
  return {
    indicator: input.indicator,
    tingkat: after.level,
    penjelasan: after.penjelasan,
    changed: result.changed,
  };
}
