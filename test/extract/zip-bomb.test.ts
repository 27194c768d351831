/** A DOCX that would unpack to far more than its size is refused before anything inflates it, with its own status. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS } from '../../src/extract/options.ts';
import { checkZipInflation, ZipTooLargeError } from '../../src/extract/zip-inflation.ts';
import { extractionSetup } from './helpers/extraction.ts';
import { docx } from './helpers/fixtures.ts';

const MB = 1024 * 1024;

/** Rewrites the unpacked size that the zip declares for `name` (central directory and local header) to `size`. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encoded = Buffer.from(name);
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x02014b50 && Buffer.from(out.subarray(at + 46, at + 46 + encoded.length)).equals(encoded)) {
      view.setUint32(at + 24, size, true);
      patched++;
    }
    if (sig === 0x04034b50 && Buffer.from(out.subarray(at + 30, at + 30 + encoded.length)).equals(encoded)) {
      view.setUint32(at + 22, size, true);
    }
  }
  expect(patched).toBe(1);
  return out;
}

describe('DOCX decompression limits', { timeout: 120_000 }, () => {
  const { run } = extractionSetup('zip-bomb', { ...DEFAULT_EXTRACT_OPTIONS, parseTimeoutMs: 60_000 });
  let bomb: Uint8Array;

  beforeAll(async () => {
    // 12 MB of one repeated word: a few kB packed (ratio far above 200).
    bomb = await docx(['SPBE '.repeat(2_500_000)]);
  });

  it('refuses a DOCX whose content unpacks hundreds of times its size, with the status and a message naming the file', async () => {
    expect(bomb.length).toBeLessThan(MB / 4);
    const result = await run(bomb, 'bom.docx');
    expect(result).toMatchObject({ type: 'docx', status: 'unpacked-too-large', pages: [] });
    expect(result.message).toContain('"bom.docx" terlalu besar setelah dibuka');
    expect(result.message).toContain('PDF');
  });

  it('refuses a DOCX that declares more than the total limit', async () => {
    const plain = await docx(['Laporan pelaksanaan SPBE tahun 2025. '.repeat(60_000)]);
    const result = await run(plain, 'besar.docx', { maxUnpackedBytes: MB });
    expect(result.status).toBe('unpacked-too-large');
    expect((await run(plain, 'besar.docx')).status).toBe('ok');
  });

  it('refuses a DOCX whose entry lies about its unpacked size', async () => {
    const liar = lieAboutSize(await docx(['Laporan pelaksanaan SPBE tahun 2025. '.repeat(2_000)]), 'word/document.xml', 1_000);
    await expect(checkZipInflation(liar, { maxUnpackedBytes: 256 * MB, maxRatio: 200 })).rejects.toBeInstanceOf(ZipTooLargeError);
    expect((await run(liar, 'bohong.docx')).status).toBe('unpacked-too-large');
  });

  it('reads an ordinary DOCX as before', async () => {
    const ordinary = await docx(['KEPUTUSAN BUPATI\nTentang Tim Koordinasi SPBE', 'Halaman kedua']);
    await expect(checkZipInflation(ordinary, { maxUnpackedBytes: 256 * MB, maxRatio: 200 })).resolves.toBeUndefined();
    const result = await run(ordinary, 'sk.docx');
    expect(result).toMatchObject({ status: 'ok', pageCount: 2 });
  });
});
