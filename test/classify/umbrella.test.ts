/**
 * A comprehensive policy proves the policy indicators (1-10) through its chapters; what it prescribes for a process
 * is not a record that the process was carried out, so those pairs stay candidates (explain says why).
 */
import { describe, expect, it } from 'vitest';
import { accepted, candidates, classify } from './helpers.ts';
import { explainClassification } from '../../src/classify/explain.ts';

const PERBUP = `PERATURAN BUPATI SUKAMAJU
NOMOR 12 TAHUN 2025
TENTANG
PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
BAB I KETENTUAN UMUM
Pasal 1
Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi.
BAB II ARSITEKTUR SPBE
Pasal 2
Arsitektur SPBE Pemerintah Kabupaten disusun untuk jangka waktu 5 (lima) tahun dan direviu pada paruh waktu.
BAB III MANAJEMEN KEAMANAN INFORMASI
Pasal 3
(1) Manajemen keamanan informasi dilaksanakan oleh setiap perangkat daerah sesuai standar keamanan informasi.
(2) Manajemen keamanan informasi meliputi penetapan ruang lingkup, penilaian risiko keamanan informasi, pengelolaan hak akses, peninjauan hak akses secara berkala, dan penanganan insiden keamanan informasi.
(3) Penerapan manajemen keamanan informasi dievaluasi melalui Indeks KAMI setiap tahun.
BAB IV AUDIT TIK
Pasal 4
Audit teknologi informasi dan komunikasi dilaksanakan secara berkala oleh auditor yang kompeten.
Ditetapkan di Sukamaju pada tanggal 3 Maret 2025
BUPATI SUKAMAJU`;

describe('a comprehensive policy', () => {
  const c = classify(PERBUP, ['Bagian Hukum/Perbup 12 2025 Penyelenggaraan SPBE.pdf']);

  it('maps to the policy indicators its chapters touch', () => {
    expect(accepted(c)).toEqual(expect.arrayContaining([1, 8, 9]));
  });

  it('is not evidence that security management was carried out: 22 stays a candidate, with the reason', () => {
    expect(accepted(c)).not.toContain(22);
    expect(candidates(c)).toContain(22);
    const text = explainClassification(c, new Map()).join('\n');
    expect(text).toContain('bukan catatan pelaksanaan');
  });
});
