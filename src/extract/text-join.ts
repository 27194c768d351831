/**
 * Joins pdf.js text items into readable text. Items are fragments of a line (a word, part of a word, a
 * run of words); their positions decide whether a space or a line break separates them, so words and
 * lines are never glued together and a word split into kerned fragments is not torn apart.
 */

/** The fields of a pdf.js `TextItem` that matter here. */
export interface TextFragment {
  str: string;
  /** [a, b, c, d, e, f] text matrix in page space: (e, f) is the start of the baseline. */
  transform: readonly number[];
  /** Advance width in page space. */
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Placed {
  startX: number;
  endX: number;
  y: number;
  size: number;
  upright: boolean;
}

/** A gap wider than this share of the font size is a space (a space glyph is about 0,25 em). */
const SPACE_GAP = 0.15;
/** A baseline moving by more than this share of the font size starts a new line. */
const LINE_SHIFT = 0.55;

export function joinTextItems(items: readonly TextFragment[]): string {
  let out = '';
  let prev: Placed | null = null;
  let atLineStart = true;
  for (const item of items) {
    if (item.str.length === 0) {
      if (item.hasEOL) {
        out = breakLine(out);
        atLineStart = true;
      }
      continue;
    }
    const placed = place(item);
    if (prev !== null && !atLineStart) out += separator(prev, placed, out, item.str);
    out += item.str;
    atLineStart = false;
    if (item.hasEOL) {
      out = breakLine(out);
      atLineStart = true;
    }
    prev = placed;
  }
  return tidy(out);
}

/** Counts the characters that are not whitespace: the measure of how much text a page carries. */
export function countVisibleChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function place(item: TextFragment): Placed {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b) || 1;
  const upright = Math.abs(b) <= Math.abs(a) * 1e-3 && Math.abs(c) <= Math.abs(d) * 1e-3 && a > 0;
  return { startX: e, endX: e + item.width, y: f, size, upright };
}

function separator(prev: Placed, next: Placed, out: string, str: string): string {
  const touchesSpace = /\s$/.test(out) || /^\s/.test(str);
  if (!prev.upright || !next.upright) return touchesSpace ? '' : ' ';
  const size = Math.max(prev.size, next.size);
  if (Math.abs(next.y - prev.y) > size * LINE_SHIFT) return /\n$/.test(out) ? '' : '\n';
  if (touchesSpace) return '';
  const gap = next.startX - prev.endX;
  // A large step backwards on the same baseline is a new column or a re-positioned run: keep words apart.
  return gap > size * SPACE_GAP || gap < -size ? ' ' : '';
}

function breakLine(out: string): string {
  return `${out.replace(/[ \t]+$/, '')}\n`;
}

function tidy(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
