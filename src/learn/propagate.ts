/**
 * Decisions teach: a document whose text is nearly the same as, or follows the same template as, a document a
 * reviewer decided on (next year's version, the same report for another semester, a scan of the same letter)
 * gets the same decision per indicator, with the reason "mirip dengan <berkas> yang sudah dikonfirmasi".
 * A direct decision on the document itself always wins, so the reviewer overrides a propagated one by deciding.
 * Pure.
 */
import type { Classification, DecisionAction, InheritedDecision, Mapping, MatchReason, ReviewerDecision } from '../types/classification.ts';
import { mappingId } from '../classify/classify.ts';
import { formatInteger } from '../shared/format.ts';
import { similarity, type Signature } from './signature.ts';
import { SIMILAR_RULE } from './reasons.ts';

/**
 * Estimated Jaccard similarity of word shingles at or above which two documents count as versions of one another.
 * Measured on the tuning set: versions with numbers, dates and up to a third of the sentences changed stay ≥ 0,53;
 * distinct documents built on one template (two SOPs, two Keputusan with the same kop and Mengingat) stay ≤ 0,34.
 */
export const SIMILAR_THRESHOLD = 0.5;
/** At or above this similarity a propagated acceptance has high confidence. */
const HIGH_SIMILARITY = 0.8;

/** A document with reviewer decisions, as propagation sees it. */
export interface DecidedDocument {
  sha256: string;
  /** Its path under watch/, or its file name in the workspace the decisions were imported from. */
  name: string;
  origin?: string;
  signature: Signature;
  /** The latest decision per indicator. */
  decisions: readonly ReviewerDecision[];
}

const VERBS: Record<DecisionAction, string> = { confirm: 'dikonfirmasi', reject: 'ditolak', add: 'ditambahkan' };

/**
 * The decisions a document inherits, per indicator: from the most similar decided document at or above the
 * threshold (the later decision on a tie), never for an indicator in `direct` (decided on this document itself).
 */
export function inheritedDecisions(
  sha256: string,
  signature: Signature | null,
  decided: readonly DecidedDocument[],
  direct: ReadonlySet<number>,
): Map<number, InheritedDecision> {
  const out = new Map<number, InheritedDecision>();
  if (signature === null) return out;
  for (const d of decided) {
    if (d.sha256 === sha256) continue;
    const sim = similarity(signature, d.signature);
    if (sim < SIMILAR_THRESHOLD) continue;
    for (const decision of d.decisions) {
      if (direct.has(decision.indicator)) continue;
      const current = out.get(decision.indicator);
      if (current !== undefined && (current.similarity > sim || (current.similarity === sim && current.at >= decision.at))) continue;
      out.set(decision.indicator, {
        action: decision.action,
        from: d.name,
        fromSha256: d.sha256,
        similarity: sim,
        reviewer: decision.reviewer,
        at: decision.at,
        ...(d.origin !== undefined ? { origin: d.origin } : {}),
      });
    }
  }
  return out;
}

/** "mirip dengan BagianHukum/SK Tim 2024.pdf yang sudah dikonfirmasi (kemiripan 87%)". */
export function inheritedText(i: InheritedDecision): string {
  const from = i.origin !== undefined ? `${i.from} (${i.origin})` : i.from;
  return `mirip dengan ${from} yang sudah ${VERBS[i.action]} (kemiripan ${formatInteger(Math.round(i.similarity * 100))}%)`;
}

function inheritedReason(i: InheritedDecision): MatchReason {
  return { rule: SIMILAR_RULE, phrase: inheritedText(i), place: 'isi', pages: [], weight: 0 };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function accepted(c: Classification, i: InheritedDecision, indicator: number, previous: Mapping | undefined, threshold: number): Mapping {
  return {
    id: mappingId(c.sha256, indicator),
    sha256: c.sha256,
    indicator,
    score: round3(Math.min(1, Math.max(previous?.score ?? 0, threshold, i.similarity))),
    confidence: i.similarity >= HIGH_SIMILARITY ? 'tinggi' : 'sedang',
    source: 'kemiripan',
    reasons: [inheritedReason(i), ...(previous?.reasons ?? [])],
    possiblyMisfiled: false,
    inherited: i,
  };
}

/** A propagated rejection keeps the mapping visible as a candidate below the threshold, so the reviewer can override it. */
function rejected(i: InheritedDecision, previous: Mapping, threshold: number): Mapping {
  return {
    ...previous,
    score: round3(Math.min(previous.score, threshold - 0.001)),
    confidence: 'rendah',
    source: 'kemiripan',
    reasons: [inheritedReason(i), ...previous.reasons],
    possiblyMisfiled: false,
    inherited: i,
  };
}

/** The classification with the inherited decisions applied (before the document's own decisions). */
export function applyInherited(c: Classification, inherited: ReadonlyMap<number, InheritedDecision>, threshold: number): Classification {
  if (inherited.size === 0) return c;
  const previous = new Map<number, Mapping>();
  for (const m of [...c.candidates, ...c.mappings]) previous.set(m.indicator, m);
  const mappings = c.mappings.filter((m) => !inherited.has(m.indicator));
  const candidates = c.candidates.filter((m) => !inherited.has(m.indicator));
  for (const [indicator, i] of inherited) {
    const before = previous.get(indicator);
    if (i.action !== 'reject') mappings.push(accepted(c, i, indicator, before, threshold));
    else if (before !== undefined) candidates.push(rejected(i, before, threshold));
  }
  mappings.sort((a, b) => a.indicator - b.indicator);
  candidates.sort((a, b) => b.score - a.score || a.indicator - b.indicator);
  return { ...c, mappings, candidates };
}
