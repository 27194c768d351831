/**
 * A fixed pool of tesseract.js workers with offline language data. Workers start lazily, run one page
 * at a time, are replaced after a time-out (a stuck page never blocks the pool) and recycled every N
 * pages (the WASM heap only grows). Settings match the tesseract CLI: LSTM engine, automatic page
 * segmentation (PSM 3; tesseract.js defaults to PSM 6, which turns margin speckles into text).
 */
import { availableParallelism } from 'node:os';
import Tesseract from 'tesseract.js';
import { OcrSetupError, resolveOcrModel, type OcrModel, type OcrModelKind } from './ocr-models.ts';
import { quietHarmlessOcrNotes } from './ocr-noise.ts';
import { tidyOcrMarks } from './ocr-marks.ts';

export interface OcrPoolOptions {
  /** Tesseract language codes, e.g. ['ind', 'eng']. */
  languages: readonly string[];
  /** Writable folder for the npm model link folder (used only when Debian's models are absent). */
  cacheDir: string;
  /** Number of workers; 0 or absent means one per core (why: see the constructor). */
  size?: number;
  /** Replace a worker after this many pages (default 200). */
  recycleAfter?: number;
  /** Time allowed for starting a worker (default 60 s). */
  createTimeoutMs?: number;
  /** Default time allowed per page (default 180 s). */
  pageTimeoutMs?: number;
  /** Set false to use the npm models even when Debian's are installed. */
  preferSystemModels?: boolean;
  /** Folder of Debian's traineddata (default /usr/share/tesseract-ocr/5/tessdata). */
  systemDir?: string;
}

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

export interface RecognizeOptions {
  /** Resolution of the image; null lets Tesseract use the file's own or estimate it. */
  dpi: number | null;
  timeoutMs?: number;
}

export type OcrFailure = 'timeout' | 'unreadable-image' | 'setup' | 'closed' | 'failed';

export class OcrError extends Error {
  constructor(
    readonly failure: OcrFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OcrError';
  }
}

interface Job {
  image: Uint8Array;
  options: RecognizeOptions;
  resolve: (result: OcrResult) => void;
  reject: (err: OcrError) => void;
}

interface Slot {
  worker: Tesseract.Worker | null;
  job: Job | null;
  pages: number;
  dpi: string | null;
}

