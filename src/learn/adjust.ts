/**
 * Re-weighting per workspace: from the reviewer's decisions on documents the classifier had scored, a bounded shift
 * of each indicator's scores, so that what this workspace's reviewers reject stops passing the threshold and what
 * they add starts to. Learned only after enough decisions on one indicator, only when it corrects several of them,
 * and never beyond ±MAX_OFFSET. Applied when documents are viewed, as an offset on the final score (the combiner's
 * probability, or the rule score for packs without a combiner), before decisions are applied: a decision never
 * re-classifies the workspace, and the stored classifications stay the classifier's own. Pure.
 */
import type { Classification, Confidence, Mapping, MatchReason } from '../types/classification.ts';
import type { Adjustment } from '../types/learning.ts';
import { formatDecimal } from '../shared/format.ts';
import { ADJUSTMENT_RULE } from './reasons.ts';

/** The largest shift of an indicator's scores. */
export const MAX_OFFSET = 0.15;
/** Decisions on one indicator (on documents the classifier scored) before its scores are shifted. */
export const MIN_DECISIONS = 3;
/** A shift must put at least this many of those decisions on the right side of the threshold. */
export const MIN_GAIN = 2;
/** Beyond the smallest shift that corrects the decisions, so that a near-identical score is corrected too. */
const MARGIN = 0.02;

/** A decision on an indicator the classifier scored: its raw score and whether the reviewer accepted it. */
export interface Observation {
  indicator: number;
  score: number;
  accepted: boolean;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
/** Rounded up to whole hundredths. */
const up2 = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e4) / 100;
/** Scores carry three decimals; offsets are whole hundredths, so the sum is exact at this precision. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function errors(obs: readonly Observation[], offset: number, threshold: number): number {
  return obs.filter((o) => round3(o.score + offset) >= threshold !== o.accepted).length;
}

/** The smallest shift (in absolute value) with the fewest errors, within the bound. */
function bestOffset(obs: readonly Observation[], threshold: number): number {
  const candidates = new Set<number>([0]);
  for (const o of obs) {
    // Whole hundredths: accepted lifts the score to the threshold, rejected lowers it at least 0.01 below.
    const needed = o.accepted ? up2(threshold - o.score) : -(up2(o.score - threshold) + 0.01);
    if (Math.abs(needed) <= MAX_OFFSET) candidates.add(round2(needed));
  }
  let best = 0;
  let bestErrors = errors(obs, 0, threshold);
  for (const b of [...candidates].sort((x, y) => Math.abs(y) - Math.abs(x))) {
    const e = errors(obs, b, threshold);
    if (e <= bestErrors) {
      best = b;
      bestErrors = e;
    }
  }
  // Prefer the margin when it costs nothing.
  const widened = round2(best + Math.sign(best) * MARGIN);
  return Math.abs(widened) <= MAX_OFFSET && errors(obs, widened, threshold) === bestErrors ? widened : best;
}

/** One adjustment per indicator whose decisions call for it, in indicator order. */
export function learnAdjustments(observations: readonly Observation[], threshold: number): Adjustment[] {
  const byIndicator = new Map<number, Observation[]>();
  for (const o of observations) {
    if (o.score <= 0) continue; // a score the classifier never gave cannot be shifted over the threshold
    const list = byIndicator.get(o.indicator);
    if (list) list.push(o);
    else byIndicator.set(o.indicator, [o]);
  }
  const out: Adjustment[] = [];
  for (const [indicator, obs] of [...byIndicator].sort((a, b) => a[0] - b[0])) {
    if (obs.length < MIN_DECISIONS) continue;
    const offset = bestOffset(obs, threshold);
    const errorsBefore = errors(obs, 0, threshold);
    const errorsAfter = errors(obs, offset, threshold);
    if (offset === 0 || errorsBefore - errorsAfter < MIN_GAIN) continue;
    out.push({ indicator, offset, decisions: obs.length, accepted: obs.filter((o) => o.accepted).length, errorsBefore, errorsAfter });
  }
  return out;
}

export interface AdjustOptions {
  threshold: number;
  /** Scores below this are dropped (the classifier's floor for candidates). */
  floor: number;
  confidence: (score: number) => Confidence;
}

function signed(x: number): string {
  return `${x > 0 ? '+' : '−'}${formatDecimal(Math.abs(x))}`;
}

function adjustmentReason(a: Adjustment, before: number): MatchReason {
  return {
    rule: ADJUSTMENT_RULE,
    phrase:
      `skor disesuaikan ${signed(a.offset)} dari ${a.decisions} keputusan peninjau di workspace ini ` +
      `(${a.accepted} diterima, ${a.decisions - a.accepted} ditolak); skor sebelum penyesuaian ${formatDecimal(before)}`,
    place: 'isi',
    pages: [],
    weight: a.offset,
  };
}

/** The classification with each adjusted indicator's score shifted, re-sorted into mappings and candidates. */
export function applyAdjustments(c: Classification, adjustments: ReadonlyMap<number, Adjustment>, opts: AdjustOptions): Classification {
  if (adjustments.size === 0) return c;
  const touched = [...c.mappings, ...c.candidates].some((m) => adjustments.has(m.indicator));
  if (!touched) return c;
  const mappings: Mapping[] = [];
  const candidates: Mapping[] = [];
  for (const m of [...c.mappings, ...c.candidates]) {
    const a = adjustments.get(m.indicator);
    const score = a === undefined ? m.score : Math.min(1, Math.max(0, round3(m.score + a.offset)));
    const shifted: Mapping =
      a === undefined ? m : { ...m, score, confidence: opts.confidence(score), reasons: [adjustmentReason(a, m.score), ...m.reasons] };
    if (score >= opts.threshold) mappings.push(shifted);
    else if (score >= opts.floor) candidates.push(shifted);
  }
  mappings.sort((x, y) => x.indicator - y.indicator);
  candidates.sort((x, y) => y.score - x.score || x.indicator - y.indicator);
  return { ...c, mappings, candidates };
}
