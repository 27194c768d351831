import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS } from '../../src/extract/options.ts';
import { extractionSetup } from './helpers/extraction.ts';
import { hasShared, SHARED_DIR } from './helpers/fixtures.ts';

const REAL = path.join(SHARED_DIR, 'corpus', 'real');
if (!hasShared) console.log(`[extract] ${SHARED_DIR} tidak ada: uji korpus nyata dilewati.`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(REAL, name)));

describe.skipIf(!hasShared)('real corpus', { timeout: 180_000 }, () => {
  const { run } = extractionSetup('real', { ...DEFAULT_EXTRACT_OPTIONS, maxOcrPages: 2 });

  it('OCRs the scanned KEPMENKO 70/2023 (first two pages) and finds "Tim Koordinasi"', async () => {
    const result = await run(read('KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE.pdf'), 'KEPMENKO_70.pdf');
    // Full-page 400-dpi fax scans on pages turned by /Rotate 90: read from their own image, turned upright.
    expect(result).toMatchObject({ type: 'pdf', status: 'ok', pageCount: 8, ocrPages: 2, embeddedImagePages: [1, 2] });
    expect(result.pages.slice(0, 2).map((p) => p.source)).toEqual(['ocr', 'ocr']);
    expect(result.pages.slice(0, 2).map((p) => p.text).join('\n')).toContain('Tim Koordinasi');
    expect(result.warnings).toEqual(['OCR tidak dijalankan pada halaman 3–8 (batas halaman OCR).']);
  });

  it('reads Permen PANRB 89/2021 as mixed: text layer on pages 1–5, scans with a header stamp from page 6', async () => {
    // The README says "page 1 only"; measured with pdftotext, pages 1–5 carry a full text layer and
    // pages 6–46 are 96-dpi scans whose only text is the 16-character header "2021, No.1570 -6-".
    const result = await run(read('Permen_PANRB_No__89_Tahun_2021.pdf'), 'Permen_89.pdf', { maxPages: 7, maxOcrPages: 1 });
    expect(result.status).toBe('too-large');
    expect(result.pages.map((p) => p.source)).toEqual(['text', 'text', 'text', 'text', 'text', 'ocr', 'text']);
    expect(result.pages[0]?.text).toContain('PENJENJANGAN KINERJA INSTANSI PEMERINTAH');
    expect(result.pages[5]?.text).toMatch(/LAMPIRAN/);
    expect(result.pages[5]?.text).toMatch(/Latar Belakang/);
  });

  it('reads a born-digital regulation completely from its text layer, without OCR', async () => {
    const result = await run(read('Manajemen_Data_SPBE_Peraturan_Bappenas_16_Tahun_2020.pdf'), 'Bappenas_16.pdf');
    expect(result).toMatchObject({ status: 'ok', pageCount: 16, ocrPages: 0 });
    expect(result.pages.every((p) => p.source === 'text')).toBe(true);
    const text = result.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Manajemen Data');
    // Words are separated: no run of 40 letters without a space or newline.
    expect(text).not.toMatch(/[A-Za-z]{40}/);
  });
});
