import { describe, expect, it } from 'vitest';
import { aggregateGroups, computeIndex, computeSupportedIndex, displayedValue, predicateFor } from '../../src/instrument/index-formula.ts';
import { allIndicators, groupPathOf } from '../../src/instrument/tree.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { IndexResult, Instrument } from '../../src/types/instrument.ts';
import { UserError } from '../../src/shared/errors.ts';
import { formatDecimal } from '../../src/shared/format.ts';

const spbe = loadPack('spbe-2020').instrument;
const pemdi = loadPack('pemdi-2026').instrument;

function uniform(inst: Instrument, level: number, overrides: Record<number, number> = {}): Record<number, number> {
  const levels: Record<number, number> = {};
  for (const i of allIndicators(inst)) levels[i.no] = overrides[i.no] ?? level;
  return levels;
}

function groupIndex(result: IndexResult, tingkat: string, no: number): number {
  const row = result.groups[tingkat]?.find((g) => g.no === no);
  if (!row) throw new Error(`no ${tingkat} ${no} in result`);
  return row.indeks;
}

/** Σ(NI × BI) / 100: the nested formula collapses to this because the weights nest exactly. */
function flatIndex(inst: Instrument, levels: Record<number, number>): number {
  return allIndicators(inst).reduce((acc, i) => acc + (levels[i.no] ?? Number.NaN) * i.bobot, 0) / 100;
}

/** Deterministic pseudo-random level sets (LCG), so failures reproduce. */
function randomLevels(inst: Instrument, seed: number): Record<number, number> {
  let state = seed;
  const levels: Record<number, number> = {};
  for (const i of allIndicators(inst)) {
    state = (state * 1103515245 + 12345) % 2147483648;
    levels[i.no] = 1 + Math.floor((state / 2147483648) * 5);
  }
  return levels;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).message;
  }
  throw new Error('expected a UserError');
}

describe('regulation worked examples (PermenPANRB 59/2020 Tabel 10-12)', () => {
  it('Tabel 10: Indeks Aspek 2 = 3,00 from levels 3, 4, 3, 2 of indicators 11-14', () => {
    const result = computeIndex(spbe, uniform(spbe, 1, { 11: 3, 12: 4, 13: 3, 14: 2 }));
    expect(groupIndex(result, 'aspek', 2)).toBeCloseTo(3, 12);
    expect(formatDecimal(groupIndex(result, 'aspek', 2))).toBe('3,00');
    expect(aggregateGroups([3, 4, 3, 2].map((indeks) => ({ indeks, bobot: 2.5 })), 10)).toBeCloseTo(3, 12);
  });

  it('Tabel 11: Indeks Domain 2 = 3,40 from aspect indices 3,00 / 4,00 / 3,00', () => {
    const levels = uniform(spbe, 1, { 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3 });
    const result = computeIndex(spbe, levels);
    expect([2, 3, 4].map((no) => groupIndex(result, 'aspek', no))).toEqual([3, 4, 3]);
    expect(groupIndex(result, 'domain', 2)).toBeCloseTo(3.4, 12);
    const domain2 = spbe.groups.find((d) => d.no === 2)!;
    const fromTable = aggregateGroups(
      domain2.groups.map((a, k) => ({ indeks: [3, 4, 3][k] ?? Number.NaN, bobot: a.bobot })),
      domain2.bobot,
    );
    expect(fromTable).toBeCloseTo(3.4, 12);
  });

  it('Tabel 12: Indeks SPBE = 3,28 (Baik) from domain indices 3,70 / 3,40 / 3,00 / 3,20', () => {
    const given = new Map([
      [1, 3.7],
      [2, 3.4],
      [3, 3.0],
      [4, 3.2],
    ]);
    const parts = spbe.groups.map((d) => ({ indeks: given.get(d.no) ?? Number.NaN, bobot: d.bobot }));
    expect(parts.reduce((acc, p) => acc + p.indeks * p.bobot, 0)).toBeCloseTo(328.2, 9);
    const indeks = aggregateGroups(parts);
    expect(indeks).toBeCloseTo(3.282, 12);
    expect(formatDecimal(indeks)).toBe('3,28');
    expect(predicateFor(spbe, indeks)).toBe('Baik');
  });

  it('derives domain indices from levels generically over the tree', () => {
    // Domain 1 = 3,70 (seven 4s, three 3s); domain 3 all 3; domain 2 as in Tabel 11.
    const levels = uniform(spbe, 3, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 12: 4, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4 });
    const result = computeIndex(spbe, levels);
    expect(result.groups.domain?.map((d) => Number(d.indeks.toFixed(12)))).toEqual([3.7, 3.4, 3, 3]);
    expect(result.groups.aspek?.map((a) => a.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.indeks).toBeCloseTo((3.7 * 13 + 3.4 * 25 + 3 * 16.5 + 3 * 45.5) / 100, 12);
    expect(result.instrument).toBe('spbe-2020');
  });
});

