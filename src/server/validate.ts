/** Validation of what arrives from the browser: indicator numbers, levels, hashes, OPD codes, texts. */
import type { Instrument } from '../types/instrument.ts';
import { findIndicator } from '../instrument/tree.ts';
import { HttpError } from './http.ts';
import { parseDecimalText } from '../shared/format.ts';
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

/**
 * A claimed level within the instrument's range: a whole number, or a decimal ("1,25" or "2.5") where the pack allows
 * one; '' (or null) means "remove the claim".
 */
export function levelValue(raw: unknown, instrument: Instrument, allowsDecimal: boolean): number | null {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const text = String(raw).trim();
  const n = typeof raw === 'number' ? raw : (parseDecimalText(text) ?? NaN);
  const whole = allowsDecimal || Number.isInteger(n);
  if (!Number.isFinite(n) || !whole || n < instrument.tingkatMin || n > instrument.tingkatMax) {
    const kind = allowsDecimal ? 'angka (boleh desimal, mis. 2,5)' : 'bilangan bulat';
    throw new HttpError(400, `Tingkat "${text.slice(0, 10)}" tidak sah: tulis ${kind} ${instrument.tingkatMin}–${instrument.tingkatMax}.`);
  }
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
