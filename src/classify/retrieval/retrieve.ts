/**
 * Retrieval: how closely a document's sections match each indicator's own texts in the instrument. For every
 * section (sections.ts) the cosine between its weighted terms and each indicator's vector (indicator-index.ts);
 * an indicator's retrieval score is its best section's. The hit names that section (page, heading, the line
 * that matched most) and the passage of the instrument (criterion of level N, penjelasan, …) it matched best;
 * those details are worked out only for the indicators asked about.
 */
import type { DocModel } from '../document.ts';
import type { IndicatorIndex, TermVector } from './indicator-index.ts';
import { saturate } from './indicator-index.ts';
import type { PassageSource } from './passages.ts';
import { isContentsLine, splitSections } from './sections.ts';
import { foldAt } from './folds.ts';
import type { Section } from './sections.ts';

export interface RetrievalHit {
  indicator: number;
  /** Cosine similarity of the best section with the indicator's texts, 0..1. */
  score: number;
  page: number;
  heading: string;
  /** The section's line that holds most of the indicator's terms, as written (shortened). */
  snippet: string;
  /** The instrument text the section matched best. */
  matched: { source: PassageSource; level: number | null };
}

export interface Retrieval {
  /** The retrieval score of an indicator (0 when no section shares a term with its texts). */
  score(indicator: number): number;
  /** The best score over all indicators. */
  top: number;
  /** The best section's details for an indicator, or null when it has none. */
  hit(indicator: number): RetrievalHit | null;
}

const SNIPPET_CHARS = 160;
/** Weight of a word the instrument never uses: it dilutes a section without matching anything. */
const UNKNOWN_WEIGHT = 1;
/** Term id of a token without letters (no weight at all) and of a word the instrument never uses. */
const NO_TERM = -2;
const UNKNOWN = -1;

interface SectionVector {
  vector: TermVector;
  norm: number;
}

/** The document's terms: one id per token, plus the ids of the instrument's own form of a lexicon concept. */
interface DocTerms {
  ids: Int32Array;
  /** At the first token of a lexicon form: the term ids of the concept's first form ("steering committee" adds "tim koordinasi SPBE"). */
  extra: Map<number, number[]>;
}

/**
 * The term id of every token of the document; a lexicon form keeps its own words (which the indicators naming
 * the concept hold, weighted below their own, indicator-index.ts) and adds the instrument's own words for the
 * concept. Lines of a table of contents weigh nothing.
 */
function termIds(index: IndicatorIndex, doc: DocModel): DocTerms {
  const ids = new Int32Array(doc.tokens.length).fill(NO_TERM);
  const extra = new Map<number, number[]>();
  for (const line of doc.lines) {
    if (isContentsLine(line.text)) continue;
    for (let t = line.tokenStart; t < line.tokenEnd; t++) {
      const fold = foldAt(index.folds, doc.tokens, t, line.tokenEnd);
      if (fold !== undefined) extra.set(t, fold.to);
      const span = fold?.from.length ?? 1;
      for (let k = 0; k < span; k++) {
        const term = index.terms.termOf(doc.tokens[t + k] ?? '');
        ids[t + k] = term === null ? NO_TERM : (index.ids.get(term) ?? UNKNOWN);
      }
      t += span - 1;
    }
  }
  return { ids, extra };
}

/** The term ids of token `t`: its own (when it has one) and any a lexicon form added there. */
function idsAt(terms: DocTerms, t: number): number[] {
  const own = terms.ids[t] ?? NO_TERM;
  const more = terms.extra.get(t) ?? [];
  return own >= 0 ? [own, ...more] : more;
}

function sectionVector(index: IndicatorIndex, terms: DocTerms, section: Section): SectionVector {
  const counts = new Map<number, number>();
  let unknown = 0;
  for (let t = section.tokenStart; t < section.tokenEnd; t++) {
    if (terms.ids[t] === UNKNOWN) unknown++;
    for (const id of idsAt(terms, t)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const vector: TermVector = new Map();
  let sum = unknown * UNKNOWN_WEIGHT * UNKNOWN_WEIGHT;
  for (const [id, tf] of counts) {
    const w = saturate(tf) * (index.idf[id] ?? 0);
    vector.set(id, w);
    sum += w * w;
  }
  return { vector, norm: Math.sqrt(sum) };
}

function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [id, w] of small) sum += w * (large.get(id) ?? 0);
  return sum;
}