describe('cross-check: Indeks = Σ(NI × BI) / 100', () => {
  it('holds for 200 pseudo-random level sets of both instruments', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      for (const inst of [spbe, pemdi]) {
        const levels = randomLevels(inst, seed);
        expect(computeIndex(inst, levels).indeks).toBeCloseTo(flatIndex(inst, levels), 12);
      }
    }
  });

  it('gives exactly the level when every indicator has the same level', () => {
    for (const level of [1, 2, 3, 4, 5]) {
      const result = computeIndex(spbe, uniform(spbe, level));
      expect(result.indeks).toBeCloseTo(level, 12);
      for (const rows of Object.values(result.groups)) for (const row of rows) expect(row.indeks).toBeCloseTo(level, 12);
    }
  });

  it('accepts a Map and a Record with the same result', () => {
    const levels = randomLevels(spbe, 42);
    const asMap = new Map(Object.entries(levels).map(([k, v]) => [Number(k), v]));
    expect(computeIndex(spbe, asMap)).toEqual(computeIndex(spbe, levels));
  });
});

describe('predicates (Tabel 13), inclusive lower bounds', () => {
  it('maps the SPBE bounds', () => {
    expect(predicateFor(spbe, 1)).toBe('Kurang');
    expect(predicateFor(spbe, 1.79)).toBe('Kurang');
    expect(predicateFor(spbe, 1.8)).toBe('Cukup');
    expect(predicateFor(spbe, 2.59)).toBe('Cukup');
    expect(predicateFor(spbe, 2.6)).toBe('Baik');
    expect(predicateFor(spbe, 3.49)).toBe('Baik');
    expect(predicateFor(spbe, 3.5)).toBe('Sangat Baik');
    expect(predicateFor(spbe, 4.2)).toBe('Memuaskan');
    expect(predicateFor(spbe, 5)).toBe('Memuaskan');
  });

  it('2,596 is Cukup on the exact value but Baik on the displayed value "2,60"', () => {
    expect(formatDecimal(2.596)).toBe('2,60');
    expect(displayedValue(2.596)).toBe(2.6);
    expect(predicateFor(spbe, 2.596, 'exact')).toBe('Cukup');
    expect(predicateFor(spbe, 2.596, 'displayed')).toBe('Baik');
    expect(predicateFor(spbe, 2.594, 'displayed')).toBe('Cukup');
    expect(predicateFor(spbe, 4.199, 'exact')).toBe('Sangat Baik');
    expect(predicateFor(spbe, 4.199, 'displayed')).toBe('Memuaskan');
  });

  it('applies the policy in computeIndex (a real level set worth 2,5975)', () => {
    const levels: Record<number, number> = {};
    const digits = '15412551155123145132144313433451221123311315342';
    for (const [k, d] of [...digits].entries()) levels[k + 1] = Number(d);
    expect(flatIndex(spbe, levels)).toBeCloseTo(2.5975, 12);
    expect(computeIndex(spbe, levels).predikat).toBe('Cukup');
    expect(computeIndex(spbe, levels, { predicateOn: 'exact' }).predikat).toBe('Cukup');
    expect(computeIndex(spbe, levels, { predicateOn: 'displayed' }).predikat).toBe('Baik');
  });

  it('treats float noise just under a bound as reaching it', () => {
    expect(predicateFor(spbe, 2.6 - 1e-12)).toBe('Baik');
    expect(predicateFor(spbe, 2.6 - 1e-6)).toBe('Cukup');
  });

  it('uses each instrument’s own table (Pemdi: 2,5 is Baik, 4,0 is Memuaskan)', () => {
    expect(predicateFor(pemdi, 2.5)).toBe('Baik');
    expect(predicateFor(spbe, 2.5)).toBe('Cukup');
    expect(predicateFor(pemdi, 4)).toBe('Memuaskan');
    expect(predicateFor(spbe, 4)).toBe('Sangat Baik');
    expect(predicateFor(pemdi, 1.49)).toBe('Kurang');
    expect(() => predicateFor(pemdi, 0.5)).toThrow(RangeError);
  });
});

