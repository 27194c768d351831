import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runEviden, makeWorkspace, textPdf, scannedPdf, SHARED_DIR, hasShared, type TempWorkspace } from '../helpers/workspace.ts';
import { readLheTable } from '../../src/history/lhe-table.ts';
import { compareYears, previousFor } from '../../src/history/compare.ts';
import type { PreviousResult } from '../../src/history/previous-results.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import type { Assessment } from '../../src/types/assessment.ts';

const inst = loadPack('spbe-2020').instrument;
const indicators = allIndicators(inst).sort((a, b) => a.no - b.no);


/** Level of indicator n in the made-up LHE: a pattern that differs from one indicator to the next. */
const levelOf = (no: number) => ((no * 7) % 5) + 1;

/**
 * An LHE in the layout the real one has: cover with the year, a numbered Dasar Hukum list that must not be taken
 * for the table, then rows whose long names wrap and whose value sometimes stands on a line of its own.
 */
function lheLines(): string[][] {
  const rows: string[] = [];
  for (const ind of indicators) {
    const name = `${ind.no} ${ind.nama}`;
    if (ind.no % 6 === 0) rows.push(name.replace(/ Instansi.*$/, ''), 'Instansi Pusat/Pemerintah Daerah', String(levelOf(ind.no)));
    else if (ind.no % 6 === 1) rows.push(name, String(levelOf(ind.no)));
    else rows.push(`${name} ${levelOf(ind.no)}`);
  }
  const intro = [
    'LAPORAN HASIL EVALUASI',
    'INDEKS SPBE TAHUN 2025',
    'PEMERINTAH KABUPATEN UJI',
    'Dasar Hukum',
    '1 Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE 3',
    '2 Peraturan Menteri PANRB Nomor 59 Tahun 2020 4',
    'Perolehan Nilai Tingkat Kematangan Indikator',
    'No Indikator Nilai Tingkat Kematangan',
  ];
  const all = [...intro, ...rows];
  const pages: string[][] = [];
  for (let i = 0; i < all.length; i += 40) pages.push(all.slice(i, i + 40));
  return pages;
}

describe('reading the indicator table of an LHE', () => {
  it('reads every row of a generated LHE, wrapped names and values on their own line included', () => {
    const reading = readLheTable(lheLines().flat().join('\n'), inst);
    expect(reading.tahun).toBe(2025);
    expect(reading.nilai.size).toBe(indicators.length);
    for (const ind of indicators) expect(reading.nilai.get(ind.no)).toBe(levelOf(ind.no));
    expect(reading.namaBerbeda).toEqual([]);
  });

  it('stops where the table stops and never takes a numbered list for it', () => {
    const text = ['Dasar Hukum', '1 Peraturan Presiden Nomor 95 Tahun 2018 3', '2 Peraturan Menteri PANRB 4'].join('\n');
    expect(readLheTable(text, inst).nilai.size).toBe(0);
    const cut = lheLines().flat().slice(0, 20).join('\n');
    const partial = readLheTable(cut, inst);
    expect(partial.nilai.size).toBeGreaterThan(0);
    expect(partial.nilai.size).toBeLessThan(indicators.length);
  });

  it.skipIf(!hasShared)('reads the real LHE 2021 of Kemenko Perekonomian (../shared/corpus/real)', async () => {
    const ws = makeWorkspace();
    try {
      const lhe = path.join(SHARED_DIR, 'corpus/real/LHE_SPBE_KEMENKO_PEREKONOMIAN_TAHUN_2021.pdf');
      const r = runEviden(ws.root, 'riwayat', 'impor', lhe);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Hasil evaluasi 2021 (spbe-2020)');
      expect(r.stdout).toContain('47 indikator, indeks 2,95 (Baik)');
      expect(r.stderr).toContain('Indeks 2,95 yang dihitung dari nilai terbaca sama dengan angka pada LHE.');
      // The workspace is Kabupaten Uji: the LHE of another body is imported with a warning.
      expect(r.stderr).toContain('tidak menyebut Pemerintah Kabupaten Uji');
      const stored = JSON.parse(readFileSync(path.join(ws.root, '.eviden/riwayat.json'), 'utf8')) as { hasil: PreviousResult[] };
      const nilai = stored.hasil[0]?.nilai ?? {};
      expect([nilai['1'], nilai['11'], nilai['13'], nilai['21'], nilai['41'], nilai['44'], nilai['47']]).toEqual([3, 2, 5, 1, 5, 2, 3]);
    } finally {
      ws.cleanup();
    }
  });
});

