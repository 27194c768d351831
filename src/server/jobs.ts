/** Background render jobs (report, packet) started from the dashboard, with progress for live updates. */
import path from 'node:path';
import { errorMessage } from '../shared/errors.ts';

export type JobKind = 'laporan' | 'paket' | 'final';

export const JOB_KINDS: readonly JobKind[] = ['laporan', 'paket', 'final'];

export const JOB_LABELS: Record<JobKind, string> = {
  laporan: 'Draf laporan penilaian mandiri dan lampiran (PDF)',
  paket: 'Paket draf (dokumen, lampiran, bukti dukung, manifest)',
  final: 'Finalkan: dokumen final dan paket final',
};

export interface JobProgress {
  done: number;
  total: number;
  /** Indonesian, e.g. "Menyusun lampiran indikator 10". */
  label: string;
}

/** What the person starting a job entered: the surat numbers of a finalisation. */
export interface JobInput {
  nomorBeritaAcara?: string;
  nomorPernyataan?: string;
}

/** Renders and returns the absolute paths of the files it wrote; `reviewer` is who started the job (for the audit trail). */
export type RenderFn = (progress: (p: JobProgress) => void, reviewer: string, input: JobInput) => Promise<string[]>;

export type JobStatus = 'berjalan' | 'selesai' | 'gagal';

export interface Job {
  id: string;
  kind: JobKind;
  label: string;
  status: JobStatus;
  progress: JobProgress;
  /** Paths relative to `output/`, with `/` separators (files outside `output/` are not listed). */
  files: string[];
  error: string | null;
  reviewer: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface JobRunner {
  /** Kinds this server can render (the others are shown as unavailable). */
  available(): JobKind[];
  /** Starts a job, or returns the one of this kind still running; null when another kind is running. Jobs are returned as snapshots. */
  start(kind: JobKind, reviewer: string, input?: JobInput): Job | null;
  get(id: string): Job | undefined;
  /** Newest first. */
  list(): Job[];
  /** Resolves when no job is running (for shutdown and tests). */
  idle(): Promise<void>;
}

const KEEP_FINISHED = 20;

export function isJobKind(value: string): value is JobKind {
  return (JOB_KINDS as readonly string[]).includes(value);
}

export function createJobRunner(opts: {
  renderers: Partial<Record<JobKind, RenderFn>>;
  outputDir: string;
  onChange: (job: Job) => void;
  /** Called once when a job ends (successfully or not), after its last onChange. */
  onFinish?: (job: Job) => void;
  now?: () => string;
}): JobRunner {
  const now = opts.now ?? (() => new Date().toISOString());
  const jobs: Job[] = [];
  const running = new Map<string, Promise<void>>();
  let counter = 0;

  const relative = (file: string): string | null => {
    const rel = path.relative(opts.outputDir, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
  };

  const run = async (job: Job, render: RenderFn, input: JobInput): Promise<void> => {
    try {
      const files = await render((p) => {
        job.progress = { ...p };
        opts.onChange(job);
      }, job.reviewer, input);
      job.files = files.map(relative).filter((f): f is string => f !== null);
      job.status = 'selesai';
      job.progress = { ...job.progress, done: job.progress.total, label: 'Selesai' };
    } catch (err) {
      job.status = 'gagal';
      job.error = errorMessage(err);
    }
    job.finishedAt = now();
    opts.onChange(job);
    opts.onFinish?.(job);
  };

  return {
    available: () => JOB_KINDS.filter((kind) => opts.renderers[kind] !== undefined),
    start(kind, reviewer, input = {}) {
      const active = jobs.find((j) => j.status === 'berjalan');
      if (active) return active.kind === kind ? structuredClone(active) : null;
      const render = opts.renderers[kind];
      if (!render) return null;
      counter += 1;
      const job: Job = {
        id: `${Date.now().toString(36)}-${counter}`,
        kind,
        label: JOB_LABELS[kind],
        status: 'berjalan',
        progress: { done: 0, total: 1, label: 'Memulai…' },
        files: [],
        error: null,
        reviewer,
        startedAt: now(),
        finishedAt: null,
      };
      jobs.unshift(job);
      jobs.splice(KEEP_FINISHED);
      opts.onChange(job);
      const snapshot = structuredClone(job);
      const promise = run(job, render, input).finally(() => running.delete(job.id));
      running.set(job.id, promise);
      return snapshot;
    },
    get(id) {
      const job = jobs.find((j) => j.id === id);
      return job ? structuredClone(job) : undefined;
    },
    list: () => jobs.map((j) => structuredClone(j)),
    async idle() {
      await Promise.all([...running.values()]);
    },
  };
}
