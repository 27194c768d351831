import { describe, expect, it } from 'vitest';
import { computeIndex, predicateFor } from '../../src/instrument/index-formula.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import { formatDecimal } from '../../src/shared/format.ts';
import type { Instrument } from '../../src/types/instrument.ts';

const pack = loadPack('pemdi-2026');
const inst = pack.instrument;
const items = pack.items;

/**
 * The 2026 assessor result of Kabupaten Aceh Tengah (KemenPANRB external assessors' interview deck, 21 Sep 2026, S4 in
 * ../shared/reference/pemdi-2026-research.md §2.3 and §2.6): the indicator values as the deck shows them.
 */
const ASSESSOR_2026: Record<number, number> = {
  1: 2.0, 2: 1.5, 3: 1.26, 4: 1.3, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1,
  11: 1.5, 12: 1.25, 13: 7 / 6, 14: 1, 15: 1, 16: 1, 17: 2.5, 18: 1, 19: 1, 20: 1.3,
};

describe('pemdi-2026 pack data', () => {
  it('has 7 aspects and 20 indicators with the weights of the deck', () => {
    expect(inst.groups.map((g) => [g.no, g.bobot])).toEqual([[1, 10], [2, 10], [3, 15], [4, 15], [5, 10], [6, 15], [7, 25]]);
    expect(allIndicators(inst).map((i) => i.bobot)).toEqual([5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15]);
    expect(allIndicators(inst).map((i) => i.kode)).toEqual([
      '1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '6.1', '6.2', '6.3', '6.4', '7.1', '7.2',
    ]);
  });

  it('marks the four externally scored indicators with their partner index, and keeps the SECONDARY marks', () => {
    const external = allIndicators(inst).filter((i) => i.sumberNilai === 'eksternal');
    expect(external.map((i) => i.no)).toEqual([5, 6, 7, 18]);
    expect(external.map((i) => i.skalaEksternal?.pembina)).toEqual(['Kementerian PPN/Bappenas', 'BIG', 'BPS', expect.stringContaining('Bappenas')]);
    expect(allIndicators(inst).filter((i) => i.sumberNilai === 'buktiIndeks').map((i) => i.no)).toEqual([10, 12]);
    expect(allIndicators(inst).every((i) => i.keyakinan === 'SECONDARY')).toBe(true);
    expect(pack.sourceNote).toContain('sumber sekunder');
  });

  it('holds the 232 evidence items with their codes, on every level of every indicator', () => {
    expect(items).not.toBeNull();
    if (items === null) return;
    expect(items.items).toHaveLength(232);
    expect(items.confidence).toBe('SECONDARY');
    expect(items.items.every((i) => i.code === `I${i.indicator}-L${i.level}-${String(i.nn).padStart(2, '0')}`)).toBe(true);
    const perIndicator = allIndicators(inst).map((ind) => items.items.filter((i) => i.indicator === ind.no).length);
    expect(perIndicator).toEqual([14, 6, 25, 11, 5, 5, 5, 35, 6, 6, 6, 8, 12, 11, 12, 10, 13, 10, 9, 23]);
    expect(items.items.filter((i) => i.kind === 'nilaiEksternal')).toHaveLength(25);
    expect(items.items.filter((i) => i.kind === 'nilaiIndeks')).toHaveLength(12);
    const verdicts = items.items.flatMap((i) => (i.verdict ? [i.verdict.hasil] : []));
    expect(verdicts.filter((v) => v === 'diterima')).toHaveLength(18);
    expect(verdicts.filter((v) => v === 'revisi')).toHaveLength(19);
  });

  it('climbs berjenjang with linear credit inside each level\'s band, and requires every item of a level', () => {
    expect(pack.levels).toMatchObject({ climb: 'stepwise', credit: 'linear' });
    expect(pack.levels.bands).toEqual({ 1: [1, 1.5], 2: [1.5, 2.5], 3: [2.5, 3.5], 4: [3.5, 4], 5: [4, 5] });
    const required = Object.values(pack.levels.indicators).flatMap((p) => p.levels.flatMap((l) => l.requires.map((r) => r.id.toUpperCase())));
    expect(required.sort()).toEqual((items?.items ?? []).map((i) => i.code).sort());
  });
});

describe('the index formula on the 2026 assessor result (S4)', () => {
  const result = computeIndex(inst, ASSESSOR_2026, { allowsDecimal: pack.allowsDecimal });

  it('gives the aspect scores of the deck: 1,75 / 1,28 / 1,00 / 1,17 / 1,08 / 1,40 / 1,18', () => {
    expect((result.groups.aspek ?? []).map((a) => formatDecimal(a.indeks))).toEqual(['1,75', '1,28', '1,00', '1,17', '1,08', '1,40', '1,18']);
  });

  it('gives the index 1,24 with the predicate Kurang', () => {
    expect(result.indeks).toBeCloseTo(1.2413, 4);
    expect(formatDecimal(result.indeks)).toBe('1,24');
    expect(result.predikat).toBe('Kurang');
  });
});

describe('predicate boundaries as a pack field', () => {
  it('puts a value on a bound in the band above (Tabel 4 per S3/R1), or below when batasPredikat is "bawah" (M1/M2)', () => {
    expect(inst.batasPredikat).toBe('atas');
    expect([1, 1.5, 2.5, 3.5, 4].map((v) => predicateFor(inst, v))).toEqual(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']);
    const lower: Instrument = { ...inst, batasPredikat: 'bawah' };
    expect([1, 1.5, 1.51, 2.5, 3.5, 4, 4.01].map((v) => predicateFor(lower, v))).toEqual([
      'Kurang', 'Kurang', 'Cukup', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan',
    ]);
  });

  it('labels the levels with the Permen names and keeps the predicate aliases', () => {
    expect(inst.labelTingkat.proses).toEqual(['Merintis', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul']);
    expect(inst.predikat.map((p) => p.alias)).toEqual([
      'Unggul / Leading', 'Melembaga / Embedded', 'Berkembang / Developing', 'Membangun / Emerging', 'Merintis / Initiate',
    ]);
  });
});
