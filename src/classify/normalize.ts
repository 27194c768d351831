/**
 * Text normalisation for matching: case, diacritics, hyphenation across line breaks and the usual OCR
 * confusions. Both the document text and the rule phrases go through `skeleton`, so a confusion that
 * is folded on one side is folded on the other.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const SOFT_HYPHEN = /\u00ad/g;
/** "penyeleng-\ngaraan" → "penyelenggaraan" (a letter, a hyphen, a line break, a lowercase letter). */
const HYPHEN_BREAK = /(\p{L})[-\u2010\u2011]\s*\r?\n\s*(\p{Ll})/gu;
/** A heading in capitals broken the same way: "TIM KOOR-\nDINASI" → "TIM KOORDINASI" (two capitals before the hyphen). */
const CAPITAL_HYPHEN_BREAK = /(\p{Lu}\p{Lu})[-\u2010\u2011]\s*\r?\n\s*(\p{Lu})/gu;
const TOKEN = /[\p{L}\p{N}$|]+/gu;
const HAS_LETTER = /\p{L}/u;
const DIGIT = /\p{N}/gu;
const LETTER = /\p{L}/gu;

/** Letters that NFKD does not decompose but OCR of Indonesian text produces. */
const LETTER_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const FOLDABLE = /[łđøßæœı]/g;

/** Lowercase, strip diacritics and fold the special letters above. */
export function foldCase(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch);
}

/** Join words hyphenated across a line break and drop soft hyphens; keeps the line structure otherwise. */
export function dehyphenate(text: string): string {
  return text.replace(SOFT_HYPHEN, '').replace(HYPHEN_BREAK, '$1$2').replace(CAPITAL_HYPHEN_BREAK, '$1$2');
}

/** Raw word tokens of a line (letters, digits, and the OCR stand-ins `$` and `|`). */
export function wordsOf(line: string): string[] {
  return line.match(TOKEN) ?? [];
}

/** The words of a line as wordsOf reads them, each with where it ends in the line. */
export function wordSpans(line: string): { word: string; end: number }[] {
  return [...line.matchAll(TOKEN)].map((m) => ({ word: m[0], end: (m.index ?? 0) + m[0].length }));
}

const WORD_DIGIT_FOLDS: Record<string, string> = { '0': 'o', '1': 'i', '4': 'a', '5': 's', '$': 's', '|': 'i' };
const NUMBER_LETTER_FOLDS: Record<string, string> = { o: '0', i: '1', l: '1', '|': '1', $: '5', s: '5' };
const WORD_DIGITS = /[0145$|]/g;
const NUMBER_LETTERS = /[oil|$s]/g;

/**
 * The comparison form of one token. Words: lowercase, no diacritics, digits that OCR confuses with
 * letters read as letters (0→o, 1→i, 4→a, 5→s), then l→i, rn→m, vv→w, cl→d. Numbers (more digits than letters): the
 * reverse folds (O→0, l/I→1), so "2O25" reads as 2025.
 */
export function skeleton(token: string): string {
  const known = skeletonMemo.get(token);
  if (known !== undefined) return known;
  const result = computeSkeleton(token);
  if (skeletonMemo.size > MEMO_LIMIT) skeletonMemo.clear();
  skeletonMemo.set(token, result);
  return result;
}

const MEMO_LIMIT = 100_000;
const skeletonMemo = new Map<string, string>();

function computeSkeleton(token: string): string {
  const t = foldCase(token);
  if (!HAS_LETTER.test(t)) return t.replace(/[$|]/g, '');
  const digits = t.match(DIGIT)?.length ?? 0;
  const letters = t.match(LETTER)?.length ?? 0;
  if (digits > letters) return t.replace(NUMBER_LETTERS, (ch) => NUMBER_LETTER_FOLDS[ch] ?? ch);
  return t
    .replace(WORD_DIGITS, (ch) => WORD_DIGIT_FOLDS[ch] ?? ch)
    .replace(/l/g, 'i')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd');
}

/** Skeleton tokens of a free text (used for rule phrases and path segments). */
export function skeletonTokens(text: string): string[] {
  return wordsOf(dehyphenate(text)).map(skeleton).filter((t) => t.length > 0);
}

/** A stable ASCII id part from a phrase ("Tim Koordinasi SPBE" → "tim-koordinasi-spbe"). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