function bestPassage(index: IndicatorIndex, k: number, vector: TermVector): { source: PassageSource; level: number | null } {
  let best: { source: PassageSource; level: number | null } = { source: 'nama', level: null };
  let bestScore = -1;
  for (const i of index.passagesOf[k] ?? []) {
    const p = index.passages[i];
    const pv = index.passageVectors[i];
    const pn = index.passageNorms[i] ?? 0;
    if (p === undefined || pv === undefined || pn === 0) continue;
    const score = dot(vector, pv) / pn;
    if (score > bestScore) {
      bestScore = score;
      best = { source: p.source, level: p.level };
    }
  }
  return best;
}

/**
 * The line of the section holding the most weight of the indicator's terms (each term counted once); a body
 * line rather than the heading, which the explanation names anyway.
 */
function snippetOf(index: IndicatorIndex, doc: DocModel, terms: DocTerms, section: Section, k: number): string {
  const weightOf = index.vectors[k] ?? new Map<number, number>();
  const hasBody = doc.lines.slice(section.lineStart, section.lineEnd).some((line) => line.place === 'isi');
  let best = '';
  let bestScore = -1;
  for (let l = section.lineStart; l < section.lineEnd; l++) {
    const line = doc.lines[l];
    if (line === undefined || (hasBody && line.place !== 'isi') || isContentsLine(line.text)) continue;
    const seen = new Set<number>();
    let score = 0;
    for (let t = line.tokenStart; t < line.tokenEnd; t++) {
      for (const id of idsAt(terms, t)) {
        if (seen.has(id)) continue;
        seen.add(id);
        score += weightOf.get(id) ?? 0;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = line.text;
    }
  }
  return best.length > SNIPPET_CHARS ? `${best.slice(0, SNIPPET_CHARS - 1)}…` : best;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function retrieve(index: IndicatorIndex, doc: DocModel): Retrieval {
  const terms = termIds(index, doc);
  const sections = splitSections(doc);
  const n = index.indicators.length;
  const bestScore = new Float64Array(n);
  const bestSection = new Int32Array(n).fill(-1);
  const vectors = sections.map((s) => sectionVector(index, terms, s));
  const dots = new Float64Array(n);
  vectors.forEach(({ vector, norm }, si) => {
    if (norm === 0) return;
    dots.fill(0);
    for (const [id, w] of vector) for (const p of index.postings[id] ?? []) dots[p.k] = (dots[p.k] ?? 0) + w * p.w;
    for (let k = 0; k < n; k++) {
      const kn = index.norms[k] ?? 0;
      const cos = kn === 0 ? 0 : (dots[k] ?? 0) / (norm * kn);
      if (cos > (bestScore[k] ?? 0)) {
        bestScore[k] = cos;
        bestSection[k] = si;
      }
    }
  });
  const slot = new Map(index.indicators.map((no, k) => [no, k]));
  const scoreAt = (k: number | undefined): number => (k === undefined ? 0 : round(bestScore[k] ?? 0));
  return {
    score: (indicator) => scoreAt(slot.get(indicator)),
    top: round(Math.max(0, ...bestScore)),
    hit(indicator) {
      const k = slot.get(indicator);
      const si = k === undefined ? -1 : (bestSection[k] ?? -1);
      const section = sections[si];
      const vector = vectors[si]?.vector;
      if (k === undefined || section === undefined || vector === undefined) return null;
      return {
        indicator,
        score: scoreAt(k),
        page: section.page,
        heading: section.heading,
        snippet: snippetOf(index, doc, terms, section, k),
        matched: bestPassage(index, k, vector),
      };
    },
  };
}
