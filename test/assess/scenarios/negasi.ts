/**
 * Level scenarios, third set: evidence that states in the criteria's own words what is still missing. "Belum
 * mengacu pada pedoman" keeps an implementation at 2, "tanpa perencanaan"/"sewaktu-waktu" keeps it at 1, "belum
 * terhubung dengan Pusat Data Nasional" proves no interconnection, "belum memenuhi standar" keeps a business process
 * document at 1.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: register risiko yang belum mengacu pada pedoman manajemen risiko SPBE',
    instansi: KOTA,
    indicator: 21,
    range: [2, 2],
    because: 'tingkat 2: program terarah dan terencana, "tanpa mengacu pada pedoman manajemen risiko SPBE"',
    docs: [
      {
        path: 'DISKOMINFO/Register Risiko SPBE Kota 2025.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nREGISTER RISIKO SPBE TAHUN 2025\n` +
            'Sesuai rencana kegiatan manajemen risiko tahun 2025, risiko SPBE diidentifikasi dan dinilai oleh bidang masing-masing. ' +
            'Penyusunan register ini belum mengacu pada pedoman manajemen risiko SPBE; format mengikuti kebiasaan internal dinas.\n' +
            'Ditetapkan di Tanjung Raya pada tanggal 6 Maret 2025\nKepala Dinas\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen data terencana tanpa mengacu pada pedoman manajemen data',
    indicator: 23,
    range: [2, 2],
    because: 'tingkat 2: kegiatan terarah dan terencana, "tanpa mengacu pada pedoman Manajemen Data"',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Kegiatan Pengelolaan Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN KEGIATAN MANAJEMEN DATA TAHUN 2025\n` +
            'Sesuai rencana kerja, dilakukan pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data pada aplikasi kependudukan dan kesehatan. ' +
            'Kegiatan dilaksanakan tanpa mengacu pada pedoman manajemen data karena pedoman belum disusun.\nSukamaju, 12 Agustus 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: audit infrastruktur yang dilakukan sewaktu-waktu tanpa perencanaan',
    instansi: PROV,
    indicator: 29,
    range: [1, 1],
    because: 'tingkat 1: kegiatan Audit Infrastruktur dilaksanakan tanpa perencanaan yang berkesinambungan',
    docs: [
      {
        path: 'DISKOMINFOTIK/Catatan Pemeriksaan Infrastruktur 2025.pdf',
        pages: [
          `${PROV_KOP}\nDINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK\nLAPORAN AUDIT INFRASTRUKTUR SPBE\n` +
            'Audit infrastruktur atas ruang server dilakukan sewaktu-waktu setelah terjadi gangguan listrik, tanpa perencanaan audit.\nKota Makmur, 2 Mei 2025\nKepala Bidang',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: manajemen perubahan yang dilaksanakan tanpa perencanaan',
    indicator: 27,
    range: [1, 1],
    because: 'tingkat 1: kegiatan Manajemen Perubahan SPBE dilaksanakan tanpa perencanaan',
    docs: [
      {
        path: 'ORGANISASI/Laporan Sosialisasi Aplikasi Baru.pdf',
        pages: [
          `${KAB_KOP}\nSEKRETARIAT DAERAH BAGIAN ORGANISASI\nLAPORAN KEGIATAN MANAJEMEN PERUBAHAN SPBE\n` +
            'Sosialisasi perubahan ke aplikasi naskah dinas elektronik dilakukan secara insidental tanpa perencanaan, bila ada permintaan perangkat daerah.\nSukamaju, 9 Juli 2025\nKepala Bagian Organisasi',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pusat data seluruh perangkat daerah dengan SOP dan reviu, belum terhubung dengan Pusat Data Nasional',
    indicator: 16,
    range: [3, 3],
    because: 'tingkat 4 meminta interkoneksi dengan Pusat Data Nasional/pusat data lain; dokumennya menyatakan belum terhubung',
    docs: [
      {
        path: 'DISKOMINFO/Laporan Layanan Pusat Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN LAYANAN PUSAT DATA DAERAH TAHUN 2025\n` +
            'Layanan pusat data daerah digunakan oleh seluruh perangkat daerah sesuai SOP pengoperasian pusat data. Pusat data daerah belum terhubung dengan Pusat Data Nasional.\n' +
            'Sukamaju, 1 Agustus 2025\nKepala Dinas',
        ],
      },
      {
        path: 'DISKOMINFO/Notulen Reviu Layanan Pusat Data 2025.pdf',
        pages: [
          `${KAB_KOP}\nNOTULEN RAPAT REVIU PENGGUNAAN LAYANAN PUSAT DATA\nHari/tanggal: Rabu, 10 September 2025\nHasil reviu: kapasitas penyimpanan perlu ditambah.\nNotulis: Pranata Komputer`,
        ],
      },
    ],
  },
  {
    name: 'Kota: dokumen proses bisnis yang belum memenuhi standar',
    instansi: KOTA,
    indicator: 14,
    range: [1, 1],
    because: 'tingkat 1: dokumen Proses Bisnis tersedia tetapi belum memenuhi standar',
    docs: [
      {
        path: 'ORGANISASI/Peta Proses Bisnis Kota 2025.pdf',
        pages: [
          `${KOTA_KOP}\nBAGIAN ORGANISASI\nDOKUMEN PETA PROSES BISNIS PEMERINTAH KOTA TANJUNG RAYA\n` +
            'Peta proses bisnis disusun oleh masing-masing perangkat daerah dan belum memenuhi standar penyusunan peta proses bisnis sesuai PermenPANRB Nomor 19 Tahun 2018.\n' +
            'Ditetapkan di Tanjung Raya pada tanggal 4 April 2025\nSekretaris Daerah\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan pengaduan dengan notifikasi, integrasi nasional belum dilakukan',
    indicator: 42,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi; tingkat 4 meminta kolaborasi, dokumennya menyatakan belum terintegrasi',
    docs: [
      {
        path: 'DISKOMINFO/Manual Aplikasi Pengaduan Sukamaju.pdf',
        pages: [
          'MANUAL APLIKASI LAYANAN PENGADUAN MASYARAKAT KABUPATEN SUKAMAJU\n1. Warga mengisi formulir pengaduan dan mengunggah foto.\n' +
            '2. Admin memverifikasi dan mendisposisikan aduan; pelapor menerima notifikasi status aduan.\n3. Aplikasi ini belum terintegrasi dengan SP4N-LAPOR.',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: Pergub Peta Rencana yang mendefinisikan semua istilah di Pasal 1 tetapi hanya mengatur empat muatan',
    instansi: PROV,
    indicator: 2,
    range: [2, 2],
    because: 'tingkat 2: belum mengatur muatan Peta Rencana secara lengkap; definisi istilah di ketentuan umum bukan pengaturan muatan',
    docs: [
      {
        path: 'BIRO HUKUM/Pergub 14 Tahun 2024 Peta Rencana SPBE.pdf',
        pages: [
          'GUBERNUR NUSA MAKMUR\nPERATURAN GUBERNUR NUSA MAKMUR\nNOMOR 14 TAHUN 2024\nTENTANG\nPETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nGUBERNUR NUSA MAKMUR,\n' +
            'BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Gubernur ini yang dimaksud dengan:\n1. Tata Kelola SPBE adalah kerangka kerja yang memastikan terlaksananya pengaturan SPBE.\n' +
            '2. Manajemen SPBE adalah serangkaian proses untuk mencapai penerapan SPBE yang efektif.\n3. Layanan SPBE adalah keluaran yang dihasilkan oleh aplikasi SPBE.\n' +
            '4. Infrastruktur SPBE adalah semua perangkat keras, perangkat lunak, dan fasilitas.\n5. Aplikasi SPBE adalah satu atau sekumpulan program komputer.\n' +
            '6. Keamanan SPBE adalah pengendalian keamanan yang terpadu.\n7. Audit TIK adalah proses sistematis untuk memperoleh dan mengevaluasi bukti.\n',
          'BAB II\nMUATAN PETA RENCANA\nPasal 2\nPeta Rencana SPBE Provinsi memuat rencana:\na. Tata Kelola SPBE;\nb. Layanan SPBE;\nc. Aplikasi SPBE; dan\nd. Infrastruktur SPBE.\n' +
            'Ditetapkan di Kota Makmur\npada tanggal 11 Juni 2024\nGUBERNUR NUSA MAKMUR,\nttd',
        ],
      },
    ],
  },
];
