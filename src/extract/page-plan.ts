/** Pure decisions about a PDF page: read its text layer, OCR it, or leave it blank; and at what resolution. */
import type { DrawnImage } from './page-images.ts';

export type PageKind = 'text' | 'scan' | 'blank';

/** A text layer with more visible characters than this is the page's text (a scan's header stamp is fewer). */
export const MIN_TEXT_CHARS = 20;
/** Images covering less than this share of the page (logos, small stamps) do not make it a scan. */
export const MIN_SCAN_COVERAGE = 0.1;
/** A page with no text and no images but this many drawn paths probably carries outlined text. */
export const MIN_VECTOR_PATHS = 300;
/** Tesseract reads images up to 32767 px a side; stay well below. */
const MAX_SIDE_PX = 30000;

export interface PageSize {
  /** Width and height in PDF points (1/72 inch), after the page's rotation. */
  width: number;
  height: number;
}

export interface RenderLimits {
  /** Never render above this resolution (the configured OCR dpi, default 300). */
  maxDpi: number;
  /** Never render below this: very coarse scans are enlarged up to it. */
  minDpi: number;
  /** Cap on the rendered bitmap, in megapixels. */
  maxMegapixels: number;
}

export function classifyPage(visibleChars: number, images: readonly DrawnImage[], paths: number, page: PageSize): PageKind {
  if (visibleChars > MIN_TEXT_CHARS) return 'text';
  if (images.length === 0) return paths >= MIN_VECTOR_PATHS ? 'scan' : 'blank';
  if (images.some((img) => img.drawn === null)) return 'scan';
  const pageArea = Math.max(page.width * page.height, 1);
  const covered = images.reduce((sum, img) => sum + Math.min(area(img.drawn), pageArea), 0);
  return covered / pageArea >= MIN_SCAN_COVERAGE ? 'scan' : 'blank';
}

/** Native resolution of the page's scan: pixels per drawn inch of its largest image; null when unknown. */
export function scanDpi(images: readonly DrawnImage[]): number | null {
  let best: { area: number; dpi: number } | null = null;
  for (const { pixels, drawn } of images) {
    if (pixels === null || drawn === null || drawn.width <= 0 || drawn.height <= 0) continue;
    const dpi = Math.max(pixels.width / (drawn.width / 72), pixels.height / (drawn.height / 72));
    const drawnArea = area(drawn);
    if (Number.isFinite(dpi) && (best === null || drawnArea > best.area)) best = { area: drawnArea, dpi };
  }
  return best === null ? null : best.dpi;
}

/**
 * The resolution to render a page at for OCR: its scan's native resolution (never upsampled past it,
 * which only adds blur), clamped to [minDpi, maxDpi], and lowered until the bitmap fits the megapixel cap.
 */
export function renderDpi(nativeDpi: number | null, limits: RenderLimits, page: PageSize): number {
  const wanted = Math.min(nativeDpi ?? limits.maxDpi, limits.maxDpi);
  const clamped = Math.max(wanted, Math.min(limits.minDpi, limits.maxDpi));
  const inches2 = Math.max((page.width / 72) * (page.height / 72), 1e-6);
  const byPixels = Math.sqrt((limits.maxMegapixels * 1e6) / inches2);
  const bySide = MAX_SIDE_PX / (Math.max(page.width, page.height, 1) / 72);
  return Math.max(1, Math.floor(Math.min(clamped, byPixels, bySide)));
}

function area(size: { width: number; height: number } | null): number {
  return size === null ? 0 : size.width * size.height;
}
