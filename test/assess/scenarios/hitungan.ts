/**
 * Level scenarios for partial coverage written as a count, in words or in figures ("tiga dari enam", "sebagian",
 * "belum seluruhnya", "9 dari 12", "21/34"), from the criteria whose level 2 reads "tidak/belum … seluruhnya" or
 * "sebagian unit kerja/perangkat daerah" and whose level 3 asks for all of them: a document that says the work
 * reaches all units in its aims but counts only part of them does not reach the level of all units/all programmes.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kabupaten: Tim Koordinasi, "tiga dari enam program kerja" terlaksana',
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: tugas/program kerja "tidak/belum dilaksanakan seluruhnya"; tingkat 3 meminta seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Tim Koordinasi SPBE Semester II 2025.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Tim Koordinasi SPBE menetapkan enam program kerja tahun 2025 sesuai rencana kerja, untuk dilaksanakan seluruhnya sampai akhir tahun.\n' +
            'Realisasi: tiga dari enam program kerja telah dilaksanakan, yaitu penyusunan Arsitektur SPBE, rapat koordinasi, dan pendampingan aplikasi.\n' +
            'Sukamaju, 1 Desember 2025\nSekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        ],
      },
    ],
  },
  {
    name: 'Kota: Tim Koordinasi, program kerja "belum seluruhnya" dilaksanakan dan "sebagian" ditunda',
    instansi: KOTA,
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: "tidak/belum dilaksanakan seluruhnya"',
    docs: [
      {
        path: 'SETDA/Laporan Kinerja Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nSEKRETARIAT DAERAH\nLAPORAN KINERJA TIM KOORDINASI SPBE TAHUN 2025\n` +
            'Program kerja Tim Koordinasi SPBE tahun 2025 disusun sesuai rencana dan ditujukan bagi seluruh perangkat daerah.\n' +
            'Sampai akhir triwulan III, program kerja tersebut belum seluruhnya dapat dilaksanakan; sebagian program kerja ditunda karena refocusing anggaran.\n' +
            'Tanjung Raya, 6 Oktober 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Tim Koordinasi, "Program terlaksana: 9 dari 12" dalam tabel',
    instansi: PROV,
    indicator: 19,
    range: [2, 2],
    because: 'tingkat 2: 9 dari 12 program kerja, belum seluruhnya',
    docs: [
      {
        path: 'SETDA/Laporan Tahunan Tim Koordinasi SPBE 2025.pdf',
        pages: [
          `${PROV_KOP}\nSEKRETARIAT DAERAH\nLAPORAN TAHUNAN TIM KOORDINASI SPBE PROVINSI NUSA MAKMUR TAHUN 2025\n` +
            'Program kerja Tim Koordinasi SPBE dilaksanakan sesuai rencana kerja tahun 2025.\nRekapitulasi program kerja\nJumlah program kerja: 12\nProgram terlaksana: 9 dari 12\n' +
            'Program yang belum terlaksana dijadwalkan pada tahun 2026.\nKota Makmur, 15 Desember 2025\nSekretaris Daerah',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pusat data untuk seluruh perangkat daerah, baru "dua belas dari tiga puluh dua" yang menempatkan aplikasinya',
    indicator: 16,
    range: [2, 2],
    because: 'tingkat 2: layanan pusat data "tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah"',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Layanan Pusat Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA TAHUN 2025\n` +
            'Pusat data daerah disediakan bagi seluruh perangkat daerah sesuai rencana kerja Diskominfo 2025.\n' +
            'Sampai dengan Oktober 2025, dua belas dari tiga puluh dua perangkat daerah telah menempatkan aplikasinya di pusat data daerah.\n' +
            'Standar operasional prosedur layanan pusat data telah ditetapkan.\nSukamaju, 31 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: jaringan intra seluruh perangkat daerah direncanakan, "OPD terhubung: 21/34"',
    instansi: KOTA,
    indicator: 17,
    range: [2, 2],
    because: 'tingkat 2: jaringan intra "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Jaringan Intra 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENERAPAN JARINGAN INTRA PEMERINTAH KOTA TANJUNG RAYA 2025\n` +
            'Jaringan intra pemerintah kota dibangun sesuai rencana untuk menghubungkan seluruh perangkat daerah.\nCapaian pembangunan jaringan intra\nOPD terhubung: 21/34\n' +
            'Sisa OPD dijadwalkan terhubung pada tahun 2026.\nTanjung Raya, 20 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: sistem penghubung layanan, "baru sebagian besar" perangkat daerah',
    instansi: PROV,
    indicator: 18,
    range: [2, 2],
    because: 'tingkat 2: sistem penghubung layanan "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"',
    docs: [
      {
        path: 'DISKOMINFOTIK/Laporan Penerapan Sistem Penghubung Layanan 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN PENERAPAN SISTEM PENGHUBUNG LAYANAN TAHUN 2025\n` +
            'Sistem penghubung layanan provinsi dibangun sesuai rencana kerja untuk seluruh perangkat daerah.\n' +
            'Saat ini sistem penghubung layanan baru digunakan oleh sebagian besar perangkat daerah; enam perangkat daerah belum memanfaatkannya.\n' +
            'Kota Makmur, 3 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pengendalian keamanan berbasis risiko, "tujuh dari dua puluh delapan" perangkat daerah',
    indicator: 22,
    range: [2, 2],
    because: 'tingkat 2: pengendalian keamanan "pada sebagian unit kerja/perangkat daerah"; tingkat 3 meminta seluruhnya',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Pengendalian Keamanan Informasi 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PENGENDALIAN KEAMANAN INFORMASI TAHUN 2025\n` +
            'Pengendalian keamanan informasi berdasarkan risiko SPBE ditujukan bagi seluruh perangkat daerah.\n' +
            'Pada tahun 2025 pengendalian keamanan informasi telah diterapkan pada tujuh dari dua puluh delapan perangkat daerah, dimulai dari perangkat daerah dengan risiko tertinggi.\n' +
            'Sukamaju, 17 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: manajemen perubahan sesuai pedoman, "baru 5 dari 12 unit kerja terkait"',
    instansi: KOTA,
    indicator: 27,
    range: [2, 2],
    because: 'tingkat 2: manajemen perubahan "tidak/belum dilaksanakan oleh seluruh unit kerja/perangkat daerah terkait"',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Manajemen Perubahan SPBE 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PELAKSANAAN MANAJEMEN PERUBAHAN SPBE TAHUN 2025\n` +
            'Manajemen perubahan SPBE dilaksanakan sesuai rencana dan mengacu pada pedoman manajemen perubahan SPBE yang berlaku bagi seluruh unit kerja.\n' +
            'Realisasi: kegiatan manajemen perubahan baru dilaksanakan oleh 5 dari 12 unit kerja terkait.\nTanjung Raya, 22 Oktober 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Surat Edaran jaringan intra untuk seluruh OPD, pelaksanaan "belum seluruhnya"',
    indicator: 17,
    range: [2, 2],
    because: 'tingkat 2: jaringan intra "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Jaringan Intra Kabupaten 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN PELAKSANAAN JARINGAN INTRA TAHUN 2025\n` +
            'Jaringan intra Pemerintah Kabupaten Sukamaju dibangun sesuai rencana kerja dan ditujukan bagi seluruh OPD.\n' +
            'Jaringan intra belum seluruhnya menjangkau kantor OPD di kecamatan.\nSukamaju, 8 Desember 2025\nKepala Dinas',
        ],
      },
    ],
  },
];
