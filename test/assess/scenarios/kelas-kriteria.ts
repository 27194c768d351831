/**
 * Level scenarios for the failure classes of issue 9 §4, written from the criteria texts (kriteria tingkat, bukti
 * dukung, kriteria pemenuhan) in new wordings: partial counts of units, domains and bidang against a level that asks
 * for all of them; auditors and improvements read from sentences; a review that only recommends; a new release
 * after a review; transaction screens against collaboration; a data portal of infographics only.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

/** A personnel service with transactions and integration with other services (levels 2–4 of indicator 36). */
const simpeg = (kop: string): ScenarioDoc => ({
  path: 'BKPSDM/Manual Pengguna SIMPEG.pdf',
  pages: [
    `${kop}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nMANUAL PENGGUNA SISTEM INFORMASI MANAJEMEN KEPEGAWAIAN (SIMPEG)\n` +
      '1. Pegawai mengunggah dokumen usulan cuti tahunan dan mengunduh Daftar Riwayat Hidup.\n' +
      '2. Atasan langsung memverifikasi dan menyetujui usulan cuti melalui alur kerja elektronik; status pengajuan tampil pada dasbor pegawai.\n' +
      '3. Data pegawai SIMPEG terintegrasi dengan aplikasi e-Kinerja dan aplikasi keuangan daerah melalui web service, serta tersinkronisasi dengan SIASN Badan Kepegawaian Negara.',
  ],
});

const evaluasiSimpeg = (kop: string, place: string, date: string, body: string): ScenarioDoc => ({
  path: 'BKPSDM/Laporan Evaluasi Layanan SIMPEG 2025.pdf',
  pages: [
    `${kop}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN HASIL EVALUASI LAYANAN KEPEGAWAIAN BERBASIS ELEKTRONIK TAHUN 2025\n` +
      `Evaluasi layanan SIMPEG dilaksanakan melalui survei kepuasan pengguna dan uji fungsi aplikasi.\n${body}\n${place}, ${date}\nKepala Badan`,
  ],
});

/** A data-centre regulation for all units, connected to the national data centre (levels 2–3 and the 4 addition of 16). */
const laporanPusatData = (kop: string, place: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Laporan Pemanfaatan Pusat Data 2025.pdf',
  pages: [
    `${kop}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PEMANFAATAN LAYANAN PUSAT DATA TAHUN 2025\n` +
      'Sesuai rencana kerja 2025, layanan pusat data daerah telah digunakan oleh seluruh perangkat daerah untuk penempatan aplikasi dan basis data.\n' +
      'Standar operasional prosedur layanan pusat data telah ditetapkan dan diterapkan.\n' +
      'Pusat data daerah terhubung dengan Pusat Data Nasional untuk layanan pencadangan.\n' +
      `${place}, 10 Maret 2025\nKepala Dinas`,
  ],
});

