/**
 * Reads an upload body straight into temp files, never the whole body into memory: `multipart/form-data` from the
 * dashboard form (the `_csrf` field first, then one or more files), or a raw `application/octet-stream` body from a
 * program (the file name in `?nama=`). Every file is limited to `maxFileBytes`; a larger one is a 413 and nothing
 * of it stays on disk.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { HttpError } from './http.ts';
import { csrfValid } from './auth.ts';
import { uploadTempPath } from '../ingest/upload-placement.ts';
import { formatInteger } from '../shared/format.ts';
import { DISK_FULL_MESSAGE, isDiskFull } from '../shared/errors.ts';

export interface UploadBody {
  /** The Content-Type header as sent (with its parameters). */
  contentType: string;
  stream: AsyncIterable<Buffer>;
}

export interface ReceivedFile {
  /** The name the browser or program gave (unchecked: see `safeUploadName`). */
  name: string;
  tempFile: string;
  size: number;
}

export interface ReceiveOptions {
  /** The folder the files will be placed in: the temp files are written there (created when missing). */
  dir: string;
  maxFileBytes: number;
  /** The browser's CSRF cookie: a form must carry the same token before its first file. */
  csrfCookie: string | undefined;
  /** The name for a raw body. */
  rawName: string | null;
}

export const MAX_FILES = 20;
const MAX_FIELDS_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;

function tooLarge(maxFileBytes: number): HttpError {
  return new HttpError(413, `Berkas lebih besar dari batas unggah ${formatInteger(maxFileBytes / 1048576)} MB (batas.unggahMB di konfigurasi). Perkecil atau pecah berkasnya, atau taruh langsung di folder bersama.`);
}

/** A file being written: counts its bytes against the limit. */
class TempFile {
  size = 0;
  private closed = false;
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly max: number,
  ) {}
  /** Creates the file and names it in `made` (removed if the upload fails). */
  static async create(dir: string, max: number, made: string[]): Promise<TempFile> {
    const p = uploadTempPath(dir, randomUUID());
    made.push(p);
    return new TempFile(p, await open(p, 'wx', 0o644), max);
  }
  async write(chunk: Buffer): Promise<void> {
    this.size += chunk.length;
    if (this.size > this.max) throw tooLarge(this.max);
    if (chunk.length > 0) await this.handle.write(chunk);
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}

