/** File type from magic bytes: the extension is never trusted. */
import type { FileType } from '../types/documents.ts';

/** How far into the file a `%PDF-` header may start (Acrobat tolerates leading junk up to 1 KiB). */
const PDF_HEADER_WINDOW = 1024;

const PDF_MAGIC = ascii('%PDF-');
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const DOCX_MAIN_PART = ascii('word/document.xml');
const DOCX_FOLDER_ENTRY = ascii('word/');

/**
 * Detects the type of a file from its first bytes.
 *
 * A DOCX is a zip whose entries include `word/document.xml`. Word and LibreOffice write the `word/`
 * entries within the first few KiB, and every zip names all entries again in its central directory at
 * the end, so passing the whole file always decides correctly; passing only a head (≥ 4 KiB) is enough
 * for the usual producers. Other zips (xlsx, pptx, odt, plain archives) are 'unknown'.
 */
export function detectType(head: Uint8Array): FileType {
  if (indexOf(head.subarray(0, PDF_HEADER_WINDOW + PDF_MAGIC.length), PDF_MAGIC) >= 0) return 'pdf';
  if (startsWith(head, PNG_MAGIC)) return 'png';
  if (startsWith(head, JPEG_MAGIC)) return 'jpeg';
  if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) return 'tiff';
  if (startsWith(head, ZIP_LOCAL_HEADER) && isWordZip(head)) return 'docx';
  return 'unknown';
}

function isWordZip(bytes: Uint8Array): boolean {
  return indexOf(bytes, DOCX_MAIN_PART) >= 0 || localEntryNames(bytes).some((name) => startsWith(name, DOCX_FOLDER_ENTRY));
}

/**
 * Names in the zip's local file headers found in `bytes`. Headers are located by their signature rather
 * than by walking sizes, because streaming writers (data-descriptor flag) leave the sizes at zero.
 */
function localEntryNames(bytes: Uint8Array): Uint8Array[] {
  const names: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = indexOf(bytes, ZIP_LOCAL_HEADER); at >= 0 && at + 30 <= bytes.length; ) {
    const nameLength = view.getUint16(at + 26, true);
    const nameStart = at + 30;
    if (nameStart + nameLength > bytes.length) break;
    names.push(bytes.subarray(nameStart, nameStart + nameLength));
    const next = indexOf(bytes.subarray(nameStart + nameLength), ZIP_LOCAL_HEADER);
    at = next < 0 ? -1 : nameStart + nameLength + next;
  }
  return names;
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  if (first === undefined) return 0;
  let at = bytes.indexOf(first);
  while (at >= 0 && at + needle.length <= bytes.length) {
    if (startsWith(bytes.subarray(at), needle)) return at;
    at = bytes.indexOf(first, at + 1);
  }
  return -1;
}
