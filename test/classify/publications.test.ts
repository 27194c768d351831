/**
 * Scholarly publications by others (distractors.publication) and titles with a subtitle after a dash: a journal
 * article on enterprise architecture is no evidence of our architecture; a report title that OCR or a flat layout
 * joined with its subtitle ("Change Request Log – Q1 2025 Provincial Office …") is no news dateline.
 */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

describe('a scholarly publication is no evidence', () => {
  it('a journal article on SPBE architecture maps nothing and says why', () => {
    const c = classify(
      'Penerapan Arsitektur SPBE di Indonesia: Sebuah Studi Kasus\nJurnal Administrasi Publik Digital, Vol. 8 No. 2, 2024\nAbstrak\nPenelitian ini mengkaji penyusunan Arsitektur SPBE dan Peta Rencana SPBE di tiga kabupaten dengan metode studi kasus.\nKata kunci: arsitektur SPBE, peta rencana SPBE, pemerintah daerah',
      ['Bappeda/Referensi/artikel arsitektur spbe.pdf'],
    );
    expect(c.notEvidence).toBe('publikasi');
    expect(accepted(c)).toEqual([]);
  });

  it('our own study with an abstract but no journal is still read for its topic', () => {
    const c = classify(
      'PEMERINTAH KABUPATEN SUKAMAJU\nBAPPEDA\nKAJIAN PENYUSUNAN ARSITEKTUR SPBE KABUPATEN SUKAMAJU\nAbstrak\nKajian ini menyusun Arsitektur SPBE Kabupaten Sukamaju: arsitektur proses bisnis, data dan informasi, infrastruktur, aplikasi, keamanan dan layanan SPBE.',
      ['Bappeda/Kajian Arsitektur SPBE.pdf'],
    );
    expect(c.notEvidence).not.toBe('publikasi');
  });
});

describe('a seminar paper that names us in its sample', () => {
  it('is a publication, not a regulation, however its introduction opens with the act it cites', () => {
    const c = classify(
      'SEMINAR NASIONAL SISTEM INFORMASI DAN TRANSFORMASI DIGITAL (SNSITD) 2025\nFakultas Ilmu Komputer, Universitas Sukamaju Raya\nANALISIS FAKTOR PENENTU KEMATANGAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PADA PEMERINTAH DAERAH\n' +
        'Abstrak - Penelitian ini menganalisis hasil evaluasi SPBE 2022-2024 pada 48 pemerintah daerah. Keberadaan kebijakan internal arsitektur SPBE dan pusat data daerah berpengaruh signifikan terhadap indeks SPBE. Kabupaten Sukamaju termasuk sampel penelitian.\n' +
        'Kata kunci: SPBE, indeks, pemerintah daerah\n1. PENDAHULUAN\nPeraturan Presiden Nomor 95 Tahun 2018 mewajibkan instansi pemerintah menerapkan SPBE yang dievaluasi secara berkala oleh kementerian.\nDAFTAR PUSTAKA\n[1] Kementerian PANRB, Peraturan Menteri PANRB Nomor 59 Tahun 2020.',
      ['Diskominfo/Referensi/makalah SNSITD.pdf'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('publikasi');
    expect(c.kind).not.toBe('peraturan');
    expect(c.kind).not.toBe('siaran-pers');
  });
});

describe('a title with its subtitle after a dash is no news dateline', () => {
  it('a change request log whose title and subtitle share one line is still the log', () => {
    const c = classify(
      'Change Request Log – Q1 2025 Provincial Office of Communication and Informatics, Bukit Barisan\nCR No | Date | System | Requested change | Impact | Approval | Status\nCR-041 | 06/01/2025 | e-Office | add digital signature step | medium | approved by CAB | implemented\nAll changes were assessed by the change advisory board before implementation.',
      ['Diskominfo/change log q1.pdf'],
    );
    expect(c.kind).not.toBe('siaran-pers');
    expect(accepted(c)).toEqual([27]);
  });

  it('a real lede after a dateline is still news', () => {
    const c = classify('Sukamaju – Pemerintah Kabupaten Sukamaju menggelar rapat Tim Koordinasi SPBE di ruang rapat Setda untuk membahas arsitektur SPBE daerah.\nRapat dipimpin Sekretaris Daerah.', ['Diskominfo/berita rapat.pdf']);
    expect(c.kind).toBe('siaran-pers');
    expect(accepted(c)).toEqual([]);
  });
});

describe("a training provider's brochure", () => {
  it('that invites to register at a special price is an offer, not the competence programme', () => {
    const c = classify(
      'AKADEMI TEKNOLOGI PRIMA\nPROGRAM PELATIHAN & SERTIFIKASI 2026\n"Siapkan SDM TI Instansi Anda Menghadapi Transformasi Digital!"\n- Certified Ethical Hacker (CEH) v13 - 5 hari - Rp 14.500.000/peserta\n- ITIL 4 Foundation - 3 hari - Rp 7.900.000/peserta\nKeunggulan: instruktur bersertifikat, sertifikat kehadiran, harga khusus instansi pemerintah.\nDaftar sekarang: wa 0812-xxxx-xxxx\n*Syarat dan ketentuan berlaku',
      ['Diskominfo/Sekretariat/brosur Akademi Prima 2026.pdf'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('penawaran');
  });
});
