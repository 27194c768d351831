/**
 * Level scenarios for who carried out an ICT audit (indicators 29–31), from their kriteria tingkat: an audit that
 * follows the guideline, by the instansi's own auditors or by BSSN without a word on certified auditors, is level 3
 * ("sesuai dengan pedoman Audit …"); level 4 asks for "auditor TIK/Sistem Informasi eksternal yang memiliki
 * sertifikasi auditor", which an accredited audit body (a Lembaga Audit TIK or a certification body accredited by
 * KAN) also shows.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kabupaten: audit infrastruktur oleh BSSN berdasarkan pedoman audit, tanpa keterangan sertifikasi auditor',
    indicator: 29,
    range: [3, 3],
    because: 'tingkat 3: "dilaksanakan sesuai dengan pedoman Audit Infrastruktur"; tingkat 4 meminta auditor eksternal yang memiliki sertifikasi',
    docs: [
      {
        path: 'DISKOMINFO/LHA Infrastruktur SPBE BSSN 2025.pdf',
        pages: [
          'BADAN SIBER DAN SANDI NEGARA\nDIREKTORAT KEAMANAN SIBER DAN SANDI PEMERINTAH DAERAH\nLAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nPEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit infrastruktur SPBE atas pusat data daerah dan jaringan intra Pemerintah Kabupaten Sukamaju dilaksanakan berdasarkan pedoman audit infrastruktur SPBE ' +
            'dan rencana audit tahun 2025 yang disepakati dengan Dinas Komunikasi dan Informatika.\n' +
            'Temuan: pembagian segmen jaringan belum sesuai standar; catatan pemeliharaan perangkat belum lengkap.\nJakarta, 21 Juli 2025\nDirektur Keamanan Siber dan Sandi Pemerintah Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit aplikasi oleh tim BSSN mengacu pada pedoman, rekomendasi sertifikasi SDM pengelola',
    instansi: KOTA,
    indicator: 30,
    range: [3, 3],
    because: 'tingkat 3: audit sesuai pedoman Audit Aplikasi SPBE; rekomendasi agar pengelola mengikuti sertifikasi bukan sertifikasi auditor (4)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi SPBE oleh BSSN 2025.pdf',
        pages: [
          'BADAN SIBER DAN SANDI NEGARA\nLAPORAN AUDIT APLIKASI SPBE\nPEMERINTAH KOTA TANJUNG RAYA TAHUN 2025\n' +
            'Tim BSSN melaksanakan audit aplikasi SPBE atas aplikasi perizinan dan aplikasi kepegawaian Pemerintah Kota Tanjung Raya dengan mengacu pada pedoman audit aplikasi SPBE, ' +
            'sesuai jadwal audit yang direncanakan.\nRekomendasi: pengelola aplikasi agar mengikuti pelatihan dan sertifikasi keamanan aplikasi.\nJakarta, 2 Oktober 2025',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): BSSN security audit following its guideline',
    instansi: PROV,
    indicator: 31,
    range: [3, 3],
    because: 'tingkat 3: the audit follows the security audit guideline; nothing shows an external auditor holding a certification (4)',
    docs: [
      {
        path: 'DISKOMINFOTIK/BSSN Security Audit Report 2025.pdf',
        pages: [
          'NATIONAL CYBER AND CRYPTO AGENCY (BSSN)\nSECURITY AUDIT REPORT\nPROVINCIAL GOVERNMENT OF NUSA MAKMUR, 2025\n' +
            'BSSN audited the security of the SPBE applications and the data centre of the Provincial Government of Nusa Makmur in accordance with the BSSN security audit guideline, ' +
            'as scheduled in the 2025 audit plan.\nFindings: weak password policy; no web application firewall.\nJakarta, 5 June 2025',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit aplikasi oleh Lembaga Audit TIK terakreditasi',
    indicator: 30,
    range: [4, 4],
    because: 'tingkat 4: audit oleh lembaga eksternal yang terakreditasi (auditor TIK eksternal bersertifikat); belum ada tindak lanjut (5)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi LATIK 2025.pdf',
        pages: [
          'PT CITRA AUDIT DIGITAL\nLembaga Audit TIK terakreditasi Komite Akreditasi Nasional\nLAPORAN AUDIT APLIKASI SPBE PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit aplikasi SPBE dilaksanakan sesuai pedoman audit aplikasi SPBE dan rencana audit yang disepakati, atas 8 aplikasi layanan publik.\n' +
            'Temuan dan rekomendasi diuraikan pada Bab III.\nYogyakarta, 17 September 2025\nKetua Tim Audit',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit infrastruktur oleh auditor eksternal pemegang sertifikat CISA',
    instansi: KOTA,
    indicator: 29,
    range: [4, 4],
    because: 'tingkat 4: auditor TIK eksternal yang memiliki sertifikasi auditor TIK/Sistem Informasi',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Infrastruktur SPBE Pihak Ketiga 2025.pdf',
        pages: [
          'KONSULTAN TEKNOLOGI INFORMASI PRIMA SOLUSI\nLAPORAN AUDIT INFRASTRUKTUR SPBE\nPEMERINTAH KOTA TANJUNG RAYA TAHUN 2025\n' +
            'Audit infrastruktur SPBE dilaksanakan oleh auditor eksternal yang ditunjuk melalui pengadaan jasa konsultansi. Seluruh anggota tim audit memegang sertifikat Certified Information Systems Auditor (CISA). ' +
            'Audit mengacu pada pedoman audit infrastruktur SPBE dan rencana audit 2025.\nSemarang, 28 Agustus 2025\nKetua Tim Auditor',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit keamanan oleh Inspektorat dengan auditor bersertifikat, sesuai pedoman',
    indicator: 31,
    range: [3, 3],
    because: 'tingkat 3: auditor internal Pemerintah Daerah, sesuai pedoman; sertifikasi auditor internal bukan auditor eksternal (4)',
    docs: [
      {
        path: 'INSPEKTORAT/Laporan Hasil Audit Keamanan SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nINSPEKTORAT DAERAH\nLAPORAN HASIL AUDIT KEAMANAN SPBE TAHUN 2025\n` +
            'Audit keamanan SPBE dilaksanakan oleh auditor internal Inspektorat Daerah yang telah bersertifikat auditor sistem informasi, sesuai Program Kerja Pengawasan Tahunan 2025 ' +
            'dan berdasarkan pedoman audit keamanan SPBE.\nTemuan: pencadangan data belum diuji secara berkala.\nSukamaju, 30 September 2025\nInspektur Daerah',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: audit keamanan oleh lembaga sertifikasi terakreditasi KAN terhadap SMKI',
    instansi: PROV,
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: audit oleh badan eksternal yang terakreditasi dengan auditor bersertifikat; belum ada tindak lanjut (5)',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Audit Sertifikasi SMKI 2025.pdf',
        pages: [
          'PT GLOBAL ASSURANCE INDONESIA\nLembaga Sertifikasi Sistem Manajemen terakreditasi KAN\nLAPORAN AUDIT KEAMANAN INFORMASI\nPEMERINTAH PROVINSI NUSA MAKMUR TAHUN 2025\n' +
            'Audit dilaksanakan terhadap penerapan SNI ISO/IEC 27001 di Dinas Komunikasi, Informatika dan Statistik sesuai rencana audit tahap 1 dan tahap 2.\n' +
            'Auditor: Lead Auditor ISO/IEC 27001.\nJakarta, 9 Oktober 2025',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit aplikasi internal Diskominfo sesuai pedoman BSSN',
    instansi: KOTA,
    indicator: 30,
    range: [3, 3],
    because: 'tingkat 3: sesuai pedoman Audit Aplikasi SPBE oleh auditor internal; tingkat 4 meminta auditor eksternal bersertifikat',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi Internal 2025 sesuai Pedoman.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN AUDIT APLIKASI SPBE TAHUN 2025\n` +
            'Audit aplikasi SPBE dilaksanakan oleh tim auditor internal Dinas Komunikasi dan Informatika sesuai rencana audit tahunan dan berpedoman pada Peraturan BSSN tentang audit aplikasi SPBE.\n' +
            'Tanjung Raya, 11 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
];
