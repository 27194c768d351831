import { describe, expect, it } from 'vitest';
import { applyAdjustments, learnAdjustments, MAX_OFFSET, type Observation } from '../../src/learn/adjust.ts';
import { ADJUSTMENT_RULE } from '../../src/learn/reasons.ts';
import type { Classification, Mapping } from '../../src/types/classification.ts';

const obs = (indicator: number, score: number, accepted: boolean): Observation => ({ indicator, score, accepted });
const T = 0.5;

function mapping(indicator: number, score: number): Mapping {
  return { id: `x-${indicator}`, sha256: 'x'.repeat(64), indicator, score, confidence: 'sedang', source: 'content', reasons: [], possiblyMisfiled: false };
}

describe('per-indicator adjustments learned from decisions', () => {
  it('lowers an indicator whose near-threshold mappings are rejected, keeping the confirmed ones', () => {
    const [a, ...rest] = learnAdjustments([obs(13, 0.55, false), obs(13, 0.53, false), obs(13, 0.58, false), obs(13, 0.8, true), obs(13, 0.9, true)], T);
    expect(rest).toEqual([]);
    expect(a?.indicator).toBe(13);
    expect(a!.offset).toBeLessThan(-0.08);
    expect(a!.offset).toBeGreaterThanOrEqual(-MAX_OFFSET);
    expect(a).toMatchObject({ decisions: 5, accepted: 2, errorsBefore: 3, errorsAfter: 0 });
  });

  it('raises an indicator whose candidates reviewers keep adding', () => {
    const [a] = learnAdjustments([obs(22, 0.42, true), obs(22, 0.45, true), obs(22, 0.3, false), obs(22, 0.7, true)], T);
    expect(a!.offset).toBeGreaterThanOrEqual(0.08);
    expect(0.3 + a!.offset).toBeLessThan(T);
  });

  it('learns nothing from too few decisions, a single error, scores it cannot reach or decisions that agree', () => {
    expect(learnAdjustments([obs(13, 0.55, false), obs(13, 0.56, false)], T)).toEqual([]);
    expect(learnAdjustments([obs(13, 0.55, false), obs(13, 0.8, true), obs(13, 0.9, true)], T)).toEqual([]);
    expect(learnAdjustments([obs(13, 0, true), obs(13, 0, true), obs(13, 0, true), obs(13, 0.1, true)], T)).toEqual([]);
    expect(learnAdjustments([obs(13, 0.9, false), obs(13, 0.95, false), obs(13, 0.92, false)], T)).toEqual([]);
    expect(learnAdjustments([obs(13, 0.6, true), obs(13, 0.7, true), obs(13, 0.3, false)], T)).toEqual([]);
  });

  it('moves mappings across the threshold and says why', () => {
    const c: Classification = { sha256: 'x'.repeat(64), kind: 'anggaran', date: null, enacted: true, mappings: [mapping(13, 0.56), mapping(10, 0.7)], candidates: [mapping(22, 0.44)] };
    const adjusted = applyAdjustments(
      c,
      new Map([
        [13, { indicator: 13, offset: -0.1, decisions: 5, accepted: 2, errorsBefore: 3, errorsAfter: 0 }],
        [22, { indicator: 22, offset: 0.1, decisions: 4, accepted: 3, errorsBefore: 2, errorsAfter: 0 }],
      ]),
      { threshold: T, floor: 0.2, confidence: (s) => (s >= 0.75 ? 'tinggi' : s >= 0.5 ? 'sedang' : 'rendah') },
    );
    expect(adjusted.mappings.map((m) => [m.indicator, m.score])).toEqual([[10, 0.7], [22, 0.54]]);
    expect(adjusted.candidates.map((m) => [m.indicator, m.score])).toEqual([[13, 0.46]]);
    const reason = adjusted.candidates[0]!.reasons[0]!;
    expect(reason.rule).toBe(ADJUSTMENT_RULE);
    expect(reason.phrase).toBe('skor disesuaikan −0,10 dari 5 keputusan peninjau di workspace ini (2 diterima, 3 ditolak); skor sebelum penyesuaian 0,56');
  });
});
