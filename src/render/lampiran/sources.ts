/**
 * Reading one archived evidence file for the lampiran: PDFs (owner-password ones decrypted, damaged ones repaired
 * by qpdf as a fallback) and images (JPEG/PNG directly, TIFF through ImageMagick). Failures carry an Indonesian
 * reason that the lampiran prints on the separator page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EncryptedPDFError, PDFDocument, ParseSpeeds, type PDFImage } from '@cantoo/pdf-lib';
import type { FileType } from '../../types/documents.ts';
import { errorMessage } from '../../shared/errors.ts';
import { docProblemClause } from '../../shared/vocabulary.ts';

const run = promisify(execFile);

/** A source that cannot be placed in the lampiran; `message` is the Indonesian reason. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/** Parse without yielding to the event loop every 100 objects (each yield is a ≥ 1 ms timer). */
const LOAD_OPTIONS = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;
const TOOL_TIMEOUT_MS = 60_000;

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eviden-lampiran-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function isPasswordError(err: unknown): boolean {
  return /password/i.test(errorMessage(err));
}

/** qpdf rewrites (and decrypts, when no user password is needed) a PDF that pdf-lib could not read. */
async function loadViaQpdf(file: string): Promise<PDFDocument> {
  return withTempDir(async (dir) => {
    const out = path.join(dir, 'repaired.pdf');
    try {
      await run('qpdf', ['--decrypt', file, out], { timeout: TOOL_TIMEOUT_MS });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'ENOENT') {
        throw new SourceError('berkas PDF tidak dapat dibaca dan qpdf tidak terpasang untuk memperbaikinya (jalankan "make setup")');
      }
      // qpdf exits 3 when it succeeded with warnings (a repaired file).
      if (code !== 3) {
        const detail = `${errorMessage(err)} ${String((err as { stderr?: unknown }).stderr ?? '')}`;
        if (/password/i.test(detail)) throw new SourceError(docProblemClause('needs-password'));
        throw new SourceError('berkas PDF rusak dan tidak dapat diperbaiki; minta OPD mengirim ulang berkas aslinya');
      }
    }
    try {
      return await PDFDocument.load(await readFile(out), LOAD_OPTIONS);
    } catch {
      throw new SourceError('berkas PDF rusak dan tidak dapat diperbaiki; minta OPD mengirim ulang berkas aslinya');
    }
  });
}

/** Loads a PDF ready for copyPages; owner-password PDFs are opened with the empty user password. */
export async function loadSourcePdf(file: string): Promise<PDFDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new SourceError('salinan arsip tidak ditemukan; jalankan "eviden verify" lalu "eviden scan"');
  }
  try {
    return await PDFDocument.load(bytes, LOAD_OPTIONS);
  } catch (err) {
    if (err instanceof EncryptedPDFError) {
      try {
        return await PDFDocument.load(bytes, { ...LOAD_OPTIONS, password: '' });
      } catch (inner) {
        if (isPasswordError(inner)) {
          throw new SourceError(docProblemClause('needs-password'));
        }
      }
    }
    return loadViaQpdf(file);
  }
}

/**
 * Fast path: qpdf copies the pages of all `files` (in order) into one lean PDF, which pdf-lib then parses once.
 * qpdf keeps only what the pages reference, so structure trees of tagged PDFs (thousands of objects that pdf-lib
 * would otherwise parse and drop) never reach pdf-lib. Owner-password files are read with the empty password.
 * Returns null when qpdf is missing or any file fails; the caller then reads the files one by one.
 */
export async function loadMergedViaQpdf(files: string[]): Promise<PDFDocument | null> {
  if (files.length === 0) return null;
  return withTempDir(async (dir) => {
    const out = path.join(dir, 'gabungan.pdf');
    try {
      await run('qpdf', ['--empty', '--pages', ...files, '--', out], { timeout: TOOL_TIMEOUT_MS * 5, maxBuffer: 16 * 1024 * 1024 });
    } catch (err) {
      // Exit code 3: written, with warnings (e.g. a repaired xref): still usable.
      if ((err as { code?: unknown }).code !== 3) return null;
    }
    try {
      return await PDFDocument.load(await readFile(out), LOAD_OPTIONS);
    } catch {
      return null;
    }
  });
}

export interface SourceImage {
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
}

/** TIFF frames as PNG through ImageMagick (one per page of a multi-page TIFF). */
async function tiffFrames(file: string): Promise<SourceImage[]> {
  return withTempDir(async (dir) => {
    try {
      await run('convert', [file, path.join(dir, 'frame-%04d.png')], { timeout: TOOL_TIMEOUT_MS });
    } catch {
      throw new SourceError('gambar TIFF tidak dapat diubah (ImageMagick tidak terpasang atau berkas rusak); simpan sebagai PDF');
    }
    const names = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort();
    return Promise.all(names.map(async (n) => ({ bytes: await readFile(path.join(dir, n)), format: 'png' as const })));
  });
}

export async function loadSourceImages(file: string, type: FileType): Promise<SourceImage[]> {
  if (type === 'tiff') return tiffFrames(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new SourceError('salinan arsip tidak ditemukan; jalankan "eviden verify" lalu "eviden scan"');
  }
  if (type === 'png') return [{ bytes, format: 'png' }];
  if (type === 'jpeg') return [{ bytes, format: 'jpeg' }];
  throw new SourceError(`jenis berkas ${type} tidak dapat dilampirkan`);
}

export async function embedImage(doc: PDFDocument, image: SourceImage): Promise<PDFImage> {
  try {
    return image.format === 'png' ? await doc.embedPng(image.bytes) : await doc.embedJpg(image.bytes);
  } catch {
    throw new SourceError('gambar rusak atau formatnya tidak didukung; simpan ulang sebagai JPEG/PNG atau PDF');
  }
}
