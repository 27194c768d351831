/**
 * Measuring, cutting and wrapping text in the standard Times faces: the lampiran pages are drawn in them, and
 * Liberation Serif (the HTML documents) has their metrics, so the same widths decide the kop sizes and the lampiran
 * table of contents' line breaks before anything is drawn. Pure.
 */
import { StandardFontEmbedder, StandardFonts } from '@cantoo/pdf-lib';

/** Anything that can measure text: a pdf-lib font or a standard font's metrics. */
export interface TextMeasure {
  widthOfTextAtSize(text: string, size: number): number;
}

/** pdf-lib types the standard font names with two enums of the same strings. */
type EmbedderFont = Parameters<typeof StandardFontEmbedder.for>[0];

/** Times metrics (WinAnsi text only: pass text through toWinAnsi first). */
export const TIMES: { regular: TextMeasure; bold: TextMeasure } = {
  regular: StandardFontEmbedder.for(StandardFonts.TimesRoman as string as EmbedderFont),
  bold: StandardFontEmbedder.for(StandardFonts.TimesRomanBold as string as EmbedderFont),
};

/** Cuts `text` to fit `maxWidth`, ending with "…". */
export function fitText(font: TextMeasure, text: string, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(`${text.slice(0, mid)}…`, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** Greedy word wrap; the last allowed line is cut with "…" when text remains. */
export function wrapText(font: TextMeasure, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth || current === '') {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current) lines.push(current);
  return lines.slice(0, maxLines).map((line) => fitText(font, line, size, maxWidth));
}
