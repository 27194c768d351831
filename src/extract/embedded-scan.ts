/**
 * A full-page scan OCR'd from its own image. pdf.js has already decoded a scanned page's image; when the page
 * paints that one image and nothing else, upright or turned by quarter turns, filling the page, the image's
 * pixels are the rendering at its native resolution. Turning them into a greyscale PGM (reduced by area averaging
 * when finer than the configured OCR resolution) costs a pass or two over the pixels; rendering the page costs a
 * canvas draw and a read-back. Anything else (mixed pages, vector drawing, clips smaller than the page, soft masks,
 * transparency, hidden layers, an image at an angle, pixels that are not square, scans coarser than the minimum
 * resolution, which rendering enlarges) is rendered as before. Pure functions: the walk of the operator list and the
 * pixel conversion.
 */
import { asMatrix, multiply, type ImageOps, type Matrix, type OperatorList } from './page-images.ts';
import type { RenderLimits } from './page-plan.ts';
import type { OcrImage } from './rasterize.ts';

/** The operator codes the walk needs beyond those of findDrawnImages (`pdfjs.OPS`). */
export interface EmbeddedScanOps extends ImageOps {
  dependency: number;
  setGState: number;
  clip: number;
  eoClip: number;
  constructPath: number;
  endPath: number;
  beginMarkedContent: number;
  beginMarkedContentProps: number;
  endMarkedContent: number;
}

/** How the image's pixels lie on the page as displayed: output pixel (x, y) is image pixel (u, v). */
export interface Orientation {
  /** Image rows run down the page's columns (a quarter turn): u follows y and v follows x. */
  swap: boolean;
  /** Without swap: u = width − 1 − x; with swap: v = height − 1 − x. */
  flipX: boolean;
  /** Without swap: v = height − 1 − y; with swap: u = width − 1 − y. */
  flipY: boolean;
}

export interface EmbeddedScan {
  /** pdf.js object id of the decoded image (in the page's objects, or the document's when it starts with 'g_'). */
  objId: string;
  /** Pixel size of the image as stored. */
  width: number;
  height: number;
  orientation: Orientation;
  /** Pixels per displayed inch. */
  dpi: number;
}

/** The page as displayed at scale 1: viewport.transform maps PDF space to it (y down, rotation applied). */
export interface PageView {
  transform: readonly number[];
  width: number;
  height: number;
}

/** The image must cover at least this share of the page, and lie on it up to this share of its own area. */
const MIN_PAGE_COVERAGE = 0.9;
const MIN_ON_PAGE = 0.98;
/** Horizontal and vertical resolution may differ by this factor (a fax at 204 × 196 dpi); beyond, render. */
const MAX_DPI_SKEW = 1.05;
/** Slack on the resolution bounds, for page sizes rounded to whole points. */
const DPI_SLACK = 1.02;
/** Tesseract reads images up to 32767 px a side; stay well below. */
const MAX_SIDE_PX = 30000;
/** Graphics state keys that do not change how an opaque image is painted. */
const NEUTRAL_GSTATE = new Set(['LW', 'LC', 'LJ', 'ML', 'D', 'RI', 'FL', 'Font', 'CA']);

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The page's one image when the page is nothing but that image, axis-aligned and filling the page; null
 * otherwise. `list` is the page's operator list, `view` the page as displayed.
 */
