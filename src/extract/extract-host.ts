/**
 * Main-thread side of the extraction worker: one worker thread, one document at a time, every request
 * with a time limit. A request that runs out of time, or a worker that dies (out of memory), ends with
 * an error and the thread is replaced on the next request, so no file can hang or crash the process.
 */
import { Worker } from 'node:worker_threads';
import { extractWorkerSpec } from './worker-url.ts';
import type { FailureCode, OpName, WorkerOps, WorkerReply } from './worker-protocol.ts';

export interface ExtractHostOptions {
  /** Heap limit of the worker thread, in MiB (default 1536). */
  memoryLimitMb?: number;
  /** Replace the worker after this many documents, to drop whatever pdf.js retained (default 100). */
  recycleAfter?: number;
}

/** The operation reported a failure (a broken file); the worker is fine. */
export class ExtractFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractFailure';
  }
}

/** The operation did not finish in time; the worker was terminated. */
export class ExtractTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'ExtractTimeout';
  }
}

/** The worker thread died during the operation (typically out of memory). */
export class ExtractCrash extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractCrash';
  }
}

/** Calls available inside `ExtractHost.session`. */
export interface ExtractSession {
  call<K extends OpName>(op: K, args: WorkerOps[K]['args'], timeoutMs: number): Promise<WorkerOps[K]['result']>;
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class ExtractHost {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private documents = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly memoryLimitMb: number;
  private readonly recycleAfter: number;

  constructor(options: ExtractHostOptions = {}) {
    this.memoryLimitMb = options.memoryLimitMb ?? 1536;
    this.recycleAfter = options.recycleAfter ?? 100;
  }

  /** Runs `work` with exclusive use of the worker (one document); sessions queue behind each other. */
  session<T>(work: (session: ExtractSession) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      try {
        return await work({ call: (op, args, timeoutMs) => this.call(op, args, timeoutMs) });
      } finally {
        this.documents += 1;
        if (this.documents >= this.recycleAfter) await this.stopWorker();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker thread; a later session starts a new one. */
  async close(): Promise<void> {
    await this.queue;
    await this.stopWorker();
  }

  private call<K extends OpName>(op: K, args: WorkerOps[K]['args'], timeoutMs: number): Promise<WorkerOps[K]['result']> {
    if (this.pending !== null) return Promise.reject(new Error('ExtractHost: one request at a time'));
    const worker = this.worker ?? this.startWorker();
    const id = this.nextId++;
    return new Promise<WorkerOps[K]['result']>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        void this.stopWorker();
        reject(new ExtractTimeout(timeoutMs));
      }, timeoutMs);
      this.pending = { id, resolve: (value) => resolve(value as WorkerOps[K]['result']), reject, timer };
      const { message, transfer } = withOwnBytes(args);
      worker.postMessage({ id, op, args: message }, transfer);
    });
  }

  private startWorker(): Worker {
    const spec = extractWorkerSpec();
    const worker = new Worker(spec.entry, {
      ...spec.options,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
      stdout: true,
      stderr: true,
    });
    // Native code may still write to the thread's stdout; keep the CLI's stdout clean.
    worker.stdout.pipe(process.stderr);
    worker.stderr.pipe(process.stderr);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (err) => this.fail(worker, new ExtractCrash(err.message)));
    worker.on('exit', (code) => this.fail(worker, new ExtractCrash(`worker exited with code ${code}`)));
    this.worker = worker;
    this.documents = 0;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending;
    if (pending === null || pending.id !== reply.id) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new ExtractFailure(reply.error.code, reply.error.message));
  }

  private fail(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.reject(err);
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}

/**
 * File bytes are copied once into a fresh buffer that is moved (not cloned) to the worker: the caller's
 * array stays intact, and a Buffer that is a view into a larger pool never drags the whole pool along.
 */
function withOwnBytes<T extends object>(args: T): { message: T; transfer: ArrayBuffer[] } {
  const bytes: unknown = Reflect.get(args, 'bytes');
  if (!(bytes instanceof Uint8Array)) return { message: args, transfer: [] };
  const copy = new Uint8Array(bytes);
  return { message: { ...args, bytes: copy }, transfer: [copy.buffer] };
}

let shared: ExtractHost | null = null;

/** The process-wide host used when the caller does not pass its own. */
export function sharedExtractHost(): ExtractHost {
  shared ??= new ExtractHost();
  return shared;
}

/** Stops the shared host's worker (it is unref'd, so the process can exit without this). */
export async function closeSharedExtractHost(): Promise<void> {
  const host = shared;
  shared = null;
  if (host !== null) await host.close();
}
