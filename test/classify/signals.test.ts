import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/classify/index.ts';
import type { EvidenceSignal } from '../../src/types/classification.ts';
import { classify, rules } from './helpers.ts';
import { LAPORAN_AUDIT_KEAMANAN, PERBUP_SPBE, SCREENSHOT_LOGIN, SCREENSHOT_SRIKANDI, SK_TIM_KOORDINASI } from './texts.ts';

function signals(text: string, paths: string[] = ['Diskominfo/dokumen.pdf']): EvidenceSignal[] {
  return classify(text, paths).signals ?? [];
}

const KEPUTUSAN_HEAD = `BUPATI SUKAMAJU
KEPUTUSAN BUPATI SUKAMAJU
NOMOR 100/Kep.7/2025
TENTANG
PENERAPAN MANAJEMEN RISIKO SPBE
MEMUTUSKAN:
Menetapkan :
`;

const LAPORAN_HEAD = `LAPORAN PELAKSANAAN KEAMANAN INFORMASI
TAHUN 2025
BAB I PELAKSANAAN
`;

describe('signal cakupan-seluruh / cakupan-sebagian', () => {
  it.each([
    ['a Perbup: "Setiap Perangkat Daerah menggunakan …"', PERBUP_SPBE],
    ['"seluruh Perangkat Daerah" broken over a line', `${KEPUTUSAN_HEAD}KESATU : Manajemen risiko diterapkan oleh seluruh Perangkat\nDaerah di lingkungan Pemerintah Kabupaten.`],
    ['OCR: "se1uruh" and "Perangkat Daerah"', `${KEPUTUSAN_HEAD}KESATU : Manajemen risiko diterapkan oleh se1uruh Perangkat Daerah.`],
    ['OCR: capital I for l, "unit kerja"', `${KEPUTUSAN_HEAD}KESATU : Keputusan ini berlaku bagi seIuruh unit kerja.`],
    ['an abbreviation: "semua OPD"', `${LAPORAN_HEAD}Pengendalian keamanan informasi telah dilaksanakan oleh semua OPD.`],
  ])('raised by %s', (_, text) => {
    expect(signals(text)).toContain('cakupan-seluruh');
  });

  it.each([
    ['a narrowing word after the phrase', `${LAPORAN_HEAD}Pengendalian telah dilaksanakan di seluruh Perangkat Daerah pengelola layanan publik.`],
    ['"setiap Perangkat Daerah yang …"', `${KEPUTUSAN_HEAD}KESATU : Setiap Perangkat Daerah yang menyelenggarakan layanan SPBE menyusun register risiko.`],
    ['a recommendation under a REKOMENDASI heading', `${LAPORAN_HEAD}Pengendalian dilaksanakan di 12 Perangkat Daerah.\nBAB III\nREKOMENDASI\n1. menyusun klasifikasi aset informasi pada seluruh Perangkat Daerah;`],
    ['attendees of a meeting (minutes)', `NOTULEN RAPAT\nAcara : Rapat Koordinasi SPBE\nRapat dihadiri seluruh Perangkat Daerah.`],
    ['no scope at all', SK_TIM_KOORDINASI],
  ])('not raised by %s', (_, text) => {
    expect(signals(text)).not.toContain('cakupan-seluruh');
  });

  it('partial coverage wins over a statement about all units', () => {
    const text = `${LAPORAN_HEAD}Aplikasi baru diterapkan pada sebagian Perangkat Daerah dan akan diperluas ke seluruh Perangkat Daerah pada 2027.`;
    const found = signals(text);
    expect(found).toContain('cakupan-sebagian');
    expect(found).not.toContain('cakupan-seluruh');
  });

  it('cakupan-sebagian needs the word "sebagian", not "bagian"', () => {
    expect(signals(`${LAPORAN_HEAD}Laporan disusun oleh Bagian Perangkat Daerah yang membidangi organisasi.`)).not.toContain('cakupan-sebagian');
    expect(signals(`${LAPORAN_HEAD}Uji coba dilakukan pada beberapa perangkat daerah.`)).toContain('cakupan-sebagian');
  });
});