export function findEmbeddedScan(list: OperatorList, ops: EmbeddedScanOps, view: PageView): EmbeddedScan | null {
  const base = asMatrix(view.transform);
  if (base === null) return null;
  const page: Rect = { x0: 0, y0: 0, x1: view.width, y1: view.height };
  const stack: Matrix[] = [];
  const clips: Rect[] = [];
  let ctm = base;
  let clipNext = false;
  let found: { objId: string; width: number; height: number; m: Matrix } | null = null;
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? base;
    } else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m === null) return null;
      ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = arg(args, 0);
      if (m !== null && m !== undefined) {
        const matrix = asMatrix(m);
        if (matrix === null) return null;
        ctm = multiply(ctm, matrix);
      }
      const bbox = arg(args, 1);
      if (bbox !== null && bbox !== undefined) {
        const box = asBox(bbox);
        if (box === null) return null;
        clips.push(deviceRect(ctm, box));
      }
    } else if (fn === ops.clip || fn === ops.eoClip) {
      clipNext = true;
    } else if (fn === ops.constructPath) {
      // Only a path that paints nothing: a clipping rectangle (or a path ended without use).
      if (arg(args, 0) !== ops.endPath) return null;
      if (clipNext) {
        const box = rectanglePath(args);
        if (box === null) return null;
        clips.push(deviceRect(ctm, box));
        clipNext = false;
      }
    } else if (fn === ops.setGState) {
      if (!neutralGState(args)) return null;
    } else if (fn === ops.beginMarkedContentProps) {
      // Optional content may be hidden: rendering knows, the image alone does not.
      if (arg(args, 0) === 'OC') return null;
    } else if (fn === ops.paintImageXObject) {
      const objId = arg(args, 0);
      const width = arg(args, 1);
      const height = arg(args, 2);
      if (found !== null || typeof objId !== 'string' || !isSize(width) || !isSize(height)) return null;
      found = { objId, width, height, m: ctm };
    } else if (fn !== ops.dependency && fn !== ops.beginMarkedContent && fn !== ops.endMarkedContent) {
      // Text, paths, masks, groups, other images: the page is more than its scan.
      return null;
    }
  }
  if (found === null) return null;
  const { objId, width, height, m } = found;
  const orientation = axisAligned(m);
  if (orientation === null) return null;
  const drawn = deviceRect(m, { x0: 0, y0: 0, x1: 1, y1: 1 });
  const onPage = intersect(drawn, page);
  if (onPage === null || area(onPage) < MIN_PAGE_COVERAGE * area(page) || area(onPage) < MIN_ON_PAGE * area(drawn)) return null;
  if (clips.some((clip) => !covers(clip, onPage))) return null;
  const [outWidth, outHeight] = orientation.swap ? [height, width] : [width, height];
  const dpiX = outWidth / ((drawn.x1 - drawn.x0) / 72);
  const dpiY = outHeight / ((drawn.y1 - drawn.y0) / 72);
  if (!Number.isFinite(dpiX) || !Number.isFinite(dpiY) || Math.max(dpiX, dpiY) > MAX_DPI_SKEW * Math.min(dpiX, dpiY)) return null;
  return { objId, width, height, orientation, dpi: (dpiX + dpiY) / 2 };
}

/**
 * The resolution to OCR the scan's own pixels at, as a page is rendered (see renderDpi): its native resolution,
 * lowered to the configured OCR resolution and until it fits the megapixel cap. Null for a scan coarser than the
 * minimum resolution: rendering enlarges it.
 */
export function embeddedScanDpi(scan: EmbeddedScan, limits: RenderLimits): number | null {
  if (scan.dpi * DPI_SLACK < Math.min(limits.minDpi, limits.maxDpi)) return null;
  const byPixels = scan.dpi * Math.sqrt((limits.maxMegapixels * 1e6) / (scan.width * scan.height));
  const bySide = (scan.dpi * MAX_SIDE_PX) / Math.max(scan.width, scan.height);
  const dpi = Math.min(scan.dpi, limits.maxDpi, byPixels, bySide);
  // Within rounding of its own resolution, the image is taken as it is.
  return dpi * DPI_SLACK >= scan.dpi ? scan.dpi : dpi;
}

/** pdf.js decoded image data (`ImageKind`: 1 = 1 bit grey, rows padded to bytes, 1 white; 2 = RGB; 3 = RGBA). */
export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

