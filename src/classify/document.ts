/**
 * The document as the matcher sees it: one stream of skeleton tokens over all pages, each token
 * knowing its line (and so its page and place), long forms folded into abbreviations, and a
 * "compact" string (tokens glued together) for phrases broken or glued by OCR.
 */
import type { MatchPlace } from '../types/classification.ts';
import { dehyphenate, skeleton, skeletonTokens, wordSpans, wordsOf } from './normalize.ts';
import { linePlaces } from './places.ts';
import { splitFlatHeadings } from './flat-heading.ts';
import { collapseLetterSpacing } from './letter-spacing.ts';

export interface PageText {
  no: number;
  text: string;
}

export interface DocLine {
  page: number;
  place: MatchPlace;
  /** Order among the title lines (0 = first), or -1 for other lines. */
  titleRank: number;
  /** The line as written (trimmed). */
  text: string;
  /** Token range [tokenStart, tokenEnd) after alias folding. */
  tokenStart: number;
  tokenEnd: number;
}

export interface DocModel {
  tokens: string[];
  /** Line index of each token. */
  tokenLine: number[];
  /** The token is followed by a clause mark (, . ; : ! ?) in its line: a phrase of the level facts does not run past it. */
  breakAfter: boolean[];
  lines: DocLine[];
  /** Tokens glued together, and where each token starts and ends in it. */
  compact: string;
  compactStart: number[];
  compactEnd: number[];
  /** Tokens with at least one letter: a rough measure of how much text there is. */
  wordCount: number;
  pageCount: number;
  /** The page that holds the heading: the first with more than a stamp on it ("SALINAN"), or 0 without text. */
  headPage: number;
}

export interface Alias {
  from: string[];
  to: string;
}

/** Aliases keyed by their first token, longest first. */
export type AliasIndex = Map<string, Alias[]>;

export function buildAliasIndex(pairs: readonly (readonly [string, string])[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const [from, to] of pairs) {
    const fromTokens = skeletonTokens(from);
    const toToken = skeletonTokens(to).join('');
    const first = fromTokens[0];
    if (first === undefined || toToken.length === 0) continue;
    const list = index.get(first) ?? [];
    list.push({ from: fromTokens, to: toToken });
    list.sort((a, b) => b.from.length - a.from.length);
    index.set(first, list);
  }
  return index;
}

function aliasAt(tokens: readonly string[], i: number, aliases: AliasIndex): Alias | undefined {
  const candidates = aliases.get(tokens[i] ?? '');
  return candidates?.find((a) => a.from.every((t, k) => tokens[i + k] === t));
}

const HAS_LETTER = /\p{L}/u;
/** A clause mark right after a word: "kerja tim, kolaborasi …", "… selesai. Tim …". */
const CLAUSE_MARK = /^\s*[,.;:!?]/;
/** A page with fewer words is a cover stamp or a blank scan ("SALINAN", "ASLI"), not the heading. */
const HEAD_MIN_WORDS = 3;

function wordsOnPage(text: string): number {
  return wordsOf(text).filter((w) => HAS_LETTER.test(w)).length;
}

/** Index of the page with the heading: the first with some words, else the first with any text. */
function headPageIndex(pages: readonly PageText[]): number {
  const worded = pages.findIndex((p) => wordsOnPage(p.text) >= HEAD_MIN_WORDS);
  return worded >= 0 ? worded : pages.findIndex((p) => p.text.trim().length > 0);
}

/**
 * `tokenText` gives the part of a line that is tokenised (the line itself by default): level facts read a second
 * model with short parenthetical asides left out. Lines keep their text, so they are quoted as written.
 */
export function buildDocModel(pages: readonly PageText[], aliases: AliasIndex, tokenText: (line: string) => string = (line) => line): DocModel {
  const rawTokens: string[] = [];
  const rawLine: number[] = [];
  const rawBreak: boolean[] = [];
  const lines: DocLine[] = [];
  const head = headPageIndex(pages);
  for (let p = 0; p < pages.length; p++) {
    const page = pages[p];
    if (page === undefined) continue;
    const split = dehyphenate(page.text).split(/\r?\n|\f/).map(collapseLetterSpacing);
    // The head page holds the heading, perhaps flattened into one line; a blank cover or a page with only a stamp
    // before it (a scan OCR read little from) does not hide the title.
    const pageLines = p === head ? splitFlatHeadings(split) : split;
    const places = linePlaces(p === head ? 0 : Math.max(1, p), pageLines);
    let titleRank = 0;
    for (let l = 0; l < pageLines.length; l++) {
      const text = (pageLines[l] ?? '').trim();
      if (text.length === 0) continue;
      const lineIndex = lines.length;
      const place = places[l] ?? 'isi';
      lines.push({ page: page.no, place, titleRank: place === 'judul' ? titleRank++ : -1, text, tokenStart: 0, tokenEnd: 0 });
      const tokenised = tokenText(text);
      for (const { word, end } of wordSpans(tokenised)) {
        const token = skeleton(word);
        const marked = CLAUSE_MARK.test(tokenised.slice(end));
        if (token.length === 0) {
          if (marked && rawLine[rawLine.length - 1] === lineIndex) rawBreak[rawBreak.length - 1] = true;
          continue;
        }
        rawTokens.push(token);
        rawLine.push(lineIndex);
        rawBreak.push(marked);
      }
    }
  }

  const tokens: string[] = [];
  const tokenLine: number[] = [];
  const breakAfter: boolean[] = [];
  for (let i = 0; i < rawTokens.length; ) {
    const alias = aliasAt(rawTokens, i, aliases);
    if (alias === undefined) {
      tokens.push(rawTokens[i] ?? '');
      tokenLine.push(rawLine[i] ?? 0);
      breakAfter.push(rawBreak[i] ?? false);
      i++;
      continue;
    }
    tokens.push(alias.to);
    tokenLine.push(rawLine[i] ?? 0);
    breakAfter.push(rawBreak[i + alias.from.length - 1] ?? false);
    i += alias.from.length;
    // "Sistem Pemerintahan Berbasis Elektronik (SPBE)": drop the repeated abbreviation.
    if (rawTokens[i] === alias.to) i++;
  }

  for (const line of lines) line.tokenStart = line.tokenEnd = -1;
  for (let t = 0; t < tokens.length; t++) {
    const line = lines[tokenLine[t] ?? 0];
    if (line === undefined) continue;
    if (line.tokenStart < 0) line.tokenStart = t;
    line.tokenEnd = t + 1;
  }
  for (const line of lines) if (line.tokenStart < 0) line.tokenStart = line.tokenEnd = 0;

  const compactStart: number[] = [];
  const compactEnd: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    compactStart.push(offset);
    offset += token.length;
    compactEnd.push(offset);
  }
  const wordCount = tokens.reduce((n, t) => (HAS_LETTER.test(t) ? n + 1 : n), 0);
  const headPage = pages[head]?.no ?? 0;
  return { tokens, tokenLine, breakAfter, lines, compact: tokens.join(''), compactStart, compactEnd, wordCount, pageCount: pages.length, headPage };
}