describe('signal reviu', () => {
  it.each([
    ['minutes titled as a review', 'PEMERINTAH KABUPATEN SUKAMAJU\nNOTULEN RAPAT\nReviu dan Evaluasi Kebijakan Internal SPBE\nHari/Tanggal : Senin, 15 Desember 2025\nPembahasan: pasal arsitektur.'],
    ['OCR "Rev1u" in the subject line', 'NOTULEN RAPAT\nAcara : Rev1u Peta Rencana SPBE 2025\nPembahasan: capaian program.'],
    ['an invitation to an evaluation meeting', 'PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\nPerihal : Undangan Rapat Evaluasi Kebijakan SPBE\nYth. Anggota Tim Koordinasi SPBE'],
    ['a study of how the work is carried out', 'PEMERINTAH KABUPATEN SUKAMAJU\nINSPEKTORAT DAERAH\nLAPORAN HASIL KAJIAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025\nKajian menilai efektivitas penerapan.'],
    ['a self-assessment', 'PEMERINTAH KOTA TANJUNG RAYA\nLAPORAN PENILAIAN MANDIRI PENERAPAN MANAJEMEN DATA TAHUN 2025\nPenilaian dilakukan oleh walidata.'],
    ['an internal audit of the management system', 'PEMERINTAH PROVINSI NUSA MAKMUR\nINSPEKTORAT DAERAH\nLAPORAN HASIL AUDIT INTERNAL SISTEM MANAJEMEN KEAMANAN INFORMASI TAHUN 2025\nTemuan: dua perangkat daerah belum menguji pemulihan.'],
  ])('raised by %s', (_, text) => {
    expect(signals(text)).toContain('reviu');
  });

  it.each([
    ['a policy that orders reviews', PERBUP_SPBE],
    ['minutes that mention an evaluation only in the body', 'NOTULEN RAPAT\nAcara : Rapat Koordinasi Tim Koordinasi SPBE\nPembahasan: hasil evaluasi tahun lalu dibacakan singkat.'],
    ['a screenshot with an "Evaluasi" menu', 'e-SAKIP\nBeranda\nEvaluasi\nPengukuran\nLogout'],
    ['a study of needs', 'PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\nKAJIAN KEBUTUHAN PENGEMBANGAN PUSAT DATA DAERAH\nKajian menghitung kebutuhan rak dan daya listrik.'],
    ['a risk assessment (the work itself)', 'PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENILAIAN RISIKO SPBE TAHUN 2025\nPenilaian risiko meliputi identifikasi dan analisis risiko.'],
    ['an audit of an application (indicator 30)', 'PEMERINTAH KOTA TANJUNG RAYA\nLAPORAN HASIL AUDIT APLIKASI SPBE TAHUN 2025\nAudit dilaksanakan oleh tim Diskominfo.'],
    ['a study of needs carried out by a team', 'PEMERINTAH KOTA TANJUNG RAYA\nKAJIAN KEBUTUHAN JARINGAN INTRA\nKajian dilaksanakan oleh tim teknis Diskominfo.'],
  ])('not raised by %s', (_, text) => {
    expect(signals(text)).not.toContain('reviu');
  });
});

