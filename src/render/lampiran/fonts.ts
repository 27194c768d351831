/**
 * Fonts for pages the assembler draws (separators, table of contents, stamps): the standard Times faces, which
 * cost no bytes per lampiran part. They encode WinAnsi only, which covers Indonesian text (and the en dash);
 * anything else in a file name is transliterated or replaced by "?".
 *
 * Embedding Liberation Serif as a subset would need `@cantoo/fontkit`: `@pdf-lib/fontkit` (installed) fails to
 * subset with @cantoo/pdf-lib ("reading 'pos'"), and whole fonts would add 200–450 kB to every part.
 */
import { type PDFDocument, type PDFFont, StandardFonts } from '@cantoo/pdf-lib';

export interface LampiranFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** The text as the fonts can encode it. */
  safe(text: string): string;
}

/** Characters of WinAnsi (cp1252) beyond Latin-1 that the standard fonts can print. */
const WINANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WINANSI_EXTRA.has(ch);
}

/** Keeps WinAnsi characters, strips accents from others ("ā" → "a"), replaces the rest and control characters. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += ' ';
      continue;
    }
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}

export async function embedFonts(doc: PDFDocument): Promise<LampiranFonts> {
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  return { regular, bold, safe: toWinAnsi };
}
