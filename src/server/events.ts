/** Server-sent events: open dashboard pages subscribe; updates and render-job progress are pushed to all. */
import type { ServerResponse } from 'node:http';

export type LiveEvent = 'pembaruan' | 'pekerjaan';

export interface EventHub {
  /** Takes over the response as an event stream until the client goes away or the hub closes. */
  subscribe(res: ServerResponse): void;
  broadcast(event: LiveEvent, data: unknown): void;
  clientCount(): number;
  close(): void;
}

const HEARTBEAT_MS = 25_000;

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': tetap-terhubung\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    subscribe(res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 3000\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
    },
    broadcast(event, data) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    clientCount() {
      return clients.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}

export interface ChangePoller {
  stop(): void;
}

/**
 * Calls `onChange` when `version()` returns something new: notices a separate `eviden watch` process
 * (or a hand edit of the config) with one cheap query every `intervalMs`.
 */
export function pollForChanges(version: () => string, onChange: (v: string) => void, intervalMs: number): ChangePoller {
  let last = version();
  const timer = setInterval(() => {
    let next: string;
    try {
      next = version();
    } catch {
      return;
    }
    if (next !== last) {
      last = next;
      onChange(next);
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
