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
  const lines: string[] = [];
  let line = '';
  let prev: Placed | null = null;
  for (const item of items) {
    if (item.str.length > 0) {
      const placed = place(item);
      if (prev !== null && line !== '') {
        const gap = separator(prev, placed, line, item.str);
        if (gap === '\n') {
          lines.push(line.trimEnd());
          line = '';
        } else {
          line += gap;
        }
      }
      line += item.str;
      prev = placed;
    }
    if (item.hasEOL && line !== '') {
      lines.push(line.trimEnd());
      line = '';
    }
  }
  lines.push(line.trimEnd());
  return tidy(lines.join('\n'));
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

/** What goes between two fragments: '' (same word), ' ' (next word) or '\n' (next line). */
function separator(prev: Placed, next: Placed, line: string, str: string): string {
  const touchesSpace = isSpace(line.charCodeAt(line.length - 1)) || isSpace(str.charCodeAt(0));
  if (!prev.upright || !next.upright) return touchesSpace ? '' : ' ';
  const size = Math.max(prev.size, next.size);
  if (Math.abs(next.y - prev.y) > size * LINE_SHIFT) return '\n';
  if (touchesSpace) return '';
  const gap = next.startX - prev.endX;
  // A large step backwards on the same baseline is a new column or a re-positioned run: keep words apart.
  return gap > size * SPACE_GAP || gap < -size ? ' ' : '';
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000;
}

function tidy(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
