/**
 * Compiles a validated rules file into a RuleSet: every phrase of every rule goes into one matcher
 * (compiled once), and the rules refer to phrases by index.
 */
import type { KindFactors, PhraseSignal, RuleFile, RulePhrase, SignalRuleFile } from './rules-schema.ts';
import type { DocumentKind } from '../types/classification.ts';
import type { Indicator } from '../types/instrument.ts';
import type { CombinerFile } from './combine.ts';
import type { AliasIndex } from './document.ts';
import { buildAliasIndex } from './document.ts';
import { compileMatcher } from './matcher.ts';
import type { GapOptions, Matcher, PhraseSpec } from './matcher.ts';
import { skeletonTokens } from './normalize.ts';
import { EMPTY_LEXICON, expandPhrase } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { slug } from './normalize.ts';

export interface IndicatorRules {
  no: number;
  family: string;
  strong: number[];
  support: number[];
  combined: { id: string; text: string; phrases: number[]; weight: number }[];
  kinds: KindFactors;
  /** Kinds whose `kinds` factor needs an address to all units (see rules-schema.ts). */
  toAllUnits: ReadonlySet<DocumentKind>;
  /** Kinds whose `kinds` factor needs the title to name the indicator (see rules-schema.ts). */
  onlyWhenNamed: ReadonlySet<DocumentKind>;
  requireAny: number[];
  requireMentions: number;
  orPathHint: boolean;
  negative: { phrase: number; factor: number }[];
}

/** One compiled way of raising a signal (see rules-schema.ts, `signals`). */
export interface SignalRule {
  signal: PhraseSignal;
  phrases: number[];
  near: { first: number; then: number[]; within: number }[];
  titleOnly: boolean;
  /** Empty: every kind. */
  kinds: ReadonlySet<DocumentKind>;
  /** Guard words as skeleton tokens (matched as prefixes of document tokens). */
  notFollowedBy: string[];
  notPrecededBy: string[];
  notUnder: string[];
  notOnLinesOpenedBy: string[];
  /** Guard words that may not follow a match on its line within `within` words (a plan or a negation after it). */
  notFollowedWithin: { words: string[]; within: number }[];
}

/** What the pack manifest tells the classifier beyond the rules file. */
export interface RulesScope {
  /** Indicator numbers a path hint may name (the manifest's `indicatorNumbers`). */
  indicatorNumbers: { min: number; max: number };
  /** Indicators of the sector public services (the manifest's `sectorSlots`). */
  sectorSlots: readonly number[];
  /** The instrument's indicators, whose own texts the retrieval matches documents against (none: no retrieval). */
  texts?: readonly Indicator[];
  /** The pack's combiner (`combiner.yaml`); null or absent: the rule scores stand. */
  combiner?: CombinerFile | null;
}

export interface RuleSet extends RulesScope {
  id: string;
  texts: readonly Indicator[];
  combiner: CombinerFile | null;
  /** The pack's lexicon (the retrieval reads a document's variants as the instrument's own forms). */
  lexicon: Lexicon;
  scoring: RuleFile['scoring'];
  aliases: AliasIndex;
  matcher: Matcher;
  indicators: IndicatorRules[];
  families: Record<string, KindFactors>;
  policyTitle: { phrases: number[]; families: Record<string, number> };
  umbrella: { phrases: number[]; family: string; bonus: number };
  issuer: { factor: number; exempt: ReadonlySet<DocumentKind> };
  pressRelease: { factor: number };
  instrument: { title: number[]; vocabulary: number[]; minVocabulary: number; minIndicators: number; factor: number };
  offTopic: { title: number[]; factor: number };
  commercial: { title: number[]; anywhere: number[]; factor: number };
  publication: { abstract: number[]; venue: number[]; factor: number };
  /** Records never evidence alone (distractors.ts): title openings as skeleton words, phrases that undo it. */
  records: { title: string[][]; unless: number[]; factor: number };
  signals: SignalRule[];
  /** Lexicon variants (phrase index) → the rule phrase they stand for (see lexicon.ts). */
  variantOf: ReadonlyMap<number, number>;
  /** Which mappings teach the workspace its application names (rules file `learnApplications`). */
  learnApplications: { indicators: ReadonlySet<number>; minScore: number };
}

const DEFAULT_STRONG = 1;
const DEFAULT_SUPPORT = 0.25;


/**
 * Collects phrase specs and hands out their indexes. Lexicon variants are added once every rule phrase is known
 * (`addVariants`), so a variant that is itself a rule phrase ("data center" beside "pusat data") is not counted twice.
 */
class PhraseTable {
  readonly specs: PhraseSpec[] = [];
  /** Variant index → the index of the rule phrase it stands for. */
  readonly variantOf = new Map<number, number>();

