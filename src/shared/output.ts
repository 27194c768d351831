/**
 * Console output rules: `--json` prints exactly one JSON document on stdout; everything else goes to stderr.
 * Text lines pass through consoleSafe, so a file name carrying escape sequences cannot drive the terminal.
 */
import { consoleSafe } from './text-safety.ts';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Human-readable result text (tables, summaries): stdout. */
export function printText(text: string): void {
  const safe = consoleSafe(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** Progress and log lines: stderr, so `--json` stdout stays clean. */
export function log(line: string): void {
  process.stderr.write(`${consoleSafe(line)}\n`);
}
