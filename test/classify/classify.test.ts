import { describe, expect, it } from 'vitest';
import { accepted, candidates, classify, SHA } from './helpers.ts';
import {
  DOKUMEN_ARSITEKTUR,
  DPA_DISKOMINFO,
  LAPORAN_AUDIT_KEAMANAN,
  LAPORAN_INDEKS_KAMI,
  MANUAL_EKINERJA,
  MOU_CSIRT,
  RANCANGAN_PERBUP_SATU_DATA,
  SCREENSHOT_SIPD_PENGANGGARAN,
  SOP_SRIKANDI,
  UNDANGAN_RAPAT_TIM,
  NOTULEN_TIM_KOORDINASI,
  PERBUP_ARSITEKTUR,
  PERBUP_SPBE,
  PERMEN_INSTRUMEN,
  SCREENSHOT_SRIKANDI,
  SK_TIM_KOORDINASI,
  SURAT_CUTI,
  UNDANGAN_HUT,
} from './texts.ts';

const POLICY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classifyDocument: what a document is evidence for', () => {
  it.each([
    { name: 'Perbup Penyelenggaraan SPBE → 1–10 through its chapters', text: PERBUP_SPBE, expected: POLICY },
    { name: 'SK Tim Koordinasi → 10 and 19', text: SK_TIM_KOORDINASI, expected: [10, 19] },
    { name: 'notulen rapat Tim Koordinasi → 19 only', text: NOTULEN_TIM_KOORDINASI, expected: [19] },
    { name: 'Dokumen Arsitektur SPBE → 11, not 1', text: DOKUMEN_ARSITEKTUR, expected: [11] },
    { name: 'Perbup tentang Arsitektur SPBE → 1', text: PERBUP_ARSITEKTUR, expected: [1] },
    { name: 'Laporan audit keamanan → 31', text: LAPORAN_AUDIT_KEAMANAN, expected: [31] },
    { name: 'screenshot of SRIKANDI → 37', text: SCREENSHOT_SRIKANDI, expected: [37] },
    { name: 'screenshot of SIPD Penganggaran → 33 (SIPD alone is ambiguous)', text: SCREENSHOT_SIPD_PENGANGGARAN, expected: [33] },
    { name: 'laporan Indeks KAMI → 22', text: LAPORAN_INDEKS_KAMI, expected: [22] },
    { name: 'nota kesepahaman on a CSIRT → 20', text: MOU_CSIRT, expected: [20] },
    { name: 'SOP penggunaan SRIKANDI → 37', text: SOP_SRIKANDI, expected: [37] },
    { name: 'manual book e-Kinerja → 41', text: MANUAL_EKINERJA, expected: [41] },
    { name: 'rancangan Perbup Satu Data → 3', text: RANCANGAN_PERBUP_SATU_DATA, expected: [3] },
    { name: 'undangan rapat Tim Koordinasi → 19', text: UNDANGAN_RAPAT_TIM, expected: [19] },
    { name: 'DPA with SPBE sub-activities → 13 only', text: DPA_DISKOMINFO, expected: [13] },
    { name: 'undangan HUT → nothing', text: UNDANGAN_HUT, expected: [] },
    { name: 'surat cuti → nothing', text: SURAT_CUTI, expected: [] },
    { name: 'PermenPANRB 59/2020-style instrument text → nothing', text: PERMEN_INSTRUMEN, expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(accepted(classify(text))).toEqual(expected);
  });

  it('a stop signal in the title lowers an indicator: "layanan pengadaan pegawai" is recruitment, not procurement', () => {
    const procurement = 'LAPORAN LAYANAN PENGADAAN SECARA ELEKTRONIK\nTAHUN 2025\nDinas Komunikasi dan Informatika';
    expect(accepted(classify(procurement, ['UKPBJ/laporan.pdf']))).toEqual([35]);
    const recruitment = 'LAPORAN LAYANAN PENGADAAN PEGAWAI PPPK\nTAHUN 2025\nBadan Kepegawaian Daerah';
    expect(accepted(classify(recruitment, ['BKPSDM/laporan.pdf']))).toEqual([]);
  });

  it('keeps the implementation reading of a Perbup Arsitektur as a candidate', () => {
    expect(candidates(classify(PERBUP_ARSITEKTUR))).toContain(11);
  });

  it('gives every mapping an id, a score band and reasons with phrase, place and pages', () => {
    const c = classify(SK_TIM_KOORDINASI);
    const m = c.mappings.find((x) => x.indicator === 10);
    expect(m).toBeDefined();
    expect(m?.id).toBe(`${SHA.slice(0, 12)}-10`);
    expect(m?.source).toBe('content');
    expect(m?.confidence).toBe('tinggi');
    expect(m?.score).toBeGreaterThanOrEqual(0.75);
    expect(m?.score).toBeLessThanOrEqual(1);
    expect(m?.reasons[0]).toMatchObject({ phrase: 'tim koordinasi SPBE', place: 'tentang', pages: [1] });
    expect(m?.possiblyMisfiled).toBe(false);
  });

  it('a single passing mention does not map, repeated body mentions saturate below the threshold', () => {
    const passing = 'PEMERINTAH KABUPATEN SUKAMAJU\nLAPORAN KEGIATAN\nDengan hormat, kegiatan berjalan lancar.\nPeserta juga membahas Arsitektur SPBE secara singkat.';
    expect(classify(passing).mappings).toEqual([]);
    const repeated = `PEMERINTAH KABUPATEN SUKAMAJU\nLAPORAN KEGIATAN\nDengan hormat, kegiatan berjalan lancar.\n${'Peserta membahas Arsitektur SPBE.\n'.repeat(40)}`;
    const c = classify(repeated);
    expect(accepted(c)).toEqual([]);
    expect(candidates(c)).toContain(11);
  });

  it('the threshold decides between mappings and candidates', () => {
    const strict = classify(NOTULEN_TIM_KOORDINASI, ['Diskominfo/notulen.pdf'], 0.99);
    expect(strict.mappings).toEqual([]);
    expect(candidates(strict)).toContain(19);
  });

  it('accepts sectoral public services (45–47) only when named explicitly', () => {
    const explicit = 'LAYANAN PUBLIK SEKTOR 1\nAplikasi SIMPUS Puskesmas\nBeranda\nPendaftaran Pasien\nAntrean Online';
    expect(accepted(classify(explicit, ['Dinkes/simpus.png']))).toEqual([45]);
    const implicit = 'Aplikasi SIMPUS Puskesmas\nBeranda\nPendaftaran Pasien\nAntrean Online\nLayanan publik kesehatan';
    expect(accepted(classify(implicit, ['Dinkes/simpus.png']))).toEqual([]);
  });
});

