/** Runs the finding rules over the facts and orders the findings deterministically. */
import { compareText } from './text.ts';
import type { OpdNames } from './messages.ts';
import { CELL_RULES, DOCUMENT_RULES, INDICATOR_RULES, WORKSPACE_RULES } from './rules/index.ts';
import type { CellFacts, DocumentFacts, IndicatorFacts } from './rules/types.ts';
import type { Finding, Severity } from '../types/assessment.ts';

export { ALL_RULES } from './rules/index.ts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity by indicator, rule, OPD, path and message. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.indicator ?? 0) - (b.indicator ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.opd ?? '', b.opd ?? '') ||
    compareText(a.path ?? '', b.path ?? '') ||
    compareText(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** The findings of an indicator; none for an externally scored one (its value is imported, no evidence is asked for). */
export function indicatorFindings(facts: IndicatorFacts): Finding[] {
  if (facts.external !== null) return [];
  return sortFindings(INDICATOR_RULES.flatMap((rule) => rule.check(facts)));
}

/** Findings about files rather than indicators (unreadable, encrypted, removed, duplicates, unknown folders). */
export function documentFindings(documents: readonly DocumentFacts[], names: OpdNames): Finding[] {
  return sortFindings([
    ...documents.flatMap((d) => DOCUMENT_RULES.flatMap((rule) => rule.check(d))),
    ...WORKSPACE_RULES.flatMap((rule) => rule.check(documents, names)),
  ]);
}

export function cellFindings(facts: CellFacts): Finding[] {
  return sortFindings(CELL_RULES.flatMap((rule) => rule.check(facts)));
}
