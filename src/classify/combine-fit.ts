/**
 * Fitting the combiner's weights (combine.ts): L2-regularised logistic regression by Newton's method over
 * labelled (document, indicator) pairs. Pure; used by `npm run fit-combiner` on the tuning set and open to
 * re-weighting from reviewers' decisions. The intercept is not regularised.
 */
import type { CombinerFeatures, CombinerWeights } from '../types/classification.ts';
import { combine } from './combine.ts';

export interface LabelledPair {
  features: CombinerFeatures;
  /** True when the document is evidence for the indicator. */
  positive: boolean;
  /** The sample's weight in the fit (1 unless given; a rule-dropout copy weighs its dropout rate). */
  weight?: number;
}

/**
 * Rule dropout: each pair once more with the phrase-rule score zeroed, weighted `rate`, as if the rules had missed it
 * (they do on writers they were never tuned on), so the fit learns how far retrieval alone may be trusted.
 */
export function withRuleDropout(pairs: readonly LabelledPair[], rate: number): LabelledPair[] {
  if (rate <= 0) return [...pairs];
  return [...pairs, ...pairs.filter((p) => p.features.rule > 0).map((p) => ({ ...p, features: { ...p.features, rule: 0 }, weight: rate * (p.weight ?? 1) }))];
}

/** Columns of the design matrix, in toWeights' order; column 0 is the intercept. */
const COLUMNS = 7;

function row(f: CombinerFeatures): number[] {
  return [1, f.rule, f.retrieval, f.retrievalShare, f.kind, f.hint, f.rule * f.retrieval];
}

function toWeights(beta: readonly number[]): CombinerWeights {
  const at = (i: number): number => beta[i] ?? 0;
  return { intercept: at(0), rule: at(1), retrieval: at(2), retrievalShare: at(3), kind: at(4), hint: at(5), ruleRetrieval: at(6) };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const top = m[c] ?? [];
    const p = top[c] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const cur = m[r] ?? [];
      const f = (cur[c] ?? 0) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) cur[k] = (cur[k] ?? 0) - f * (top[k] ?? 0);
    }
  }
  return m.map((r, i) => {
    const p = r[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (r[n] ?? 0) / p;
  });
}

/** Weights minimising the log-loss plus `l2`/2 × ‖weights without intercept‖²; `positiveWeight` up-weights positives. */
export function fitCombiner(pairs: readonly LabelledPair[], l2: number, positiveWeight = 1): CombinerWeights {
  const n = COLUMNS;
  let beta = new Array<number>(n).fill(0);
  const rows = pairs.map((p) => row(p.features));
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    pairs.forEach((pair, i) => {
      const x = rows[i] ?? [];
      const z = x.reduce((s, v, k) => s + v * (beta[k] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const y = pair.positive ? 1 : 0;
      const w = (pair.positive ? positiveWeight : 1) * (pair.weight ?? 1);
      for (let a = 0; a < n; a++) {
        grad[a] = (grad[a] ?? 0) + w * (p - y) * (x[a] ?? 0);
        const ha = hess[a] ?? [];
        for (let b = 0; b < n; b++) ha[b] = (ha[b] ?? 0) + w * p * (1 - p) * (x[a] ?? 0) * (x[b] ?? 0);
      }
    });
    for (let a = 1; a < n; a++) {
      grad[a] = (grad[a] ?? 0) + l2 * (beta[a] ?? 0);
      const ha = hess[a] ?? [];
      ha[a] = (ha[a] ?? 0) + l2;
    }
    const hi = hess[0] ?? [];
    hi[0] = (hi[0] ?? 0) + 1e-6;
    const step = solve(hess, grad);
    beta = beta.map((b, k) => b - (step[k] ?? 0));
    if (step.reduce((s, v) => s + Math.abs(v), 0) < 1e-8) break;
  }
  return toWeights(beta);
}

/** Mean log-loss of `weights` on `pairs` (lower is better). */
export function logLoss(pairs: readonly LabelledPair[], weights: CombinerWeights): number {
  if (pairs.length === 0) return 0;
  let sum = 0;
  for (const pair of pairs) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, combine(pair.features, weights)));
    sum -= pair.positive ? Math.log(p) : Math.log(1 - p);
  }
  return sum / pairs.length;
}
