/** Pages the assembler draws itself: separator pages, the table of contents, image pages and page stamps. */
import { deflateSync } from 'node:zlib';
import { type PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from '@cantoo/pdf-lib';
import type { LampiranFonts } from './fonts.ts';
import { TOC_INDENT_PT, type SeparatorRow, type SeparatorSegment, type TocRow } from './plan.ts';
import { fitText, wrapText } from '../text-fit.ts';

const MM = 72 / 25.4;
export const MARGIN = { left: 30 * MM, right: 20 * MM, top: 20 * MM, bottom: 25 * MM } as const;
const ROW_HEIGHT = 15;
const BODY_SIZE = 10.5;
const SMALL_SIZE = 9.5;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);

export interface DrawContext {
  fonts: LampiranFonts;
  /** Page size in points. */
  width: number;
  height: number;
  /** "Pemerintah Kabupaten Sukamaju" */
  instansi: string;
  tahun: number;
  /** The programme's short name from the instrument pack, e.g. "SPBE". */
  program: string;
  /** True when the bundle is split into parts (page references then name the part). */
  multipart: boolean;
}


function drawCentered(page: PDFPage, text: string, font: PDFFont, size: number, y: number, ctx: DrawContext): void {
  const left = MARGIN.left;
  const width = ctx.width - MARGIN.left - MARGIN.right;
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: left + (width - w) / 2, y, size, font, color: BLACK });
}

function drawRight(page: PDFPage, text: string, font: PDFFont, size: number, right: number, y: number): void {
  page.drawText(text, { x: right - font.widthOfTextAtSize(text, size), y, size, font, color: BLACK });
}

function rule(page: PDFPage, y: number, ctx: DrawContext, thickness = 0.75): void {
  page.drawLine({
    start: { x: MARGIN.left, y },
    end: { x: ctx.width - MARGIN.right, y },
    thickness,
    color: BLACK,
  });
}

/** "hal. 45", or "bag. 2, hal. 45" in a split lampiran. */
function pageRef(page: number, part: number, ctx: DrawContext): string {
  return ctx.multipart ? `bag. ${part}, hal. ${page}` : `hal. ${page}`;
}

/** The official top-right heading block of a lampiran's first page (spbe-domain §8.5). Returns the y below it. */
function drawLampiranHeading(page: PDFPage, code: string, ctx: DrawContext): number {
  const { regular, bold } = ctx.fonts;
  const x = ctx.width / 2 + 30;
  const maxW = ctx.width - MARGIN.right - x;
  const lines: Array<[string, PDFFont]> = [
    [`LAMPIRAN ${code}`, bold],
    [ctx.fonts.safe(`LAPORAN PENILAIAN MANDIRI ${ctx.program.toUpperCase()}`), regular],
    [ctx.fonts.safe(ctx.instansi.toUpperCase()), regular],
    [`TAHUN ${ctx.tahun}`, regular],
  ];
  let y = ctx.height - MARGIN.top - 10;
  for (const [text, font] of lines) {
    page.drawText(fitText(font, text, 10, maxW), { x, y, size: 10, font, color: BLACK });
    y -= 13;
  }
  return y - 30;
}

function drawSeparatorRows(page: PDFPage, rows: SeparatorRow[], startY: number, ctx: DrawContext): void {
  const { regular, bold, safe } = ctx.fonts;
  const L = MARGIN.left;
  const R = ctx.width - MARGIN.right;
  const colTitle = L + 22;
  const colOpd = R - 185;
  const colCount = R - 62;
  let y = startY;
  for (const row of rows) {
    if (row.kind === 'heading') {
      y -= 4;
      page.drawText(safe(row.text), { x: L, y, size: BODY_SIZE + 0.5, font: bold, color: BLACK });
      y -= ROW_HEIGHT + 2;
      if (row.text.startsWith('Dokumen yang dilampirkan') || row.text.startsWith('Dokumen pada bagian')) {
        // Column captions under the heading occupy the heading's second row.
        page.drawText('No', { x: L, y: y + 2, size: SMALL_SIZE, font: bold, color: GREY });
        page.drawText('Nama berkas', { x: colTitle, y: y + 2, size: SMALL_SIZE, font: bold, color: GREY });
        page.drawText('OPD', { x: colOpd, y: y + 2, size: SMALL_SIZE, font: bold, color: GREY });
        drawRight(page, 'Jml.', bold, SMALL_SIZE, colCount, y + 2);
        drawRight(page, 'Mulai', bold, SMALL_SIZE, R, y + 2);
      }
      y -= ROW_HEIGHT - 2;
      continue;
    }
    if (row.kind === 'included') {
      page.drawText(`${row.no}.`, { x: L, y, size: BODY_SIZE, font: regular, color: BLACK });
      page.drawText(fitText(regular, safe(row.title), BODY_SIZE, colOpd - colTitle - 8), {
        x: colTitle, y, size: BODY_SIZE, font: regular, color: BLACK,
      });
      page.drawText(fitText(regular, safe(row.opd ?? '-'), BODY_SIZE, colCount - colOpd - 40), {
        x: colOpd, y, size: BODY_SIZE, font: regular, color: BLACK,
      });
      drawRight(page, `${row.pages} hal.`, regular, BODY_SIZE, colCount, y);
      drawRight(page, pageRef(row.page, row.part, ctx), regular, BODY_SIZE, R, y);
      if (row.sharedWith) {
        // Placed once in this volume, under the first indicator citing it.
        y -= ROW_HEIGHT - 3;
        page.drawText(fitText(regular, safe(`dimuat sekali pada ${row.sharedWith}`), SMALL_SIZE, colOpd - colTitle - 8), {
          x: colTitle, y, size: SMALL_SIZE, font: regular, color: GREY,
        });
      }
      y -= ROW_HEIGHT;
      continue;
    }
    page.drawText(`${row.no}.`, { x: L, y, size: BODY_SIZE, font: regular, color: BLACK });
    const who = row.opd ? ` (${row.opd})` : '';
    page.drawText(fitText(regular, safe(`${row.title}${who}`), BODY_SIZE, R - colTitle), {
      x: colTitle, y, size: BODY_SIZE, font: regular, color: BLACK,
    });
    y -= ROW_HEIGHT;
    page.drawText(fitText(regular, safe(`Alasan: ${row.reason}`), SMALL_SIZE, R - colTitle), {
      x: colTitle, y: y + 2, size: SMALL_SIZE, font: regular, color: GREY,
    });
    y -= ROW_HEIGHT;
  }
}

