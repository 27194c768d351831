/**
 * Level scenarios of the fictional Kabupaten Sukamaju, written from the criteria of KepmenPANRB 962/2021: the
 * first set (Tim Koordinasi programmes, invitations, recommendations, transaction screens, audits, registers,
 * undated reviews).
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP as KOP } from './instansi.ts';

const perbupArsitektur = (date: string, number: string, extra = ''): ScenarioDoc => ({
  path: `SETDA/Perbup ${number} Arsitektur SPBE.pdf`,
  pages: [
    `${KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR ${number}\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\n` +
      'Menimbang: bahwa untuk mewujudkan keterpaduan penyelenggaraan SPBE perlu menetapkan Arsitektur SPBE Pemerintah Daerah;\n' +
      `${extra}`,
    'BAB II RUANG LINGKUP\nPasal 3\nArsitektur SPBE Pemerintah Daerah memuat referensi arsitektur dan domain arsitektur yang meliputi:\n' +
      'a. domain arsitektur Proses Bisnis;\nb. domain arsitektur Data dan Informasi;\nc. domain arsitektur Infrastruktur SPBE;\n' +
      'd. domain arsitektur Aplikasi SPBE;\ne. domain arsitektur Keamanan SPBE; dan\nf. domain arsitektur Layanan SPBE.\n' +
      'Pasal 4\nArsitektur SPBE Pemerintah Daerah mengatur integrasi SPBE antar Pemerintah Daerah dan antar Instansi Pusat dan Pemerintah Daerah ' +
      'serta berpedoman pada Arsitektur SPBE Nasional.\nPasal 5\nArsitektur SPBE direviu dan dievaluasi secara periodik.',
    `Ditetapkan di Sukamaju\npada tanggal ${date}\nBUPATI SUKAMAJU,\nttd\nH. AHMAD SUBAGJA`,
  ],
});

const evaluasiArsitektur = (date: string, recommendation: string): ScenarioDoc => ({
  path: 'DISKOMINFO/Laporan Hasil Evaluasi Kebijakan Arsitektur SPBE.pdf',
  pages: [
    `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN HASIL REVIU DAN EVALUASI\nKEBIJAKAN INTERNAL ARSITEKTUR SPBE\nTAHUN ${date.slice(-4)}\n` +
      'BAB I PENDAHULUAN\nReviu dan evaluasi atas Peraturan Bupati tentang Arsitektur SPBE dilaksanakan oleh Tim Koordinasi SPBE bersama Bagian Hukum.\n' +
      'BAB II HASIL EVALUASI\nKebijakan internal Arsitektur SPBE telah memuat seluruh domain arsitektur, namun referensi arsitektur layanan belum mengikuti Arsitektur SPBE Nasional terbaru.',
    `BAB III REKOMENDASI\n${recommendation}\nSukamaju, ${date}\nKepala Dinas Komunikasi dan Informatika`,
  ],
});

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Tim Koordinasi: 9 dari 12 program kerja terlaksana, sudah dievaluasi',
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: "tidak/belum dilaksanakan seluruhnya"; tingkat 3 meminta seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU TAHUN 2025\n` +
            'Tim Koordinasi SPBE menyusun 12 program kerja tahun 2025 sesuai rencana kerja yang ditetapkan.\n' +
            'Sampai dengan bulan Oktober 2025 telah terlaksana 9 (sembilan) dari 12 (dua belas) program kerja, meliputi rapat koordinasi dengan seluruh perangkat daerah, ' +
            'penyusunan Arsitektur SPBE, dan pendampingan aplikasi.\nTiga program kerja belum terlaksana dan dijadwalkan ulang pada tahun 2026.\nSukamaju, 3 November 2025\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        ],
      },
      {
        path: 'SETDA/Notulen Rapat Evaluasi Program Kerja Tim Koordinasi SPBE.pdf',
        pages: [
          `${KOP}\nNOTULEN RAPAT EVALUASI PROGRAM KERJA TIM KOORDINASI SPBE\nHari/tanggal: Senin, 10 November 2025\nPimpinan rapat: Sekretaris Daerah\n` +
            'Pembahasan: evaluasi pelaksanaan program kerja Tim Koordinasi SPBE tahun 2025. Peserta menyepakati program yang tertunda dilaksanakan tahun 2026.\nNotulis: Kasubbag Tata Usaha',
        ],
      },
    ],
  },
  {
    name: 'Tim Koordinasi: seluruh program terlaksana, rapat koordinasi dengan seluruh perangkat daerah, dievaluasi',
    indicator: 19,
    range: [4, 4],
    because: 'tingkat 3: "telah dilaksanakan seluruhnya"; tingkat 4: dikomunikasikan ke semua unit dan direviu; belum ada perbaikan (5)',
    docs: [
      {
        path: 'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU TAHUN 2025\n` +
            'Tim Koordinasi SPBE menyusun 12 program kerja tahun 2025. Seluruh program kerja telah dilaksanakan (12 dari 12 program kerja).\n' +
            'Program kerja dikomunikasikan kepada seluruh perangkat daerah melalui rapat koordinasi triwulanan.\nSukamaju, 3 November 2025\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        ],
      },
      {
        path: 'SETDA/Notulen Rapat Evaluasi Program Kerja Tim Koordinasi SPBE.pdf',
        pages: [
          `${KOP}\nNOTULEN RAPAT EVALUASI PROGRAM KERJA TIM KOORDINASI SPBE\nHari/tanggal: Senin, 10 November 2025\nPimpinan rapat: Sekretaris Daerah\n` +
            'Pembahasan: reviu dan evaluasi pelaksanaan tugas dan program kerja Tim Koordinasi SPBE tahun 2025.\nNotulis: Kasubbag Tata Usaha',
        ],
      },
    ],
  },
  {
    name: 'Kebijakan Arsitektur lengkap dan hanya undangan rapat evaluasi',
    indicator: 1,
    range: [3, 3],
    because: 'tingkat 3: memuat secara lengkap domain arsitektur; undangan bukan bukti reviu (tingkat 4)',
    docs: [
      perbupArsitektur('12 Maret 2024', '12 TAHUN 2024'),
      {
        path: 'DISKOMINFO/Undangan Rapat Evaluasi Kebijakan Arsitektur SPBE.pdf',
        pages: [
          `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor: 005/123/Diskominfo\nPerihal: Undangan Rapat Evaluasi Kebijakan Arsitektur SPBE\n` +
            'Dengan hormat, mengharap kehadiran Bapak/Ibu pada rapat evaluasi Peraturan Bupati tentang Arsitektur SPBE yang akan dilaksanakan pada:\n' +
            'hari/tanggal: Kamis, 6 November 2025\ntempat: Ruang Rapat Diskominfo\nSukamaju, 30 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kebijakan Arsitektur dan laporan evaluasi yang merekomendasikan revisi',
    indicator: 1,
    range: [4, 4],
    because: 'tingkat 4: direviu dan dievaluasi; tingkat 5 meminta "ditindaklanjuti dengan kebijakan baru", rekomendasi saja belum',
    docs: [
      perbupArsitektur('12 Maret 2024', '12 TAHUN 2024'),
      evaluasiArsitektur('20 Mei 2025', 'Direkomendasikan agar Peraturan Bupati tentang Arsitektur SPBE direvisi dan disesuaikan dengan Arsitektur SPBE Nasional.'),
    ],
  },
  {
    name: 'Kebijakan Arsitektur, evaluasi, lalu Perbup perubahan yang ditetapkan sesudahnya',
    indicator: 1,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi "telah ditindaklanjuti dengan kebijakan baru"',
    docs: [
      perbupArsitektur('12 Maret 2023', '12 TAHUN 2023'),
      evaluasiArsitektur('20 Mei 2024', 'Direkomendasikan agar Peraturan Bupati tentang Arsitektur SPBE direvisi.'),
      {
        ...perbupArsitektur('4 Februari 2025', '3 TAHUN 2025', 'bahwa berdasarkan hasil evaluasi, Peraturan Bupati Nomor 12 Tahun 2023 perlu diubah;\n'),
        path: 'SETDA/Perbup 3 Tahun 2025 Perubahan atas Perbup Arsitektur SPBE.pdf',
      },
    ],
  },
  {
    name: 'SRIKANDI: tangkapan layar disposisi, tanda tangan elektronik, dan persetujuan',
    indicator: 37,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (otomasi alur kerja, mekanisme persetujuan); belum ada kolaborasi',
    docs: [
      {
        path: 'SETDA/Tangkapan layar SRIKANDI naskah dinas.png',
        pages: [
          'SRIKANDI Sistem Informasi Kearsipan Dinamis Terintegrasi\nNaskah Masuk  Naskah Keluar  Disposisi\nDisposisi naskah kepada: Kepala Bagian Umum\n' +
            'Status: Menunggu persetujuan atasan\nTanda Tangan Elektronik  [Setujui]  [Tolak]\nRiwayat persetujuan naskah dinas',
        ],
      },
    ],
  },
  {
    name: 'Audit keamanan oleh BSSN sesuai pedoman',
    indicator: 31,
    range: [3, 3],
    because: 'tingkat 3: "sesuai dengan pedoman Audit Keamanan"; tingkat 4 meminta auditor eksternal bersertifikat',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Hasil Audit Keamanan SPBE 2025.pdf',
        pages: [
          'BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL AUDIT KEAMANAN SPBE\nPEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit keamanan SPBE atas aplikasi dan infrastruktur Pemerintah Kabupaten Sukamaju dilaksanakan sesuai pedoman audit keamanan dalam Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021.\n' +
            'Ruang lingkup audit meliputi aplikasi layanan publik dan pusat data daerah sesuai rencana audit tahun 2025.\nJakarta, 14 Agustus 2025',
        ],
      },
    ],
  },
  {
    name: 'Audit keamanan oleh auditor eksternal bersertifikat',
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: "auditor TIK/Sistem Keamanan Informasi eksternal yang memiliki sertifikasi"; belum ada tindak lanjut (5)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Keamanan Informasi 2025.pdf',
        pages: [
          'PT SIGAP AUDIT INDONESIA\nLAPORAN AUDIT KEAMANAN SPBE\nPEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit keamanan SPBE dilaksanakan oleh lembaga audit independen dengan tim auditor bersertifikat CISA dan ISO/IEC 27001 Lead Auditor, ' +
            'sesuai pedoman audit keamanan dan rencana audit tahun 2025.\nTemuan dan rekomendasi perbaikan diuraikan pada Bab IV.\nBandung, 2 September 2025',
        ],
      },
    ],
  },
  {
    name: 'Register risiko SPBE yang terdokumentasi formal, tanpa pedoman',
    indicator: 21,
    range: [2, 2],
    because: 'tingkat 2: diterapkan dengan program terarah, "tanpa mengacu pada pedoman manajemen risiko SPBE"',
    docs: [
      {
        path: 'DISKOMINFO/Register Risiko SPBE 2025.pdf',
        pages: [
          `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nREGISTER RISIKO SPBE TAHUN 2025\n` +
            'Daftar risiko SPBE yang diidentifikasi dalam program kerja manajemen risiko SPBE tahun 2025: risiko kebocoran data, risiko gangguan pusat data, risiko kegagalan aplikasi.\n' +
            'Setiap risiko dilengkapi penyebab, dampak, level risiko, dan rencana penanganan.\nDitetapkan di Sukamaju pada tanggal 5 Februari 2025\nKepala Dinas Komunikasi dan Informatika\nttd',
        ],
      },
    ],
  },
  {
    name: 'Manajemen risiko mengacu pada pedoman PermenPANRB 5/2020',
    indicator: 21,
    range: [3, 3],
    because: 'tingkat 3: "dilaksanakan dengan mengacu pada pedoman manajemen risiko SPBE"; belum direviu (4)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Penerapan Manajemen Risiko SPBE 2025.pdf',
        pages: [
          `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025\n` +
            'Penerapan manajemen risiko SPBE dilaksanakan dengan mengacu pada pedoman manajemen risiko SPBE sebagaimana diatur dalam Peraturan Menteri PANRB Nomor 5 Tahun 2020, ' +
            'meliputi penetapan konteks, identifikasi, analisis, evaluasi, dan penanganan risiko SPBE.\nSukamaju, 10 Juli 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Pusat data: SOP dan catatan reviu tanpa tanggal, tidak dikonfirmasi',
    indicator: 16,
    range: [2, 3],
    because: 'reviu tanpa tanggal belum dihitung (tingkat 4) sebelum peninjau mengonfirmasi',
    docs: [
      {
        path: 'DISKOMINFO/SOP Pengoperasian Pusat Data.pdf',
        pages: [
          `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nSTANDAR OPERASIONAL PROSEDUR\nPENGOPERASIAN PUSAT DATA DAERAH\n` +
            'Layanan pusat data daerah digunakan oleh seluruh perangkat daerah untuk penempatan server aplikasi.\nProsedur: permohonan colocation, verifikasi, penempatan server, pemantauan.\n' +
            'Ditetapkan di Sukamaju pada tanggal 2 Januari 2025\nKepala Dinas\nttd',
        ],
      },
      {
        path: 'DISKOMINFO/Catatan Reviu Layanan Pusat Data.pdf',
        pages: ['CATATAN REVIU LAYANAN PUSAT DATA DAERAH\nReviu penggunaan layanan pusat data oleh perangkat daerah.\nHasil: kapasitas rak perlu ditambah.'],
      },
    ],
  },
  {
    name: 'Pusat data: SOP dan catatan reviu tanpa tanggal yang dikonfirmasi peninjau',
    indicator: 16,
    range: [3, 4],
    because: 'reviu tanpa tanggal dihitung setelah peninjau mengonfirmasinya; interkoneksi nasional tidak terlihat → paling tinggi 4',
    docs: [
      {
        path: 'DISKOMINFO/SOP Pengoperasian Pusat Data.pdf',
        pages: [
          `${KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nSTANDAR OPERASIONAL PROSEDUR\nPENGOPERASIAN PUSAT DATA DAERAH\n` +
            'Layanan pusat data daerah digunakan oleh seluruh perangkat daerah dan terhubung dengan Pusat Data Nasional.\nProsedur: permohonan colocation, verifikasi, penempatan server, pemantauan.\n' +
            'Ditetapkan di Sukamaju pada tanggal 2 Januari 2025\nKepala Dinas\nttd',
        ],
      },
      {
        path: 'DISKOMINFO/Catatan Reviu Layanan Pusat Data.pdf',
        pages: ['CATATAN REVIU LAYANAN PUSAT DATA DAERAH\nReviu penggunaan layanan pusat data oleh perangkat daerah.\nHasil: kapasitas rak perlu ditambah.'],
        confirmed: true,
      },
    ],
  },
  {
    name: 'Layanan kepegawaian: interaksi, transaksi, integrasi, evaluasi tanpa perbaikan',
    indicator: 36,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan berdasarkan hasil reviu dan evaluasi, bukan reviu saja',
    docs: [
      {
        path: 'BKPSDM/Manual SIMPEG Sukamaju.pdf',
        pages: [
          'MANUAL PENGGUNA APLIKASI SIMPEG KABUPATEN SUKAMAJU\nLayanan kepegawaian berbasis elektronik\n1. Pegawai mengunggah dokumen usulan kenaikan pangkat dan mengunduh SK.\n' +
            '2. Verifikasi dan persetujuan usulan oleh atasan langsung melalui alur kerja elektronik.\n3. Data pegawai tersinkronisasi dan terintegrasi dengan SIASN BKN melalui API.',
        ],
      },
      {
        path: 'BKPSDM/Laporan Evaluasi Layanan SIMPEG 2025.pdf',
        pages: [
          `${KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN EVALUASI LAYANAN KEPEGAWAIAN BERBASIS ELEKTRONIK (SIMPEG) TAHUN 2025\n` +
            'Evaluasi atas layanan SIMPEG menunjukkan waktu proses usulan menurun. Rekomendasi: perlu dilakukan penyempurnaan fitur notifikasi.\nSukamaju, 15 Agustus 2025',
        ],
      },
    ],
  },
  {
    name: 'Layanan kepegawaian: perbaikan yang dilakukan sesudah evaluasi',
    indicator: 36,
    range: [5, 5],
    because: 'tingkat 5: "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi"',
    docs: [
      {
        path: 'BKPSDM/Manual SIMPEG Sukamaju.pdf',
        pages: [
          'MANUAL PENGGUNA APLIKASI SIMPEG KABUPATEN SUKAMAJU\nLayanan kepegawaian berbasis elektronik\n1. Pegawai mengunggah dokumen usulan kenaikan pangkat dan mengunduh SK.\n' +
            '2. Verifikasi dan persetujuan usulan oleh atasan langsung melalui alur kerja elektronik.\n3. Data pegawai tersinkronisasi dan terintegrasi dengan SIASN BKN melalui API.',
        ],
      },
      {
        path: 'BKPSDM/Laporan Evaluasi Layanan SIMPEG 2025.pdf',
        pages: [
          `${KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN EVALUASI LAYANAN KEPEGAWAIAN BERBASIS ELEKTRONIK (SIMPEG) TAHUN 2025\n` +
            'Evaluasi atas layanan SIMPEG menunjukkan waktu proses usulan menurun. Rekomendasi: perlu dilakukan penyempurnaan fitur notifikasi.\nSukamaju, 15 Mei 2025',
        ],
      },
      {
        path: 'BKPSDM/Laporan Pengembangan SIMPEG Versi 3.pdf',
        pages: [
          `${KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN PENGEMBANGAN APLIKASI SIMPEG VERSI 3\n` +
            'Menindaklanjuti hasil evaluasi layanan SIMPEG tahun 2025, telah dilakukan perbaikan fitur notifikasi dan alur persetujuan usulan kenaikan pangkat.\nSukamaju, 20 Oktober 2025',
        ],
      },
    ],
  },
  {
    name: 'Rencana dan anggaran SPBE tanpa konsultasi ke unit pengelola TIK',
    indicator: 13,
    range: [2, 2],
    because: 'tingkat 3 meminta seluruh rencana dan anggaran "telah dikonsultasikan kepada unit pengelola TIK", bukan cakupan seluruh unit',
    docs: [
      {
        path: 'BAPPEDA/Rekap Anggaran Belanja TIK Seluruh Perangkat Daerah 2025.pdf',
        pages: [
          `${KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nREKAPITULASI RENCANA KERJA DAN ANGGARAN BELANJA TEKNOLOGI INFORMASI DAN KOMUNIKASI\nSELURUH PERANGKAT DAERAH TAHUN ANGGARAN 2025\n` +
            'Program Penyelenggaraan SPBE: Kegiatan pengembangan aplikasi, pengadaan perangkat jaringan, dan langganan internet seluruh perangkat daerah.\nSukamaju, 10 Januari 2025',
        ],
      },
    ],
  },
  {
    name: 'Rencana dan anggaran SPBE dengan rekomendasi teknis Diskominfo',
    indicator: 13,
    range: [3, 3],
    because: 'tingkat 3: "seluruh Rencana dan Anggaran SPBE … telah dikonsultasikan kepada unit pengelola TIK"',
    docs: [
      {
        path: 'BAPPEDA/Rekap Anggaran Belanja TIK Seluruh Perangkat Daerah 2025.pdf',
        pages: [
          `${KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nREKAPITULASI RENCANA KERJA DAN ANGGARAN BELANJA TEKNOLOGI INFORMASI DAN KOMUNIKASI\nSELURUH PERANGKAT DAERAH TAHUN ANGGARAN 2025\n` +
            'Program Penyelenggaraan SPBE: seluruh usulan belanja TIK perangkat daerah telah dikonsultasikan kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis sebelum dimasukkan ke RKA.\nSukamaju, 10 Januari 2025',
        ],
      },
    ],
  },
  {
    name: 'Kebijakan Audit TIK yang hanya mengatur audit keamanan',
    indicator: 9,
    range: [2, 2],
    because: 'tingkat 2: "hanya mengatur pelaksanaan sebagian Audit TIK"',
    docs: [
      {
        path: 'SETDA/Perbup Audit TIK.pdf',
        pages: [
          `${KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nPELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI\nBUPATI SUKAMAJU,\n` +
            'Pasal 2\nAudit TIK di lingkungan Pemerintah Daerah meliputi audit keamanan SPBE atas sistem elektronik perangkat daerah.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 5 Juni 2024\nBUPATI SUKAMAJU,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kebijakan Tim Koordinasi untuk seluruh perangkat daerah, reviu sudah kedaluwarsa',
    indicator: 10,
    range: [3, 3],
    because: 'tingkat 3: tugas Tim Koordinasi untuk seluruh perangkat daerah; reviu lebih dari masa berlaku tidak mendukung tingkat 4',
    docs: [
      {
        path: 'SETDA/Keputusan Bupati Tim Koordinasi SPBE.pdf',
        pages: [
          `${KOP}\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100/45/KPTS/2024\nTENTANG\nPEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nBUPATI SUKAMAJU,\n` +
            'KESATU: Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju.\nKEDUA: Tim Koordinasi SPBE bertugas mengoordinasikan penerapan SPBE pada seluruh perangkat daerah.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 8 Januari 2024\nBUPATI SUKAMAJU,\nttd',
        ],
      },
      {
        path: 'SETDA/Notulen Reviu Keputusan Tim Koordinasi SPBE 2022.pdf',
        pages: [
          `${KOP}\nNOTULEN RAPAT REVIU KEBIJAKAN TIM KOORDINASI SPBE\nHari/tanggal: Selasa, 8 Maret 2022\nPembahasan: reviu keputusan tentang Tim Koordinasi SPBE.`,
        ],
      },
    ],
  },
];
