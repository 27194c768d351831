/**
 * The indicator status, decided once in the assessment from the value the evidence supports: a supported value
 * below the target is never "lengkap", for SPBE's whole levels and for Pemdi's decimal values (linear credit).
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { indicatorStatus } from '../../src/assess/indicator-status.ts';
import { supportedValue } from '../../src/assess/values.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Config } from '../../src/types/config.ts';
import { makeConfig, makeDoc, makeInput } from './fixtures.ts';

describe('indicatorStatus (pure)', () => {
  const base = { external: false, hasEvidence: true };

  it('whole levels (SPBE): the claim, then the target', () => {
    expect(indicatorStatus({ ...base, supported: 3, claimed: 3, target: 3 })).toBe('lengkap');
    expect(indicatorStatus({ ...base, supported: 3, claimed: null, target: 3 })).toBe('lengkap');
    expect(indicatorStatus({ ...base, supported: 4, claimed: 2, target: 3 })).toBe('lengkap');
    expect(indicatorStatus({ ...base, supported: 2, claimed: 2, target: 3 })).toBe('di-bawah-target');
    expect(indicatorStatus({ ...base, supported: 2, claimed: null, target: 3 })).toBe('kurang');
    expect(indicatorStatus({ ...base, supported: 2, claimed: 3, target: 3 })).toBe('kurang');
    expect(indicatorStatus({ ...base, supported: 1, claimed: 2, target: 3 })).toBe('kurang');
  });

  it('decimal values (Pemdi): a value a quarter below the target is below it', () => {
    expect(indicatorStatus({ ...base, supported: 2.75, claimed: 2.75, target: 3 })).toBe('di-bawah-target');
    expect(indicatorStatus({ ...base, supported: 2.75, claimed: 2.5, target: 3 })).toBe('di-bawah-target');
    expect(indicatorStatus({ ...base, supported: 2.75, claimed: null, target: 3 })).toBe('kurang');
    expect(indicatorStatus({ ...base, supported: 2.25, claimed: 2.5, target: 2 })).toBe('kurang');
    // 1,5 + 0,5 + … summed in floating point stays equal to the whole level it reaches.
    expect(indicatorStatus({ ...base, supported: 0.1 + 0.2 + 2.7, claimed: 3, target: 3 })).toBe('lengkap');
    // Values are written with two decimals: claiming the shown 1,17 for a supported 1,1666… is claiming what it supports.
    expect(indicatorStatus({ ...base, supported: 7 / 6, claimed: 1.17, target: 2 })).toBe('di-bawah-target');
    expect(indicatorStatus({ ...base, supported: 7 / 6, claimed: 1.18, target: 2 })).toBe('kurang');
  });

  it('no evidence and partner indices come first', () => {
    expect(indicatorStatus({ external: false, hasEvidence: false, supported: 0, claimed: 3, target: 3 })).toBe('kosong');
    expect(indicatorStatus({ external: true, hasEvidence: false, supported: 1, claimed: null, target: 3 })).toBe('eksternal');
  });
});

describe('the assessment carries the status (SPBE, whole levels)', () => {
  const shot = makeDoc({ sha: 's36', paths: ['BKPSDM/unggah.png'], kind: 'tangkapan-layar', maps: [{ indicator: 36 }] });
  const run = (tingkat: number | undefined, target: number) => {
    const config = makeConfig({
      penanggungJawab: { '36': ['BKPSDM'] },
      penilaian: tingkat === undefined ? {} : { '36': { tingkat, penjelasan: 'unggah.png' } },
      target: { indikator: { '36': target } },
    });
    const a = assess(makeInput([shot], config));
    return { indicator: a.indicators.find((i) => i.id === 36)!, cell: a.matrix.find((c) => c.opd === 'BKPSDM' && c.indicator === 36)! };
  };

  it('evidence matching a claim set below the target is "di bawah target", in the indicator and its OPD cell', () => {
    const { indicator, cell } = run(2, 3);
    expect(indicator).toMatchObject({ claimedLevel: 2, targetLevel: 3, supportedLevel: 2, status: 'di-bawah-target' });
    expect(cell.status).toBe('di-bawah-target');
  });

  it('the same evidence is "lengkap" once the target is the claimed level, and "kurang" without a claim', () => {
    expect(run(2, 2).indicator.status).toBe('lengkap');
    expect(run(undefined, 3).indicator.status).toBe('kurang');
  });
});

describe('the assessment carries the status (Pemdi, decimal values)', () => {
  const pack = loadPack('pemdi-2026');
  // Both items of level 1 of I19 met, nothing of level 2: level 1, value 1,50 (the bottom of level 2's band).
  const sla = makeDoc({ sha: 'sla19', paths: ['DISKOMINFO/SLA.pdf'], kind: 'laporan', maps: [{ indicator: 19 }], facts: ['i19-sla', 'i19-sla-proses'] });
  const run = (tingkat: number | undefined, target: number) => {
    const base = makeConfig();
    const config: Config = {
      ...base,
      instrumen: 'pemdi-2026',
      penilaian: { 'pemdi-2026': tingkat === undefined ? {} : { '19': { tingkat, penjelasan: 'SLA' } } },
      target: { bawaan: 3, indikator: { 'pemdi-2026': { '19': target } } },
    };
    return assess(makeInput([sla], config, pack)).indicators.find((i) => i.id === 19)!;
  };

  it('reads the decimal value the climb gives', () => {
    const a = run(1.5, 2);
    expect(a.supportedLevel).toBe(1);
    expect(supportedValue(a)).toBeCloseTo(1.5, 9);
  });

  it('a value that matches the claim but stays below the target is never "lengkap"', () => {
    expect(run(1.5, 2).status).toBe('di-bawah-target');
    expect(run(1.25, 2).status).toBe('di-bawah-target');
    expect(run(undefined, 2).status).toBe('kurang');
    expect(run(1.75, 2).status).toBe('kurang');
    expect(run(1.5, 1).status).toBe('lengkap');
  });
});
