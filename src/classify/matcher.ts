/**
 * Phrase matching tolerant to OCR noise and Indonesian morphology. Phrases are compiled once into
 * sequences of term ids; a document token matches a term when they are equal, share a root
 * (stem.ts), or, for long words without an exact or root match, differ by one edit. Phrases broken or
 * glued by OCR ("Koor dinasi", "TimKoordinasi") are found in the compact string. Words written in
 * capitals in a phrase (acronyms such as SPBE, SIPD) match exactly.
 *
 * Phrases compiled with `gaps` that found no contiguous match are looked for once more apart: their content words
 * with a few function words in between ("reviu terhadap kebijakan internal" for "reviu kebijakan", "review of the
 * policy"), and, optionally, in the passive ("kebijakan SPBE telah direviu", "the policy
 * was reviewed"); within one clause (not past a clause mark, a page, a change of place or a list item, nor a blocker
 * word such as "belum"). Such matches carry `gap`; the scorer weighs them less (see evidence.ts).
 */
import type { MatchGap } from '../types/classification.ts';
import type { AliasIndex, DocModel } from './document.ts';
import { skeleton, wordsOf, dehyphenate } from './normalize.ts';
import { deletions, stemCandidates } from './stem.ts';

export interface PhraseSpec {
  id: string;
  text: string;
  weight: number;
  /** Match every word exactly (no roots, no edit distance). */
  exact: boolean;
  /** May also match with words in between or in another order (only with a matcher compiled with `GapOptions`). */
  gaps?: boolean;
}

/** How phrases with `gaps` may match apart (the pack's `scoring.gaps`, rules-schema.ts). */
export interface GapOptions {
  /** At most this many words inserted between the phrase's content words. */
  inserted: number;
  /** Also in the passive: the phrase's action word after the others, as a passive verb (di-…, …-ed). */
  passive: boolean;
  /**
   * Skeleton forms of the action words besides Indonesian pe(N)-…-an nouns ("pengembangan", "penghapusan"): loan words
   * ("reviu", "audit", "evaluasi") and English ones, which come last in an English compound ("policy review").
   */
  actions: ReadonlySet<string>;
  /**
   * Skeleton forms of the function words that may stand between a phrase's words (prepositions, articles); they are no
   * content words of a phrase (a phrase needs two content words to match apart).
   */
  between: ReadonlySet<string>;
  /** Skeleton forms of words no match apart may span ("belum", "tidak", "direncanakan"). */
  blockers: ReadonlySet<string>;
}


export interface CompiledPhrase extends PhraseSpec {
  terms: number[];
  compact: string;
  /** Content term ids when the phrase may match apart, else null. */
  gapTerms: number[] | null;
  /** The phrase as a passive clause may say it: its action word and the content words before it, or null. */
  passive: { action: number; object: number[] } | null;
}

export interface Matcher {
  phrases: CompiledPhrase[];
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  fuzzy: Map<string, number[]>;
  /** Memo of token → term ids; it only grows with distinct tokens and is cleared when large. */
  memo: Map<string, readonly number[]>;
  gaps: GapOptions | null;
}

/** A token range [start, end) where a phrase matched. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Set when a lexicon variant matched for the phrase: the variant's text. */
  via?: string;
  /** Set when the phrase matched apart, not word for word. */
  gap?: MatchGap;
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

/**
 * The content term ids of a phrase that may match apart: at least two content words (not function words), not only
 * acronyms, not `exact`.
 */
function contentOf(spec: PhraseSpec, words: readonly Term[], ids: readonly number[], gaps: GapOptions | null): { w: Term; id: number }[] | null {
  if (gaps === null || spec.gaps !== true || spec.exact) return null;
  const content = words.flatMap((w, i) => (gaps.between.has(w.surface) ? [] : [{ w, id: ids[i] ?? -1 }]));
  if (content.length < 2 || content.every((c) => c.w.exactOnly)) return null;
  return content;
}

/** An Indonesian action noun: pe(N)-…-an, per-…-an ("pengembangan", "penghapusan", "perancangan"). */
const ACTION_NOUN = /^pe.{3,}an$/;

/**
 * The phrase's action and object for the passive: the first content word when it is an action ("reviu kebijakan",
 * "penghapusan perangkat"), else the last when it is one of the listed actions (an English compound: "policy review").
 */
