/**
 * Level scenarios for the electronic services (indicators 32–47), written from the service capability criteria:
 * information only (1), interaction (upload, download, search: 2), transaction features shown on a screen or in a
 * manual (3), collaboration with other services (4), improvement after a review (5); Indonesian and English screens.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: tangkapan layar e-Kinerja dengan persetujuan SKP oleh atasan',
    instansi: KOTA,
    indicator: 41,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (mekanisme persetujuan, alur kerja); belum terlihat kolaborasi',
    docs: [
      {
        path: 'BKPSDM/Screenshot e-Kinerja persetujuan SKP.png',
        pages: [
          'e-Kinerja Kota Tanjung Raya\nSasaran Kinerja Pegawai (SKP) Tahun 2025\nNama: Rina Marlina, S.Kom\nStatus SKP: Diajukan - menunggu persetujuan pejabat penilai\n' +
            'Realisasi Triwulan III  |  Penilaian Perilaku Kerja\n[Setujui SKP]  [Kembalikan untuk perbaikan]',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: JDIH dengan pencarian dan unduh produk hukum saja',
    indicator: 44,
    range: [2, 2],
    because: 'tingkat 2: layanan interaksi (pencarian informasi, pengunduhan dokumen); belum transaksi',
    docs: [
      {
        path: 'BAG HUKUM/Tangkapan Layar JDIH Sukamaju.png',
        pages: [
          'JDIH Kabupaten Sukamaju\nJaringan Dokumentasi dan Informasi Hukum\nCari Produk Hukum: [ Peraturan Bupati ] [ Tahun ] [ Cari ]\n' +
            'Peraturan Bupati Nomor 12 Tahun 2024 tentang Arsitektur SPBE   Unduh PDF\nPeraturan Daerah Nomor 3 Tahun 2024 tentang Pajak Daerah   Unduh PDF',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: portal data terbuka dengan unduh dataset dan API ke Portal Satu Data Indonesia',
    instansi: PROV,
    indicator: 43,
    range: [4, 4],
    because: 'tingkat 4: kolaborasi dengan layanan data terbuka lain (Portal Satu Data Indonesia); tingkat 3 otomasi pertukaran data',
    docs: [
      {
        path: 'DISKOMINFOTIK/Manual Portal Satu Data Nusa Makmur.pdf',
        pages: [
          'MANUAL PENGGUNA PORTAL DATA TERBUKA PROVINSI NUSA MAKMUR\n1. Pengguna mencari dan mengunduh dataset dalam format CSV dan JSON.\n' +
            '2. Walidata memverifikasi dan menyetujui dataset yang diunggah produsen data melalui alur kerja elektronik.\n' +
            '3. Metadata dan dataset tersinkronisasi otomatis dengan Portal Satu Data Indonesia melalui API.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: LPSE menampilkan tahapan tender, evaluasi penawaran, dan e-kontrak',
    indicator: 35,
    range: [3, 4],
    because: 'tingkat 3: layanan transaksi pengadaan (alur kerja tender, validasi, persetujuan); SPSE nasional dapat menunjukkan kolaborasi',
    docs: [
      {
        path: 'BAG PBJ/Tangkapan layar SPSE tender.png',
        pages: [
          'SPSE 4.5 - LPSE Kabupaten Sukamaju\nTender: Pembangunan Jaringan Fiber Optik 2025\nTahapan: Evaluasi Penawaran (sedang berjalan)\n' +
            'Upload Dokumen Penawaran  |  Verifikasi Kualifikasi  |  Persetujuan Pokja  |  e-Kontrak\nStatus: Menunggu penetapan pemenang',
        ],
      },
    ],
  },
  {
    name: 'Kota: layanan pengaduan terhubung SP4N-LAPOR, evaluasi, lalu pengembangan versi baru',
    instansi: KOTA,
    indicator: 42,
    range: [5, 5],
    because: 'tingkat 5: perbaikan berdasarkan hasil reviu dan evaluasi, bertanggal sesudahnya',
    docs: [
      {
        path: 'DISKOMINFO/Manual Aplikasi Lapor Walikota.pdf',
        pages: [
          'MANUAL APLIKASI LAPOR WALI KOTA TANJUNG RAYA\nLayanan pengaduan pelayanan publik berbasis elektronik.\n1. Warga mengunggah foto dan uraian aduan.\n' +
            '2. Admin memverifikasi aduan dan mendisposisikan kepada perangkat daerah; status aduan dapat dilacak.\n3. Aduan terintegrasi dengan SP4N-LAPOR! nasional melalui API.',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Layanan Pengaduan 2024.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN EVALUASI LAYANAN PENGADUAN PELAYANAN PUBLIK TAHUN 2024\n` +
            'Evaluasi menunjukkan waktu tindak lanjut aduan rata-rata 9 hari. Rekomendasi: notifikasi otomatis kepada pelapor dan batas waktu penanganan.\nTanjung Raya, 12 Desember 2024',
        ],
      },
      {
        path: 'DISKOMINFO/Release Notes Lapor Walikota v2.pdf',
        pages: [
          'RELEASE NOTES\nLAPOR WALI KOTA TANJUNG RAYA COMPLAINT SERVICE, VERSION 2.0\nRelease date: 14 April 2025\n' +
            'Improvements made following the 2024 service evaluation: automatic notifications to complainants, handling deadlines per agency, and a satisfaction survey after each complaint is closed.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan kepegawaian dengan catatan reviu tanpa tanggal, tanpa perbaikan',
    indicator: 36,
    range: [4, 4],
    because: 'tingkat 4: transaksi dan integrasi dengan SIASN; reviu tanpa tanggal dan tanpa perbaikan bukan tingkat 5',
    docs: [
      {
        path: 'BKPSDM/Manual SIMPEG.pdf',
        pages: [
          'MANUAL PENGGUNA SIMPEG KABUPATEN SUKAMAJU\nLayanan kepegawaian berbasis elektronik\n1. Pegawai mengunggah berkas usulan cuti dan kenaikan pangkat.\n' +
            '2. Usulan diverifikasi dan disetujui atasan melalui alur kerja elektronik.\n3. Data pegawai terintegrasi dengan SIASN BKN melalui web service.',
        ],
      },
      {
        path: 'BKPSDM/Catatan Reviu SIMPEG.pdf',
        pages: ['CATATAN REVIU LAYANAN SIMPEG\nReviu kebutuhan pengguna SIMPEG.\nPerlu dilakukan penyempurnaan tampilan dan laporan.'],
      },
    ],
  },
  {
    name: 'Provinsi (English): budgeting system screen with approval workflow',
    instansi: PROV,
    indicator: 33,
    range: [3, 3],
    because: 'tingkat 3: transaction features (workflow, approval, validation) shown on a screen',
    docs: [
      {
        path: 'BPKAD/Screenshot e-Budgeting approval.png',
        pages: [
          'e-Budgeting Provinsi Nusa Makmur\nBudget proposal RKA-SKPD 2026 - Dinas Pendidikan\nWorkflow: Submitted > Verified by TAPD > Approved\n' +
            'Validation: ceiling check passed\n[Approve]  [Return for revision]',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan keuangan hanya informasi realisasi anggaran',
    indicator: 34,
    range: [1, 1],
    because: 'tingkat 1: hanya layanan informasi; belum ada unggah/unduh atau pencarian',
    docs: [
      {
        path: 'BPKAD/Tangkapan layar portal keuangan.png',
        pages: [
          'Portal Informasi Keuangan Daerah Kabupaten Sukamaju\nLayanan keuangan daerah\nRealisasi APBD Tahun 2025 per 30 September: Pendapatan 71,2%  Belanja 63,5%\nInformasi ini diperbarui setiap bulan oleh BPKAD.',
        ],
      },
    ],
  },
  {
    name: 'Kota: layanan barang milik daerah dengan pengajuan dan persetujuan mutasi barang',
    instansi: KOTA,
    indicator: 38,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (pengajuan, validasi, persetujuan); belum terlihat kolaborasi',
    docs: [
      {
        path: 'BPKAD/Manual SIMBADA.pdf',
        pages: [
          'MANUAL PENGGUNA SIMBADA KOTA TANJUNG RAYA\nLayanan pengelolaan barang milik daerah berbasis elektronik\n1. Pengurus barang mengisi formulir pengajuan mutasi barang dan mengunggah berita acara.\n' +
            '2. Pengguna barang memvalidasi data; pengelola barang memberikan persetujuan mutasi.\n3. Kartu inventaris barang diperbarui otomatis setelah disetujui.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan kearsipan dinamis SRIKANDI, evaluasi dan perbaikan yang bertanggal sebelum evaluasi',
    indicator: 37,
    range: [4, 4],
    because: 'tingkat 4: kolaborasi (SRIKANDI nasional); perbaikan sebelum evaluasi bukan tindak lanjutnya',
    docs: [
      {
        path: 'SETDA/Manual SRIKANDI Sukamaju.pdf',
        pages: [
          'MANUAL PENGGUNAAN SRIKANDI KABUPATEN SUKAMAJU\nLayanan kearsipan dinamis berbasis elektronik\n1. Pembuatan naskah dinas, disposisi, dan tanda tangan elektronik.\n' +
            '2. Naskah dinas terkirim antar instansi melalui SRIKANDI yang terintegrasi dengan ANRI dan instansi pusat.',
        ],
      },
      {
        path: 'SETDA/Laporan Pengembangan SRIKANDI 2024.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PENGEMBANGAN LAYANAN SRIKANDI TAHUN 2024\nTelah dilakukan perbaikan alur persetujuan naskah dinas.\nSukamaju, 5 Maret 2024`,
        ],
      },
      {
        path: 'SETDA/Laporan Evaluasi SRIKANDI 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN EVALUASI PENERAPAN SRIKANDI TAHUN 2025\nEvaluasi penggunaan SRIKANDI oleh perangkat daerah: 92% naskah dinas sudah elektronik.\n` +
            'Rekomendasi: perlu dilakukan perbaikan fitur arsip inaktif.\nSukamaju, 20 Agustus 2025',
        ],
      },
    ],
  },
];
