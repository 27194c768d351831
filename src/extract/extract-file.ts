/**
 * The extraction stage of `eviden scan` for one file: detect its type, read its text (PDF text layer,
 * OCR of scanned pages and images, DOCX), and classify the outcome into a status with an Indonesian
 * message. It never throws and never hangs: parsing runs in a worker thread with time limits, OCR in a
 * pool with per-page time limits.
 */
import type { DocStatus, FileType, PageText } from '../types/documents.ts';
import { detectType } from './detect-type.ts';
import { ExtractCrash, ExtractFailure, ExtractTimeout, sharedExtractHost, type ExtractHost, type ExtractSession } from './extract-host.ts';
import type { ImageType } from './image-header.ts';
import type { PreparedImage } from './image.ts';
import { messages } from './messages.ts';
import type { OcrPool, OcrResult } from './ocr-pool.ts';
import { OcrError } from './ocr-pool.ts';
import type { ExtractOptions } from './options.ts';
import type { RenderLimits } from './page-plan.ts';
import type { OcrImage } from './rasterize.ts';
import { betterReading } from './reading-choice.ts';
import { countVisibleChars } from './text-join.ts';
import type { PageReply, PageResult } from './worker-protocol.ts';
import type { PageEvents } from '../shared/scan-progress.ts';

export interface ExtractResult {
  type: FileType;
  status: DocStatus;
  /** Indonesian message naming the file and what to do; '' when status is 'ok'. */
  message: string;
  pages: PageText[];
  /** Pages whose text came from OCR. */
  ocrPages: number;
  /** Of those, the PDF pages OCR read from their own embedded scan image instead of a rendering (full-page scans). */
  embeddedImagePages: number[];
  /** True when the PDF had an owner password only and was read anyway. */
  encrypted: boolean;
  /** Pages in the document (a PDF may have more than were read, see maxPages). */
  pageCount: number;
  /** Non-fatal notes in Indonesian (OCR failed or skipped on some pages, TIFF pages not read). */
  warnings: string[];
}

export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  opts: ExtractOptions,
  ocr: OcrPool,
  host: ExtractHost = sharedExtractHost(),
  /** Told the page count and each page as it is read (scan progress). */
  events: PageEvents = NO_EVENTS,
  /** OCR'd pages of an interrupted earlier run to reuse, and where to save each page OCR reads now. */
  checkpoint: OcrCheckpoint = NO_CHECKPOINT,
): Promise<ExtractResult> {
  if (bytes.length === 0) return failed('unknown', 'empty', messages.empty(fileName));
  const type = detectType(bytes);
  try {
    switch (type) {
      case 'pdf':
        return await extractPdf(bytes, fileName, opts, ocr, host, events, checkpoint);
      case 'png':
      case 'jpeg':
      case 'tiff':
        return await extractImage(bytes, type, fileName, opts, ocr, host, events);
      case 'docx':
        return await extractDocx(bytes, fileName, opts, host, events);
      case 'unknown':
        return failed(type, 'unsupported', /\.pdf$/i.test(fileName) ? messages.notPdf(fileName) : messages.unsupported(fileName));
    }
  } catch (err) {
    // Expected failures become statuses inside the extract* functions; this only guarantees nothing escapes.
    return failed(type, 'corrupt', hostFailureMessage(err, fileName, opts, null) ?? corruptMessage(type, fileName));
  }
}

const NO_EVENTS: PageEvents = { opened() {}, page() {} };

/**
 * OCR progress of one document that survives the process: pages already read by an earlier run that was
 * interrupted, and a place to save each page as soon as OCR has read it.
 */
export interface OcrCheckpoint {
  done: ReadonlyMap<number, PageText>;
  save(page: PageText): void;
}

const NO_CHECKPOINT: OcrCheckpoint = { done: new Map(), save() {} };

/** A document with at least this many pages is also read by a second worker thread when one is idle. */
const PARALLEL_MIN_PAGES = 8;