function passiveOf(content: readonly { w: Term; id: number }[] | null, gaps: GapOptions | null): CompiledPhrase['passive'] {
  if (content === null || gaps === null || !gaps.passive) return null;
  const isAction = (w: Term | undefined): boolean => w !== undefined && !w.exactOnly && (ACTION_NOUN.test(w.surface) || gaps.actions.has(w.surface));
  const first = content[0];
  const last = content[content.length - 1];
  if (first !== undefined && isAction(first.w)) return { action: first.id, object: content.slice(1).map((c) => c.id) };
  if (last !== undefined && gaps.actions.has(last.w.surface)) return { action: last.id, object: content.slice(0, -1).map((c) => c.id) };
  return null;
}

export function compileMatcher(specs: readonly PhraseSpec[], aliases: AliasIndex, gaps: GapOptions | null = null): Matcher {
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
    const content = contentOf(spec, words, ids, gaps);
    return { ...spec, terms: ids, compact: words.map((w) => w.surface).join(''), gapTerms: content?.map((c) => c.id) ?? null, passive: passiveOf(content, gaps) };
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
  return { phrases, exact, stems, fuzzy, memo: new Map(), gaps };
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

/** A line that opens a list item ("1.", "a)", "-", "•"): a clause of its own. */
const LIST_ITEM = /^(?:[^\p{L}]|\p{L}[.)]\s)/u;

interface GapContext {
  doc: DocModel;
  tokenTerms: readonly (readonly number[])[];
  positions: ReadonlyMap<number, number[]>;
  gaps: GapOptions;
  /** Action term → the tokens where it stands as a passive verb (remembered per term). */
  passiveAt: Map<number, number[]>;
  /** Per token, once looked up: KNOWN, and BLOCKER or BETWEEN. */
  flags: Uint8Array;
}

const KNOWN = 1;
const BLOCKER = 2;
const BETWEEN = 4;

function flagsAt(ctx: GapContext, t: number): number {
  let f = ctx.flags[t] ?? 0;
  if (f === 0) {
    const token = ctx.doc.tokens[t] ?? '';
    f = KNOWN | (ctx.gaps.blockers.has(token) ? BLOCKER : 0) | (ctx.gaps.between.has(token) ? BETWEEN : 0);
    ctx.flags[t] = f;
  }
  return f;
}

/** A blocker word ("belum", "tidak"): no match apart spans it. */
function blocked(ctx: GapContext, t: number): boolean {
  return (flagsAt(ctx, t) & BLOCKER) !== 0;
}

/**
 * Token `t` continues the clause of token `t - 1`: no clause mark between them, and on the same line or on a next line
 * of the same page and place that opens no list item; neither is a blocker word.
 */
function continues(ctx: GapContext, t: number): boolean {
  const { doc } = ctx;
  if (t <= 0 || t >= doc.tokens.length || (doc.breakAfter[t - 1] ?? true) || blocked(ctx, t) || blocked(ctx, t - 1)) return false;
  const line = doc.tokenLine[t];
  const prev = doc.tokenLine[t - 1];
  if (line === prev) return true;
  const a = doc.lines[prev ?? -1];
  const b = doc.lines[line ?? -1];
  return a !== undefined && b !== undefined && a.page === b.page && a.place === b.place && !LIST_ITEM.test(b.text);
}

/**
 * Where `terms` follow `from` in order (`dir` 1) or precede it in reverse order (`dir` -1) within the budget of
 * inserted words, in one clause: the last token reached and the budget left, or null. Only function words may stand
 * in between ("reviu terhadap kebijakan", "review of the policy"): a content word there makes another compound ("tata
 * kelola pusat data" is no "tata kelola data", "manajemen atas perubahan layanan" no "manajemen layanan", "application
 * security audit" no "application audit").
 */
function walk(ctx: GapContext, from: number, terms: readonly number[], budget: number, dir: 1 | -1): { end: number; budget: number } | null {
  let at = from;
  let left = budget;
  for (const term of terms) {
    // Function words may be skipped while the budget lasts; any other word that is not the next term ends the search.
    for (let q = at + dir; ; q += dir) {
      const hit = ctx.tokenTerms[q]?.includes(term) ?? false;
      if ((!hit && (left === 0 || (flagsAt(ctx, q) & BETWEEN) === 0)) || !continues(ctx, dir > 0 ? q : q + 1)) return null;
      if (hit) {
        at = q;
        break;
      }
      left--;
    }
  }
  return { end: at, budget: left };
}

