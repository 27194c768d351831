import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OneShotDecompressionStream } from '../../src/extract/one-shot-inflate.ts';

/** Inflates as pdf.js does (write once, close, read every chunk); the error message when it fails. */
async function inflate(Stream: typeof DecompressionStream, bytes: Uint8Array): Promise<Uint8Array | string> {
  const { readable, writable } = new Stream('deflate');
  const writer = writable.getWriter();
  await writer.ready;
  writer.write(bytes).then(() => writer.close()).catch(() => undefined);
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

describe('OneShotDecompressionStream', () => {
  const content = new TextEncoder().encode(Array.from({ length: 2000 }, (_, i) => `BT /F1 11 Tf 72 ${i} Td (Bukti dukung ${i}) Tj ET\n`).join(''));
  const packed = deflateSync(content);
  const damaged = Uint8Array.from(packed);
  damaged[5] = (damaged[5] ?? 0) ^ 0xff;
  const cases: [string, Uint8Array][] = [
    ['a whole stream', packed],
    ['a stream followed by junk (as before endstream)', Buffer.concat([packed, Buffer.from('\r\nendstream')])],
    ['a truncated stream', packed.subarray(0, packed.length - 40)],
    ['a damaged stream', damaged],
    ['no bytes', new Uint8Array(0)],
  ];

  it.each(cases)('gives the same bytes or the same failure as the native stream for %s', async (_, bytes) => {
    const ours = await inflate(OneShotDecompressionStream, bytes);
    expect(ours).toEqual(await inflate(DecompressionStream, bytes));
  });

  it('inflates a whole stream to the original content', async () => {
    expect(Buffer.from((await inflate(OneShotDecompressionStream, packed)) as Uint8Array).equals(Buffer.from(content))).toBe(true);
  });
});