describe('signal tindak-lanjut', () => {
  it.each([
    ['an amending regulation', 'BUPATI SUKAMAJU\nPERATURAN BUPATI SUKAMAJU\nNOMOR 5 TAHUN 2026\nTENTANG\nPERUBAHAN ATAS PERATURAN BUPATI NOMOR 27 TAHUN 2024\nTENTANG PENYELENGGARAAN SPBE\nPasal 1\nKetentuan Pasal 4 diubah.'],
    ['a decree that revokes the previous one', `${KEPUTUSAN_HEAD}KELIMA : Keputusan Bupati Nomor 555/2022 tentang Tim Pengarah TIK dicabut dan dinyatakan tidak berlaku.`],
    ['a report whose recommendations were acted on (OCR "ditindaklanjut1")', `${LAPORAN_HEAD}Seluruh rekomendasi reviu tahun 2024 telah ditindaklanjut1 dengan perubahan SOP.`],
    ['minutes with follow-up recommendations', 'NOTULEN RAPAT\nAcara : Reviu Kebijakan SPBE\nKesimpulan: rekomendasi tindak lanjut disampaikan kepada Bupati.'],
  ])('raised by %s', (_, text) => {
    expect(signals(text)).toContain('tindak-lanjut');
  });

  it.each([
    ['a letter that follows up an agreement', 'PEMERINTAH KABUPATEN SUKAMAJU\nHal : Penyampaian Hasil Integrasi\nMenindaklanjuti perjanjian pemanfaatan data, bersama ini kami sampaikan daftar API yang telah dipublikasikan pada gerbang layanan daerah.', 'Diskominfo/surat.pdf'],
    ['a regulation that replaces nothing', PERBUP_SPBE, 'BagianHukum/perbup.pdf'],
    ['a screenshot with a "Tindak Lanjut" column', `${SCREENSHOT_SRIKANDI}\nTindak Lanjut\nDitindaklanjuti`, 'Diskominfo/srikandi.png'],
    ['an audit report that only asks for follow-up', LAPORAN_AUDIT_KEAMANAN, 'Inspektorat/lha.pdf'],
  ])('not raised by %s', (_, text, file) => {
    expect(signals(text, [file])).not.toContain('tindak-lanjut');
  });
});

describe('signal integrasi-nasional', () => {
  it.each([
    ['"terhubung dengan Pusat Data Nasional"', PERBUP_SPBE],
    ['"berpedoman pada Arsitektur SPBE Nasional" (long form folded)', `${LAPORAN_HEAD}Dokumen disusun berpedoman pada Arsitektur Sistem Pemerintahan Berbasis Elektronik Nasional.`],
    ['"terhubung dengan Jaringan Intra Pemerintah yang diselenggarakan …"', `${LAPORAN_HEAD}Jaringan daerah terhubung dengan Jaringan Intra Pemerintah yang diselenggarakan Instansi Pusat.`],
    ['a screen synchronised with JDIHN', 'JDIH Kabupaten Sukamaju\nProduk Hukum\nMetadata produk hukum tersinkronisasi otomatis dengan JDIHN setiap hari.'],
  ])('raised by %s', (_, text) => {
    expect(signals(text)).toContain('integrasi-nasional');
  });

  it.each([
    ['a citation of the national regulation', `${KEPUTUSAN_HEAD}Mengingat : Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional;`],
    ['the region\'s own network', `${LAPORAN_HEAD}Diskominfo menyelenggarakan Jaringan Intra Pemerintah Daerah bagi seluruh kecamatan.`],
    ['"sehubungan dengan" a national event', `${LAPORAN_HEAD}Sehubungan dengan peringatan hari nasional, kantor tutup.`],
  ])('not raised by %s', (_, text) => {
    expect(signals(text)).not.toContain('integrasi-nasional');
  });
});

