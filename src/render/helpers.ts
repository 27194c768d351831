/** Indonesian Handlebars helpers: dates, decimal comma, Roman numerals, counts in words, percentages. */
import type { HelperDelegate } from 'handlebars';
import { formatDate, formatDecimal } from '../shared/format.ts';
import { countWithWords, romawi, terbilang } from './words.ts';

function asNumber(value: unknown, helper: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new TypeError(`helper ${helper}: "${String(value)}" bukan angka`);
  return n;
}

/** Handlebars passes an options object as the last argument; optional positional arguments come before it. */
function optionalArg(args: unknown[], index: number): unknown {
  return index < args.length - 1 ? args[index] : undefined;
}

export const helpers: Record<string, HelperDelegate> = {
  /** {{tanggal "2026-11-29"}} → "29 November 2026" */
  tanggal(value: unknown) {
    if (typeof value !== 'string' && !(value instanceof Date)) throw new TypeError('helper tanggal: perlu tanggal ISO');
    return formatDate(value);
  },
  /** {{desimal 3.2812}} → "3,28"; {{desimal x 1}} → one decimal */
  desimal(value: unknown, ...rest: unknown[]) {
    const digits = optionalArg(rest, 0);
    return formatDecimal(asNumber(value, 'desimal'), digits === undefined ? 2 : asNumber(digits, 'desimal'));
  },
  /** {{persen 13}} → "13,00 %" */
  persen(value: unknown) {
    return `${formatDecimal(asNumber(value, 'persen'), 2)} %`;
  },
  /** {{romawi 4}} → "IV" */
  romawi(value: unknown) {
    return romawi(asNumber(value, 'romawi'));
  },
  /** {{terbilang 12 "berkas"}} → "12 (dua belas) berkas"; without a noun → "12 (dua belas)" */
  terbilang(value: unknown, ...rest: unknown[]) {
    const noun = optionalArg(rest, 0);
    return countWithWords(asNumber(value, 'terbilang'), typeof noun === 'string' ? noun : '');
  },
  /** {{kata 12}} → "dua belas" */
  kata(value: unknown) {
    return terbilang(asNumber(value, 'kata'));
  },
  /** {{kapital "Kabupaten Sukamaju"}} → "KABUPATEN SUKAMAJU" */
  kapital(value: unknown) {
    return String(value ?? '').toUpperCase();
  },
  /** {{urut @index}} → 1-based row number */
  urut(value: unknown) {
    return asNumber(value, 'urut') + 1;
  },
  /** {{#if (sama a b)}} */
  sama(a: unknown, b: unknown) {
    return a === b;
  },
};
