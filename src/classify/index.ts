/** Public surface of the classifier. */
export { classifyDocument, confidenceOf, mappingId } from './classify.ts';
export { applyDecisions, latestDecisions } from './decisions.ts';
export { explainClassification } from './explain.ts';
export type { IndicatorNames } from './explain.ts';
export { isLoginOnly } from './screenshot.ts';
export { parseRules, readRuleFile } from './load-rules.ts';
export type { RuleSet, RulesScope } from './ruleset.ts';
export { pathHints } from './path-hints.ts';
export type { PathHint } from './path-hints.ts';
