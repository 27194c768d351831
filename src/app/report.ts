/** The report use-case (`eviden report`, the dashboard's Laporan and Finalkan): drafts by default, finals after the readiness check. */
import type { WorkspaceState } from '../types/state.ts';
import { documentCount, renderDocuments, type RenderResult } from '../render/documents.ts';
import { recordFinalisation, runRenderJob, type RenderJobRequest } from './render-job.ts';

export async function runReport(state: WorkspaceState, req: RenderJobRequest): Promise<RenderResult> {
  const scope = req.mode === 'final' ? 'resmi' : 'semua';
  return runRenderJob(state, req, documentCount(state, scope), async ({ browser, progress, nomor, gate }) => {
    const result = await renderDocuments(state, {
      outputDir: state.workspace.paths.output,
      browser,
      mode: req.mode,
      nomor,
      scope,
      ...(progress ? { progress } : {}),
      ...(gate ? { gate } : {}),
    });
    recordFinalisation(state, req, nomor, result.files);
    return result;
  });
}
