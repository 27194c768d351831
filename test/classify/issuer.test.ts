/**
 * Who issued a document, compared with the workspace's instansi: a body's own regulations and policies are evidence
 * only for that body; documents another body made about us (an assessment of our systems, an agreement we signed)
 * are ours.
 */
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/classify/index.ts';
import type { OwnInstansi } from '../../src/types/classification.ts';
import { accepted, classify, KEMENKO } from './helpers.ts';
import { NOTULEN_TIM_KOORDINASI, PERBUP_SPBE, SK_TIM_KOORDINASI } from './texts.ts';

const KOTA_SUKAMAJU: OwnInstansi = { nama: 'Pemerintah Kota Sukamaju', jenis: 'kota', kota: 'Sukamaju', kop: ['PEMERINTAH KOTA SUKAMAJU'] };
const KABUPATEN_LAIN: OwnInstansi = { nama: 'Pemerintah Kabupaten Tanjung Lestari', jenis: 'kabupaten', kota: 'Lestari', kop: ['PEMERINTAH KABUPATEN TANJUNG LESTARI'] };
const BSSN: OwnInstansi = { nama: 'Badan Siber dan Sandi Negara', jenis: 'instansi pusat', kota: 'Depok', kop: ['BADAN SIBER DAN SANDI NEGARA'] };

const POLICY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const KEPMENKO_TIM = `KEPUTUSAN MENTERI KOORDINATOR BIDANG PEREKONOMIAN
REPUBLIK INDONESIA
NOMOR 70 TAHUN 2023
TENTANG
TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DI LINGKUNGAN KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN
DENGAN RAHMAT TUHAN YANG MAHA ESA
MENTERI KOORDINATOR BIDANG PEREKONOMIAN REPUBLIK INDONESIA,
Menimbang : bahwa untuk mengoordinasikan penerapan SPBE perlu membentuk Tim Koordinasi SPBE;
MEMUTUSKAN:
Menetapkan : KEPUTUSAN MENTERI KOORDINATOR BIDANG PEREKONOMIAN TENTANG TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.
KESATU : Membentuk Tim Koordinasi SPBE dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.
KEDUA : Tim Koordinasi SPBE bertugas menyusun program kerja, mengoordinasikan dan mengevaluasi penerapan SPBE.
Ditetapkan di Jakarta
pada tanggal 14 Maret 2023
MENTERI KOORDINATOR BIDANG PEREKONOMIAN`;

const INDEKS_KAMI_BY_BSSN = `BADAN SIBER DAN SANDI NEGARA
REPUBLIK INDONESIA
LAPORAN HASIL PENILAIAN INDEKS KEAMANAN INFORMASI (INDEKS KAMI)
PEMERINTAH KABUPATEN SUKAMAJU
TAHUN 2025
Penilaian Indeks KAMI dilakukan terhadap pengelolaan keamanan informasi pada Dinas Komunikasi dan Informatika.
Hasil penilaian Indeks KAMI menunjukkan tingkat kelengkapan penerapan standar ISO 27001 pada kategori cukup.
Rekomendasi: melengkapi kebijakan keamanan informasi dan kontrol keamanan pada pusat data.`;

const PKS_WITH_BSSN = `PERJANJIAN KERJA SAMA
ANTARA
BADAN SIBER DAN SANDI NEGARA
DENGAN
PEMERINTAH KABUPATEN SUKAMAJU
TENTANG
PEMBENTUKAN TIM TANGGAP INSIDEN SIBER (CSIRT)
Para pihak sepakat melaksanakan kerja sama pembentukan CSIRT untuk penanganan insiden keamanan informasi SPBE.
Kolaborasi meliputi berbagi pakai informasi ancaman dan peningkatan kapasitas SDM TIK.`;

const LAPOR_SCREEN = `Kementerian PANRB
SP4N LAPOR!
Beranda  Pengaduan  Tindak Lanjut
Daftar Pengaduan Masuk
Status: Diproses
Disposisi ke Dinas Komunikasi dan Informatika
Verifikasi pengaduan`;

