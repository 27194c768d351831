/**
 * Entry of the extraction worker thread: all parsing of untrusted bytes (pdf.js, image decoding,
 * mammoth) happens here, off the main thread, so a slow or hostile file never blocks the event loop
 * and can be stopped by terminating the thread.
 */
// Must stay the first import: it keeps the native builtins before pdf.js replaces them.
import { restoreNativeBuiltins } from './native-builtins.ts';
import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { readDocxPages } from './docx.ts';
import { ImagePrepareError, prepareImage } from './image.ts';
import { installOneShotInflate } from './one-shot-inflate.ts';
import { embeddedScanDpi } from './embedded-scan.ts';
import { renderDpi, type RenderLimits } from './page-plan.ts';
import { openPdf, PdfOpenError, readEmbeddedScan, readPage } from './pdf-text.ts';
import { rasterizePage } from './rasterize.ts';
import { ZipTooLargeError } from './zip-inflation.ts';
import type { FailureCode, PageReply, PageResult, WorkerFailure, WorkerOps, WorkerReply, WorkerRequest } from './worker-protocol.ts';

interface Handled {
  result: unknown;
  transfer: ArrayBuffer[];
}

const port = parentPort;
if (port === null) throw new Error('extract-worker must run as a worker thread');

restoreNativeBuiltins();
installOneShotInflate();
silenceConsole();
// pdf.js can leave a rejected promise behind on a broken file; the request itself already failed.
process.on('unhandledRejection', () => undefined);

let openDoc: PDFDocumentProxy | null = null;

// Requests run one after another in the order they came: the host may queue the next one before this one ends.
let previous: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  previous = previous.then(() =>
    handle(request).then(
      ({ result, transfer }) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply, transfer),
      (err: unknown) => port.postMessage({ id: request.id, ok: false, error: failure(err) } satisfies WorkerReply),
    ),
  // A reply that cannot be posted leaves its request to the host's time limit; the requests after it still run.
  ).catch(() => undefined);
});

async function handle(request: WorkerRequest): Promise<Handled> {
  switch (request.op) {
    case 'open-pdf':
      return openDocument(request.args);
    case 'read-pages':
      return readDocumentPages(request.args);
    case 'close-pdf':
      await closeDocument();
      return { result: null, transfer: [] };
    case 'prepare-image': {
      const { bytes, type, maxMegapixels } = request.args;
      const prepared = await prepareImage(bytes, type, maxMegapixels);
      const transfer = [...transferable(prepared.image.bytes), ...(prepared.alternative === null ? [] : transferable(prepared.alternative.bytes))];
      return { result: prepared, transfer };
    }
    case 'read-docx':
      return { result: { pages: await readDocxPages(request.args.bytes, request.args.limits) }, transfer: [] };
  }
}

async function openDocument({ bytes }: WorkerOps['open-pdf']['args']): Promise<Handled> {
  await closeDocument();
  const opened = await openPdf(bytes);
  openDoc = opened.doc;
  return { result: { numPages: opened.numPages, encrypted: opened.encrypted }, transfer: [] };
}

async function readDocumentPages({ pageNos, render }: WorkerOps['read-pages']['args']): Promise<Handled> {
  const pages: PageReply[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const pageNo of pageNos) {
    try {
      const read = await readDocumentPage(pageNo, render);
      pages.push(read.page);
      transfer.push(...read.transfer);
    } catch (err) {
      pages.push({ error: failure(err) });
    }
  }
  return { result: { pages }, transfer };
}

async function readDocumentPage(pageNo: number, render: RenderLimits | null): Promise<{ page: PageResult; transfer: ArrayBuffer[] }> {
  if (openDoc === null) throw new WorkerError('pdf-not-open', 'no PDF is open');
  const { page, reading } = await readPage(openDoc, pageNo);
  try {
    if (reading.kind !== 'scan' || render === null) {
      return { page: { kind: reading.kind, text: reading.text, image: null, imageFrom: null }, transfer: [] };
    }
    // A full-page scan is OCR'd from its own decoded pixels; when they cannot be had, the page is rendered.
    const { embedded } = reading;
    const ownDpi = embedded === null ? null : embeddedScanDpi(embedded, render);
    const own = embedded !== null && ownDpi !== null ? await readEmbeddedScan(page, embedded, ownDpi).catch(() => null) : null;
    const image = own ?? (await rasterizePage(page, renderDpi(reading.nativeDpi, render, reading.size)));
    const imageFrom = own === null ? 'rendered' : 'embedded';
    return { page: { kind: reading.kind, text: reading.text, image, imageFrom }, transfer: transferable(image.bytes) };
  } finally {
    page.cleanup();
  }
}

async function closeDocument(): Promise<void> {
  const doc = openDoc;
  openDoc = null;
  if (doc !== null) await doc.destroy().catch(() => undefined);
}

class WorkerError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

function failure(err: unknown): WorkerFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof PdfOpenError) return { code: err.failure === 'password' ? 'pdf-password' : 'pdf-invalid', message };
  if (err instanceof ImagePrepareError) {
    return { code: err.problem === 'too-large' ? 'image-too-large' : 'image-unreadable', message };
  }
  if (err instanceof ZipTooLargeError) return { code: 'zip-too-large', message, unpackedBytes: err.unpackedBytes };
  if (err instanceof WorkerError) return { code: err.code, message };
  return { code: 'failed', message };
}

/** The buffer behind an image this thread owns, moved to the main thread instead of copied. */
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

/** pdf.js reports warnings with console.log, which would land on the CLI's stdout (`--json` must stay clean). */
function silenceConsole(): void {
  const quiet = (): void => undefined;
  console.log = quiet;
  console.info = quiet;
  console.warn = quiet;
  console.error = quiet;
  console.debug = quiet;
}