/**
 * The phrase's content words in order, with at most `inserted` function words in between in all, in one clause. Found
 * from the word the document has least often, then back and forth.
 */
function insertedMatches(ctx: GapContext, terms: readonly number[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let anchor = 0;
  terms.forEach((t, k) => {
    if ((ctx.positions.get(t)?.length ?? 0) < (ctx.positions.get(terms[anchor] ?? -1)?.length ?? 0)) anchor = k;
  });
  const before = terms.slice(0, anchor).reverse();
  const after = terms.slice(anchor + 1);
  for (const pos of ctx.positions.get(terms[anchor] ?? -1) ?? []) {
    if (out.length >= MAX_MATCHES) break;
    if (blocked(ctx, pos)) continue;
    const back = walk(ctx, pos, before, ctx.gaps.inserted, -1);
    const ahead = back === null ? null : walk(ctx, pos, after, back.budget, 1);
    if (back !== null && ahead !== null) out.push({ start: back.end, end: ahead.end + 1, gap: 'inserted' });
  }
  return out;
}

/** A passive verb form: Indonesian di- ("direviu", "dihapuskan"), English -ed ("reviewed", "audited"). */
const PASSIVE = /^di.{4,}|.{4,}ed$/;

function passiveTokens(ctx: GapContext, action: number): number[] {
  let known = ctx.passiveAt.get(action);
  if (known === undefined) {
    known = (ctx.positions.get(action) ?? []).filter((q) => PASSIVE.test(ctx.doc.tokens[q] ?? ''));
    ctx.passiveAt.set(action, known);
  }
  return known;
}

/**
 * The phrase said in the passive: its object's words in order (function words in between), then the action as a
 * passive verb with at most `inserted` words before it ("kebijakan internal SPBE telah direviu" for "reviu kebijakan",
 * "42 perangkat TIK telah dihapuskan" for "penghapusan perangkat", "the policy was reviewed" for "policy review"); in
 * one clause. Found from the passive verbs back, as they are rare.
 */
function passiveMatches(ctx: GapContext, passive: { action: number; object: readonly number[] }): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const first = passive.object[0];
  if (first === undefined) return out;
  const rest = passive.object.slice(1);
  const reach = ctx.gaps.inserted * 2 + passive.object.length;
  for (const verb of passiveTokens(ctx, passive.action)) {
    if (out.length >= MAX_MATCHES) break;
    // The object's first word somewhere before the verb, in the verb's clause.
    for (let start = verb - 1, joined = true; start >= 0 && start >= verb - reach && joined; start--) {
      joined = continues(ctx, start + 1);
      if (!joined || !(ctx.tokenTerms[start]?.includes(first) ?? false)) continue;
      const object = walk(ctx, start, rest, ctx.gaps.inserted, 1);
      if (object === null || object.end >= verb || verb - object.end - 1 > ctx.gaps.inserted) continue;
      out.push({ start, end: verb + 1, gap: 'passive' });
      break;
    }
  }
  return out;
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
  const gaps = m.gaps;
  let gapContext: GapContext | null = null;
  const apart = (phrase: CompiledPhrase, terms: readonly number[]): PhraseMatch[] => {
    if (gaps === null) return [];
    // A phrase with a word the document never has cannot match apart either.
    for (const t of terms) if (!positions.has(t)) return [];
    gapContext ??= { doc, tokenTerms, positions, gaps, passiveAt: new Map(), flags: new Uint8Array(doc.tokens.length) };
    const inserted = insertedMatches(gapContext, terms);
    return inserted.length > 0 || phrase.passive === null ? inserted : passiveMatches(gapContext, phrase.passive);
  };
  return m.phrases.map((phrase) => {
    const matches = matchWhole(phrase, doc, tokenTerms, positions, prefixes);
    return matches.length === 0 && phrase.gapTerms !== null ? apart(phrase, phrase.gapTerms) : matches;
  });
}

/** The phrase word for word (roots, OCR edits), or its letters glued or broken at a token start. */
function matchWhole(
  phrase: CompiledPhrase,
  doc: DocModel,
  tokenTerms: readonly (readonly number[])[],
  positions: ReadonlyMap<number, number[]>,
  prefixes: ReadonlyMap<string, number[]>,
): PhraseMatch[] {
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
}