export class OcrPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly model: OcrModel | OcrError;
  private closed = false;
  /** Aborted by close(): ends every wait (and its timer) at once. */
  private readonly closing = new AbortController();

  constructor(private readonly options: OcrPoolOptions) {
    // One worker per core. Since full-page scans are read from their own image (parsing 0.58 s against 2.0 s of OCR
    // per page), OCR is what bounds a scanned PDF, and a quiet 2-core machine does nearly twice the pages with two
    // workers: bench 'Ekstraksi teks dan OCR', scanned-PDF pipeline, load 0.1–0.5: 0.875 against 0.484 pages/s
    // (0.77× against 0.43× the tesseract CLI). On a busy machine (load 6–12) the two sizes measured alike or one
    // worker slightly ahead, as the process then gets less than a core; the bench prints both sizes.
    this.size = options.size !== undefined && options.size > 0 ? options.size : Math.max(1, availableParallelism());
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, job: null, pages: 0, dpi: null }));
    this.model = chooseModel(options);
  }

  /** Which language data the pool uses: 'debian-fast', 'npm-best_int', or 'unavailable'. */
  modelInfo(): OcrModelKind | 'unavailable' {
    return this.model instanceof OcrError ? 'unavailable' : this.model.kind;
  }

  /** OCRs one image (PNG, JPEG, TIFF, PGM bytes). Rejects with OcrError; never hangs past the time-out. */
  recognize(image: Uint8Array, options: RecognizeOptions): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new OcrError('closed', 'OCR pool is closed'));
    if (this.model instanceof OcrError) return Promise.reject(this.model);
    return new Promise<OcrResult>((resolve, reject) => {
      this.queue.push({ image, options, resolve, reject });
      this.pump();
    });
  }

  /** Terminates every worker and rejects work not yet done. */
  async close(): Promise<void> {
    this.closed = true;
    this.closing.abort();
    for (const job of this.queue.splice(0)) job.reject(new OcrError('closed', 'OCR pool is closed'));
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      void this.run(slot, job);
    }
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    const timeoutMs = job.options.timeoutMs ?? this.options.pageTimeoutMs ?? 180_000;
    try {
      const worker = slot.worker ?? (await this.start(slot));
      const result = await this.limit(this.recognizeOn(slot, worker, job), timeoutMs, () => {
        void this.retire(slot);
        return new OcrError('timeout', `OCR took longer than ${Math.round(timeoutMs / 1000)} s`);
      });
      slot.pages += 1;
      if (slot.pages >= (this.options.recycleAfter ?? 200)) await this.retire(slot);
      job.resolve(result);
    } catch (err) {
      job.reject(toOcrError(err));
    } finally {
      if (slot.job === job) slot.job = null;
      if (!this.closed) this.pump();
    }
  }

  private async recognizeOn(slot: Slot, worker: Tesseract.Worker, job: Job): Promise<OcrResult> {
    const dpi = job.options.dpi === null ? '0' : String(Math.round(job.options.dpi));
    if (slot.dpi !== dpi) {
      await worker.setParameters({ user_defined_dpi: dpi });
      slot.dpi = dpi;
    }
    const image = Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength);
    const { data } = await worker.recognize(image, {}, { text: true });
    return { text: tidyOcrMarks(data.text.trim()), confidence: data.confidence };
  }

  /** Starts a worker; a failing start rejects (tesseract.js alone would hang when an errorHandler is set). */
  private async start(slot: Slot): Promise<Tesseract.Worker> {
    if (this.model instanceof OcrError) throw this.model;
    const { langPath, gzip } = this.model;
    // The worker's stderr reaches ours; Leptonica's notes on empty clips are no news for the user (ocr-noise.ts).
    quietHarmlessOcrNotes();
    let onError: (err: unknown) => void = () => undefined;
    let abandoned = false;
    const starting = new Promise<Tesseract.Worker>((resolve, reject) => {
      onError = (err) => reject(new OcrError('setup', `OCR worker failed to start: ${describe(err)}`));
      Tesseract.createWorker([...this.options.languages], Tesseract.OEM.LSTM_ONLY, {
        langPath,
        gzip,
        cacheMethod: 'none',
        // Without a handler a worker error is thrown as an uncaught exception and kills the process;
        // with it, recognize() rejects and the worker stays usable.
        errorHandler: (err: unknown) => onError(err),
      }).then(resolve, reject);
    });
    starting.then((w) => (abandoned ? w.terminate() : undefined), () => undefined);
    const timeoutMs = this.options.createTimeoutMs ?? 60_000;
    let worker: Tesseract.Worker;
    try {
      worker = await this.limit(starting, timeoutMs, () => {
        return new OcrError('setup', `OCR worker did not start within ${Math.round(timeoutMs / 1000)} s`);
      });
    } catch (err) {
      abandoned = true;
      throw err;
    }
    onError = () => undefined;
    // debug_file: Tesseract's notes ("Detected 39 diacritics", "Estimating resolution as 404") go to the
    // (WASM) /dev/null instead of the CLI's stderr.
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO, debug_file: '/dev/null' });
    if (this.closed) {
      await worker.terminate();
      throw new OcrError('closed', 'OCR pool is closed');
    }
    slot.worker = worker;
    slot.pages = 0;
    slot.dpi = null;
    return worker;
  }

  private limit<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
    return withTimeout(work, ms, onTimeout, this.closing.signal);
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.dpi = null;
    if (worker !== null) await worker.terminate().catch(() => undefined);
  }
}

function chooseModel(options: OcrPoolOptions): OcrModel | OcrError {
  try {
    return resolveOcrModel({
      languages: options.languages,
      cacheDir: options.cacheDir,
      ...(options.systemDir === undefined ? {} : { systemDir: options.systemDir }),
      ...(options.preferSystemModels === undefined ? {} : { preferSystem: options.preferSystemModels }),
    });
  } catch (err) {
    return new OcrError('setup', err instanceof OcrSetupError ? err.message : describe(err));
  }
}

/** Settles with `work`, or rejects with onTimeout() after `ms`, or with 'closed' when `signal` aborts. */
function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new OcrError('closed', 'OCR pool is closed'));
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(new OcrError('closed', 'OCR pool is closed'));
    };
    const timer = setTimeout(() => {
      done();
      reject(onTimeout());
    }, ms);
    signal.addEventListener('abort', onAbort);
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (err: unknown) => {
        done();
        reject(err);
      },
    );
  });
}

function toOcrError(err: unknown): OcrError {
  if (err instanceof OcrError) return err;
  const message = describe(err);
  return new OcrError(/read image/i.test(message) ? 'unreadable-image' : 'failed', message);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
