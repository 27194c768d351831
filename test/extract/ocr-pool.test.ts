import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_TESSDATA } from '../../src/extract/ocr-models.ts';
import { OcrError, OcrPool } from '../../src/extract/ocr-pool.ts';
import { noiseBytes, tempDir, textImage } from './helpers/fixtures.ts';

const hasDebianModels = existsSync(path.join(SYSTEM_TESSDATA, 'ind.traineddata')) && existsSync(path.join(SYSTEM_TESSDATA, 'eng.traineddata'));
const LINE = 'Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik';

describe('OcrPool', { timeout: 120_000 }, () => {
  const tmp = tempDir('ocr-pool');
  let image: Uint8Array;

  beforeAll(() => {
    image = textImage(LINE, { dpi: 300, width: 2000 });
  });
  afterAll(() => tmp.remove());

  it.skipIf(!hasDebianModels)('prefers the Debian fast models when every language is installed', async () => {
    const pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir, size: 1 });
    try {
      expect(pool.modelInfo()).toBe('debian-fast');
      const result = await pool.recognize(image, { dpi: 300 });
      expect(result.text).toContain('Tim Koordinasi');
      expect(result.confidence).toBeGreaterThan(60);
    } finally {
      await pool.close();
    }
  });

  it('falls back to the npm best_int models, linked into one folder under the cache dir', async () => {
    const pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir, size: 1, preferSystemModels: false });
    try {
      expect(pool.modelInfo()).toBe('npm-best_int');
      for (const lang of ['ind', 'eng']) {
        expect(existsSync(path.join(tmp.dir, 'tessdata-best_int', `${lang}.traineddata.gz`))).toBe(true);
      }
      expect((await pool.recognize(image, { dpi: 300 })).text).toContain('Koordinasi');
    } finally {
      await pool.close();
    }
  });

  it('rejects an unreadable image and keeps working afterwards', async () => {
    const pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir, size: 1 });
    try {
      await expect(pool.recognize(noiseBytes(5000), { dpi: null })).rejects.toMatchObject({ failure: 'unreadable-image' });
      expect((await pool.recognize(image, { dpi: 300 })).text).toContain('Koordinasi');
    } finally {
      await pool.close();
    }
  });

  it('gives up on a page after its time-out, replaces the worker, and recycles workers', async () => {
    const pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir, size: 1, recycleAfter: 1 });
    try {
      await expect(pool.recognize(image, { dpi: 300, timeoutMs: 1 })).rejects.toMatchObject({ failure: 'timeout' });
      expect((await pool.recognize(image, { dpi: 300 })).text).toContain('Koordinasi');
      expect((await pool.recognize(image, { dpi: 300 })).text).toContain('Koordinasi');
    } finally {
      await pool.close();
    }
  });

  it('rejects queued work on close, and work after close', async () => {
    const pool = new OcrPool({ languages: ['ind', 'eng'], cacheDir: tmp.dir, size: 1 });
    const running = pool.recognize(image, { dpi: 300 });
    const queued = pool.recognize(image, { dpi: 300 });
    await pool.close();
    await expect(running).rejects.toBeInstanceOf(OcrError);
    await expect(queued).rejects.toMatchObject({ failure: 'closed' });
    await expect(pool.recognize(image, { dpi: 300 })).rejects.toMatchObject({ failure: 'closed' });
  });

  it('reports a language without model data in Indonesian instead of starting', async () => {
    const pool = new OcrPool({ languages: ['ind', 'xyz'], cacheDir: tmp.dir, size: 1 });
    expect(pool.modelInfo()).toBe('unavailable');
    await expect(pool.recognize(image, { dpi: 300 })).rejects.toThrow(/Data bahasa OCR "xyz" tidak ditemukan/);
    await pool.close();
  });
});
