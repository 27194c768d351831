/**
 * The pdf.js legacy build installs core-js polyfills when it loads, among them a JavaScript
 * `Array.prototype.push` (V8's is judged non-conformant for arrays near 2^53 elements): ~10 % of
 * text-extraction CPU goes to it. This module, imported before pdf.js, keeps the native one so the
 * worker can put it back. It only runs inside the extraction worker thread, never the main thread.
 */
const nativePush = Array.prototype.push;

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
}