async function extractPdf(
  bytes: Uint8Array,
  fileName: string,
  opts: ExtractOptions,
  ocr: OcrPool,
  host: ExtractHost,
  events: PageEvents,
  checkpoint: OcrCheckpoint,
): Promise<ExtractResult> {
  return host.session(async (session) => {
    let info: { numPages: number; encrypted: boolean };
    try {
      info = await session.call('open-pdf', { bytes }, opts.parseTimeoutMs);
    } catch (err) {
      if (err instanceof ExtractFailure && err.code === 'pdf-password') {
        return failed('pdf', 'needs-password', messages.needsPassword(fileName));
      }
      return failed('pdf', 'corrupt', hostFailureMessage(err, fileName, opts, null) ?? messages.corruptPdf(fileName));
    }
    const run = new PdfRun(fileName, opts, ocr, events, checkpoint);
    const pages = new PageCursor(Math.min(info.numPages, opts.maxPages));
    events.opened(pages.last);
    // A second reader only when the OCR page budget is unlimited: with a budget, which pages get OCR
    // must not depend on which thread reaches them first.
    const parallel = pages.last >= PARALLEL_MIN_PAGES && opts.maxOcrPages === null;
    const helper = parallel
      ? host.trySession(async (second) => {
          // The helper only speeds things up: if it cannot open the file, the first reader does all pages.
          const opened = await second.call('open-pdf', { bytes }, opts.parseTimeoutMs).then(() => true, () => false);
          if (!opened) return;
          await readPages(second, pages, run, fileName, opts);
          if (!run.stopped()) await second.call('close-pdf', {}, opts.parseTimeoutMs).catch(() => undefined);
        })
      : null;
    await readPages(session, pages, run, fileName, opts);
    await helper;
    await run.settle();
    // After a time-out or crash the worker is gone, and the document with it.
    if (!run.stopped()) await session.call('close-pdf', {}, opts.parseTimeoutMs).catch(() => undefined);
    return run.result(info);
  });
}

/** Hands out page numbers in order to the readers of one document. */
class PageCursor {
  private next = 1;

  constructor(readonly last: number) {}

  /** The next `count` page numbers (fewer at the end, none when all are taken). */
  take(count: number): number[] {
    const taken: number[] = [];
    while (taken.length < count && this.next <= this.last) taken.push(this.next++);
    return taken;
  }
}

/** Most pages asked for in one request: a run of text pages doubles the request up to this. */
const MAX_PAGES_PER_REQUEST = 8;

/** One `read-pages` request on its way: its page numbers and how it ended. */
interface Asked {
  nos: number[];
  reply: Promise<{ pages: PageReply[] } | { error: unknown }>;
}

/**
 * Reads pages until none are left. Text pages are asked for several at a time, and during a run of text pages the
 * next request is already queued in the thread while this thread handles the answer, so the parsing thread never
 * waits for a busy main thread. After a scan, one page at a time and one request at a time again, so rendering
 * stays one page ahead of OCR.
 */
async function readPages(session: ExtractSession, pages: PageCursor, run: PdfRun, fileName: string, opts: ExtractOptions): Promise<void> {
  let batch = 1;
  let ahead = 1;
  const asked: Asked[] = [];
  const ask = (): void => {
    const nos = pages.take(batch);
    if (nos.length === 0) return;
    const render = run.wantsRender(nos) ? renderLimits(opts) : null;
    const reply = session.call('read-pages', { pageNos: nos, render }, opts.parseTimeoutMs * nos.length).then(
      (answer) => answer,
      (error: unknown) => ({ error }),
    );
    asked.push({ nos, reply });
  };
  try {
    for (;;) {
      while (asked.length < ahead && !run.stopped()) {
        const before = asked.length;
        ask();
        if (asked.length === before) break;
      }
      const next = asked.shift();
      if (next === undefined || run.stopped()) return;
      const answer = await next.reply;
      if ('error' in answer) {
        if (answer.error instanceof ExtractFailure) {
          for (const no of next.nos) run.damaged(no);
          continue;
        }
        run.stop(hostFailureMessage(answer.error, fileName, opts, next.nos[0] ?? null) ?? messages.corruptPdf(fileName));
        return;
      }
      let scanned = false;
      for (const [i, reply] of answer.pages.entries()) {
        const no = next.nos[i];
        if (no === undefined) continue;
        if ('error' in reply) {
          run.damaged(no);
          continue;
        }
        scanned ||= reply.kind === 'scan';
        await run.accept(no, reply);
      }
      batch = scanned ? 1 : Math.min(MAX_PAGES_PER_REQUEST, batch * 2);
      ahead = scanned ? 1 : 2;
    }
  } finally {
    // Requests still queued belong to this document: let them end before the thread moves on.
    await Promise.all(asked.map((a) => a.reply));
  }
}

