/**
 * The classifier on real public documents beside the project (../shared/corpus/real, absent in a
 * user's clone). Born-digital PDFs only: their text comes from `pdftotext`; the scans are covered by
 * the mapping benchmark, which OCRs them. The corpus is Kemenko Perekonomian's own evidence, so it is
 * classified for that instansi; the Perbup is Minahasa Selatan's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { packageRoot } from '../../src/shared/package-root.ts';
import type { Classification, OwnInstansi } from '../../src/types/classification.ts';
import { accepted, KEMENKO, rules, SHA, SUKAMAJU } from './helpers.ts';

const MINAHASA_SELATAN: OwnInstansi = { nama: 'Pemerintah Kabupaten Minahasa Selatan', jenis: 'kabupaten', kota: 'Amurang', kop: ['PEMERINTAH KABUPATEN MINAHASA SELATAN'] };

const REAL = path.join(packageRoot(), '..', 'shared', 'corpus', 'real');
const hasShared = existsSync(REAL);
if (!hasShared) console.warn(`[classify] korpus nyata tidak ada di ${REAL}; uji dokumen nyata dilewati.`);

const POLICY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function pdfPages(file: string): { no: number; text: string }[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(REAL, file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
}

function classification(file: string, pages: { no: number; text: string }[], instansi: OwnInstansi): Classification {
  return classifyDocument({ sha256: SHA, paths: [`Diskominfo/${file}`], pages }, rules, { threshold: 0.5, instansi });
}

function classifyPages(file: string, pages: { no: number; text: string }[], instansi = KEMENKO): number[] {
  return accepted(classification(file, pages, instansi));
}

const PERBUP = 'Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt';
const perbupPages = (): { no: number; text: string }[] => [{ no: 1, text: readFileSync(path.join(REAL, PERBUP), 'utf8') }];

describe.skipIf(!hasShared)('real documents (../shared/corpus/real)', () => {
  it('Perbup Minahasa Selatan 15/2025 tentang Penyelenggaraan SPBE → policy indicators 1–10 for Minahasa Selatan', () => {
    const c = classification(PERBUP, perbupPages(), MINAHASA_SELATAN);
    const got = accepted(c);
    expect(c.issuer?.case).toBe('sendiri');
    expect(got.every((n) => POLICY.includes(n))).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(8);
    expect(got).toEqual(expect.arrayContaining([1, 2, 8, 9, 10]));
  });

  it('the same Perbup in the ministry\'s folders is another instansi\'s regulation: evidence for nothing', () => {
    const c = classification(PERBUP, perbupPages(), KEMENKO);
    expect(c.issuer).toMatchObject({ case: 'instansi-lain', issuer: expect.stringMatching(/Bupati Minahasa Selatan/i) });
    expect(c.notEvidence).toBe('instansi-lain');
    expect(c.mappings).toEqual([]);
  });

  it('Kebijakan Layanan SPBE v3.3.2 (the ministry\'s internal policy book) → policy indicators only', () => {
    const c = classification('Kebijakan_Layanan_SPBE_v3.3.2.pdf', pdfPages('Kebijakan_Layanan_SPBE_v3.3.2.pdf'), KEMENKO);
    const got = accepted(c);
    expect(c.issuer?.case).toBe('sendiri');
    expect(got.every((n) => POLICY.includes(n))).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(6);
  });

  it('the ministry\'s policy book dropped into a kabupaten\'s folders is no evidence for the kabupaten', () => {
    const c = classification('Kebijakan_Layanan_SPBE_v3.3.2.pdf', pdfPages('Kebijakan_Layanan_SPBE_v3.3.2.pdf'), SUKAMAJU);
    expect(c.issuer?.case).toBe('nasional');
    expect(c.mappings).toEqual([]);
  });

  it.each([
    'Manajemen_Risiko_SPBE_Permenpan_RB_Nomor_5_Tahun_2020.pdf',
    'Manajemen_Keamanan_SPBE_Peraturan_BSSN_Nomor_4_Tahun_2021.pdf',
    'Manajemen_Data_SPBE_Peraturan_Bappenas_16_Tahun_2020.pdf',
    'Perpres_Nomor_39_Tahun_2019_Satu_Data_Indonesia.pdf',
    'PAN_RB_No_59_Tahun_2020_SPBE.pdf',
  ])('%s is a national regulation, recognised by its issuer', (file) => {
    const c = classification(file, pdfPages(file), KEMENKO);
    expect(c.issuer?.case).toBe('nasional');
    expect(c.notEvidence).toBe('nasional');
  });

  it.each([
    'PAN_RB_No_59_Tahun_2020_SPBE.pdf',
    'LHE_SPBE_KEMENKO_PEREKONOMIAN_TAHUN_2021.pdf',
    'Manajemen_Risiko_SPBE_Permenpan_RB_Nomor_5_Tahun_2020.pdf',
    'Manajemen_Keamanan_SPBE_Peraturan_BSSN_Nomor_4_Tahun_2021.pdf',
    'Manajemen_Data_SPBE_Peraturan_Bappenas_16_Tahun_2020.pdf',
    'Perpres_Nomor_39_Tahun_2019_Satu_Data_Indonesia.pdf',
    'PAPARAN_PERSIAPAN_PENILAIAN_MANDIRI_KEMENKO_PEREKONOMIAN_v1.pdf',
  ])('%s names indicators but is evidence for none', (file) => {
    expect(classifyPages(file, pdfPages(file))).toEqual([]);
  });
});
