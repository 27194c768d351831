/** Public surface of the classifier. */
export { classifyDocument, confidenceOf, mappingId } from './classify.ts';
export { applyDecisions, latestDecisions } from './decisions.ts';
export { explainClassification } from './explain.ts';
export type { IndicatorNames } from './explain.ts';
export { isLoginOnly } from './screenshot.ts';
export { loadRules, parseRules, rulesDir } from './load-rules.ts';
export type { RuleSet } from './ruleset.ts';
export { pathHints } from './path-hints.ts';
export type { PathHint } from './path-hints.ts';
export type {
  Classification,
  ClassifyInput,
  ClassifyOptions,
  Confidence,
  DocumentKind,
  EvidenceSignal,
  Mapping,
  MappingSource,
  MatchPlace,
  MatchReason,
  ReviewerDecision,
  SectorService,
} from './types.ts';
