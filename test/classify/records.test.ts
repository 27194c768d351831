/**
 * Records that are never evidence alone (distractors.records): a CV, a disposition slip, an attendance or participant
 * list, a questionnaire, a financial audit. Their titles name SPBE topics in passing; the same topic in an evidence
 * document still maps.
 */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

describe('records never evidence alone', () => {
  it('a CV for the post of an SPBE architecture expert maps nothing and says why', () => {
    const c = classify(
      'DAFTAR RIWAYAT HIDUP\nNama: Dra. Sinta Marpaung\nPosisi: Tenaga Ahli Arsitektur SPBE dan Peta Rencana SPBE\nPengalaman: penyusunan Arsitektur SPBE Kabupaten Lain (2022), reviu kebijakan internal SPBE (2021)',
      ['Diskominfo/Konsultan/DRH tenaga ahli.pdf'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('administrasi');
  });

  it("one participant's certificate of a SRIKANDI course, its heading run into its number by OCR, is no evidence, even in the indicator folder", () => {
    const c = classify(
      'SERTlFlKAT Nomor : 8OO.l/33/BKPSDM/2O25 diberikan kepada ANDl SAPUTRA, S.Sos. sebagai PESERTA Bimbingan Teknis Penggunaan Aplikasi Sistem lnformasi Kearsipan Dinamis Terintegrasi (SRlKANDl) yang diselenggarakan oleh Dinas Perpustakaan dan Kearsipan Kabupaten Sukamaju pada tanggal 5-6 Maret 2O25 dengan jumlah l6 jam pelajaran.\nSukamaju, 6 Maret 2O25 Kepala Dinas Perpustakaan dan Kearsipan ttd',
      ['Indikator 37/sertifikat andi.jpg'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('administrasi');
  });

  it('a certificate whose name stands alone on its first line is a record too', () => {
    const c = classify('SERTIFIKAT\nNomor: 112/PUSBANG/X/2025\ndiberikan kepada\nDEWI ANGGRAINI, S.Kom.\nDinas Komunikasi dan Informatika Kabupaten Sukamaju\nsebagai PESERTA\nPelatihan Dasar Keamanan Siber bagi Aparatur Pemerintah\nyang diselenggarakan pada 6-10 Oktober 2025 dengan jumlah 40 jam pelajaran', ['Indikator 25/sertifikat dewi.pdf']);
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('administrasi');
  });

  it('a disposition slip forwarding a letter on information security maps nothing', () => {
    const c = classify(
      'LEMBAR DISPOSISI\nSurat dari: Badan Siber dan Sandi Negara\nPerihal: Undangan bimbingan teknis keamanan informasi dan persandian\nDiteruskan kepada: Kepala Bidang Persandian\nIsi disposisi: hadiri dan laporkan',
      ['Diskominfo/Persandian/disposisi.pdf'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('administrasi');
  });

  it('a participant list of an ICT training maps nothing; the training report does', () => {
    const list = classify(
      'DAFTAR PESERTA BIMBINGAN TEKNIS KEAMANAN INFORMASI\nNo | Nama | Perangkat Daerah | Sertifikat\n1 | Andi | Dinas Kesehatan | ada\n2 | Budi | Bapenda | ada',
      ['Diskominfo/Bimtek/peserta.pdf'],
    );
    expect(accepted(list)).toEqual([]);
    const report = classify(
      'LAPORAN PELAKSANAAN BIMBINGAN TEKNIS KEAMANAN INFORMASI\nBimbingan teknis keamanan informasi bagi pengelola TIK seluruh perangkat daerah diikuti 40 peserta; daftar peserta terlampir.\nPeserta memperoleh sertifikat pelatihan keamanan informasi.',
      ['Diskominfo/Bimtek/laporan.pdf'],
    );
    expect(report.notEvidence).toBeNull();
    expect(accepted(report).length).toBeGreaterThan(0);
  });

  it('a questionnaire quoting an indicator is no evidence for it, even filed under the indicator', () => {
    const c = classify(
      'KUESIONER PENILAIAN MANDIRI\nIndikator 11: Tingkat Kematangan Arsitektur SPBE\nApakah Pemerintah Daerah telah memiliki dokumen Arsitektur SPBE?\nIsian penjelasan: ......',
      ['Diskominfo/SPBE/Indikator 11/kuesioner.pdf'],
    );
    expect(accepted(c)).toEqual([]);
    expect(c.notEvidence).toBe('administrasi');
  });
});

describe('topic gates: a generic phrase counts for an SPBE indicator only on an SPBE topic', () => {
  it('a Keputusan forming a tim koordinasi for poverty is no evidence for 10 or 19; one for SPBE is', () => {
    const poverty = classify(
      'KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 400.2/12/KEP/2025\nTENTANG\nTIM KOORDINASI PENANGGULANGAN KEMISKINAN DAERAH\nBUPATI SUKAMAJU,\nMEMUTUSKAN:\nKESATU : Membentuk Tim Koordinasi Penanggulangan Kemiskinan Daerah dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\nKEDUA : Tim bertugas mengoordinasikan pelaksanaan program penanggulangan kemiskinan antar Perangkat Daerah, memantau dan melakukan evaluasi program bantuan sosial.\nKETIGA : Ketua Tim adalah Wakil Bupati.\nDitetapkan di Sukamaju\npada tanggal 3 Maret 2025\nBUPATI SUKAMAJU,',
      ['Bagian Hukum/Kepbup 12 2025.pdf'],
    );
    expect(accepted(poverty)).toEqual([]);
    const spbe = classify(
      'KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 13 TAHUN 2025\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nMEMUTUSKAN:\nKESATU : Membentuk Tim Koordinasi SPBE dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\nKEDUA : Tim Koordinasi SPBE menyusun program kerja penerapan SPBE.\nDitetapkan di Sukamaju',
      ['Bagian Hukum/Kepbup 13 2025.pdf'],
    );
    expect(accepted(spbe)).toContain(10);
  });

  it("a health unit's LKjIP is no evidence for the electronic accountability service (40)", () => {
    const c = classify(
      'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nDINAS KESEHATAN KABUPATEN SUKAMAJU TAHUN 2024\nBAB III AKUNTABILITAS KINERJA\nSasaran: menurunnya angka kesakitan\nIndikator | Target | Realisasi\nCakupan imunisasi | 95% | 93%\nCapaian kinerja dianalisis per sasaran.',
      ['Dinkes/LKjIP 2024.pdf'],
    );
    expect(accepted(c)).not.toContain(40);
  });
});

describe('a file its folder calls a screen capture is a screen, whatever heading its text shows', () => {
  it('the text of a legal-information portal screen listing regulation counts is a screen, not a regulation', () => {
    const c = classify(
      'Portal Produk Hukum Kabupaten Sukamaju\nCari produk hukum: [jenis] [nomor] [tahun] [Cari]\nPeraturan Daerah (180) | Peraturan Bupati (602) | Keputusan Bupati (1.455)\nTerbaru: Peraturan Bupati Nomor 9 Tahun 2025 tentang Retribusi | Berlaku | [Unduh PDF]',
      ['Bagian Hukum/Tangkapan layar/portal hukum.png.txt'],
    );
    expect(c.kind).toBe('tangkapan-layar');
  });

  it('a performance application screen whose table opens with "Rencana Hasil Kerja" is a screen', () => {
    const c = classify(
      'Aplikasi Kinerja Pegawai Kabupaten Sukamaju\nNama: Budi | NIP 1990 | Periode: Mei 2025\nRencana Hasil Kerja | Realisasi | Bukti | Status\nPengelolaan jaringan | 4 kali | laporan.pdf | Disetujui atasan\n[Tambah Realisasi] [Unduh Rekap] [Ajukan Penilaian]',
      ['BKPSDM/Tangkapan layar/kinerja.png.txt'],
    );
    expect(c.kind).toBe('tangkapan-layar');
  });

  it('a report on the fibre network between the offices is evidence for the intra-government network (17)', () => {
    const c = classify(
      'LAPORAN PEKERJAAN\nPembangunan jaringan antar kantor Pemerintah Kabupaten Sukamaju\nKabel serat optik ditarik dari Diskominfo ke Kantor Bupati, Bappeda dan Bapenda (5,2 km); setiap kantor memakai switch dan VLAN sendiri.\nUji koneksi: latensi 3 ms.',
      ['Diskominfo/Infrastruktur/Laporan jaringan.pdf'],
    );
    expect(accepted(c)).toContain(17);
  });
});
