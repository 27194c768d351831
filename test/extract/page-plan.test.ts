import { describe, expect, it } from 'vitest';
import { classifyPage, renderDpi, scanDpi } from '../../src/extract/page-plan.ts';
import type { DrawnImage } from '../../src/extract/page-images.ts';

const A4 = { width: 595, height: 842 };
const limits = { maxDpi: 300, minDpi: 150, maxMegapixels: 40 };

/** A full-page scan of an A4 page at `dpi`. */
function scanAt(dpi: number): DrawnImage {
  return { pixels: { width: Math.round((595 / 72) * dpi), height: Math.round((842 / 72) * dpi) }, drawn: A4 };
}

describe('classifyPage', () => {
  it('reads a page with a real text layer as text, whatever images it has', () => {
    expect(classifyPage(500, [scanAt(300)], 0, A4)).toBe('text');
  });

  it('OCRs a page whose only text is a short header stamp over a full-page image', () => {
    expect(classifyPage(16, [scanAt(96)], 0, A4)).toBe('scan');
  });

  it('treats a page with only a small logo, or nothing at all, as blank', () => {
    const logo: DrawnImage = { pixels: { width: 93, height: 97 }, drawn: { width: 60, height: 60 } };
    expect(classifyPage(0, [logo], 0, A4)).toBe('blank');
    expect(classifyPage(0, [], 0, A4)).toBe('blank');
  });

  it('OCRs pages drawn as many vector paths (outlined text) or with images of unknown size', () => {
    expect(classifyPage(0, [], 5000, A4)).toBe('scan');
    expect(classifyPage(0, [{ pixels: null, drawn: null }], 0, A4)).toBe('scan');
  });
});

describe('scanDpi and renderDpi', () => {
  it('takes the resolution of the largest drawn image', () => {
    const banner: DrawnImage = { pixels: { width: 821, height: 88 }, drawn: { width: 99, height: 10 } };
    expect(scanDpi([banner, scanAt(96)])).toBeCloseTo(96, 0);
  });

  it('renders a 200-dpi scan at 200 dpi, never upsampled to 300', () => {
    expect(renderDpi(scanDpi([scanAt(200)]), limits, A4)).toBe(200);
  });

  it('caps a 400-dpi scan at the configured dpi and enlarges very coarse scans to the minimum', () => {
    expect(renderDpi(400, limits, A4)).toBe(300);
    expect(renderDpi(72, limits, A4)).toBe(150);
    expect(renderDpi(null, limits, A4)).toBe(300);
  });

  it('lowers the resolution until the bitmap fits the megapixel cap', () => {
    const dpi = renderDpi(300, { ...limits, maxMegapixels: 4 }, A4);
    const pixels = ((A4.width / 72) * dpi) * ((A4.height / 72) * dpi);
    expect(pixels).toBeLessThanOrEqual(4e6);
    expect(dpi).toBeGreaterThan(160);
  });
});
