import { afterAll, describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { readsNatively } from '../../src/extract/embedded-scan.ts';
import { openPdf, readEmbeddedScan, readPage, type PageReading } from '../../src/extract/pdf-text.ts';
import { rasterizePage, type OcrImage } from '../../src/extract/rasterize.ts';
import { convert, mixedPdf, textImage, type PdfPageSpec } from './helpers/fixtures.ts';

const TEXT = 'Keputusan Bupati tentang Tim Koordinasi SPBE Kabupaten Sukamaju';
const scan = textImage(TEXT, { dpi: 200, width: 1200, noisy: true });
const image = { bytes: scan, kind: 'jpeg' as const, dpi: 200 };
const limits = { maxDpi: 300, minDpi: 150, maxMegapixels: 40 };

/** Opens a one-page PDF and reads its page with pdf.js, as the extraction thread does. */
async function readOne(spec: PdfPageSpec): Promise<{ doc: PDFDocumentProxy; reading: PageReading; own: OcrImage | null; rendered: OcrImage | null }> {
  const { doc } = await openPdf(await mixedPdf([spec]));
  opened.push(doc);
  const { page, reading } = await readPage(doc, 1);
  const own = reading.embedded === null ? null : await readEmbeddedScan(page, reading.embedded);
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

  it('reads the image natively between the minimum and a third above the configured resolution; renders outside it', () => {
    const at = (dpi: number, width = 1700, height = 2200): Parameters<typeof readsNatively>[0] => ({
      objId: 'img',
      width,
      height,
      orientation: { swap: false, flipX: false, flipY: false },
      dpi,
    });
    expect(readsNatively(at(200), limits)).toBe(true);
    expect(readsNatively(at(400), limits)).toBe(true);
    expect(readsNatively(at(96), limits)).toBe(false);
    expect(readsNatively(at(600), limits)).toBe(false);
    expect(readsNatively(at(300), { ...limits, maxDpi: 200 })).toBe(false);
    expect(readsNatively(at(300, 9000, 9000), limits)).toBe(false);
  });
});
