/**
 * The generalisation set (scripts/fixtures/generalise): documents of fifteen fictional Pemdas in the styles the phrase
 * rules were not written from (another Pemda's regulations, news, Instruksi and Nota Dinas, English vendor reports,
 * activity reports without the usual title, OCR'd headings). Each is classified in its own workspace.
 */
import { describe, expect, it } from 'vitest';
import { classifyGeneraliseSet } from '../../scripts/fixtures/generalise/classify-set.ts';
import type { GeneraliseResult } from '../../scripts/fixtures/generalise/classify-set.ts';
import { rules } from './helpers.ts';

const results = classifyGeneraliseSet(rules);

function f1(of: readonly GeneraliseResult[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of of) {
    const hit = r.got.filter((n) => r.doc.expected.includes(n)).length;
    tp += hit;
    fp += r.got.length - hit;
    fn += r.doc.expected.length - hit;
  }
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

const GOAL = 0.9;

/**
 * Groups measured but not yet gated. A new batch is measured once before any rule is changed for it and its figures
 * are recorded in its commit; while it is listed here the overall F1, per-group F1 and distractor gates below skip it
 * (it is still classified, and its issuer, kind and date facts are still checked). A tuner removes it from this list
 * once it reaches F1 ≥ 0.8; the "not yet gated" test fails as soon as it does, so the list cannot go stale.
 * None at present ('periksa (batch kesembilan)', first measured on 2026-12-03 at F1 0.783, gated since it reached 0.900).
 */
const NOT_YET_GATED: readonly string[] = [];
const gated = results.filter((r) => !NOT_YET_GATED.includes(r.group));

describe('generalisation set', () => {
  it(`maps the whole set with F1 ≥ ${GOAL}`, () => {
    const misses = gated.filter((r) => r.got.join() !== r.doc.expected.join()).map((r) => `${r.doc.id}: [${r.got}] ≠ [${r.doc.expected}]`);
    expect(f1(gated), misses.join('\n')).toBeGreaterThanOrEqual(GOAL);
  });

  it.each([...new Set(gated.map((r) => r.group))])('class "%s" keeps F1 ≥ 0.8', (group) => {
    expect(f1(gated.filter((r) => r.group === group))).toBeGreaterThanOrEqual(0.8);
  });

  it('no document of another body, nor any news item, becomes evidence', () => {
    const notOurs = gated.filter((r) => r.doc.expected.length === 0);
    expect(notOurs.length).toBeGreaterThan(10);
    expect(notOurs.filter((r) => r.got.length > 0).map((r) => r.doc.id)).toEqual([]);
  });

  it.each(NOT_YET_GATED.map((g) => [g] as const))('group "%s", not yet gated, exists and is still below F1 0.8 (else gate it)', (group) => {
    const of = results.filter((r) => r.group === group);
    expect(of.length).toBeGreaterThan(0);
    expect(f1(of)).toBeLessThan(0.8);
  });

  it.each(results.filter((r) => r.doc.issuer !== undefined).map((r) => [r.doc.id, r] as const))('issuer of %s', (_, r) => {
    expect(r.classification.issuer?.case).toBe(r.doc.issuer);
  });

  it.each(results.filter((r) => r.doc.kind !== undefined).map((r) => [r.doc.id, r] as const))('kind of %s', (_, r) => {
    expect(r.classification.kind).toBe(r.doc.kind);
  });

  it.each(results.filter((r) => r.doc.date !== undefined).map((r) => [r.doc.id, r] as const))('date of %s', (_, r) => {
    expect(r.classification.date).toBe(r.doc.date);
  });
});
