import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/instrument/registry.ts';
import { instrumentProblems, parseInstrument } from '../../src/instrument/validate.ts';
import type { Group, Indicator, Instrument } from '../../src/types/instrument.ts';
import { UserError } from '../../src/shared/errors.ts';

const original = loadPack('spbe-2020').instrument;

function copy(): Instrument {
  return structuredClone(original);
}

function domain(inst: Instrument, no: number): Group {
  return inst.groups.find((g) => g.no === no)!;
}

function aspect(inst: Instrument, no: number): Group {
  return inst.groups.flatMap((g) => g.groups).find((g) => g.no === no)!;
}

function indicator(inst: Instrument, no: number): Indicator {
  return inst.groups
    .flatMap((d) => d.groups)
    .flatMap((a) => a.indicators)
    .find((i) => i.no === no)!;
}

describe('instrument validation', () => {
  it('accepts an untouched copy of both shipped instruments', () => {
    expect(instrumentProblems(copy())).toEqual([]);
    expect(instrumentProblems(loadPack('pemdi-2026').instrument)).toEqual([]);
    expect(parseInstrument(copy(), 'salinan.json').id).toBe('spbe-2020');
  });

  it('catches an indicator weight that no longer sums to its aspect', () => {
    const bad = copy();
    indicator(bad, 12).bobot = 2.4;
    expect(instrumentProblems(bad)).toEqual(['aspek 2 (Perencanaan Strategis SPBE): bobot indikatornya berjumlah 9,9, seharusnya 10']);
    expect(() => parseInstrument(bad, 'rusak.json')).toThrow(/Berkas instrumen rusak\.json tidak konsisten/);
  });

  it('catches aspect weights that no longer sum to their domain, and a top level that is not 100', () => {
    const bad = copy();
    aspect(bad, 6).bobot = 5;
    expect(instrumentProblems(bad)).toEqual([
      'domain 3 (Manajemen SPBE): bobot subkelompoknya berjumlah 17, seharusnya 16,5',
      'aspek 6 (Pelaksanaan Audit TIK): bobot indikatornya berjumlah 4,5, seharusnya 5',
    ]);
    const top = copy();
    domain(top, 4).bobot = 45;
    expect(instrumentProblems(top)).toContain('bobot domain teratas berjumlah 99,5, seharusnya 100');
  });

  it('tolerates float noise in weight sums but not a real difference', () => {
    const noisy = copy();
    indicator(noisy, 1).bobot = 1.3 + 1e-9;
    expect(instrumentProblems(noisy)).toEqual([]);
    indicator(noisy, 1).bobot = 1.3 + 1e-4;
    expect(instrumentProblems(noisy)).toHaveLength(1);
  });

  it('catches duplicate indicator and group numbers', () => {
    const bad = copy();
    indicator(bad, 14).no = 13;
    aspect(bad, 8).no = 7;
    expect(instrumentProblems(bad)).toEqual(['nomor aspek ganda: 7', 'nomor indikator ganda: 13']);
  });

  it('catches inconsistent levels: criteria keys, label counts, hierarchy names, predicate order', () => {
    const bad = copy();
    delete indicator(bad, 5).kriteria['5'];
    bad.labelTingkat.layanan.pop();
    aspect(bad, 1).tingkat = 'bagian';
    bad.predikat.reverse();
    expect(instrumentProblems(bad)).toEqual([
      'labelTingkat.layanan berisi 4 label, seharusnya 5',
      'predikat harus urut dari batas bawah tertinggi ke terendah, tanpa batas yang sama',
      'batas bawah predikat terendah (4,2) harus ≤ tingkatMin (1)',
      'bagian 1 (Kebijakan Internal Tata Kelola SPBE): tingkat hierarki "bagian", seharusnya "aspek"',
      'indikator 5: "kriteria" memuat tingkat [1,2,3,4], seharusnya [1,2,3,4,5]',
    ]);
  });

  it('catches indicators placed above the bottom level of the hierarchy', () => {
    const bad = copy();
    domain(bad, 1).indicators.push(structuredClone(indicator(bad, 1)));
    expect(instrumentProblems(bad)).toContain(
      'domain 1 (Kebijakan Internal SPBE): indikator hanya boleh ada di tingkat "aspek"',
    );
  });

  it('reports shape errors with the file and the field path', () => {
    const raw: Record<string, unknown> = { ...copy(), formatVersion: 2 };
    delete raw.predikat;
    let caught: unknown;
    try {
      parseInstrument(raw, 'data/x.json');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserError);
    const message = (caught as UserError).message;
    expect(message).toContain('Berkas instrumen data/x.json tidak sesuai format');
    expect(message).toContain('kolom "formatVersion"');
    expect(message).toContain('kolom "predikat"');
  });

  it('rejects unknown fields so typos in a data file do not pass silently', () => {
    const raw = copy() as unknown as { groups: Array<Record<string, unknown>> };
    raw.groups[0]!.bobto = 13;
    expect(() => parseInstrument(raw, 'typo.json')).toThrow(/groups\.0/);
  });
});