const SK_KADIS = `PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
Jalan Raya Pemuda Nomor 17, Sukamaju
KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
NOMOR 800/12/DISKOMINFO/2024
TENTANG
TIM PENGELOLA PUSAT DATA
Menimbang : bahwa layanan pusat data perlu dikelola oleh tim yang ditetapkan;
MEMUTUSKAN:
Menetapkan : Tim pengelola pusat data daerah dengan tugas mengoperasikan data center dan ruang server.
Ditetapkan di Sukamaju pada tanggal 2 Mei 2024`;

describe('issuer: who issued a document, compared with instansi', () => {
  it("another regency's Perbup stays that regency's when a note at its foot says our Diskominfo received a copy", () => {
    const c = classify(
      'BUPATI SUNGAI KELAMBU\nPERATURAN BUPATI SUNGAI KELAMBU\nNOMOR 14 TAHUN 2024\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nPasal 2\nArsitektur SPBE Kabupaten Sungai Kelambu memuat referensi arsitektur dan domain arsitektur.\nDitetapkan di Kelambu Hilir pada tanggal 5 Agustus 2024\nBUPATI SUNGAI KELAMBU, ttd\n(Salinan diterima Diskominfo Kabupaten Sukamaju sebagai bahan referensi penyusunan regulasi, 12 Februari 2025)',
      ['Diskominfo/Referensi/Perbup Sungai Kelambu 14 2024.pdf'],
    );
    expect(c.issuer?.case).toBe('instansi-lain');
    expect(accepted(c)).toEqual([]);
  });

  it('our own Perbup is ours and evidence for the policy indicators', () => {
    const c = classify(PERBUP_SPBE);
    expect(c.issuer).toEqual({ case: 'sendiri', issuer: 'Bupati Sukamaju', namesUs: 'Pemerintah Kabupaten Sukamaju' });
    expect(c.notEvidence).toBeNull();
    expect(accepted(c)).toEqual(POLICY);
  });

  it('a screen titled with our region over a menu line is ours, not a document about us', () => {
    const c = classify('Portal Perencanaan Pembangunan Kabupaten Sukamaju\nBeranda | Profil | Infografis | Berita\nInfografis RKPD 2026', ['BAPPEDA/Tangkapan layar portal.png']);
    expect(c.issuer).toMatchObject({ case: 'sendiri', issuer: 'Kabupaten Sukamaju' });
    expect(c.signals ?? []).not.toContain('pihak-luar');
  });

  it('a name of ours cut at the end of its line (the rest misread by OCR on the next) is not another region; a full other name still is', () => {
    const laut: OwnInstansi = { nama: 'Pemerintah Provinsi Kepulauan Laut Banda', jenis: 'provinsi', kota: 'Kepulauan Laut Banda', kop: ['PEMERINTAH PROVINSI KEPULAUAN LAUT BANDA'] };
    // As tesseract read a phone photo of the report.
    const photo = [
      'LAPORAN PELAKSANAAN KLASIFIKASI INFORMASI DAN PENINJAUAN HAK',
      'AKSES',
      'Bidang Persandian – Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Kepulauan',
      'Laur Banda',
      'Triwulan III 2025',
      '',
      '1. Kegiatan',
      'Klasifikasi informasi pada 9 Perangkat Daerah: informasi dikelompokkan menjadi terbuka, terbatas dan rahasia.',
      '2. Peninjauan Hak Akses',
      'Hak akses 1.480 akun pada 14 aplikasi ditinjau: 163 akun pegawai yang pindah dinonaktifkan dan autentikasi dua faktor diwajibkan bagi akun administrator.',
    ].join('\n');
    const c = classify(photo, ['Diskominfo/Persandian/laporan hak akses.jpg'], 0.5, laut);
    expect(c.issuer?.case).not.toBe('instansi-lain');
    expect(accepted(c)).toContain(22);
    const other = classify(photo.replace('Provinsi Kepulauan\nLaur Banda', 'Provinsi Kepulauan Riau'), ['Diskominfo/Persandian/laporan hak akses.jpg'], 0.5, laut);
    expect(other.issuer?.case).toBe('instansi-lain');
  });

  it("a screen listing acts (a JDIH search) takes no issuer from its items: another province's Pergub in the list is not the screen's issuer", () => {
    const screen = [
      'jdih.sukamajukab.go.id',
      'JDIH - Produk Hukum',
      'Pencarian: [ SPBE ] Cari',
      'Peraturan Gubernur Jawa Tengah Nomor 5 Tahun 2023 tentang SPBE   Lihat | Unduh',
      'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE   Lihat | Unduh',
      'Keputusan Bupati Nomor 100/45/2025 tentang Tim Koordinasi SPBE   Lihat | Unduh',
    ].join('\n');
    const c = classify(screen, ['Bagian Hukum/Tangkapan layar JDIH.png']);
    expect(c.issuer?.case).not.toBe('instansi-lain');
    expect(accepted(c)).toContain(44);
  });

  it('one act cited in a heading flattened by OCR is still the heading: the issuer is read from it', () => {
    const c = classify('PERATURAN BUPATI TANJUNG LESTARI NOMOR 7 TAHUN 2025 TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nMenimbang : bahwa untuk melaksanakan SPBE perlu menetapkan Peraturan Bupati;');
    expect(c.issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Peraturan Bupati Tanjung Lestari' });
  });

  it("another kabupaten's Perbup is that kabupaten's regulation: no evidence for us", () => {
    const c = classify(PERBUP_SPBE, undefined, undefined, KABUPATEN_LAIN);
    expect(c.issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Bupati Sukamaju', namesUs: null });
    expect(c.notEvidence).toBe('instansi-lain');
    expect(c.mappings).toEqual([]);
  });

  it('a long region name misread twice by OCR is still ours; a different region of a similar name is not', () => {
    const lembah: OwnInstansi = { nama: 'Kabupaten Lembah Hijau', jenis: 'kabupaten', kota: 'Sindangraya', kop: ['PEMERINTAH KABUPATEN LEMBAH HIJAU'] };
    const text = 'DAFTAR APLIKASI DAN API TERINTEGRASI\nPADA SISTEM PENGHUBUNG LAYANAN KABUPATEN LEMBAH HUAU\nPer 30 Juni 2025\nSeluruh pertukaran data menggunakan API gateway dengan token akses.';
    const c = classify(text, ['Diskominfo/Daftar API.jpg'], undefined, lembah);
    expect(c.issuer).toMatchObject({ case: 'sendiri', issuer: 'Kabupaten Lembah Huau' });
    expect(accepted(c)).toEqual([18]);
    const other = classify(text.replace('LEMBAH HUAU', 'LEMBAH HILIR'), ['Diskominfo/Daftar API.jpg'], undefined, lembah);
    expect(other.issuer?.case).toBe('instansi-lain');
  });

  it('a kabupaten and a kota of the same name are two instansi', () => {
    const c = classify(PERBUP_SPBE, undefined, undefined, KOTA_SUKAMAJU);
    expect(c.issuer?.case).toBe('instansi-lain');
    const walikota = classify(PERBUP_SPBE.replaceAll('BUPATI', 'WALI KOTA').replaceAll('Bupati', 'Wali Kota'));
    expect(walikota.issuer?.case).toBe('instansi-lain');
    expect(walikota.mappings).toEqual([]);
  });

  it('a Kepmenko on its own Tim Koordinasi is national for a kabupaten and the ministry\'s own evidence', () => {
    const kabupaten = classify(KEPMENKO_TIM);
    expect(kabupaten.issuer?.case).toBe('nasional');
    expect(kabupaten.issuer?.issuer).toMatch(/^Keputusan Menteri Koordinator Bidang Perekonomian/);
    expect(kabupaten.mappings).toEqual([]);
    const ministry = classify(KEPMENKO_TIM, undefined, undefined, KEMENKO);
    expect(ministry.issuer?.case).toBe('sendiri');
    expect(accepted(ministry)).toEqual([10, 19]);
  });

  it('an assessment BSSN made of our systems is about us: evidence', () => {
    const c = classify(INDEKS_KAMI_BY_BSSN);
    expect(c.issuer).toMatchObject({ case: 'tentang-kita', issuer: 'Badan Siber dan Sandi Negara' });
    expect(accepted(c)).toContain(22);
    // For BSSN itself the same report is its own document.
    expect(classify(INDEKS_KAMI_BY_BSSN, undefined, undefined, BSSN).issuer?.case).toBe('sendiri');
    // Its unit that deals with regions ("… Pemerintah Daerah") under the kop does not make BSSN a regional body.
    const unit = INDEKS_KAMI_BY_BSSN.replace('REPUBLIK INDONESIA', 'DIREKTORAT KEAMANAN SIBER DAN SANDI PEMERINTAH DAERAH');
    expect(classify(unit).issuer?.case).toBe('tentang-kita');
    expect(classify(unit.replace('PEMERINTAH KABUPATEN SUKAMAJU', 'PEMERINTAH KABUPATEN LEMBAH HIJAU')).issuer?.case).toBe('nasional');
  });

  it('an agreement we signed with a national body is ours', () => {
    const c = classify(PKS_WITH_BSSN);
    expect(c.issuer?.case).toBe('tentang-kita');
    expect(accepted(c)).toContain(20);
  });

  it("a screen of a national application is our use of it, whoever's name is on it", () => {
    const c = classify(LAPOR_SCREEN, ['Setda/lapor.png']);
    expect(c.kind).toBe('tangkapan-layar');
    expect(c.issuer?.case).toBe('nasional');
    expect(c.notEvidence).toBeNull();
    expect(accepted(c)).toContain(42);
  });

  it("a unit's decree that names the kabupaten is ours", () => {
    const c = classify(SK_KADIS);
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toContain(16);
  });

  it('an OCR slip in the name does not make our own decree another instansi\'s', () => {
    const c = classify(SK_TIM_KOORDINASI.replaceAll('SUKAMAJU', 'SUKAMAIU').replaceAll('Sukamaju', 'Sukamaiu'));
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toEqual([10, 19]);
  });

  it('a document that names no issuer is judged by its content', () => {
    const c = classify(NOTULEN_TIM_KOORDINASI.replace('PEMERINTAH KABUPATEN SUKAMAJU\n', '').replace(' Kabupaten Sukamaju', ''));
    expect(c.issuer?.case).toBe('tidak-diketahui');
    expect(c.notEvidence).toBeNull();
    expect(accepted(c)).toEqual([19]);
  });

  it("another kabupaten's Perda is that kabupaten's", () => {
    const perda = 'PERATURAN DAERAH KABUPATEN TANJUNG LESTARI\nNOMOR 3 TAHUN 2024\nTENTANG\nPENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nPasal 1 Arsitektur SPBE dan peta rencana SPBE daerah.';
    expect(classify(perda).issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Peraturan Daerah Kabupaten Tanjung Lestari' });
    expect(classify(perda, undefined, undefined, KABUPATEN_LAIN).issuer?.case).toBe('sendiri');
  });

  it('a neighbour whose name starts with ours is another kabupaten', () => {
    const serayu: OwnInstansi = { nama: 'Pemkab Serayu', jenis: 'kabupaten', kota: 'Wanasari', kop: ['PEMERINTAH KABUPATEN SERAYU'] };
    const utara = SK_TIM_KOORDINASI.replaceAll('SUKAMAJU', 'SERAYU UTARA').replaceAll('Sukamaju', 'Serayu Utara');
    expect(classify(utara, undefined, undefined, serayu).issuer?.case).toBe('instansi-lain');
    expect(classify(utara, undefined, undefined, serayu).mappings).toEqual([]);
    expect(classify(utara.replaceAll('SERAYU UTARA', 'SERAYU').replaceAll('Serayu Utara', 'Serayu'), undefined, undefined, serayu).issuer?.case).toBe('sendiri');
  });

  it('our province named only as the location of a kabupaten does not make its Perbup ours', () => {
    const province: OwnInstansi = { nama: 'Pemerintah Provinsi Jawa Barat Raya', jenis: 'provinsi', kota: 'Bandung', kop: ['PEMERINTAH PROVINSI JAWA BARAT RAYA'] };
    const c = classify(PERBUP_SPBE, undefined, undefined, province);
    expect(c.issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Bupati Sukamaju', namesUs: null });
    expect(c.mappings).toEqual([]);
  });

  it('a report under a national body\'s name that names us in its title is about us', () => {
    const report = INDEKS_KAMI_BY_BSSN.replace('REPUBLIK INDONESIA\n', '');
    expect(classify(report).issuer).toMatchObject({ case: 'tentang-kita', issuer: 'Badan Siber dan Sandi Negara' });
  });

  it('a regulation without kop is read from its signature block', () => {
    const noHead = (office: string): string =>
      `PERATURAN BUPATI\nNOMOR 3 TAHUN 2024\nTENTANG\nPENGELOLAAN PUSAT DATA DAERAH\nMenimbang : bahwa layanan pusat data perlu dikelola;\nPasal 1\nPerangkat Daerah menempatkan server pada pusat data daerah.\nDitetapkan di Gunung Kidang pada tanggal 12 Februari 2024\n${office},\nttd`;
    const other = classify(noHead('BUPATI GUNUNG KIDANG'));
    expect(other.issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Bupati Gunung Kidang' });
    expect(other.mappings).toEqual([]);
    expect(classify(noHead('BUPATI SUKAMAJU')).issuer?.case).toBe('sendiri');
    const enacting = noHead('ttd').replace('Pasal 1', 'Menetapkan : PERATURAN BUPATI GUNUNG KIDANG TENTANG PENGELOLAAN PUSAT DATA DAERAH.\nPasal 1');
    expect(classify(enacting).issuer?.case).toBe('instansi-lain');
  });

  it('a regulation that names no office anywhere is read from the region its considerations are about', () => {
    const text = (region: string): string =>
      `PERATURAN WALI KOTA\nNOMOR 5 TAHUN 2024\nTENTANG\nSATU DATA DAERAH\nMenimbang : bahwa untuk mewujudkan keterpaduan data pembangunan di ${region} perlu menyelenggarakan satu data daerah;\nPasal 1\nManajemen data meliputi data prioritas, data induk, metadata dan kualitas data.`;
    expect(classify(text('Kota Bandar Lama Provinsi Jawa Barat Raya')).issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Kota Bandar Lama' });
    expect(classify(text('Kota Bandar Lama')).mappings).toEqual([]);
    expect(classify(text('Kabupaten Sukamaju')).issuer?.case).toBe('sendiri');
    expect(classify(text('Kota Bandar Lama dan Kabupaten Sukamaju')).issuer?.case).toBe('sendiri');
  });

  it("a document without office or kop whose title names another region is that region's", () => {
    const doc = (region: string): string =>
      `DOKUMEN ARSITEKTUR SPBE\n${region}\nTAHUN 2024-2028\nBAB I PENDAHULUAN\nArsitektur SPBE disusun berpedoman pada Arsitektur SPBE Nasional.\nBAB II DOMAIN ARSITEKTUR\nDomain arsitektur proses bisnis, data, aplikasi dan infrastruktur.`;
    expect(classify(doc('KABUPATEN TANAH MERAH')).issuer).toMatchObject({ case: 'instansi-lain', issuer: 'Kabupaten Tanah Merah' });
    expect(classify(doc('KABUPATEN TANAH MERAH')).mappings).toEqual([]);
    expect(accepted(classify(doc('KABUPATEN SUKAMAJU')))).toContain(11);
    // The place of an activity is not the document's owner.
    const visit = 'LAPORAN STUDI TIRU ARSITEKTUR SPBE KE KOTA BANDAR LAMA\nTim Diskominfo mempelajari dokumen arsitektur SPBE dan reviu arsitektur.';
    expect(classify(visit).issuer?.case).not.toBe('instansi-lain');
  });

  it('"WALI KOTA" inside an application\'s name is no region, and English reports name us as "… Regency"', () => {
    const notes = 'RELEASE NOTES - LAPOR WALI KOTA COMPLAINT SERVICE, VERSION 2.0\nRelease date: 14 April 2025\nImprovements to the complaint handling service.';
    expect(classify(notes).issuer?.case).toBe('tidak-diketahui');
    const report = 'BADAN SIBER DAN SANDI NEGARA\nIT Security Assessment Report\nPrepared for Sukamaju Regency\nWe found 3 critical vulnerabilities in the public portal.';
    expect(classify(report).issuer?.case).toBe('tentang-kita');
    expect(classify(report.replace('Sukamaju Regency', 'the Regency of Sukamaju')).issuer?.case).toBe('tentang-kita');
    const national = 'NATIONAL CYBER AND CRYPTO AGENCY (BSSN)\nSECURITY AUDIT REPORT\nREGENCY GOVERNMENT OF SUKAMAJU, 2025\nBSSN audited the security of the applications in accordance with the BSSN security audit guideline.';
    expect(classify(national).issuer?.case).toBe('tentang-kita');
    expect(classify(national.replace('REGENCY GOVERNMENT OF SUKAMAJU', 'SUKAMAJU REGENCY GOVERNMENT')).issuer?.case).toBe('tentang-kita');
    expect(classify(national.replace('REGENCY GOVERNMENT OF SUKAMAJU', 'REGENCY GOVERNMENT OF TANAH MERAH')).issuer?.case).toBe('nasional');
  });

  it('a vendor report belongs to the client named after "Prepared for:" / "Disusun untuk:"', () => {
    const report = (client: string): string =>
      `PENETRATION TEST REPORT\nCitizen Portal\nPrepared for: ${client}\n1. Executive Summary\nTesting found 1 critical and 3 high vulnerabilities; all were remediated and verified in a retest.`;
    expect(classify(report('Dinas Komunikasi dan Informatika Kabupaten Tanah Merah')).issuer?.case).toBe('instansi-lain');
    expect(classify(report('Dinas Komunikasi dan Informatika Kabupaten Tanah Merah')).mappings).toEqual([]);
    expect(classify(report('Dinas Komunikasi dan Informatika Kabupaten Sukamaju')).issuer?.case).toBe('sendiri');
    expect(classify(report('Dinas Komunikasi dan Informatika Kabupaten Tanah Merah').replace('Prepared for:', 'Disusun untuk:')).issuer?.case).toBe('instansi-lain');
  });

  it('Pemkab, Deputi and ministry acronyms name an issuer', () => {
    expect(classify('PEMKAB TANAH MERAH\nLAPORAN PENGELOLAAN PUSAT DATA\nPusat data daerah melayani 40 aplikasi.').issuer?.case).toBe('instansi-lain');
    expect(classify('DEPUTI BIDANG KELEMBAGAAN DAN TATA LAKSANA\nPEDOMAN PETA PROSES BISNIS\nPeta proses bisnis instansi pemerintah.').issuer?.case).toBe('nasional');
  });

  it('a kop run on in one line ends the region name at the unit', () => {
    const c = classify(SK_KADIS.replace('PEMERINTAH KABUPATEN SUKAMAJU\nDINAS', 'PEMERINTAH KABUPATEN SUKAMAJU DINAS'));
    expect(c.issuer?.case).toBe('sendiri');
  });

  it('national acts without a named office: Undang-Undang, Peraturan Pemerintah', () => {
    const pp = classify('PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 71 TAHUN 2019\nTENTANG\nPENYELENGGARAAN SISTEM DAN TRANSAKSI ELEKTRONIK\nPasal 1 Keamanan informasi dan pusat data.');
    expect(pp.issuer?.case).toBe('nasional');
    const uu = classify('UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 27 TAHUN 2022\nTENTANG\nPELINDUNGAN DATA PRIBADI');
    expect(uu.issuer?.case).toBe('nasional');
  });
});

describe('explain says why a document is no evidence and which issuer case applies', () => {
  const names = new Map<number, string>([[10, 'Kebijakan Tim Koordinasi'], [19, 'Tim Koordinasi']]);

  it('names the issuer of our own document', () => {
    expect(explainClassification(classify(SK_TIM_KOORDINASI), names)).toContain('Penerbit: Bupati Sukamaju (instansi sendiri).');
  });

  it("another instansi's regulation", () => {
    const lines = explainClassification(classify(PERBUP_SPBE, undefined, undefined, KABUPATEN_LAIN), names);
    expect(lines).toContain('Penerbit: Bupati Sukamaju (instansi lain, untuk dirinya sendiri).');
    expect(lines.some((l) => l.startsWith('Bukan bukti dukung: dokumen yang ditetapkan instansi lain untuk dirinya sendiri'))).toBe(true);
    expect(lines).not.toContain('Tidak ada indikator yang dipetakan.');
  });

  it('a national regulation', () => {
    const lines = explainClassification(classify(KEPMENKO_TIM), names);
    expect(lines.some((l) => /^Penerbit: Keputusan Menteri Koordinator Bidang Perekonomian \(instansi pusat/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('Bukan bukti dukung: peraturan atau dokumen nasional'))).toBe(true);
  });

  it('a document about us', () => {
    const lines = explainClassification(classify(INDEKS_KAMI_BY_BSSN), names);
    expect(lines).toContain('Penerbit: Badan Siber dan Sandi Negara (instansi lain, tentang atau bersama instansi ini); dokumen menyebut Pemerintah Kabupaten Sukamaju, sehingga dapat menjadi bukti dukung.');
  });

  it('a press release and the instrument itself', () => {
    const press = explainClassification(classify('SIARAN PERS\nPemkab Sukamaju Luncurkan Layanan Pengaduan SP4N-LAPOR!\nMasyarakat dapat menyampaikan pengaduan pelayanan publik.'), names);
    expect(press.some((l) => l.startsWith('Bukan bukti dukung: siaran pers atau berita'))).toBe(true);
    const instrument = explainClassification(classify('PANDUAN PENILAIAN MANDIRI SPBE\nKABUPATEN SUKAMAJU TAHUN 2025\nTim Koordinasi SPBE mengisi kuesioner dan bukti dukung.'), names);
    expect(instrument.some((l) => l.startsWith('Bukan bukti dukung: instrumen evaluasi'))).toBe(true);
  });
});

describe('a screen of another region’s service', () => {
  it("names that region once though its table rows repeat the name with other words ('Kabupaten Lembah Batu Rp 2,1 M')", () => {
    const screen = [
      'https://lpse.lembahbatukab.go.id/eproc4',
      'LPSE Kabupaten Lembah Batu',
      'Layanan Pengadaan Secara Elektronik Pemerintah Kabupaten Lembah Batu',
      'Cari Paket  [ ]  [ Cari ]',
      'Kode      Nama Paket                           Instansi                              HPS         Tahapan',
      '8812345   Rehabilitasi Jalan Simpang Tiga      Pemerintah Kabupaten Lembah Batu      Rp 2,1 M    Evaluasi Penawaran',
      '[ Login Penyedia ]   [ Registrasi ]',
    ].join('\n');
    const c = classify(screen, ['BAGIAN PBJ/Screenshot LPSE.png']);
    expect(c.issuer?.case).toBe('instansi-lain');
    expect(accepted(c)).toEqual([]);
  });
});

describe("our name as OCR read a photo", () => {
  it("a photographed DPA whose heading OCR cut ('Kota M Ndala Sari Tah Anggaran 2026') is still ours", () => {
    const own: OwnInstansi = { nama: 'Pemerintah Kota Mandala Sari', jenis: 'kota', kota: 'Mandala Sari', kop: ['PEMERINTAH KOTA MANDALA SARI'] };
    const dpa = 'DOKUMEN PELAKSANAAN ANGGARAN\nPemerintah Kota M Ndala Sari Tah Anggaran 2026\nDinas Komunikasi dan Informatika\nProgram Pengelolaan Aplikasi Informatika\nKegiatan Pengelolaan Sistem Informasi dan Aplikasi: Rp 1.250.000.000';
    expect(classify(dpa, ['Keuangan/DPA 2026.jpg'], 0.5, own).issuer?.case).not.toBe('instansi-lain');
  });
});

describe('our name with its words in another order', () => {
  it("a photo whose OCR read our province's name from its columns ('PROVINSI / KARANG / NUSA') is ours, not another region's", () => {
    const own: OwnInstansi = { nama: 'Pemerintah Provinsi Nusa Karang', jenis: 'provinsi', kota: 'Karangasri', kop: ['PEMERINTAH PROVINSI NUSA KARANG'] };
    const photo = 'RENCANA AKSI KEAMANAN INFORMASI TAHUN 2025\n\nDINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN PROVINSI\nKARANG\n\nNUSA\n\nNo | Aksi | Target | Penanggung Jawab | Waktu\n1 Penetapan ruang lingkup dan kebijakan keamanan informasi | Persandian | Triwulan I';
    expect(classify(photo, ['Persandian/IMG_2025.jpg'], 0.5, own).issuer?.case).toBe('sendiri');
  });
});
