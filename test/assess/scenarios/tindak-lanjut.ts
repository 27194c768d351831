/**
 * Level scenarios for level 5, from the criteria's "ditindaklanjuti melalui perbaikan …", "dilakukan perbaikan
 * berdasarkan hasil reviu dan evaluasi" and "kebijakan baru": an improvement carried out after the review (a revised
 * or new policy enacted, an updated system, a follow-up report) is level 5; a review, its recommendations or a plan
 * to follow it up is not.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

const simbada = (instansi: string): ScenarioDoc => ({
  path: 'BPKAD/Manual SIMBADA.pdf',
  pages: [
    `MANUAL PENGGUNA SIMBADA ${instansi}\nLayanan barang milik daerah berbasis elektronik\n1. Pengurus barang mengajukan usulan mutasi dan mengunggah berita acara.\n` +
      '2. Pengelola barang memvalidasi dan menyetujui usulan melalui alur kerja elektronik.\n3. Data aset terintegrasi dengan aplikasi keuangan daerah melalui web service.',
  ],
});

const evaluasiSimbada = (kop: string, place: string, date: string, recommendation: string): ScenarioDoc => ({
  path: 'BPKAD/Laporan Evaluasi SIMBADA 2025.pdf',
  pages: [
    `${kop}\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\nLAPORAN HASIL EVALUASI LAYANAN SIMBADA TAHUN 2025\n` +
      'Evaluasi layanan barang milik daerah berbasis elektronik dilaksanakan melalui survei pengguna dan uji fungsi.\n' +
      `Hasil evaluasi: pencarian aset lambat; laporan kartu inventaris belum sesuai format terbaru.\nRekomendasi:\n${recommendation}\n${place}, ${date}\nKepala Badan`,
  ],
});

const perbupPusatData = (kop: string, region: string, head: string, number: string, date: string, title = 'PENYELENGGARAAN LAYANAN PUSAT DATA', extra = ''): ScenarioDoc => ({
  path: `SETDA/Peraturan ${number} Layanan Pusat Data.pdf`,
  pages: [
    `${kop}\nPERATURAN ${head}\nNOMOR ${number}\nTENTANG\n${title}\n${extra}` +
      `Pasal 2\nLayanan pusat data digunakan oleh seluruh perangkat daerah di lingkungan Pemerintah ${region}.\n` +
      'Pasal 3\nPusat data daerah terhubung dengan Pusat Data Nasional dan menggunakan layanan Pusat Data Nasional.\n',
    `Ditetapkan di ${region.split(' ').slice(1).join(' ')}\npada tanggal ${date}\n${head},\nttd`,
  ],
});

const evaluasiPusatData = (kop: string, place: string, date: string, body: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Laporan Reviu Kebijakan Pusat Data 2025.pdf',
  pages: [
    `${kop}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL REVIU DAN EVALUASI KEBIJAKAN INTERNAL LAYANAN PUSAT DATA\n` +
      `Reviu atas peraturan tentang penyelenggaraan layanan pusat data dilaksanakan oleh Tim Koordinasi SPBE.\n${body}\n${place}, ${date}\nKepala Dinas`,
  ],
});

/** The service-management report both indicator-28 scenarios start from (one followed up, one only recommended). */
const laporanManajemenLayanan: ScenarioDoc = {
  path: 'DISKOMINFO/Laporan Manajemen Layanan SPBE 2025.pdf',
  pages: [
    `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PELAKSANAAN MANAJEMEN LAYANAN SPBE TAHUN 2025\n` +
      'Sesuai rencana kerja 2025, manajemen layanan SPBE dilaksanakan pada pelayanan pengguna (helpdesk) dan pengoperasian layanan (pemeliharaan layanan dan pengelolaan insiden).\n' +
      'Permintaan dan gangguan dicatat melalui aplikasi service desk berbasis tiket.\nSukamaju, 12 Mei 2025\nKepala Dinas',
  ],
};

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: SIMBADA terintegrasi, evaluasi yang merekomendasikan penyempurnaan dan pemutakhiran',
    instansi: KOTA,
    indicator: 38,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan layanan berdasarkan hasil reviu dan evaluasi; daftar rekomendasi belum merupakan perbaikan',
    docs: [
      simbada('KOTA TANJUNG RAYA'),
      evaluasiSimbada(KOTA_KOP, 'Tanjung Raya', '14 Agustus 2025', '1. Penyempurnaan fitur pencarian aset.\n2. Pemutakhiran format laporan kartu inventaris barang.'),
    ],
  },
  {
    name: 'Kota: SIMBADA terintegrasi, evaluasi, lalu catatan rilis versi baru sesudahnya',
    instansi: KOTA,
    indicator: 38,
    range: [5, 5],
    because: 'tingkat 5: perbaikan layanan sesudah evaluasi, sebagai tindak lanjutnya',
    docs: [
      simbada('KOTA TANJUNG RAYA'),
      evaluasiSimbada(KOTA_KOP, 'Tanjung Raya', '14 Agustus 2025', '1. Penyempurnaan fitur pencarian aset.\n2. Pemutakhiran format laporan kartu inventaris barang.'),
      {
        path: 'BPKAD/Catatan Rilis SIMBADA versi 3.1.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\nCATATAN RILIS SIMBADA VERSI 3.1\n` +
            'Sebagai tindak lanjut hasil evaluasi layanan SIMBADA tahun 2025, telah dilakukan perbaikan: indeks pencarian aset dipercepat dan format kartu inventaris barang diperbarui.\n' +
            'Tanjung Raya, 3 November 2025\nKepala Bidang Aset',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Perbup pusat data lengkap, reviu yang menyimpulkan perlu perubahan Perbup',
    indicator: 5,
    range: [4, 4],
    because: 'tingkat 5 meminta kebijakan baru/perubahan sebagai tindak lanjut reviu; kesimpulan reviu bahwa perlu perubahan belum cukup',
    docs: [
      perbupPusatData(KAB_KOP, 'Kabupaten Sukamaju', 'BUPATI SUKAMAJU', '8 Tahun 2023', '2 Mei 2023'),
      evaluasiPusatData(
        KAB_KOP,
        'Sukamaju',
        '9 September 2025',
        'Kesimpulan: peraturan perlu diubah untuk mengatur klasifikasi data dan pemulihan bencana. Tindak lanjut: Bagian Hukum menyusun rancangan perubahan Peraturan Bupati pada tahun 2026.',
      ),
    ],
  },
  {
    name: 'Kabupaten: Perbup pusat data, reviu, dan rancangan Perbup perubahan yang belum ditetapkan',
    indicator: 5,
    range: [4, 4],
    because: 'tingkat 5 meminta kebijakan baru/perubahan yang ditetapkan; rancangan belum ditetapkan',
    docs: [
      perbupPusatData(KAB_KOP, 'Kabupaten Sukamaju', 'BUPATI SUKAMAJU', '8 Tahun 2023', '2 Mei 2023'),
      evaluasiPusatData(KAB_KOP, 'Sukamaju', '9 September 2025', 'Rekomendasi: Peraturan Bupati Nomor 8 Tahun 2023 diubah untuk mengatur klasifikasi data.'),
      {
        path: 'BAG HUKUM/Rancangan Perbup Perubahan Layanan Pusat Data.pdf',
        pages: [
          `${KAB_KOP}\nRANCANGAN\nPERATURAN BUPATI SUKAMAJU\nNOMOR ... TAHUN 2025\nTENTANG\nPERUBAHAN ATAS PERATURAN BUPATI NOMOR 8 TAHUN 2023 TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA\n` +
            'Pasal I\nBeberapa ketentuan diubah sebagai tindak lanjut hasil reviu: layanan pusat data digunakan oleh seluruh perangkat daerah dan terhubung dengan Pusat Data Nasional.\n' +
            'Ditetapkan di Sukamaju\npada tanggal ...\nBUPATI SUKAMAJU,',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Pergub pusat data, reviu, lalu Pergub perubahan yang ditetapkan sesudahnya',
    instansi: PROV,
    indicator: 5,
    range: [5, 5],
    because: 'tingkat 5: kebijakan perubahan yang ditetapkan sesudah reviu sebagai tindak lanjutnya',
    docs: [
      perbupPusatData(PROV_KOP, 'Provinsi Nusa Makmur', 'GUBERNUR NUSA MAKMUR', '15 Tahun 2022', '11 Juli 2022'),
      evaluasiPusatData(PROV_KOP, 'Kota Makmur', '4 Maret 2025', 'Rekomendasi: Peraturan Gubernur perlu mengatur klasifikasi data dan pemulihan bencana.'),
      perbupPusatData(
        PROV_KOP,
        'Provinsi Nusa Makmur',
        'GUBERNUR NUSA MAKMUR',
        '21 Tahun 2025',
        '30 Juni 2025',
        'PERUBAHAN ATAS PERATURAN GUBERNUR NOMOR 15 TAHUN 2022 TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA',
        'Pasal 1\nKetentuan mengenai klasifikasi data dan pemulihan bencana ditambahkan menindaklanjuti hasil reviu.\n',
      ),
    ],
  },
  {
    name: 'Kabupaten: manajemen layanan dengan service desk, evaluasi, lalu laporan tindak lanjut sesudahnya',
    indicator: 28,
    range: [5, 5],
    because: 'tingkat 5: "hasil reviu dan evaluasi telah ditindaklanjuti melalui perbaikan Manajemen Layanan SPBE"',
    docs: [
      laporanManajemenLayanan,
      {
        path: 'DISKOMINFO/Laporan Evaluasi Manajemen Layanan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI MANAJEMEN LAYANAN SPBE TAHUN 2025\n` +
            'Evaluasi atas pelayanan pengguna dan pengoperasian layanan SPBE semester I. Rekomendasi: penetapan target waktu penyelesaian tiket.\nSukamaju, 8 Juli 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Tindak Lanjut Evaluasi Manajemen Layanan.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN TINDAK LANJUT HASIL EVALUASI MANAJEMEN LAYANAN SPBE\n` +
            'Menindaklanjuti hasil evaluasi bulan Juli 2025, telah ditetapkan target waktu penyelesaian tiket dan aplikasi service desk telah diperbarui dengan pengingat otomatis.\n' +
            'Sukamaju, 20 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen layanan dengan service desk dan evaluasi yang merekomendasikan perbaikan berkelanjutan',
    indicator: 28,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan sebagai tindak lanjut; laporan evaluasi yang hanya memuat rekomendasi tidak cukup',
    docs: [
      laporanManajemenLayanan,
      {
        path: 'DISKOMINFO/Laporan Evaluasi Manajemen Layanan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI MANAJEMEN LAYANAN SPBE TAHUN 2025\n` +
            'Evaluasi atas pelayanan pengguna dan pengoperasian layanan SPBE semester I.\nRekomendasi tindak lanjut hasil evaluasi:\n' +
            'a. penyempurnaan SOP pengelolaan insiden;\nb. pemutakhiran katalog layanan;\nc. perbaikan berkelanjutan waktu respons helpdesk.\nSukamaju, 8 Juli 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): e-Planning with approvals and budgeting link, evaluation with recommendations only',
    instansi: PROV,
    indicator: 32,
    range: [4, 4],
    because: 'level 5 needs the service improved following the review; recommendations for improvement are not yet an improvement',
    docs: [
      {
        path: 'BAPPEDA/e-Planning User Manual.pdf',
        pages: [
          'E-PLANNING USER MANUAL - PROVINCIAL GOVERNMENT OF NUSA MAKMUR\nElectronic planning service\n1. Agencies submit programme proposals and upload supporting documents.\n' +
            '2. Bappeda verifies and approves each proposal through the electronic workflow.\n3. Approved programmes are integrated with the e-Budgeting system through an API.',
        ],
      },
      {
        path: 'BAPPEDA/e-Planning Service Evaluation 2025.pdf',
        pages: [
          `${PROV_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nE-PLANNING SERVICE EVALUATION REPORT 2025\n` +
            'The evaluation surveyed 41 agencies on the e-Planning service.\nRecommendations: improvements should be made to the proposal form and the approval notifications.\nKota Makmur, 18 August 2025',
        ],
      },
    ],
  },
  {
    name: 'Kota: Tim Koordinasi dievaluasi, program kerja perbaikan hanya direncanakan untuk tahun depan',
    instansi: KOTA,
    indicator: 19,
    range: [4, 4],
    because: 'tingkat 5: hasil reviu "telah ditindaklanjuti melalui perbaikan … dan pelaksanaannya"; rencana perbaikan belum dilaksanakan',
    docs: [
      {
        path: 'SETDA/Laporan Program Kerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Seluruh program kerja telah dilaksanakan sesuai rencana kerja Tim Koordinasi SPBE tahun 2025.\n' +
            'Program kerja dikoordinasikan dalam rapat koordinasi yang dihadiri seluruh perangkat daerah pada 14 Februari 2025.\nTanjung Raya, 10 Juni 2025\nSekretaris Daerah',
        ],
      },
      {
        path: 'SETDA/Laporan Evaluasi Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN HASIL REVIU DAN EVALUASI PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Reviu menemukan program kerja belum memuat target terukur.\nTindak lanjut: program kerja tahun 2026 akan disusun ulang dengan target terukur.\nTanjung Raya, 5 Agustus 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pusat data terhubung PDN, evaluasi, lalu notulen pembahasan tindak lanjut yang hanya menjadwalkan pemutakhiran',
    indicator: 16,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan sebagai tindak lanjut hasil reviu; rapat yang membahas dan menjadwalkan pemutakhiran belum merupakan perbaikan',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Layanan Pusat Data Seluruh OPD 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA TAHUN 2025\n` +
            'Sesuai rencana kerja, layanan pusat data daerah telah digunakan oleh seluruh perangkat daerah.\nStandar operasional prosedur layanan pusat data telah ditetapkan.\n' +
            'Pusat data daerah telah terhubung dengan Pusat Data Nasional.\nSukamaju, 3 Maret 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Layanan Pusat Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL EVALUASI LAYANAN PUSAT DATA TAHUN 2025\n` +
            'Evaluasi atas penggunaan layanan pusat data oleh perangkat daerah.\nHasil: SOP pencadangan belum diuji.\nSukamaju, 4 Agustus 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Notulen Rapat Tindak Lanjut Evaluasi Pusat Data.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNOTULEN RAPAT PEMBAHASAN TINDAK LANJUT HASIL EVALUASI LAYANAN PUSAT DATA\nHari/tanggal: Kamis, 11 September 2025\n` +
            'Pembahasan: tindak lanjut hasil evaluasi layanan pusat data.\nKesimpulan:\n1. Pemutakhiran SOP pencadangan dijadwalkan pada Januari 2026.\n2. Penyempurnaan uji pemulihan dimasukkan dalam rencana kerja 2026.\nNotulis: Kasi Infrastruktur',
        ],
      },
    ],
  },
  {
    name: 'Kota: layanan pengaduan terintegrasi SP4N-LAPOR, dua laporan evaluasi dengan saran perbaikan',
    instansi: KOTA,
    indicator: 42,
    range: [4, 4],
    because: 'tingkat 5 meminta layanan yang telah diperbaiki berdasarkan hasil evaluasi; evaluasi kedua yang kembali menyarankan penyempurnaan belum merupakan perbaikan',
    docs: [
      {
        path: 'DISKOMINFO/Manual Aplikasi Pengaduan.pdf',
        pages: [
          'MANUAL APLIKASI PENGADUAN KOTA TANJUNG RAYA\nLayanan pengaduan pelayanan publik berbasis elektronik.\n1. Warga mengunggah uraian aduan.\n' +
            '2. Admin memverifikasi aduan dan mendisposisikan kepada perangkat daerah.\n3. Aduan terintegrasi dengan SP4N-LAPOR! melalui API.',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Layanan Pengaduan Semester I 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN EVALUASI LAYANAN PENGADUAN SEMESTER I TAHUN 2025\n` +
            'Evaluasi menunjukkan 18% aduan melewati batas waktu.\nSaran perbaikan: penyempurnaan notifikasi batas waktu.\nTanjung Raya, 10 Juli 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Layanan Pengaduan Semester II 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN EVALUASI LAYANAN PENGADUAN SEMESTER II TAHUN 2025\n` +
            'Evaluasi menunjukkan 15% aduan melewati batas waktu.\nSaran perbaikan:\n- penyempurnaan notifikasi batas waktu;\n- pemutakhiran daftar petugas penghubung perangkat daerah.\nTanjung Raya, 12 Desember 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): e-Planning reviewed twice, the second review recommends improvements following the review',
    instansi: PROV,
    indicator: 32,
    range: [4, 4],
    because: 'level 5 needs the service improved following the review; a later review that lists recommendations is not an improvement',
    docs: [
      {
        path: 'BAPPEDA/e-Planning User Manual.pdf',
        pages: [
          'E-PLANNING USER MANUAL - PROVINCIAL GOVERNMENT OF NUSA MAKMUR\nElectronic planning service\n1. Agencies submit programme proposals and upload supporting documents.\n' +
            '2. Bappeda verifies and approves each proposal through the electronic workflow.\n3. Approved programmes are integrated with the e-Budgeting system through an API.',
        ],
      },
      {
        path: 'BAPPEDA/e-Planning Service Review March 2025.pdf',
        pages: [
          `${PROV_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nE-PLANNING SERVICE REVIEW REPORT\n` +
            'The review covered proposal submission and approval.\nFindings: approval notifications are late.\nKota Makmur, 14 March 2025',
        ],
      },
      {
        path: 'BAPPEDA/e-Planning Service Review September 2025.pdf',
        pages: [
          `${PROV_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nE-PLANNING SERVICE REVIEW REPORT (FOLLOW-UP)\n` +
            'Recommendations following the review:\n1. Improvements to the approval notifications.\n2. Improvements to the proposal form.\nKota Makmur, 22 September 2025',
        ],
      },
    ],
  },
  {
    name: 'Kota: Peta Rencana lengkap, reviu, lalu laporan reviu lanjutan yang memuat rekomendasi tindak lanjut',
    instansi: KOTA,
    indicator: 12,
    range: [4, 4],
    because: 'tingkat 5 meminta dokumen Peta Rencana yang dimutakhirkan sesudah reviu; laporan reviu lanjutan yang merekomendasikan penyempurnaan belum merupakan pemutakhiran',
    docs: [
      {
        path: 'BAPPEDA/Peta Rencana SPBE 2023-2026.pdf',
        pages: [
          `${KOTA_KOP}\nDOKUMEN PETA RENCANA SPBE KOTA TANJUNG RAYA TAHUN 2023-2026\n` +
            'BAB III PETA RENCANA\nA. Tata Kelola SPBE\nB. Manajemen SPBE\nC. Layanan SPBE\nD. Infrastruktur SPBE\nE. Aplikasi SPBE\nF. Keamanan SPBE\nG. Audit TIK\n' +
            'Rencana kerja dan anggaran 2023, 2024, dan 2025 memuat program sesuai peta rencana ini.\nDitetapkan di Tanjung Raya pada tanggal 3 Januari 2023\nWALI KOTA TANJUNG RAYA\nttd',
        ],
      },
      {
        path: 'BAPPEDA/Laporan Reviu Peta Rencana SPBE 2024.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nLAPORAN HASIL REVIU PETA RENCANA SPBE TAHUN 2024\n` +
            'Reviu menemukan target aplikasi umum belum sesuai arahan nasional.\nTanjung Raya, 9 Desember 2024\nKepala Bappeda',
        ],
      },
      {
        path: 'BAPPEDA/Laporan Reviu Lanjutan Peta Rencana SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nLAPORAN REVIU LANJUTAN PETA RENCANA SPBE TAHUN 2025\n` +
            'Reviu lanjutan atas hasil reviu tahun 2024.\nRekomendasi tindak lanjut: penyempurnaan target aplikasi umum dan pemutakhiran dokumen Peta Rencana SPBE pada tahun 2026.\n' +
            'Tanjung Raya, 12 Mei 2025\nKepala Bappeda',
        ],
      },
    ],
  },
];
