/** Builds the ingest pipeline's Extractor from the extract stage, configured from the workspace. */
import type { Workspace } from '../types/config.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { detectType } from '../extract/detect-type.ts';
import { extractFile } from '../extract/extract-file.ts';
import { ExtractHost } from '../extract/extract-host.ts';
import { OcrPool } from '../extract/ocr-pool.ts';
import { extractOptionsFromConfig, ocrPoolOptionsFromConfig } from '../extract/options.ts';

export function createExtractor(ws: Workspace): Extractor {
  const options = extractOptionsFromConfig(ws.config);
  const ocr = new OcrPool(ocrPoolOptionsFromConfig(ws.config, ws.paths.cache));
  const host = new ExtractHost();
  return {
    detect: detectType,
    extract: (bytes, fileName, events, checkpoint) => extractFile(bytes, fileName, options, ocr, host, events, checkpoint),
    warmUp: () => host.warmUp(),
    busy: () => host.busy(),
    async close() {
      await Promise.all([ocr.close(), host.close()]);
    },
  };
}