  add(prefix: string, phrase: RulePhrase, defaultWeight: number, exact = false, gaps = false): number {
    const text = typeof phrase === 'string' ? phrase : phrase.text;
    const weight = typeof phrase === 'string' ? defaultWeight : (phrase.weight ?? defaultWeight);
    const id = `${prefix}.${typeof phrase === 'string' ? slug(text) : (phrase.id ?? slug(text))}`;
    this.specs.push({ id, text, weight, exact, gaps });
    return this.specs.length - 1;
  }

  /**
   * Adds the lexicon variants of every rule phrase. Within one scope (an indicator, the signals, the distractor
   * lists: the first part of the phrase id), a variant that is a rule phrase itself, or already stands for another
   * rule phrase, is left out: each wording counts once.
   */
  addVariants(lexicon: Lexicon): void {
    const originals = [...this.specs];
    // Spaces do not tell wordings apart: the matcher reads "datacenter" in "Data Center" and the reverse.
    const key = (text: string): string => skeletonTokens(text).join('');
    const scopeOf = (id: string): string => id.split('.')[0] ?? id;
    const taken = new Map<string, Set<string>>();
    /** Per scope: rule phrase wording → its index. */
    const ruleIndex = new Map<string, Map<string, number>>();
    originals.forEach((spec, index) => {
      const scope = scopeOf(spec.id);
      const set = taken.get(scope) ?? new Set<string>();
      set.add(key(spec.text));
      taken.set(scope, set);
      const rules = ruleIndex.get(scope) ?? new Map<string, number>();
      if (!rules.has(key(spec.text))) rules.set(key(spec.text), index);
      ruleIndex.set(scope, rules);
    });
    originals.forEach((spec, index) => {
      const set = taken.get(scopeOf(spec.id)) ?? new Set<string>();
      for (const variant of expandPhrase(spec.text, lexicon)) {
        const k = key(variant);
        // A weaker rule phrase that is another form of this one ("ruang server", a support term beside the strong
        // "pusat data") counts as this one: the lexicon says they name the same thing.
        const weaker = ruleIndex.get(scopeOf(spec.id))?.get(k);
        const weakerSpec = weaker === undefined ? undefined : originals[weaker];
        if (weaker !== undefined && weakerSpec !== undefined && weakerSpec.weight < spec.weight && !weakerSpec.exact && !spec.exact && !this.variantOf.has(weaker)) {
          this.variantOf.set(weaker, index);
        }
        if (set.has(k)) continue;
        set.add(k);
        this.specs.push({ id: `${spec.id}~${slug(variant)}`, text: variant, weight: spec.weight, exact: spec.exact, gaps: spec.gaps ?? false });
        this.variantOf.set(this.specs.length - 1, index);
      }
    });
  }

  addAll(prefix: string, phrases: readonly RulePhrase[], defaultWeight = 1): number[] {
    return phrases.map((p) => this.add(prefix, p, defaultWeight));
  }

  /** Indicator phrases: they may also match apart (words in between, another order) when the pack allows it. */
  addIndicator(prefix: string, phrases: readonly RulePhrase[], defaultWeight = 1): number[] {
    return phrases.map((p) => this.add(prefix, p, defaultWeight, false, true));
  }

  /** Signal lists (issuers, instrument vocabulary, off-topic words) match word for word. */
  addExact(prefix: string, phrases: readonly RulePhrase[]): number[] {
    return phrases.map((p) => this.add(prefix, p, 1, true));
  }
}

function guardTokens(words: readonly string[]): string[] {
  return words.flatMap((w) => skeletonTokens(w).slice(0, 1));
}

function compileSignals(table: PhraseTable, signals: RuleFile['signals']): SignalRule[] {
  const entries = Object.entries(signals) as [PhraseSignal, SignalRuleFile[] | undefined][];
  return entries.flatMap(([signal, rules]) =>
    (rules ?? []).map((r, i) => {
      const prefix = `sinyal.${signal}.${i + 1}`;
      return {
        signal,
        phrases: table.addAll(prefix, r.phrases),
        near: r.near.map((n) => ({ first: table.add(prefix, n.first, 1), then: table.addAll(prefix, n.then), within: n.within })),
        titleOnly: r.titleOnly,
        kinds: new Set(r.kinds),
        notFollowedBy: guardTokens(r.notFollowedBy),
        notPrecededBy: guardTokens(r.notPrecededBy),
        notUnder: guardTokens(r.notUnder),
        notOnLinesOpenedBy: guardTokens(r.notOnLinesOpenedBy),
        notFollowedWithin: r.notFollowedWithin.map((w) => ({ words: guardTokens(w.words), within: w.within })),
      };
    }),
  );
}

