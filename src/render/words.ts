/** Indonesian number words and Roman numerals for official documents ("1 (satu) berkas", "LAMPIRAN IV"). */
import type { GroupNumbering } from '../types/instrument.ts';

const UNITS = [
  '', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas',
] as const;

function below1000(n: number): string {
  if (n < 12) return UNITS[n] ?? '';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`;
  return rest ? `${head} ${below1000(rest)}` : head;
}

/** Number in Indonesian words, 0..999999: 12 → "dua belas", 1100 → "seribu seratus". */
export function terbilang(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999_999) {
    throw new RangeError(`terbilang: ${value} di luar rentang 0..999999`);
  }
  if (value === 0) return 'nol';
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  const head = thousands === 0 ? '' : thousands === 1 ? 'seribu' : `${below1000(thousands)} ribu`;
  return [head, below1000(rest)].filter((part) => part !== '').join(' ');
}

/** "12 (dua belas) berkas": the official way to write a count in naskah dinas. */
export function countWithWords(value: number, noun = ''): string {
  const text = `${value} (${terbilang(value)})`;
  return noun ? `${text} ${noun}` : text;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral for 1..3999: 4 → "IV". */
export function romawi(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`romawi: ${value} di luar rentang 1..3999`);
  }
  let rest = value;
  let out = '';
  for (const [n, sym] of ROMAN) {
    while (rest >= n) {
      out += sym;
      rest -= n;
    }
  }
  return out;
}

/**
 * "Domain I", "Aspek 1": a group's label, numbered as the pack's `numbering` says for its hierarchy level; a level
 * the pack does not list is numbered in Roman at the top (depth 0) and in Arabic below.
 */
export function groupLabel(numbering: Readonly<Record<string, GroupNumbering>>, tingkat: string, no: number, depth: number): string {
  const style = numbering[tingkat] ?? (depth === 0 ? 'romawi' : 'angka');
  return `${tingkat.charAt(0).toUpperCase()}${tingkat.slice(1)} ${style === 'romawi' ? romawi(no) : no}`;
}

/** Capitalises each word: "dua puluh sembilan" → "Dua Puluh Sembilan" (dates written out in a berita acara). */
export function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_m, space: string, ch: string) => `${space}${ch.toUpperCase()}`);
}
