/**
 * Level scenarios for the internal policies (indicators 1–10), written from their kriteria tingkat: a kota and a
 * provinsi besides the kabupaten, Perwal / Pergub / Keputusan / Surat Edaran, partial content, reviews that only
 * recommend, and new policies set after the review (or before it).
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, PROV } from './instansi.ts';

const perwalPusatData = (number: string, date: string, scope: string, extra = ''): ScenarioDoc => ({
  path: `BAG HUKUM/Perwal ${number.replace(/\//g, '-')} Layanan Pusat Data.pdf`,
  pages: [
    'WALI KOTA TANJUNG RAYA\nPROVINSI NUSA MAKMUR\nPERATURAN WALI KOTA TANJUNG RAYA\n' +
      `NOMOR ${number}\nTENTANG\nPENYELENGGARAAN LAYANAN PUSAT DATA DAERAH\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nWALI KOTA TANJUNG RAYA,\n` +
      'Menimbang: bahwa untuk menjamin ketersediaan dan keamanan data perlu mengatur penyelenggaraan layanan pusat data daerah;\n' +
      extra,
    `Pasal 2\n${scope}\nPasal 3\nPusat data daerah dikelola oleh Dinas Komunikasi dan Informatika dan menyediakan layanan colocation, hosting, dan cadangan data.\n` +
      'Pasal 4\nPusat data daerah terhubung dengan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan.',
    `Ditetapkan di Tanjung Raya\npada tanggal ${date}\nWALI KOTA TANJUNG RAYA,\nttd.\nIR. BAMBANG WIRAWAN`,
  ],
});

const notulenReviuPusatData = (date: string, body: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Notulen Rapat Reviu Perwal Layanan Pusat Data.pdf',
  pages: [
    'PEMERINTAH KOTA TANJUNG RAYA\nDINAS KOMUNIKASI DAN INFORMATIKA\nNOTULEN RAPAT REVIU DAN EVALUASI\nPERATURAN WALI KOTA TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA DAERAH\n' +
      `Hari/tanggal: ${date}\nTempat: Ruang Rapat Diskominfo\nPimpinan rapat: Kepala Dinas Komunikasi dan Informatika\n` +
      `Pembahasan:\n${body}\nNotulis: Kepala Seksi Infrastruktur`,
  ],
});

const pergubSmki = (number: string, date: string, clauses: string, extra = ''): ScenarioDoc => ({
  path: `BIRO HUKUM/Pergub ${number} SMKI.pdf`,
  pages: [
    'GUBERNUR NUSA MAKMUR\nPERATURAN GUBERNUR NUSA MAKMUR\n' +
      `NOMOR ${number}\nTENTANG\nSISTEM MANAJEMEN KEAMANAN INFORMASI\nDI LINGKUNGAN PEMERINTAH PROVINSI NUSA MAKMUR\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nGUBERNUR NUSA MAKMUR,\n` +
      'Menimbang: bahwa untuk melindungi aset informasi Pemerintah Provinsi perlu menetapkan sistem manajemen keamanan informasi;\n' +
      extra,
    clauses,
    `Ditetapkan di Kota Makmur\npada tanggal ${date}\nGUBERNUR NUSA MAKMUR,\nttd\nDR. H. SYAMSUL ARIFIN`,
  ],
});

const SMKI_LENGKAP =
  'BAB II RUANG LINGKUP\nPasal 3\nManajemen keamanan informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab;\nc. perencanaan;\n' +
  'd. dukungan pengoperasian;\ne. evaluasi kinerja; dan\nf. perbaikan berkelanjutan terhadap keamanan informasi.\n' +
  'Pasal 4\nPeraturan Gubernur ini berlaku bagi seluruh perangkat daerah di lingkungan Pemerintah Provinsi.';

const evaluasiSmki = (date: string, closing: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Laporan Evaluasi Kebijakan SMKI.pdf',
  pages: [
    'PEMERINTAH PROVINSI NUSA MAKMUR\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN HASIL EVALUASI KEBIJAKAN MANAJEMEN KEAMANAN INFORMASI\n' +
      'BAB I PENDAHULUAN\nEvaluasi atas Peraturan Gubernur tentang Sistem Manajemen Keamanan Informasi dilaksanakan oleh Tim Koordinasi SPBE Provinsi.\n' +
      'BAB II HASIL\nKebijakan belum mengatur klasifikasi informasi dan penanganan insiden siber sesuai Peraturan BSSN terbaru.',
    `BAB III REKOMENDASI\n${closing}\nKota Makmur, ${date}\nKepala Dinas Komunikasi, Informatika dan Statistik`,
  ],
});

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: Perwal pusat data untuk seluruh perangkat daerah, reviu yang hanya merekomendasikan perubahan',
    instansi: KOTA,
    indicator: 5,
    range: [4, 4],
    because: 'tingkat 4: mengatur interkoneksi dengan Pusat Data Nasional dan telah direviu; tingkat 5 meminta kebijakan baru, rekomendasi saja belum',
    docs: [
      perwalPusatData('14 TAHUN 2023', '3 April 2023', 'Seluruh perangkat daerah wajib menempatkan sistem elektronik dan data pada pusat data daerah.'),
      notulenReviuPusatData('Rabu, 11 September 2024', '1. Reviu pelaksanaan Peraturan Wali Kota Nomor 14 Tahun 2023.\n2. Peserta merekomendasikan agar Peraturan Wali Kota direvisi untuk memuat layanan komputasi awan.'),
    ],
  },
  {
    name: 'Kota: Perwal pusat data, reviu, lalu Perwal baru yang mencabut Perwal lama',
    instansi: KOTA,
    indicator: 5,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi ditindaklanjuti dengan kebijakan baru yang ditetapkan sesudah reviu',
    docs: [
      perwalPusatData('14 TAHUN 2023', '3 April 2023', 'Seluruh perangkat daerah wajib menempatkan sistem elektronik dan data pada pusat data daerah.'),
      notulenReviuPusatData('Rabu, 11 September 2024', '1. Reviu pelaksanaan Peraturan Wali Kota Nomor 14 Tahun 2023.\n2. Peserta merekomendasikan agar Peraturan Wali Kota direvisi untuk memuat layanan komputasi awan.'),
      perwalPusatData(
        '6 TAHUN 2025',
        '20 Februari 2025',
        'Seluruh perangkat daerah wajib menggunakan layanan pusat data daerah, termasuk layanan komputasi awan pemerintah.',
        'bahwa Peraturan Wali Kota Nomor 14 Tahun 2023 perlu diganti sesuai hasil reviu;\nPasal 10\nPada saat Peraturan Wali Kota ini mulai berlaku, Peraturan Wali Kota Nomor 14 Tahun 2023 dicabut dan dinyatakan tidak berlaku.\n',
      ),
    ],
  },
  {
    name: 'Kota: Perwal pusat data hanya untuk perangkat daerah tertentu',
    instansi: KOTA,
    indicator: 5,
    range: [2, 2],
    because: 'tingkat 2: mengatur penggunaan Layanan Pusat Data untuk sebagian unit kerja/perangkat daerah',
    docs: [
      perwalPusatData(
        '14 TAHUN 2023',
        '3 April 2023',
        'Penggunaan layanan pusat data daerah diwajibkan bagi 8 (delapan) perangkat daerah sebagaimana tercantum dalam Lampiran; perangkat daerah lain menyusul secara bertahap.',
      ),
    ],
  },
  {
    name: 'Provinsi: Pergub SMKI lengkap untuk seluruh perangkat daerah, evaluasi merekomendasikan revisi',
    instansi: PROV,
    indicator: 8,
    range: [4, 4],
    because: 'tingkat 4: seluruh cakupan, seluruh perangkat daerah, direviu; rekomendasi revisi belum kebijakan baru',
    docs: [
      pergubSmki('21 TAHUN 2022', '9 Agustus 2022', SMKI_LENGKAP),
      evaluasiSmki('18 Juni 2024', 'Direkomendasikan agar Peraturan Gubernur tentang Sistem Manajemen Keamanan Informasi segera direvisi.'),
    ],
  },
  {
    name: 'Provinsi: Pergub SMKI, evaluasi, lalu Pergub perubahan sebagai tindak lanjut',
    instansi: PROV,
    indicator: 8,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi ditindaklanjuti dengan kebijakan baru',
    docs: [
      pergubSmki('21 TAHUN 2022', '9 Agustus 2022', SMKI_LENGKAP),
      evaluasiSmki('18 Juni 2024', 'Direkomendasikan agar Peraturan Gubernur tentang Sistem Manajemen Keamanan Informasi segera direvisi.'),
      {
        path: 'BIRO HUKUM/Pergub 9 Tahun 2025 Perubahan SMKI.pdf',
        pages: [
          'GUBERNUR NUSA MAKMUR\nPERATURAN GUBERNUR NUSA MAKMUR\nNOMOR 9 TAHUN 2025\nTENTANG\nPERUBAHAN ATAS PERATURAN GUBERNUR NOMOR 21 TAHUN 2022\n' +
            'TENTANG SISTEM MANAJEMEN KEAMANAN INFORMASI\nGUBERNUR NUSA MAKMUR,\nMenimbang: bahwa berdasarkan hasil evaluasi kebijakan manajemen keamanan informasi tahun 2024, ' +
            'Peraturan Gubernur Nomor 21 Tahun 2022 perlu disempurnakan;\nPasal I\nKetentuan Pasal 3 ditambah satu huruf, yakni huruf g. klasifikasi informasi dan penanganan insiden siber.',
          'Ditetapkan di Kota Makmur\npada tanggal 3 Maret 2025\nGUBERNUR NUSA MAKMUR,\nttd\nDR. H. SYAMSUL ARIFIN',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Pergub SMKI tanpa evaluasi kinerja dan perbaikan berkelanjutan',
    instansi: PROV,
    indicator: 8,
    range: [2, 2],
    because: 'tingkat 2: belum mengatur secara lengkap cakupan Manajemen Keamanan Informasi',
    docs: [
      pergubSmki(
        '21 TAHUN 2022',
        '9 Agustus 2022',
        'BAB II RUANG LINGKUP\nPasal 3\nManajemen keamanan informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab; dan\nc. perencanaan keamanan informasi.\n' +
          'Pasal 4\nPeraturan Gubernur ini berlaku bagi seluruh perangkat daerah.',
      ),
    ],
  },
  {
    name: 'Kabupaten: Perbup Peta Rencana hanya memuat empat muatan',
    indicator: 2,
    range: [2, 2],
    because: 'tingkat 2: belum mengatur muatan Peta Rencana SPBE secara lengkap (Tata Kelola, Manajemen, Layanan, Infrastruktur, Aplikasi, Keamanan, Audit TIK)',
    docs: [
      {
        path: 'SETDA/Perbup 7 Tahun 2024 Peta Rencana SPBE.pdf',
        pages: [
          `${KAB_KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR 7 TAHUN 2024\nTENTANG\nPETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2024-2026\nBUPATI SUKAMAJU,\n` +
            'Pasal 2\nPeta Rencana SPBE memuat rencana:\na. Tata Kelola SPBE;\nb. Layanan SPBE;\nc. Infrastruktur SPBE; dan\nd. Aplikasi SPBE.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 2 Mei 2024\nBUPATI SUKAMAJU,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Perbup Audit TIK lengkap dan undangan rapat reviu saja',
    indicator: 9,
    range: [3, 3],
    because: 'tingkat 3: mengatur seluruh Audit TIK; undangan rapat reviu bukan bukti reviu (tingkat 4)',
    docs: [
      {
        path: 'SETDA/Perbup 11 Tahun 2023 Audit TIK.pdf',
        pages: [
          `${KAB_KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR 11 TAHUN 2023\nTENTANG\nPELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI\nBUPATI SUKAMAJU,\n` +
            'Pasal 3\nAudit TIK terdiri atas:\na. audit infrastruktur SPBE;\nb. audit aplikasi SPBE; dan\nc. audit keamanan SPBE.\n' +
            'Pasal 4\nAudit TIK dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.\nDitetapkan di Sukamaju\npada tanggal 14 Juli 2023\nBUPATI SUKAMAJU,\nttd',
        ],
      },
      {
        path: 'DISKOMINFO/Undangan Reviu Perbup Audit TIK.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor: 005/412/Kominfo/2025\nSifat: Penting\nHal: Undangan Rapat Reviu Peraturan Bupati tentang Audit TIK\n` +
            'Yth. Kepala Perangkat Daerah se-Kabupaten Sukamaju\nDalam rangka reviu dan evaluasi Peraturan Bupati Nomor 11 Tahun 2023, kami mengundang Bapak/Ibu pada:\n' +
            'hari/tanggal: Selasa, 18 November 2025\npukul: 09.00 WIB\nSukamaju, 10 November 2025\nKepala Dinas Komunikasi dan Informatika',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Keputusan Tim Koordinasi, reviu, lalu keputusan baru bertanggal sebelum reviu',
    indicator: 10,
    range: [4, 4],
    because: 'tingkat 5 meminta kebijakan baru yang menindaklanjuti reviu; keputusan yang bertanggal sebelum reviu bukan tindak lanjutnya',
    docs: [
      {
        path: 'SETDA/Keputusan Bupati Tim Koordinasi SPBE 2023.pdf',
        pages: [
          `${KAB_KOP}\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 188.45/112/KPTS/2023\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nBUPATI SUKAMAJU,\n` +
            'KESATU: Membentuk Tim Koordinasi SPBE.\nKEDUA: Tim Koordinasi SPBE bertugas mengoordinasikan penerapan SPBE di seluruh perangkat daerah serta penerapan SPBE antar instansi dengan Pemerintah Provinsi dan Instansi Pusat.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 6 Februari 2023\nBUPATI SUKAMAJU,\nttd',
        ],
      },
      {
        path: 'SETDA/Keputusan Bupati Tim Koordinasi SPBE 2024.pdf',
        pages: [
          `${KAB_KOP}\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 188.45/20/KPTS/2024\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nBUPATI SUKAMAJU,\n` +
            'KESATU: Susunan keanggotaan Tim Koordinasi SPBE diubah karena mutasi pejabat.\nKEDUA: Tim Koordinasi SPBE bertugas mengoordinasikan penerapan SPBE di seluruh perangkat daerah serta antar instansi.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 15 Januari 2024\nBUPATI SUKAMAJU,\nttd',
        ],
      },
      {
        path: 'SETDA/Laporan Reviu Kebijakan Tim Koordinasi SPBE.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN HASIL REVIU KEBIJAKAN TIM KOORDINASI SPBE\n` +
            'Reviu atas Keputusan Bupati tentang Tim Koordinasi SPBE menyimpulkan bahwa tugas tim belum memuat pengelolaan manajemen risiko SPBE.\n' +
            'Rekomendasi: Keputusan Bupati perlu diperbarui.\nSukamaju, 9 Oktober 2025\nAsisten Administrasi Umum',
        ],
      },
    ],
  },
  {
    name: 'Kota: Surat Edaran sistem penghubung layanan untuk sebagian perangkat daerah',
    instansi: KOTA,
    indicator: 7,
    range: [2, 2],
    because: 'tingkat 2: mengatur penggunaan Sistem Penghubung Layanan untuk sebagian unit kerja/perangkat daerah',
    docs: [
      {
        path: 'SETDA/SE Wali Kota Penggunaan Sistem Penghubung Layanan.pdf',
        pages: [
          'WALI KOTA TANJUNG RAYA\nSURAT EDARAN\nNOMOR 555/88/SE/2024\nTENTANG\nPENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH DAERAH\n' +
            'Yth. Kepala Perangkat Daerah pengelola layanan perizinan, kependudukan, dan kesehatan\n' +
            'Dalam rangka interoperabilitas data, perangkat daerah tersebut wajib menggunakan sistem penghubung layanan pemerintah daerah untuk pertukaran data antar aplikasi. ' +
            'Penerapan pada perangkat daerah lainnya dilaksanakan secara bertahap mulai tahun 2026.\n' +
            'Ditetapkan di Tanjung Raya\npada tanggal 12 Agustus 2024\nWALI KOTA TANJUNG RAYA,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Pergub Manajemen Data hanya data induk dan data referensi',
    instansi: PROV,
    indicator: 3,
    // Indicator 3's own tingkat 3 is the Kondisi "hanya mengatur sebagian" (its tingkat 4: all six processes), so a
    // policy that sets part of them meets tingkat 2 and the wording of tingkat 3.
    range: [2, 3],
    because: 'tingkat 2/3 (kondisi): hanya mengatur sebagian rangkaian proses pengelolaan data; tingkat 4 meminta seluruhnya',
    docs: [
      {
        path: 'BIRO HUKUM/Pergub 30 Tahun 2023 Satu Data.pdf',
        pages: [
          'GUBERNUR NUSA MAKMUR\nPERATURAN GUBERNUR NUSA MAKMUR\nNOMOR 30 TAHUN 2023\nTENTANG\nPENYELENGGARAAN SATU DATA DAN MANAJEMEN DATA\nGUBERNUR NUSA MAKMUR,\n' +
            'Pasal 5\nPengelolaan data di lingkungan Pemerintah Provinsi meliputi penetapan data induk dan data referensi oleh Walidata.\n' +
            'Ditetapkan di Kota Makmur\npada tanggal 1 November 2023\nGUBERNUR NUSA MAKMUR,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: rancangan Perbup Pembangunan Aplikasi yang belum ditetapkan',
    indicator: 4,
    range: [1, 1],
    because: 'tingkat 1: konsep kebijakan; tingkat 2 meminta kebijakan yang telah ditetapkan',
    docs: [
      {
        path: 'DISKOMINFO/Rancangan Perbup Pembangunan Aplikasi SPBE.pdf',
        pages: [
          `${KAB_KOP}\nRANCANGAN PERATURAN BUPATI SUKAMAJU\nNOMOR ... TAHUN 2025\nTENTANG\nPEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE\nBUPATI SUKAMAJU,\n` +
            'Pasal 3\nPembangunan aplikasi dilaksanakan melalui siklus analisis kebutuhan, perancangan, pengujian, dan implementasi.\n' +
            'Pasal 4\nSetiap perangkat daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika sebelum membangun aplikasi.\nDitetapkan di Sukamaju\npada tanggal ...\nBUPATI SUKAMAJU,',
        ],
      },
    ],
  },
];
