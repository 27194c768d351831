import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { DocStatus } from '../../src/types/documents.ts';
import { hasShared, SHARED_DIR } from './helpers/fixtures.ts';
import { countsText, hostileFiles, readHostile } from './helpers/hostile.ts';

const STATUSES: readonly DocStatus[] = ['ok', 'empty', 'corrupt', 'needs-password', 'unsupported', 'too-large', 'image-too-large', 'no-text'];

if (!hasShared) console.log(`[extract] ${SHARED_DIR} tidak ada: uji korpus rusak (hostile) dilewati.`);

describe.skipIf(!hasShared)('hostile corpus (text extraction only)', () => {
  it('gives every file a status without crashing or hanging', { timeout: 20 * 60_000 }, async () => {
    const files = hostileFiles();
    expect(files.length).toBeGreaterThan(1500);
    const { counts, seconds } = await readHostile(files, (file, result) => {
      expect(STATUSES).toContain(result.status);
      if (result.status !== 'ok') expect(result.message).toContain(path.basename(file));
    });
    console.log(`[extract] korpus hostile: ${files.length} berkas dalam ${Math.round(seconds)} s: ${countsText(counts)}`);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(files.length);
    // Most of these files are valid PDFs that once broke a viewer: reading them is the norm, not the exception.
    expect(counts.get('ok') ?? 0).toBeGreaterThan(files.length / 2);
    expect(counts.get('needs-password') ?? 0).toBeGreaterThan(0);
  });
});
