/** A keyed work queue: bounded concurrency, and the same key is never queued or running twice at once. */

export interface WorkQueue<T> {
  /** Queues work for a key; if the key is already waiting, its payload is replaced; if running, it runs again after. */
  push(key: string, payload: T): void;
  /** Number of keys waiting or running. */
  size(): number;
  /** Resolves when nothing is waiting or running. */
  idle(): Promise<void>;
  /** Stops taking new work; resolves when running work has finished. */
  close(): Promise<void>;
}

export function createWorkQueue<T>(
  concurrency: number,
  handler: (key: string, payload: T) => Promise<void>,
  onDrain?: () => void,
): WorkQueue<T> {
  const waiting = new Map<string, T>();
  const running = new Set<string>();
  const again = new Map<string, T>();
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  function settleIdle(): void {
    if (waiting.size === 0 && running.size === 0) {
      const ws = idleWaiters;
      idleWaiters = [];
      for (const w of ws) w();
      onDrain?.();
    }
  }

  function pump(): void {
    while (!closed && running.size < concurrency && waiting.size > 0) {
      const [key, payload] = waiting.entries().next().value as [string, T];
      waiting.delete(key);
      running.add(key);
      void handler(key, payload)
        .catch(() => undefined)
        .finally(() => {
          running.delete(key);
          const next = again.get(key);
          if (next !== undefined) {
            again.delete(key);
            waiting.set(key, next);
          }
          pump();
          settleIdle();
        });
    }
  }

  return {
    push(key, payload) {
      if (closed) return;
      if (running.has(key)) again.set(key, payload);
      else waiting.set(key, payload);
      pump();
    },
    size: () => waiting.size + running.size + again.size,
    idle() {
      if (waiting.size === 0 && running.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      waiting.clear();
      again.clear();
      while (running.size > 0) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
