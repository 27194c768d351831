/**
 * The workspace's applications, learned from its own documents: a name the title areas or file names of documents
 * give an application ("Notula Reviu Layanan SIKEUDA 2024", "SS SIARSI Peminjaman Arsip.png";
 * classify/application-names.ts) names the service those documents map to, when every such document mapped with a
 * high score maps to the same one (the pack's `learnApplications`: which indicators teach, from which score). A name
 * that documents of two services share teaches nothing. Mappings that stand on a learned name teach nothing either,
 * so a name never learns itself. The learned names weigh as the configured ones (config `aplikasi`): release notes of
 * "SIKEUDA 3.2" map to the finance service the review minutes of SIKEUDA were mapped to.
 */
import type { ApplicationNames, Classification } from '../types/classification.ts';

export interface ApplicationLearning {
  /** Indicators whose mappings teach. */
  indicators: ReadonlySet<number>;
  minScore: number;
}

const LEARNED_RULE = 'dipelajari.';

export function learnApplicationNames(docs: readonly Pick<Classification, 'applications' | 'mappings'>[], learning: ApplicationLearning): ApplicationNames[] {
  if (learning.indicators.size === 0) return [];
  const taught = new Map<string, Set<number>>();
  for (const doc of docs) {
    const names = doc.applications ?? [];
    if (names.length === 0) continue;
    const teaching = doc.mappings.filter(
      (m) => learning.indicators.has(m.indicator) && m.score >= learning.minScore && !m.reasons.some((r) => r.rule.startsWith(LEARNED_RULE)),
    );
    for (const name of names) {
      const into = taught.get(name) ?? new Set<number>();
      for (const m of teaching) into.add(m.indicator);
      taught.set(name, into);
    }
  }
  const byIndicator = new Map<number, string[]>();
  for (const [name, indicators] of taught) {
    if (indicators.size !== 1) continue;
    const [indicator] = [...indicators];
    if (indicator === undefined) continue;
    byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), name]);
  }
  return [...byIndicator].map(([indicator, names]) => ({ indicator, names: names.sort() })).sort((a, b) => a.indicator - b.indicator);
}
