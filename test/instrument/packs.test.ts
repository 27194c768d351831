import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDocument, pathHints } from '../../src/classify/index.ts';
import { listPacks, loadPack, packsRoot } from '../../src/instrument/registry.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import { instrumentProblems } from '../../src/instrument/validate.ts';
import { UserError } from '../../src/shared/errors.ts';
import type { Group } from '../../src/types/instrument.ts';
import type { OwnInstansi } from '../../src/types/classification.ts';

/** The kabupaten the sample decrees below are issued by. */
const CONTOH: OwnInstansi = { nama: 'Pemerintah Kabupaten Contoh', jenis: 'kabupaten', kota: 'Contoh', kop: ['PEMERINTAH KABUPATEN CONTOH'] };

const tmpRoots: string[] = [];
afterAll(() => {
  for (const dir of tmpRoots) rmSync(dir, { recursive: true, force: true });
});

function sum(values: number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

/** Every group whose weight differs from the sum of its children's (groups or indicators). */
function badWeights(groups: Group[]): string[] {
  return groups.flatMap((g) => {
    const children = g.indicators.length > 0 ? g.indicators.map((i) => i.bobot) : g.groups.map((c) => c.bobot);
    const own = Math.abs(sum(children) - g.bobot) > 1e-6 ? [`${g.tingkat} ${g.no}`] : [];
    return [...own, ...badWeights(g.groups)];
  });
}

const ids = listPacks();

describe('the shipped instrument packs', () => {
  it('include spbe-2020 and pemdi-2026', () => {
    expect(ids).toEqual(expect.arrayContaining(['spbe-2020', 'pemdi-2026']));
  });

  describe.each(ids)('%s', (id) => {
    const pack = loadPack(id);
    const indicators = allIndicators(pack.instrument);
    const numbers = indicators.map((i) => i.no);

    it('is named like its folder in every file', () => {
      expect(pack.id).toBe(id);
      expect(pack.instrument.id).toBe(id);
      expect(pack.rules.id).toBe(id);
      expect(pack.dir).toBe(path.join(packsRoot(), id));
    });

    it('has weights that nest and total 100', () => {
      expect(instrumentProblems(pack.instrument)).toEqual([]);
      expect(badWeights(pack.instrument.groups)).toEqual([]);
      expect(sum(pack.instrument.groups.map((g) => g.bobot))).toBeCloseTo(100, 9);
      expect(sum(indicators.map((i) => i.bobot))).toBeCloseTo(100, 9);
    });

    it('numbers its indicators uniquely within the manifest range', () => {
      expect(new Set(numbers).size).toBe(numbers.length);
      const { min, max } = pack.indicatorNumbers;
      expect(numbers.filter((no) => no < min || no > max)).toEqual([]);
      expect(pack.rules.indicatorNumbers).toEqual(pack.indicatorNumbers);
    });

    it('has mapping rules for existing indicators only', () => {
      const known = new Set(numbers);
      expect(pack.rules.indicators.map((r) => r.no).filter((no) => !known.has(no))).toEqual([]);
    });

    it('has sector slots that are distinct indicators of the instrument', () => {
      expect(pack.sectorSlots.filter((no) => !numbers.includes(no))).toEqual([]);
      expect(new Set(pack.sectorSlots).size).toBe(pack.sectorSlots.length);
      expect(pack.rules.sectorSlots).toEqual(pack.sectorSlots);
    });

    it('gives the reports a legal basis and labels, and says where an experimental instrument comes from', () => {
      expect(pack.legalBasis.length).toBeGreaterThan(0);
      expect(pack.legalBasis.every((l) => l.text.length > 20)).toBe(true);
      expect(pack.labels.programShort.length).toBeGreaterThan(0);
      if (pack.instrument.experimental) expect(pack.sourceNote).not.toBeNull();
    });

    it('classifies a document without failing', () => {
      const text = 'KEPUTUSAN BUPATI CONTOH\nNOMOR 1 TAHUN 2025\nTENTANG\nTIM KOORDINASI PEMERINTAH DIGITAL\n';
      const c = classifyDocument({ sha256: 'a'.repeat(64), paths: ['Diskominfo/Indikator 1/sk.pdf'], pages: [{ no: 1, text }] }, pack.rules, { threshold: 0.5, instansi: CONTOH });
      expect(c.sha256).toBe('a'.repeat(64));
      expect([...c.mappings, ...c.candidates].every((m) => numbers.includes(m.indicator))).toBe(true);
    });
  });

  it('keep what is specific to each instrument in its pack', () => {
    const spbe = loadPack('spbe-2020');
    const pemdi = loadPack('pemdi-2026');
    expect(spbe.sectorSlots).toEqual([45, 46, 47]);
    expect(spbe.indicatorNumbers).toEqual({ min: 1, max: 47 });
    expect(spbe.allowsDecimal).toBe(false);
    expect(spbe.legalBasis.map((l) => l.text)).toEqual([
      expect.stringMatching(/^Peraturan Presiden Nomor 95 Tahun 2018/),
      expect.stringMatching(/Nomor 59 Tahun 2020/),
      expect.stringMatching(/Nomor 962 Tahun 2021/),
    ]);
    expect(spbe.sourceNote).toBeNull();
    expect(pemdi.allowsDecimal).toBe(true);
    expect(pemdi.sectorSlots).toEqual([]);
    expect(pemdi.legalBasis.filter((l) => l.secondary).map((l) => l.text)).toEqual([expect.stringMatching(/Nomor 8 Tahun 2026/)]);
    expect(pemdi.sourceNote).toMatch(/sumber sekunder/);
  });

  it('are read once per process', () => {
    expect(loadPack('spbe-2020')).toBe(loadPack('spbe-2020'));
  });
});

/** A packs folder holding a copy of spbe-2020 renamed to `id`, with `edit` applied to its files. */
function copiedPack(id: string, edit: (dir: string) => void = () => {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-packs-'));
  tmpRoots.push(root);
  const dir = path.join(root, id);
  cpSync(path.join(packsRoot(), 'spbe-2020'), dir, { recursive: true });
  const rename = (file: string, from: RegExp, to: string): void => {
    const full = path.join(dir, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
  };
  rename('pack.yaml', /^id: spbe-2020$/m, `id: ${id}`);
  rename('instrument.json', /"id": "spbe-2020"/, `"id": "${id}"`);
  rename('rules.yaml', /^instrument: spbe-2020$/m, `instrument: ${id}`);
  rename('levels.yaml', /^instrument: spbe-2020$/m, `instrument: ${id}`);
  rename('lexicon.yaml', /^instrument: spbe-2020$/m, `instrument: ${id}`);
  edit(dir);
  return root;
}

function append(dir: string, file: string, text: string): void {
  const full = path.join(dir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(text.split('\n')[0] ?? '', text));
}

describe('adding an instrument is adding a folder', () => {
  it('loads a pack copied into another packs folder, with no code change', () => {
    const root = copiedPack('contoh-2030');
    expect(listPacks(root)).toEqual(['contoh-2030']);
    const pack = loadPack('contoh-2030', root);
    expect(pack.instrument.id).toBe('contoh-2030');
    expect(allIndicators(pack.instrument)).toHaveLength(47);
    const text = 'KEPUTUSAN BUPATI CONTOH\nNOMOR 1 TAHUN 2025\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n';
    const c = classifyDocument({ sha256: 'b'.repeat(64), paths: ['Setda/sk.pdf'], pages: [{ no: 1, text }] }, pack.rules, { threshold: 0.5, instansi: CONTOH });
    expect(c.mappings.map((m) => m.indicator)).toContain(10);
  });

  it('gives every indicator of every pack a level profile with levels 1–5, each with requirements', () => {
    for (const id of listPacks()) {
      const pack = loadPack(id);
      for (const indicator of allIndicators(pack.instrument)) {
        const profile = pack.levels.indicators[String(indicator.no)];
        expect(profile?.levels.map((l) => l.level), `${id} ${indicator.no}`).toEqual([1, 2, 3, 4, 5]);
        expect(profile?.levels.every((l) => l.requires.length > 0), `${id} ${indicator.no}`).toBe(true);
      }
    }
  });

  it('rejects a levels file naming an unknown check, and re-fingerprints the pack when the levels file changes', () => {
    const same = [copiedPack('tingkat-2030'), copiedPack('tingkat-2030')].map((root) => loadPack('tingkat-2030', root).fingerprint);
    expect(same[0]).toBe(same[1]);
    const edited = copiedPack('tingkat-2030', (dir) => append(dir, 'levels.yaml', 'credit: integer\n# catatan'));
    expect(loadPack('tingkat-2030', edited).fingerprint).not.toBe(same[0]);
    const bad = copiedPack('tingkat-2032', (dir) => {
      const file = path.join(dir, 'levels.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('any: [konsultasi-tik]', 'any: [konsultasi-tidak-ada]'));
    });
    expect(() => loadPack('tingkat-2032', bad)).toThrow(/levels\.yaml tidak sesuai format:[\s\S]*"konsultasi-tidak-ada" bukan sinyal atau pemeriksaan/);
  });

  it('takes the indicator numbers of path hints from the manifest', () => {
    const spbe = loadPack('spbe-2020').rules.indicatorNumbers;
    const pemdi = loadPack('pemdi-2026').rules.indicatorNumbers;
    expect(pathHints(['Setda/Indikator 30/foto.png'], spbe).map((h) => h.indicator)).toEqual([30]);
    expect(pathHints(['Setda/Indikator 30/foto.png'], pemdi)).toEqual([]);
    expect(pathHints(['Setda/Indikator 20/foto.png'], pemdi).map((h) => h.indicator)).toEqual([20]);
  });

  it('rejects a pack whose manifest disagrees with its instrument, naming the folder', () => {
    const root = copiedPack('salah-2030', (dir) => {
      const file = path.join(dir, 'pack.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('sectorSlots: [45, 46, 47]', 'sectorSlots: [45, 46, 99]').replace('max: 47', 'max: 40'));
    });
    expect(() => loadPack('salah-2030', root)).toThrow(UserError);
    expect(() => loadPack('salah-2030', root)).toThrow(/salah-2030 tidak konsisten[\s\S]*di luar indicatorNumbers \(1–40\)[\s\S]*sectorSlots 99/);
  });

  it('rejects an invalid manifest in Indonesian, naming pack.yaml and the field', () => {
    const root = copiedPack('rusak-2030', (dir) => writeFileSync(path.join(dir, 'pack.yaml'), 'formatVersion: 1\nid: rusak-2030\nallowsDecimal: ya\n'));
    const file = path.join(root, 'rusak-2030', 'pack.yaml');
    expect(() => loadPack('rusak-2030', root)).toThrow(new RegExp(`Berkas manifest paket ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} tidak sesuai format`));
    expect(() => loadPack('rusak-2030', root)).toThrow(/kolom "allowsDecimal"/);
  });

  it('rejects a manifest naming a file the folder lacks', () => {
    const root = copiedPack('kurang-2030', (dir) => rmSync(path.join(dir, 'lexicon.yaml')));
    expect(() => loadPack('kurang-2030', root)).toThrow(/menyebut berkas yang tidak ada .*lexicon\.yaml/);
  });

  it('rejects rules for an indicator the instrument does not have', () => {
    const root = copiedPack('lebih-2030', (dir) => append(dir, 'rules.yaml', 'indicators:\n  "48":\n    family: layanan\n    strong: [layanan contoh]'));
    expect(() => loadPack('lebih-2030', root)).toThrow(/aturan pemetaan untuk indikator 48/);
  });
});
