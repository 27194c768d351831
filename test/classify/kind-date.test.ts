import { describe, expect, it } from 'vitest';
import { splitFlatHeadings } from '../../src/classify/flat-heading.ts';
import { accepted, classify } from './helpers.ts';
import { DOKUMEN_ARSITEKTUR, NOTULEN_TIM_KOORDINASI, PERBUP_SPBE, SCREENSHOT_SRIKANDI, SK_TIM_KOORDINASI, UNDANGAN_HUT } from './texts.ts';

describe('document kind', () => {
  it.each([
    { text: PERBUP_SPBE, kind: 'peraturan' },
    { text: SK_TIM_KOORDINASI, kind: 'keputusan' },
    { text: `RANCANGAN\n${PERBUP_SPBE}`, kind: 'rancangan' },
    { text: PERBUP_SPBE.replace('PERATURAN BUPATI SUKAMAJU\n', 'DRAF PERATURAN BUPATI SUKAMAJU\n'), kind: 'rancangan' },
    { text: 'KONSEP\nKEPUTUSAN BUPATI SUKAMAJU\nTENTANG\nTIM KOORDINASI SPBE', kind: 'rancangan' },
    { text: 'SURAT EDARAN SEKRETARIS DAERAH\nNOMOR 3 TAHUN 2024\nTENTANG\nPENGGUNAAN SRIKANDI', kind: 'surat-edaran' },
    { text: NOTULEN_TIM_KOORDINASI, kind: 'notulen' },
    { text: UNDANGAN_HUT, kind: 'undangan' },
    { text: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nTAHUN 2024', kind: 'laporan-audit' },
    { text: 'LAPORAN HASIL REVIU ARSITEKTUR SPBE\nTAHUN 2024', kind: 'laporan-evaluasi' },
    { text: 'LAPORAN KEGIATAN BIMBINGAN TEKNIS\nTAHUN 2024', kind: 'laporan' },
    { text: 'STANDAR OPERASIONAL PROSEDUR\nPENGGUNAAN PUSAT DATA', kind: 'sop' },
    { text: DOKUMEN_ARSITEKTUR, kind: 'dokumen-arsitektur' },
    { text: 'PETA RENCANA SPBE\nKABUPATEN SUKAMAJU 2024-2028', kind: 'dokumen-peta-rencana' },
    { text: 'DOKUMEN PELAKSANAAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nTAHUN ANGGARAN 2025', kind: 'anggaran' },
    { text: 'PERJANJIAN KERJA SAMA\nANTARA DINAS KOMUNIKASI DAN INFORMATIKA DAN BSSN', kind: 'kerja-sama' },
    { text: 'MANUAL BOOK\nAPLIKASI E-KINERJA\nVersi 2.0', kind: 'manual' },
    { text: SCREENSHOT_SRIKANDI, kind: 'tangkapan-layar' },
    // A capture that opens with its address bar is a screen, whatever its menu names ("Renstra | Perjanjian Kinerja").
    {
      text: 'https://esakip.sukamajukab.go.id/pk\ne-SAKIP Sukamaju - Sistem Akuntabilitas Kinerja Instansi Pemerintah\nRenstra | Perjanjian Kinerja | Pengukuran | LKjIP | Evaluasi\nOPD  Indikator Kinerja  Target  Realisasi  Status PK\nDinas Kesehatan  Angka kematian ibu  85  78,4%  Disetujui Bupati\n[ Verifikasi ]  [ Setujui ]',
      kind: 'tangkapan-layar',
      path: 'Bagian Organisasi/SS e-SAKIP Perjanjian Kinerja.png',
    },
    { text: 'Foto kegiatan rapat', kind: 'tangkapan-layar', path: 'Setda/foto.jpg' },
    // A named screen capture of an application that shows a report's title is the screen, not the report.
    {
      text: 'SIWAS Kabupaten Sukamaju - Sistem Informasi Pengawasan\nLaporan Hasil Pemeriksaan Nomor 700/LHP-12/2025\nReviu oleh Pengendali Teknis: selesai\nPersetujuan Inspektur: menunggu\nTanda tangan elektronik (BSrE)  [Setujui dan TTE]  [Kembalikan ke Ketua Tim]',
      kind: 'tangkapan-layar',
      path: 'Inspektorat/Tangkapan layar aplikasi pengawasan.png',
    },
    // … but a screen capture of a news item is news.
    {
      text: 'Pemkab Luncurkan Layanan Pengaduan Berbasis WhatsApp\nSindangraya, Senin (3/3/2025) – Bupati meluncurkan layanan pengaduan masyarakat yang terhubung dengan SP4N-LAPOR!. Warga cukup mengirim pesan ke nomor yang disediakan, lalu aduan diteruskan kepada perangkat daerah yang berwenang untuk ditindaklanjuti paling lama lima hari kerja.',
      kind: 'siaran-pers',
      path: 'Diskominfo/Screenshot berita peluncuran.png',
    },
    // An Indonesian dashboard whose menu holds "Laporan": the screen, not a report (OCR of a PNG, more than a few words).
    {
      text: 'NOC Sukamaju | Topologi\nhttps://noc.sukamajukab.go.id/topologi\nRingkasan\nTopologi\nLaporan\nAdministrator Jaringan Diskominfo\nDasbor Topologi Jaringan Intra Kabupaten Sukamaju\nSimpul terhubung 58 Kecamatan 26 Ketersediaan 99,2% Pusat data 1\nSimpul Jenis Terhubung ke Status\nPusat Data Daerah Inti Jaringan Intra Pemerintah Aktif',
      kind: 'tangkapan-layar',
      path: 'Diskominfo/topologi.png',
    },
    { text: 'INSTRUKSI BUPATI SUKAMAJU\nNOMOR 2 TAHUN 2025\nTENTANG\nPENGGUNAAN SRIKANDI', kind: 'instruksi' },
    { text: 'NOTA DINAS\nKepada : Sekretaris Daerah\nDari : Kepala Dinas Komunikasi dan Informatika\nHal : Laporan penerapan SPBE', kind: 'nota-dinas' },
    { text: 'SIARAN PERS\nPemkab Sukamaju Luncurkan Layanan Pengaduan Terpadu', kind: 'siaran-pers' },
    { text: 'Berita\nBupati Sukamaju meresmikan pusat data daerah', kind: 'siaran-pers' },
    { text: 'BERITA ACARA SERAH TERIMA\nPERANGKAT SERVER', kind: 'lainnya' },
    // A record's subject names what was recorded, not the record's kind: this is no plan, no list, no manual.
    { text: 'BERITA ACARA\nINTEGRASI DATA KEBUTUHAN BARANG MILIK DAERAH DENGAN APLIKASI E-BUDGETING\n1. Rencana Kebutuhan Barang Milik Daerah dikirim melalui API.', kind: 'lainnya' },
    { text: 'BERITA ACARA\nFORUM SATU DATA\nDAFTAR HADIR TERLAMPIR', kind: 'lainnya' },
    { text: 'SURAT PERNYATAAN\nPanduan pengguna aplikasi telah kami terima.', kind: 'lainnya' },
    { text: 'PEDOMAN MANAJEMEN RISIKO SPBE\nKABUPATEN SUKAMAJU', kind: 'pedoman' },
    { text: 'PANDUAN PENYUSUNAN PROSES BISNIS\nTAHUN 2025', kind: 'pedoman' },
    { text: 'RENCANA AKSI SPBE\nKABUPATEN SUKAMAJU TAHUN 2025', kind: 'rencana' },
    { text: 'REGISTER RISIKO SPBE\nTAHUN 2025', kind: 'daftar' },
    { text: 'KATALOG LAYANAN TIK\nDINAS KOMUNIKASI DAN INFORMATIKA', kind: 'daftar' },
    { text: 'PT Sentinel Siber\nWeb Application Penetration Testing Report\nPrepared for the City Government', kind: 'laporan-audit' },
    { text: 'LAPORAN HASIL PENGUJIAN KEAMANAN (PENETRATION TEST) APLIKASI SIMPEG DAN PORTAL PPID', kind: 'laporan-audit' },
    { text: 'Independent Audit of Network Infrastructure\nAudit period: January 2025', kind: 'laporan-audit' },
    { text: 'Data Centre Assessment\nFinal Report – March 2025', kind: 'laporan-evaluasi' },
    { text: 'Serayu Regency\nGovernment Enterprise Architecture Blueprint 2025–2029', kind: 'dokumen-arsitektur' },
    { text: 'Digital Government Roadmap 2025-2029\nProvince of Nusa Karang', kind: 'dokumen-peta-rencana' },
    { text: 'ICT Asset Register\nas of June 2025', kind: 'daftar' },
    { text: 'Quarterly Progress Report Q2\nSmart City Programme', kind: 'laporan' },
    { text: 'Change Request Log – Q1 2025\nCR-041 e-Office approved', kind: 'daftar' },
    { text: 'SOLUTION DESIGN DOCUMENT\nIntegrated Licensing Application', kind: 'dokumen-desain' },
    { text: 'Provincial API Gateway\nTechnical Design v1.2', kind: 'dokumen-desain' },
    { text: 'DOKUMEN PERANCANGAN SISTEM INFORMASI KEPEGAWAIAN\nVersi 1.0', kind: 'dokumen-desain' },
    { text: 'Change Advisory Board – Meeting Record\nMeeting date: 21 August 2025', kind: 'notulen' },
    { text: 'RELEASE NOTES - LAPOR WALI KOTA COMPLAINT SERVICE, VERSION 2.0\nRelease date: 14 April 2025', kind: 'lainnya' },
    // A software release is no press release: "Rilis ini menindaklanjuti hasil evaluasi …".
    { text: 'CATATAN RILIS APLIKASI PPDB DARING TAHUN 2025\nBAB 1 LATAR BELAKANG\nRilis ini menindaklanjuti hasil evaluasi PPDB daring tanggal 27 Agustus 2024.', kind: 'lainnya' },
    { text: 'Pemkot Raih Penghargaan Pengguna SRIKANDI Terbaik\nPenghargaan diserahkan kepada Wali Kota di Jakarta.\n"Semua naskah dinas kini elektronik," kata Wali Kota.', kind: 'siaran-pers' },
    { text: 'SE NOMOR 3 TAHUN 2025\nTENTANG PENGGUNAAN SRIKANDI', kind: 'surat-edaran' },
    { text: 'Minutes of the ICT Steering Committee Meeting\nDate: 12 August 2025', kind: 'notulen' },
    { text: 'Pemkab Luncurkan Layanan Pengaduan Berbasis WhatsApp\nSindangraya, Senin (3/3/2025) – Bupati meluncurkan layanan pengaduan masyarakat yang terhubung dengan SP4N-LAPOR!.', kind: 'siaran-pers' },
    { text: 'Portal Satu Data Kini Sajikan 1.200 Dataset\nKARANGASRI — Pemerintah Provinsi terus memperbarui portal data terbuka hingga Juni 2025.', kind: 'siaran-pers' },
    { text: 'Urus Akta dari Rumah\nMasyarakat cukup mengunggah berkas persyaratan.\nPenulis: Tim Humas | Editor: Redaksi', kind: 'siaran-pers' },
    { text: 'NOTULEN RAPAT\nAcara : Rapat Tim Koordinasi SPBE\nDiskominfo – menyampaikan bahwa pembangunan aplikasi telah mencapai delapan puluh persen pada semester ini.', kind: 'notulen' },
    { text: 'LAPORAN KEGIATAN\nBAB I – PENDAHULUAN\nKegiatan dilaksanakan di ruang rapat.', kind: 'laporan' },
    { text: 'DAFTAR ISI\nBab I Pendahuluan', kind: 'lainnya' },
    { text: 'PERWAL SUKAMAJU NOMOR 3 TAHUN 2024\nTENTANG ARSITEKTUR SPBE', kind: 'peraturan' },
    { text: 'KEPMEN PANRB NOMOR 962 TAHUN 2021', kind: 'keputusan' },
    { text: 'Catatan umum tanpa judul yang jelas untuk arsip kantor.', kind: 'lainnya' },
  ])('$kind: $text', ({ text, kind, path }) => {
    expect(classify(text, [path ?? 'Setda/dokumen.pdf']).kind).toBe(kind);
  });
});

describe('date and enactment', () => {
  it.each([
    { text: PERBUP_SPBE, date: '2024-03-12', enacted: true },
    { text: 'KEPUTUSAN BUPATI\nDitetapkan di Amurang pada tanggal 6 Oktober 2025\nBUPATI', date: '2025-10-06', enacted: true },
    { text: NOTULEN_TIM_KOORDINASI, date: '2024-06-03', enacted: true },
    { text: 'UNDANGAN\nSukamaju, 9 Agst 2024\nKepada Yth.', date: '2024-08-09', enacted: false },
    { text: 'NOTULEN\nHari/Tanggal : Kamis, 12 Des. 2024', date: '2024-12-12', enacted: false },
    { text: 'Daftar hadir rapat 03-06-2024', date: '2024-06-03', enacted: false },
    { text: 'Ditetapkan di Sukamaju\npada tanggal 1 Nopember 2O24', date: '2024-11-01', enacted: true },
    { text: 'Peraturan Presiden Nomor 95 Tahun 2018 mulai berlaku pada tanggal diundangkan.', date: null, enacted: false },
    { text: 'Tanggal 31 Februari 2024 tidak ada', date: null, enacted: false },
    { text: 'INSTRUKSI BUPATI SUKAMAJU\nDikeluarkan di Sukamaju\npada tanggal 4 Februari 2025\nBUPATI SUKAMAJU', date: '2025-02-04', enacted: true },
    { text: 'SURAT EDARAN\nDitetapkan di Sukamaju, 17 Juli 2024\nSEKRETARIS DAERAH', date: '2024-07-17', enacted: true },
    { text: 'Penetration Test Report\nPrepared for Kabupaten Sukamaju\nMarch 12, 2025', date: '2025-03-12', enacted: false },
    { text: 'SURAT EDARAN\nDikeluarkan di Karangasri\npada tanggal dua puluh tiga Juli dua ribu dua puluh empat\nGUBERNUR', date: '2024-07-23', enacted: true },
    { text: 'BERITA ACARA\nPada hari ini Rabu tanggal dua belas bulan Maret tahun dua ribu dua puluh lima telah dilaksanakan uji.', date: '2025-03-12', enacted: false },
    { text: 'BERITA ACARA\nPada hari ini Selasa tanggal 15 bulan April tahun 2025 bertempat di Bappeda.', date: '2025-04-15', enacted: false },
    { text: 'PEDOMAN\nNomor 005/12/III/2025\nWanasari, 14-III-2025\nKepala Dinas', date: '2025-03-14', enacted: false },
    { text: 'Action plan\nKarangasri, 3rd February 2025', date: '2025-02-03', enacted: false },
    { text: 'Assessment report\nIssued on February 21st, 2025', date: '2025-02-21', enacted: false },
    { text: 'Final report\nSubmitted on the 18th of June 2025', date: '2025-06-18', enacted: false },
    // The cover's labelled date, not the dates of the work the report describes.
    { text: 'VAPT Report\nReport date: May 12, 2025\nTesting took place between 14 and 25 April 2025.', date: '2025-05-12', enacted: false },
    { text: 'Audit report\nFieldwork: 3–14 March 2025\nDated 2 April 2025', date: '2025-04-02', enacted: false },
    // OCR split the digits of a day or a year, or the date is introduced by "tgl.".
    { text: 'NOTULEN RAPAT\nHari/Tanggal : Rabu, 1 2 Maret 2025', date: '2025-03-12', enacted: false },
    { text: 'Ditetapkan di Sukamaju\npada tanggal 2 0 Mei 2 0 2 5\nBUPATI SUKAMAJU', date: '2025-05-20', enacted: true },
    // A naskah with its number left blank, no date of penetapan and no signature is not enacted; with either it is.
    { text: 'PERATURAN BUPATI SUKAMAJU\nNOMOR     TAHUN 2025\nTENTANG\nPUSAT DATA\nDitetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,\n\n(nama)', date: null, enacted: false },
    { text: 'KEPUTUSAN BUPATI SUKAMAJU\nNOMOR : ..........\nTENTANG\nTIM\nDitetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,', date: null, enacted: false },
    { text: 'PERATURAN BUPATI SUKAMAJU\nNOMOR     TAHUN 2025\nTENTANG\nPUSAT DATA\nDitetapkan di Sukamaju\npada tanggal 3 Maret 2025\nBUPATI SUKAMAJU,', date: '2025-03-03', enacted: true },
    { text: 'PERATURAN BUPATI SUKAMAJU\nNOMOR     TAHUN 2025\nTENTANG\nPUSAT DATA\nDitetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,\nttd', date: null, enacted: true },
    // "NOMOR" on its own line, the number below it (OCR of a heading), is no blank number.
    { text: 'PERATURAN BUPATI SUKAMAJU\nNOMOR\n12 TAHUN 2024\nTENTANG\nPUSAT DATA\nDitetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,', date: null, enacted: true },
    { text: 'Ditetapkan di Sukamaju pada tgl. 2 Januari 2O2 5', date: '2025-01-02', enacted: true },
    { text: 'LAPORAN GANGGUAN\nSukamaju, tgl. 7 Juli 2025\nKepala Bidang', date: '2025-07-07', enacted: false },
    { text: 'BERITA ACARA\nPada hari ini Jumat tanggal 1 5 Agustus 2 0 2 5 telah dilaksanakan uji.', date: '2025-08-15', enacted: false },
    // Digits apart elsewhere are no date ("Nomor 1 2 3"), and a day is never joined across a full stop.
    { text: 'Lampiran 1 2 3 4\nTabel 5 6 7', date: null, enacted: false },
    { text: 'Satu Data Indonesia\nsatu dua tiga', date: null, enacted: false },
    // A report signed with the month only counts from the first of that month; a year alone is no date.
    { text: 'LAPORAN HASIL EVALUASI LAYANAN SIMPEG\nSukamaju, Oktober 2024\nKepala Badan', date: '2024-10-01', enacted: false },
    { text: 'LAPORAN EVALUASI LAYANAN SIMPEG TAHUN 2024\nIsi laporan.', date: null, enacted: false },
  ])('$date from "$text"', ({ text, date, enacted }) => {
    const c = classify(text);
    expect(c.date).toBe(date);
    expect(c.enacted).toBe(enacted);
  });

  it('a draft is never enacted even when it carries a penetapan block', () => {
    const c = classify(`RANCANGAN\n${PERBUP_SPBE}`);
    expect(c.date).toBe('2024-03-12');
    expect(c.enacted).toBe(false);
  });
});

describe('a heading flattened into one line by OCR', () => {
  const FLAT =
    'PERATURAN BUPATI SUKAMAJU NOMOR 5 TAHUN 2024 TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI SUKAMAJU, Menimbang : bahwa untuk melaksanakan Pasal 61 Peraturan Presiden Nomor 95 Tahun 2018 perlu menetapkan Peraturan Bupati;\n' +
    'Pasal 1 Arsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE dan layanan SPBE.\n' +
    'Ditetapkan di Sukamaju pada tanggal 2 Mei 2024';

  it('is still a regulation of ours, dated, about its subject', () => {
    const c = classify(FLAT);
    expect(c.kind).toBe('peraturan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(c.date).toBe('2024-05-02');
    expect(accepted(c)).toEqual([1]);
  });

  it('the same heading wrapped at the page width (a scan or print of such a text) is still read as one', () => {
    const [head = '', ...rest] = FLAT.split('\n');
    const words = head.split(' ');
    const wrapped = Array.from({ length: Math.ceil(words.length / 9) }, (_, i) => words.slice(i * 9, i * 9 + 9).join(' ')).join('\n');
    const c = classify([wrapped, ...rest].join('\n'));
    expect(wrapped.split('\n').length).toBeGreaterThan(3);
    expect(c.kind).toBe('peraturan');
    expect(c.date).toBe('2024-05-02');
    expect(accepted(c)).toEqual([1]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ place: 'tentang' });
  });

  it('a speck a phone photo read above the wrapped heading ("i") does not hide it', () => {
    const photo = [
      'i',
      '',
      'GUBERNUR SELAT GELAM PERATURAN GUBERNUR SELAT GELAM NOMOR 30 TAHUN',
      '2024 TENTANG PENGELOLAAN KEAMANAN INFORMASI DAN PERSANDIAN DI',
      '',
      'LINGKUNGAN PEMERINTAH PROVINSI SELAT GELAM DENGAN RAHMAT TUHAN YANG',
      '',
      'MAHA ESA GUBERNUR SELAT GELAM, Menimbang : bahwa untuk menjarnin kerahasiaan,',
      '',
      'keutuhan dan ketersediaan inforrnasi dalan peny «lenggaraan pemerintahan berbasis elektronik perlu',
      'pengaturan keamanan informasi:',
      'Pasal 3 Ruang lingkup pengaturan meliputi: a Penetapan ruang lingkup keamanan: b. penetapan',
      'Pertanggung jawab: perencanaan: d. dukungan pengoperasian, evaluasy kinerja: dan 1. perbaikan',
      'berkelanjutan terhadap keamanan informasi',
    ].join('\n');
    const instansi = { nama: 'Pemprov Selat Gelam', jenis: 'provinsi' as const, kota: 'Tanjung Gelam', kop: ['PEMERINTAH PROVINSI SELAT GELAM'] };
    const c = classify(photo, ['Diskominfotik/Regulasi/scan pergub 30.jpg'], 0.5, instansi);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([8]);
  });

  it('a flattened heading whose subject cites another act by number, over its preamble official, still takes its subject from the considerations', () => {
    const text = [
      'BUPATI SUKAMAJU PERATURAN BUPATI SUKAMAJU NOMOR 5 TAHUN 2025 TENTANG PELAKSANAAN PERATURAN PRESIDEN NOMOR 39 TAHUN 2019 BUPATI SUKAMAJU,',
      'Menimbang : a. bahwa dalam rangka mewujudkan data pemerintah daerah yang akurat, mutakhir dan terpadu perlu menetapkan ketentuan penyelenggaraan satu data di daerah;',
      'b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Pelaksanaan Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;',
      'Pasal 3',
      'Penyelenggaraan data di daerah meliputi perencanaan data, pengumpulan data, pemeriksaan data dan penyebarluasan data oleh Walidata.',
      'Ditetapkan di Sukamaju pada tanggal 19 Februari 2025',
    ].join('\n');
    expect(splitFlatHeadings(text.split('\n')).slice(2, 6)).toEqual([
      'NOMOR 5 TAHUN 2025',
      'TENTANG PELAKSANAAN PERATURAN PRESIDEN NOMOR 39 TAHUN 2019',
      'BUPATI SUKAMAJU,',
      text.split('\n')[1],
    ]);
    const c = classify(text);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([3]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ place: 'tentang' });
  });

  it('a heading laid out line by line is left as it is', () => {
    const c = classify('PERATURAN BUPATI SUKAMAJU\nNOMOR 5 TAHUN 2024\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMenimbang : bahwa untuk keterpaduan perlu menetapkan arsitektur;\nDitetapkan di Sukamaju pada tanggal 2 Mei 2024');
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([1]);
  });

  it('a report title and letterhead run together still name the report', () => {
    const text = 'PEMERINTAH KABUPATEN SUKAMAJU DINAS KOMUNIKASI DAN INFORMATIKA LAPORAN HASIL AUDIT KEAMANAN SPBE TAHUN 2025 Dokumen ini memuat hasil audit keamanan aplikasi dan infrastruktur.\nTemuan audit keamanan dan rekomendasi perbaikan.';
    const c = classify(text);
    expect(c.kind).toBe('laporan-audit');
    expect(accepted(c)).toContain(31);
  });
});

