/**
 * Prepares a PNG/JPEG/TIFF file for OCR. Images within the pixel cap and upright go to Tesseract as
 * they are (it reads all three formats); larger PNG/JPEG images are downscaled, and JPEG photos with an
 * EXIF rotation are turned upright (@napi-rs/canvas applies the EXIF orientation when decoding).
 * JPEG files (phone photos, mostly) are also decoded and their lighting evened out (illumination.ts): Tesseract's one
 * global threshold loses the lines of a photo whose paper is darker in the corners. Levelling is made for paper: on a
 * photo of a screen (light text on dark panels, small grey text) it can wash lines out, so the decoded image as it was
 * goes along as `alternative` and the caller keeps the better of the two readings (reading-choice.ts).
 * TIFF never goes through @napi-rs/canvas: its decoder crashes the process on TIFF input.
 * Runs inside the extraction worker thread.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readImageHeader, type ImageType } from './image-header.ts';
import { flattenIllumination } from './illumination.ts';
import { toGreyPgm, type OcrImage } from './rasterize.ts';

/** Tesseract reads images up to 32767 px a side. */
const MAX_SIDE_PX = 30000;
/** Images larger than the cap by more than this factor are refused rather than decoded. */
const MAX_DECODE_FACTOR = 4;
/** Declared resolutions outside this range are camera or screen defaults (72, 96), not scan settings. */
const CREDIBLE_DPI = { min: 150, max: 1200 } as const;

export type ImageProblem = 'unreadable' | 'too-large';

export class ImagePrepareError extends Error {
  constructor(
    readonly problem: ImageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImagePrepareError';
  }
}

export interface PreparedImage {
  image: OcrImage;
  /** The same picture without the lighting levelled, when `image` was levelled; null otherwise. */
  alternative: OcrImage | null;
  /** Pages in the file beyond the first (multi-page TIFF), which are not read. */
  skippedPages: number;
  downscaled: boolean;
}

export async function prepareImage(bytes: Uint8Array, type: ImageType, maxMegapixels: number): Promise<PreparedImage> {
  const header = readImageHeader(bytes, type);
  if (header === null) throw new ImagePrepareError('unreadable', 'header gambar tidak terbaca');
  const { width, height, orientation } = header;
  const cap = maxMegapixels * 1e6;
  const dpi = header.dpi !== null && header.dpi >= CREDIBLE_DPI.min && header.dpi <= CREDIBLE_DPI.max ? header.dpi : null;
  const oversized = width * height > cap || Math.max(width, height) > MAX_SIDE_PX;
  const skippedPages = Math.max(0, header.pages - 1);
  // Leptonica ignores a TIFF's orientation tag, and scanners write upright TIFFs: only JPEG photos are turned.
  const upright = type === 'tiff' || orientation === 1;
  if (!oversized && upright && type !== 'jpeg') {
    return { image: { bytes, width, height, dpi }, alternative: null, skippedPages, downscaled: false };
  }
  if (type === 'tiff' || width * height > cap * MAX_DECODE_FACTOR) {
    // Not downscalable here: TIFF cannot be decoded safely, and a far larger bitmap would exhaust memory.
    throw new ImagePrepareError('too-large', `${width}×${height} piksel`);
  }
  const scale = Math.min(1, Math.sqrt(cap / (width * height)), MAX_SIDE_PX / Math.max(width, height));
  const decoded = await loadImage(bytes).catch((err: unknown) => {
    throw new ImagePrepareError('unreadable', err instanceof Error ? err.message : String(err));
  });
  // loadImage has applied the EXIF orientation: width and height may be swapped relative to the header.
  const outWidth = Math.max(1, Math.round(decoded.width * scale));
  const outHeight = Math.max(1, Math.round(decoded.height * scale));
  const canvas = createCanvas(outWidth, outHeight);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, outWidth, outHeight);
  ctx.drawImage(decoded, 0, 0, outWidth, outHeight);
  const grey = { ...toGreyPgm(canvas, ctx), dpi: dpi === null ? null : Math.round(dpi * scale) };
  let image = grey;
  let alternative: OcrImage | null = null;
  if (type === 'jpeg') {
    const pixels = grey.bytes.length - outWidth * outHeight;
    const levelled = grey.bytes.slice();
    levelled.set(flattenIllumination(grey.bytes.subarray(pixels), outWidth, outHeight), pixels);
    image = { ...grey, bytes: levelled };
    alternative = grey;
  }
  return {
    image,
    alternative,
    skippedPages,
    downscaled: scale < 1,
  };
}
