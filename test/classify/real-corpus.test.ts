/**
 * The classifier on real public documents beside the project (../shared/corpus/real, absent in a
 * user's clone). Born-digital PDFs only: their text comes from `pdftotext`; the scans are covered by
 * the mapping benchmark, which OCRs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { packageRoot } from '../../src/shared/package-root.ts';
import { accepted, rules, SHA } from './helpers.ts';

const REAL = path.join(packageRoot(), '..', 'shared', 'corpus', 'real');
const hasShared = existsSync(REAL);
if (!hasShared) console.warn(`[classify] korpus nyata tidak ada di ${REAL}; uji dokumen nyata dilewati.`);

const POLICY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function pdfPages(file: string): { no: number; text: string }[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(REAL, file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
}

function classifyPages(file: string, pages: { no: number; text: string }[]): number[] {
  return accepted(classifyDocument({ sha256: SHA, paths: [`Diskominfo/${file}`], pages }, rules, { threshold: 0.5 }));
}

describe.skipIf(!hasShared)('real documents (../shared/corpus/real)', () => {
  it('Perbup Minahasa Selatan 15/2025 tentang Penyelenggaraan SPBE → policy indicators 1–10', () => {
    const file = 'Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt';
    const got = classifyPages(file, [{ no: 1, text: readFileSync(path.join(REAL, file), 'utf8') }]);
    expect(got.every((n) => POLICY.includes(n))).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(8);
    expect(got).toEqual(expect.arrayContaining([1, 2, 8, 9, 10]));
  });

  it('Kebijakan Layanan SPBE v3.3.2 (internal policy book) → policy indicators only', () => {
    const got = classifyPages('Kebijakan_Layanan_SPBE_v3.3.2.pdf', pdfPages('Kebijakan_Layanan_SPBE_v3.3.2.pdf'));
    expect(got.every((n) => POLICY.includes(n))).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(6);
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