/** Draws one page of a separator; `pageNo` is 0 for its first page. */
export function drawSeparatorPage(page: PDFPage, seg: SeparatorSegment, pageNo: number, ctx: DrawContext): void {
  const { regular, bold, safe } = ctx.fonts;
  const rows = seg.rows[pageNo] ?? [];
  const width = ctx.width - MARGIN.left - MARGIN.right;
  if (pageNo > 0) {
    let y = ctx.height - MARGIN.top - 12;
    const head = `LAMPIRAN ${seg.code} — ${seg.judul} (lanjutan daftar)`;
    page.drawText(fitText(bold, safe(head), 11, width), { x: MARGIN.left, y, size: 11, font: bold, color: BLACK });
    y -= 8;
    rule(page, y, ctx);
    drawSeparatorRows(page, rows, y - 22, ctx);
    return;
  }
  let y = drawLampiranHeading(page, seg.code, ctx);
  drawCentered(page, `LAMPIRAN ${seg.code}${seg.continued ? ' (LANJUTAN)' : ''}`, bold, 18, y, ctx);
  y -= 24;
  for (const line of wrapText(bold, safe(seg.judul), 14, width, 2)) {
    drawCentered(page, line, bold, 14, y, ctx);
    y -= 18;
  }
  y -= 4;
  for (const line of wrapText(regular, safe(`Indikator ${seg.indicator}: ${seg.nama}`), 11, width, 3)) {
    drawCentered(page, line, regular, 11, y, ctx);
    y -= 14;
  }
  for (const line of seg.kelompok) {
    drawCentered(page, fitText(regular, safe(line), 10, width), regular, 10, y, ctx);
    y -= 13;
  }
  y -= 6;
  rule(page, y + 2, ctx, 1.5);
  rule(page, y - 1, ctx, 0.5);
  drawSeparatorRows(page, rows, y - 24, ctx);
}

/** Draws one page of the table of contents. */
export function drawTocPage(
  page: PDFPage,
  rows: TocRow[],
  pageNo: number,
  bundle: { code: string; judul: string },
  ctx: DrawContext,
): void {
  const { regular, bold, safe } = ctx.fonts;
  const L = MARGIN.left;
  const R = ctx.width - MARGIN.right;
  const width = R - L;
  let y = ctx.height - MARGIN.top - 14;
  if (pageNo === 0) {
    drawCentered(page, 'DAFTAR ISI', bold, 14, y, ctx);
    y -= 19;
    drawCentered(page, fitText(bold, safe(`LAMPIRAN ${bundle.code} — ${bundle.judul.toUpperCase()}`), 12, width), bold, 12, y, ctx);
    y -= 16;
    drawCentered(page, fitText(regular, safe(`Laporan Penilaian Mandiri ${ctx.program} ${ctx.instansi} Tahun ${ctx.tahun}`), 11, width), regular, 11, y, ctx);
    y -= 12;
  } else {
    page.drawText(`DAFTAR ISI LAMPIRAN ${bundle.code} (lanjutan)`, { x: L, y, size: 11, font: bold, color: BLACK });
    y -= 6;
  }
  rule(page, y, ctx);
  y -= 14;
  drawRight(page, 'Halaman', bold, SMALL_SIZE, R, y);
  y -= ROW_HEIGHT;
  for (const row of rows) {
    const font = row.kind === 'indicator' ? bold : regular;
    const x = row.kind === 'indicator' ? L : L + TOC_INDENT_PT;
    const ref = ctx.multipart ? `bag. ${row.part}, ${row.page}` : String(row.page);
    const refW = font.widthOfTextAtSize(ref, BODY_SIZE);
    // The plan wrapped the label for the narrowest paper; every line but the last is printed as is.
    row.lines.forEach((line, i) => {
      const last = i === row.lines.length - 1;
      const label = last ? fitText(font, safe(line), BODY_SIZE, R - x - refW - 24) : safe(line);
      page.drawText(label, { x, y, size: BODY_SIZE, font, color: BLACK });
      if (last) {
        // Dot leaders between the label and the page number.
        const from = x + font.widthOfTextAtSize(label, BODY_SIZE) + 4;
        const dotW = regular.widthOfTextAtSize('.', BODY_SIZE) * 1.6;
        const dots = Math.max(0, Math.floor((R - refW - 4 - from) / dotW));
        if (dots > 2) page.drawText('.'.repeat(dots), { x: from, y, size: BODY_SIZE, font: regular, color: GREY, characterSpacing: dotW - regular.widthOfTextAtSize('.', BODY_SIZE) });
        drawRight(page, ref, font, BODY_SIZE, R, y);
      }
      y -= ROW_HEIGHT;
    });
  }
}

