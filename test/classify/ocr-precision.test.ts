/**
 * Documents as phone photos and scans read them: lines broken at the page's columns, marks lost. A photographed
 * news story is a news item, not a screen, whatever menu-like words its story holds; a berita acara's "Pada hari ini
 * …" sentence broken into short lines is its body, not more title lines naming another region.
 */
import { describe, expect, it } from 'vitest';
import type { OwnInstansi } from '../../src/types/classification.ts';
import { accepted, classify } from './helpers.ts';

// A news item as OCR reads a photo of its print: lines at the column width, the colon after "Penulis" lost.
const NEWS_PHOTO = `2
Layanan Pengaduan Sukamaju Raih Penghargaan Provinsi
Sukamaju — Aplikasi layanan pengaduan masyarakat Kabupaten Sukamaju
masuk tiga besar penghargaan inovasi pelayanan publik tingkat provinsi.
Warga dapat menyampaikan aduan dari ponsel dan memantau tindak lanjutnya.
"Tahun depan kami tambah kanal pesan singkat,” kata Kepala Dinas
Komunikasi dan Informatika.
Penulis Redaksi Sukamaju Pos | Selasa, 7 Oktober 2025`;

// A berita acara photographed at an angle: its opening sentence broken into the lines of two columns, the unit's
// region name carried onto the next line.
const BA_PHOTO = `BERITA ACARA
USER ACCEPTANCE TEST APLIKASI E-PERIZINAN
Nomor ' 027/41/Diskominfo/2025
Pada hari ini Senin tanggal 1 8 Agustus 2025
Sukamaju telah dilaksanakan
Perizinan Terpadu.
Hasil pengujian: 41 skenario diterima,
Aplikasi dinyatakan diterima dan siap
bertempat di Dinas Komunikasi
dan Informatika Kabupaten
Paseban pengujian penerimaan
pengguna aplikasi e-Perizinan oleh Dinas
3 skenario diperbaiki penyedia dan diuji ulang
dioperasikan`;

const BANDAR_SERUNI: OwnInstansi = { nama: 'Pemerintah Kota Bandar Seruni', jenis: 'kota', kota: 'Bandar Seruni', kop: ['PEMERINTAH KOTA BANDAR SERUNI'] };
const SUNGAI_PERAK: OwnInstansi = { nama: 'Pemerintah Kota Sungai Perak', jenis: 'kota', kota: 'Sungai Perak', kop: ['PEMERINTAH KOTA SUNGAI PERAK'] };
const LEMBAH_HIJAU: OwnInstansi = { nama: 'Pemerintah Kabupaten Lembah Hijau', jenis: 'kabupaten', kota: 'Sindangraya', kop: ['PEMERINTAH KABUPATEN LEMBAH HIJAU'] };
const ARGAPURA: OwnInstansi = { nama: 'Pemerintah Kota Argapura', jenis: 'kota', kota: 'Argapura', kop: ['PEMERINTAH KOTA ARGAPURA'] };

