/** Re-renders only the gap report PDFs (overall and per OPD) into output/, as watch mode does after each batch. */
import type { WorkspaceState } from '../types/state.ts';
import { PdfBrowser } from './browser.ts';
import { renderDocuments, type RenderedFile } from './documents.ts';

export async function renderGapReportFiles(state: WorkspaceState): Promise<RenderedFile[]> {
  const browser = new PdfBrowser();
  try {
    const result = await renderDocuments(state, { outputDir: state.workspace.paths.output, browser, scope: 'kesenjangan' });
    return result.files;
  } finally {
    await browser.close();
  }
}
