/**
 * Finds the images a PDF page paints, with their pixel size and the size they are drawn at, by walking
 * the pdf.js operator list and tracking the transformation matrix. A scan is one big image drawn over
 * the page; its pixels per drawn inch are the scan's native resolution.
 */

/** The pdf.js operator codes this walk needs (`pdfjs.OPS`). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginGroup: number;
  endGroup: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
  paintImageMaskXObjectGroup: number;
  paintInlineImageXObjectGroup: number;
}

export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

export interface DrawnImage {
  /** Pixel size, or null for repeated/grouped images whose size the list does not carry. */
  pixels: { width: number; height: number } | null;
  /** Drawn size in PDF points (1/72 inch), or null when unknown. */
  drawn: { width: number; height: number } | null;
}

export type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function findDrawnImages(list: OperatorList, ops: ImageOps): DrawnImage[] {
  const images: DrawnImage[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = asMatrix(arg(args, 0));
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.beginGroup) {
      stack.push(ctm);
      const m = asMatrix(field(arg(args, 0), 'matrix'));
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectEnd || fn === ops.endGroup) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === ops.paintImageXObject) {
      images.push(drawnAt(ctm, pixelSize(arg(args, 1), arg(args, 2))));
    } else if (fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) {
      const img = arg(args, 0);
      images.push(drawnAt(ctm, pixelSize(field(img, 'width'), field(img, 'height'))));
    } else if (
      fn === ops.paintImageXObjectRepeat ||
      fn === ops.paintImageMaskXObjectRepeat ||
      fn === ops.paintImageMaskXObjectGroup ||
      fn === ops.paintInlineImageXObjectGroup
    ) {
      images.push({ pixels: null, drawn: null });
    }
  }
  return images;
}

function drawnAt(ctm: Matrix, pixels: DrawnImage['pixels']): DrawnImage {
  const [a, b, c, d] = ctm;
  // Images are painted into the unit square, so the CTM's column lengths are the drawn size.
  return { pixels, drawn: { width: Math.hypot(a, b), height: Math.hypot(c, d) } };
}

function pixelSize(width: unknown, height: unknown): DrawnImage['pixels'] {
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0 ? { width, height } : null;
}

/** Same composition as pdf.js `Util.transform` (and canvas `ctx.transform`). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function asMatrix(value: unknown): Matrix | null {
  if (!isNumberLike(value) || value.length !== 6) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = Array.from(value);
  const m: Matrix = [a, b, c, d, e, f];
  return m.every((n) => Number.isFinite(n)) ? m : null;
}

function isNumberLike(value: unknown): value is ArrayLike<number> {
  if (ArrayBuffer.isView(value)) return !(value instanceof DataView);
  return Array.isArray(value) && value.every((n) => typeof n === 'number');
}

function arg(args: unknown, index: number): unknown {
  return Array.isArray(args) ? args[index] : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}