describe('classifyDocument: OCR noise and morphology', () => {
  it.each([
    { name: 'hyphenation across a line break', text: SK_TIM_KOORDINASI.replace('TIM KOORDINASI SISTEM', 'TIM KOOR-\nDINASI SISTEM') },
    { name: 'l/1/I confusions', text: SK_TIM_KOORDINASI.replaceAll('Tim Koordinasi', 'Tlm Koordinas1').replace('TIM KOORDINASI SISTEM', 'TIM KOORDINASl SISTEM') },
    { name: 'dropped spaces', text: SK_TIM_KOORDINASI.replaceAll('Tim Koordinasi SPBE', 'TimKoordinasiSPBE').replace('TIM KOORDINASI SISTEM', 'TIMKOORDINASI SISTEM') },
    { name: 'broken spaces', text: SK_TIM_KOORDINASI.replace('TIM KOORDINASI SISTEM', 'TIM KOOR DINASI SISTEM') },
    { name: 'rn read as m and a stray diacritic', text: SK_TIM_KOORDINASI.replace('SISTEM PEMERINTAHAN BERBASIS', 'SISTEM PEMERINTAHAN BERBASlS').replace('KOORDINASI', 'KOORDÍNASI') },
    { name: 'one-letter OCR error in a long word', text: SK_TIM_KOORDINASI.replace('TIM KOORDINASI SISTEM', 'TIM KOORDINASI SISTEM').replaceAll('Koordinasi', 'Koordinazi') },
  ])('SK Tim Koordinasi still maps to 10 and 19: $name', ({ text }) => {
    expect(accepted(classify(text))).toEqual([10, 19]);
  });

  it.each([
    { name: 'pengoordinasian / mengoordinasikan', title: 'PEDOMAN PENGOORDINASIAN TIM KOORDINASI SPBE', expected: 19 },
    { name: 'pengauditan keamanan', title: 'LAPORAN PENGAUDITAN KEAMANAN SPBE', expected: 31 },
    { name: 'pengelolaan risiko → manajemen risiko terms', title: 'REGISTER RISIKO SPBE KABUPATEN SUKAMAJU', expected: 21 },
    { name: 'dievaluasi / arsitekturnya', title: 'LAPORAN REVIU ARSITEKTUR SPBE YANG DIEVALUASI', expected: 11 },
  ])('morphology: $name', ({ title, expected }) => {
    const text = `${title}\nTAHUN 2024\nDinas Komunikasi dan Informatika\nDokumen ini disusun oleh Dinas Komunikasi dan Informatika Kabupaten Sukamaju.`;
    expect(accepted(classify(text))).toContain(expected);
  });
});

