/**
 * A regulation is evidence of what its own provisions establish. When a policy document's provision establishes what
 * an item asking for a decree names (LevelFact.established: "Pasal 6 (1) … dibentuk Tim Koordinasi Pemerintah
 * Digital", "KESATU Membentuk Tim Tanggap Insiden Siber"), the document is mapped to that item's indicator, whatever
 * else it regulates: a Perbup on running the digital government that sets up the Tim Koordinasi in one chapter is
 * the Penetapan Tim Koordinasi. A mention of the body elsewhere (its reasons, its definitions, a task list, a
 * meeting's minutes) establishes nothing. Pure.
 */
import { POLICY_KINDS } from '../assess/policy-kinds.ts';
import { asksForDecree } from '../instrument/level-profiles.ts';
import type { Classification, LevelFact, Mapping, MatchReason } from '../types/classification.ts';
import type { LevelProfiles } from '../types/levels.ts';
import { confidenceOf, mappingId } from './classify.ts';
import type { RuleSet } from './ruleset.ts';

/** The indicators an item asking for a decree of which the facts establish, with the establishing fact. */
export function establishedIndicators(facts: readonly LevelFact[], profiles: LevelProfiles): Map<number, LevelFact> {
  const byCheck = new Map(facts.map((f) => [f.check, f]));
  const found = new Map<number, LevelFact>();
  for (const profile of Object.values(profiles.indicators)) {
    for (const cond of profile.levels.flatMap((l) => l.requires.flatMap((r) => r.anyOf)).filter(asksForDecree)) {
      const names = [...cond.any, ...cond.all];
      const established = names.map((n) => byCheck.get(n)).find((f) => f?.established === true);
      if (established === undefined || !cond.all.every((n) => byCheck.has(n))) continue;
      if (!found.has(profile.indicator)) found.set(profile.indicator, established);
    }
  }
  return found;
}

function provisionReason(fact: LevelFact, weight: number): MatchReason {
  return { rule: `ketentuan.${fact.check}`, phrase: fact.phrase, place: 'isi', pages: [fact.page], weight };
}

/**
 * `c` with the indicators its provisions establish accepted: a candidate is raised to `threshold`, an indicator the
 * rules did not score is added at it. Only an enacted policy document that may be evidence (not a national or
 * another body's regulation) counts.
 */
export function withProvisionMappings(c: Classification, profiles: LevelProfiles, rules: Pick<RuleSet, 'scoring'>, threshold: number): Classification {
  if (!POLICY_KINDS.includes(c.kind) || !c.enacted || (c.notEvidence ?? null) !== null) return c;
  const established = establishedIndicators(c.facts ?? [], profiles);
  const mapped = new Set(c.mappings.map((m) => m.indicator));
  const added: Mapping[] = [];
  for (const [indicator, fact] of established) {
    if (mapped.has(indicator)) continue;
    const candidate = c.candidates.find((m) => m.indicator === indicator);
    const score = Math.max(threshold, candidate?.score ?? 0);
    const reason = provisionReason(fact, Math.round((score - (candidate?.score ?? 0)) * 1000) / 1000);
    added.push({
      ...(candidate ?? { id: mappingId(c.sha256, indicator), sha256: c.sha256, indicator, source: 'content' as const, reasons: [], possiblyMisfiled: false }),
      score,
      confidence: confidenceOf(rules, score),
      reasons: [...(candidate?.reasons ?? []), reason],
    });
  }
  if (added.length === 0) return c;
  const raised = new Set(added.map((m) => m.indicator));
  return {
    ...c,
    mappings: [...c.mappings, ...added].sort((a, b) => a.indicator - b.indicator),
    candidates: c.candidates.filter((m) => !raised.has(m.indicator)),
  };
}
