import { describe, expect, it } from 'vitest';
import { applyInherited, inheritedDecisions, type DecidedDocument } from '../../src/learn/propagate.ts';
import { SIMILAR_RULE } from '../../src/learn/reasons.ts';
import { signatureOf, type Signature } from '../../src/learn/signature.ts';
import type { Classification, Mapping, ReviewerDecision } from '../../src/types/classification.ts';
import { SK_PANITIA, SK_TIM_2024, SK_TIM_2025 } from './texts.ts';

const SHA_2024 = 'a'.repeat(64);
const SHA_2025 = 'b'.repeat(64);
const SHA_PANITIA = 'c'.repeat(64);

function sig(text: string): Signature {
  return signatureOf(text)!;
}

function decision(sha256: string, indicator: number, action: ReviewerDecision['action'], at = '2025-03-01T10:00:00.000Z'): ReviewerDecision {
  return { sha256, instrument: 'spbe-2020', indicator, action, reviewer: 'Rina', at, note: '' };
}

function mapping(sha256: string, indicator: number, score: number): Mapping {
  return { id: `${sha256.slice(0, 12)}-${indicator}`, sha256, indicator, score, confidence: 'sedang', source: 'content', reasons: [], possiblyMisfiled: false };
}

function classification(sha256: string, mappings: Mapping[], candidates: Mapping[] = []): Classification {
  return { sha256, kind: 'keputusan', date: null, enacted: true, mappings, candidates };
}

const decided2024: DecidedDocument = {
  sha256: SHA_2024,
  name: 'BagianHukum/SK Tim Koordinasi SPBE 2024.pdf',
  signature: sig(SK_TIM_2024),
  decisions: [decision(SHA_2024, 10, 'confirm'), decision(SHA_2024, 19, 'add'), decision(SHA_2024, 1, 'reject')],
};

describe('decisions propagate to similar documents', () => {
  it("gives next year's version the decisions of the decided one, with the reason", () => {
    const inherited = inheritedDecisions(SHA_2025, sig(SK_TIM_2025), [decided2024], new Set());
    expect([...inherited.keys()].sort((a, b) => a - b)).toEqual([1, 10, 19]);
    const c = applyInherited(classification(SHA_2025, [mapping(SHA_2025, 10, 0.62), mapping(SHA_2025, 1, 0.55)], [mapping(SHA_2025, 19, 0.3)]), inherited, 0.5);
    expect(c.mappings.map((m) => m.indicator)).toEqual([10, 19]);
    const m19 = c.mappings.find((m) => m.indicator === 19)!;
    expect(m19.source).toBe('kemiripan');
    expect(m19.score).toBeGreaterThanOrEqual(0.5);
    expect(m19.reasons[0]?.rule).toBe(SIMILAR_RULE);
    expect(m19.reasons[0]?.phrase).toMatch(/^mirip dengan BagianHukum\/SK Tim Koordinasi SPBE 2024\.pdf yang sudah ditambahkan \(kemiripan \d+%\)$/);
    expect(c.mappings.find((m) => m.indicator === 10)?.reasons[0]?.phrase).toContain('yang sudah dikonfirmasi');
    // A propagated rejection leaves the indicator as a candidate the reviewer can still accept.
    const m1 = c.candidates.find((m) => m.indicator === 1)!;
    expect(m1.score).toBeLessThan(0.5);
    expect(m1.reasons[0]?.phrase).toContain('yang sudah ditolak');
    expect(m1.inherited?.fromSha256).toBe(SHA_2024);
  });

  it('does not propagate to an unrelated document with the same kop', () => {
    expect(inheritedDecisions(SHA_PANITIA, sig(SK_PANITIA), [decided2024], new Set()).size).toBe(0);
  });

  it("never overrides the document's own decision, nor propagates to itself or without a signature", () => {
    expect([...inheritedDecisions(SHA_2025, sig(SK_TIM_2025), [decided2024], new Set([10, 1])).keys()]).toEqual([19]);
    expect(inheritedDecisions(SHA_2024, sig(SK_TIM_2024), [decided2024], new Set()).size).toBe(0);
    expect(inheritedDecisions(SHA_2025, null, [decided2024], new Set()).size).toBe(0);
  });

  it('follows the most similar decided document when two disagree', () => {
    const farther: DecidedDocument = { sha256: SHA_PANITIA, name: 'x.pdf', signature: sig(`${SK_TIM_2024}\n${SK_PANITIA}`), decisions: [decision(SHA_PANITIA, 10, 'reject', '2025-06-01T00:00:00.000Z')] };
    expect(inheritedDecisions(SHA_2025, sig(SK_TIM_2025), [farther], new Set()).get(10)?.action).toBe('reject');
    const inherited = inheritedDecisions(SHA_2025, sig(SK_TIM_2025), [farther, decided2024], new Set());
    expect(inherited.get(10)?.action).toBe('confirm');
    expect(inherited.get(10)?.fromSha256).toBe(SHA_2024);
  });
});