describe('classifyDocument: path hints', () => {
  it("a title's stop signal for the folder's indicator contradicts the folder: official vehicles under 'Indikator 24/'", () => {
    const text = 'LAPORAN PEMELIHARAAN KENDARAAN DINAS SEMESTER I TAHUN 2025\nBagian Umum Sekretariat Daerah Kabupaten Sukamaju\nJumlah kendaraan roda empat: 64 unit; roda dua: 188 unit.\nServis berkala dilaksanakan pada 58 unit roda empat.\nUsulan penghapusan: 9 unit roda dua tahun perolehan 2009 karena rusak berat.';
    expect(accepted(classify(text, ['Indikator 24/laporan pemeliharaan kendaraan smt1.pdf']))).toEqual([]);
  });

  it('a notice filed under "Indikator 16/" that mentions the server room in passing stays a candidate: its text is read, not its folder', () => {
    const notice =
      'PENGUMUMAN Nomor : 000.2/41/Umum/2025 Sehubungan dengan pemeliharaan jaringan listrik oleh PLN, aliran listrik di Kompleks Perkantoran Bupati Sukamaju akan padam pada hari Minggu, 9 November 2025 pukul 07.00 s.d. 15.00 WIB.\n' +
      'Kepada seluruh pegawai dimohon: 1. mematikan komputer, printer dan dispenser pada Sabtu sore; 2. mencabut steker peralatan listrik; 3. tidak berada di kantor selama pemadaman kecuali petugas jaga.\n' +
      'Genset hanya melayani ruang server dan pos jaga.\nSukamaju, 5 November 2025 Kepala Bagian Umum Setda, ttd';
    const c = classify(notice, ['Indikator 16/IMG_20251105_0745.jpg']);
    expect(accepted(c)).toEqual([]);
    expect(candidates(c)).toContain(16);
  });

  const plain = 'Foto kegiatan\nDokumentasi';
  it.each([
    ['Diskominfo/I10/foto.jpg', 10],
    ['Diskominfo/Ind 10/foto.jpg', 10],
    ['Diskominfo/Indikator 10/foto.jpg', 10],
    ['Diskominfo/10 - Tim Koordinasi/foto.jpg', 10],
    ['Diskominfo/IK-10_Foto_Rapat_2025.jpg', 10],
    ['Diskominfo/Indikator1a-Permen-TataKelolaSPBE.pdf', 1],
    ['Diskominfo/F2201-287-Indikator_01_+_Indikator1_Perbup_81_tahun_2021.pdf', 1],
  ])('%s → %i (source path, accepted on its own)', (path, indicator) => {
    const c = classify(plain, [path]);
    expect(accepted(c)).toEqual([indicator]);
    expect(c.mappings[0]?.source).toBe('path');
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ place: 'path', pages: [] });
  });

  it.each(['Diskominfo/2025/foto.jpg', 'Diskominfo/Perbup Nomor 10 Tahun 2021.pdf', 'Diskominfo/Laporan 2024 - Final.pdf'])(
    'no hint from years and other numbers: %s',
    (path) => {
      expect(classify(plain, [path]).mappings).toEqual([]);
    },
  );

  it('a hint raises a weak content score above the threshold', () => {
    const weak = 'PEMERINTAH KABUPATEN SUKAMAJU\nLAPORAN KEGIATAN\nDengan hormat.\nRapat membahas Tim Koordinasi SPBE dan tindak lanjutnya.';
    expect(accepted(classify(weak, ['Setda/dokumen.pdf']))).toEqual([]);
    const hinted = classify(weak, ['Setda/Indikator 19/dokumen.pdf']);
    expect(accepted(hinted)).toEqual([19]);
    expect(hinted.mappings[0]?.source).toBe('content');
  });

  it('flags a misfiled document and keeps the hint as a low candidate', () => {
    const c = classify(SK_TIM_KOORDINASI, ['Diskominfo/Indikator 21 - Manajemen Risiko/SK.pdf']);
    expect(accepted(c)).toEqual([10, 19]);
    expect(c.mappings.every((m) => m.possiblyMisfiled)).toBe(true);
    const hint = c.candidates.find((m) => m.indicator === 21);
    expect(hint?.source).toBe('path');
    expect(hint?.score).toBeLessThan(0.5);
  });

  it('judges a document with real text by its text: a hint alone stays a candidate', () => {
    const c = classify(SURAT_CUTI, ['Diskominfo/Indikator 10/cuti.pdf']);
    expect(c.mappings).toEqual([]);
    expect(candidates(c)).toEqual([10]);
  });

  it('does not trust a hint on a distractor', () => {
    const c = classify(PERMEN_INSTRUMEN, ['Diskominfo/Indikator 10/permen-59.pdf']);
    expect(c.mappings).toEqual([]);
    expect(candidates(c)).toEqual([10]);
  });
});

