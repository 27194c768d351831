/** The packet use-case (`eviden packet`, the dashboard's Paket): the documents, lampiran, evidence and manifests, with a zip. */
import type { WorkspaceState } from '../types/state.ts';
import { documentCount } from '../render/documents.ts';
import { buildPacket, type PacketResult } from '../render/packet.ts';
import { recordFinalisation, runRenderJob, type RenderJobRequest } from './render-job.ts';

export async function runPacket(state: WorkspaceState, req: RenderJobRequest): Promise<PacketResult> {
  const total = documentCount(state, req.mode === 'final' ? 'resmi' : 'semua');
  return runRenderJob(state, req, total, async ({ browser, progress, nomor, gate }) => {
    const result = await buildPacket(state, {
      outputDir: state.workspace.paths.output,
      browser,
      mode: req.mode,
      nomor,
      ...(progress ? { progress } : {}),
      ...(gate ? { gate } : {}),
    });
    recordFinalisation(state, req, nomor, result.rendered, { paket: result.zip });
    return result;
  });
}
