/** Console output rules: `--json` prints exactly one JSON document on stdout; everything else goes to stderr. */

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Human-readable result text (tables, summaries): stdout. */
export function printText(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Progress and log lines: stderr, so `--json` stdout stays clean. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
