import { describe, expect, it } from 'vitest';
import { readLevelFacts } from '../../src/classify/level-facts.ts';
import { applyDecisions } from '../../src/classify/index.ts';
import { classifyWithFacts } from '../../src/app/classify-documents.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { SHA, SUKAMAJU } from './helpers.ts';
import { PERBUP_SPBE } from './texts.ts';

const pack = loadPack('spbe-2020');

function checksIn(text: string): string[] {
  const pages = text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
  return readLevelFacts(pack.levels, pages, pack.rules.aliases).map((f) => f.check);
}

const ARSITEKTUR = `DOKUMEN ARSITEKTUR SPBE
PEMERINTAH KABUPATEN SUKAMAJU
BAB III DOMAIN ARSITEKTUR
Domain arsitektur proses bisnis memuat 42 proses bisnis.
Domain arsitektur data dan informasi memuat 412 elemen data.
Domain arsitektur infrastruktur SPBE memuat pusat data.
Domain arsitektur aplikasi SPBE memuat 87 aplikasi.
Domain arsitektur keamanan SPBE memuat standar keamanan.
`;
const ARSITEKTUR_CHECKS = ['ars-proses-bisnis', 'ars-data', 'ars-infrastruktur', 'ars-aplikasi', 'ars-keamanan', 'ars-layanan'];