describe('photographed and scanned documents', () => {
  it('a photo of a printed news story is a news item, not a screen capture', () => {
    const c = classify(NEWS_PHOTO, ['Diskominfo/Indikator 36/berita layanan pengaduan.jpg']);
    expect(c.kind).toBe('siaran-pers');
    expect(c.notEvidence).toBe('siaran-pers');
    expect(accepted(c)).toEqual([]);
  });

  it("a berita acara's opening sentence broken into short lines is body, not a title naming a region", () => {
    const c = classify(BA_PHOTO, ['Diskominfo/BA UAT e-Perizinan.jpg']);
    expect(c.issuer?.case).not.toBe('instansi-lain');
    expect(c.notEvidence ?? null).toBeNull();
    expect(accepted(c)).toContain(15);
  });

  it("a portal's menu with 'Berita' among its items is no news breadcrumb: the home screen stays a screen", () => {
    const c = classify('JDIH - Jaringan Dokumentasi dan Informasi Hukum Kabupaten Sukamaju\nBeranda | Profil | Informasi | Berita | Kontak\nInformasi: Peraturan daerah yang ditayangkan: 214\nInformasi: Peraturan bupati yang ditayangkan: 388', ['BAGIAN HUKUM/Tangkapan layar beranda JDIH.png']);
    expect(c.kind).toBe('tangkapan-layar');
    expect(c.notEvidence ?? null).toBeNull();
  });

  it('a flattened Perwal heading that OCR wrapped at the page width and split by a blank line is still a Peraturan', () => {
    // The phone photo of p5-flat-perwal-keamanan: the heading in one run of lines, a blank line after its first.
    const photo = `WALI KOTA BANDAR SERUNI PROVINSI NUSA KARANG PERATURAN WALI KOTA

BANDAR SERUNI NOMOR 21 TAHUN 2025 TENTANG SISTEM MANAJEMEN
PENGAMANAN INFORMASI DI LINGKUNGAN PEMERINTAH KOTA DENGAN RAHMAT
TUHAN YANG MAHA ESA WALI KOTA BANDAR SERUNI, Menimbang : bahwa untuk menjamin
kerahasiaan, keutuhan dan ketersediaan informasi pemerintah perlu pengaturan pengamanan
informasi;

Pasal 3 Pengamanan informasi dilaksanakan melalui penetapan ruang lingkup, penetapan penanggung
jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja dan perbaikan berkelanjutan.

Pasal 7 Setiap Perangkat Daerah menunjuk pejabat penanggung jawab pengamanan informasi.

Ditetapkan di Bandar Seruni pada tanggal 2 September 2025 WALI KOTA BANDAR SERUNI,`;
    const c = classify(photo, ['Diskominfo/Perwal SMPI.jpg'], 0.5, BANDAR_SERUNI);
    expect(c.kind).toBe('peraturan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toEqual([8]);
  });

  it("a region's government named in English on a report's cover is its issuer: another city's audit is no evidence, our own is", () => {
    // The phone photo of p8-nm-other-pemda-audit: the client line read as 'Prepared tor: … Kota t embayung'.
    const audit = `DATA CENTRE AUDIT REPORT
Lembayung City Government
Prepared tor: Dinas Komunikasi dan Informatika Kota t embayung
Auditor PT Audit Teknologi Mandiri
1. Findings
The generator fuel lasts 6 hours against the required 24 hours; fire suppression not tested since 2023.
2. Opinion
Adequate with exceptions; management responses attached`;
    const other = classify(audit, ['Diskominfo/Referensi/Lembayung DC audit.jpg'], 0.5, ARGAPURA);
    expect(other.issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Lembayung City Government' });
    expect(accepted(other)).toEqual([]);
    const ours = classify(audit.replace(/Lembayung/g, 'Argapura').replace('t embayung', 'Argapura'), ['Diskominfo/DC audit.jpg'], 0.5, ARGAPURA);
    expect(ours.issuer?.case).toBe('sendiri');
    expect(classify('Government of Argapura City – Public Facing Applications\nPenetration test report', ['x.pdf'], 0.5, ARGAPURA).issuer?.case).toBe('sendiri');
  });

  it("a report's title with a dash over its issuer's line is no news lede, though the lede of a photographed story runs on", () => {
    const report = `Monthly Operations Report - Service Desk
Nusa Karang Provincial Government, May 2025
Tickets received: 612; resolved within the service level: 94%; average resolution time: 5.2 hours.`;
    expect(classify(report, ['Diskominfo/Service desk May.jpg']).kind).not.toBe('siaran-pers');
  });

  it("a region's name cut by OCR to a fragment ('WALT KOTA SUN:') names no other region", () => {
    // The phone photo of p6-spaced-kepwal-tim (a letter-spaced Keputusan read in scattered blocks).
    const photo = `TIMKOORDI
Menimbang
KESATU
KEDUA
Ditetapkan di Sungai Perak pada tanggal 13 Januari
XEPUTUSANWALIKOTASUNGAIPERAK
NOMOR 10027/KEP/2025,
TENTANG
NASISISTEMPEMERINTA
KTRONIK
HAN BERBASISELE
WALT KOTA SUN:
bahwa untuk ker
SPBE:
I PERAK,
“erPadusn penyelenggaraan SPBE perlu dibentuk Tim Koordinasi
MEMUTUSKAN :
Membentuk Tim Koordinasi SPBE Kot
« Sungai Perak dengan susunan
keanggotaan sebagaimana tercantum da
lam Lampiran.
E menyusun program kerja tahunan, melaksanakan rapat
koordinasi dan melaporkan hasilnvy kepada Wali Kota`;
    const c = classify(photo, ['Setda/Kepwal Tim Koordinasi SPBE.jpg'], 0.5, SUNGAI_PERAK);
    expect(c.issuer?.case).not.toBe('instansi-lain');
    expect(accepted(c)).toEqual([10, 19]);
  });

  it("a Perkada scanned from its gazette, the header 'BERITA DAERAH KABUPATEN …' misread by one letter, is the regulation, not news", () => {
    const gazette = (header: string): string => `${header}
TAHUN 2024 NOMOR 27
PERATURAN BUPATI SUKAMAJU
NOMOR 27 TAHUN 2024
TENTANG
ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI SUKAMAJU,
Menimbang : bahwa untuk keterpaduan penyelenggaraan SPBE perlu menetapkan Arsitektur SPBE Kabupaten Sukamaju;
Pasal 1
Arsitektur SPBE Kabupaten Sukamaju memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, aplikasi, infrastruktur dan keamanan SPBE.`;
    for (const header of ['BERITA DAERAH KABUPATEN SUKAMAJU', 'BERITA DAERAM KABUPATEN SUKAMAJU', 'BERITA DAFRAH KABUPATEN SUKAMAJU']) {
      const c = classify(gazette(header), ['Bagian Hukum/Perbup 27 2024 Arsitektur SPBE.pdf']);
      expect(c.kind, header).toBe('peraturan');
      expect(c.notEvidence ?? null, header).toBeNull();
      expect(accepted(c), header).toEqual([1]);
    }
    // A news column headed 'BERITA' stays news.
    expect(classify('BERITA\nSukamaju Luncurkan Portal Data\nSukamaju – Pemerintah Kabupaten Sukamaju meluncurkan portal data terbuka bagi warga dan peneliti.').kind).toBe('siaran-pers');
  });

  it("a photographed memo whose fields lost their colons keeps its subject line and stays a memo, not a screen", () => {
    // The phone photo of nota-dinas-timkoor: 'Kepada', 'Dari', 'Hal' without their colons, the margin read as letters.
    const memo = `4 PEMERINTAH KABUPATEN LEMBAH HIJAU
DINAS KOMUNIKASI DAN INFORMATIKA
NOTA DINAS
Kepada Yth Sektetars Daerah selaku Ketua Tim Koordinasi SPBE
Dani Kepala Dinas Komunikasi dan Informatika
Tanggal 4 September 2025
Nomor 005-611 Diskominfo
Sifat Segera
Hal Vaporan Pelaksanaan Program Kerja Tim Koordinasi SPBE Semester 1
Bersama ini kami laporkan pelaksanaan Program kerja Tim Koordinasi SPBE semester | tahun 2025:
Rapat koordinasi Tim Koordinasi SPBE telah dilaksanakan dua kali (Februari dan Mei).
SPBE sedang berjalan,
wee
Ed
z`;
    const c = classify(memo, ['Diskominfo/Nota dinas program kerja Tim Koordinasi.jpg'], 0.5, LEMBAH_HIJAU);
    expect(c.kind).toBe('nota-dinas');
    expect(accepted(c)).toEqual([19]);
    // A memo about service-desk requests names menu-like words ('akun', 'kata sandi'): photographed, it is still the memo.
    const desk = `PEMERINTAH KABUPATEN LEMBAH HIJAU
DINAS KOMUNIKASI DAN INFORMATIKA
NOTA DINAS
Yth. Sekretaris Daerah
Dari Kepala Dinas Komunikasi dan Informatika
Tgl 8 Oktober 2025
Perihal Rekapitulasi Permintaan dan Gangguan Triwulan III
Bersama ini kami sampaikan rekap tiket yang masuk melalui portal layanan
Juli-September 2025: 312 permintaan (akun, reset kata sandi, pengaturan surel)`;
    expect(classify(desk, ['Diskominfo/Nota dinas rekap layanan.jpg'], 0.5, LEMBAH_HIJAU).kind).toBe('nota-dinas');
  });

  it("a Perbup whose heading line the scan lost, a mark read before its 'Pasal', is still framed as a Peraturan", () => {
    // The scan of p7-broken-perbup-penghubung: 'PERATURAN BUPATI LEMBAH HIJAU' cut off, a quote mark before 'Pasal 2'.
    const scan = `NOMOR 9 TAHUN 2025 TENTANG PENGGUNAAN SISTEM
PENGHUBUNG LAYANAN PEMERINTAH
DAERAH
BUPATI LEMBAH HIJAU,
Menimbang : bahwa untuk keterpaduan pertukaran data antar aplikasi Perangkat Daerah perlu

mengatur penggunaan sistem penghubung layanan:
" Pasal 2

Setiap aplikasi Perangkat Daerah yang bertukar data wajib menggunakan sistem penghubung layanan
yang dikelola Dinas Komunikasi dan Informatika.

Ditetapkan di Sindangraya pada tanggal 16 April 2025
BUPATI LEMBAH HIJAU,`;
    const c = classify(scan, ['Bagian Hukum/Perbup 9 2025 penghubung layanan.pdf'], 0.5, LEMBAH_HIJAU);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([7]);
  });
});


describe('security test reports named in Indonesian', () => {
  it("a scanned 'Laporan Hasil Uji Penetrasi' of an application is an audit report: it proves the security audit, not the audited service", () => {
    // As OCR reads a scan: 'I' read as 'l' in the title.
    const scan = `LAPORAN HASlL UJl PENETRASl APLIKASI SIMPEG
DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
Uji penetrasi dilakukan terhadap aplikasi SIMPEG dengan metode black box.
Ditemukan 3 kerentanan tinggi pada modul login dan unggah berkas.
Rekomendasi: perbaikan validasi input dan pembaruan pustaka.`;
    const c = classify(scan, ['Diskominfo/Laporan uji penetrasi SIMPEG.pdf']);
    expect(c.kind).toBe('laporan-audit');
    expect(accepted(c)).toEqual([31]);
  });
});

describe('OCR marks at the head of a page', () => {
  // A regulation heading OCR flattened and the page wrapped, "I" read as "l" in its capitals.
  const WRAPPED_L_FOR_I = `BUPATl SUKAMAJU PROVINSI JAWA BARAT RAYA PERATURAN BUPATl
SUKAMAJU NOMOR 3l TAHUN 2O24 TENTANG PEDOMAN AUDIT TEKNOLOGI
INFORMASI DAN KOMUNlKASI DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATl SUKAMAJU,
Pasal 2
Audit Teknologi Informasi dan Komunikasi terdiri atas audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.
Pasal 5
Audit dilaksanakan paling sedikit l (satu) kali dalam 2 (dua) tahun oleh Inspektorat bersama auditor TIK.
Ditetapkan di Sukamaju pada tanggal l8 Desember 2O24 BUPATl SUKAMAJU,`;

  it("a wrapped flattened heading whose capitals OCR read with 'l' for 'I' is still a Peraturan on audit policy", () => {
    const c = classify(WRAPPED_L_FOR_I, ['BagianHukum/Scan/perbup 31 2024.pdf']);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toContain(9);
    expect(accepted(c)).not.toContain(30);
  });

  // A CV scanned with a mark read before its title.
  const CV_SCAN = `: DAFTAR RIWAYAT HIDUP
Nama : Fajar Santosa, S.T., M.Kom.
Jabatan : Pranata Komputer Ahli Muda, Dinas Komunikasi dan Informatika Kabupaten Sukamaju
Riwayat Pekerjaan:
- 2011-2016 Pengelola Jaringan Intranet, Bagian Umum Setda
- 2016-2021 Koordinator Data Center, Diskominfo
Pelatihan : Audit TIK Tingkat Dasar (2022), Manajemen Risiko SPBE (2024)
Demikian daftar riwayat hidup ini saya buat dengan sebenarnya.`;

  it("a colon OCR read before a CV's title leaves it a CV: no evidence", () => {
    expect(accepted(classify(CV_SCAN, ['BKPSDM/CV.pdf']))).toEqual([]);
  });
});

describe('fields after a title', () => {
  // A photographed audit report: its fields, then the areas examined, whose list numbers the photo lost.
  const AUDIT_PHOTO = `APPLICATION AUDIT REPORT
Application audited: SIMPERIZINAN (regency licensing information system)
Auditee: Dinas Penanaman Modal dan PTSP, Sukamaju Regency
Audit team: Inspektorat Daerah ICT auditors
Areas examined
Application governance and change control
Functionality against business requirements
Data integrity and interface with the service bus
Results
Functionality matches 41 of 45 documented requirements; 3 input validation gaps.`;

  it('lines after a report’s fields are its body: the areas an audit examined name no indicator of their own', () => {
    const got = accepted(classify(AUDIT_PHOTO, ['Inspektorat/audit aplikasi.jpg']));
    expect(got).toContain(30);
    expect(got).not.toContain(27);
    expect(got).not.toContain(18);
  });
});
