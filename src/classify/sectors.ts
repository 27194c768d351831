/**
 * Names the workspace gives its own services: the sector public services (the pack's `sectorSlots`, config
 * `layananSektor`: the service each slot stands for and its keywords) and its own applications per indicator (config
 * `aplikasi`: "SIMPATIK" for 34, acronyms no pack can know). The pack lexicon's other forms of a name count as the
 * name. Both are one list here, matched and scored one way: a name weighs like a heavy phrase (weight 1) of its
 * indicator, through the same curve and document-kind factor as the pack's own phrases (score.ts `evidenceScore`),
 * so the title area of a screenshot or manual maps, a passing mention (a screen listing other applications, a
 * report's body) stays a candidate at most.
 */
import type { ApplicationNames, MatchReason, SectorService } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { PhraseEvidence } from './evidence.ts';
import { collectEvidence, contribution, isMatched, reasonsOf, withPathEvidence } from './evidence.ts';
import { compileMatcher, matchPhrases } from './matcher.ts';
import type { Matcher } from './matcher.ts';
import type { RuleSet } from './ruleset.ts';
import type { IndicatorScore, ScoreInput } from './score.ts';
import { evidenceScore } from './score.ts';
import { slug } from './normalize.ts';
import { expandPhrase } from './lexicon.ts';

/**
 * Where a name comes from: its rule id prefix (`sektor.45.sicantik`, `aplikasi.34.simpatik`, `dipelajari.37.siarsi`
 * for a name the workspace learned from its documents), read by explain.ts.
 */
export type NameSource = 'sektor' | 'aplikasi' | 'dipelajari';

export interface NameSet {
  matcher: Matcher;
  /** Indicator of each name phrase, by phrase index. */
  owner: number[];
  indicators: number[];
}

interface Names {
  source: NameSource;
  indicator: number;
  names: string[];
}

const cache = new WeakMap<RuleSet, Map<string, NameSet>>();

/**
 * The matcher of the workspace's names for indicators the rules know (sector keywords only for the sector slots);
 * null when there is none. Cached.
 */
export function compileNames(rules: RuleSet, sectors: readonly SectorService[], applications: readonly ApplicationNames[], learned: readonly ApplicationNames[] = []): NameSet | null {
  const slots = new Set(rules.sectorSlots);
  const known = new Set(rules.indicators.map((i) => i.no));
  const all: Names[] = [
    ...sectors.filter((s) => slots.has(s.indicator)).map((s) => ({ source: 'sektor' as const, indicator: s.indicator, names: s.keywords })),
    ...applications.map((a) => ({ source: 'aplikasi' as const, indicator: a.indicator, names: a.names })),
    ...learned.map((a) => ({ source: 'dipelajari' as const, indicator: a.indicator, names: a.names })),
  ];
  const usable = all
    .map((n) => ({ ...n, names: n.names.map((k) => k.trim()).filter((k) => k.length > 0) }))
    .filter((n) => known.has(n.indicator) && n.names.length > 0);
  if (usable.length === 0) return null;
  const key = JSON.stringify(usable);
  const byKey = cache.get(rules) ?? new Map<string, NameSet>();
  cache.set(rules, byKey);
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  // A name's lexicon forms name the same service ("pengaduan masyarakat" → "public complaint"). A name given twice
  // for one indicator (as a sector keyword and an application) counts once.
  const seen = new Set<string>();
  const phrases = usable.flatMap((n) =>
    n.names.flatMap((k) => [k, ...expandPhrase(k, rules.lexicon)].map((text) => ({ source: n.source, indicator: n.indicator, text }))),
  ).filter((p) => {
    const id = `${p.indicator}.${slug(p.text)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const specs = phrases.map((p) => ({ id: `${p.source}.${p.indicator}.${slug(p.text)}`, text: p.text, weight: 1, exact: false }));
  const set: NameSet = {
    matcher: compileMatcher(specs, rules.aliases),
    owner: phrases.map((p) => p.indicator),
    indicators: [...new Set(usable.map((n) => n.indicator))],
  };
  byKey.set(key, set);
  return set;
}

export interface NameEvidence {
  /** From the text only. */
  content: PhraseEvidence[];
  /** From the text and the file's location. */
  all: PhraseEvidence[];
}

export function nameEvidence(rules: RuleSet, set: NameSet, doc: DocModel, pathDoc: DocModel): NameEvidence {
  const content = collectEvidence(rules, doc, matchPhrases(set.matcher, doc));
  const path = collectEvidence(rules, pathDoc, matchPhrases(set.matcher, pathDoc));
  return { content, all: withPathEvidence(content, path) };
}

/** Indicators whose workspace name the document names (first title lines or "tentang" clause). */
export function namedIndicators(set: NameSet, evidence: readonly PhraseEvidence[]): Set<number> {
  return new Set(set.owner.filter((_, i) => evidence[i]?.named ?? false));
}

/**
 * One score per named indicator (zero when no name matched): the names' evidence summed as strong phrases of weight
 * 1, scored with the document facts of `base` (kind, title, the pack's evidence for the stop signals).
 */
export function nameScores(base: ScoreInput, set: NameSet, evidence: readonly PhraseEvidence[]): IndicatorScore[] {
  const { rules } = base;
  return set.indicators.map((no) => {
    const reasons: MatchReason[] = [];
    let sum = 0;
    for (const [i, owner] of set.owner.entries()) {
      const e = evidence[i];
      const phrase = set.matcher.phrases[i];
      if (owner !== no || e === undefined || phrase === undefined || !isMatched(e)) continue;
      const { structural, body } = contribution(rules, e);
      sum += structural + body;
      reasons.push(...reasonsOf(rules, phrase, e, 1));
    }
    const indicator = rules.indicators.find((i) => i.no === no);
    if (indicator === undefined || sum === 0) return { no, raw: 0, score: 0, reasons: [] };
    const raw = Math.min(rules.scoring.strongCap, sum);
    return { no, raw, score: Math.max(0, Math.min(1, evidenceScore(base, indicator, raw))), reasons };
  });
}

/** Scores with the name scores merged in: per indicator the higher score wins, its reasons first. */
export function withNameScores(base: readonly IndicatorScore[], names: readonly IndicatorScore[]): IndicatorScore[] {
  return base.map((s) => {
    const named = names.find((x) => x.no === s.no);
    if (named === undefined || named.score <= s.score) return s;
    return { no: s.no, raw: Math.max(s.raw, named.raw), score: named.score, reasons: [...named.reasons, ...s.reasons] };
  });
}
