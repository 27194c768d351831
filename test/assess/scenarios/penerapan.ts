/**
 * Level scenarios for governance and management (indicators 11–28), written from their kriteria tingkat: partial
 * coverage written as counts or lists, level 3 criteria that are not "all units", reviews by the unit itself,
 * follow-up documents dated after (or before) the review, undated review notes, and a few English documents.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

const dokumenArsitektur = (year: string, date: string, intro = ''): ScenarioDoc => ({
  path: `BAPPEDA/Dokumen Arsitektur SPBE Kota Tanjung Raya ${year}.pdf`,
  pages: [
    `${KOTA_KOP}\nDOKUMEN ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nKOTA TANJUNG RAYA TAHUN ${year}\n${intro}` +
      'BAB I PENDAHULUAN\nDokumen ini disusun dengan berpedoman pada Arsitektur SPBE Nasional.\n',
    'BAB II REFERENSI ARSITEKTUR\nBAB III DOMAIN ARSITEKTUR\n3.1 Arsitektur Proses Bisnis\n3.2 Arsitektur Data dan Informasi\n3.3 Arsitektur Infrastruktur SPBE\n' +
      '3.4 Arsitektur Aplikasi SPBE\n3.5 Arsitektur Keamanan SPBE\n3.6 Arsitektur Layanan SPBE',
    `Ditetapkan di Tanjung Raya pada tanggal ${date}\nWALI KOTA TANJUNG RAYA\nttd`,
  ],
});

const reviuArsitektur: ScenarioDoc = {
  path: 'BAPPEDA/Berita Acara Reviu Arsitektur SPBE 2024.pdf',
  pages: [
    `${KOTA_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nBERITA ACARA REVIU DAN EVALUASI DOKUMEN ARSITEKTUR SPBE\n` +
      'Pada hari ini Kamis tanggal 7 November 2024 telah dilaksanakan reviu dan evaluasi atas Dokumen Arsitektur SPBE Kota Tanjung Raya Tahun 2022.\n' +
      'Hasil reviu: peta aplikasi belum memuat aplikasi baru; arsitektur layanan perlu disesuaikan dengan Arsitektur SPBE Nasional tahun 2024.\n' +
      'Tanjung Raya, 7 November 2024\nKepala Bappeda',
  ],
};

const laporanPusatData = (scope: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Laporan Pengelolaan Pusat Data Daerah 2025.pdf',
  pages: [
    `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENGELOLAAN LAYANAN PUSAT DATA DAERAH TAHUN 2025\n` +
      `BAB I GAMBARAN UMUM\n${scope}\nBAB II OPERASIONAL\nPemantauan suhu ruang server, pencadangan harian, dan penanganan gangguan dilaksanakan sesuai SOP pengoperasian pusat data.\n` +
      'Sukamaju, 30 Juni 2025\nKepala Dinas Komunikasi dan Informatika',
  ],
});

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: dokumen Arsitektur lengkap, reviu, lalu dokumen pemutakhiran sesudahnya',
    instansi: KOTA,
    indicator: 11,
    range: [5, 5],
    because: 'tingkat 5: dokumen Arsitektur SPBE telah dimutakhirkan sebagai tindak lanjut hasil reviu dan evaluasi',
    docs: [
      dokumenArsitektur('2022', '10 Oktober 2022'),
      reviuArsitektur,
      dokumenArsitektur('2025', '12 Mei 2025', 'PEMUTAKHIRAN BERDASARKAN HASIL REVIU TAHUN 2024\n'),
    ],
  },
  {
    name: 'Kota: dokumen Arsitektur lengkap dan berita acara reviu, tanpa pemutakhiran',
    instansi: KOTA,
    indicator: 11,
    range: [4, 4],
    because: 'tingkat 4: berpedoman pada Arsitektur SPBE Nasional dan direviu; tingkat 5 meminta pemutakhiran dokumen',
    docs: [dokumenArsitektur('2022', '10 Oktober 2022'), reviuArsitektur],
  },
  {
    name: 'Kabupaten: pusat data dipakai 18 dari 32 perangkat daerah',
    indicator: 16,
    range: [2, 2],
    because: 'tingkat 2: Layanan Pusat Data tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah',
    docs: [
      laporanPusatData('Sampai dengan Juni 2025 layanan pusat data daerah telah digunakan oleh 18 dari 32 perangkat daerah untuk menempatkan server aplikasinya.'),
    ],
  },
  {
    name: 'Kabupaten: pusat data dipakai seluruh perangkat daerah dengan SOP, tanpa reviu',
    indicator: 16,
    range: [3, 3],
    because: 'tingkat 3: digunakan seluruh perangkat daerah dan ada prosedur pengoperasian baku; belum direviu',
    docs: [
      laporanPusatData('Layanan pusat data daerah telah digunakan oleh seluruh perangkat daerah (32 dari 32 perangkat daerah) untuk menempatkan server aplikasinya.'),
    ],
  },
  {
    name: 'Provinsi: jaringan intra baru terhubung ke sebagian perangkat daerah',
    instansi: PROV,
    indicator: 17,
    range: [2, 2],
    because: 'tingkat 2: jaringan intra tidak/belum diterapkan di seluruh perangkat daerah',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Jaringan Intra Pemprov 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PENYELENGGARAAN JARINGAN INTRA PEMERINTAH PROVINSI TAHUN 2025\n` +
            'Jaringan intra berbasis fiber optik dan VPN telah menghubungkan 27 dari 41 perangkat daerah. Perangkat daerah lainnya masih menggunakan internet umum dan dijadwalkan terhubung pada tahun 2026.\n' +
            'Kota Makmur, 15 Juli 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Tim Koordinasi melaksanakan seluruh program, belum dikomunikasikan ke perangkat daerah',
    indicator: 19,
    range: [3, 3],
    because: 'tingkat 3: tugas/program kerja telah dilaksanakan seluruhnya; tingkat 4 meminta dikomunikasikan ke semua unit dan direviu',
    docs: [
      {
        path: 'SETDA/Laporan Kegiatan Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN KEGIATAN TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Rencana kerja Tim Koordinasi SPBE tahun 2025 memuat 8 program kerja. Realisasi: 8 dari 8 program kerja telah terlaksana sesuai jadwal.\n' +
            'Sukamaju, 1 Desember 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kota: Tim Koordinasi dievaluasi, program kerja tahun berikutnya diperbaiki sesuai hasil evaluasi',
    instansi: KOTA,
    indicator: 19,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi ditindaklanjuti melalui perbaikan tugas/program kerja Tim Koordinasi',
    docs: [
      {
        path: 'SETDA/Laporan Pelaksanaan Program Tim Koordinasi SPBE 2024.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2024\n` +
            'Seluruh program kerja telah dilaksanakan (10 dari 10 program kerja). Program kerja dikoordinasikan kepada seluruh perangkat daerah melalui rapat koordinasi SPBE setiap triwulan.\n' +
            'Tanjung Raya, 20 Desember 2024\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        ],
      },
      {
        path: 'SETDA/Notulen Evaluasi Tim Koordinasi SPBE Januari 2025.pdf',
        pages: [
          `${KOTA_KOP}\nNOTULEN RAPAT EVALUASI PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE\nHari/tanggal: Rabu, 15 Januari 2025\n` +
            'Hasil evaluasi: program pendampingan aplikasi perlu diperluas; jadwal rapat koordinasi perlu dipercepat.\nNotulis: Kasubbag Program',
        ],
      },
      {
        path: 'SETDA/Program Kerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nPROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Program kerja ini merupakan perbaikan berdasarkan hasil evaluasi pelaksanaan program kerja tahun 2024: pendampingan aplikasi diperluas ke seluruh perangkat daerah dan rapat koordinasi dilaksanakan setiap bulan.\n' +
            'Ditetapkan di Tanjung Raya pada tanggal 3 Februari 2025\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: kolaborasi lewat rapat bersama tanpa tim yang dibentuk formal',
    indicator: 20,
    range: [2, 2],
    because: 'tingkat 2: kolaborasi sesuai perencanaan tetapi tidak dibentuk secara formal',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Kolaborasi Penerapan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN KOLABORASI PENERAPAN SPBE ANTAR PERANGKAT DAERAH TAHUN 2025\n` +
            'Sesuai rencana kegiatan 2025, Diskominfo, Dinas Kesehatan, dan Disdukcapil melaksanakan kegiatan bersama integrasi data kependudukan untuk layanan kesehatan melalui rapat teknis bulanan.\n' +
            'Sukamaju, 12 September 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota (English): risk register documented formally, no guideline referred to',
    instansi: KOTA,
    indicator: 21,
    range: [2, 2],
    because: 'tingkat 2: a directed, planned risk programme without reference to the SPBE risk management guideline',
    docs: [
      {
        path: 'DISKOMINFO/SPBE Risk Register 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nSPBE RISK REGISTER 2025\n` +
            'Risk management programme 2025: identified risks, causes, impact, likelihood, risk level, risk owner and treatment plan for each SPBE service.\n' +
            'Approved in Tanjung Raya on 14 March 2025\nHead of the Communication and Informatics Office\nsigned',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: pengendalian keamanan informasi baru di beberapa perangkat daerah',
    instansi: PROV,
    indicator: 22,
    range: [2, 2],
    because: 'tingkat 2: pengendalian keamanan informasi dilaksanakan pada sebagian unit kerja/perangkat daerah',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Pengendalian Keamanan Informasi 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PENERAPAN PENGENDALIAN KEAMANAN INFORMASI TAHUN 2025\n` +
            'Pengendalian keamanan informasi berbasis risiko SPBE (firewall, antivirus terpusat, pengelolaan hak akses) telah diterapkan pada 6 perangkat daerah percontohan.\n' +
            'Kota Makmur, 22 Agustus 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen keamanan dievaluasi, perbaikan berkelanjutan sesudahnya',
    indicator: 22,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi ditindaklanjuti melalui perbaikan penerapan pengendalian keamanan informasi',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Penerapan Keamanan Informasi 2024.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN KEAMANAN INFORMASI TAHUN 2024\n` +
            'Pengendalian keamanan informasi telah dilaksanakan pada seluruh perangkat daerah berdasarkan penilaian risiko SPBE, sesuai strategi keamanan informasi yang ditetapkan Tim Koordinasi SPBE.\n' +
            'Sukamaju, 16 Desember 2024\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Keamanan Informasi 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI PENGENDALIAN KEAMANAN INFORMASI\n` +
            'Evaluasi pengendalian keamanan informasi tahun 2024 menemukan kata sandi lemah pada 4 aplikasi dan pencadangan yang belum diuji.\nRekomendasi: penerapan autentikasi dua faktor dan uji pemulihan berkala.\n' +
            'Sukamaju, 10 Februari 2025',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Perbaikan Keamanan Informasi 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PERBAIKAN BERKELANJUTAN PENGENDALIAN KEAMANAN INFORMASI\n` +
            'Sebagai tindak lanjut hasil evaluasi bulan Februari 2025, autentikasi dua faktor telah diterapkan pada seluruh aplikasi dan uji pemulihan data dilaksanakan setiap triwulan.\n' +
            'Sukamaju, 1 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: inventaris aset TIK yang terdokumentasi formal',
    indicator: 24,
    range: [2, 2],
    because: 'tingkat 2: kegiatan terarah dan terencana, tanpa pedoman yang mencakup perencanaan, pengadaan, pemanfaatan, dan penghapusan',
    docs: [
      {
        path: 'DISKOMINFO/Daftar Inventaris Aset TIK 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nDAFTAR INVENTARIS ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI TAHUN 2025\n` +
            'No | Nama Aset | Merek | Lokasi | Kondisi\n1 | Server rak | Dell R740 | Ruang server | Baik\n2 | Switch inti | Cisco | Ruang server | Baik\n3 | Laptop | Lenovo | Bidang Aptika | Baik\n' +
            'Ditetapkan di Sukamaju pada tanggal 10 Januari 2025\nKepala Dinas Komunikasi dan Informatika\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kota: kompetensi SDM baru empat dari enam bidang',
    instansi: KOTA,
    indicator: 25,
    range: [2, 2],
    because: 'tingkat 2: kompetensi SDM SPBE tidak/belum terpenuhi seluruhnya di enam bidang',
    docs: [
      {
        path: 'BKPSDM/Laporan Pemenuhan Kompetensi SDM SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025\n` +
            'Sesuai perencanaan kebutuhan SDM SPBE, kompetensi yang telah terpenuhi meliputi bidang aplikasi SPBE, infrastruktur SPBE, keamanan SPBE, dan data dan informasi. ' +
            'Kompetensi bidang proses bisnis pemerintahan dan arsitektur SPBE belum terpenuhi.\nTanjung Raya, 5 November 2025\nKepala BKPSDM',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen layanan hanya helpdesk pengguna',
    indicator: 28,
    range: [2, 2],
    because: 'tingkat 2: belum dilaksanakan pada seluruh proses (Pelayanan Pengguna dan Pengoperasian Layanan SPBE)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Layanan Helpdesk SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN MANAJEMEN LAYANAN SPBE: LAYANAN HELPDESK PENGGUNA TAHUN 2025\n` +
            'Sesuai rencana kerja, helpdesk melayani 412 permintaan pengguna aplikasi dari perangkat daerah melalui telepon dan surel.\n' +
            'Sukamaju, 20 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen pengetahuan dengan aplikasi dan catatan reviu tanpa tanggal',
    indicator: 26,
    range: [3, 3],
    because: 'tingkat 3: pedoman dan aplikasi manajemen pengetahuan; reviu tanpa tanggal belum dihitung, tanpa perbaikan bukan tingkat 5',
    docs: [
      {
        path: 'DISKOMINFO/Pedoman Manajemen Pengetahuan SPBE.pdf',
        pages: [
          `${KAB_KOP}\nPEDOMAN MANAJEMEN PENGETAHUAN SPBE\nKABUPATEN SUKAMAJU\n` +
            'Manajemen pengetahuan SPBE dilaksanakan mengacu pada pedoman ini menggunakan aplikasi manajemen pengetahuan "SIPINTAR" untuk berbagi dokumen, tutorial, dan praktik baik.\n' +
            'Ditetapkan di Sukamaju pada tanggal 2 Juni 2025\nKepala Dinas Komunikasi dan Informatika\nttd',
        ],
      },
      {
        path: 'DISKOMINFO/Catatan Reviu Manajemen Pengetahuan.pdf',
        pages: ['CATATAN HASIL REVIU PENERAPAN MANAJEMEN PENGETAHUAN SPBE\nReviu atas pemanfaatan aplikasi SIPINTAR.\nCatatan: jumlah unggahan artikel dari perangkat daerah masih rendah.'],
      },
    ],
  },
  {
    name: 'Kabupaten: rencana dan anggaran SPBE, sebagian dikonsultasikan ke Diskominfo',
    indicator: 13,
    range: [2, 2],
    because: 'tingkat 2: rencana dan anggaran SPBE tidak seluruhnya dikonsultasikan kepada unit pengelola TIK',
    docs: [
      {
        path: 'BAPPEDA/Rekapitulasi Konsultasi Belanja TIK 2025.pdf',
        pages: [
          `${KAB_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nREKAPITULASI RENCANA KERJA DAN ANGGARAN BELANJA TIK PERANGKAT DAERAH TAHUN 2025\n` +
            'Dari 34 perangkat daerah yang menganggarkan belanja TIK, baru 21 perangkat daerah yang usulannya dikonsultasikan kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis.\n' +
            'Sukamaju, 14 Februari 2025\nKepala Bappeda',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: reviu pelaksanaan Manajemen Perubahan oleh unit yang sama, perbaikan dilakukan sebelum reviu',
    indicator: 27,
    range: [4, 4],
    because: 'tingkat 4: kegiatan manajemen perubahan seluruh perangkat daerah sesuai pedoman dan direviu; perbaikan yang bertanggal sebelum reviu bukan tindak lanjutnya',
    docs: [
      {
        path: 'ORGANISASI/Laporan Manajemen Perubahan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH BAGIAN ORGANISASI\nLAPORAN PELAKSANAAN MANAJEMEN PERUBAHAN SPBE TAHUN 2025\n` +
            'Kegiatan manajemen perubahan (sosialisasi, pendampingan, dan komunikasi perubahan) dilaksanakan oleh seluruh perangkat daerah sesuai pedoman manajemen perubahan SPBE.\n' +
            'Telah dilakukan perbaikan materi sosialisasi aplikasi baru.\nSukamaju, 3 Maret 2025\nKepala Bagian Organisasi',
        ],
      },
      {
        path: 'ORGANISASI/Notulen Reviu Manajemen Perubahan SPBE.pdf',
        pages: [
          `${KAB_KOP}\nNOTULEN RAPAT REVIU PELAKSANAAN MANAJEMEN PERUBAHAN SPBE\nHari/tanggal: Kamis, 11 September 2025\nPimpinan: Kepala Bagian Organisasi\n` +
            'Hasil reviu: partisipasi perangkat daerah pada pendampingan perlu ditingkatkan.\nNotulis: Analis Organisasi',
        ],
      },
    ],
  },
];
