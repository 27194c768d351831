import { describe, expect, it } from 'vitest';
import { countVisibleChars, joinTextItems, type TextFragment } from '../../src/extract/text-join.ts';

/** A horizontal fragment at (x, y), 12 pt, about 6 pt per character. */
function frag(str: string, x: number, y: number, hasEOL = false, width = str.length * 6): TextFragment {
  return { str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL };
}

describe('joinTextItems', () => {
  it('puts a space between words separated by a gap, and none between kerned fragments of a word', () => {
    const items = [frag('Tim', 50, 700), frag('Koor', 72, 700), frag('dinasi', 96, 700)];
    expect(joinTextItems(items)).toBe('Tim Koordinasi');
  });

  it('starts a new line when the baseline moves, even without hasEOL', () => {
    const items = [frag('Menimbang', 50, 700), frag('Mengingat', 50, 683)];
    expect(joinTextItems(items)).toBe('Menimbang\nMengingat');
  });

  it('respects hasEOL and empty EOL markers, without a newline from the next baseline on top', () => {
    const items = [frag('BAB I', 50, 700), frag('', 80, 700, true), frag('PENDAHULUAN', 50, 683, true), frag('A. Umum', 50, 666)];
    expect(joinTextItems(items)).toBe('BAB I\nPENDAHULUAN\nA. Umum');
  });

  it('keeps superscripts on their line and separates columns on the same baseline', () => {
    const items = [frag('pasal', 50, 700), frag('1', 81, 704, false, 4), frag('kolom kanan', 400, 700)];
    expect(joinTextItems(items)).toBe('pasal1 kolom kanan');
  });

  it('does not add a second space where the text already has one', () => {
    const items = [frag('Dinas ', 50, 700), frag('Kominfo', 100, 700)];
    expect(joinTextItems(items)).toBe('Dinas Kominfo');
  });

  it('separates rotated fragments with spaces', () => {
    const rotated: TextFragment[] = [
      { str: 'Draf', transform: [0, 12, -12, 0, 300, 100], width: 24, height: 12, hasEOL: false },
      { str: 'Rahasia', transform: [0, 12, -12, 0, 300, 130], width: 42, height: 12, hasEOL: false },
    ];
    expect(joinTextItems(rotated)).toBe('Draf Rahasia');
  });

  it('counts visible characters, ignoring whitespace', () => {
    expect(countVisibleChars(' a b\n\tc ')).toBe(3);
  });
});