const GRAYSCALE_1BPP = 1;
/** The eight grey pixels of each byte of a 1-bit row (first pixel in the high bit, 1 white), as two 32-bit words. */
const BIT_WORDS = new Uint32Array(
  Uint8Array.from({ length: 256 * 8 }, (_, i) => ((i >> 3) >> (7 - (i & 7))) & 1 ? 255 : 0).buffer,
);
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/**
 * The scan as an upright 8-bit greyscale PGM at `dpi` (from embeddedScanDpi): at its native resolution the same
 * pixels a rendering gives (ITU-R BT.601 luma, transparency over white), below it reduced by area averaging. Null
 * when the decoded data is not what the operator list announced.
 */
export function embeddedScanPgm(decoded: DecodedImage, scan: EmbeddedScan, dpi: number): OcrImage | null {
  if (decoded.width !== scan.width || decoded.height !== scan.height) return null;
  const full = toGrey(decoded);
  if (full === null) return null;
  const factor = dpi >= scan.dpi ? 1 : dpi / scan.dpi;
  const width = Math.max(1, Math.round(scan.width * factor));
  const height = Math.max(1, Math.round(scan.height * factor));
  const grey = factor === 1 ? full : reduce(full, scan.width, scan.height, width, height);
  const { swap, flipX, flipY } = scan.orientation;
  const [outWidth, outHeight] = swap ? [height, width] : [width, height];
  const header = new TextEncoder().encode(`P5\n${outWidth} ${outHeight}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header, 0);
  const pixels = out.subarray(header.length);
  if (!swap && !flipX && !flipY) {
    pixels.set(grey);
  } else if (!swap) {
    for (let y = 0; y < outHeight; y++) {
      const src = (flipY ? height - 1 - y : y) * width;
      const dst = y * outWidth;
      if (!flipX) pixels.set(grey.subarray(src, src + width), dst);
      else for (let x = 0; x < outWidth; x++) pixels[dst + x] = grey[src + width - 1 - x] ?? 255;
    }
  } else {
    transpose(grey, width, height, pixels, flipX, flipY);
  }
  return { bytes: out, width: outWidth, height: outHeight, dpi: Math.round(scan.dpi * factor) };
}

/** Tile side of the transposition: both tiles stay in cache. */
const TILE = 64;

/**
 * Writes the `width` × `height` image turned a quarter: output row y is image column u (width − 1 − y when flipY),
 * output column x is image row v (height − 1 − x when flipX). Tile by tile, since a column walk misses the cache.
 */
function transpose(src: Uint8Array, width: number, height: number, out: Uint8Array, flipX: boolean, flipY: boolean): void {
  const outWidth = height;
  for (let y0 = 0; y0 < width; y0 += TILE) {
    const y1 = Math.min(width, y0 + TILE);
    for (let x0 = 0; x0 < height; x0 += TILE) {
      const x1 = Math.min(height, x0 + TILE);
      for (let y = y0; y < y1; y++) {
        const u = flipY ? width - 1 - y : y;
        const dst = y * outWidth;
        for (let x = x0; x < x1; x++) out[dst + x] = src[(flipX ? height - 1 - x : x) * width + u] ?? 255;
      }
    }
  }
}

/** Area-averaging reduction of a greyscale image: each output pixel is the mean of the source area it covers. */
function reduce(src: Uint8Array, width: number, height: number, outWidth: number, outHeight: number): Uint8Array {
  const cols = spans(width, outWidth);
  const rows = spans(height, outHeight);
  const across = new Float32Array(outWidth * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const dst = y * outWidth;
    for (let x = 0; x < outWidth; x++) {
      const i0 = cols.first[x] ?? 0;
      const i1 = cols.last[x] ?? 0;
      let total = (cols.firstWeight[x] ?? 0) * (src[row + i0] ?? 0);
      for (let i = i0 + 1; i < i1; i++) total += src[row + i] ?? 0;
      if (i1 > i0) total += (cols.lastWeight[x] ?? 0) * (src[row + i1] ?? 0);
      across[dst + x] = total;
    }
  }
  // Clamped: a mean of 255 that floats round to 255.00001 stays 255 (and values round to the nearest).
  const out = new Uint8ClampedArray(outWidth * outHeight);
  const sum = new Float32Array(outWidth);
  const norm = 1 / (cols.step * rows.step);
  for (let y = 0; y < outHeight; y++) {
    const j0 = rows.first[y] ?? 0;
    const j1 = rows.last[y] ?? 0;
    sum.fill(0);
    for (let j = j0; j <= j1; j++) {
      const weight = j === j0 ? (rows.firstWeight[y] ?? 0) : j === j1 ? (rows.lastWeight[y] ?? 0) : 1;
      const row = j * outWidth;
      for (let x = 0; x < outWidth; x++) sum[x] = (sum[x] ?? 0) + weight * (across[row + x] ?? 0);
    }
    const dst = y * outWidth;
    for (let x = 0; x < outWidth; x++) out[dst + x] = (sum[x] ?? 0) * norm;
  }
  return new Uint8Array(out.buffer);
}

/** Which source pixels each of `count` output pixels along a side of `size` covers, with the partial pixels' shares. */
function spans(size: number, count: number): { first: Int32Array; last: Int32Array; firstWeight: Float32Array; lastWeight: Float32Array; step: number } {
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  const firstWeight = new Float32Array(count);
  const lastWeight = new Float32Array(count);
  const step = size / count;
  for (let k = 0; k < count; k++) {
    const a = k * step;
    const b = Math.min(size, (k + 1) * step);
    const i0 = Math.min(size - 1, Math.floor(a));
    const i1 = Math.max(i0, Math.min(size - 1, Math.ceil(b) - 1));
    first[k] = i0;
    last[k] = i1;
    firstWeight[k] = i0 === i1 ? b - a : i0 + 1 - a;
    lastWeight[k] = i0 === i1 ? 0 : b - i1;
  }
  return { first, last, firstWeight, lastWeight, step };
}

function toGrey({ width, height, kind, data }: DecodedImage): Uint8Array | null {
  const count = width * height;
  const grey = new Uint8Array(count);
  if (kind === GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    if (data.length < rowBytes * height) return null;
    // Eight pixels per byte as two 32-bit words from a table, a row at a time (the padding bits are cut off).
    const row = new Uint8Array(rowBytes * 8);
    const words = new Uint32Array(row.buffer);
    for (let y = 0; y < height; y++) {
      const src = y * rowBytes;
      for (let i = 0; i < rowBytes; i++) {
        const byte = data[src + i] ?? 0;
        words[2 * i] = BIT_WORDS[2 * byte] ?? 0;
        words[2 * i + 1] = BIT_WORDS[2 * byte + 1] ?? 0;
      }
      grey.set(row.subarray(0, width), y * width);
    }
  } else if (kind === RGB_24BPP) {
    if (data.length < count * 3) return null;
    for (let p = 0, q = 0; p < count; p++, q += 3) {
      grey[p] = ((data[q] ?? 0) * 77 + (data[q + 1] ?? 0) * 150 + (data[q + 2] ?? 0) * 29) >> 8;
    }
  } else if (kind === RGBA_32BPP) {
    if (data.length < count * 4) return null;
    for (let p = 0, q = 0; p < count; p++, q += 4) {
      const luma = ((data[q] ?? 0) * 77 + (data[q + 1] ?? 0) * 150 + (data[q + 2] ?? 0) * 29) >> 8;
      const alpha = data[q + 3] ?? 255;
      grey[p] = alpha === 255 ? luma : Math.round((luma * alpha + 255 * (255 - alpha)) / 255);
    }
  } else {
    return null;
  }
  return grey;
}

/** The orientation of an image drawn with device matrix `m`, or null when it lies at an angle or has no size. */
function axisAligned(m: Matrix): Orientation | null {
  const [a, b, c, d] = m;
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
  if (scale <= 0) return null;
  const eps = scale * 1e-3;
  const zero = (n: number): boolean => Math.abs(n) <= eps;
  // The image's first row is at the top of the unit square it is painted into (y = 1), so rows run along −(c, d).
  if (zero(b) && zero(c) && !zero(a) && !zero(d)) return { swap: false, flipX: a < 0, flipY: d > 0 };
  if (zero(a) && zero(d) && !zero(b) && !zero(c)) return { swap: true, flipX: c > 0, flipY: b < 0 };
  return null;
}

function deviceRect(m: Matrix, box: Rect): Rect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function intersect(p: Rect, q: Rect): Rect | null {
  const r = { x0: Math.max(p.x0, q.x0), y0: Math.max(p.y0, q.y0), x1: Math.min(p.x1, q.x1), y1: Math.min(p.y1, q.y1) };
  return r.x1 > r.x0 && r.y1 > r.y0 ? r : null;
}

function area(r: Rect): number {
  return (r.x1 - r.x0) * (r.y1 - r.y0);
}

/** Whether `clip` leaves `r` whole, up to a point of rounding. */
function covers(clip: Rect, r: Rect): boolean {
  const tolerance = 1;
  return clip.x0 <= r.x0 + tolerance && clip.y0 <= r.y0 + tolerance && clip.x1 >= r.x1 - tolerance && clip.y1 >= r.y1 - tolerance;
}

/**
 * The rectangle a pdf.js constructPath draws ([op, [path data], minMax]; path data: 0 moveTo x y, 1 lineTo x y,
 * 4 closePath), or null when the path is any other shape.
 */
function rectanglePath(args: unknown): Rect | null {
  const box = asBox(arg(args, 2));
  const path = numbers(arg(arg(args, 1), 0));
  if (box === null || path === null) return null;
  const onEdge = (v: number, lo: number, hi: number): boolean => Math.abs(v - lo) < 1e-3 || Math.abs(v - hi) < 1e-3;
  let points = 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i];
    if (op === 4) {
      i += 1;
      continue;
    }
    if (op !== 0 && op !== 1) return null;
    const x = path[i + 1];
    const y = path[i + 2];
    if (x === undefined || y === undefined || !onEdge(x, box.x0, box.x1) || !onEdge(y, box.y0, box.y1)) return null;
    points += 1;
    i += 3;
  }
  return points >= 4 ? box : null;
}

function asBox(value: unknown): Rect | null {
  const box = numbers(value);
  if (box === null || box.length !== 4) return null;
  const [a = 0, b = 0, c = 0, d = 0] = box;
  return { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
}

/** The finite numbers of an array or float array (pdf.js passes paths and boxes as Float32Array); else null. */
function numbers(value: unknown): number[] | null {
  const list: unknown[] = value instanceof Float32Array || value instanceof Float64Array ? Array.from(value) : Array.isArray(value) ? value : [];
  const out: number[] = [];
  for (const n of list) {
    if (typeof n !== 'number' || !Number.isFinite(n)) return null;
    out.push(n);
  }
  return out.length > 0 ? out : null;
}

/** A setGState that changes nothing for an opaque image: no soft mask, blend mode, fill opacity or transfer. */
function neutralGState(args: unknown): boolean {
  const entries = arg(args, 0);
  if (!Array.isArray(entries)) return false;
  return entries.every((entry: unknown) => {
    const key = arg(entry, 0);
    const value = arg(entry, 1);
    if (typeof key !== 'string') return false;
    if (key === 'ca') return value === 1;
    if (key === 'BM') return value === 'source-over';
    return NEUTRAL_GSTATE.has(key);
  });
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function arg(args: unknown, index: number): unknown {
  return Array.isArray(args) ? args[index] : undefined;
}
