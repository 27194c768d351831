/** Progress reporting: a bar on a TTY, plain lines otherwise (never on stdout). */
import cliProgress from 'cli-progress';
import { log } from './output.ts';
import { consoleSafe } from './text-safety.ts';

export interface Progress {
  /** Advances by one item; `label` names the item just done. */
  tick(label: string): void;
  stop(): void;
}

export function startProgress(title: string, total: number, quiet = false): Progress {
  if (quiet) return { tick() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${title} [{bar}] {value}/{total} {label}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      tick(label) {
        const safe = consoleSafe(label);
        bar.increment(1, { label: safe.length > 40 ? `…${safe.slice(-39)}` : safe });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let done = 0;
  return {
    tick(label) {
      done += 1;
      log(`${title} ${done}/${total}: ${label}`);
    },
    stop() {},
  };
}
