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
import { findDrawnImages, type ImageOps } from './page-images.ts';
import { classifyPage, MIN_TEXT_CHARS, scanDpi, type PageKind, type PageSize } from './page-plan.ts';

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
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
  if (chars > MIN_TEXT_CHARS) return { page, reading: { kind: 'text', text, nativeDpi: null, size } };
  const list = await page.getOperatorList();
  const images = findDrawnImages(list, IMAGE_OPS);
  const paths = list.fnArray.reduce((n, fn) => (fn === pdfjs.OPS.constructPath ? n + 1 : n), 0);
  const kind = classifyPage(chars, images, paths, size);
  return { page, reading: { kind, text, nativeDpi: kind === 'scan' ? scanDpi(images) : null, size } };
}

const IMAGE_OPS: ImageOps = {
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