export function compileRuleSet(file: RuleFile, scope: RulesScope, lexicon: Lexicon = EMPTY_LEXICON): RuleSet {
  const table = new PhraseTable();
  const indicators: IndicatorRules[] = Object.entries(file.indicators)
    .map(([key, rule]) => {
      const no = Number(key);
      const prefix = `i${no}`;
      return {
        no,
        family: rule.family,
        strong: table.addIndicator(prefix, rule.strong, DEFAULT_STRONG),
        support: table.addIndicator(prefix, rule.support, DEFAULT_SUPPORT),
        combined: rule.combined.map((c, i) => ({
          id: `${prefix}.gabungan-${i + 1}`,
          text: c.all.map((p) => (typeof p === 'string' ? p : p.text)).join(' + '),
          phrases: table.addIndicator(`${prefix}.gabungan-${i + 1}`, c.all),
          weight: c.weight,
        })),
        kinds: rule.kinds,
        toAllUnits: new Set(rule.toAllUnits),
        onlyWhenNamed: new Set(rule.onlyWhenNamed),
        requireAny: table.addAll(`${prefix}.syarat`, rule.requireAny),
        requireMentions: rule.requireMentions,
        orPathHint: rule.orPathHint,
        negative: rule.negative.map((n) => ({ phrase: table.add(`${prefix}.kecuali`, n.text, 1), factor: n.factor })),
      };
    })
    .sort((a, b) => a.no - b.no);
  const d = file.distractors;
  const ruleSet: Omit<RuleSet, 'matcher' | 'variantOf'> = {
    id: file.instrument,
    indicatorNumbers: scope.indicatorNumbers,
    sectorSlots: scope.sectorSlots,
    texts: scope.texts ?? [],
    combiner: scope.combiner ?? null,
    lexicon,
    scoring: file.scoring,
    aliases: buildAliasIndex(file.aliases),
    indicators,
    families: file.families,
    policyTitle: { phrases: table.addAll('kebijakan', file.policyTitle.phrases), families: file.policyTitle.families },
    umbrella: { phrases: table.addAll('payung', file.umbrella.phrases), family: file.umbrella.family, bonus: file.umbrella.bonus },
    issuer: { factor: d.issuer.factor, exempt: new Set(d.issuer.exempt) },
    pressRelease: { factor: d.pressRelease.factor },
    instrument: {
      title: table.addExact('instrumen.judul', d.instrument.title),
      vocabulary: table.addExact('instrumen.istilah', d.instrument.vocabulary),
      minVocabulary: d.instrument.minVocabulary,
      minIndicators: d.instrument.minIndicators,
      factor: d.instrument.factor,
    },
    offTopic: { title: table.addExact('luar-topik', d.offTopic.title), factor: d.offTopic.factor },
    commercial: { title: table.addExact('penawaran', d.commercial.title), anywhere: table.addExact('penawaran.isi', d.commercial.anywhere), factor: d.commercial.factor },
    publication: { abstract: table.addExact('publikasi.abstrak', d.publication.abstract), venue: table.addExact('publikasi.terbitan', d.publication.venue), factor: d.publication.factor },
    records: { title: d.records.title.map((t) => skeletonTokens(t)), unless: table.addExact('administrasi.kecuali', d.records.unless), factor: d.records.factor },
    signals: compileSignals(table, file.signals),
    learnApplications: {
      indicators: new Set(indicators.filter((i) => file.learnApplications.families.includes(i.family)).map((i) => i.no)),
      minScore: file.learnApplications.minScore,
    },
  };
  table.addVariants(lexicon);
  return { ...ruleSet, variantOf: table.variantOf, matcher: compileMatcher(table.specs, ruleSet.aliases, gapOptions(file.scoring.gaps)) };
}

/** The rule set with other `scoring.gaps` settings (none: word for word only), its matcher compiled again. */
export function withGaps(rules: RuleSet, gaps: RuleFile['scoring']['gaps']): RuleSet {
  const { gaps: _previous, ...scoring } = rules.scoring;
  return {
    ...rules,
    scoring: gaps === undefined ? scoring : { ...scoring, gaps },
    matcher: compileMatcher(rules.matcher.phrases, rules.aliases, gapOptions(gaps)),
  };
}

/** The rules file's `scoring.gaps` with its words as the matcher compares them (skeleton forms), or null. */
function gapOptions(gaps: RuleFile['scoring']['gaps']): GapOptions | null {
  if (gaps === undefined) return null;
  const words = (list: readonly string[]): Set<string> => new Set(list.flatMap((w) => skeletonTokens(w)));
  return { inserted: gaps.inserted, passive: gaps.passive, actions: words(gaps.actions), between: words(gaps.between), blockers: words(gaps.blockers) };
}
