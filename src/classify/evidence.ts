/**
 * Turns raw phrase matches into evidence per phrase: the best structural place it reached (title,
 * "tentang", heading, path), how often it occurs in the body, and on which pages; and from that the
 * phrase's contribution, where body mentions saturate (log-like) and are capped.
 */
import type { MatchGap, MatchPlace, MatchReason } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { PhraseMatch } from './matcher.ts';
import type { RuleSet } from './ruleset.ts';

export interface PhraseEvidence {
  /** Best structural place reached, or null when the phrase only occurs in the body. */
  best: Exclude<MatchPlace, 'isi'> | null;
  /** True when the phrase is in the "tentang" clause or the first title lines: the document names it. */
  named: boolean;
  bodyCount: number;
  pages: Map<MatchPlace, number[]>;
  /** The lexicon variant that matched when the rule phrase itself did not (e.g. "steering committee"). */
  via?: string;
  /** Set when the phrase matched only apart (words in between, another order): it counts `scoring.gaps.factor` times. */
  gap?: MatchGap;
}

const STRUCTURAL: readonly Exclude<MatchPlace, 'isi'>[] = ['judul', 'tentang', 'judul-bagian', 'path'];

/** Title lines that name the document's subject; later short lines of a screen or cover are context. */
const NAMING_TITLE_LINES = 4;

function placeOfMatch(doc: DocModel, match: PhraseMatch, weights: Record<Exclude<MatchPlace, 'isi'>, number>): { place: MatchPlace; named: boolean } {
  let best: MatchPlace = 'isi';
  let bestWeight = 0;
  let named = false;
  let lastLine = -1;
  for (let t = match.start; t < match.end; t++) {
    const lineIndex = doc.tokenLine[t] ?? -1;
    if (lineIndex === lastLine) continue;
    lastLine = lineIndex;
    const line = doc.lines[lineIndex];
    const place = line?.place ?? 'isi';
    if (place === 'tentang' || (line !== undefined && line.titleRank >= 0 && line.titleRank < NAMING_TITLE_LINES)) named = true;
    if (place !== 'isi' && weights[place] > bestWeight) {
      best = place;
      bestWeight = weights[place];
    }
  }
  return { place: best, named };
}

function addPage(map: Map<MatchPlace, number[]>, place: MatchPlace, page: number): void {
  const list = map.get(place);
  if (list === undefined) map.set(place, [page]);
  else if (!list.includes(page)) list.push(page);
}

/** Evidence for every phrase of the rule set, by phrase index. */
export function collectEvidence(rules: RuleSet, doc: DocModel, matches: readonly PhraseMatch[][]): PhraseEvidence[] {
  const weights = rules.scoring.places;
  return matches.map((all) => {
    const evidence: PhraseEvidence = { best: null, named: false, bodyCount: 0, pages: new Map() };
    // Word for word anywhere (the phrase or a variant of it): matches apart add nothing.
    const whole = all.filter((m) => m.gap === undefined);
    const list = whole.length > 0 ? whole : all;
    const gap = whole.length > 0 ? undefined : list.find((m) => m.gap === 'inserted')?.gap ?? list[0]?.gap;
    if (gap !== undefined) evidence.gap = gap;
    const direct = list.some((m) => m.via === undefined);
    const via = list.find((m) => m.via !== undefined)?.via;
    if (!direct && via !== undefined) evidence.via = via;
    for (const match of list) {
      const { place, named } = placeOfMatch(doc, match, weights);
      if (named) evidence.named = true;
      const page = doc.lines[doc.tokenLine[match.start] ?? 0]?.page ?? 1;
      addPage(evidence.pages, place, page);
      if (place === 'isi') evidence.bodyCount++;
      else if (evidence.best === null || weights[place] > weights[evidence.best]) evidence.best = place;
    }
    return evidence;
  });
}

/** Merges path evidence (every place becomes `path`) into content evidence. */
export function withPathEvidence(content: readonly PhraseEvidence[], path: readonly PhraseEvidence[]): PhraseEvidence[] {
  return content.map((c, i) => {
    const p = path[i];
    if (p === undefined || (p.best === null && p.bodyCount === 0)) return c;
    const pages = new Map(c.pages);
    pages.set('path', []);
    const best = c.best ?? 'path';
    const via = c.best === null && c.bodyCount === 0 ? p.via : c.via;
    // The content decides how the phrase matched; the path only when the content holds nothing.
    const gap = isMatched(c) ? c.gap : p.gap;
    return { best, named: c.named, bodyCount: c.bodyCount, pages, ...(via === undefined ? {} : { via }), ...(gap === undefined ? {} : { gap }) };
  });
}


