/**
 * Sector public services (the pack's `sectorSlots`): the workspace names each sector's application and terms
 * (config `layananSektor`); the pack lexicon's other forms of a keyword count as the keyword. A keyword is scored like a strong phrase of the sector's indicator, exactly as the
 * application names of the other service indicators are: the title area of a screenshot or manual maps, a passing
 * mention (a screen listing other applications, a report's body) stays a candidate at most.
 */
import type { DocumentKind, MatchReason, SectorService } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { PhraseEvidence } from './evidence.ts';
import { collectEvidence, contribution, isMatched, reasonsOf, withPathEvidence } from './evidence.ts';
import { compileMatcher, matchPhrases } from './matcher.ts';
import type { Matcher } from './matcher.ts';
import type { RuleSet } from './ruleset.ts';
import type { IndicatorScore } from './score.ts';
import { kindFactor } from './score.ts';
import { slug } from './normalize.ts';
import { expandPhrase } from './lexicon.ts';

export interface SectorSet {
  matcher: Matcher;
  /** Indicator of each keyword phrase, by phrase index. */
  owner: number[];
  indicators: number[];
}

const cache = new WeakMap<RuleSet, Map<string, SectorSet>>();


/** The keyword matcher of the sectors in a sector slot whose indicator the rules know; null when there is none. Cached. */
export function compileSectors(rules: RuleSet, sectors: readonly SectorService[]): SectorSet | null {
  const slots = new Set(rules.sectorSlots);
  const known = new Set(rules.indicators.map((i) => i.no).filter((no) => slots.has(no)));
  const usable = sectors
    .map((s) => ({ indicator: s.indicator, keywords: s.keywords.map((k) => k.trim()).filter((k) => k.length > 0) }))
    .filter((s) => known.has(s.indicator) && s.keywords.length > 0);
  if (usable.length === 0) return null;
  const key = JSON.stringify(usable);
  const byKey = cache.get(rules) ?? new Map<string, SectorSet>();
  cache.set(rules, byKey);
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  // A keyword's lexicon forms name the same service ("pengaduan masyarakat" → "public complaint").
  const phrases = usable.flatMap((s) => s.keywords.flatMap((k) => [k, ...expandPhrase(k, rules.lexicon)].map((text) => ({ indicator: s.indicator, text }))));
  const specs = phrases.map((p) => ({ id: `sektor.${p.indicator}.${slug(p.text)}`, text: p.text, weight: 1, exact: false }));
  const set: SectorSet = {
    matcher: compileMatcher(specs, rules.aliases),
    owner: phrases.map((p) => p.indicator),
    indicators: [...new Set(usable.map((s) => s.indicator))],
  };
  byKey.set(key, set);
  return set;
}

export interface SectorEvidence {
  /** From the text only. */
  content: PhraseEvidence[];
  /** From the text and the file's location. */
  all: PhraseEvidence[];
}

export function sectorEvidence(rules: RuleSet, set: SectorSet, doc: DocModel, pathDoc: DocModel): SectorEvidence {
  const content = collectEvidence(rules, doc, matchPhrases(set.matcher, doc));
  const path = collectEvidence(rules, pathDoc, matchPhrases(set.matcher, pathDoc));
  return { content, all: withPathEvidence(content, path) };
}

/** Sector indicators whose keyword the document names (first title lines or "tentang" clause). */
export function namedSectors(set: SectorSet, evidence: readonly PhraseEvidence[]): Set<number> {
  return new Set(set.owner.filter((_, i) => evidence[i]?.named ?? false));
}

export interface SectorScoreInput {
  rules: RuleSet;
  set: SectorSet;
  evidence: readonly PhraseEvidence[];
  kind: DocumentKind;
  policyTitle: boolean;
}

/** One score per sector indicator (zero when no keyword matched). */
export function sectorScores(input: SectorScoreInput): IndicatorScore[] {
  const { rules, set, evidence, kind } = input;
  return set.indicators.map((no) => {
    const reasons: MatchReason[] = [];
    let sum = 0;
    set.owner.forEach((owner, i) => {
      const e = evidence[i];
      const phrase = set.matcher.phrases[i];
      if (owner !== no || e === undefined || phrase === undefined || !isMatched(e)) return;
      const { structural, body } = contribution(rules, e);
      sum += structural + body;
      reasons.push(...reasonsOf(rules, phrase, e, 1));
    });
    const indicator = rules.indicators.find((i) => i.no === no);
    if (indicator === undefined || sum === 0) return { no, raw: 0, score: 0, reasons: [] };
    const raw = Math.min(rules.scoring.strongCap, sum);
    const curve = 1 - Math.exp(-rules.scoring.steepness * raw);
    const score = Math.max(0, Math.min(1, curve * kindFactor(rules, indicator, kind, input.policyTitle)));
    return { no, raw, score, reasons };
  });
}

/** Scores with the sector scores merged in: per indicator the higher score wins, its reasons first. */
export function withSectorScores(base: readonly IndicatorScore[], sectors: readonly IndicatorScore[]): IndicatorScore[] {
  return base.map((s) => {
    const sector = sectors.find((x) => x.no === s.no);
    if (sector === undefined || sector.score <= s.score) return s;
    return { no: s.no, raw: Math.max(s.raw, sector.raw), score: sector.score, reasons: [...sector.reasons, ...s.reasons] };
  });
}
