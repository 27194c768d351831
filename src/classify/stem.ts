/**
 * A light, dictionary-free Indonesian stemmer for matching. It does not decide on one root: it returns
 * every plausible root of a word (prefix me-/pe-/di-/ter-/ber-/ke-/se- with nasal recoding, suffix
 * -kan/-an/-i and the clitics -nya/-lah/-kah/-pun), so "mengoordinasikan", "pengoordinasian" and
 * "koordinasi" share "koordinasi", and "diaudit"/"pengauditan" share "audit". English past participles
 * lose their -ed ("reviewed" → "review", "evaluated" → "evaluate"), so a passive finds its phrase's word. Works on
 * skeleton tokens (see normalize.ts), where every "l" is already "i".
 */

const MIN_ROOT = 4;
const CLITICS = ['nya', 'iah', 'kah', 'pun'];
const SUFFIXES = ['kan', 'an', 'i'];

/** Prefix → the letters that may have been dropped from the root after it (nasal recoding). */
const NASAL_PREFIXES: [string, string[]][] = [
  ['meny', ['s']],
  ['peny', ['s']],
  ['meng', ['k', '']],
  ['peng', ['k', '']],
  ['menge', ['']],
  ['penge', ['']],
  ['mem', ['p', '']],
  ['pem', ['p', '']],
  ['men', ['t', '']],
  ['pen', ['t', '']],
  ['me', ['']],
  ['pe', ['']],
];
const PLAIN_PREFIXES = ['di', 'ter', 'ber', 'be', 'per', 'ke', 'se'];
const VOWEL = /^[aeiou]/;

function withoutSuffixes(word: string): string[] {
  const out = [word];
  for (const clitic of CLITICS) {
    if (word.endsWith(clitic) && word.length - clitic.length >= MIN_ROOT) out.push(word.slice(0, -clitic.length));
  }
  for (const base of [...out]) {
    for (const suffix of SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= MIN_ROOT) out.push(base.slice(0, -suffix.length));
    }
  }
  return out;
}

function withoutPrefixes(word: string): string[] {
  const out: string[] = [];
  for (const [prefix, restored] of NASAL_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const letter of restored) {
      if (letter !== '' && !VOWEL.test(rest)) continue;
      const root = letter + rest;
      if (root.length >= MIN_ROOT) out.push(root);
    }
  }
  for (const prefix of PLAIN_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_ROOT) out.push(word.slice(prefix.length));
  }
  // "pemberdayaan", "diperbaiki", "keberlanjutan": one more plain prefix after the first.
  for (const first of [...out]) {
    for (const prefix of ['ber', 'per', 'ter']) {
      if (first.startsWith(prefix) && first.length - prefix.length >= MIN_ROOT) out.push(first.slice(prefix.length));
    }
  }
  return out;
}

/** "reviewed" → "review", "evaluated" → "evaluate" (both: the -ed or the -d may be the ending). */
function withoutPastParticiple(word: string): string[] {
  if (!word.endsWith('ed') || word.length - 2 < MIN_ROOT) return [];
  return [word.slice(0, -2), word.slice(0, -1)];
}

/** Every plausible root of a skeleton token, the token itself first. Short tokens are returned as is. */
export function stemCandidates(token: string): string[] {
  if (token.length < MIN_ROOT + 1) return [token];
  const seen = new Set<string>([token, ...withoutPastParticiple(token)]);
  for (const unsuffixed of withoutSuffixes(token)) {
    seen.add(unsuffixed);
    for (const root of withoutPrefixes(unsuffixed)) seen.add(root);
  }
  return [...seen];
}

/** Strings one deletion away from `token` (the symmetric-delete trick for edit distance ≤ 1). */
export function deletions(token: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}
