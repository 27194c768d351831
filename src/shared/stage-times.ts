/**
 * Where a scan spends its time, per stage (`eviden scan --kinerja`, or EVIDEN_KINERJA=1): wall time summed over the
 * files of each stage (files run several at once, so the sum can exceed the scan's duration), and how busy the main
 * thread and the extraction threads were. A busy main thread is what would serialise files running at once.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

export const STAGES = ['hash', 'arsip', 'ekstraksi', 'simpan', 'pemetaan'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageReport {
  /** Seconds per stage, summed over files. */
  stages: Record<Stage, number>;
  /** Share of the scan's wall time the main thread was running code (0–1). */
  mainThreadBusy: number;
}

export class StageTimes {
  private readonly ms: Record<Stage, number> = { hash: 0, arsip: 0, ekstraksi: 0, simpan: 0, pemetaan: 0 };
  private readonly loop: EventLoopUtilization = performance.eventLoopUtilization();

  time<T>(stage: Stage, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.ms[stage] += performance.now() - started;
    }
  }

  async timeAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.ms[stage] += performance.now() - started;
    }
  }

  report(): StageReport {
    const stages = { ...this.ms };
    for (const stage of STAGES) stages[stage] /= 1000;
    return { stages, mainThreadBusy: performance.eventLoopUtilization(this.loop).utilization };
  }
}