describe('level facts: the content checks of the level profiles read from the text', () => {
  it('a guideline the report says it lacks, or recommends drafting, is not a guideline it follows', () => {
    const lacking = checksIn('LAPORAN INVENTARISASI ASET TIK TAHUN 2025\n2.3 Kendala: Pemerintah Kabupaten Sukamaju belum memiliki pedoman manajemen aset TIK, sehingga perencanaan dan pengadaan masih mengikuti cara masing-masing.\nBAB III PENUTUP Disarankan penyusunan pedoman manajemen aset TIK pada Tahun 2026.');
    expect(lacking).not.toContain('pedoman-aset');
    expect(checksIn('LAPORAN PENGELOLAAN ASET TIK TAHUN 2025\nPengelolaan aset TIK mengacu pada Pedoman Manajemen Aset TIK yang ditetapkan Peraturan Bupati Nomor 12 Tahun 2024.')).toContain('pedoman-aset');
  });

  it("an integration the report lists among its obstacles is not there yet", () => {
    const found = checksIn('PEMERINTAH KABUPATEN SUKAMAJU\nLAPORAN IMPLEMENTASI SIKEU TAHUN 2025\nI. PENDAHULUAN\nSIKEU digunakan seluruh bendahara perangkat daerah sejak Januari 2025 untuk penatausahaan keuangan.\nII. CAPAIAN\nUraian : Penerbitan SP2D dengan tanda tangan elektronik\nIII. KENDALA\nUraian : Integrasi dengan CMS Bank Daerah\nKeterangan : belum terintegrasi; SP2D masih diserahkan dalam bentuk berkas\nIV. PENUTUP\nDemikian laporan ini.');
    expect(found).not.toContain('kolaborasi');
    expect(checksIn('LAPORAN IMPLEMENTASI SIKEU TAHUN 2025\nII. CAPAIAN\nUraian : Integrasi dengan CMS Bank Daerah berjalan sejak Maret 2025')).toContain('kolaborasi');
  });

  it('an integration on a line labelled as a plan is a plan; a proposal as the subject of a done step is not', () => {
    expect(checksIn('MANUAL APLIKASI E-ARSIP\nFitur: disposisi, persetujuan dan tanda tangan elektronik.\n1. Rencana kerja 2026: integrasi e-Arsip dengan SRIKANDI nasional dan SIMPEG; saat ini belum terhubung.')).not.toContain('kolaborasi');
    expect(checksIn('MANUAL E-PLANNING\n2. Usulan diverifikasi dan disetujui Bappeda.\n3. Usulan yang disetujui dikirim ke aplikasi e-Budgeting sebagai pagu indikatif.')).toContain('kolaborasi');
  });

  it('a coordination team that works with the province\'s team and the centre works across governments', () => {
    expect(checksIn('KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM KOORDINASI SPBE\nKETIGA : Tim Koordinasi SPBE melakukan koordinasi dengan Tim Koordinasi SPBE Provinsi dan Instansi Pusat dalam rangka keterpaduan SPBE.')).toContain('antar-instansi');
  });

  it("an audit held under the national regulation on holding IT audits follows a guideline", () => {
    expect(checksIn('LAPORAN HASIL AUDIT APLIKASI SPBE\nI. DASAR\n1. Kontrak Nomor 027/PPK/2024 tentang Jasa Audit Aplikasi SPBE.\n2. Peraturan BRIN Nomor 4 Tahun 2023 tentang Penyelenggaraan Audit TIK.\nII. URAIAN\nAudit dilaksanakan oleh tim auditor eksternal bersertifikat CISA.')).toContain('audit-pedoman');
  });

  it('a portal of knowledge management is its application', () => {
    expect(checksIn('https://pintar.sukamajukab.go.id/statistik\nLANCANG-PINTAR  Portal Manajemen Pengetahuan SPBE\nBeranda › Pustaka Pengetahuan › Forum Tanya Jawab')).toContain('aplikasi-km');
  });

  it('an audit firm\'s report names an external auditor', () => {
    expect(checksIn('PT Audit Teknologi Indonesia (LATI-registered IT audit firm)\nSPBE INFRASTRUCTURE AUDIT REPORT\nAuditee: Pemerintah Kabupaten Sukamaju\nAudit team: Dewi Kartika, CISA (Lead Auditor)')).toContain('auditor-eksternal');
  });

  it('reads a list whose last item carries the qualifier as naming each item with it, and a domain deferred as not there', () => {
    const listed = checksIn('KEPUTUSAN GUBERNUR\nDIKTUM KESATU : Menetapkan Arsitektur SPBE yang memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur, dan keamanan SPBE.');
    for (const c of ARSITEKTUR_CHECKS) expect(listed, c).toContain(c);
    const deferred = checksIn('DOKUMEN ARSITEKTUR SPBE\nBAB II Arsitektur Proses Bisnis: peta proses bisnis.\nBAB III Arsitektur Data dan Informasi: data induk.\nBAB IV Arsitektur Aplikasi: daftar aplikasi.\nDomain infrastruktur, keamanan, dan layanan SPBE akan disusun pada tahap berikutnya.');
    for (const c of ['ars-infrastruktur', 'ars-keamanan', 'ars-layanan']) expect(deferred, c).not.toContain(c);
    expect(deferred).toContain('ars-aplikasi');
  });

  it('finds the content lists the Perbup sets out in full, and not the one it misses', () => {
    const found = checksIn(PERBUP_SPBE);
    for (const c of ['pr-tata-kelola', 'pr-manajemen', 'pr-layanan', 'pr-infrastruktur', 'pr-aplikasi', 'pr-keamanan', 'pr-audit-tik']) expect(found, c).toContain(c);
    for (const c of ['smki-ruang-lingkup', 'smki-penanggung-jawab', 'smki-perencanaan', 'smki-dukungan', 'smki-evaluasi-kinerja', 'smki-perbaikan']) expect(found, c).toContain(c);
    for (const c of ['audit-infrastruktur', 'audit-aplikasi', 'audit-keamanan']) expect(found, c).toContain(c);
    expect(found).not.toContain('md-interoperabilitas');
  });

  it('finds all six Arsitektur domains, also with OCR noise, with the page and line that show each', () => {
    expect(checksIn(`${ARSITEKTUR}Domain arsitektur layanan SPBE memuat 57 layanan.`)).toEqual(expect.arrayContaining(ARSITEKTUR_CHECKS));
    const noisy = `${ARSITEKTUR.replace('keamanan SPBE', 'keamanan SPB E').replace('proses bisnis memuat', 'pro-\nses bisnis memuat')}\fDomain arsitektur Iayanan SPBE memuat 57 layanan.`;
    const facts = readLevelFacts(pack.levels, noisy.split('\f').map((t, i) => ({ no: i + 1, text: t })), pack.rules.aliases);
    expect(facts.map((f) => f.check)).toEqual(expect.arrayContaining(ARSITEKTUR_CHECKS));
    expect(facts.find((f) => f.check === 'ars-layanan')).toEqual({ check: 'ars-layanan', page: 2, phrase: 'Domain arsitektur Iayanan SPBE memuat 57 layanan.' });
    expect(checksIn(ARSITEKTUR)).not.toContain('ars-layanan');
  });

  it('reads counts of programmes and drops a phrase right after a guard word', () => {
    expect(checksIn('Telah terlaksana 9 (sembilan) dari 12 (dua belas) program kerja.')).toContain('program-sebagian-angka');
    expect(checksIn('Telah terlaksana 9 (sembilan) dari 12 (dua belas) program kerja.')).not.toContain('program-seluruh-angka');
    expect(checksIn('Sebanyak 12 dari 12 program kerja telah terlaksana.')).toContain('program-seluruh-angka');
    expect(checksIn('Program kerja belum dilaksanakan seluruhnya.')).not.toContain('program-seluruh');
    expect(checksIn('Program kerja telah dilaksanakan seluruhnya.')).toContain('program-seluruh');
    expect(checksIn('Semua program kerja telah terlaksana pada tahun 2025.')).toContain('program-seluruh');
    expect(checksIn('Semua program kerja belum terlaksana.')).not.toContain('program-seluruh');
    expect(checksIn('Rekomendasi: perlu dilakukan penyempurnaan kebijakan.')).not.toContain('perbaikan-dilakukan');
    expect(checksIn('Kebijakan telah ditindaklanjuti dengan penyempurnaan pada tahun 2025.')).toContain('perbaikan-dilakukan');
  });

  it('reads coverage counts of units in every form: "N dari M", the total first, percentages, English', () => {
    const partial = [
      'Layanan pusat data telah digunakan oleh 18 dari 32 perangkat daerah.',
      'Dari 34 perangkat daerah yang menganggarkan belanja TIK, baru 21 perangkat daerah yang dikonsultasikan.',
      'Jaringan intra baru menjangkau 60% perangkat daerah.',
      'The intranet connects 27 of 41 regional agencies.',
      'Terhubung: 12/30 OPD.',
      'Pengendalian telah dilaksanakan pada 15 OPD dari total 40 OPD.',
      'Dari 10 perangkat daerah pada tahun 2025, baru 7 yang terhubung.',
    ];
    for (const text of partial) {
      expect(checksIn(text), text).toContain('cakupan-sebagian-angka');
      expect(checksIn(text), text).not.toContain('cakupan-seluruh-angka');
    }
    for (const text of ['Digunakan oleh 32 dari 32 perangkat daerah.', 'Telah diterapkan di 100 persen OPD.']) {
      expect(checksIn(text), text).toContain('cakupan-seluruh-angka');
      expect(checksIn(text), text).not.toContain('cakupan-sebagian-angka');
    }
    expect(checksIn('Realisasi belanja 63,5% dari pagu.')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Pada tahun 2025 dari 2026 perangkat daerah.')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Target 2025 dari 900 perangkat daerah.')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Telah terlaksana 6 program dari 9 program kerja.')).toContain('program-sebagian-angka');
    expect(checksIn('Dari 10 program kerja yang direncanakan tahun 2025, 7 telah dilaksanakan.')).toContain('program-sebagian-angka');
  });

  it('reads counts written in words and labelled counts, and no date as a count', () => {
    const partial = [
      'Tiga dari enam program kerja telah dilaksanakan.',
      'Baru dua belas dari tiga puluh dua perangkat daerah yang menempatkan aplikasinya.',
      'Pengendalian telah diterapkan pada tujuh dari dua puluh delapan perangkat daerah.',
      'The intranet now reaches twenty-one of thirty-four agencies.',
      'OPD terhubung: 21/34',
      'Program terlaksana: 9 dari 12',
    ];
    for (const text of partial) {
      const found = checksIn(text);
      expect(found.includes('cakupan-sebagian-angka') || found.includes('program-sebagian-angka'), text).toBe(true);
      expect(found, text).not.toContain('cakupan-seluruh-angka');
      expect(found, text).not.toContain('program-seluruh-angka');
    }
    expect(checksIn('Seluruh, yakni dua belas dari dua belas program kerja, telah dilaksanakan.')).toContain('program-seluruh-angka');
    expect(checksIn('Seratus dua dari seratus dua OPD terhubung.')).toContain('cakupan-seluruh-angka');
    expect(checksIn('OPD terhubung: 21/10/2025')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Satu Data dari dua sumber untuk perangkat daerah.')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Jaringan intra baru digunakan sebagian besar perangkat daerah.')).toContain('belum-seluruh-unit');
    expect(checksIn('Program kerja disusun untuk dilaksanakan seluruhnya pada tahun 2025.')).not.toContain('program-seluruh');
    // The programme's name and year between the scope and the execution: still all programmes carried out.
    expect(checksIn('Seluruh program kerja Tim Koordinasi SPBE tahun 2025 (10 kegiatan) telah dilaksanakan sesuai rencana.')).toContain('program-seluruh-kalimat');
    expect(checksIn('All work programmes of the SPBE coordination team for 2025 have been carried out.')).toContain('program-seluruh-kalimat');
    // Drawn up is not carried out; execution in another clause, a plan or an exception is not all carried out.
    expect(checksIn('Seluruh program kerja Tim Koordinasi SPBE tahun 2025 telah disusun.')).not.toContain('program-seluruh-kalimat');
    expect(checksIn('Seluruh program kerja tahun 2025 disusun, dan sosialisasi telah dilaksanakan.')).not.toContain('program-seluruh-kalimat');
    expect(checksIn('Seluruh program kerja tahun 2026 direncanakan telah dilaksanakan pada Desember.')).not.toContain('program-seluruh-kalimat');
    expect(checksIn('Seluruh program kerja (kecuali dua program) telah terlaksana.')).not.toContain('program-seluruh-kalimat');
    expect(checksIn('Seluruh program kerja Tim Koordinasi belum dilaksanakan.')).not.toContain('program-seluruh-kalimat');
  });

  it('reads no improvement in a recommendation, a plan or the agenda of a meeting, and reads one done', () => {
    const advised = [
      'Saran perbaikan:\n- penyempurnaan notifikasi batas waktu;\n- pemutakhiran daftar petugas penghubung.',
      'BAB III REKOMENDASI\nPenyempurnaan SOP pengelolaan insiden dan pemutakhiran katalog layanan.',
      'Kesimpulan:\n1. Pemutakhiran SOP pencadangan dijadwalkan pada Januari 2026.',
      'NOTULEN RAPAT PEMBAHASAN TINDAK LANJUT HASIL EVALUASI LAYANAN PUSAT DATA',
      'Recommendations following the review:\n1. Improvements to the approval notifications.',
    ];
    for (const text of advised) expect(checksIn(text), text).not.toContain('perbaikan-dilakukan');
    const done = [
      'Telah dilakukan perbaikan alur persetujuan dan akan terus dipantau.',
      'Menindaklanjuti hasil evaluasi bulan Juli 2025, aplikasi service desk telah diperbarui.',
      'BAB II TINDAK LANJUT REKOMENDASI\nSeluruh temuan telah ditindaklanjuti pada Agustus 2025.',
      'Rekomendasi:\n1. Perbaikan format laporan.\nHasil perbaikan telah diterapkan pada versi 3.1.',
    ];
    for (const text of done) expect(checksIn(text), text).toContain('perbaikan-dilakukan');
  });

  it('reads part of the units without a total, in words, and units still missing; and part of the content as a count', () => {
    const partial = [
      'Hingga Juni 2025 baru 5 OPD yang memanfaatkan layanan pusat data.',
      'Aplikasi tersebut hanya dimanfaatkan oleh tujuh perangkat daerah.',
      'Dari 31 perangkat daerah, sebagian telah mengonsultasikan rencana kegiatan SPBE.',
      'Sebanyak 11 perangkat daerah belum berkonsultasi kepada Diskominfo.',
      'Jaringan intra menjangkau sebagian OPD di kecamatan.',
    ];
    for (const text of partial) expect(checksIn(text), text).toContain('cakupan-sebagian-angka');
    for (const text of partial) expect(checksIn(text), text).not.toContain('cakupan-seluruh-angka');
    expect(checksIn('Layanan pusat data digunakan oleh seluruh perangkat daerah sejak 2024.')).not.toContain('cakupan-sebagian-angka');
    expect(checksIn('Pada versi ini, tiga dari enam domain telah disusun.')).toContain('muatan-sebagian-angka');
    expect(checksIn('Kompetensi telah terpenuhi pada empat dari enam bidang.')).toContain('muatan-sebagian-angka');
    expect(checksIn('Kompetensi telah terpenuhi pada enam dari enam bidang.')).not.toContain('muatan-sebagian-angka');
  });

  it('reads an improvement stated in a sentence only with a done word near it, not in a plan or a negation', () => {
    const done = [
      'Menindaklanjuti laporan audit bulan April, Diskominfo telah melaksanakan perbaikan pada segmentasi jaringan.',
      'Perbaikan konfigurasi firewall telah selesai pada Agustus 2025.',
      'Following the audit, the findings were fixed in August.',
      'Berdasarkan temuan evaluasi, SOP pengelolaan data telah direvisi.',
      'Layanan aplikasi e-Budgeting telah ditingkatkan dengan fitur analitik.',
      'Sesuai hasil reviu, modul pelaporan sudah dikembangkan dan diuji.',
    ];
    for (const text of done) expect(checksIn(text), text).toContain('perbaikan-kalimat');
    const notDone = [
      'Evaluasi telah dilaksanakan, namun perbaikan belum dilakukan.',
      'SOP pengelolaan data perlu direvisi agar validasi berjenjang.',
      'Aplikasi ini dikembangkan oleh Dinas Komunikasi dan Informatika.',
      'Manajemen perubahan telah dilaksanakan di seluruh unit kerja terkait.',
      'Perbaikan konfigurasi firewall akan dilakukan pada tahun 2026.',
      'Tim evaluasi merekomendasikan perbaikan fitur pelacakan.',
      'Perbaikan konfigurasi firewall diperlukan untuk menutup celah keamanan.',
      'Rekomendasi:\n1. Perbaikan format laporan telah disampaikan kepada OPD.',
      // The root of "ditingkatkan" is a level, of "dikembangkan" a new build: neither is an improvement done.
      'Reviu tingkat kematangan SPBE telah dilaksanakan pada bulan Maret.',
      'Program peningkatan kapasitas SDM telah dilaksanakan.',
      'Pengembangan aplikasi perizinan telah selesai.',
    ];
    for (const text of notDone) expect(checksIn(text), text).not.toContain('perbaikan-kalimat');
  });

  it('reads a new release of a service, not one recommended or planned; datasets, not infographics', () => {
    expect(checksIn('SIMPEG versi 4.0 dirilis pada 1 Oktober 2025 dengan fitur baru notifikasi.')).toContain('rilis-baru');
    expect(checksIn('JDIH versi baru diluncurkan dengan pencarian berdasarkan pasal.')).toContain('rilis-baru');
    expect(checksIn('Rekomendasi: versi baru aplikasi dengan pencarian pasal.')).not.toContain('rilis-baru');
    expect(checksIn('Versi baru aplikasi direncanakan pada tahun 2026.')).not.toContain('rilis-baru');
    expect(checksIn('Katalog: 214 dataset dalam format CSV dapat diunduh.')).toContain('dataset-terbuka');
    expect(checksIn('Infografis Jumlah Penduduk 2025\nVisualisasi Angka Kemiskinan per Kecamatan')).not.toContain('dataset-terbuka');
  });

  it('reads no collaboration in a connection to the internet; reads it in a link with another service', () => {
    expect(checksIn('Persyaratan: perangkat harus terhubung dengan internet.')).not.toContain('kolaborasi');
    expect(checksIn('Data kinerja terhubung dengan aplikasi e-Budgeting.')).toContain('kolaborasi');
    // Data passed on to another application is collaboration; a message to a person or a bank's own system is not.
    expect(checksIn('3. RKA yang disetujui otomatis dikirim ke aplikasi penatausahaan keuangan daerah sebagai DPA.')).toContain('kolaborasi');
    expect(checksIn('Usulan yang disetujui diteruskan ke sistem informasi kepegawaian.')).toContain('kolaborasi');
    expect(checksIn('Aplikasi berbagi data dengan layanan perizinan provinsi.')).toContain('kolaborasi');
    expect(checksIn('The leave app is integrated with the payroll system.')).toContain('kolaborasi');
    expect(checksIn('3. SP2D dikirim ke sistem cash management bank dan pembayaran diproses otomatis.')).not.toContain('kolaborasi');
    expect(checksIn('Notifikasi dikirim ke pemohon melalui surel.')).not.toContain('kolaborasi');
    expect(checksIn('Portal berbagi data dengan masyarakat dalam bentuk infografis.')).not.toContain('kolaborasi');
  });

  it('reads no collaboration in a planned integration, and keeps a done integration on a list under a proposal', () => {
    expect(checksIn('3. Integrasi dengan Dapodik direncanakan pada tahun 2026.')).not.toContain('kolaborasi');
    expect(checksIn('Rencana integrasi dengan SIASN BKN disusun tahun ini.')).not.toContain('kolaborasi');
    expect(checksIn('Aplikasi akan diintegrasikan dengan e-Budgeting.')).not.toContain('kolaborasi');
    expect(checksIn('2. Usulan diverifikasi dan disetujui atasan.\n3. Data pegawai terintegrasi dengan SIASN BKN melalui web service.')).toContain('kolaborasi');
    expect(checksIn('Usulan kegiatan terintegrasi dengan aplikasi e-Budgeting.')).toContain('kolaborasi');
  });

  it('reads no phrase past a comma or a full stop', () => {
    expect(checksIn('Sesuai rencana kerja tim, kolaborasi penerapan SPBE melibatkan tujuh OPD.')).not.toContain('tim-formal');
    expect(checksIn('Tim kolaborasi penerapan SPBE melibatkan tujuh OPD.')).toContain('tim-formal');
    expect(checksIn('Laporan disusun tim. Kolaborasi penerapan SPBE melibatkan tujuh OPD.')).not.toContain('tim-formal');
  });

  it('reads the plan an audit follows, not a test ordered once', () => {
    expect(checksIn('Audit aplikasi dilaksanakan sesuai program audit TIK dua tahunan.')).toContain('audit-terencana');
    expect(checksIn('Sesuai program kerja pengawasan 2025, tim auditor internal melaksanakan audit keamanan.')).toContain('audit-terencana');
    expect(checksIn('The audit followed the agreed audit plan.')).toContain('audit-terencana');
    expect(checksIn('Pengujian keamanan dilakukan berdasarkan surat pesanan Dinas Komunikasi dan Informatika.')).not.toContain('audit-terencana');
    expect(checksIn('Audit dilaksanakan tanpa rencana audit.')).not.toContain('audit-terencana');
  });

  it('reads a phrase across a short parenthetical aside, unless the aside qualifies it', () => {
    expect(checksIn('Semua program kerja (12 program) telah terlaksana sampai dengan November 2025.')).toContain('program-seluruh');
    expect(checksIn('Seluruh program kerja (sebanyak dua belas) telah dilaksanakan.')).toContain('program-seluruh');
    expect(checksIn('Semua program kerja (kecuali dua program) telah terlaksana.')).not.toContain('program-seluruh');
    expect(checksIn('Semua program kerja (belum termasuk program pelatihan) telah terlaksana.')).not.toContain('program-seluruh');
    // A phrase inside the aside still counts where it stands.
    expect(checksIn('Aplikasi diuji melalui user acceptance test (UAT) dan dikonsultasikan (rekomendasi teknis) kepada Diskominfo.')).toEqual(expect.arrayContaining(['siklus-aplikasi', 'konsultasi-tik']));
  });

  it('reads no service feature on a line of information, infographics or news; reads it on the screen itself', () => {
    for (const text of ['Informasi: tata cara pembayaran pajak kendaraan di bank persepsi.', 'Infografis: realisasi transaksi non tunai 96%.', 'Berita: APBD Perubahan mendapat persetujuan DPRD.']) {
      expect(checksIn(text), text).not.toContain('transaksi');
    }
    expect(checksIn('Informasi: unduh infografis kemiskinan.')).not.toContain('interaksi');
    expect(checksIn('Status: menunggu persetujuan pejabat penilai\n[Setujui]')).toContain('transaksi');
    expect(checksIn('Pembayaran: tagihan retribusi dibayar melalui virtual account.')).toContain('transaksi');
  });

  it('reads statements that coverage or content is not complete yet, and improvements in English', () => {
    expect(checksIn('Pengendalian keamanan belum diterapkan di seluruh perangkat daerah.')).toContain('belum-seluruh-unit');
    expect(checksIn('Kompetensi bidang arsitektur SPBE belum terpenuhi.')).toContain('belum-lengkap');
    expect(checksIn('Kompetensi seluruh bidang telah terpenuhi.')).not.toContain('belum-lengkap');
    expect(checksIn('Improvements made following the 2024 service evaluation: automatic notifications.')).toContain('perbaikan-dilakukan');
    expect(checksIn('It is recommended that improvements made to the notification feature be tested.')).not.toContain('perbaikan-dilakukan');
    expect(checksIn('Saran: penyempurnaan tampilan laporan.')).not.toContain('perbaikan-dilakukan');
  });

  it('drops phrases after a guard phrase, in a Menimbang, and reads unplanned work', () => {
    expect(checksIn('Register ini belum mengacu pada pedoman manajemen risiko SPBE.')).not.toContain('pedoman-manajemen-risiko');
    expect(checksIn('Register ini disusun dengan mengacu pada pedoman manajemen risiko SPBE.')).toContain('pedoman-manajemen-risiko');
    expect(checksIn('Pusat data daerah belum terhubung dengan Pusat Data Nasional.')).not.toContain('nasional');
    expect(checksIn('Pusat data daerah terhubung dengan Pusat Data Nasional.')).toContain('nasional');
    expect(checksIn('Sertifikat sesuai Standar Nasional Indonesia.')).not.toContain('nasional');
    expect(checksIn('Aplikasi ini belum terintegrasi dengan SP4N-LAPOR.')).not.toContain('kolaborasi');
    const perbup = 'PERATURAN BUPATI SUKAMAJU\nTENTANG ARSITEKTUR SPBE\nMenimbang: bahwa untuk meningkatkan layanan SPBE perlu menetapkan Arsitektur SPBE;\nMengingat: Undang-Undang Nomor 23 Tahun 2014;\nPasal 3\nArsitektur SPBE memuat domain aplikasi SPBE.';
    expect(checksIn(perbup)).not.toContain('ars-layanan');
    expect(checksIn(perbup)).toContain('ars-aplikasi');
    const defined = 'PERATURAN BUPATI SUKAMAJU\nPasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan:\n1. Layanan SPBE adalah keluaran aplikasi.\nPasal 2\nPeta Rencana memuat Aplikasi SPBE.';
    expect(checksIn(defined)).not.toContain('pr-layanan');
    expect(checksIn(defined)).toContain('pr-aplikasi');
    expect(checksIn('PERATURAN BUPATI SUKAMAJU\nPasal 1\nPeta Rencana memuat Layanan SPBE dan Aplikasi SPBE.')).toContain('pr-layanan');
    expect(checksIn('Audit dilakukan sewaktu-waktu tanpa perencanaan.')).toContain('tanpa-perencanaan');
    expect(checksIn('Aplikasi dapat diakses sewaktu-waktu oleh pegawai.')).not.toContain('tanpa-perencanaan');
  });

  it('are stored with the classification and kept when a reviewer decides', () => {
    const c = classifyWithFacts({ sha256: SHA, paths: ['Setda/perbup.pdf'], pages: [{ no: 1, text: PERBUP_SPBE }] }, pack, { threshold: 0.5, instansi: SUKAMAJU });
    expect(c.facts?.map((f) => f.check)).toContain('pr-audit-tik');
    const decided = applyDecisions(c, [{ sha256: SHA, instrument: 'spbe-2020', indicator: 2, action: 'confirm', reviewer: 'Rina', at: '2026-01-05', note: '' }]);
    expect(decided.facts).toEqual(c.facts);
  });
});