describe('a blank cover page', () => {
  it('does not hide the title on the next page', () => {
    const c = classify(`\f${SK_TIM_KOORDINASI}`);
    expect(c.kind).toBe('keputusan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toEqual([10, 19]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ phrase: 'tim koordinasi SPBE', place: 'tentang', pages: [2] });
  });
});

describe('a scan whose cover holds only a stamp, or that lost its heading line', () => {
  it('reads the heading on the page after a "SALINAN" stamp', () => {
    const c = classify(`SALINAN\f${SK_TIM_KOORDINASI}`);
    expect(c.kind).toBe('keputusan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toEqual([10, 19]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ place: 'tentang', pages: [2] });
  });

  it('a one-page text of a few words keeps its title', () => {
    expect(classify('SALINAN').kind).not.toBe('peraturan');
  });

  it('knows a Peraturan without its "PERATURAN BUPATI" line by its frame, and its subject after "TENTANG"', () => {
    const text =
      'NOMOR 5 TAHUN 2024 TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI SUKAMAJU,\n' +
      'Menimbang : bahwa untuk keterpaduan penerapan SPBE perlu menetapkan arsitektur;\n' +
      'Pasal 1 Arsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur.\n' +
      'Ditetapkan di Sukamaju pada tanggal 2 Mei 2024';
    const c = classify(text);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([1]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ place: 'tentang' });
  });

  it('a Keputusan by its decision; a report quoting "Menimbang" stays a report', () => {
    const sk = 'Menimbang : bahwa perlu membentuk tim;\nMEMUTUSKAN:\nKESATU : Membentuk Tim Koordinasi SPBE.';
    expect(classify(sk).kind).toBe('keputusan');
    expect(classify(`LAPORAN KEGIATAN TAHUN 2024\n${sk}`).kind).toBe('laporan');
  });
});

describe('a letterhead or issuer line run into a flattened regulation heading', () => {
  const rest =
    'Menimbang : bahwa untuk keterpaduan penerapan SPBE perlu mengatur manajemen data;\nPasal 1 Manajemen data meliputi arsitektur data, data induk, data referensi dan kualitas data.\nDitetapkan di Sukamaju pada tanggal 4 Juni 2024';
  it.each([
    'BUPATI SUKAMAJU PERATURAN BUPATI SUKAMAJU NOMOR 8 TAHUN 2024 TENTANG MANAJEMEN DATA BUPATI SUKAMAJU,',
    'PEMERINTAH KABUPATEN SUKAMAJU SEKRETARIAT DAERAH PERATURAN BUPATI SUKAMAJU NOMOR 8 TAHUN 2024 TENTANG MANAJEMEN DATA BUPATI SUKAMAJU,',
    'SALINAN BUPATI SUKAMAJU PROVINSI JAWA BARAT PERATURAN BUPATI SUKAMAJU NOMOR 8 TAHUN 2024 TENTANG MANAJEMEN DATA DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI SUKAMAJU,',
  ])('%s … still has its subject in the "tentang" clause', (heading) => {
    const c = classify(`${heading} ${rest}`);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([3]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ phrase: 'manajemen data', place: 'tentang' });
  });

  it('a subject that names another regulation stays one subject', () => {
    const c = classify(`PERATURAN BUPATI SUKAMAJU NOMOR 9 TAHUN 2024 TENTANG PERUBAHAN ATAS PERATURAN BUPATI NOMOR 8 TAHUN 2024 TENTANG MANAJEMEN DATA BUPATI SUKAMAJU, ${rest}`);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([3]);
  });

  it('other kind words: a bare "MEMO", a "BUKU PEDOMAN", an English gap analysis', () => {
    expect(classify('MEMO\nKepada : Kepala Dinas\nPerihal : Register Risiko SPBE\nMohon register risiko SPBE segera dimutakhirkan.').kind).toBe('nota-dinas');
    expect(classify('BUKU PEDOMAN\nMANAJEMEN RISIKO SPBE\nPedoman ini menjadi acuan Perangkat Daerah.').kind).toBe('pedoman');
    expect(classify('ISO/IEC 27001 Gap Analysis\nCurrent state of the information security controls.').kind).toBe('laporan-evaluasi');
  });
});

