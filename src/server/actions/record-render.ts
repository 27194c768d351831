/** Who rendered what from the dashboard, in the audit trail (a failed job too, with its error). */
import { recordEvent } from '../../store/audit.ts';
import type { ServerContext } from '../context.ts';
import type { Job } from '../jobs.ts';

export function recordRender(ctx: ServerContext, job: Job): void {
  recordEvent(ctx.db, ctx.workspace().paths.auditLog, {
    at: job.finishedAt ?? new Date().toISOString(),
    type: 'rendered',
    actor: job.reviewer,
    sha256: null,
    path: null,
    detail: { jenis: job.kind, status: job.status, berkas: job.files, galat: job.error },
  });
}
