/**
 * The retrieval index of an instrument: every indicator's own texts (passages.ts) as one weighted term vector
 * per indicator (BM25-style saturated term frequency times inverse document frequency over the indicators), plus
 * one vector per passage to tell which text matched. Built once per rule set and cached.
 */
import type { Indicator } from '../../types/instrument.ts';
import type { AliasIndex } from '../document.ts';
import { buildDocModel } from '../document.ts';
import { indicatorPassages } from './passages.ts';
import type { Passage } from './passages.ts';
import { TermMap } from './terms.ts';
import { buildFolds } from './folds.ts';
import type { FoldIndex } from './folds.ts';
import type { Lexicon } from '../lexicon.ts';
import { ADMINISTRATIVE_WORDS } from './stopwords.ts';
import { skeletonTokens } from '../normalize.ts';
import { expansionTerms, termConcepts } from './expansion.ts';

/** BM25's k1: how fast repeated mentions of a term saturate. */
export const K1 = 1.2;

/**
 * Weight of a word an indicator's texts gain from the pack lexicon (expansion.ts), relative to one of their own
 * words of the same frequency and rarity: another form of a concept the instrument names is evidence of the
 * concept, but weaker than the instrument's own wording.
 */
export const LEXICON_WEIGHT = 0.75;

/** A sparse vector: term id → weight. */
export type TermVector = Map<number, number>;

export interface IndicatorIndex {
  terms: TermMap;
  /** Term → id, for the terms of the instrument's texts. */
  ids: ReadonlyMap<string, number>;
  /** Inverse document frequency per term id, over the indicators. */
  idf: Float64Array;
  /** Indicator numbers, in index order. */
  indicators: number[];
  /** Per term id: the indicators (by index) whose texts hold it, with the term's weight there. */
  postings: { k: number; w: number }[][];
  /** Each indicator's weighted term vector. */
  vectors: TermVector[];
  /** Euclidean norm of each indicator's vector. */
  norms: Float64Array;
  passages: Passage[];
  /** Weighted vector of each passage, and its norm. */
  passageVectors: TermVector[];
  passageNorms: Float64Array;
  /** Per indicator (by index): its passages' indexes. */
  passagesOf: number[][];
  /** The lexicon's other forms of a concept, read as its first form. */
  folds: FoldIndex;
}

export function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}

function tokensOf(text: string, aliases: AliasIndex): string[] {
  return buildDocModel([{ no: 1, text }], aliases).tokens;
}

function counts(terms: readonly string[], ids: Map<string, number>, grow: boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const term of terms) {
    let id = ids.get(term);
    if (id === undefined) {
      if (!grow) continue;
      id = ids.size;
      ids.set(term, id);
    }
    out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

function norm(vector: TermVector): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function buildIndicatorIndex(indicators: readonly Indicator[], aliases: AliasIndex, lexicon: Lexicon): IndicatorIndex {
  const passages = indicatorPassages(indicators);
  const passageTokens = passages.map((p) => tokensOf(p.text, aliases));
  const formTokens = (text: string): string[] => tokensOf(text, aliases);
  const terms = new TermMap(passageTokens.flat());
  const stop = new Set(ADMINISTRATIVE_WORDS.flatMap((w) => skeletonTokens(w)).map((t) => terms.termOf(t) ?? t));
  const concepts = termConcepts(lexicon, formTokens, terms);
  const ids = new Map<string, number>();
  const sequences = passageTokens.map((tokens) => tokens.map((t) => terms.termOf(t)));
  const passageCounts = sequences.map((sequence) =>
    counts(sequence.filter((t): t is string => t !== null && !stop.has(t)), ids, true),
  );
  const passageGains = sequences.map((sequence) => counts([...expansionTerms(sequence, concepts, stop)], ids, true));
  const numbers = indicators.map((i) => i.no);
  const slot = new Map(numbers.map((no, k) => [no, k]));
  const passagesOf: number[][] = numbers.map(() => []);
  const indicatorCounts: Map<number, number>[] = numbers.map(() => new Map());
  const indicatorGains: Map<number, number>[] = numbers.map(() => new Map());
  passages.forEach((p, i) => {
    const k = slot.get(p.indicator) ?? 0;
    passagesOf[k]?.push(i);
    const target = indicatorCounts[k];
    for (const [id, n] of passageCounts[i] ?? []) target?.set(id, (target.get(id) ?? 0) + n);
    const gained = indicatorGains[k];
    for (const [id, n] of passageGains[i] ?? []) gained?.set(id, (gained.get(id) ?? 0) + n);
  });
  indicatorGains.forEach((gained, k) => {
    for (const id of indicatorCounts[k]?.keys() ?? []) gained.delete(id);
  });
  const n = numbers.length;
  // A term of the instrument's own texts is as rare as they make it; a term only the lexicon brings, as its gains.
  const df = new Float64Array(ids.size);
  const gainedDf = new Float64Array(ids.size);
  for (const c of indicatorCounts) for (const id of c.keys()) df[id] = (df[id] ?? 0) + 1;
  for (const c of indicatorGains) for (const id of c.keys()) gainedDf[id] = (gainedDf[id] ?? 0) + 1;
  const idf = df.map((d, id) => {
    const f = d > 0 ? d : (gainedDf[id] ?? 0);
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  });
  const weigh = (own: Map<number, number>, gains: Map<number, number> | undefined): TermVector => {
    const vector: TermVector = new Map([...own].map(([id, tf]) => [id, saturate(tf) * (idf[id] ?? 0)]));
    for (const [id, tf] of gains ?? []) if (!vector.has(id)) vector.set(id, LEXICON_WEIGHT * saturate(tf) * (idf[id] ?? 0));
    return vector;
  };
  const postings: { k: number; w: number }[][] = Array.from({ length: ids.size }, () => []);
  const norms = new Float64Array(n);
  const vectors = indicatorCounts.map((c, k) => weigh(c, indicatorGains[k]));
  vectors.forEach((vector, k) => {
    norms[k] = norm(vector);
    for (const [id, w] of vector) postings[id]?.push({ k, w });
  });
  const passageVectors = passageCounts.map((c, i) => weigh(c, passageGains[i]));
  return {
    terms,
    ids,
    idf,
    indicators: numbers,
    postings,
    vectors,
    norms,
    passages,
    passageVectors,
    passageNorms: Float64Array.from(passageVectors.map(norm)),
    passagesOf,
    folds: buildFolds(lexicon, aliases, terms, ids),
  };
}
