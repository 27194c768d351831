/**
 * Phrase matching tolerant to OCR noise and Indonesian morphology. Phrases are compiled once into
 * sequences of term ids; a document token matches a term when they are equal, share a root
 * (stem.ts), or, for long words without an exact or root match, differ by one edit. Phrases broken or
 * glued by OCR ("Koor dinasi", "TimKoordinasi") are found in the compact string. Words written in
 * capitals in a phrase (acronyms such as SPBE, SIPD) match exactly.
 */
import type { AliasIndex, DocModel } from './document.ts';
import { skeleton, wordsOf, dehyphenate } from './normalize.ts';
import { deletions, stemCandidates } from './stem.ts';

export interface PhraseSpec {
  id: string;
  text: string;
  weight: number;
  /** Match every word exactly (no roots, no edit distance). */
  exact: boolean;
}

export interface CompiledPhrase extends PhraseSpec {
  terms: number[];
  compact: string;
}

export interface Matcher {
  phrases: CompiledPhrase[];
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  fuzzy: Map<string, number[]>;
  /** Memo of token → term ids; it only grows with distinct tokens and is cleared when large. */
  memo: Map<string, readonly number[]>;
}

/** A token range [start, end) where a phrase matched. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Set when a lexicon variant matched for the phrase: the variant's text. */
  via?: string;
}

const MIN_FUZZY = 8;
const MIN_STEMMED = 5;
const BOUNDARY_FREE = 14;
const MIN_COMPACT = 6;
const PREFIX = 3;
const MAX_MATCHES = 400;
const MEMO_LIMIT = 200_000;
const CAPITALS = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

interface Term {
  surface: string;
  exactOnly: boolean;
}

/** Phrase words as skeleton tokens with their exactness, long forms folded into abbreviations. */
function phraseWords(text: string, exact: boolean, aliases: AliasIndex): Term[] {
  const words = wordsOf(dehyphenate(text));
  const terms: Term[] = words
    .map((w) => ({ surface: skeleton(w), exactOnly: exact || (w.length >= 2 && CAPITALS.test(w)) }))
    .filter((t) => t.surface.length > 0);
  const out: Term[] = [];
  for (let i = 0; i < terms.length; ) {
    const alias = aliases.get(terms[i]?.surface ?? '')?.find((a) => a.from.every((f, k) => terms[i + k]?.surface === f));
    if (alias === undefined) {
      const term = terms[i];
      if (term !== undefined) out.push(term);
      i++;
    } else {
      out.push({ surface: alias.to, exactOnly: true });
      i += alias.from.length;
    }
  }
  return out;
}

export function compileMatcher(specs: readonly PhraseSpec[], aliases: AliasIndex): Matcher {
  const termIds = new Map<string, number>();
  const terms: Term[] = [];
  const phrases: CompiledPhrase[] = specs.map((spec) => {
    const words = phraseWords(spec.text, spec.exact, aliases);
    const ids = words.map((w) => {
      const key = `${w.exactOnly ? '=' : '~'}${w.surface}`;
      let id = termIds.get(key);
      if (id === undefined) {
        id = terms.length;
        terms.push(w);
        termIds.set(key, id);
      }
      return id;
    });
    return { ...spec, terms: ids, compact: words.map((w) => w.surface).join('') };
  });
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const fuzzy = new Map<string, number[]>();
  terms.forEach((term, id) => {
    push(exact, term.surface, id);
    if (term.exactOnly) return;
    for (const root of stemCandidates(term.surface)) push(stems, root, id);
    if (term.surface.length >= MIN_FUZZY) {
      push(fuzzy, term.surface, id);
      for (const d of deletions(term.surface)) push(fuzzy, d, id);
    }
  });
  return { phrases, exact, stems, fuzzy, memo: new Map() };
}