/** Collects the pages of one PDF while OCR of earlier pages runs in the pool. */
class PdfRun {
  private readonly pages = new Map<number, PageText>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly damagedPages: number[] = [];
  private readonly embeddedPages: number[] = [];
  private readonly skippedOcr: number[] = [];
  private readonly failedOcr = new Map<string, number[]>();
  private scans = 0;
  private ocrBudget: number;
  private stopMessage: string | null = null;

  constructor(
    private readonly fileName: string,
    private readonly opts: ExtractOptions,
    private readonly ocr: OcrPool,
    private readonly events: PageEvents,
    private readonly checkpoint: OcrCheckpoint,
  ) {
    this.ocrBudget = opts.maxOcrPages ?? Number.POSITIVE_INFINITY;
  }

  /** Whether to render these pages for OCR: not when OCR is off or spent, nor when an earlier run read them all. */
  wantsRender(nos: readonly number[]): boolean {
    return this.opts.ocr && this.ocrBudget > 0 && nos.some((no) => !this.checkpoint.done.has(no));
  }

  damaged(no: number): void {
    this.damagedPages.push(no);
    this.pages.set(no, { no, text: '', source: 'none', confidence: null });
    this.events.page(false);
  }

  stop(message: string): void {
    this.stopMessage ??= message;
  }

  stopped(): boolean {
    return this.stopMessage !== null;
  }

  async accept(no: number, page: PageResult): Promise<void> {
    if (page.kind !== 'scan') {
      this.pages.set(no, layerText(no, page.text));
      this.events.page(false);
      return;
    }
    this.scans += 1;
    const resumed = this.opts.ocr && this.ocrBudget > 0 ? this.checkpoint.done.get(no) : undefined;
    if (resumed !== undefined) {
      this.ocrBudget -= 1;
      this.pages.set(no, resumed);
      this.events.page(true);
      return;
    }
    if (page.image === null || this.ocrBudget <= 0) {
      if (this.opts.ocr) this.skippedOcr.push(no);
      this.pages.set(no, layerText(no, page.text));
      this.events.page(false);
      return;
    }
    this.ocrBudget -= 1;
    const job = this.ocr.recognize(page.image.bytes, { dpi: page.image.dpi, timeoutMs: this.opts.ocrTimeoutMs }).then(
      (result) => {
        const read: PageText = { no, text: result.text, source: 'ocr', confidence: result.confidence };
        this.pages.set(no, read);
        if (page.imageFrom === 'embedded') this.embeddedPages.push(no);
        this.checkpoint.save(read);
        this.events.page(true);
      },
      (err: unknown) => {
        const reason = ocrReason(err);
        this.failedOcr.set(reason, [...(this.failedOcr.get(reason) ?? []), no]);
        this.pages.set(no, layerText(no, page.text));
        this.events.page(false);
      },
    );
    this.inflight.add(job);
    void job.finally(() => this.inflight.delete(job));
    // Render at most one page ahead of the OCR workers: bounded memory, and rendering overlaps OCR.
    while (this.inflight.size > this.ocr.size) await Promise.race(this.inflight);
  }

  async settle(): Promise<void> {
    await Promise.all(this.inflight);
  }

