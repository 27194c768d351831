import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { convertIndex, externalValue } from '../../src/assess/external.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { findIndicator } from '../../src/instrument/tree.ts';
import type { Config } from '../../src/types/config.ts';
import type { Indicator } from '../../src/types/instrument.ts';
import { makeConfig, makeDoc, makeInput } from './fixtures.ts';

const pack = loadPack('pemdi-2026');
const inst = pack.instrument;
const bands = pack.levels.bands ?? {};

function indicator(no: number): Indicator {
  const found = findIndicator(inst, no);
  if (found === undefined) throw new Error(`no indicator ${no}`);
  return found;
}

describe('partner indices of externally scored indicators', () => {
  it('converts a raw index linearly inside the band of its level (the module examples: SDI 25 → 2,00, 68,75 → 3,75)', () => {
    expect(convertIndex(indicator(5), inst, bands, 25)).toBeCloseTo(2, 12);
    expect(convertIndex(indicator(5), inst, bands, 68.75)).toBeCloseTo(3.75, 12);
    expect(convertIndex(indicator(5), inst, bands, 0)).toBeCloseTo(1, 12);
    expect(convertIndex(indicator(5), inst, bands, 100)).toBeCloseTo(5, 12);
    // IPS (EPSS) uses its own bands: 2,6–3,5 is level 3 (2,5–3,5), so 3,05 is its middle.
    expect(convertIndex(indicator(7), inst, bands, 3.05)).toBeCloseTo(3, 12);
    expect(convertIndex(indicator(5), inst, bands, 120)).toBeNull();
  });

  it('counts as the lowest level until one is imported, and says how to import it', () => {
    const pending = externalValue(indicator(6), inst, bands, null);
    expect(pending).toMatchObject({ value: 1, imported: false });
    expect(pending.reason).toContain('eviden nilai-eksternal 6');
    const given = externalValue(indicator(6), inst, bands, { nilai: 2.5, sumber: 'Hasil evaluasi SJIG (BIG)', tanggal: '2026-09-01' });
    expect(given).toMatchObject({ value: 2.5, imported: true });
    expect(given.reason).toContain('Hasil evaluasi SJIG (BIG), 1 September 2026');
  });
});

describe('assessing a pemdi-2026 workspace', () => {
  const config: Config = {
    ...makeConfig({ penanggungJawab: { '5': ['DISKOMINFO'], '9': ['DISKOMINFO'] }, penilaian: {} }),
    instrumen: 'pemdi-2026',
    nilaiEksternal: { 'pemdi-2026': { '5': { indeks: 68.75, sumber: 'Portal Satu Data Indonesia (Bappenas)', tanggal: '2026-10-15' } } },
  };
  const a = assess(makeInput([makeDoc({ sha: 'x1', paths: ['DISKOMINFO/lain.pdf'], kind: 'laporan', maps: [] })], config, pack));

  it('never reports an external indicator as missing evidence, nor gives its OPD a cell to fill', () => {
    for (const no of [5, 6, 7, 18]) {
      const i = a.indicators.find((x) => x.id === no);
      expect(i?.status, `indikator ${no}`).toBe('eksternal');
      expect(i?.findings, `indikator ${no}`).toEqual([]);
    }
    expect(a.matrix.map((c) => c.indicator)).toEqual([9]);
    expect(a.indicators.find((x) => x.id === 9)?.findings.map((f) => f.rule)).toContain('indicatorNoEvidence');
  });

  it('takes the imported value as its supported level and the others as 1,00', () => {
    expect(a.indicators.find((x) => x.id === 5)?.levels?.value).toBeCloseTo(3.75, 12);
    expect(a.indicators.find((x) => x.id === 5)?.supportedLevel).toBe(3);
    expect(a.indicators.find((x) => x.id === 6)?.levels?.value).toBe(1);
    // An evidence-scored indicator without evidence is 1,00 too (the bottom of level 1's band), with its items missing.
    expect(a.indicators.find((x) => x.id === 9)?.levels?.value).toBe(1);
    expect(a.indicators.find((x) => x.id === 9)?.levels?.next?.missing[0]).toContain('I9-L1-01');
    expect(a.indicators.find((x) => x.id === 5)?.supportReasons[0]).toContain('Portal Satu Data Indonesia');
  });
});