function headerParam(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header) ?? new RegExp(`(?:^|;)\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : null;
}

async function receiveRaw(stream: AsyncIterable<Buffer>, opts: ReceiveOptions, made: string[]): Promise<ReceivedFile[]> {
  if (!opts.rawName) throw new HttpError(400, 'Sebutkan nama berkas di parameter ?nama= (mis. ?nama=SK%20Tim%20SPBE.pdf).');
  const file = await TempFile.create(opts.dir, opts.maxFileBytes, made);
  try {
    for await (const chunk of stream) await file.write(chunk);
  } finally {
    await file.close();
  }
  return [{ name: opts.rawName, tempFile: file.path, size: file.size }];
}

/**
 * A small streaming multipart parser: looks for `\r\n--boundary` in a window that keeps only the bytes that may
 * still be the start of a boundary, so memory stays bounded whatever the file size.
 */
async function receiveMultipart(stream: AsyncIterable<Buffer>, boundary: string, opts: ReceiveOptions, made: string[]): Promise<ReceivedFile[]> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields = new Map<string, string>();
  const files: ReceivedFile[] = [];
  let fieldBytes = 0;
  // Asserted, not narrowed: the parsing steps below change it.
  let state = 'preamble' as 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done';
  let buf: Buffer = Buffer.from('\r\n');
  let part: { kind: 'field'; name: string; chunks: Buffer[] } | { kind: 'file'; name: string; file: TempFile } | null = null;
  const opened: TempFile[] = [];

  const startPart = async (headerText: string): Promise<void> => {
    const disposition = /^content-disposition:(.*)$/im.exec(headerText)?.[1] ?? '';
    const name = headerParam(disposition, 'name') ?? '';
    const fileName = headerParam(disposition, 'filename');
    if (fileName === null) {
      part = { kind: 'field', name, chunks: [] };
      return;
    }
    if (!csrfValid(opts.csrfCookie, fields.get('_csrf'))) {
      throw new HttpError(403, 'Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu kirim lagi.');
    }
    if (fileName === '') {
      part = { kind: 'field', name: '', chunks: [] };
      return;
    }
    if (files.length >= MAX_FILES) throw new HttpError(400, `Unggah paling banyak ${MAX_FILES} berkas sekaligus.`);
    const file = await TempFile.create(opts.dir, opts.maxFileBytes, made);
    opened.push(file);
    part = { kind: 'file', name: fileName, file };
  };
  const writePart = async (data: Buffer): Promise<void> => {
    if (!part || data.length === 0) return;
    if (part.kind === 'file') return part.file.write(data);
    fieldBytes += data.length;
    if (fieldBytes > MAX_FIELDS_BYTES) throw new HttpError(413, 'Isian formulir terlalu besar.');
    part.chunks.push(data);
  };
  const endPart = async (): Promise<void> => {
    if (!part) return;
    if (part.kind === 'file') {
      await part.file.close();
      files.push({ name: part.name, tempFile: part.file.path, size: part.file.size });
    } else if (part.name !== '') {
      fields.set(part.name, Buffer.concat(part.chunks).toString('utf8'));
    }
    part = null;
  };

  const step = async (): Promise<boolean> => {
    switch (state) {
      case 'preamble':
      case 'body': {
        const at = buf.indexOf(delimiter);
        if (at === -1) {
          const keep = Math.min(buf.length, delimiter.length - 1);
          if (state === 'body') await writePart(buf.subarray(0, buf.length - keep));
          else if (buf.length > MAX_HEADER_BYTES) throw new HttpError(400, 'Isian unggah tidak sah (batas multipart tidak ditemukan).');
          buf = buf.subarray(buf.length - keep);
          return false;
        }
        if (state === 'body') {
          await writePart(buf.subarray(0, at));
          await endPart();
        }
        buf = buf.subarray(at + delimiter.length);
        state = 'after-delimiter';
        return true;
      }
      case 'after-delimiter': {
        if (buf.length < 2) return false;
        const two = buf.subarray(0, 2).toString('latin1');
        if (two === '--') {
          state = 'done';
          return false;
        }
        buf = buf.subarray(two === '\r\n' ? 2 : 0);
        state = 'headers';
        return true;
      }
      case 'headers': {
        const end = buf.indexOf('\r\n\r\n');
        if (end === -1) {
          if (buf.length > MAX_HEADER_BYTES) throw new HttpError(400, 'Isian unggah tidak sah (kepala bagian terlalu panjang).');
          return false;
        }
        await startPart(buf.subarray(0, end).toString('utf8'));
        buf = buf.subarray(end + 4);
        state = 'body';
        return true;
      }
      case 'done':
        return false;
    }
  };

  try {
    for await (const chunk of stream) {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      while (await step());
      if (state === 'done') buf = Buffer.alloc(0);
    }
  } finally {
    for (const f of opened) await f.close().catch(() => undefined);
  }
  if (state !== 'done') throw new HttpError(400, 'Isian unggah terputus atau tidak sah. Kirim ulang berkasnya.');
  if (files.length === 0) {
    if (!csrfValid(opts.csrfCookie, fields.get('_csrf'))) {
      throw new HttpError(403, 'Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu kirim lagi.');
    }
    throw new HttpError(400, 'Pilih dulu berkas yang akan diunggah.');
  }
  return files;
}

/** Receives the upload; on any failure every temp file it wrote is removed. */
export async function receiveUpload(body: UploadBody, opts: ReceiveOptions): Promise<ReceivedFile[]> {
  const type = body.contentType.split(';')[0]!.trim().toLowerCase();
  const made: string[] = [];
  try {
    if (type === 'application/octet-stream') {
      mkdirSync(opts.dir, { recursive: true });
      return await receiveRaw(body.stream, opts, made);
    }
    if (type === 'multipart/form-data') {
      const boundary = headerParam(body.contentType, 'boundary');
      if (!boundary || boundary.length > 200) throw new HttpError(400, 'Isian unggah tidak sah (batas multipart tidak ada).');
      mkdirSync(opts.dir, { recursive: true });
      return await receiveMultipart(body.stream, boundary, opts, made);
    }
    throw new HttpError(415, 'Unggah berkas sebagai multipart/form-data (formulir) atau application/octet-stream (program).');
  } catch (err) {
    for (const f of made) rmSync(f, { force: true });
    throw isDiskFull(err) ? new HttpError(507, `${DISK_FULL_MESSAGE} Berkas yang diunggah tidak disimpan.`) : err;
  }
}