describe('level facts: what a line says is not there or not done yet', () => {
  it('a feature the line says the service does not offer yet is no feature (notAfterOnLine)', () => {
    const missing = checksIn('Aplikasi belum menyediakan fitur pencarian, pengunggahan, atau pengunduhan dokumen.');
    expect(missing).not.toContain('interaksi');
    expect(checksIn('The application does not yet offer search, upload or download.')).not.toContain('interaksi');
    expect(checksIn('Pengguna mencari dokumen dan mengunduhnya dalam format PDF.')).toContain('interaksi');
    expect(checksIn('Fitur persetujuan belum tersedia.\nPengguna mengunggah berkas permohonan.')).toContain('interaksi');
  });

  it('a planned feature is no feature, nor the features listed before the plan word (notPlanned, lists)', () => {
    expect(checksIn('Fitur pembayaran non tunai direncanakan pada tahun 2026.')).not.toContain('transaksi');
    expect(checksIn('Catatan: fitur pengajuan dan persetujuan usulan secara daring direncanakan pada tahun 2026.')).not.toContain('transaksi');
    expect(checksIn('Pemohon mengajukan permohonan dan petugas memberikan persetujuan secara daring.')).toContain('transaksi');
  });

  it('a process followed by "belum" in its clause is not carried out (negatedWithin)', () => {
    expect(checksIn('Pengoperasian layanan SPBE belum dilaksanakan secara terdokumentasi.')).not.toContain('ml-pengoperasian');
    expect(checksIn('Pengoperasian layanan SPBE dilaksanakan setiap hari, pelaporan belum rutin.')).toContain('ml-pengoperasian');
    expect(checksIn('Penghapusan aset TIK belum dilakukan tahun ini.')).not.toContain('aset-penghapusan');
  });

  it('a complaints service is no submission ("pengaduan" is not "pengajuan")', () => {
    expect(checksIn('Layanan Pengaduan Masyarakat Kota Tanjung Raya')).not.toContain('transaksi');
    expect(checksIn('Pemohon melakukan pengajuan izin secara daring.')).toContain('transaksi');
  });
});

