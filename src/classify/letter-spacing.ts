/**
 * Letter-spaced headings ("P E R A T U R A N  B U P A T I  S E R A Y U", "N O M O R  8  T A H U N  2 0 2 5"), as
 * typeset for emphasis and as OCR and text extraction return them, are collapsed back into words before the title,
 * kind and issuer are read: letters one space apart form a word, a wider gap separates words. A line is touched only
 * when it holds a run of at least four single letters one space apart, so ordinary text ("di", "a. bahwa") stays.
 */

const MIN_RUN = 4;
const SINGLE = /^[\p{L}\p{N}][.,:;]?$/u;
const LETTER = /^\p{L}[.,:;]?$/u;

/** True for a token of one letter or digit (perhaps closed by punctuation, "U,"). */
function isSingle(token: string): boolean {
  return SINGLE.test(token);
}

/** The line with its letter-spaced words collapsed; other lines come back unchanged. */
export function collapseLetterSpacing(line: string): string {
  // Alternating tokens and gaps: [token, gap, token, gap, …].
  const parts = line.trim().split(/(\s+)/);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const gaps = parts.filter((_, i) => i % 2 === 1);
  if (!hasRun(tokens, gaps)) return line;
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const gapBefore = i === 0 ? '' : (gaps[i - 1] ?? ' ');
    const joins = i > 0 && gapBefore === ' ' && isSingle(token) && isSingle(tokens[i - 1] ?? '') && !/[.,:;]$/.test(tokens[i - 1] ?? '');
    if (joins) {
      current += token;
      continue;
    }
    if (current.length > 0) words.push(current);
    current = token;
  }
  if (current.length > 0) words.push(current);
  return words.join(' ');
}

/** A run of MIN_RUN single letters, each one space from the next (digits alone, "1 2 3 4", make none). */
function hasRun(tokens: readonly string[], gaps: readonly string[]): boolean {
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const single = LETTER.test(tokens[i] ?? '');
    if (!single) {
      run = 0;
      continue;
    }
    run = run > 0 && gaps[i - 1] === ' ' ? run + 1 : 1;
    if (run >= MIN_RUN) return true;
  }
  return false;
}
