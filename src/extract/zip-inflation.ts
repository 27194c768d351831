/**
 * Checks a zip (a DOCX) before anything inflates it into memory: the sizes and compression ratios declared in the
 * central directory, then each entry inflated as a stream and only counted (nothing kept), so an entry that lies
 * about its size is caught as well. A "zip bomb" of a few MB that would unpack to GBs is refused this way.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipLimits {
  /** Largest total of all entries once unpacked. */
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio of an entry bigger than RATIO_FLOOR_BYTES. */
  maxRatio: number;
}

/** Small entries may compress extremely well (an empty table of 1 MB) without doing harm. */
const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;

/** The zip unpacks to more than the limits allow; `unpackedBytes` is what it declared or was seen to reach. */
export class ZipTooLargeError extends Error {
  constructor(
    readonly unpackedBytes: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'ZipTooLargeError';
  }
}

interface Entry {
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    return this.view.getUint16(this.check(at, 2), true);
  }
  u32(at: number): number {
    return this.view.getUint32(this.check(at, 4), true);
  }
  u64(at: number): number {
    return Number(this.view.getBigUint64(this.check(at, 8), true));
  }
  private check(at: number, size: number): number {
    if (at < 0 || at + size > this.bytes.length) throw new Error('zip directory points outside the file');
    return at;
  }
}

function findEocd(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) if (r.u32(at) === EOCD) return at;
  throw new Error('no zip end-of-directory record');
}

/** Entry count and directory offset, from the ZIP64 record when the classic one is saturated. */
function directory(r: Reader): { count: number; offset: number } {
  const eocd = findEocd(r);
  const count = r.u16(eocd + 10);
  const offset = r.u32(eocd + 16);
  if (count !== 0xffff && offset !== U32_MAX) return { count, offset };
  const locator = eocd - 20;
  if (locator < 0 || r.u32(locator) !== ZIP64_LOCATOR) throw new Error('zip64 directory without its locator');
  const record = r.u64(locator + 8);
  if (r.u32(record) !== ZIP64_EOCD) throw new Error('zip64 end-of-directory record missing');
  return { count: r.u64(record + 32), offset: r.u64(record + 48) };
}

function entries(r: Reader): Entry[] {
  const { count, offset } = directory(r);
  const out: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw new Error('zip central directory is damaged');
    let packed = r.u32(at + 20);
    let unpacked = r.u32(at + 24);
    let localOffset = r.u32(at + 42);
    const nameLen = r.u16(at + 28);
    const extraLen = r.u16(at + 30);
    const commentLen = r.u16(at + 32);
    // ZIP64 extra field: the saturated values follow in this order.
    for (let x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen; ) {
      const id = r.u16(x);
      const size = r.u16(x + 2);
      if (id === 0x0001) {
        let v = x + 4;
        if (unpacked === U32_MAX) (unpacked = r.u64(v)), (v += 8);
        if (packed === U32_MAX) (packed = r.u64(v)), (v += 8);
        if (localOffset === U32_MAX) localOffset = r.u64(v);
      }
      x += 4 + size;
    }
    out.push({ method: r.u16(at + 10), packed, unpacked, localOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Inflates `data` and counts the output; stops as soon as it passes `limit` (returns what it reached). */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1_048_576)} MB`;
}

/**
 * Resolves when the zip stays within the limits; throws ZipTooLargeError when it would unpack to more, and a
 * plain Error when its directory cannot be read (the caller reports the file as damaged).
 */
export async function checkZipInflation(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  const r = new Reader(bytes);
  const list = entries(r);
  const declared = list.reduce((sum, e) => sum + e.unpacked, 0);
  if (declared > limits.maxUnpackedBytes) {
    throw new ZipTooLargeError(declared, `declares ${mb(declared)} unpacked, limit ${mb(limits.maxUnpackedBytes)}`);
  }
  for (const e of list) {
    if (e.unpacked > RATIO_FLOOR_BYTES && e.unpacked > e.packed * limits.maxRatio) {
      throw new ZipTooLargeError(declared, `an entry unpacks ${Math.round(e.unpacked / Math.max(1, e.packed))} times its size`);
    }
  }
  let seen = 0;
  for (const e of list) {
    if (e.method !== 8) {
      seen += e.packed;
      continue;
    }
    if (r.u32(e.localOffset) !== LOCAL) throw new Error('zip local header is damaged');
    const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
    const size = await inflatedSize(bytes.subarray(start, start + e.packed), e.unpacked);
    seen += size;
    if (size > e.unpacked || seen > limits.maxUnpackedBytes) {
      throw new ZipTooLargeError(seen, `an entry unpacks to more than the ${e.unpacked} bytes it declares`);
    }
  }
}