describe('level facts: score bands of an index read on the line that names the area (Pemdi IKASANDI)', () => {
  const pemdi = loadPack('pemdi-2026');
  const checksOf = (text: string): string[] =>
    readLevelFacts(pemdi.levels, [{ no: 1, text }], pemdi.rules.aliases)
      .map((f) => f.check)
      .filter((c) => /^i1[02]-nilai-/.test(c));
  const RESULT = `LAPORAN HASIL PENGUKURAN IKASANDI TAHUN 2026
Pengukuran mandiri IKASANDI dilaksanakan pada 12 April 2026.
Area Nilai Keterangan
Keamanan Siber 2,18 Terverifikasi BSSN
Penanganan Insiden Siber 1,42 Penilaian mandiri
`;

  it('an area value meets the items of its band and the bands below, not those above', () => {
    expect(checksOf(RESULT)).toEqual(['i10-nilai-2']);
    expect(checksOf(RESULT.replace('2,18', '3.74').replace('1,42', '4,10'))).toEqual(['i10-nilai-2', 'i10-nilai-3', 'i10-nilai-4', 'i12-nilai-2', 'i12-nilai-3', 'i12-nilai-4', 'i12-nilai-5']);
  });

  it('a phrase without a value on its line, or with only integers (dates, list numbers), shows no band', () => {
    expect(checksOf('Laporan IKASANDI area keamanan siber dan penanganan insiden siber.\nNilai akhir 3,20')).toEqual([]);
    expect(checksOf('4. Keamanan Siber dilaksanakan 3 kali sejak 2024')).toEqual([]);
  });
});