describe('classifyDocument: false positives named in issue 9', () => {
  it('a non-IT budget with one "aplikasi" line does not support 13; IT programme lines do', () => {
    const farming = `DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
Dinas Pertanian dan Ketahanan Pangan
Tahun Anggaran 2025
Program Penyediaan dan Pengembangan Sarana Pertanian
Sub Kegiatan Pengadaan Pupuk Bersubsidi Rp 2.100.000.000
Sub Kegiatan Penyuluhan Pertanian Rp 450.000.000
Belanja pemeliharaan aplikasi data petani Rp 25.000.000`;
    expect(accepted(classify(farming, ['Distan/DPA 2025.pdf']))).toEqual([]);
    expect(accepted(classify(DPA_DISKOMINFO, ['Diskominfo/DPA 2025.pdf']))).toEqual([13]);
  });

  it('a press release naming a service is no evidence for it', () => {
    const press = `SIARAN PERS
Nomor: 12/SP/Diskominfo/2025
Pemkab Sukamaju Perkuat Layanan Pengaduan Masyarakat melalui SP4N-LAPOR!
Sukamaju – Pemerintah Kabupaten Sukamaju terus memperkuat layanan pengaduan pelayanan publik melalui SP4N-LAPOR!.
Aplikasi SRIKANDI juga telah digunakan seluruh perangkat daerah untuk persuratan elektronik.`;
    const c = classify(press, ['Diskominfo/Indikator 42/siaran pers.pdf']);
    expect(c.kind).toBe('siaran-pers');
    expect(c.notEvidence).toBe('siaran-pers');
    expect(c.mappings).toEqual([]);
  });

  it('a path hint does not lift a text that says nothing about the indicator', () => {
    const memo = 'NOTA DINAS\nKepada : Kepala Bagian Umum\nHal : Peminjaman ruang rapat lantai dua\nMohon disiapkan ruang rapat untuk kegiatan hari Kamis pukul 09.00.';
    const c = classify(memo, ['Diskominfo/Indikator 42/nota dinas.pdf']);
    expect(c.mappings).toEqual([]);
    expect(candidates(c)).toEqual([42]);
    // A photo with no text still goes where its folder says.
    expect(accepted(classify('Foto kegiatan', ['Diskominfo/Indikator 42/foto.jpg']))).toEqual([42]);
  });
});
