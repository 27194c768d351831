/** Validation of what arrives from the browser: indicator numbers, levels, hashes, OPD codes, texts. */
import type { Instrument } from '../types/instrument.ts';
import { findIndicator } from '../instrument/tree.ts';
import { HttpError } from './http.ts';
import { formatValue, parseDecimalText, VALUE_DECIMALS } from '../shared/format.ts';
import { PENJELASAN_MAX } from './models/indicator.ts';
import { reviewerText } from '../shared/text-safety.ts';

/** A number of an indicator of this instrument, else a 404 (path) or 400 (form field). */
export function indicatorNumber(raw: unknown, instrument: Instrument, status: 400 | 404 = 400): number {
  const text = String(raw ?? '').trim();
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || !findIndicator(instrument, n)) {
    throw new HttpError(status, `Indikator "${text.slice(0, 20)}" tidak ada di instrumen ${instrument.id}.`);
  }
  return n;
}

/** Whether `n` has more digits after the comma than values are written with. */
function tooPrecise(n: number): boolean {
  const scaled = n * 10 ** VALUE_DECIMALS;
  return Math.abs(scaled - Math.round(scaled)) > 1e-6;
}

/**
 * A claimed level within the instrument's range: a whole number, or a decimal with at most two digits after the
 * comma ("1,25" or "2.5") where the pack allows one; '' (or null) means "remove the claim". Anything else is a 400
 * that says what to write.
 */
export function levelValue(raw: unknown, instrument: Instrument, allowsDecimal: boolean): number | null {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const text = String(raw).trim();
  const n = typeof raw === 'number' ? raw : (parseDecimalText(text) ?? NaN);
  const [min, max] = [formatValue(instrument.tingkatMin), formatValue(instrument.tingkatMax)];
  const range = `${min}–${max}`;
  const refuse = (why: string) => new HttpError(400, `Tingkat "${text.slice(0, 10)}" tidak sah: ${why}.`);
  if (!Number.isFinite(n)) {
    throw refuse(allowsDecimal ? `tulis angka ${range}, boleh desimal dengan koma (mis. 1,25)` : `tulis bilangan bulat ${range}`);
  }
  if (!allowsDecimal && !Number.isInteger(n)) throw refuse(`instrumen ${instrument.id} hanya memakai tingkat bilangan bulat ${range}`);
  if (n < instrument.tingkatMin || n > instrument.tingkatMax) throw refuse(`tingkat harus dari ${min} sampai ${max}`);
  if (tooPrecise(n)) throw refuse(`tulis paling banyak ${VALUE_DECIMALS} angka di belakang koma (mis. 1,25)`);
  return n;
}

/** A full SHA-256 in lower case; anything else is "not found" (no file name or path is ever accepted). */
export function sha256Param(raw: unknown): string {
  const text = String(raw ?? '');
  if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new HttpError(404, 'Dokumen tidak ditemukan: alamatnya harus memuat SHA-256 lengkap (64 karakter heksadesimal).');
  return text.toLowerCase();
}

export function penjelasanText(raw: unknown): string {
  const text = reviewerText(typeof raw === 'string' ? raw : '', { multiline: true });
  if (text.length > PENJELASAN_MAX) {
    throw new HttpError(400, `Penjelasan terlalu panjang (${text.length} karakter); batasnya ${PENJELASAN_MAX} karakter.`);
  }
  return text;
}

export const NOTE_MAX = 500;

export function noteText(raw: unknown): string {
  const text = reviewerText(typeof raw === 'string' ? raw : '').trim();
  if (text.length > NOTE_MAX) throw new HttpError(400, `Catatan terlalu panjang; batasnya ${NOTE_MAX} karakter.`);
  return text;
}

export const QUERY_MAX = 200;

export function searchQuery(raw: unknown): string {
  return String(raw ?? '').trim().slice(0, QUERY_MAX);
}