function termsOfToken(m: Matcher, token: string): readonly number[] {
  const known = m.memo.get(token);
  if (known !== undefined) return known;
  const found = new Set<number>(m.exact.get(token) ?? []);
  if (token.length >= MIN_STEMMED) {
    for (const root of stemCandidates(token)) for (const id of m.stems.get(root) ?? []) found.add(id);
  }
  if (found.size === 0 && token.length >= MIN_FUZZY - 1) {
    for (const key of [token, ...deletions(token)]) for (const id of m.fuzzy.get(key) ?? []) found.add(id);
  }
  const result = [...found];
  if (m.memo.size > MEMO_LIMIT) m.memo.clear();
  m.memo.set(token, result);
  return result;
}

/** Index of the token whose compact span contains `offset`. */
function tokenAt(doc: DocModel, offset: number): number {
  let lo = 0;
  let hi = doc.compactStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.compactStart[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Token positions by their first PREFIX letters (shorter tokens by all their letters). */
function prefixIndex(doc: DocModel): Map<string, number[]> {
  const index = new Map<string, number[]>();
  doc.tokens.forEach((token, pos) => {
    const key = token.slice(0, PREFIX);
    const list = index.get(key);
    if (list === undefined) index.set(key, [pos]);
    else list.push(pos);
  });
  return index;
}

/**
 * Matches of lexicon variants moved to the phrase they stand for (marked with the variant's text), so every later
 * step sees one phrase however the document words it.
 */
export function foldVariants(m: Matcher, matches: PhraseMatch[][], variantOf: ReadonlyMap<number, number>): PhraseMatch[][] {
  // A variant of a phrase that itself stands for a stronger one goes to the stronger one.
  const root = (index: number): number => {
    let at = index;
    for (let hops = 0; hops < variantOf.size; hops++) {
      const next = variantOf.get(at);
      if (next === undefined) return at;
      at = next;
    }
    return at;
  };
  for (const [variant, direct] of variantOf) {
    const original = root(direct);
    const found = matches[variant];
    if (found === undefined || found.length === 0) continue;
    const text = m.phrases[variant]?.text;
    const target = matches[original] ?? [];
    const taken = new Set(target.map((t) => t.start));
    for (const match of found) if (!taken.has(match.start)) target.push(text === undefined ? match : { ...match, via: text });
    matches[original] = target;
    matches[variant] = [];
  }
  return matches;
}

/** Every match of every phrase of the matcher in the document, by phrase index. */
export function matchPhrases(m: Matcher, doc: DocModel): PhraseMatch[][] {
  const tokenTerms = doc.tokens.map((t) => termsOfToken(m, t));
  const positions = new Map<number, number[]>();
  tokenTerms.forEach((ids, pos) => {
    for (const id of ids) {
      const list = positions.get(id);
      if (list === undefined) positions.set(id, [pos]);
      else list.push(pos);
    }
  });

  const prefixes = prefixIndex(doc);
  return m.phrases.map((phrase) => {
    const matches: PhraseMatch[] = [];
    const starts = new Set<number>();
    const first = phrase.terms[0];
    if (first === undefined) return matches;
    for (const pos of positions.get(first) ?? []) {
      if (matches.length >= MAX_MATCHES) break;
      let ok = true;
      for (let k = 1; k < phrase.terms.length && ok; k++) {
        ok = tokenTerms[pos + k]?.includes(phrase.terms[k] ?? -1) ?? false;
      }
      if (ok) {
        matches.push({ start: pos, end: pos + phrase.terms.length });
        starts.add(pos);
      }
    }
    if (phrase.compact.length < MIN_COMPACT) return matches;
    // Glued or broken words: the phrase's letters starting at a token start, whatever the spacing.
    const len = phrase.compact.length;
    for (let k = 1; k <= PREFIX && matches.length < MAX_MATCHES; k++) {
      for (const s of prefixes.get(phrase.compact.slice(0, k)) ?? []) {
        const at = doc.compactStart[s] ?? 0;
        if (starts.has(s) || !doc.compact.startsWith(phrase.compact, at)) continue;
        const e = tokenAt(doc, at + len - 1);
        if (doc.compactEnd[e] !== at + len && len < BOUNDARY_FREE) continue;
        starts.add(s);
        matches.push({ start: s, end: e + 1 });
      }
    }
    return matches;
  });
}
