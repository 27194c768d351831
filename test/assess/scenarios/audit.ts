/**
 * Level scenarios for the ICT audits (indicators 29–31), written from their kriteria tingkat: planned audits
 * without a guideline (2), audits by internal auditors or by the unit itself following a guideline (3), audits by
 * an external auditor with certification (4), and follow-up after the audit (5); Indonesian and English reports.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kabupaten: audit infrastruktur oleh Inspektorat sesuai pedoman',
    indicator: 29,
    range: [3, 3],
    because: 'tingkat 3: sesuai pedoman Audit Infrastruktur oleh auditor internal; tingkat 4 meminta auditor eksternal bersertifikat',
    docs: [
      {
        path: 'INSPEKTORAT/Laporan Hasil Audit Infrastruktur SPBE 2025.pdf',
        pages: [
          `${KAB_KOP}\nINSPEKTORAT DAERAH\nLAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025\n` +
            'Audit infrastruktur SPBE atas pusat data dan jaringan intra dilaksanakan oleh tim auditor internal Inspektorat Daerah sesuai Program Kerja Pengawasan Tahunan 2025 ' +
            'dan mengacu pada pedoman audit infrastruktur SPBE.\nTemuan: dokumentasi topologi jaringan belum mutakhir.\nSukamaju, 8 Oktober 2025\nInspektur Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit aplikasi oleh tim Diskominfo sendiri menurut rencana, tanpa pedoman',
    instansi: KOTA,
    indicator: 30,
    range: [2, 2],
    because: 'tingkat 2: sesuai perencanaan yang berkesinambungan, tanpa pedoman Audit Aplikasi SPBE',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi Internal 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN AUDIT APLIKASI SPBE TAHUN 2025\n` +
            'Sesuai rencana audit tahunan, Bidang Aplikasi Informatika memeriksa 12 aplikasi perangkat daerah: fungsi, ketersediaan, dan pengelolaan akun pengguna.\n' +
            'Tanjung Raya, 4 September 2025\nKepala Bidang Aplikasi Informatika',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit aplikasi oleh lembaga independen dengan auditor bersertifikat',
    instansi: KOTA,
    indicator: 30,
    range: [4, 4],
    because: 'tingkat 4: auditor TIK eksternal yang memiliki sertifikasi; belum ada tindak lanjut (5)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi SPBE oleh Auditor Eksternal 2025.pdf',
        pages: [
          'PT NUSANTARA AUDIT TEKNOLOGI\nLAPORAN AUDIT APLIKASI SPBE PEMERINTAH KOTA TANJUNG RAYA TAHUN 2025\n' +
            'Audit dilaksanakan oleh lembaga independen yang ditunjuk melalui pengadaan jasa konsultansi, oleh auditor yang memiliki sertifikat CISA, ' +
            'dengan mengacu pada pedoman audit aplikasi SPBE dan rencana audit yang disepakati.\nJakarta, 19 Agustus 2025\nLead Auditor',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): independent security audit by certified auditors',
    instansi: PROV,
    indicator: 31,
    range: [4, 4],
    because: 'tingkat 4: an external auditor holding an information security audit certification; no follow-up yet',
    docs: [
      {
        path: 'DISKOMINFOTIK/Information Security Audit Report 2025.pdf',
        pages: [
          'CYBERSAFE CONSULTING\nINFORMATION SECURITY AUDIT REPORT\nPROVINCIAL GOVERNMENT OF NUSA MAKMUR, 2025\n' +
            'This SPBE security audit was performed by an independent third-party auditor. The audit team holds ISO/IEC 27001 Lead Auditor and CISA certifications. ' +
            'The audit followed the BSSN security audit guideline and the agreed audit plan.\nJakarta, 11 September 2025',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit keamanan oleh auditor eksternal bersertifikat, tindak lanjut temuan sesudahnya',
    indicator: 31,
    range: [5, 5],
    because: 'tingkat 5: hasil audit keamanan ditindaklanjuti melalui perbaikan penerapan keamanan',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Keamanan SPBE 2025.pdf',
        pages: [
          'PT SIGAP AUDIT INDONESIA\nLAPORAN AUDIT KEAMANAN SPBE\nPEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025\n' +
            'Audit keamanan SPBE dilaksanakan oleh lembaga audit independen dengan auditor bersertifikat ISO/IEC 27001 Lead Auditor, sesuai pedoman audit keamanan.\n' +
            'Temuan: 3 aplikasi belum menerapkan enkripsi TLS; kebijakan kata sandi lemah.\nBandung, 2 Mei 2025',
        ],
      },
      {
        path: 'DISKOMINFO/Laporan Tindak Lanjut Hasil Audit Keamanan 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE TAHUN 2025\n` +
            'Menindaklanjuti hasil audit keamanan SPBE bulan Mei 2025, seluruh temuan telah ditindaklanjuti: sertifikat TLS dipasang pada 3 aplikasi dan kebijakan kata sandi diperbarui.\n' +
            'Sukamaju, 29 Agustus 2025\nKepala Dinas Komunikasi dan Informatika',
        ],
      },
    ],
  },
  {
    name: 'Kota: audit keamanan internal oleh Diskominfo sesuai SNI ISO/IEC 27001',
    instansi: KOTA,
    indicator: 31,
    range: [3, 3],
    because: 'tingkat 3: audit keamanan sesuai pedoman oleh auditor internal; bukan auditor eksternal (4)',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Internal Keamanan Informasi 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN AUDIT INTERNAL KEAMANAN SPBE TAHUN 2025\n` +
            'Audit internal keamanan SPBE dilaksanakan oleh tim auditor internal Diskominfo yang bersertifikat Lead Auditor, sesuai rencana audit 2025 dan mengacu pada SNI ISO/IEC 27001.\n' +
            'Tanjung Raya, 16 Juni 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: audit infrastruktur oleh BSSN selaku auditor eksternal bersertifikat',
    instansi: PROV,
    indicator: 29,
    range: [4, 4],
    because: 'tingkat 4: auditor eksternal yang memiliki sertifikasi auditor TIK',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Audit Infrastruktur SPBE BSSN 2025.pdf',
        pages: [
          'BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nPEMERINTAH PROVINSI NUSA MAKMUR TAHUN 2025\n' +
            'Audit infrastruktur SPBE atas pusat data dan jaringan intra Pemerintah Provinsi Nusa Makmur dilaksanakan oleh auditor eksternal dari BSSN yang tersertifikasi, ' +
            'sesuai pedoman audit infrastruktur dan rencana audit tahun 2025.\nJakarta, 3 Juli 2025',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: audit aplikasi oleh auditor eksternal, rekomendasi belum ditindaklanjuti',
    indicator: 30,
    range: [4, 4],
    because: 'tingkat 5 meminta hasil audit yang telah ditindaklanjuti melalui perbaikan; rencana tindak lanjut belum cukup',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Audit Aplikasi SPBE 2025.pdf',
        pages: [
          'KANTOR AKUNTAN PUBLIK DAN KONSULTAN TI MANDIRI\nLAPORAN AUDIT APLIKASI SPBE PEMERINTAH KABUPATEN SUKAMAJU 2025\n' +
            'Audit aplikasi dilaksanakan oleh auditor eksternal bersertifikat CISA sesuai pedoman audit aplikasi SPBE.\nRekomendasi: perbaikan validasi masukan pada aplikasi perizinan.\nSurabaya, 5 Juni 2025',
        ],
      },
      {
        path: 'DISKOMINFO/Rencana Tindak Lanjut Audit Aplikasi.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nRENCANA AKSI TINDAK LANJUT HASIL AUDIT APLIKASI SPBE\n` +
            'Rekomendasi auditor akan ditindaklanjuti pada tahun anggaran 2026 melalui pengembangan aplikasi perizinan.\nSukamaju, 1 Juli 2025',
        ],
      },
    ],
  },
];
