import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allIndicators, findIndicator, groupPathOf, levelLabel } from '../../src/instrument/tree.ts';
import { listPacks, loadPack, packsRoot } from '../../src/instrument/registry.ts';
import { packageRoot } from '../../src/shared/package-root.ts';
import { UserError } from '../../src/shared/errors.ts';

const spbe = loadPack('spbe-2020').instrument;
const sharedReference = path.join(packageRoot(), '..', 'shared', 'reference', 'spbe-2020-instrument.json');
const hasShared = existsSync(sharedReference);
if (!hasShared) console.log(`Catatan: ${sharedReference} tidak ada; uji kecocokan dengan referensi dilewati.`);

describe('spbe-2020 instrument file', () => {
  it('has 4 domains, 8 aspects and 47 indicators numbered 1..47', () => {
    expect(spbe.formatVersion).toBe(1);
    expect(spbe.hierarki).toEqual(['domain', 'aspek']);
    expect(spbe.experimental).toBe(false);
    expect(spbe.groups.map((d) => d.no)).toEqual([1, 2, 3, 4]);
    expect(spbe.groups.flatMap((d) => d.groups.map((a) => a.no))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(allIndicators(spbe).map((i) => i.no)).toEqual(Array.from({ length: 47 }, (_, k) => k + 1));
  });

  it('carries the official weights of domains and aspects (Tabel 3-8)', () => {
    expect(spbe.groups.map((d) => d.bobot)).toEqual([13, 25, 16.5, 45.5]);
    expect(spbe.groups.flatMap((d) => d.groups.map((a) => a.bobot))).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
    const perIndicator = new Map(allIndicators(spbe).map((i) => [i.no, i.bobot]));
    expect([1, 11, 19, 21, 29, 32, 42, 47].map((no) => perIndicator.get(no))).toEqual([1.3, 2.5, 2.5, 1.5, 1.5, 2.75, 3, 3]);
  });

  it('has 235 level criteria, 235 evidence criteria and 235 fulfilment criteria, none empty', () => {
    const indicators = allIndicators(spbe);
    const count = (pick: (i: (typeof indicators)[number]) => Record<string, string> | undefined): number =>
      indicators.flatMap((i) => Object.values(pick(i) ?? {})).filter((text) => text.trim().length > 20).length;
    expect(count((i) => i.kriteria)).toBe(235);
    expect(count((i) => i.buktiDukung)).toBe(235);
    expect(count((i) => i.pemenuhan)).toBe(235);
    expect(indicators.every((i) => i.penjelasan.length > 0 && i.pertanyaan.length > 0)).toBe(true);
  });

  it('uses the process scale for 1-31 and the service scale for 32-47', () => {
    const indicators = allIndicators(spbe);
    expect(indicators.filter((i) => i.kapabilitas === 'proses').map((i) => i.no)).toEqual(
      Array.from({ length: 31 }, (_, k) => k + 1),
    );
    expect(levelLabel(spbe, findIndicator(spbe, 1)!, 4)).toBe('Terpadu dan Terukur');
    expect(levelLabel(spbe, findIndicator(spbe, 31)!, 3)).toBe('Terdefinisi');
    expect(levelLabel(spbe, findIndicator(spbe, 32)!, 3)).toBe('Transaksi');
    expect(levelLabel(spbe, findIndicator(spbe, 47)!, 5)).toBe('Optimum');
  });

  it('gives short names without "Tingkat Kematangan" and "Instansi Pusat/Pemerintah Daerah"', () => {
    expect(findIndicator(spbe, 10)!.namaPendek).toBe('Kebijakan Internal Tim Koordinasi SPBE');
    expect(findIndicator(spbe, 10)!.nama).toBe(
      'Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah',
    );
    expect(findIndicator(spbe, 44)!.namaPendek).toBe('Jaringan Dokumentasi dan Informasi Hukum (JDIH)');
    for (const i of allIndicators(spbe)) {
      expect(i.namaPendek).not.toMatch(/Tingkat Kematangan|Instansi Pusat|Pemerintah Daerah|^\s|\s$/);
    }
  });

  it('finds the group path of an indicator', () => {
    expect(groupPathOf(spbe, 11).map((g) => `${g.tingkat} ${g.no}`)).toEqual(['domain 2', 'aspek 2']);
    expect(groupPathOf(spbe, 31).map((g) => g.nama)).toEqual(['Manajemen SPBE', 'Pelaksanaan Audit TIK']);
    expect(groupPathOf(spbe, 48)).toEqual([]);
    expect(findIndicator(spbe, 48)).toBeUndefined();
  });

  it('rejects an invalid level label request naming the indicator', () => {
    expect(() => levelLabel(spbe, findIndicator(spbe, 12)!, 6)).toThrow(/indikator 12 \(Peta Rencana SPBE\)/);
    expect(() => levelLabel(spbe, findIndicator(spbe, 12)!, 0)).toThrow(UserError);
  });
});

describe.skipIf(!hasShared)('spbe-2020 matches the shared reference it was converted from', () => {
  it('has the same names, questions, weights and texts for all 47 indicators', () => {
    const reference = JSON.parse(readFileSync(sharedReference, 'utf8')) as {
      indikator: Array<{
        no: number;
        nama: string;
        pertanyaan: string;
        bobot_indikator: number;
        aspek_no: number;
        domain_no: number;
        kriteria_tingkat: Record<string, string>;
        kriteria_bukti_dukung_per_tingkat: Record<string, string>;
        kriteria_pemenuhan_per_tingkat: Record<string, string>;
        penjelasan_indikator: string;
      }>;
    };
    expect(reference.indikator).toHaveLength(47);
    for (const src of reference.indikator) {
      const ind = findIndicator(spbe, src.no)!;
      expect(ind.nama).toBe(src.nama);
      expect(ind.pertanyaan).toBe(src.pertanyaan);
      expect(ind.bobot).toBe(src.bobot_indikator);
      expect(ind.kriteria).toEqual(src.kriteria_tingkat);
      expect(ind.buktiDukung).toEqual(src.kriteria_bukti_dukung_per_tingkat);
      expect(ind.pemenuhan).toEqual(src.kriteria_pemenuhan_per_tingkat);
      expect(ind.penjelasan).toBe(src.penjelasan_indikator);
      expect(groupPathOf(spbe, src.no).map((g) => g.no)).toEqual([src.domain_no, src.aspek_no]);
    }
  });
});

describe('pemdi-2026 instrument file', () => {
  const pemdi = loadPack('pemdi-2026').instrument;

  it('is an experimental aspect-only tree of 7 aspects and 20 indicators summing to 100', () => {
    expect(pemdi.experimental).toBe(true);
    expect(pemdi.hierarki).toEqual(['aspek']);
    expect(pemdi.groups.map((a) => a.bobot)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(pemdi.groups.every((a) => a.groups.length === 0)).toBe(true);
    expect(allIndicators(pemdi).map((i) => i.no)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(allIndicators(pemdi).reduce((acc, i) => acc + i.bobot, 0)).toBeCloseTo(100, 9);
    expect(groupPathOf(pemdi, 20).map((g) => `${g.tingkat} ${g.no}`)).toEqual(['aspek 7']);
  });

  it('has its own predicate table, distinct from SPBE', () => {
    expect(pemdi.predikat.map((p) => p.min)).toEqual([4, 3.5, 2.5, 1.5, 1]);
    expect(pemdi.predikat).not.toEqual(spbe.predikat);
  });
});

describe('instrument lookup', () => {
  it('lists the shipped instrument packs from src/instruments', () => {
    expect(listPacks()).toEqual(['pemdi-2026', 'spbe-2020']);
    expect(packsRoot()).toBe(path.join(packageRoot(), 'src', 'instruments'));
  });

  it('rejects an unknown id in Indonesian, listing the available ids', () => {
    expect(() => loadPack('spbe-2018')).toThrow(UserError);
    expect(() => loadPack('spbe-2018')).toThrow(/Instrumen "spbe-2018" tidak dikenal.*pemdi-2026, spbe-2020/);
    expect(() => loadPack('../instruments/spbe-2020')).toThrow(/tidak dikenal/);
  });
});
