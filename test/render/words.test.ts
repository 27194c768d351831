import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { countWithWords, romawi, terbilang, titleCase } from '../../src/render/words.ts';
import { helpers } from '../../src/render/helpers.ts';
import { formatNip } from '../../src/render/model/common.ts';
import { dateInWords } from '../../src/render/model/official.ts';
import { slugOf, opdSlug, nameEvidence } from '../../src/render/packet-names.ts';
import { toWinAnsi } from '../../src/render/lampiran/fonts.ts';

describe('terbilang', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'], [19, 'sembilan belas'],
    [20, 'dua puluh'], [47, 'empat puluh tujuh'], [100, 'seratus'], [101, 'seratus satu'], [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'], [1000, 'seribu'], [1100, 'seribu seratus'], [2026, 'dua ribu dua puluh enam'],
    [11000, 'sebelas ribu'], [100000, 'seratus ribu'], [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });
  it('rejects values outside 0..999999 and fractions', () => {
    expect(() => terbilang(1_000_000)).toThrow(RangeError);
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
  it('writes counts the naskah dinas way', () => {
    expect(countWithWords(1, 'berkas')).toBe('1 (satu) berkas');
    expect(countWithWords(12, 'berkas')).toBe('12 (dua belas) berkas');
  });
});

describe('romawi', () => {
  it.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL'], [1999, 'MCMXCIX'], [2026, 'MMXXVI']])('%i → %s', (n, r) => {
    expect(romawi(n)).toBe(r);
  });
  it('rejects 0', () => expect(() => romawi(0)).toThrow(RangeError));
});

describe('Handlebars helpers', () => {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  const run = (src: string, data: object = {}): string => hb.compile(src, { strict: true })(data);

  it('formats dates, decimals, percentages, Roman numerals and counts in Indonesian', () => {
    expect(run('{{tanggal d}}', { d: '2026-11-29' })).toBe('29 November 2026');
    expect(run('{{desimal x}}', { x: 3.2812 })).toBe('3,28');
    expect(run('{{desimal x 1}}', { x: 1234.56 })).toBe('1.234,6');
    expect(run('{{persen x}}', { x: 13 })).toBe('13,00 %');
    expect(run('{{romawi x}}', { x: 4 })).toBe('IV');
    expect(run('{{terbilang n "berkas"}}', { n: 12 })).toBe('12 (dua belas) berkas');
    expect(run('{{terbilang n}}', { n: 1 })).toBe('1 (satu)');
    expect(run('{{urut i}}', { i: 0 })).toBe('1');
  });
  it('refuses non-numbers instead of printing NaN', () => {
    expect(() => run('{{desimal x}}', { x: 'abc' })).toThrow(/bukan angka/);
  });
});

describe('small formatting rules', () => {
  it('groups an 18-digit NIP and keeps other forms', () => {
    expect(formatNip('196805121994031007')).toBe('19680512 199403 1 007');
    expect(formatNip('19680512 199403 1 007')).toBe('19680512 199403 1 007');
    expect(formatNip('')).toBe('');
  });
  it('writes a date in words for the berita acara', () => {
    expect(dateInWords('2026-11-29')).toEqual({ hari: 'Minggu', tanggal: 'Dua Puluh Sembilan', bulan: 'November', tahun: 'Dua Ribu Dua Puluh Enam' });
    expect(titleCase('dua puluh')).toBe('Dua Puluh');
  });
  it('keeps WinAnsi text (en dash, é) and transliterates or replaces the rest', () => {
    expect(toWinAnsi('Lampiran I.10 – hal. 3 é')).toBe('Lampiran I.10 – hal. 3 é');
    expect(toWinAnsi('ā ő 漢\tx')).toBe('a o ? x');
  });
});

describe('packet names', () => {
  it('slugs file names to safe ASCII', () => {
    expect(slugOf('SK Tim Koordinasi SPBE 2023.pdf')).toBe('SK-Tim-Koordinasi-SPBE-2023');
    expect(slugOf('Notulen <script>alert(1)<\\script> & "kutip".pdf')).toBe('Notulen-script-alert-1-script-kutip');
    expect(slugOf('Peraturan Bupati Nomor 12 Tahun 2024 tentang Arsitektur Sistem Pemerintahan Berbasis Elektronik Kabupaten.pdf').length).toBeLessThanOrEqual(60);
    expect(slugOf('....pdf')).toBe('dokumen');
    expect(slugOf('Café Désa.pdf')).toBe('Cafe-Desa');
    expect(opdSlug('bagian-hukum')).toBe('BagianHukum');
    expect(opdSlug(null)).toBe('TanpaOPD');
  });
  it('gives colliding names -2, -3 in a stable order, case-insensitively', () => {
    const base = { indicator: 10, item: null, opd: 'BagianHukum', type: 'pdf' as const };
    const items = [
      { ...base, sha256: 'c', path: 'BagianHukum/b/SK Tim.pdf' },
      { ...base, sha256: 'a', path: 'BagianHukum/a/SK Tim.pdf' },
      { ...base, sha256: 'b', path: 'BagianHukum/SK TIM.pdf' },
      { ...base, indicator: 19, sha256: 'a', path: 'BagianHukum/a/SK Tim.pdf' },
    ];
    const names = nameEvidence(items).map((n) => `${n.sha256}:${n.fileName}`);
    expect(names).toEqual([
      'b:I10_BagianHukum_SK-TIM.pdf',
      'a:I10_BagianHukum_SK-Tim-2.pdf',
      'c:I10_BagianHukum_SK-Tim-3.pdf',
      'a:I19_BagianHukum_SK-Tim.pdf',
    ]);
    expect(nameEvidence([...items].reverse())).toEqual(nameEvidence(items));
  });

  it('names item copies by their code and puts an item pack\'s unitemized documents in their own folder', () => {
    const base = { indicator: 13, opd: 'Diskominfo', type: 'pdf' as const, sha256: 'a', path: 'Diskominfo/Dok Aplikasi.pdf' };
    const names = nameEvidence([
      { ...base, item: 'I13-L2-01' },
      { ...base, item: 'I13-L1-01' },
      { ...base, item: 'I13-L1-01', sha256: 'b', path: 'Diskominfo/x/Dok Aplikasi.pdf' },
      { ...base, item: null, unitemized: true, sha256: 'c', path: 'Diskominfo/Notulen.pdf' },
    ]).map((n) => n.fileName);
    expect(names).toEqual([
      'tanpa-kode-butir/I13_Diskominfo_Notulen.pdf',
      'I13-L1-01_Dok-Aplikasi.pdf',
      'I13-L1-01_Dok-Aplikasi-2.pdf',
      'I13-L2-01_Dok-Aplikasi.pdf',
    ]);
  });
});
