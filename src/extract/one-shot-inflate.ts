/**
 * pdf.js 5 inflates every content stream through a web `DecompressionStream`. In Node each one builds a zlib
 * stream and a chain of web-stream promises: about 1 ms per stream, against 0,1 ms for one `zlib.inflateSync` of
 * the same bytes, and born-digital PDFs have one or more streams per page (measured: ~10 % of text-extraction CPU).
 * This replacement gathers what is written and inflates it in one call when the writer closes. It is the same zlib,
 * so the bytes and the errors (truncated or damaged data, after which pdf.js falls back to its own decoder) are the
 * same. Installed only inside the extraction worker thread.
 */
import zlib from 'node:zlib';

type Inflate = (data: Uint8Array) => Buffer;

const ONE_SHOT: Partial<Record<string, Inflate>> = {
  deflate: (data) => zlib.inflateSync(data),
  'deflate-raw': (data) => zlib.inflateRawSync(data),
  gzip: (data) => zlib.gunzipSync(data),
  brotli: (data) => zlib.brotliDecompressSync(data),
};

/** A `DecompressionStream` that inflates in one call when its writer closes (other formats: the native stream). */
export class OneShotDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;

  constructor(format: ConstructorParameters<typeof DecompressionStream>[0]) {
    const inflate = ONE_SHOT[format];
    if (inflate === undefined) {
      const native = new NATIVE(format);
      this.readable = native.readable;
      this.writable = native.writable;
      return;
    }
    const parts: Uint8Array[] = [];
    let output: ReadableStreamDefaultController<Uint8Array> | null = null;
    this.readable = new ReadableStream<Uint8Array>({ start: (controller) => void (output = controller) });
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) => void parts.push(chunk),
      close: () => {
        try {
          const bytes = inflate(parts.length === 1 && parts[0] !== undefined ? parts[0] : Buffer.concat(parts));
          output?.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          output?.close();
        } catch (err) {
          output?.error(err);
          throw err;
        }
      },
      abort: (reason: unknown) => output?.error(reason),
    });
  }
}

const NATIVE = globalThis.DecompressionStream;

export function installOneShotInflate(): void {
  globalThis.DecompressionStream = OneShotDecompressionStream;
}
