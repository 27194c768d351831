/** The retrieval index of a rule set's instrument texts, built on first use and kept while the rule set lives. */
import type { RuleSet } from '../ruleset.ts';
import { buildIndicatorIndex } from './indicator-index.ts';
import type { IndicatorIndex } from './indicator-index.ts';

const built = new WeakMap<RuleSet, IndicatorIndex>();

export function indicatorIndex(rules: RuleSet): IndicatorIndex {
  const known = built.get(rules);
  if (known !== undefined) return known;
  const index = buildIndicatorIndex(rules.texts, rules.aliases, rules.lexicon);
  built.set(rules, index);
  return index;
}