describe('level facts: a scope phrase on a label line is no statement of scope (Pemdi cakupan-seluruh)', () => {
  const pemdi = loadPack('pemdi-2026');
  const scoped = (text: string): boolean => readLevelFacts(pemdi.levels, [{ no: 1, text }], pemdi.rules.aliases).some((f) => f.check === 'cakupan-seluruh');

  it('a menu item or list heading naming all services does not show that scope; a sentence does', () => {
    expect(scoped('Beranda\nSemua Layanan\nPeristiwa Hidup')).toBe(false);
    expect(scoped('Portal Layanan Digital\nSemua Layanan Digital (12)\nPerizinan Berusaha')).toBe(false);
    expect(scoped('Portal telah memadukan seluruh layanan digital perangkat daerah pada tahun 2026.')).toBe(true);
  });
});

describe('level facts: a regulation cited in a legal-basis list is not content of the citing document', () => {
  const pemdi = loadPack('pemdi-2026');
  const pemdiChecks = (text: string): string[] => readLevelFacts(pemdi.levels, [{ no: 1, text }], pemdi.rules.aliases).map((f) => f.check);
  const SOP_HEAD = 'DINAS KOMUNIKASI DAN INFORMATIKA\nSTANDAR OPERASIONAL PROSEDUR\nPENANGANAN PERMINTAAN INFORMASI PUBLIK\nDasar Hukum:\n';
  const CITED =
    '1. Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;\n' +
    '2. Peraturan Bupati Sukamaju Nomor 7 Tahun 2025 tentang Penunjukan\nPejabat Pelindungan Data Pribadi;\n';

  it('an SOP whose Dasar Hukum cites the regulation appointing the data protection officer shows no officer (Pemdi I8)', () => {
    expect(pemdiChecks(`${SOP_HEAD}${CITED}Kualifikasi Pelaksana:\n1. Memahami pelayanan informasi publik.`)).not.toContain('i8-dpo');
    // The citation wrapped onto its next line, or written on the opener's own line, is still a citation.
    expect(pemdiChecks(`${SOP_HEAD.replace('Dasar Hukum:\n', 'Dasar Hukum: Peraturan Bupati Nomor 7 Tahun 2025 tentang Pejabat Pelindungan Data Pribadi\n')}Uraian Prosedur:`)).not.toContain('i8-dpo');
    // The same subject stated in the SOP's own text counts.
    const own = `${SOP_HEAD}${CITED}Pelaksana:\nPermintaan yang memuat data pribadi diteruskan kepada Pejabat Pelindungan Data Pribadi untuk ditelaah.`;
    expect(pemdiChecks(own)).toContain('i8-dpo');
  });

  it('the list ends where the SOP\'s next field begins: its own text after the citations counts', () => {
    const identity =
      'STANDAR OPERASIONAL PROSEDUR\nLAYANAN DUKUNGAN PENGGUNA\nDasar Hukum\n1. Peraturan Presiden Nomor 95 Tahun 2018\n2. PermenPANRB Nomor 8 Tahun 2026\n' +
      'Kualifikasi Pelaksana\n1. Mampu mengoperasikan sistem tiket\nPeringatan\nSetiap permintaan diselesaikan sesuai Service Level Agreement (SLA).';
    expect(pemdiChecks(identity)).toContain('i19-sla');
  });

  it('a regulation\'s Mengingat regulates nothing; a guideline cited as legal basis is still the guideline referred to', () => {
    const perbup =
      'PERATURAN BUPATI SUKAMAJU\nTENTANG PUSAT DATA\nMengingat : 1. Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE dan Standar Teknis Keamanan SPBE;\n' +
      'MEMUTUSKAN:\nPasal 2\nPusat data digunakan seluruh perangkat daerah.';
    expect(checksIn(perbup)).not.toContain('ars-keamanan');
    expect(checksIn(perbup)).toContain('seluruh-unit');
    const laporan = 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE\nDasar Hukum:\n1. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.\nBAB I PELAKSANAAN';
    expect(checksIn(laporan)).toContain('pedoman-manajemen-risiko');
  });
});
