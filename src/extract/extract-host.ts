/**
 * Main-thread side of the extraction worker: one worker thread, one document at a time, every request
 * with a time limit. A request that runs out of time, or a worker that dies (out of memory), ends with
 * an error and the thread is replaced on the next request, so no file can hang or crash the process.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractWorkerSpec } from './worker-url.ts';
import type { FailureCode, OpName, WorkerOps, WorkerReply } from './worker-protocol.ts';

export interface ExtractHostOptions {
  /**
   * Worker threads (default 2, or 1 on a single core). Each reads one document at a time; a document
   * with many pages also uses a thread that is idle when it starts.
   */
  size?: number;
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
    /** zip-too-large: the unpacked size declared or reached. */
    readonly unpackedBytes?: number,
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

/**
 * Calls available inside `ExtractHost.session`. Calls run in the order they are made; a caller may make the next
 * one before the previous one has answered.
 */
export interface ExtractSession {
  call<K extends OpName>(op: K, args: WorkerOps[K]['args'], timeoutMs: number): Promise<WorkerOps[K]['result']>;
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timeoutMs: number;
  /** Set once the worker runs this request. */
  timer: NodeJS.Timeout | null;
}

/**
 * Worker threads that each read one document at a time. Callers that extract several files at once
 * use several cores; sessions wait for a free thread.
 */
export class ExtractHost {
  private readonly lanes: Lane[];
  private readonly idle: Lane[];
  private readonly waiting: ((lane: Lane) => void)[] = [];

  constructor(options: ExtractHostOptions = {}) {
    const size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.lanes = Array.from({ length: size }, () => new Lane(options.memoryLimitMb ?? 1536, options.recycleAfter ?? 100));
    this.idle = [...this.lanes];
  }

  /** Runs `work` with exclusive use of one worker thread (one document). */
  async session<T>(work: (session: ExtractSession) => Promise<T>): Promise<T> {
    return this.runOn(await this.acquire(), work);
  }

  /**
   * Runs `work` on a second thread if one is idle right now (to read another part of the same document),
   * else returns null without waiting. (A thread freed later is not lent: the next document usually asks for it
   * at once, and a second opening of a document costs its font parsing twice.)
   */
  trySession<T>(work: (session: ExtractSession) => Promise<T>): Promise<T> | null {
    const lane = this.idle.pop();
    return lane === undefined ? null : this.runOn(lane, work);
  }

  /** Starts every worker thread (pdf.js loads in each) and resolves when all answer. */
  async warmUp(timeoutMs = 60_000): Promise<void> {
    await Promise.all(this.lanes.map(() => this.session((s) => s.call('close-pdf', {}, timeoutMs))));
  }

  /** Share of its lifetime each worker thread spent running code (0–1), for scan --kinerja. */
  busy(): number[] {
    return this.lanes.map((lane) => lane.busy());
  }

  /** Stops the worker threads once their current documents are done; later sessions start new ones. */
  async close(): Promise<void> {
    const lanes = await Promise.all(this.lanes.map(() => this.acquire()));
    await Promise.all(lanes.map((lane) => lane.stop()));
    for (const lane of lanes) this.release(lane);
  }

  private async runOn<T>(lane: Lane, work: (session: ExtractSession) => Promise<T>): Promise<T> {
    try {
      return await work({ call: (op, args, timeoutMs) => lane.call(op, args, timeoutMs) });
    } finally {
      await lane.endDocument();
      this.release(lane);
    }
  }

  private acquire(): Promise<Lane> {
    const lane = this.idle.pop();
    return lane === undefined ? new Promise<Lane>((resolve) => this.waiting.push(resolve)) : Promise.resolve(lane);
  }

  private release(lane: Lane): void {
    const next = this.waiting.shift();
    if (next === undefined) this.idle.push(lane);
    else next(lane);
  }
}

/** One worker thread and the requests sent to it, oldest (the one running) first. */
class Lane {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private documents = 0;
  /** Active and total time of the threads this lane ran before the current one, in ms. */
  private active = 0;
  private lifetime = 0;

  constructor(
    private readonly memoryLimitMb: number,
    private readonly recycleAfter: number,
  ) {}

  /**
   * Sends a request. Requests queue in the worker and run one after another, so a caller can send the next one
   * before the answer to the previous one arrives (the thread then never waits for this thread). Each request's
   * time limit runs from the moment the worker starts it.
   */
  call<K extends OpName>(op: K, args: WorkerOps[K]['args'], timeoutMs: number): Promise<WorkerOps[K]['result']> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<WorkerOps[K]['result']>((resolve, reject) => {
      this.queue.push({ id, resolve: (value) => resolve(value as WorkerOps[K]['result']), reject, timeoutMs, timer: null });
      const { message, transfer } = withOwnBytes(args);
      worker.postMessage({ id, op, args: message }, transfer);
      this.startTimer();
    });
  }

  /** Counts a finished document and replaces the thread every `recycleAfter` documents. */
  async endDocument(): Promise<void> {
    this.documents += 1;
    if (this.documents >= this.recycleAfter) await this.stop();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) {
      this.addUsage(worker);
      await worker.terminate();
    }
  }

  busy(): number {
    const current = this.worker?.performance.eventLoopUtilization();
    const active = this.active + (current?.active ?? 0);
    const total = this.lifetime + (current ? current.active + current.idle : 0);
    return total > 0 ? active / total : 0;
  }

  private addUsage(worker: Worker): void {
    const u = worker.performance.eventLoopUtilization();
    this.active += u.active;
    this.lifetime += u.active + u.idle;
  }

  private start(): Worker {
    const spec = extractWorkerSpec();
    const worker = new Worker(spec.entry, {
      ...spec.options,
      // A larger young generation: pdf.js makes many short-lived objects per page, and fewer scavenges save CPU.
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
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

  /** Starts the time limit of the request the worker is running now (the oldest one). */
  private startTimer(): void {
    const head = this.queue[0];
    if (head === undefined || head.timer !== null) return;
    head.timer = setTimeout(() => {
      // The worker is stopped with the document it holds: the requests queued behind this one go with it.
      this.rejectAll(head, new ExtractTimeout(head.timeoutMs), new ExtractCrash('stopped after a time-out'));
      void this.stop();
    }, head.timeoutMs);
  }

  private settle(reply: WorkerReply): void {
    const head = this.queue[0];
    if (head === undefined || head.id !== reply.id) return;
    this.queue.shift();
    if (head.timer !== null) clearTimeout(head.timer);
    this.startTimer();
    if (reply.ok) head.resolve(reply.result);
    else head.reject(new ExtractFailure(reply.error.code, reply.error.message, reply.error.unpackedBytes));
  }

  private fail(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const head = this.queue[0];
    if (head !== undefined) this.rejectAll(head, err, err);
  }

  /** Ends every queued request: `head` with `first`, the others with `rest`. */
  private rejectAll(head: Pending, first: Error, rest: Error): void {
    const queued = this.queue.splice(0);
    for (const p of queued) {
      if (p.timer !== null) clearTimeout(p.timer);
      p.reject(p === head ? first : rest);
    }
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

/** Young-generation size of a worker thread, MiB (V8's default is 16 on 64-bit). */
const YOUNG_GENERATION_MB = 48;

let shared: ExtractHost | null = null;

/** The process-wide host used when the caller does not pass its own. */
export function sharedExtractHost(): ExtractHost {
  shared ??= new ExtractHost();
  return shared;
}
