/**
 * Level scenarios for level 3 read from each indicator's own level-3 criterion, not from a generic "covers all
 * units": a document that says "seluruh perangkat daerah" but lacks what the indicator's level 3 names stays at 2,
 * and one that shows what it names reaches 3 without saying "seluruh".
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kabupaten: dokumen proses bisnis formal untuk seluruh perangkat daerah, tanpa perbaikan/inovasi',
    indicator: 14,
    range: [2, 2],
    because: 'tingkat 3: proses bisnis "telah dilakukan perbaikan sebagai bentuk inovasi"; cakupan seluruh perangkat daerah bukan kriterianya',
    docs: [
      {
        path: 'BAG ORGANISASI/Dokumen Proses Bisnis Pemkab Sukamaju 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nDOKUMEN PETA PROSES BISNIS PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n` +
            'Peta proses bisnis disusun sesuai rencana kerja Bagian Organisasi dan memenuhi standar penyusunan peta proses bisnis, mencakup seluruh perangkat daerah.\n' +
            'Ditetapkan di Sukamaju pada tanggal 4 Maret 2025\nSekretaris Daerah\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kota: proses bisnis perizinan disederhanakan dari sembilan menjadi empat langkah',
    instansi: KOTA,
    indicator: 14,
    range: [3, 3],
    because: 'tingkat 3: perbaikan proses bisnis sebagai inovasi agar lebih efisien; belum diterapkan ke sistem elektronik (4)',
    docs: [
      {
        path: 'BAG ORGANISASI/Laporan Penyederhanaan Proses Bisnis Perizinan 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PERBAIKAN PROSES BISNIS PELAYANAN PERIZINAN TAHUN 2025\n` +
            'Peta proses bisnis pelayanan perizinan disusun sesuai standar penyusunan proses bisnis.\n' +
            'Sebagai inovasi, proses bisnis perizinan disederhanakan dari sembilan langkah menjadi empat langkah sehingga waktu layanan lebih efisien.\n' +
            'Tanjung Raya, 9 Juni 2025\nKepala Bagian Organisasi',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: pembangunan aplikasi sesuai siklus dan dikonsultasikan kepada Diskominfotik',
    instansi: PROV,
    indicator: 15,
    range: [3, 3],
    because: 'tingkat 3: pembangunan aplikasi "telah dikonsultasikan kepada unit … pengelolaan TIK"; tidak disebut seluruh perangkat daerah',
    docs: [
      {
        path: 'DINKES/Laporan Pembangunan Aplikasi Sistem Informasi Puskesmas 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KESEHATAN\nLAPORAN PEMBANGUNAN APLIKASI SISTEM INFORMASI KESEHATAN DAERAH TAHUN 2025\n` +
            'Pembangunan aplikasi dilaksanakan sesuai rencana melalui tahapan analisis kebutuhan, perancangan aplikasi, pengujian aplikasi (UAT), dan implementasi.\n' +
            'Rancangan aplikasi telah dikonsultasikan kepada Dinas Komunikasi, Informatika dan Statistik dan memperoleh rekomendasi teknis.\nKota Makmur, 14 Oktober 2025\nKepala Dinas Kesehatan',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen aset TIK di seluruh perangkat daerah tanpa pedoman',
    indicator: 24,
    range: [2, 2],
    because: 'tingkat 3: mengacu pada pedoman Manajemen Aset TIK yang mencakup perencanaan, pengadaan, pemanfaatan, penghapusan; cakupan saja tidak cukup',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Aset TIK 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN MANAJEMEN ASET TIK TAHUN 2025\n` +
            'Sesuai program kerja 2025, pendataan aset TIK dilaksanakan di seluruh perangkat daerah: 1.240 komputer, 86 server, dan 312 perangkat jaringan.\n' +
            'Sukamaju, 29 Agustus 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: manajemen aset TIK mengacu pada pedoman yang mencakup seluruh prosesnya',
    instansi: KOTA,
    indicator: 24,
    range: [3, 3],
    because: 'tingkat 3: pedoman Manajemen Aset TIK yang mencakup perencanaan, pengadaan, pemanfaatan/penggunaan, dan penghapusan',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Penerapan Manajemen Aset TIK 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN ASET TIK TAHUN 2025\n` +
            'Manajemen aset TIK dilaksanakan sesuai rencana kerja dan mengacu pada pedoman manajemen aset TIK Pemerintah Kota Tanjung Raya, ' +
            'meliputi perencanaan kebutuhan, pengadaan, pemanfaatan, dan penghapusan aset TIK.\nTanjung Raya, 2 September 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: kompetensi SDM SPBE terpenuhi di keenam bidang',
    instansi: PROV,
    indicator: 25,
    range: [3, 3],
    because: 'tingkat 3: kompetensi terpenuhi seluruhnya (proses bisnis, arsitektur SPBE, data dan informasi, keamanan, aplikasi, infrastruktur)',
    docs: [
      {
        path: 'BKD/Laporan Pemenuhan Kompetensi SDM SPBE 2025.pdf',
        pages: [
          `${PROV_KOP}\nBADAN KEPEGAWAIAN DAERAH\nLAPORAN PEMENUHAN KOMPETENSI SDM SPBE TAHUN 2025\n` +
            'Pemenuhan kompetensi dilaksanakan sesuai perencanaan SDM. Kompetensi telah terpenuhi di bidang proses bisnis pemerintahan, arsitektur SPBE, ' +
            'data dan informasi, keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE.\nKota Makmur, 20 November 2025\nKepala Badan',
        ],
      },
    ],
  },
  {
    name: 'Kota: manajemen layanan pada pelayanan pengguna dan pengoperasian layanan',
    instansi: KOTA,
    indicator: 28,
    range: [3, 3],
    because: 'tingkat 3: seluruh proses (Pelayanan Pengguna dan Pengoperasian Layanan SPBE); belum dengan aplikasi manajemen layanan (4)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Layanan SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN MANAJEMEN LAYANAN SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, manajemen layanan SPBE dilaksanakan pada pelayanan pengguna SPBE (penanganan permintaan dan keluhan pengguna) ' +
            'dan pengoperasian layanan SPBE (pemantauan, pemeliharaan layanan, dan pengelolaan insiden).\nTanjung Raya, 17 Juli 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen pengetahuan untuk seluruh perangkat daerah tanpa pedoman dan aplikasi',
    indicator: 26,
    range: [2, 2],
    because: 'tingkat 3: pedoman manajemen pengetahuan dan sistem aplikasi manajemen pengetahuan; cakupan seluruh perangkat daerah saja tidak cukup',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Pengetahuan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN KEGIATAN MANAJEMEN PENGETAHUAN SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, kegiatan berbagi pengetahuan SPBE dilaksanakan bagi seluruh perangkat daerah melalui forum diskusi bulanan dan bahan paparan.\n' +
            'Sukamaju, 18 Juni 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: Keputusan Wali Kota pembentukan tim kolaborasi SPBE untuk sebagian perangkat daerah',
    instansi: KOTA,
    indicator: 20,
    range: [3, 3],
    because: 'tingkat 3: kolaborasi oleh tim yang dibentuk secara formal; kondisi tingkat 3 memang belum seluruh perangkat daerah',
    docs: [
      {
        path: 'SETDA/Keputusan Wali Kota Tim Kolaborasi SPBE.pdf',
        pages: [
          `${KOTA_KOP}\nKEPUTUSAN WALI KOTA TANJUNG RAYA\nNOMOR 188.45/212/2025\nTENTANG\nPEMBENTUKAN TIM KOLABORASI PENERAPAN SPBE\n` +
            'KESATU: Membentuk Tim Kolaborasi Penerapan SPBE beranggotakan Dinas Komunikasi dan Informatika, Bappeda, BPKAD, dan Dinas Penanaman Modal dan PTSP.\n' +
            'KEDUA: Tim bertugas melaksanakan kegiatan bersama integrasi layanan perizinan dan keuangan sesuai rencana kerja 2025.\n' +
            'Ditetapkan di Tanjung Raya\npada tanggal 13 Januari 2025\nWALI KOTA TANJUNG RAYA,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Tim Koordinasi, "semua program kerja (12 program) telah terlaksana"',
    indicator: 19,
    range: [3, 3],
    because: 'tingkat 3: tugas/program kerja "telah dilaksanakan seluruhnya"; belum dikomunikasikan ke semua perangkat daerah (4)',
    docs: [
      {
        path: 'SETDA/Laporan Akhir Program Kerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN AKHIR PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Program kerja Tim Koordinasi SPBE disusun sesuai rencana kerja tahun 2025.\nSemua program kerja (12 program) telah terlaksana sampai dengan bulan November 2025.\n' +
            'Sukamaju, 5 Desember 2025\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Tim Koordinasi, "12 dari 12 program kerja" dilaksanakan',
    instansi: PROV,
    indicator: 19,
    range: [3, 3],
    because: 'tingkat 3: program kerja dilaksanakan seluruhnya (12 dari 12)',
    docs: [
      {
        path: 'SETDA/Laporan Tim Koordinasi SPBE Provinsi 2025.pdf',
        pages: [
          `${PROV_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, 12 dari 12 program kerja Tim Koordinasi SPBE telah dilaksanakan pada tahun 2025.\nKota Makmur, 10 Desember 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit keamanan internal yang berpedoman pada SNI ISO/IEC 27001:2013',
    instansi: KOTA,
    indicator: 31,
    range: [3, 3],
    because: 'tingkat 3: audit keamanan sesuai pedoman Audit Keamanan, oleh auditor internal',
    docs: [
      {
        path: 'INSPEKTORAT/Laporan Audit Keamanan Informasi Internal 2025.pdf',
        pages: [
          `${KOTA_KOP}\nINSPEKTORAT\nLAPORAN AUDIT KEAMANAN SPBE TAHUN 2025\n` +
            'Sesuai program kerja pengawasan 2025, tim auditor internal Inspektorat melaksanakan audit keamanan SPBE yang berpedoman pada SNI ISO/IEC 27001:2013.\n' +
            'Tanjung Raya, 24 Oktober 2025\nInspektur',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen pengetahuan berdasarkan pedoman, dengan aplikasi manajemen pengetahuan',
    indicator: 26,
    range: [3, 3],
    because: 'tingkat 3: mengacu pada pedoman dan memakai sistem aplikasi manajemen pengetahuan; tidak disebut semua perangkat daerah (4)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Penerapan Manajemen Pengetahuan 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN PENGETAHUAN SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, manajemen pengetahuan SPBE dilaksanakan berdasarkan Pedoman Manajemen Pengetahuan SPBE yang ditetapkan Kepala Dinas, ' +
            'dengan menggunakan aplikasi manajemen pengetahuan "Sukamaju Pintar" untuk menyimpan dan berbagi dokumen pengetahuan.\nSukamaju, 19 September 2025\nKepala Dinas',
        ],
      },
    ],
  },
];
