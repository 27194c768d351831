/**
 * Test fixtures generated at test time: born-digital and scanned PDFs (@cantoo/pdf-lib), text images
 * (ImageMagick), DOCX (yazl), encrypted PDFs (qpdf). Nothing is read from other helpers' fixtures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { concatTransformationMatrix, degrees, drawObject, PDFDocument, popGraphicsState, pushGraphicsState, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';
import yazl from 'yazl';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The shared corpus lives beside the repository (absent on a user's clone). */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const hasShared = existsSync(path.join(SHARED_DIR, 'corpus'));

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `eviden-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const A4 = { width: 595.28, height: 841.89 } as const;

/** A born-digital PDF: one page per string, Times-Roman 12 pt, wrapped to the margins. */
export async function textPdf(pages: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const text of pages) addTextPage(doc, font, text);
  return doc.save();
}

function addTextPage(doc: PDFDocument, font: PDFFont, text: string): void {
  const page = doc.addPage([A4.width, A4.height]);
  const size = 12;
  const margin = 60;
  let y = A4.height - margin;
  for (const line of wrap(text, font, size, A4.width - 2 * margin)) {
    if (line !== '') page.drawText(line, { x: margin, y, size, font });
    y -= size * 1.4;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(next, size) > width && line !== '') {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface PageImage {
  bytes: Uint8Array;
  kind: 'png' | 'jpeg';
  /** Resolution the image was made at: the page size is pixels / dpi inches. */
  dpi: number;
}

/** How a scan lies on its page; by default the image fills the page, upright, with nothing else on it. */
export interface ScanPlacement {
  /** The page's /Rotate: the image is stored turned back by it (as a scanner writes a page scanned sideways). */
  pageRotation?: 90 | 180 | 270;
  /** Share of the page's width and height the image is drawn at, centred. */
  scale?: number;
  /** Degrees the image is drawn turned by, about its centre. */
  angle?: number;
  /** A short text layer drawn over the scan (a stamp). */
  stamp?: string;
}

export type PdfPageSpec = { text: string } | { image: PageImage; placement?: ScanPlacement } | { blank: true };

/** A PDF mixing text pages, scans (full-page unless placed otherwise) and blank pages. */
export async function mixedPdf(pages: readonly PdfPageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const spec of pages) {
    if ('text' in spec) {
      addTextPage(doc, font, spec.text);
    } else if ('image' in spec) {
      const { kind, dpi } = spec.image;
      const { pageRotation = 0, scale = 1, angle = 0, stamp } = spec.placement ?? {};
      const bytes = pageRotation === 0 ? spec.image.bytes : convert([`${kind}:-`, '-rotate', String(-pageRotation)], kind, spec.image.bytes);
      const image = kind === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
      const pageWidth = (image.width / dpi) * 72;
      const pageHeight = (image.height / dpi) * 72;
      const page = doc.addPage([pageWidth, pageHeight]);
      if (pageRotation !== 0) page.setRotation(degrees(pageRotation));
      const width = pageWidth * scale;
      const height = pageHeight * scale;
      // pdf-lib turns the image about its lower left corner: place that corner so the image's centre is the page's.
      const rad = (angle * Math.PI) / 180;
      const x = pageWidth / 2 - (width / 2) * Math.cos(rad) + (height / 2) * Math.sin(rad);
      const y = pageHeight / 2 - (width / 2) * Math.sin(rad) - (height / 2) * Math.cos(rad);
      page.drawImage(image, { x, y, width, height, rotate: degrees(angle) });
      if (stamp !== undefined) page.drawText(stamp, { x: 20, y: pageHeight - 30, size: 14, font });
    } else {
      doc.addPage([A4.width, A4.height]);
    }
  }
  return doc.save();
}

/**
 * A one-page PDF whose page is a 1-bit scan (DeviceGray, 1 bit per component, as fax and office scanners write
 * them; pdf-lib itself embeds every PNG as 8-bit), drawn over the whole page. `png` is a bilevel image.
 */
export async function bilevelScanPdf(png: Uint8Array, dpi: number): Promise<Uint8Array> {
  const size = execFileSync('identify', ['-format', '%w %h', 'png:-'], { input: png }).toString().split(' ').map(Number);
  const [width = 0, height = 0] = size;
  // ImageMagick's 1-bit gray: rows padded to whole bytes, first pixel in the high bit, 1 white — as PDF wants.
  const bits = convert(['png:-', '-depth', '1'], 'gray', png);
  const doc = await PDFDocument.create();
  const stream = doc.context.flateStream(bits, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 1, ColorSpace: 'DeviceGray' });
  const ref = doc.context.register(stream);
  const pageWidth = (width / dpi) * 72;
  const pageHeight = (height / dpi) * 72;
  const page = doc.addPage([pageWidth, pageHeight]);
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(pageWidth, 0, 0, pageHeight, 0, 0), drawObject(name), popGraphicsState());
  return doc.save();
}

export interface TextImageOptions {
  dpi?: number;
  /** Text width in pixels (the image adds a white border around it). */
  width?: number;
  pointSize?: number;
  /** Rotate slightly, blur, add noise and save as JPEG: a "scan" or phone photo. */
  noisy?: boolean;
  format?: 'png' | 'jpeg' | 'tiff';
}

/** Renders text with ImageMagick (Liberation Serif), greyscale, at the given dpi. */
export function textImage(text: string, options: TextImageOptions = {}): Uint8Array {
  const dpi = options.dpi ?? 300;
  const width = options.width ?? Math.round(dpi * 7);
  const format = options.format ?? (options.noisy ? 'jpeg' : 'png');
  const border = Math.round(dpi / 2);
  const args = [
    '-density', String(dpi),
    '-size', `${width}x`,
    '-font', 'Liberation-Serif',
    '-pointsize', String(options.pointSize ?? 12),
    `caption:${text}`,
    '-bordercolor', 'white', '-border', String(border),
    '-colorspace', 'Gray',
  ];
  if (options.noisy) {
    args.push('-background', 'white', '-rotate', '0.6', '-blur', '0x0.6', '-attenuate', '0.5', '+noise', 'Gaussian', '-colorspace', 'Gray');
  }
  args.push('-alpha', 'off', '-depth', '8', '-units', 'PixelsPerInch', '-density', String(dpi));
  if (format === 'jpeg') args.push('-quality', '85');
  if (format === 'tiff') args.push('-compress', 'lzw');
  return convert(args, format);
}

/** Runs ImageMagick `convert <args> <format>:-`; `input` is fed on stdin (refer to it as `png:-` etc.). */
export function convert(args: readonly string[], format: string, input?: Uint8Array): Uint8Array {
  const options = { maxBuffer: 512 * 1024 * 1024, ...(input === undefined ? {} : { input }) };
  return new Uint8Array(execFileSync('convert', [...args, `${format}:-`], options));
}

/** Inserts an EXIF block with the given orientation (little-endian, as Android phones write it). */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = payload.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** A minimal DOCX: one paragraph per line; a page break before each page after the first. */
export function docx(pages: readonly string[]): Promise<Uint8Array> {
  const body = pages
    .map((page, i) => {
      const paragraphs = page.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
      const pageBreak = i > 0 ? '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' : '';
      return pageBreak + paragraphs.join('');
    })
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  };
  return zip(parts);
}

/** A zip archive of text entries, in the given order. */
export function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const file = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) file.addBuffer(Buffer.from(content, 'utf8'), name);
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.outputStream.on('error', reject);
  });
}

/** Encrypts a PDF with qpdf (AES-256); an empty user password makes an owner-password-only file. */
export function encryptPdf(pdf: Uint8Array, userPassword: string, dir: string): Uint8Array {
  const input = path.join(dir, `plain-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  const output = `${input}.enc.pdf`;
  writeFileSync(input, pdf);
  execFileSync('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', input, output]);
  return new Uint8Array(readFileSync(output));
}

/** Deterministic pseudo-random bytes (no magic number at the start). */
export function noiseBytes(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = (x >> 16) & 0xff;
  }
  out[0] = 0x13;
  return out;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Character error rate: Levenshtein distance / reference length, after collapsing whitespace. */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const a = collapse(reference);
  const b = collapse(hypothesis);
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return (prev[b.length] ?? 0) / a.length;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
