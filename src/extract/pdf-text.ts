/**
 * PDF reading with the pdf.js legacy build: open a document, and per page read its text layer and
 * decide whether it is text, a scan to OCR, or blank. Runs inside the extraction worker thread.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// Loading the parser here (it sets globalThis.pdfjsWorker) makes pdf.js use it directly as its "fake
// worker" instead of importing it on the first document, so it is in place before the worker thread
// restores the builtins pdf.js polyfills (see native-builtins.ts).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { countVisibleChars, joinTextItems } from './text-join.ts';
import { embeddedScanPgm, findEmbeddedScan, type DecodedImage, type EmbeddedScan, type EmbeddedScanOps } from './embedded-scan.ts';
import { findDrawnImages } from './page-images.ts';
import { classifyPage, MIN_TEXT_CHARS, scanDpi, type PageKind, type PageSize } from './page-plan.ts';
import type { OcrImage } from './rasterize.ts';

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Longest wait for pdf.js to hand over an image it decodes; past it the page is rendered instead. */
const DECODED_IMAGE_WAIT_MS = 20_000;
/** Images above this many pixels are skipped by pdf.js instead of decoded (hostile files declare huge ones). */
const MAX_IMAGE_PIXELS = 100_000_000;

export type PdfOpenFailure = 'password' | 'invalid';

/** Opening failed for a reason the caller maps to a document status. */
export class PdfOpenError extends Error {
  constructor(
    readonly failure: PdfOpenFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PdfOpenError';
  }
}

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  numPages: number;
  /** True when the file is encrypted but opened without a password (owner password only). */
  encrypted: boolean;
}

export interface PageReading {
  kind: PageKind;
  /** Text layer, joined; for a scan this is the little text it carries (a stamp or header). */
  text: string;
  /** Native resolution of the page's largest image, when it is a scan. */
  nativeDpi: number | null;
  size: PageSize;
  /** For a scan without any text layer that is one image filling the page: that image, to OCR without rendering. */
  embedded: EmbeddedScan | null;
}

/** Opens a PDF. `bytes` is handed to pdf.js, which detaches it: pass a copy if you still need it. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const task = pdfjs.getDocument({
    data: bytes,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    wasmUrl: `${PDFJS_DIR}/wasm/`,
    iccUrl: `${PDFJS_DIR}/iccs/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw openError(err);
  }
  const meta = await doc.getMetadata().catch(() => null);
  return { doc, numPages: doc.numPages, encrypted: encryptFilter(meta?.info) !== null };
}

/** Reads page `no` (1-based). The page is returned too, for rendering; call `page.cleanup()` after. */
export async function readPage(doc: PDFDocumentProxy, no: number): Promise<{ page: PDFPageProxy; reading: PageReading }> {
  const page = await doc.getPage(no);
  const viewport = page.getViewport({ scale: 1 });
  const size: PageSize = { width: viewport.width, height: viewport.height };
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const text = joinTextItems(content.items.filter(isTextFragment));
  const chars = countVisibleChars(text);
  if (chars > MIN_TEXT_CHARS) return { page, reading: { kind: 'text', text, nativeDpi: null, size, embedded: null } };
  const list = await page.getOperatorList();
  const images = findDrawnImages(list, PAGE_OPS);
  const paths = list.fnArray.reduce((n, fn) => (fn === pdfjs.OPS.constructPath ? n + 1 : n), 0);
  const kind = classifyPage(chars, images, paths, size);
  if (kind !== 'scan') return { page, reading: { kind, text, nativeDpi: null, size, embedded: null } };
  // A stamp in the text layer is part of the rendering but not of the image: such a page is rendered.
  const embedded = chars === 0 ? findEmbeddedScan(list, PAGE_OPS, { transform: viewport.transform, width: size.width, height: size.height }) : null;
  return { page, reading: { kind, text, nativeDpi: scanDpi(images), size, embedded } };
}

/**
 * The page's scan image as pdf.js decoded it for the operator list, as an upright greyscale PGM at `dpi` (see
 * embeddedScanDpi); null when pdf.js could not decode it, it is not there in time, or it is not what the list
 * announced (the caller renders instead).
 */
export async function readEmbeddedScan(page: PDFPageProxy, scan: EmbeddedScan, dpi: number): Promise<OcrImage | null> {
  const objects = scan.objId.startsWith('g_') ? page.commonObjs : page.objs;
  let timer: NodeJS.Timeout | undefined;
  const decoded = await Promise.race([
    new Promise<unknown>((resolve) => objects.get(scan.objId, resolve)),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DECODED_IMAGE_WAIT_MS))),
  ]).finally(() => clearTimeout(timer));
  return isDecodedImage(decoded) ? embeddedScanPgm(decoded, scan, dpi) : null;
}

function isDecodedImage(value: unknown): value is DecodedImage {
  if (typeof value !== 'object' || value === null) return false;
  const data: unknown = Reflect.get(value, 'data');
  const numbers = ['width', 'height', 'kind'].every((key) => typeof Reflect.get(value, key) === 'number');
  return numbers && (data instanceof Uint8Array || data instanceof Uint8ClampedArray);
}

const PAGE_OPS: EmbeddedScanOps = {
  save: pdfjs.OPS.save,
  restore: pdfjs.OPS.restore,
  transform: pdfjs.OPS.transform,
  paintFormXObjectBegin: pdfjs.OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: pdfjs.OPS.paintFormXObjectEnd,
  beginGroup: pdfjs.OPS.beginGroup,
  endGroup: pdfjs.OPS.endGroup,
  paintImageXObject: pdfjs.OPS.paintImageXObject,
  paintInlineImageXObject: pdfjs.OPS.paintInlineImageXObject,
  paintImageMaskXObject: pdfjs.OPS.paintImageMaskXObject,
  paintImageXObjectRepeat: pdfjs.OPS.paintImageXObjectRepeat,
  paintImageMaskXObjectRepeat: pdfjs.OPS.paintImageMaskXObjectRepeat,
  paintImageMaskXObjectGroup: pdfjs.OPS.paintImageMaskXObjectGroup,
  paintInlineImageXObjectGroup: pdfjs.OPS.paintInlineImageXObjectGroup,
  dependency: pdfjs.OPS.dependency,
  setGState: pdfjs.OPS.setGState,
  clip: pdfjs.OPS.clip,
  eoClip: pdfjs.OPS.eoClip,
  constructPath: pdfjs.OPS.constructPath,
  endPath: pdfjs.OPS.endPath,
  beginMarkedContent: pdfjs.OPS.beginMarkedContent,
  beginMarkedContentProps: pdfjs.OPS.beginMarkedContentProps,
  endMarkedContent: pdfjs.OPS.endMarkedContent,
};

function isTextFragment(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function encryptFilter(info: unknown): string | null {
  if (typeof info !== 'object' || info === null) return null;
  const value: unknown = Reflect.get(info, 'EncryptFilterName');
  return typeof value === 'string' ? value : null;
}

function openError(err: unknown): Error {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new PdfOpenError('password', message);
  return new PdfOpenError('invalid', message);
}