describe('eviden riwayat', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    writeFileSync(path.join(ws.root, 'LHE_2025.pdf'), await textPdf(lheLines()));
    writeFileSync(path.join(ws.root, 'LHE_pindaian.pdf'), await scannedPdf([['LAPORAN HASIL EVALUASI', 'INDEKS SPBE TAHUN 2025']]));
  });
  afterAll(() => ws.cleanup());

  it('asks for an import before there is anything to compare', () => {
    const r = runEviden(ws.root, 'riwayat');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('eviden riwayat impor');
  });

  it('imports an LHE PDF, checks it, and compares it with this year', () => {
    const imported = runEviden(ws.root, 'riwayat', 'impor', path.join(ws.root, 'LHE_2025.pdf'));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Hasil evaluasi 2025 (spbe-2020) diimpor dari LHE_2025.pdf: 47 indikator');
    expect(imported.stderr).not.toContain('tidak menyebut');
    const r = runEviden(ws.root, 'riwayat', '--json');
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as ReturnType<typeof compareYears>;
    expect(c.tahunSebelumnya).toBe(2025);
    const row10 = c.rows.find((row) => row.no === 10);
    // Indicator 10 is claimed at 3 in the workspace config; last year it was levelOf(10).
    expect(row10).toMatchObject({ sebelumnya: levelOf(10), klaim: 3, perubahan: 3 - levelOf(10) });
    const text = runEviden(ws.root, 'riwayat');
    expect(text.stdout).toMatch(/Tren indeks: 2025: \d,\d\d → 2026: /);
  });

  it('refuses a scanned LHE, a levels file without a year, and a year that is not earlier, saying what to do', () => {
    const scan = runEviden(ws.root, 'riwayat', 'impor', path.join(ws.root, 'LHE_pindaian.pdf'));
    expect(scan.code).toBe(2);
    expect(scan.stderr).toContain('tidak memiliki lapisan teks');
    expect(scan.stderr).toContain('berkas tingkat');
    writeFileSync(path.join(ws.root, 'tingkat.yaml'), '1: 2\n2: 3\n');
    const noYear = runEviden(ws.root, 'riwayat', 'impor', path.join(ws.root, 'tingkat.yaml'));
    expect(noYear.stderr).toContain('--tahun');
    const sameYear = runEviden(ws.root, 'riwayat', 'impor', path.join(ws.root, 'tingkat.yaml'), '--tahun', '2026');
    expect(sameYear.stderr).toContain('bukan tahun sebelumnya');
  });
});

describe('comparing years', () => {
  const previous: PreviousResult = {
    tahun: 2024,
    instrumen: 'spbe-2020',
    nilai: { '1': 2, '2': 3 },
    indeks: 2.1,
    predikat: 'Cukup',
    sumber: { berkas: 'x.yaml', sha256: 'a', jenis: 'berkas-tingkat' },
    diimpor: '2026-01-01T00:00:00Z',
    oleh: 'Penguji',
  };
  const ind = (id: number, claimedLevel: number | null, supportedLevel: number) => ({
    id, nama: `I${id}`, claimedLevel, targetLevel: 3, supportedLevel, penjelasan: '', supportReasons: [], status: 'kosong' as const,
    penanggungJawab: [], documents: [], candidates: [], findings: [],
  });
  const assessment = {
    instansi: 'Uji', tahun: 2026, instrument: 'spbe-2020', indeks: null,
    indeksBukti: { instrument: 'spbe-2020', indeks: 1.5, predikat: 'Kurang', groups: {} },
    indeksTarget: { instrument: 'spbe-2020', indeks: 3, predikat: 'Baik', groups: {} },
    indicators: [ind(1, 3, 1), ind(2, null, 2), ind(3, 1, 1)], matrix: [], findings: [],
  } satisfies Assessment;

  it('compares the claim (else the supported level) with last year, per indicator', () => {
    const c = compareYears(previous, [previous], assessment);
    expect(c.rows.map((r) => [r.no, r.arah, r.perubahan])).toEqual([[1, 'naik', 1], [2, 'turun', -1], [3, 'baru', null]]);
    expect(c.tren).toEqual([{ tahun: 2024, indeks: 2.1, sumber: 'riwayat' }, { tahun: 2026, indeks: null, sumber: 'klaim' }]);
  });

  it('compares the supported value, not the whole level, where the credit is linear (Pemdi)', () => {
    const pemdi = { ...previous, instrumen: 'pemdi-2026', nilai: { '1': 1.5 } };
    const linear = { ...ind(1, null, 1), levels: { climb: 'stepwise' as const, credit: 'linear' as const, level: 1, value: 1.75, levels: [], next: null } };
    const c = compareYears(pemdi, [pemdi], { ...assessment, instrument: 'pemdi-2026', indicators: [linear] });
    expect(c.rows.map((r) => [r.didukung, r.arah, r.perubahan])).toEqual([[1.75, 'naik', 0.25]]);
  });

  it('takes the latest earlier year of the same instrument', () => {
    const later = { ...previous, tahun: 2025 };
    const otherInstrument = { ...previous, tahun: 2025, instrumen: 'pemdi-2026' };
    const sameYear = { ...previous, tahun: 2026 };
    expect(previousFor([previous, later, otherInstrument, sameYear], assessment)?.tahun).toBe(2025);
    expect(previousFor([otherInstrument], assessment)).toBeNull();
  });
});
