/**
 * Level scenarios, second set: the same criteria in other wordings. Follow-up documents that do not say "perubahan"
 * or that come undated, counts written "N OPD dari M OPD" or "Dari 10 program, 7 …", content lists of which the
 * document names only some while the missing words occur elsewhere in the text, invitations written as letters,
 * registers in English, services whose screens are in English.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

const perbupJaringan = (number: string, date: string): ScenarioDoc => ({
  path: `SETDA/Perbup ${number} Jaringan Intra.pdf`,
  pages: [
    `${KAB_KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR ${number}\nTENTANG\nLAYANAN JARINGAN INTRA PEMERINTAH DAERAH\nBUPATI SUKAMAJU,\n` +
      'Pasal 2\nJaringan intra pemerintah daerah digunakan oleh seluruh perangkat daerah untuk pertukaran data dan akses aplikasi.\n' +
      'Pasal 3\nJaringan intra pemerintah daerah terhubung dengan Jaringan Intra Pemerintah yang diselenggarakan kementerian.\n' +
      `Ditetapkan di Sukamaju\npada tanggal ${date}\nBUPATI SUKAMAJU,\nttd`,
  ],
});

const evaluasiJaringan: ScenarioDoc = {
  path: 'DISKOMINFO/Notulen Evaluasi Perbup Jaringan Intra.pdf',
  pages: [
    `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNOTULEN RAPAT EVALUASI PERATURAN BUPATI TENTANG LAYANAN JARINGAN INTRA\nHari/tanggal: Senin, 6 Mei 2024\n` +
      'Pembahasan: evaluasi pelaksanaan Peraturan Bupati tentang layanan jaringan intra. Disepakati pengaturan keamanan jaringan dan bandwidth minimum perlu ditambahkan.\nNotulis: Pranata Komputer',
  ],
};

const simpegManual: ScenarioDoc = {
  path: 'BKPSDM/Manual e-Kinerja Sukamaju.pdf',
  pages: [
    'MANUAL PENGGUNA E-KINERJA KABUPATEN SUKAMAJU\nLayanan kinerja pegawai berbasis elektronik\n1. Pegawai mengunggah rencana dan realisasi SKP.\n' +
      '2. Atasan langsung memverifikasi dan menyetujui SKP melalui alur kerja elektronik.\n3. Nilai kinerja terintegrasi dengan aplikasi TPP dan SIASN BKN melalui API.',
  ],
};

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kabupaten: Perbup jaringan intra, evaluasi, lalu Perbup baru (tanpa kata perubahan) sesudahnya',
    indicator: 6,
    range: [5, 5],
    because: 'tingkat 5: hasil evaluasi ditindaklanjuti dengan kebijakan baru yang ditetapkan sesudah evaluasi',
    docs: [perbupJaringan('4 TAHUN 2023', '10 Januari 2023'), evaluasiJaringan, perbupJaringan('15 TAHUN 2025', '2 Juni 2025')],
  },
  {
    name: 'Kabupaten: Perbup jaringan intra, evaluasi, Perbup lain yang bertanggal sebelum evaluasi',
    indicator: 6,
    range: [4, 4],
    because: 'tingkat 5 meminta kebijakan baru sesudah evaluasi; kebijakan yang lebih dulu bukan tindak lanjutnya',
    docs: [perbupJaringan('4 TAHUN 2023', '10 Januari 2023'), perbupJaringan('9 TAHUN 2023', '1 Agustus 2023'), evaluasiJaringan],
  },
  {
    name: 'Kota: Perwal siklus aplikasi, evaluasi, lalu Surat Edaran yang menindaklanjuti hasil evaluasi',
    instansi: KOTA,
    indicator: 4,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi kebijakan ditindaklanjuti dengan kebijakan baru (surat edaran yang ditetapkan)',
    docs: [
      {
        path: 'BAG HUKUM/Perwal 20 Tahun 2022 Pembangunan Aplikasi.pdf',
        pages: [
          'WALI KOTA TANJUNG RAYA\nPERATURAN WALI KOTA TANJUNG RAYA\nNOMOR 20 TAHUN 2022\nTENTANG\nPEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE\nWALI KOTA TANJUNG RAYA,\n' +
            'Pasal 3\nPembangunan aplikasi dilaksanakan sesuai siklus pembangunan aplikasi: analisis kebutuhan, perancangan, implementasi, pengujian, dan pemeliharaan.\n' +
            'Pasal 4\nPerangkat daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika sebelum membangun aplikasi.\n' +
            'Pasal 5\nPembangunan aplikasi terpadu dan dikendalikan oleh Dinas Komunikasi dan Informatika.\n' +
            'Ditetapkan di Tanjung Raya\npada tanggal 7 Juli 2022\nWALI KOTA TANJUNG RAYA,\nttd',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Evaluasi Kebijakan Pembangunan Aplikasi 2024.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN EVALUASI KEBIJAKAN PEMBANGUNAN APLIKASI SPBE TAHUN 2024\n` +
            'Evaluasi atas Peraturan Wali Kota Nomor 20 Tahun 2022 menunjukkan banyak perangkat daerah membangun aplikasi tanpa konsultasi. Rekomendasi: penegasan kewajiban konsultasi melalui surat edaran.\n' +
            'Tanjung Raya, 28 Oktober 2024\nKepala Dinas',
        ],
      },
      {
        path: 'SETDA/SE Wali Kota Kewajiban Konsultasi Pembangunan Aplikasi.pdf',
        pages: [
          'WALI KOTA TANJUNG RAYA\nSURAT EDARAN\nNOMOR 400/12/SE/2025\nTENTANG\nKEWAJIBAN KONSULTASI PEMBANGUNAN APLIKASI SPBE\n' +
            'Menindaklanjuti hasil evaluasi kebijakan pembangunan aplikasi SPBE tahun 2024, setiap perangkat daerah wajib mengajukan konsultasi rencana pembangunan aplikasi kepada Dinas Komunikasi dan Informatika.\n' +
            'Ditetapkan di Tanjung Raya\npada tanggal 20 Januari 2025\nWALI KOTA TANJUNG RAYA,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Perbup Arsitektur dengan empat domain, "layanan SPBE" hanya disebut di konsiderans',
    indicator: 1,
    range: [2, 2],
    because: 'tingkat 2: belum memuat secara lengkap domain Arsitektur (tidak ada domain keamanan dan layanan)',
    docs: [
      {
        path: 'SETDA/Perbup 2 Tahun 2024 Arsitektur SPBE.pdf',
        pages: [
          `${KAB_KOP}\nPERATURAN BUPATI SUKAMAJU\nNOMOR 2 TAHUN 2024\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nBUPATI SUKAMAJU,\n` +
            'Menimbang: bahwa untuk meningkatkan kualitas layanan SPBE dan keamanan SPBE yang terpadu, perlu menetapkan Arsitektur SPBE;\n' +
            'Pasal 3\nArsitektur SPBE memuat domain arsitektur:\na. proses bisnis;\nb. data dan informasi;\nc. infrastruktur SPBE; dan\nd. aplikasi SPBE.\n' +
            'Ditetapkan di Sukamaju\npada tanggal 19 Februari 2024\nBUPATI SUKAMAJU,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: pengendalian keamanan di 15 OPD dari total 40 OPD',
    instansi: PROV,
    indicator: 22,
    range: [2, 2],
    because: 'tingkat 2: pengendalian keamanan informasi pada sebagian perangkat daerah',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Keamanan Informasi Pemprov 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PENERAPAN MANAJEMEN KEAMANAN INFORMASI TAHUN 2025\n` +
            'Pengendalian keamanan informasi berdasarkan penilaian risiko SPBE telah dilaksanakan pada 15 OPD dari total 40 OPD di lingkungan Pemerintah Provinsi.\n' +
            'Kota Makmur, 30 September 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: Tim Koordinasi, "Dari 10 program kerja, 7 telah dilaksanakan"',
    instansi: KOTA,
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: tugas/program kerja tidak/belum dilaksanakan seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Tim Koordinasi SPBE Kota 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN TUGAS TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Dari 10 program kerja yang direncanakan tahun 2025, 7 telah dilaksanakan. Program kerja dikoordinasikan kepada seluruh perangkat daerah dalam rapat koordinasi SPBE.\n' +
            'Tanjung Raya, 15 November 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Tim Koordinasi, "terlaksana 6 program dari 9 program"',
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: tugas/program kerja tidak/belum dilaksanakan seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Triwulan Tim Koordinasi SPBE.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN TRIWULAN III TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Sesuai rencana kerja, telah terlaksana 6 program dari 9 program kerja Tim Koordinasi SPBE.\nSukamaju, 10 Oktober 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Perbup manajemen risiko dan surat undangan rapat evaluasi (perihal)',
    indicator: 21,
    range: [3, 3],
    because: 'tingkat 3: mengacu pada pedoman manajemen risiko SPBE; surat yang mengundang rapat evaluasi bukan bukti evaluasi',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Risiko SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025\n` +
            'Manajemen risiko SPBE dilaksanakan berdasarkan pedoman manajemen risiko SPBE (PermenPANRB Nomor 5 Tahun 2020) melalui penetapan konteks, identifikasi, analisis, dan penanganan risiko.\n' +
            'Sukamaju, 2 Juni 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Surat Rapat Evaluasi Manajemen Risiko.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor : 005/233/Diskominfo/2025\nSifat : Biasa\nLampiran : -\nPerihal : Rapat Evaluasi Penerapan Manajemen Risiko SPBE\n` +
            'Kepada Yth. Kepala Perangkat Daerah di Sukamaju\nSehubungan dengan pelaksanaan evaluasi manajemen risiko SPBE, dimohon kehadiran Bapak/Ibu atau pejabat yang ditunjuk pada:\n' +
            'Hari/tanggal : Kamis, 20 November 2025\nTempat : Aula Diskominfo\nDemikian, atas perhatiannya diucapkan terima kasih.\nSukamaju, 13 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): ICT asset register',
    instansi: PROV,
    indicator: 24,
    range: [2, 2],
    because: 'tingkat 2: a planned, directed asset activity documented formally, without the asset management guideline',
    docs: [
      {
        path: 'DISKOMINFOTIK/ICT Asset Register 2025.pdf',
        pages: [
          `${PROV_KOP}\nICT ASSET REGISTER 2025\nDepartment of Communication, Informatics and Statistics\n` +
            'Asset ID | Asset | Location | Owner | Condition\nA-001 | Core router | Data centre | Infrastructure division | Good\nA-002 | Storage array | Data centre | Infrastructure division | Good\n' +
            'Kota Makmur, 4 February 2025\nHead of Department',
        ],
      },
    ],
  },
  {
    name: 'Kota (English): e-office screen with disposition, digital signature and approval',
    instansi: KOTA,
    indicator: 37,
    range: [3, 3],
    because: 'tingkat 3: transaction features (workflow, approval, digital signature) on the screen',
    docs: [
      {
        path: 'SETDA/e-office screenshot.png',
        pages: [
          'e-Office Tanjung Raya City - Electronic records\nIncoming letters | Outgoing letters | Disposition\nDisposition to: Head of General Affairs\n' +
            'Status: waiting for approval\n[Approve] [Reject] [Sign with digital signature]',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: e-Kinerja terintegrasi, evaluasi, laporan pengembangan tanpa tanggal',
    indicator: 41,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan yang bertanggal sesudah reviu; dokumen perbaikan tanpa tanggal belum membuktikannya',
    docs: [
      simpegManual,
      {
        path: 'BKPSDM/Laporan Evaluasi e-Kinerja 2025.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN EVALUASI LAYANAN E-KINERJA TAHUN 2025\n` +
            'Evaluasi menunjukkan 18% SKP terlambat disetujui. Rekomendasi: pengingat otomatis kepada atasan.\nSukamaju, 4 Juni 2025',
        ],
      },
      {
        path: 'BKPSDM/Catatan Pengembangan e-Kinerja.pdf',
        pages: ['CATATAN PENGEMBANGAN APLIKASI E-KINERJA\nTelah dilakukan perbaikan: pengingat otomatis kepada atasan untuk SKP yang belum disetujui.'],
      },
    ],
  },
  {
    name: 'Kabupaten: e-Kinerja terintegrasi, evaluasi, aplikasi diperbarui sesudahnya',
    indicator: 41,
    range: [5, 5],
    because: 'tingkat 5: perbaikan berdasarkan hasil reviu dan evaluasi, sesudah evaluasi',
    docs: [
      simpegManual,
      {
        path: 'BKPSDM/Laporan Evaluasi e-Kinerja 2025.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN EVALUASI LAYANAN E-KINERJA TAHUN 2025\n` +
            'Evaluasi menunjukkan 18% SKP terlambat disetujui. Rekomendasi: pengingat otomatis kepada atasan.\nSukamaju, 4 Juni 2025',
        ],
      },
      {
        path: 'BKPSDM/Berita Acara Pemutakhiran e-Kinerja.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nBERITA ACARA SERAH TERIMA PEMUTAKHIRAN APLIKASI E-KINERJA\n` +
            'Aplikasi e-Kinerja telah diperbarui sesuai rekomendasi evaluasi bulan Juni 2025: pengingat otomatis kepada atasan dan dasbor keterlambatan SKP.\nSukamaju, 15 September 2025',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: layanan pengawasan internal dengan unggah LHP dan persetujuan tindak lanjut',
    instansi: PROV,
    indicator: 39,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi pengawasan (alur kerja, validasi, persetujuan)',
    docs: [
      {
        path: 'INSPEKTORAT/Manual SIMWAS Provinsi.pdf',
        pages: [
          'MANUAL PENGGUNA SIMWAS PROVINSI NUSA MAKMUR\nLayanan pengawasan internal pemerintah berbasis elektronik\n1. Auditor mengunggah kertas kerja dan laporan hasil pemeriksaan.\n' +
            '2. Pengendali teknis memvalidasi kertas kerja; Inspektur menyetujui laporan hasil pemeriksaan.\n3. Auditi mengunggah bukti tindak lanjut dan memantau status tindak lanjut.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: aplikasi SAKIP dengan unggah dan pencarian dokumen kinerja',
    indicator: 40,
    range: [2, 2],
    because: 'tingkat 2: layanan interaksi (pengunggahan, pengunduhan, pencarian); belum transaksi',
    docs: [
      {
        path: 'BAG ORGANISASI/Tangkapan layar e-SAKIP.png',
        pages: [
          'e-SAKIP Kabupaten Sukamaju\nSistem Akuntabilitas Kinerja Instansi Pemerintah\nCari dokumen: [ LKjIP ] [ 2024 ] [Cari]\n' +
            'Renstra Perangkat Daerah 2021-2026   Unduh\nLKjIP Dinas Kesehatan 2024   Unduh\n[Unggah Dokumen]',
        ],
      },
    ],
  },
  {
    name: 'Kota: Peta Rencana lengkap, reviu, dan Peta Rencana hasil reviu yang ditetapkan sesudahnya',
    instansi: KOTA,
    indicator: 12,
    range: [5, 5],
    because: 'tingkat 5: dokumen Peta Rencana SPBE dimutakhirkan sebagai tindak lanjut hasil reviu',
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
        path: 'BAPPEDA/Peta Rencana SPBE 2025-2029.pdf',
        pages: [
          `${KOTA_KOP}\nDOKUMEN PETA RENCANA SPBE KOTA TANJUNG RAYA TAHUN 2025-2029\nDisusun berdasarkan hasil reviu Peta Rencana SPBE tahun 2024.\n` +
            'BAB III PETA RENCANA\nA. Tata Kelola SPBE\nB. Manajemen SPBE\nC. Layanan SPBE\nD. Infrastruktur SPBE\nE. Aplikasi SPBE\nF. Keamanan SPBE\nG. Audit TIK\n' +
            'Ditetapkan di Tanjung Raya pada tanggal 17 Maret 2025\nWALI KOTA TANJUNG RAYA\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit keamanan oleh Lembaga Sertifikasi SMKI',
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: auditor eksternal yang memiliki sertifikasi (lembaga sertifikasi)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Sertifikasi SMKI 2025.pdf',
        pages: [
          'PT GLOBAL SERTIFIKASI INDONESIA\nLAPORAN AUDIT KEAMANAN INFORMASI TAHAP 2\nPEMERINTAH KABUPATEN SUKAMAJU\n' +
            'Audit keamanan SPBE dalam rangka sertifikasi SNI ISO/IEC 27001 dilaksanakan oleh lembaga sertifikasi terakreditasi KAN sesuai rencana audit.\n' +
            'Jakarta, 21 Oktober 2025\nLead Auditor',
        ],
      },
    ],
  },
  {
    name: 'Kota (English): internal audit team, following the guideline',
    instansi: KOTA,
    indicator: 30,
    range: [3, 3],
    because: 'tingkat 3: the audit follows the application audit guideline, carried out by internal auditors; no external auditor (4)',
    docs: [
      {
        path: 'INSPEKTORAT/Application Audit Report 2025.pdf',
        pages: [
          `${KOTA_KOP}\nINSPECTORATE\nSPBE APPLICATION AUDIT REPORT 2025\n` +
            'The application audit was carried out by the internal audit team of the Inspectorate in line with the annual audit plan and the SPBE application audit guideline.\n' +
            'Tanjung Raya, 12 August 2025\nInspector',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: seluruh program Tim Koordinasi terlaksana, rakor dihadiri seluruh perangkat daerah, dievaluasi',
    indicator: 19,
    range: [4, 4],
    because: 'tingkat 4: program kerja dikoordinasikan kepada semua perangkat daerah (rapat koordinasi yang dihadiri seluruhnya) dan direviu',
    docs: [
      {
        path: 'SETDA/Laporan Tahunan Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN TAHUNAN TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Seluruh program kerja Tim Koordinasi SPBE tahun 2025 telah terlaksana (11 dari 11 program kerja).\n' +
            'Program kerja dibahas dalam rapat koordinasi SPBE triwulanan yang dihadiri seluruh perangkat daerah.\nSukamaju, 28 November 2025\nSekretaris Daerah',
        ],
      },
      {
        path: 'SETDA/Laporan Evaluasi Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN HASIL EVALUASI PELAKSANAAN TUGAS TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Evaluasi atas pelaksanaan tugas dan program kerja Tim Koordinasi SPBE: target tercapai, koordinasi dengan kecamatan perlu ditingkatkan.\nSukamaju, 29 November 2025\nAsisten Administrasi Umum',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: portal data terbuka dengan unduh dataset dan sinkronisasi otomatis ke Portal Satu Data Indonesia',
    instansi: PROV,
    indicator: 43,
    range: [4, 4],
    because: 'tingkat 3 layanan data terbuka: otomasi pertukaran data; tingkat 4: kolaborasi dengan layanan data terbuka lain',
    docs: [
      {
        path: 'DISKOMINFOTIK/Tangkapan layar Portal Data Nusa Makmur.png',
        pages: [
          'Portal Satu Data Provinsi Nusa Makmur\nCari dataset: [ kemiskinan ] [Cari]\nDataset: Jumlah Penduduk Miskin per Kabupaten 2024   Unduh CSV | Unduh JSON\n' +
            'Pertukaran data otomatis: metadata dan dataset tersinkronisasi dengan Portal Satu Data Indonesia setiap hari melalui API.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: e-Kinerja terintegrasi, evaluasi dan perbaikan yang hanya bertanggal bulan',
    indicator: 41,
    range: [5, 5],
    because: 'tingkat 5: perbaikan berdasarkan hasil evaluasi, sesudahnya; laporan bertanggal "Sukamaju, Oktober 2024" tetap bertanggal',
    docs: [
      simpegManual,
      {
        path: 'BKPSDM/Laporan Evaluasi e-Kinerja 2024.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN EVALUASI LAYANAN E-KINERJA TAHUN 2024\n` +
            'Evaluasi menunjukkan penilaian perilaku kerja belum terhubung dengan presensi. Rekomendasi: integrasi data presensi.\nSukamaju, Oktober 2024\nKepala Badan',
        ],
      },
      {
        path: 'BKPSDM/Laporan Pengembangan e-Kinerja 2025.pdf',
        pages: [
          `${KAB_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nLAPORAN PENGEMBANGAN APLIKASI E-KINERJA TAHUN 2025\n` +
            'Sebagai tindak lanjut hasil evaluasi tahun 2024, telah dilakukan perbaikan: data presensi kini terbaca otomatis dalam penilaian perilaku kerja.\nSukamaju, Maret 2025\nKepala Badan',
        ],
      },
    ],
  },
];