  result(info: { numPages: number; encrypted: boolean }): ExtractResult {
    const pages = [...this.pages.values()].sort((a, b) => a.no - b.no);
    const ocrPages = pages.filter((p) => p.source === 'ocr').length;
    const warnings = [
      ...[...this.failedOcr].map(([reason, nos]) => messages.warnOcrFailed(nos, reason)),
      ...(this.skippedOcr.length > 0 && this.opts.maxOcrPages !== null ? [messages.warnOcrSkipped(this.skippedOcr)] : []),
    ];
    const embeddedImagePages = [...this.embeddedPages].sort((a, b) => a - b);
    const base = { type: 'pdf' as const, pages, ocrPages, embeddedImagePages, encrypted: info.encrypted, pageCount: info.numPages, warnings };
    const outcome = this.outcome(info, pages, ocrPages);
    return { ...base, ...outcome };
  }

  private outcome(info: { numPages: number }, pages: PageText[], ocrPages: number): { status: DocStatus; message: string } {
    const file = this.fileName;
    if (this.stopMessage !== null) return { status: 'corrupt', message: this.stopMessage };
    if (info.numPages === 0) return { status: 'corrupt', message: messages.noPages(file) };
    if (this.damagedPages.length === info.numPages) return { status: 'corrupt', message: messages.corruptPdf(file) };
    if (this.damagedPages.length > 0) return { status: 'corrupt', message: messages.damagedPages(file, this.damagedPages) };
    if (info.numPages > this.opts.maxPages) {
      return { status: 'too-large', message: messages.tooManyPages(file, info.numPages, this.opts.maxPages) };
    }
    if (pages.some((p) => countVisibleChars(p.text) > 0)) return { status: 'ok', message: '' };
    if (this.scans === 0) return { status: 'no-text', message: messages.blankDocument(file) };
    if (ocrPages > 0) return { status: 'no-text', message: messages.ocrFoundNothing(file) };
    if (this.failedOcr.size > 0) return { status: 'no-text', message: messages.ocrFailed(file) };
    return { status: 'no-text', message: messages.ocrSkipped(file) };
  }
}

/**
 * OCRs a prepared picture; with an alternative (the photo before its lighting was levelled) both are read at once on
 * the pool's workers and the better reading is kept. A failed alternative leaves the main reading; a failed main
 * reading leaves the alternative's, and when both fail the main reading's error stands.
 */
async function readImage(prepared: PreparedImage, ocr: OcrPool, timeoutMs: number): Promise<OcrResult> {
  const read = (image: OcrImage): Promise<OcrResult> => ocr.recognize(image.bytes, { dpi: image.dpi, timeoutMs });
  if (prepared.alternative === null) return read(prepared.image);
  const [main, other] = await Promise.allSettled([read(prepared.image), read(prepared.alternative)]);
  if (main.status === 'fulfilled') return other.status === 'fulfilled' ? betterReading(main.value, other.value) : main.value;
  if (other.status === 'fulfilled') return other.value;
  throw main.reason;
}

async function extractImage(
  bytes: Uint8Array,
  type: ImageType,
  fileName: string,
  opts: ExtractOptions,
  ocr: OcrPool,
  host: ExtractHost,
  events: PageEvents,
): Promise<ExtractResult> {
  let prepared: PreparedImage;
  try {
    prepared = await host.session((s) => s.call('prepare-image', { bytes, type, maxMegapixels: opts.maxMegapixels }, opts.parseTimeoutMs));
  } catch (err) {
    if (err instanceof ExtractFailure && err.code === 'image-too-large') {
      return failed(type, 'image-too-large', messages.imageTooLarge(fileName, err.message, opts.maxMegapixels));
    }
    return failed(type, 'corrupt', hostFailureMessage(err, fileName, opts, null) ?? messages.imageUnreadable(fileName));
  }
  const warnings = prepared.skippedPages > 0 ? [messages.warnTiffPages(prepared.skippedPages)] : [];
  const single = { type, encrypted: false, pageCount: 1, embeddedImagePages: [] };
  events.opened(1);
  if (!opts.ocr) {
    return { ...single, status: 'no-text', message: messages.ocrSkipped(fileName), pages: [blank(1)], ocrPages: 0, warnings };
  }
  try {
    const result = await readImage(prepared, ocr, opts.ocrTimeoutMs);
    events.page(true);
    const page: PageText = { no: 1, text: result.text, source: 'ocr', confidence: result.confidence };
    const found = countVisibleChars(result.text) > 0;
    return {
      ...single,
      status: found ? 'ok' : 'no-text',
      message: found ? '' : messages.ocrFoundNothing(fileName),
      pages: [page],
      ocrPages: 1,
      warnings,
    };
  } catch (err) {
    if (err instanceof OcrError && err.failure === 'unreadable-image') {
      const unsupported = type === 'tiff';
      return failed(type, unsupported ? 'unsupported' : 'corrupt', unsupported ? messages.tiffUnsupported(fileName) : messages.imageUnreadable(fileName));
    }
    return {
      ...single,
      status: 'no-text',
      message: messages.ocrFailed(fileName),
      pages: [blank(1)],
      ocrPages: 0,
      warnings: [...warnings, messages.warnOcrFailed([1], ocrReason(err))],
    };
  }
}

