import { describe, expect, it } from 'vitest';
import { detectType } from '../../src/extract/detect-type.ts';
import { docx, noiseBytes, textImage, textPdf, zip } from './helpers/fixtures.ts';
import { SAMPLE_PAGES } from './helpers/sample-texts.ts';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectType', () => {
  it('recognises a real PDF, also after leading junk within 1 KiB', async () => {
    const pdf = await textPdf(['Halo']);
    expect(detectType(pdf)).toBe('pdf');
    const junk = new Uint8Array(700).fill(0x20);
    expect(detectType(Uint8Array.from([...junk, ...pdf]))).toBe('pdf');
  });

  it('does not take a %PDF- marker beyond the first 1 KiB', () => {
    const far = Uint8Array.from([...new Uint8Array(1100).fill(0x41), ...enc('%PDF-1.7')]);
    expect(detectType(far)).toBe('unknown');
  });

  it('recognises PNG, JPEG and both TIFF byte orders from real images', () => {
    expect(detectType(textImage('Uji', { dpi: 72, width: 100 }))).toBe('png');
    expect(detectType(textImage('Uji', { dpi: 72, width: 100, format: 'jpeg' }))).toBe('jpeg');
    expect(detectType(textImage('Uji', { dpi: 72, width: 100, format: 'tiff' }))).toBe('tiff');
    expect(detectType(Uint8Array.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
  });

  it('recognises a DOCX from the whole file and from its first KiB only', async () => {
    const file = await docx(SAMPLE_PAGES);
    expect(file.length).toBeGreaterThan(2048);
    expect(detectType(file)).toBe('docx');
    expect(detectType(file.subarray(0, 1024))).toBe('docx');
  });

  it('finds word/document.xml in the central directory when the head does not reach it', async () => {
    const entries: Record<string, string> = { '[Content_Types].xml': '<Types/>' };
    for (let i = 0; i < 40; i++) entries[`customXml/item${i}.xml`] = 'x'.repeat(200);
    entries['word/document.xml'] = '<w:document/>';
    const file = await zip(entries);
    expect(detectType(file)).toBe('docx');
  });

  it('treats other zips, HTML, text and random bytes as unknown', async () => {
    expect(detectType(await zip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' }))).toBe('unknown');
    expect(detectType(await zip({ 'catatan.txt': 'halo' }))).toBe('unknown');
    expect(detectType(enc('<!DOCTYPE html><html><body>Not found</body></html>'))).toBe('unknown');
    expect(detectType(noiseBytes(4096))).toBe('unknown');
    expect(detectType(new Uint8Array(0))).toBe('unknown');
  });
});