describe('service signals', () => {
  const png = ['Diskominfo/layar.png'];
  it('reads interaction, transaction and collaboration features from a screen, also with OCR noise', () => {
    const screen = 'SiCantik Sukamaju\nDashboard\nUngg4h Berkas\nVerifikasi Permohonan Izin\nIzin terbit dengan tanda tangan elektronik\nData pemohon terintegrasi dengan SIAK Disdukcapil';
    expect(signals(screen, png)).toEqual(['layanan-interaksi', 'layanan-transaksi', 'layanan-kolaborasi']);
  });

  it.each([
    ['layanan-interaksi', 'JDIH\nProduk Hukum\nNomor Judul Status Unduh\nPerbup 27/2024 Berlaku PDF'],
    ['layanan-interaksi', 'Portal Satu Data\nBeranda\nCari dataset\nKatalog'],
    ['layanan-transaksi', 'SRIKANDI\nNaskah Masuk\nDisposisi\nNaskah ditandatangani secara elektronik'],
    ['layanan-transaksi', 'e-Pajak\nTagihan PBB\nPembayaran melalui bank'],
    ['layanan-kolaborasi', 'SIMPEG\nData pegawai tersinkronisasi otomatis dengan SIASN BKN'],
    ['layanan-kolaborasi', 'Gerbang Layanan\nDaftar API\nweb service verifikasi NIK'],
  ])('%s from a screen', (signal, text) => {
    expect(signals(text, png)).toContain(signal);
  });

  it.each([
    ['layanan-transaksi', 'JDIH\nProduk Hukum\nStatus\nBerlaku'],
    ['layanan-kolaborasi', 'e-Office\nInteraksi dengan pengguna\nBeranda'],
    ['layanan-kolaborasi', 'Renja\nJumlah aplikasi terintegrasi 12\nVerifikasi'],
    ['layanan-kolaborasi', 'Nota Dinas\nSehubungan dengan kebutuhan ATK, kami mengajukan permintaan.'],
    ['layanan-kolaborasi', 'e-Kinerja\nPersyaratan: perangkat harus terhubung dengan internet'],
    ['layanan-transaksi', 'Portal Informasi Kepegawaian\nInformasi layanan: persyaratan pengajuan cuti, jadwal verifikasi berkas'],
    ['layanan-transaksi', 'Portal Keuangan Daerah\nBerita: APBD Perubahan mendapat persetujuan DPRD'],
    ['layanan-interaksi', 'Portal Data\nInfografis: cari tahu angka kemiskinan terbaru'],
    ['layanan-kolaborasi', 'PPDB Online\nUnggah berkas\n3. Integrasi dengan Dapodik direncanakan pada tahun 2026.'],
    ['layanan-kolaborasi', 'e-Rapor\nCetak rapor\nRencana integrasi dengan Dapodik'],
  ])('no %s from a screen that does not show it', (signal, text) => {
    expect(signals(text, png)).not.toContain(signal);
  });

  it('reads no service features from a regulation', () => {
    const perbup = PERBUP_SPBE.replace('Pasal 12', 'Pasal 12\nPengguna mengunggah dokumen dan melakukan pembayaran secara elektronik.');
    const found = signals(perbup);
    expect(found).not.toContain('layanan-interaksi');
    expect(found).not.toContain('layanan-transaksi');
  });

  it('halaman-login for a screenshot of a login page only', () => {
    expect(signals(SCREENSHOT_LOGIN, ['BKPSDM/login.png'])).toEqual(['halaman-login']);
    expect(signals(SCREENSHOT_SRIKANDI, ['Diskominfo/srikandi.png'])).not.toContain('halaman-login');
  });
});

describe('signal pihak-luar', () => {
  it('marks a report another body made about us, not our own report', () => {
    const bssn = `BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL AUDIT KEAMANAN SPBE\nPEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\nAudit keamanan SPBE atas aplikasi Pemerintah Kabupaten Sukamaju.\nJakarta, 14 Agustus 2025`;
    expect(classify(bssn, ['Diskominfo/audit bssn.pdf']).issuer?.case).toBe('tentang-kita');
    expect(signals(bssn)).toContain('pihak-luar');
    expect(signals(LAPORAN_AUDIT_KEAMANAN)).not.toContain('pihak-luar');
  });
});

describe('signals in output and rules', () => {
  it('lists the document signals in vocabulary order', () => {
    expect(signals(PERBUP_SPBE)).toEqual(['cakupan-seluruh', 'integrasi-nasional']);
  });

  it('explainClassification adds an Indonesian line for the document and notes per mapping', () => {
    const lines = explainClassification(classify(PERBUP_SPBE), { 2: 'Kebijakan Internal Peta Rencana SPBE' });
    expect(lines.at(-1)).toBe('Sinyal bukti: berlaku untuk seluruh unit kerja/perangkat daerah; menyebut integrasi dengan tingkat nasional.');
    expect(explainClassification(classify('Catatan umum untuk arsip kantor.'), new Map()).at(-1)).toBe('Sinyal bukti: tidak ada.');
  });

  it('says nothing about signals for a classification stored before they existed', () => {
    const { signals: _dropped, ...old } = classify(SK_TIM_KOORDINASI);
    expect(explainClassification(old, new Map()).some((l) => l.startsWith('Sinyal'))).toBe(false);
  });

  it('compiles every signal of the rules file', () => {
    expect(new Set(rules.signals.map((s) => s.signal)).size).toBe(8);
  });
});
