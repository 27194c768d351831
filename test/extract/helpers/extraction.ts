/**
 * The extraction set-up the file-reading tests share: a temporary folder (the OCR model cache and scratch files), one
 * parsing host and one OCR pool (Indonesian and English), opened before the enclosing `describe` block's tests and
 * closed after them. Call `extractionSetup` inside a `describe` block.
 */
import { afterAll, beforeAll } from 'vitest';
import { extractFile, type ExtractResult } from '../../../src/extract/extract-file.ts';
import { ExtractHost } from '../../../src/extract/extract-host.ts';
import { OcrPool } from '../../../src/extract/ocr-pool.ts';
import type { ExtractOptions } from '../../../src/extract/options.ts';
import { tempDir } from './fixtures.ts';

export interface ExtractionSetup {
  /** The temporary folder, removed after the block. */
  readonly dir: string;
  /** The OCR pool; open only while the block's tests run. */
  readonly ocr: OcrPool;
  /** Reads one file as a scan would, with `options` and then `overrides`. */
  run(bytes: Uint8Array, name: string, overrides?: Partial<ExtractOptions>): Promise<ExtractResult>;
}

export function extractionSetup(prefix: string, options: ExtractOptions): ExtractionSetup {
  const tmp = tempDir(prefix);
  const host = new ExtractHost();
  let pool: OcrPool | null = null;
  const ocr = (): OcrPool => {
    if (pool === null) throw new Error('The OCR pool is open only while the tests of its describe block run.');
    return pool;
  };
  beforeAll(() => {
    pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir });
  });
  afterAll(async () => {
    await pool?.close();
    await host.close();
    tmp.remove();
  });
  return {
    dir: tmp.dir,
    get ocr() {
      return ocr();
    },
    run: (bytes, name, overrides = {}) => extractFile(bytes, name, { ...options, ...overrides }, ocr(), host),
  };
}
