/**
 * Reads an image's size, EXIF orientation, declared resolution and page count from its header,
 * without decoding pixels: enough to decide whether the image can go to OCR as it is.
 */

export type ImageType = 'png' | 'jpeg' | 'tiff';

export interface ImageHeader {
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 = upright). */
  orientation: number;
  /** Declared resolution in dots per inch, or null when absent. */
  dpi: number | null;
  /** Number of images in the file (multi-page TIFF); 1 for PNG and JPEG. */
  pages: number;
}

export function readImageHeader(bytes: Uint8Array, type: ImageType): ImageHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (type === 'png') return readPng(view);
    if (type === 'jpeg') return readJpeg(view);
    return readTiff(view);
  } catch {
    // A RangeError from reading past the end: the header is truncated.
    return null;
  }
}

function readPng(view: DataView): ImageHeader | null {
  if (view.byteLength < 24 || view.getUint32(12) !== chunkType('IHDR')) return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  let dpi: number | null = null;
  for (let at = 8; at + 12 <= view.byteLength; ) {
    const length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    if (type === chunkType('IDAT') || type === chunkType('IEND')) break;
    if (type === chunkType('pHYs') && length >= 9 && view.getUint8(at + 16) === 1) {
      dpi = Math.round(view.getUint32(at + 8) * 0.0254);
    }
    at += 12 + length;
  }
  return valid({ width, height, orientation: 1, dpi, pages: 1 });
}

function readJpeg(view: DataView): ImageHeader | null {
  let width = 0;
  let height = 0;
  let orientation = 1;
  let dpi: number | null = null;
  let at = 2;
  while (at + 4 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = view.getUint16(at + 2);
    const body = at + 4;
    if (isStartOfFrame(marker)) {
      height = view.getUint16(body + 1);
      width = view.getUint16(body + 3);
      break;
    }
    if (marker === 0xe0 && matches(view, body, 'JFIF\0') && dpi === null) {
      const units = view.getUint8(body + 7);
      const density = view.getUint16(body + 8);
      if (units === 1) dpi = density;
      else if (units === 2) dpi = Math.round(density * 2.54);
    }
    if (marker === 0xe1 && matches(view, body, 'Exif\0\0')) {
      const exif = readTiff(new DataView(view.buffer, view.byteOffset + body + 6, Math.max(0, length - 8)));
      if (exif !== null) {
        orientation = exif.orientation;
        dpi = exif.dpi ?? dpi;
      }
    }
    at += 2 + length;
  }
  return valid({ width, height, orientation, dpi, pages: 1 });
}

/** Reads IFD0 of a TIFF structure (a .tif file, or the EXIF block of a JPEG). */
function readTiff(view: DataView): ImageHeader | null {
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const le = order === 0x4949;
  const ifd0 = view.getUint32(4, le);
  let width = 0;
  let height = 0;
  let orientation = 1;
  let xres: number | null = null;
  let unit = 2;
  const count = view.getUint16(ifd0, le);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    const tag = view.getUint16(entry, le);
    const type = view.getUint16(entry + 2, le);
    const short = view.getUint16(entry + 8, le);
    const value = type === 3 ? short : view.getUint32(entry + 8, le);
    if (tag === 0x0100) width = value;
    else if (tag === 0x0101) height = value;
    else if (tag === 0x0112) orientation = short;
    else if (tag === 0x0128) unit = short;
    else if (tag === 0x011a && type === 5) {
      const offset = view.getUint32(entry + 8, le);
      const den = view.getUint32(offset + 4, le);
      xres = den > 0 ? view.getUint32(offset, le) / den : null;
    }
  }
  const dpi = xres === null ? null : Math.round(unit === 3 ? xres * 2.54 : xres);
  return { width, height, orientation: orientation >= 1 && orientation <= 8 ? orientation : 1, dpi, pages: countIfds(view, le, ifd0) };
}

/** Follows the chain of image directories; a broken link ends the count instead of failing the read. */
function countIfds(view: DataView, le: boolean, first: number): number {
  let pages = 0;
  const seen = new Set<number>();
  for (let ifd = first; ifd !== 0 && !seen.has(ifd) && pages < 10_000; pages++) {
    seen.add(ifd);
    if (ifd + 2 > view.byteLength) return pages + 1;
    const next = ifd + 2 + view.getUint16(ifd, le) * 12;
    ifd = next + 4 <= view.byteLength ? view.getUint32(next, le) : 0;
  }
  return pages;
}

function valid(header: ImageHeader): ImageHeader | null {
  return header.width > 0 && header.height > 0 ? header : null;
}

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function matches(view: DataView, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (view.getUint8(at + i) !== text.charCodeAt(i)) return false;
  return true;
}

function chunkType(name: string): number {
  return ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;
}