/** Places an image centred on a new page of the paper size, landscape for wide images; never upscaled past 96 dpi. */
export function addImagePage(doc: PDFDocument, image: PDFImage, ctx: DrawContext): PDFPage {
  const landscape = image.width > image.height;
  const [w, h] = landscape ? [ctx.height, ctx.width] : [ctx.width, ctx.height];
  const page = doc.addPage([w, h]);
  const margin = 15 * MM;
  const maxScale = 72 / 96;
  const scale = Math.min((w - 2 * margin) / image.width, (h - 2 * margin - 10 * MM) / image.height, maxScale);
  const dw = image.width * scale;
  const dh = image.height * scale;
  page.drawImage(image, { x: (w - dw) / 2, y: (h - dh) / 2 + 5 * MM, width: dw, height: dh });
  return page;
}

/**
 * Stamps "Lampiran I.10 – hal. 3 dari 12" at the visual bottom right of a page, whatever its /Rotate and crop box,
 * on a white strip so it stays legible over scans. The page's own content is wrapped in q … Q first, so a state it
 * leaves behind cannot move the stamp. The stamp is one small content stream written directly and deflated by
 * Node's zlib (drawing it through pdf-lib's page API cost about 0,4 ms a page, and its JavaScript deflate at save
 * as much again: most of a 1,000-page lampiran's own time).
 */
export function stampPage(page: PDFPage, text: string, fonts: LampiranFonts): void {
  const size = 9;
  const font = fonts.regular;
  const box = page.getCropBox();
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const quarter = angle === 90 || angle === 270;
  const visualW = quarter ? box.height : box.width;
  const textW = font.widthOfTextAtSize(text, size);
  const u = visualW - 20 * MM - textW;
  const v = 8 * MM;
  // Visual (u, v) from the bottom-left of the page as displayed → PDF user space.
  const toPdf = (uu: number, vv: number): { x: number; y: number } => {
    switch (angle) {
      case 90:
        return { x: box.x + box.width - vv, y: box.y + uu };
      case 180:
        return { x: box.x + box.width - uu, y: box.y + box.height - vv };
      case 270:
        return { x: box.x + vv, y: box.y + box.height - uu };
      default:
        return { x: box.x + uu, y: box.y + vv };
    }
  };
  const pad = 2.5;
  const corner = toPdf(u - pad, v - pad - 1.5);
  const origin = toPdf(u, v);
  // The rotation of the text and the strip, as the a b c d of a matrix (exact for quarter turns).
  const [cos, sin] = QUARTER_TURNS[angle];
  const turn = `${cos} ${sin} ${-sin} ${cos}`;
  page.node.normalize();
  const key = page.node.newFontDictionary(font.name, font.ref);
  const ops = [
    'q',
    '1 1 1 rg',
    `${turn} ${num(corner.x)} ${num(corner.y)} cm`,
    `0 0 ${num(textW + 2 * pad)} ${num(size + 2 * pad)} re f`,
    'Q',
    'q',
    'BT',
    '0 0 0 rg',
    `${key.asString()} ${size} Tf`,
    `${turn} ${num(origin.x)} ${num(origin.y)} Tm`,
    `${font.encodeText(text).toString()} Tj`,
    'ET',
    'Q',
  ].join('\n');
  const { context } = page.doc;
  page.node.addContentStream(context.register(context.stream(deflateSync(Buffer.from(ops, 'latin1')), { Filter: 'FlateDecode' })));
}

/** cos and sin of each page rotation. */
const QUARTER_TURNS: Record<0 | 90 | 180 | 270, [number, number]> = { 0: [1, 0], 90: [0, 1], 180: [-1, 0], 270: [0, -1] };

/** A coordinate as PDF writes it: at most 4 decimals, no exponent. */
function num(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
