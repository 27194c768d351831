import { afterAll, describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { embeddedScanDpi } from '../../src/extract/embedded-scan.ts';
import { openPdf, readEmbeddedScan, readPage, type PageReading } from '../../src/extract/pdf-text.ts';
import { rasterizePage, type OcrImage } from '../../src/extract/rasterize.ts';
import { bilevelScanPdf, convert, mixedPdf, textImage, type PdfPageSpec } from './helpers/fixtures.ts';

const TEXT = 'Keputusan Bupati tentang Tim Koordinasi SPBE Kabupaten Sukamaju';
const scan = textImage(TEXT, { dpi: 200, width: 1200, noisy: true });
const image = { bytes: scan, kind: 'jpeg' as const, dpi: 200 };
const limits = { maxDpi: 300, minDpi: 150, maxMegapixels: 40 };

/** Opens a one-page PDF and reads its page with pdf.js, as the extraction thread does. */
async function readOne(spec: PdfPageSpec): Promise<{ doc: PDFDocumentProxy; reading: PageReading; own: OcrImage | null; rendered: OcrImage | null }> {
  const { doc } = await openPdf(await mixedPdf([spec]));
  opened.push(doc);
  const { page, reading } = await readPage(doc, 1);
  const own = reading.embedded === null ? null : await readEmbeddedScan(page, reading.embedded, reading.embedded.dpi);
  // A hair above the native resolution: the rendering's size is floored, and 255 / 200 × 200 is 254.99… in floats.
  const rendered = reading.embedded === null ? null : await rasterizePage(page, reading.embedded.dpi * (1 + 1e-9));
  return { doc, reading, own, rendered };
}

const opened: PDFDocumentProxy[] = [];
afterAll(async () => {
  await Promise.all(opened.map((doc) => doc.destroy()));
});

/** Pixels of a PGM (after its header). */
function pixels(image: OcrImage): Uint8Array {
  return image.bytes.subarray(image.bytes.length - image.width * image.height);
}

describe('full-page scans read from their embedded image', { timeout: 60_000 }, () => {
  it('takes an upright full-page scan as it is: the same pixels as rendering the page at its native resolution', async () => {
    const { reading, own, rendered } = await readOne({ image });
    expect(reading.kind).toBe('scan');
    expect(reading.embedded).toMatchObject({ orientation: { swap: false, flipX: false, flipY: false } });
    expect(reading.embedded?.dpi).toBeCloseTo(200, 0);
    expect(own).not.toBeNull();
    expect(rendered).not.toBeNull();
    if (own === null || rendered === null) return;
    expect(own.dpi).toBe(200);
    expect([own.width, own.height]).toEqual([rendered.width, rendered.height]);
    expect(Buffer.from(pixels(own)).equals(Buffer.from(pixels(rendered)))).toBe(true);
  });

  it('takes a 1-bit (bilevel) scan as it is, its rows padded to whole bytes', async () => {
    const bilevel = convert(['jpeg:-', '-resize', '1203x', '-threshold', '60%', '-type', 'bilevel'], 'png', scan);
    const { doc } = await openPdf(await bilevelScanPdf(bilevel, 200));
    opened.push(doc);
    const { page, reading } = await readPage(doc, 1);
    if (reading.embedded === null) throw new Error('no embedded scan');
    const own = await readEmbeddedScan(page, reading.embedded, reading.embedded.dpi);
    const rendered = await rasterizePage(page, reading.embedded.dpi * (1 + 1e-9));
    if (own === null) throw new Error('no image');
    expect(reading.embedded.width % 8).not.toBe(0);
    expect([own.width, own.height]).toEqual([rendered.width, rendered.height]);
    expect(Buffer.from(pixels(own)).equals(Buffer.from(pixels(rendered)))).toBe(true);
  });

  it('turns the image of a page scanned sideways (/Rotate 90, 180, 270) upright, as the page is displayed', async () => {
    for (const pageRotation of [90, 180, 270] as const) {
      const { reading, own, rendered } = await readOne({ image, placement: { pageRotation } });
      expect(reading.embedded?.orientation.swap).toBe(pageRotation !== 180);
      if (own === null || rendered === null) throw new Error(`rotation ${pageRotation}: no image`);
      expect([own.width, own.height]).toEqual([rendered.width, rendered.height]);
      expect(Buffer.from(pixels(own)).equals(Buffer.from(pixels(rendered)))).toBe(true);
    }
  });

  it('renders a page whose image is drawn at an angle, covers only part of it, carries a text stamp or a soft mask', async () => {
    const angled = await readOne({ image, placement: { angle: 1, scale: 0.96 } });
    const partial = await readOne({ image, placement: { scale: 0.6 } });
    const stamped = await readOne({ image, placement: { stamp: 'SALINAN' } });
    const masked = await readOne({ image: { bytes: convert(['jpeg:-', '-alpha', 'set', '-channel', 'A', '-evaluate', 'set', '80%'], 'png', scan), kind: 'png', dpi: 200 } });
    for (const { reading } of [angled, partial, stamped, masked]) {
      expect(reading.kind).toBe('scan');
      expect(reading.embedded).toBeNull();
    }
    expect(stamped.reading.text).toBe('SALINAN');
  });

  it('OCRs the image at its own resolution up to the configured one, reduces finer ones, renders coarser than the minimum', () => {
    const at = (dpi: number, width = 1700, height = 2200): Parameters<typeof embeddedScanDpi>[0] => ({
      objId: 'img',
      width,
      height,
      orientation: { swap: false, flipX: false, flipY: false },
      dpi,
    });
    expect(embeddedScanDpi(at(200), limits)).toBe(200);
    expect(embeddedScanDpi(at(301), limits)).toBe(301);
    expect(embeddedScanDpi(at(400), limits)).toBe(300);
    expect(embeddedScanDpi(at(300), { ...limits, maxDpi: 200 })).toBe(200);
    expect(embeddedScanDpi(at(96), limits)).toBeNull();
    // 9000 × 9000 px is 81 megapixels: reduced by √(40/81) in each direction to fit the cap of 40 (as a rendering is).
    expect(embeddedScanDpi(at(600, 9000, 9000), { ...limits, maxDpi: 600 })).toBeCloseTo(600 * Math.sqrt(40 / 81), 6);
  });

  it('reduces a scan finer than the configured resolution by area averaging, keeping it upright and its text dark', async () => {
    const fine = textImage(TEXT, { dpi: 400, width: 2400 });
    const { doc } = await openPdf(await mixedPdf([{ image: { bytes: fine, kind: 'png', dpi: 400 }, placement: { pageRotation: 90 } }]));
    opened.push(doc);
    const { page, reading } = await readPage(doc, 1);
    if (reading.embedded === null) throw new Error('no embedded scan');
    const dpi = embeddedScanDpi(reading.embedded, limits);
    expect(dpi).toBe(300);
    const own = await readEmbeddedScan(page, reading.embedded, dpi ?? 0);
    const rendered = await rasterizePage(page, 300);
    if (own === null) throw new Error('no image');
    expect(own.dpi).toBe(300);
    expect(Math.abs(own.width - rendered.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(own.height - rendered.height)).toBeLessThanOrEqual(1);
    // Same picture as the rendering at 300 dpi: per-pixel difference small on average, ink in the same place.
    const a = pixels(own);
    const b = pixels(rendered);
    let diff = 0;
    let n = 0;
    for (let y = 0; y < Math.min(own.height, rendered.height); y++) {
      for (let x = 0; x < Math.min(own.width, rendered.width); x++) {
        diff += Math.abs((a[y * own.width + x] ?? 0) - (b[y * rendered.width + x] ?? 0));
        n++;
      }
    }
    expect(diff / n).toBeLessThan(6);
  });
});
