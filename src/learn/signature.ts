/**
 * A document's similarity signature: MinHash over word shingles of its normalised text. Numbers, dates, month and
 * day names are folded to placeholders, so next year's version of a document, or the same report for another
 * semester, keeps its shingles; OCR confusions are folded the way the classifier folds them (`skeleton`).
 * Two signatures estimate the Jaccard similarity of the two shingle sets. Pure.
 */
import { dehyphenate, skeleton, wordsOf } from '../classify/normalize.ts';

/** Bump when the normalisation, the shingle size or the hash family changes: older signatures are recomputed. */
export const SIGNATURE_VERSION = 'minhash-v1-w3-h128';

/** Words per shingle. */
const SHINGLE_WORDS = 3;
/** Hash functions (signature length). The estimate's standard error is about √(J(1−J)/128) ≤ 0.045. */
const HASHES = 128;
/**
 * Fewer distinct shingles than this (a login screen, a photo with a few words) give no signature: a short text
 * shares too little to say that two documents are versions of one another.
 */
export const MIN_SHINGLES = 40;

const MONTHS = new Set([
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'nopember', 'desember',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'aug', 'sep', 'okt', 'oct', 'nov', 'des', 'dec',
].map(skeleton));
const DAYS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'ahad'].map(skeleton));
/** Roman numerals as used for semesters, quarters, chapters and ranks ("Semester II", "BAB IV", "IV/d"). */
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const DIGIT = /\p{N}/u;

export interface Signature {
  version: string;
  /** HASHES minimum hash values. */
  mins: Uint32Array;
}

/** The comparison form of one word: numbers and calendar words become placeholders. */
function normalWord(token: string): string {
  if (DIGIT.test(token)) return '#';
  const s = skeleton(token);
  if (MONTHS.has(s)) return '#bulan';
  if (DAYS.has(s)) return '#hari';
  if (ROMAN.test(token.toLowerCase())) return '#';
  return s;
}

/** The normalised words of a text, consecutive placeholders merged ("12 Maret 2025" → one placeholder). */
export function signatureWords(text: string): string[] {
  const out: string[] = [];
  for (const token of wordsOf(dehyphenate(text))) {
    const w = normalWord(token);
    if (w.length === 0) continue;
    if (w.startsWith('#') && out.length > 0 && out[out.length - 1]!.startsWith('#')) {
      out[out.length - 1] = '#';
      continue;
    }
    out.push(w);
  }
  return out;
}

/** FNV-1a, 32 bits. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: a bijection of 32-bit integers that mixes every bit. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string): Set<number> {
  const words = signatureWords(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The signature of a document's text (its pages joined), or null when the text is too short to compare. */
export function signatureOf(text: string): Signature | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(x ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return { version: SIGNATURE_VERSION, mins };
}

/** Estimated Jaccard similarity of two signatures (0 when they were made differently). */
export function similarity(a: Signature, b: Signature): number {
  if (a.version !== b.version || a.mins.length !== b.mins.length) return 0;
  let same = 0;
  for (let i = 0; i < a.mins.length; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / a.mins.length;
}

/** `<version>:<base64 of the little-endian hash values>`: the stored and exported form. */
export function encodeSignature(s: Signature): string {
  const bytes = new Uint8Array(s.mins.length * 4);
  const view = new DataView(bytes.buffer);
  s.mins.forEach((v, i) => view.setUint32(i * 4, v, true));
  return `${s.version}:${Buffer.from(bytes).toString('base64')}`;
}

/** The signature of an encoded string; null when it is malformed or of another version. */
export function decodeSignature(text: string): Signature | null {
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || text.slice(0, colon) !== SIGNATURE_VERSION) return null;
  const bytes = Buffer.from(text.slice(colon + 1), 'base64');
  if (bytes.length !== HASHES * 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mins = Uint32Array.from({ length: HASHES }, (_, i) => view.getUint32(i * 4, true));
  return { version: SIGNATURE_VERSION, mins };
}