describe('news printed from a web page or clipped from a paper', () => {
  it.each([
    'Pemkab Sukamaju Gelar Rapat Tim Koordinasi SPBE\nSenin, 3 Maret 2025 | 10:15 WIB\nHumas Setda\nTim Koordinasi SPBE Kabupaten Sukamaju menggelar rapat koordinasi membahas program kerja tahun 2025 yang dipimpin Sekretaris Daerah.',
    'sukamajukab.go.id\nBeranda > Berita > Pemerintahan\nBupati Resmikan Ruang Server Baru Diskominfo\nBupati Sukamaju meresmikan ruang server baru yang akan menampung seluruh aplikasi perangkat daerah dan pusat data daerah.',
    'KLIPING BERITA\nRadar Sukamaju, 4 Maret 2025\nPemkab Perkuat Keamanan Informasi\nPemerintah Kabupaten Sukamaju memperkuat keamanan informasi dengan menerapkan standar ISO 27001 pada pusat data.',
  ])('is a news item and no evidence: %s', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('siaran-pers');
    expect(accepted(c)).toEqual([]);
  });

  it.each([
    'Anggaran TIK Pemkab Sukamaju Naik 20 Persen\nSUKAMAJU Senin (8 9 2025) - Anggaran teknologi informasi Pemerintah Kabupaten Sukamaju naik untuk pembangunan pusat data.',
    'Pemkab Sukamaju Terapkan SRIKANDI di Seluruh Kelurahan\nMulai bulan ini seluruh kelurahan menggunakan aplikasi SRIKANDI untuk surat-menyurat dinas.\nPenulis + Humas Kominfo Editor. Redaksi',
  ])('a printed news item read back by OCR (slashes, bar and colons lost) is still news: %s', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('siaran-pers');
    expect(accepted(c)).toEqual([]);
  });

  it('a photo documentation page under a dated caption is no news item', () => {
    const c = classify('Dokumentasi Rapat Koordinasi Tim SPBE Kabupaten\nSenin, 3 Maret 2025 09.00 WIB\nFoto 1. Pembukaan oleh Sekda\nFoto 2. Paparan program kerja');
    expect(c.kind).not.toBe('siaran-pers');
  });
});

describe('a direction to all units on a management topic that no policy indicator takes', () => {
  it('an own Surat Edaran or Instruksi on risk, asset or knowledge management is evidence for it (level 4: formal strategic direction)', () => {
    const se = 'SURAT EDARAN BUPATI SUKAMAJU\nNOMOR 000.8/12/2025\nTENTANG\nPELAKSANAAN MANAJEMEN PENGETAHUAN SPBE\nSetiap Perangkat Daerah agar mendokumentasikan pengetahuan pengelolaan aplikasi pada repositori pengetahuan daerah.\nDikeluarkan di Sukamaju pada tanggal 3 Februari 2025';
    expect(accepted(classify(se))).toEqual([26]);
    const instruksi = 'INSTRUKSI BUPATI SUKAMAJU\nNOMOR 2 TAHUN 2025\nTENTANG\nMANAJEMEN ASET TIK\nKepada : Kepala Perangkat Daerah\nUntuk : KESATU : mencatat seluruh aset TIK dalam register aset TIK daerah.\nDikeluarkan di Sukamaju pada tanggal 3 Februari 2025';
    expect(accepted(classify(instruksi))).toEqual([24]);
  });
});
