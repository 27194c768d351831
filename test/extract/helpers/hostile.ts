/**
 * The hostile corpus (`../shared/corpus/hostile/`: PDFs that once broke a viewer or a parser, and fuzzed ones) read
 * file by file the way a scan reads them (parsing threads, no OCR), each within a hang limit. Shared by the test
 * (every file gets a status) and the benchmark (the time for the whole set).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile, type ExtractResult } from '../../../src/extract/extract-file.ts';
import { ExtractHost } from '../../../src/extract/extract-host.ts';
import { OcrPool } from '../../../src/extract/ocr-pool.ts';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../../../src/extract/options.ts';
import type { DocStatus } from '../../../src/types/documents.ts';
import { SHARED_DIR, tempDir } from './fixtures.ts';

export const HOSTILE_DIR = path.join(SHARED_DIR, 'corpus', 'hostile');
/** A file still unfinished after this long counts as a hang: far above the 10 s step limit below. */
const HANG_MS = 90_000;

export function hostileFiles(): string[] {
  return readdirSync(HOSTILE_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export interface HostileRun {
  counts: Map<DocStatus, number>;
  seconds: number;
}

/** Reads every file; `check` sees each result (the test's assertions). A hang rejects naming the file. */
export async function readHostile(files: readonly string[], check: (file: string, result: ExtractResult) => void = () => {}): Promise<HostileRun> {
  const tmp = tempDir('hostile');
  const host = new ExtractHost({ recycleAfter: 500 });
  // OCR is off: the pool is never used and starts no worker.
  const ocr = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir });
  const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ocr: false, parseTimeoutMs: 10_000 };
  const counts = new Map<DocStatus, number>();
  const started = performance.now();
  try {
    for (const file of files) {
      const result = await withinHangLimit(extractFile(new Uint8Array(readFileSync(file)), path.basename(file), opts, ocr, host), file);
      check(file, result);
      counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    }
    return { counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await host.close();
    await ocr.close();
    tmp.remove();
  }
}

export function countsText(counts: Map<DocStatus, number>): string {
  return [...counts].map(([status, n]) => `${status} ${n}`).join(', ');
}

function withinHangLimit(work: Promise<ExtractResult>, file: string): Promise<ExtractResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${file}`)), HANG_MS);
  });
  return Promise.race([work, hang]).finally(() => clearTimeout(timer));
}