async function extractDocx(bytes: Uint8Array, fileName: string, opts: ExtractOptions, host: ExtractHost, events: PageEvents): Promise<ExtractResult> {
  let texts: string[];
  try {
    const limits = { maxUnpackedBytes: opts.maxUnpackedBytes, maxRatio: opts.maxUnpackRatio };
    texts = (await host.session((s) => s.call('read-docx', { bytes, limits }, opts.parseTimeoutMs))).pages;
  } catch (err) {
    if (err instanceof ExtractFailure && err.code === 'zip-too-large') {
      const mb = (n: number): number => Math.round(n / 1_048_576);
      return failed('docx', 'unpacked-too-large', messages.unpackedTooLarge(fileName, mb(err.unpackedBytes ?? 0), mb(opts.maxUnpackedBytes)));
    }
    return failed('docx', 'corrupt', hostFailureMessage(err, fileName, opts, null) ?? messages.docxCorrupt(fileName));
  }
  const pages = texts.map((text, i) => layerText(i + 1, text));
  events.opened(pages.length);
  for (const _ of pages) events.page(false);
  const found = pages.some((p) => countVisibleChars(p.text) > 0);
  return {
    type: 'docx',
    status: found ? 'ok' : 'no-text',
    message: found ? '' : messages.emptyDocx(fileName),
    pages,
    ocrPages: 0,
    embeddedImagePages: [],
    encrypted: false,
    pageCount: pages.length,
    warnings: [],
  };
}

function corruptMessage(type: FileType, fileName: string): string {
  if (type === 'docx') return messages.docxCorrupt(fileName);
  if (type === 'png' || type === 'jpeg' || type === 'tiff') return messages.imageUnreadable(fileName);
  return messages.corruptPdf(fileName);
}

function renderLimits(opts: ExtractOptions): RenderLimits {
  return { maxDpi: opts.dpi, minDpi: opts.minDpi, maxMegapixels: opts.maxMegapixels };
}

function layerText(no: number, text: string): PageText {
  return text.length > 0 ? { no, text, source: 'text', confidence: null } : blank(no);
}

function blank(no: number): PageText {
  return { no, text: '', source: 'none', confidence: null };
}

function failed(type: FileType, status: DocStatus, message: string): ExtractResult {
  return { type, status, message, pages: [], ocrPages: 0, embeddedImagePages: [], encrypted: false, pageCount: 0, warnings: [] };
}

/** The message for a time-out or a dead worker; null for other failures (the caller picks one). */
function hostFailureMessage(err: unknown, fileName: string, opts: ExtractOptions, page: number | null): string | null {
  if (err instanceof ExtractTimeout) return messages.timedOut(fileName, Math.round(opts.parseTimeoutMs / 1000), page);
  if (err instanceof ExtractCrash) return messages.crashed(fileName, page);
  return null;
}

function ocrReason(err: unknown): string {
  if (err instanceof OcrError) {
    if (err.failure === 'timeout') return 'melebihi batas waktu';
    if (err.failure === 'unreadable-image') return 'gambar tidak terbaca';
    if (err.failure === 'setup') return `OCR tidak dapat dijalankan: ${err.message}`;
    if (err.failure === 'closed') return 'OCR dihentikan';
  }
  return err instanceof Error ? err.message : String(err);
}
