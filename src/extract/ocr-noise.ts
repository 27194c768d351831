/**
 * Keeps Leptonica's harmless notes off the CLI's stderr. Tesseract (compiled to WASM in tesseract.js) asks Leptonica
 * for the foreground inside boxes that may lie outside the page image, typically on levelled phone photos; Leptonica
 * then prints "Error in boxClipToRectangle: box outside rectangle" and "Error in pixScanForForeground: invalid box",
 * Tesseract takes the empty answer and reads on. The WASM module prints with console.error inside tesseract.js's worker
 * thread, whose stderr Node pipes into this process's stderr; tesseract.js offers no option for it (its `logger` and
 * `errorHandler` see progress and job errors only). So the filter sits on process.stderr: whole lines that are
 * exactly such a note are dropped, every other write passes unchanged (another Leptonica or Tesseract error stays
 * visible, and progress bars that write without a newline are not held back).
 */

/** Leptonica's notes on an empty clip, printed when Tesseract probes a box beyond the image; the reading is unaffected. */
const HARMLESS = new Set(['Error in boxClipToRectangle: box outside rectangle', 'Error in pixScanForForeground: invalid box']);

/** True for a line (without its newline) that is one of Leptonica's harmless notes. */
export function isHarmlessOcrNote(line: string): boolean {
  return HARMLESS.has(line.trim());
}

/** The text with the harmless notes' lines taken out; the same string when it holds none. */
export function withoutHarmlessNotes(text: string): string {
  if (!text.includes('Error in ')) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line, i) => i === lines.length - 1 || !isHarmlessOcrNote(line));
  return kept.length === lines.length ? text : kept.join('\n');
}

let installed = false;

/**
 * Filters process.stderr from now on (once per process; later calls do nothing). Called when an OCR worker starts.
 * A write is handled as text only when it is a string or a Buffer; anything else passes untouched.
 */
export function quietHarmlessOcrNotes(): void {
  if (installed) return;
  installed = true;
  const stderr = process.stderr;
  const write = stderr.write.bind(stderr) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  const filtered = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const kept = withoutHarmlessNotes(text);
    if (kept === text) return write(chunk, ...rest);
    if (kept === '') {
      // Nothing left to write: still call back as a write would (the callback is the last function argument).
      const done = rest.find((r): r is () => void => typeof r === 'function');
      if (done) process.nextTick(done);
      return true;
    }
    // A string keeps its encoding argument; a Buffer's text was decoded as UTF-8 and goes on as such.
    return write(kept, ...(typeof chunk === 'string' ? rest : rest.filter((r) => typeof r === 'function')));
  };
  stderr.write = filtered as typeof stderr.write;
}
