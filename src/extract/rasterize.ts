/**
 * Renders a PDF page to a greyscale bitmap for OCR with @napi-rs/canvas. The bitmap is handed to
 * Tesseract as binary PGM: encoding it costs one pass over the pixels (a PNG of a noisy 300-dpi scan
 * takes seconds to compress, JPEG ~0,2 s and adds artefacts) and Tesseract decodes it fastest.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** An image ready for OCR, with the resolution Tesseract should assume (null: let it estimate). */
export interface OcrImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  dpi: number | null;
}

/** Renders `page` at `dpi` on a white background. */
export async function rasterizePage(page: PDFPageProxy, dpi: number): Promise<OcrImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvas: null, canvasContext: ctx, viewport, background: '#ffffff' }).promise;
  return { ...toGreyPgm(canvas, ctx), dpi };
}

/** Converts the canvas to 8-bit greyscale binary PGM (ITU-R BT.601 luma). */
export function toGreyPgm(canvas: Canvas, ctx: SKRSContext2D): { bytes: Uint8Array; width: number; height: number } {
  const { width, height } = canvas;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header, 0);
  for (let i = 0, j = header.length; i < rgba.length; i += 4, j++) {
    out[j] = ((rgba[i] ?? 0) * 77 + (rgba[i + 1] ?? 0) * 150 + (rgba[i + 2] ?? 0) * 29) >> 8;
  }
  return { bytes: out, width, height };
}
