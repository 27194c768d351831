/** Builds the ingest pipeline's Extractor from the extract stage, configured from the workspace. */
import type { Workspace } from '../types/config.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { detectType } from '../extract/detect-type.ts';
import { extractFile } from '../extract/extract-file.ts';
import { ExtractHost } from '../extract/extract-host.ts';
import { OcrPool } from '../extract/ocr-pool.ts';
import { extractOptionsFromConfig, ocrPoolOptionsFromConfig } from '../extract/options.ts';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

/** A one-page PDF with a line of text: enough to load pdf.js in the parsing thread. */
async function warmUpPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 100]);
  page.drawText('eviden', { x: 10, y: 50, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

export function createExtractor(ws: Workspace): Extractor {
  const options = extractOptionsFromConfig(ws.config);
  const ocr = new OcrPool(ocrPoolOptionsFromConfig(ws.config, ws.paths.cache));
  const host = new ExtractHost();
  return {
    detect: detectType,
    extract: (bytes, fileName, events) => extractFile(bytes, fileName, options, ocr, host, events),
    async warmUp() {
      await extractFile(await warmUpPdf(), 'pemanasan.pdf', options, ocr, host);
    },
    async close() {
      await Promise.all([ocr.close(), host.close()]);
    },
  };
}
