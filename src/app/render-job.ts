/**
 * What the report and packet use-cases share: the browser's lifetime, progress sized from the plan, the surat numbers,
 * the readiness gate of a final, and the audit entry that records a finalisation.
 */
import { cleanStaleTemp } from './stale-temp.ts';
import path from 'node:path';
import type { AuditEvent } from '../types/audit.ts';
import type { WorkspaceState } from '../types/state.ts';
import type { Progress } from '../shared/progress.ts';
import { PdfBrowser } from '../render/browser.ts';
import type { RenderedFile } from '../render/documents.ts';
import type { LampiranPlan } from '../render/lampiran/plan.ts';
import type { RenderMode } from '../render/model/common.ts';
import { requireReady, suratNumbers, type SuratNumbers } from '../render/readiness.ts';

export interface RenderJobRequest {
  mode: RenderMode;
  /** Surat numbers entered at finalisation (override the config's). */
  nomor?: Partial<SuratNumbers>;
  /** Who asked (the reviewer in the dashboard, the peninjau or "system" on the command line). */
  actor: string;
  /** Creates the progress display once the number of documents is known. */
  progress?: (total: number) => Progress;
  /** Appends to the audit trail (a finalisation is always recorded). */
  audit: (event: AuditEvent) => void;
  now?: () => string;
}

export interface RenderJobContext {
  browser: PdfBrowser;
  progress: Progress | undefined;
  nomor: SuratNumbers;
  gate: ((plan: LampiranPlan) => void) | undefined;
}

/** Runs `work` with its own Chromium (closed afterwards, also on failure) and its progress display. */
export async function runRenderJob<T>(
  state: WorkspaceState,
  req: RenderJobRequest,
  total: number,
  work: (ctx: RenderJobContext) => Promise<T>,
): Promise<T> {
  cleanStaleTemp(state.workspace);
  const nomor = suratNumbers(state.workspace.config, req.nomor);
  const browser = new PdfBrowser();
  const progress = req.progress?.(total);
  const gate = req.mode === 'final' ? (plan: LampiranPlan) => requireReady(state, plan, nomor) : undefined;
  try {
    return await work({ browser, progress, nomor, gate });
  } finally {
    progress?.stop();
    await browser.close();
  }
}

/** The audit entry of a finalisation: which files, their fingerprints and the surat numbers. */
export function recordFinalisation(state: WorkspaceState, req: RenderJobRequest, nomor: SuratNumbers, files: RenderedFile[], extra: Record<string, unknown> = {}): void {
  if (req.mode !== 'final') return;
  const output = state.workspace.paths.output;
  req.audit({
    at: (req.now ?? (() => new Date().toISOString()))(),
    type: 'finalized',
    actor: req.actor,
    sha256: null,
    path: null,
    detail: {
      berkas: files.map((f) => ({ berkas: path.relative(output, f.path).split(path.sep).join('/'), sidik: f.fingerprint })),
      nomor,
      ...extra,
    },
  });
}