export const SCENARIOS: LevelScenario[] = [
  // Class 1: partial counts block a level that needs all units, domains or bidang.
  {
    name: 'Provinsi: pengendalian keamanan berbasis risiko, "baru diterapkan di 14 dari 38 perangkat daerah"',
    instansi: PROV,
    indicator: 22,
    range: [2, 2],
    because: 'tingkat 2: pengendalian keamanan pada sebagian perangkat daerah; tingkat 3 meminta seluruh perangkat daerah',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Penerapan Manajemen Keamanan Informasi 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PENERAPAN MANAJEMEN KEAMANAN INFORMASI TAHUN 2025\n` +
            'Manajemen keamanan informasi dilaksanakan sesuai rencana kerja dan berdasarkan penilaian risiko SPBE, dengan sasaran seluruh perangkat daerah.\n' +
            'Sampai akhir tahun 2025 pengendalian keamanan informasi baru diterapkan di 14 dari 38 perangkat daerah.\nKota Makmur, 12 Desember 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pusat data disediakan bagi seluruh OPD, "baru 5 OPD" yang memanfaatkannya',
    indicator: 16,
    range: [2, 2],
    because: 'tingkat 2: layanan pusat data belum digunakan oleh seluruh perangkat daerah',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Layanan Pusat Data Semester I 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN LAYANAN PUSAT DATA SEMESTER I TAHUN 2025\n` +
            'Layanan pusat data daerah disiapkan untuk seluruh OPD sesuai rencana kerja Diskominfo, dilengkapi standar operasional prosedur layanan pusat data.\n' +
            'Hingga Juni 2025 baru 5 OPD yang memanfaatkan layanan colocation dan hosting pusat data.\nSukamaju, 30 Juni 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: jaringan intra untuk semua perangkat daerah, "cakupan 62 persen perangkat daerah"',
    instansi: KOTA,
    indicator: 17,
    range: [2, 2],
    because: 'tingkat 2: jaringan intra belum diterapkan di seluruh perangkat daerah (62 persen)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Capaian Jaringan Intra 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN CAPAIAN JARINGAN INTRA PEMERINTAH KOTA TAHUN 2025\n` +
            'Pembangunan jaringan intra dilaksanakan sesuai rencana kerja untuk menghubungkan semua perangkat daerah.\n' +
            'Capaian tahun 2025: jaringan intra telah menjangkau 62 persen perangkat daerah; sisanya masih menggunakan internet umum.\nTanjung Raya, 5 Desember 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: dokumen Arsitektur SPBE yang baru menyusun "tiga dari enam domain"',
    indicator: 11,
    range: [2, 2],
    because: 'tingkat 3 meminta referensi dan seluruh domain Arsitektur SPBE; tiga dari enam domain belum seluruhnya',
    docs: [
      {
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Kabupaten Sukamaju 2025.pdf',
        pages: [
          `${KAB_KOP}\nDOKUMEN ARSITEKTUR SPBE PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025–2029\n` +
            'Arsitektur SPBE ini terdiri atas referensi arsitektur dan domain arsitektur: proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.\n' +
            'Pada versi ini, tiga dari enam domain telah disusun, yaitu domain proses bisnis, domain layanan, dan domain data dan informasi; domain lainnya disusun pada tahun 2026.\n',
          'Ditetapkan di Sukamaju\npada tanggal 14 Juli 2025\nBUPATI SUKAMAJU,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: kompetensi SDM SPBE terpenuhi pada "empat dari enam bidang"',
    instansi: PROV,
    indicator: 25,
    range: [2, 2],
    because: 'tingkat 3 meminta kompetensi di seluruh bidang (enam bidang); empat dari enam belum seluruhnya',
    docs: [
      {
        path: 'BKD/Laporan Pemenuhan Kompetensi SDM SPBE 2025.pdf',
        pages: [
          `${PROV_KOP}\nBADAN KEPEGAWAIAN DAERAH\nLAPORAN PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025\n` +
            'Pemenuhan kompetensi dilaksanakan sesuai rencana pengembangan kompetensi untuk bidang proses bisnis pemerintahan, arsitektur SPBE, data dan informasi, keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE.\n' +
            'Sampai akhir 2025, kompetensi telah terpenuhi pada empat dari enam bidang; bidang keamanan SPBE dan arsitektur SPBE belum memiliki SDM bersertifikat.\nKota Makmur, 19 Desember 2025\nKepala Badan',
        ],
      },
    ],
  },
  {
    name: 'Kota: rencana dan anggaran SPBE, "sebagian" perangkat daerah mengonsultasikan kepada Diskominfo',
    instansi: KOTA,
    indicator: 13,
    range: [2, 2],
    because: 'tingkat 2: rencana dan anggaran SPBE tidak seluruhnya dikonsultasikan; tingkat 3 meminta seluruhnya',
    docs: [
      {
        path: 'BAPPEDA/Laporan Konsultasi Rencana dan Anggaran SPBE 2026.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nLAPORAN KONSULTASI RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2026\n` +
            'Rencana kerja dan anggaran perangkat daerah yang memuat kegiatan SPBE disusun dalam RKA tahun 2026.\n' +
            'Dari 31 perangkat daerah, sebagian telah mengonsultasikan rencana kegiatan SPBE kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis; 11 perangkat daerah belum berkonsultasi.\n' +
            'Tanjung Raya, 20 Oktober 2025\nKepala Badan',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen perubahan sesuai pedoman, dilaksanakan "di 40% unit kerja terkait"',
    indicator: 27,
    range: [2, 2],
    because: 'tingkat 2: manajemen perubahan belum dilaksanakan oleh seluruh unit kerja terkait; tingkat 3 meminta seluruhnya',
    docs: [
      {
        path: 'BAG ORGANISASI/Laporan Manajemen Perubahan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN MANAJEMEN PERUBAHAN SPBE TAHUN 2025\n` +
            'Manajemen perubahan SPBE dilaksanakan sesuai rencana dan pedoman manajemen perubahan SPBE yang berlaku bagi seluruh unit kerja.\n' +
            'Kegiatan manajemen perubahan telah dilaksanakan di 40% unit kerja terkait; unit kerja lainnya dijadwalkan pada tahun 2026.\nSukamaju, 28 November 2025\nKepala Bagian Organisasi',
        ],
      },
    ],
  },
  // Class 2: auditors and improvements read from sentences.
  {
    name: 'Kota: audit keamanan oleh auditor lembaga sertifikasi bersertifikasi ISO 27001 Lead Auditor',
    instansi: KOTA,
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: auditor keamanan informasi eksternal yang memiliki sertifikasi; belum ada perbaikan sesudah audit (5)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Keamanan SPBE 2025.pdf',
        pages: [
          'PT SINERGI MUTU SERTIFIKASI\nLAPORAN AUDIT KEAMANAN SPBE PEMERINTAH KOTA TANJUNG RAYA TAHUN 2025\n' +
            'Audit keamanan SPBE atas aplikasi dan infrastruktur Pemerintah Kota Tanjung Raya dilaksanakan sesuai rencana audit 2025 dan berpedoman pada SNI ISO/IEC 27001.\n' +
            'Tim audit berasal dari lembaga sertifikasi dan diketuai auditor yang bersertifikasi ISO 27001 Lead Auditor.\n' +
            'Temuan: kebijakan kata sandi belum diterapkan pada seluruh aplikasi.\nBandung, 22 Agustus 2025\nKetua Tim Audit',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit infrastruktur oleh BSSN dengan auditor bersertifikat, lalu laporan perbaikan sesudahnya',
    indicator: 29,
    range: [5, 5],
    because: 'tingkat 5: hasil audit infrastruktur ditindaklanjuti melalui perbaikan penerapan infrastruktur, sesudah audit',
    docs: [
      {
        path: 'DISKOMINFO/LHA Infrastruktur SPBE 2025.pdf',
        pages: [
          'BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL AUDIT INFRASTRUKTUR SPBE PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit infrastruktur SPBE dilaksanakan oleh auditor BSSN yang bersertifikat auditor sistem informasi, berdasarkan pedoman audit infrastruktur SPBE dan rencana audit tahun 2025.\n' +
            'Temuan: segmentasi jaringan pusat data belum diterapkan; pemantauan suhu ruang server belum otomatis.\nJakarta, 10 April 2025\nDirektur',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Perbaikan Infrastruktur Pasca Audit 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PASCA AUDIT INFRASTRUKTUR SPBE TAHUN 2025\n` +
            'Menindaklanjuti laporan hasil audit infrastruktur SPBE oleh BSSN bulan April 2025, Diskominfo telah melaksanakan perbaikan: segmentasi jaringan pusat data diterapkan dan sensor suhu ruang server dipasang.\n' +
            'Sukamaju, 18 September 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): application audit by certified external auditors, remediation report afterwards',
    instansi: PROV,
    indicator: 30,
    range: [5, 5],
    because: 'tingkat 5: audit findings followed up by improvement of the applications after an audit by certified external auditors',
    docs: [
      {
        path: 'DISKOMINFOTIK/Application Audit Report 2025.pdf',
        pages: [
          'NUSANTARA IT ASSURANCE\nSPBE APPLICATION AUDIT REPORT\nPROVINCIAL GOVERNMENT OF NUSA MAKMUR, 2025\n' +
            'The application audit was carried out by an external auditor team whose members hold CISA certifications, following the SPBE application audit guideline and the 2025 audit plan.\n' +
            'Findings: input validation missing in the licensing application; no audit trail in the budgeting application.\nJakarta, 3 March 2025',
        ],
      },
      {
        path: 'DISKOMINFOTIK/Audit Remediation Report 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nAPPLICATION AUDIT REMEDIATION REPORT\n` +
            'Following the audit of March 2025, the findings have been remediated: input validation was added to the licensing application and an audit trail to the budgeting application.\n' +
            'Kota Makmur, 20 August 2025',
        ],
      },
    ],
  },
  // Class 3: a review that only recommends development supports the review level.
  {
    name: 'Kabupaten: pusat data seluruh OPD terhubung PDN, evaluasi yang merekomendasikan pengembangan DRC (belum dilaksanakan)',
    indicator: 16,
    range: [4, 4],
    because: 'tingkat 4: interkoneksi dengan Pusat Data Nasional dan reviu/evaluasi; rekomendasi pengembangan yang belum dilaksanakan bukan perbaikan (5)',
    docs: [
      laporanPusatData(KAB_KOP, 'Sukamaju'),
      {
        path: 'DISKOMINFO/Laporan Evaluasi Layanan Pusat Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI LAYANAN PUSAT DATA TAHUN 2025\n` +
            'Evaluasi penggunaan layanan pusat data dilaksanakan oleh Tim Koordinasi SPBE terhadap ketersediaan, kapasitas, dan kepuasan perangkat daerah.\n' +
            'Hasil evaluasi merekomendasikan pengembangan pusat data cadangan (disaster recovery center) dan penambahan kapasitas penyimpanan. Pengembangan tersebut belum dilaksanakan karena menunggu anggaran tahun 2026.\n' +
            'Sukamaju, 2 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: SIMPEG terintegrasi, evaluasi yang menyarankan pengembangan modul baru tahun depan',
    instansi: KOTA,
    indicator: 36,
    range: [4, 4],
    because: 'tingkat 4: kolaborasi dengan layanan lain; evaluasi dengan saran pengembangan yang belum dilakukan bukan perbaikan (5)',
    docs: [
      simpeg(KOTA_KOP),
      evaluasiSimpeg(
        KOTA_KOP,
        'Tanjung Raya',
        '8 Agustus 2025',
        'Kesimpulan: layanan berjalan baik. Disarankan pengembangan modul kenaikan pangkat otomatis dan aplikasi seluler pada tahun 2026.',
      ),
    ],
  },
  // Class 4: a new release dated after the review is an improvement.
  {
    name: 'Kabupaten: SIMPEG terintegrasi, evaluasi, lalu rilis versi baru sesudahnya',
    indicator: 36,
    range: [5, 5],
    because: 'tingkat 5: layanan kepegawaian telah dilakukan perbaikan berdasarkan hasil evaluasi (versi baru sesudah evaluasi)',
    docs: [
      simpeg(KAB_KOP),
      evaluasiSimpeg(KAB_KOP, 'Sukamaju', '5 Mei 2025', 'Hasil evaluasi: proses persetujuan cuti lambat. Rekomendasi: notifikasi otomatis kepada atasan.'),
      {
        path: 'BKPSDM/Rilis SIMPEG versi 4.0.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nPENGUMUMAN RILIS SIMPEG VERSI 4.0\n` +
            'SIMPEG versi 4.0 dirilis pada 1 Oktober 2025 dengan fitur baru notifikasi otomatis kepada atasan dan persetujuan cuti melalui aplikasi seluler.\n' +
            'Sukamaju, 1 Oktober 2025\nKepala Badan',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: JDIH terhubung JDIHN, evaluasi, lalu peluncuran versi baru sesudahnya',
    instansi: PROV,
    indicator: 44,
    range: [5, 5],
    because: 'tingkat 5: layanan JDIH diperbaiki sesudah evaluasi (versi baru); tingkat 4 oleh integrasi dengan JDIH Nasional',
    docs: [
      {
        path: 'BIRO HUKUM/Manual JDIH Provinsi.pdf',
        pages: [
          `${PROV_KOP}\nBIRO HUKUM SEKRETARIAT DAERAH\nMANUAL PENGGUNA JARINGAN DOKUMENTASI DAN INFORMASI HUKUM (JDIH)\n` +
            '1. Pengguna mencari dan mengunduh produk hukum daerah.\n2. Pengelola mengunggah produk hukum; kepala biro memvalidasi dan menyetujui publikasinya melalui alur kerja.\n' +
            '3. Metadata produk hukum terintegrasi dengan JDIH Nasional (JDIHN) melalui API.',
        ],
      },
      {
        path: 'BIRO HUKUM/Laporan Evaluasi JDIH 2025.pdf',
        pages: [
          `${PROV_KOP}\nBIRO HUKUM SEKRETARIAT DAERAH\nLAPORAN HASIL EVALUASI LAYANAN JDIH TAHUN 2025\n` +
            'Evaluasi layanan JDIH dilaksanakan melalui survei pengguna. Hasil: pencarian pasal belum tersedia.\nRekomendasi: pencarian berdasarkan pasal.\nKota Makmur, 3 Februari 2025\nKepala Biro Hukum',
        ],
      },
      {
        path: 'BIRO HUKUM/Peluncuran JDIH Versi Baru.pdf',
        pages: [
          `${PROV_KOP}\nBIRO HUKUM SEKRETARIAT DAERAH\nLAPORAN PELUNCURAN JDIH VERSI BARU\n` +
            'JDIH Provinsi Nusa Makmur versi baru diluncurkan dengan fitur pencarian berdasarkan pasal dan tampilan ramah seluler.\nKota Makmur, 14 Juli 2025\nKepala Biro Hukum',
        ],
      },
    ],
  },
  // Class 5: transaction screens prove 3; 4 needs integration.
  {
    name: 'Kabupaten: tangkapan layar e-Kinerja dengan persetujuan atasan dan tanda tangan elektronik',
    indicator: 41,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (mekanisme persetujuan); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'BKPSDM/Tangkapan layar e-Kinerja penilaian SKP.png',
        pages: [
          'e-Kinerja Kabupaten Sukamaju\nBeranda | SKP | Realisasi | Penilaian | Data Pegawai\nSKP Tahun 2025 — Andi Pratama, S.Kom (Pranata Komputer Ahli Muda)\n' +
            'Status: Diajukan ke atasan — menunggu persetujuan\nCatatan atasan: lengkapi bukti realisasi triwulan III\n[Setujui] [Kembalikan] [Tanda tangan elektronik]',
        ],
      },
    ],
  },
  {
    name: 'Kota: e-Office dengan disposisi dan TTE, terintegrasi dengan SRIKANDI dan e-Kinerja',
    instansi: KOTA,
    indicator: 37,
    range: [4, 4],
    because: 'tingkat 4: layanan kearsipan berkolaborasi dengan layanan lain (SRIKANDI, e-Kinerja); belum ada perbaikan sesudah reviu (5)',
    docs: [
      {
        path: 'SETDA/Tangkapan layar e-Office disposisi.png',
        pages: [
          'e-Office Pemerintah Kota Tanjung Raya\nKotak Masuk | Disposisi | Arsip\nDisposisi kepada: Kepala Bagian Umum — "Segera proses"\n' +
            'Status: Menunggu persetujuan\n[Setujui dan Tandatangani secara elektronik]',
        ],
      },
      {
        path: 'SETDA/Dokumentasi Integrasi e-Office.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nDOKUMENTASI INTEGRASI APLIKASI E-OFFICE\n` +
            'Aplikasi e-Office terintegrasi dengan SRIKANDI ANRI melalui API untuk pengiriman naskah dinas antarinstansi, dan dengan e-Kinerja untuk pencatatan aktivitas pegawai.\n' +
            'Tanjung Raya, 2 Juni 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  // Class 6: a data portal of infographics only is level 1 for open data.
  {
    name: 'Kota: portal Satu Data yang hanya menayangkan infografis dan visualisasi, tanpa dataset',
    instansi: KOTA,
    indicator: 43,
    range: [1, 1],
    because: 'tingkat 1: hanya layanan informasi (infografis, visualisasi); tingkat 2 meminta interaksi data terbuka seperti mengunduh dataset',
    docs: [
      {
        path: 'DISKOMINFO/Tangkapan layar portal Satu Data.png',
        pages: [
          'Satu Data Kota Tanjung Raya\nBeranda | Infografis | Visualisasi | Tentang\nInfografis Jumlah Penduduk 2025\nVisualisasi Angka Kemiskinan per Kecamatan\n' +
            'Grafik Indeks Pembangunan Manusia 2020–2025\nCari infografis: [           ]  Unduh gambar infografis (PNG)',
        ],
      },
    ],
  },
  // More partial counts against a level that asks for all units.
  {
    name: 'Kabupaten: seluruh program Tim Koordinasi terlaksana, dievaluasi, rakor "dihadiri 18 dari 32 perangkat daerah"',
    indicator: 19,
    range: [3, 3],
    because: 'tingkat 4 meminta program kerja dikomunikasikan/dikoordinasikan kepada seluruh perangkat daerah; 18 dari 32 belum seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, seluruh program kerja telah dilaksanakan pada tahun 2025.\n' +
            'Program kerja dikoordinasikan dalam rapat koordinasi SPBE yang dihadiri 18 dari 32 perangkat daerah.\nSukamaju, 5 Desember 2025\nSekretaris Daerah',
        ],
      },
      {
        path: 'SETDA/Laporan Evaluasi Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN HASIL EVALUASI PELAKSANAAN TUGAS TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Evaluasi pelaksanaan tugas Tim Koordinasi SPBE dilaksanakan oleh Inspektorat terhadap capaian program kerja.\nHasil: program kerja tercapai sesuai rencana.\nSukamaju, 15 Desember 2025\nInspektur',
        ],
      },
    ],
  },
  {
    name: 'Kota: manajemen pengetahuan sesuai pedoman dengan aplikasi KM, "baru 12 dari 30 perangkat daerah" memakainya, dievaluasi',
    instansi: KOTA,
    indicator: 26,
    range: [3, 3],
    because: 'tingkat 4 meminta semua perangkat daerah menerapkan manajemen pengetahuan dengan aplikasi yang terintegrasi; 12 dari 30 belum semua',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Pengetahuan SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN PENGETAHUAN SPBE TAHUN 2025\n` +
            'Manajemen pengetahuan SPBE dilaksanakan sesuai rencana dan mengacu pada pedoman manajemen pengetahuan yang ditetapkan Wali Kota, untuk seluruh perangkat daerah.\n' +
            'Pengetahuan didokumentasikan melalui aplikasi manajemen pengetahuan "Lumbung Ilmu". Sampai akhir 2025 aplikasi tersebut baru dipakai oleh 12 dari 30 perangkat daerah.\n' +
            'Tanjung Raya, 1 Desember 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Manajemen Pengetahuan 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI PENERAPAN MANAJEMEN PENGETAHUAN SPBE 2025\n` +
            'Evaluasi penerapan manajemen pengetahuan dilaksanakan terhadap jumlah dokumen pengetahuan dan pemanfaatannya.\nHasil: pemanfaatan aplikasi masih rendah.\nTanjung Raya, 12 Desember 2025\nKepala Dinas',
        ],
      },
    ],
  },
  // More auditors read from sentences.
  {
    name: 'Provinsi: laporan Diskominfotik tentang audit keamanan oleh tim BSSN yang seluruh auditornya bersertifikat',
    instansi: PROV,
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: audit oleh auditor eksternal (BSSN) yang memiliki sertifikasi auditor keamanan informasi',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Pelaksanaan Audit Keamanan SPBE 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PELAKSANAAN AUDIT KEAMANAN SPBE TAHUN 2025\n` +
            'Sesuai rencana audit TIK tahun 2025, audit keamanan SPBE atas pusat data dan aplikasi layanan publik dilaksanakan oleh tim Badan Siber dan Sandi Negara ' +
            'berdasarkan Peraturan BSSN tentang audit keamanan SPBE. Seluruh auditor dalam tim tersebut bersertifikat auditor keamanan informasi.\n' +
            'Kota Makmur, 30 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  // More reviews that only recommend.
  {
    name: 'Kota: layanan pengaduan terhubung SP4N-LAPOR, evaluasi yang "merekomendasikan penyempurnaan" fitur',
    instansi: KOTA,
    indicator: 42,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan yang telah dilakukan sesudah evaluasi; rekomendasi penyempurnaan belum merupakan perbaikan',
    docs: [
      {
        path: 'BAG ORGANISASI/Manual Aplikasi Pengaduan.pdf',
        pages: [
          `${KOTA_KOP}\nMANUAL APLIKASI PENGADUAN MASYARAKAT KOTA TANJUNG RAYA\n1. Warga mengunggah aduan beserta foto.\n2. Admin memverifikasi aduan dan mendisposisikannya ke perangkat daerah; pelapor menerima notifikasi status.\n` +
            '3. Aduan tersinkronisasi dengan SP4N-LAPOR melalui API.',
        ],
      },
      {
        path: 'BAG ORGANISASI/Laporan Evaluasi Layanan Pengaduan 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN HASIL EVALUASI LAYANAN PENGADUAN BERBASIS ELEKTRONIK TAHUN 2025\n` +
            'Evaluasi dilaksanakan terhadap waktu tindak lanjut aduan dan kepuasan pelapor. Tim evaluasi merekomendasikan penyempurnaan fitur pelacakan aduan dan pemutakhiran daftar kategori aduan.\n' +
            'Tanjung Raya, 9 September 2025\nAsisten Administrasi Umum',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pembangunan aplikasi terpadu, evaluasi yang mengusulkan pengembangan yang belum direncanakan',
    indicator: 15,
    range: [4, 4],
    because: 'tingkat 4: pembangunan aplikasi terpadu dan dikendalikan Diskominfo, dievaluasi; usulan pengembangan yang belum dilakukan bukan tingkat 5, dan bukan tingkat 1',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Pembangunan Aplikasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PEMBANGUNAN APLIKASI SPBE TAHUN 2025\n` +
            'Pembangunan aplikasi dilaksanakan sesuai rencana dan siklus pembangunan aplikasi: analisis kebutuhan, perancangan aplikasi, pengujian aplikasi (UAT), dan implementasi.\n' +
            'Setiap usulan aplikasi perangkat daerah dikonsultasikan kepada Diskominfo dan memperoleh rekomendasi teknis; pembangunan aplikasi terpadu dan dikendalikan oleh Diskominfo.\n' +
            'Sukamaju, 4 Agustus 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Pembangunan Aplikasi 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI PEMBANGUNAN DAN PENGGUNAAN APLIKASI SPBE TAHUN 2025\n` +
            'Evaluasi pembangunan aplikasi SPBE dilaksanakan terhadap 14 aplikasi perangkat daerah sesuai siklus pembangunan aplikasi. Tim mengusulkan pengembangan aplikasi seluler untuk layanan perizinan; pengembangan tersebut belum direncanakan dan belum dilaksanakan.\n' +
            'Sukamaju, 20 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
];