describe('Pemdi (aspect-only tree)', () => {
  it('computes aspect indices and the total without a domain level', () => {
    // Aspek 3 (Data, 15 %): I5..I8 = 4, 2, 2, 3 with weights 5, 3, 3, 4 → 44 / 15.
    const levels = uniform(pemdi, 3, { 5: 4, 6: 2, 7: 2, 8: 3 });
    const result = computeIndex(pemdi, levels);
    expect(Object.keys(result.groups)).toEqual(['aspek']);
    expect(result.groups.aspek).toHaveLength(7);
    expect(groupIndex(result, 'aspek', 3)).toBeCloseTo(44 / 15, 12);
    expect(result.indeks).toBeCloseTo((85 * 3 + 44) / 100, 12);
    expect(result.indeks).toBeCloseTo(2.99, 12);
    expect(result.predikat).toBe('Baik');
    expect(groupPathOf(pemdi, 8)[0]?.nama).toBe('Data');
  });
});

describe('the index from evidence (supported levels)', () => {
  it('is the same formula as the claimed index for valid levels', () => {
    const levels = randomLevels(spbe, 7);
    expect(computeSupportedIndex(spbe, levels)).toEqual(computeIndex(spbe, levels));
  });

  it('counts indicators without supporting evidence as 0, and a value below the lowest band gets that band', () => {
    const result = computeSupportedIndex(pemdi, { 1: 5 });
    expect(result.indeks).toBeCloseTo(flatIndex(pemdi, { ...uniform(pemdi, 0), 1: 5 }), 12);
    expect(result.indeks).toBeLessThan(1);
    expect(result.predikat).toBe('Kurang');
    expect(computeSupportedIndex(spbe, {}).indeks).toBe(0);
  });
});

describe('level errors name the indicator (Indonesian)', () => {
  it('names a missing indicator with its short name', () => {
    const levels = uniform(spbe, 3);
    delete levels[12];
    const message = messageOf(() => computeIndex(spbe, levels));
    expect(message).toContain('Tingkat belum diisi untuk 1 indikator: 12 (Peta Rencana SPBE).');
  });

  it('names out-of-range, zero and fractional levels', () => {
    const message = messageOf(() => computeIndex(spbe, uniform(spbe, 3, { 32: 6, 1: 0, 20: 2.5 })));
    expect(message).toContain('Tingkat 0 untuk indikator 1 (Kebijakan Internal Arsitektur SPBE) tidak sah');
    expect(message).toContain('Tingkat 2,5 untuk indikator 20 (Kolaborasi Penerapan SPBE) tidak sah');
    expect(message).toContain('Tingkat 6 untuk indikator 32 (Layanan Perencanaan) tidak sah: harus bilangan bulat 1–5.');
  });

  it('accepts decimal levels only where the pack allows them, still within the level range', () => {
    expect(loadPack('spbe-2020').allowsDecimal).toBe(false);
    expect(loadPack('pemdi-2026').allowsDecimal).toBe(true);
    const result = computeIndex(pemdi, uniform(pemdi, 3, { 1: 2.5 }), { allowsDecimal: true });
    expect(result.indeks).toBeCloseTo(flatIndex(pemdi, uniform(pemdi, 3, { 1: 2.5 })), 12);
    const message = messageOf(() => computeIndex(pemdi, uniform(pemdi, 3, { 2: 5.5 }), { allowsDecimal: true }));
    expect(message).toContain('Tingkat 5,5 untuk indikator 2');
    expect(message).toContain('harus angka 1–5.');
  });

  it('names numbers that are not indicators of the instrument', () => {
    const levels = { ...uniform(pemdi, 3), 21: 3, 47: 2 };
    const message = messageOf(() => computeIndex(pemdi, levels));
    expect(message).toContain('Nomor indikator 21, 47 tidak ada di instrumen pemdi-2026 (20 indikator).');
  });

  it('lists only numbers when many indicators are missing', () => {
    const message = messageOf(() => computeIndex(spbe, { 1: 3 }));
    expect(message).toContain('Tingkat belum diisi untuk 46 indikator: 2, 3, 4,');
    expect(message).not.toContain('Peta Rencana');
  });
});