/**
 * Merges the evidence of the subject a regulation states in its considerations (considerations.ts) into the content
 * evidence: a phrase found there counts as named in the "tentang" clause.
 */
export function withSubjectEvidence(content: readonly PhraseEvidence[], subject: readonly PhraseEvidence[], page: number): PhraseEvidence[] {
  return content.map((c, i) => {
    const s = subject[i];
    if (s === undefined || !isMatched(s)) return c;
    const pages = new Map(c.pages);
    addPage(pages, 'tentang', page);
    const best = c.best === 'judul' ? 'judul' : 'tentang';
    const via = c.best === null && c.bodyCount === 0 ? s.via : c.via;
    // The best place decides how the phrase matched: the title's match, else the subject's.
    const gap = best === 'judul' ? c.gap : s.gap;
    return { best, named: true, bodyCount: c.bodyCount, pages, ...(via === undefined ? {} : { via }), ...(gap === undefined ? {} : { gap }) };
  });
}

export function isMatched(e: PhraseEvidence | undefined): boolean {
  return e !== undefined && (e.best !== null || e.bodyCount > 0);
}

export function matchedIn(e: PhraseEvidence | undefined, places: readonly MatchPlace[]): boolean {
  return e !== undefined && places.some((p) => e.pages.has(p));
}

/**
 * A phrase's contribution before its weight: best structural place plus saturating body mentions; for a phrase
 * matched only apart, `scoring.gaps.factor` of that.
 */
export function contribution(rules: RuleSet, e: PhraseEvidence): { structural: number; body: number } {
  const { places, body } = rules.scoring;
  const factor = gapFactor(rules, e);
  const structural = e.best === null ? 0 : places[e.best];
  const bodyPart = e.bodyCount === 0 ? 0 : Math.min(body.cap, body.perMention * Math.log2(1 + e.bodyCount));
  return { structural: structural * factor, body: bodyPart * factor };
}

/** What a match apart counts for against a word-for-word one (1 for the latter). */
export function gapFactor(rules: RuleSet, e: PhraseEvidence | undefined): number {
  return e?.gap === undefined ? 1 : (rules.scoring.gaps?.factor ?? 1);
}

/** Human-readable reasons for one phrase of the rule set: one per structural place reached, one for the body. */
export function reasonsFor(rules: RuleSet, phraseIndex: number, e: PhraseEvidence, weight: number): MatchReason[] {
  const phrase = rules.matcher.phrases[phraseIndex];
  return phrase === undefined ? [] : reasonsOf(rules, phrase, e, weight);
}

/** Reasons for a phrase given by its id and text (phrases of another matcher, e.g. sector keywords). */
export function reasonsOf(rules: RuleSet, rulePhrase: { id: string; text: string }, e: PhraseEvidence, weight: number): MatchReason[] {
  const { structural, body } = contribution(rules, e);
  const reasons: MatchReason[] = [];
  // "steering committee (padanan tim koordinasi SPBE)": the words the document uses, and the rule they count for.
  const phrase = e.via === undefined ? rulePhrase : { id: rulePhrase.id, text: `${e.via} (padanan ${rulePhrase.text})` };
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  const gap = e.gap === undefined ? {} : { gap: e.gap };
  for (const place of STRUCTURAL) {
    const pages = e.pages.get(place);
    if (pages === undefined) continue;
    const share = place === e.best ? structural * weight : 0;
    // How the content matched says nothing of the path, unless only the path holds the phrase.
    const how = place === 'path' && e.best !== 'path' ? {} : gap;
    reasons.push({ rule: phrase.id, phrase: phrase.text, place, pages: [...pages].sort((a, b) => a - b), weight: round(share), ...how });
  }
  const bodyPages = e.pages.get('isi');
  if (bodyPages !== undefined) {
    reasons.push({ rule: phrase.id, phrase: phrase.text, place: 'isi', pages: [...bodyPages].sort((a, b) => a - b), weight: round(body * weight), ...gap });
  }
  return reasons;
}
