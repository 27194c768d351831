import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, type ExtractResult } from '../../src/extract/extract-file.ts';
import { ExtractHost } from '../../src/extract/extract-host.ts';
import { OcrPool } from '../../src/extract/ocr-pool.ts';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../../src/extract/options.ts';
import type { DocStatus } from '../../src/types/documents.ts';
import { hasShared, SHARED_DIR, tempDir } from './helpers/fixtures.ts';

const HOSTILE = path.join(SHARED_DIR, 'corpus', 'hostile');
/** A file still unfinished after this long counts as a hang: far above the 10 s step limit below. */
const HANG_MS = 90_000;
const STATUSES: readonly DocStatus[] = ['ok', 'empty', 'corrupt', 'needs-password', 'unsupported', 'too-large', 'image-too-large', 'no-text'];

if (!hasShared) console.log(`[extract] ${SHARED_DIR} tidak ada: uji korpus rusak (hostile) dilewati.`);

describe.skipIf(!hasShared)('hostile corpus (text extraction only)', () => {
  const tmp = tempDir('hostile');
  const host = new ExtractHost({ recycleAfter: 500 });
  // OCR is off: the pool is never used and starts no worker.
  const ocr = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir });
  const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ocr: false, parseTimeoutMs: 10_000 };

  afterAll(async () => {
    await host.close();
    await ocr.close();
    tmp.remove();
  });

  it('gives every file a status without crashing or hanging', { timeout: 20 * 60_000 }, async () => {
    const files = readdirSync(HOSTILE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    expect(files.length).toBeGreaterThan(1500);
    const counts = new Map<DocStatus, number>();
    const started = Date.now();
    for (const file of files) {
      const result = await withinHangLimit(extractFile(new Uint8Array(readFileSync(file)), path.basename(file), opts, ocr, host), file);
      expect(STATUSES).toContain(result.status);
      if (result.status !== 'ok') expect(result.message).toContain(path.basename(file));
      counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    }
    const summary = [...counts].map(([status, n]) => `${status} ${n}`).join(', ');
    console.log(`[extract] korpus hostile: ${files.length} berkas dalam ${Math.round((Date.now() - started) / 1000)} s: ${summary}`);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(files.length);
    // Most of these files are valid PDFs that once broke a viewer: reading them is the norm, not the exception.
    expect(counts.get('ok') ?? 0).toBeGreaterThan(files.length / 2);
    expect(counts.get('needs-password') ?? 0).toBeGreaterThan(0);
  });
});

function withinHangLimit(work: Promise<ExtractResult>, file: string): Promise<ExtractResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${file}`)), HANG_MS);
  });
  return Promise.race([work, hang]).finally(() => clearTimeout(timer));
}
