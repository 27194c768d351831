/**
 * Level scenarios for issue 9 §4 (second set), written from the criteria (kriteria tingkat, bukti dukung, kriteria
 * pemenuhan) for indicators with few scenarios, in general classes: evidence spread over several documents where one
 * contradicts another (a policy for all units against a report of some units; a review dated before the policy it
 * reviews); the review of level 4 written as "monitoring dan evaluasi", "kajian", "audit" or "penilaian", and words
 * that are no review ("penilaian risiko", "kajian kebutuhan"); the follow-up of level 5 written as "revisi",
 * "perubahan", "pembaruan", "ditingkatkan", or a Perbup amending a Perbup; services described by screens and manuals
 * with or without integration with other services; reviews older than the window of the config; undated documents.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

/** A regulation of the head of region: kop, title, body pages, and the signature block with its date. */
const regulation = (p: { path: string; kop: string; head: string; number: string; title: string; body: string; place: string; date: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\nPERATURAN ${p.head}\nNOMOR ${p.number}\nTENTANG\n${p.title}\n${p.body}`, `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd`],
});

/** A report of a unit: kop, unit, title, body lines, place and date, signer. */
const report = (p: { path: string; kop: string; unit: string; title: string; body: string[]; place: string; date: string | null; signer?: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\n${p.unit}\n${p.title}\n${p.body.join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer ?? 'Kepala Dinas'}`],
});

/** Kabupaten Sukamaju's service-bus regulation for all units, connected to the national bus (levels 2–3, 4 content of 18). */
const perbupSplp = regulation({
  path: 'SETDA/Perbup 11 Tahun 2024 Sistem Penghubung Layanan.pdf',
  kop: KAB_KOP,
  head: 'BUPATI SUKAMAJU',
  number: '11 TAHUN 2024',
  title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH DAERAH',
  body:
    'Pasal 2\nSistem penghubung layanan digunakan oleh seluruh perangkat daerah untuk pertukaran data dan layanan antar aplikasi.\n' +
    'Pasal 3\nSistem penghubung layanan Pemerintah Daerah terhubung dengan Sistem Penghubung Layanan Pemerintah yang dikelola Kementerian Komunikasi dan Informatika.\n',
  place: 'Sukamaju',
  date: '4 Maret 2024',
});

/** The data-management report of Kota Tanjung Raya: all six processes, by the guideline, strategy of Forum Satu Data for all units (3 and the 4 content of 23). */
const laporanManajemenData = report({
  path: 'DISKOMINFO/Laporan Penerapan Manajemen Data 2025.pdf',
  kop: KOTA_KOP,
  unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  title: 'LAPORAN PENERAPAN MANAJEMEN DATA TAHUN 2025',
  body: [
    'Manajemen data dilaksanakan sesuai rencana kerja dan mengacu pada pedoman manajemen data SPBE serta Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia.',
    'Kegiatan mencakup pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data.',
    'Strategi pengelolaan data ditetapkan oleh Forum Satu Data Kota Tanjung Raya dan diterapkan di seluruh perangkat daerah.',
  ],
  place: 'Tanjung Raya',
  date: '20 Februari 2025',
});

/** Risk management by the guideline, its strategic policy set by the risk committee for all units (3 and the 4 content of 21). */
const laporanRisiko = report({
  path: 'INSPEKTORAT/Laporan Penerapan Manajemen Risiko SPBE 2025.pdf',
  kop: KAB_KOP,
  unit: 'SEKRETARIAT DAERAH',
  title: 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025',
  body: [
    'Manajemen risiko SPBE dilaksanakan sesuai rencana dan mengacu pada pedoman manajemen risiko SPBE (Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2020).',
    'Kebijakan strategis manajemen risiko, termasuk selera risiko, ditetapkan oleh Komite Manajemen Risiko SPBE dan diterapkan di seluruh perangkat daerah.',
  ],
  place: 'Sukamaju',
  date: '15 Januari 2025',
  signer: 'Sekretaris Daerah',
});

/** A budgeting service with input, verification and approval, integrated with planning and finance (2–4 of 33). */
const manualPenganggaran = (integrated: boolean): ScenarioDoc => ({
  path: 'BPKAD/Manual Pengguna Aplikasi e-Budgeting.pdf',
  pages: [
    `${KOTA_KOP}\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\nMANUAL PENGGUNA APLIKASI E-BUDGETING\n` +
      '1. Operator perangkat daerah menginput RKA dan mengunggah dokumen pendukung.\n' +
      '2. Tim Anggaran Pemerintah Daerah memverifikasi RKA; status persetujuan tampil pada dasbor dan notifikasi dikirim ke operator.\n' +
      (integrated
        ? '3. Aplikasi e-Budgeting terintegrasi dengan aplikasi e-Planning dan aplikasi penatausahaan keuangan daerah melalui web service, sehingga pagu kegiatan diambil otomatis.'
        : '3. Setelah disetujui, RKA dicetak dan diserahkan kepada bidang anggaran.'),
  ],
});

/** The e-SAKIP service with upload, verification and integration with e-Kinerja (2–4 of 40). */
const manualSakip: ScenarioDoc = {
  path: 'BAG ORGANISASI/Manual e-SAKIP.pdf',
  pages: [
    `${KAB_KOP}\nSEKRETARIAT DAERAH\nPETUNJUK PENGGUNAAN APLIKASI E-SAKIP\n` +
      '1. Perangkat daerah mengunggah dokumen perjanjian kinerja dan laporan kinerja; pencarian dokumen tersedia pada menu Arsip.\n' +
      '2. Bagian Organisasi memverifikasi laporan kinerja dan memberikan persetujuan; status verifikasi tampil pada dasbor.\n' +
      '3. Capaian indikator kinerja diambil dari aplikasi e-Kinerja dan data anggaran dari aplikasi e-Budgeting melalui API.',
  ],
};

export const SCENARIOS: LevelScenario[] = [
  // Class 1: one document against another.
  {
    name: 'Kabupaten: Perbup SPLP untuk seluruh perangkat daerah, laporan "baru 9 dari 27 perangkat daerah" terhubung',
    indicator: 18,
    range: [2, 2],
    because: 'tingkat 3 meminta sistem penghubung layanan "telah diterapkan di seluruh unit kerja/perangkat daerah"; laporan penerapannya menyatakan baru sebagian, Perbup hanya mengatur sasarannya',
    docs: [
      perbupSplp,
      report({
        path: 'DISKOMINFO/Laporan Penggunaan Sistem Penghubung Layanan 2025.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PENGGUNAAN SISTEM PENGHUBUNG LAYANAN TAHUN 2025',
        body: [
          'Sesuai rencana kerja 2025, sistem penghubung layanan dioperasikan untuk pertukaran data antar aplikasi perangkat daerah.',
          'Sampai November 2025, baru 9 dari 27 perangkat daerah yang aplikasinya terhubung ke sistem penghubung layanan.',
        ],
        place: 'Sukamaju',
        date: '28 November 2025',
      }),
    ],
  },
  {
    name: 'Kota: Perwal SPLP mengatur seluruh perangkat daerah, laporan pelaksanaan "baru 12 dari 30" perangkat daerah',
    instansi: KOTA,
    indicator: 7,
    range: [3, 3],
    because: 'indikator kebijakan: tingkat 3 "kebijakan internal … telah mengatur penggunaan Sistem Penghubung Layanan untuk seluruh unit kerja"; yang dinilai pengaturannya, bukan capaian penerapannya (indikator 18); tanpa reviu (4)',
    docs: [
      regulation({
        path: 'SETDA/Perwal 6 Tahun 2024 Sistem Penghubung Layanan.pdf',
        kop: KOTA_KOP,
        head: 'WALI KOTA TANJUNG RAYA',
        number: '6 TAHUN 2024',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        body: 'Pasal 2\nSeluruh perangkat daerah wajib menggunakan sistem penghubung layanan untuk pertukaran data dan integrasi layanan SPBE.\n',
        place: 'Tanjung Raya',
        date: '12 Februari 2024',
      }),
      report({
        path: 'DISKOMINFO/Laporan Pelaksanaan Sistem Penghubung Layanan 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PELAKSANAAN SISTEM PENGHUBUNG LAYANAN TAHUN 2025',
        body: ['Sesuai rencana kerja, aplikasi perangkat daerah dihubungkan secara bertahap.', 'Sampai Oktober 2025, baru 12 dari 30 perangkat daerah yang terhubung.'],
        place: 'Tanjung Raya',
        date: '30 Oktober 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup Audit TIK lengkap, "reviu" yang bertanggal sebelum Perbup ditetapkan (reviu rancangannya)',
    indicator: 9,
    range: [3, 3],
    because: 'tingkat 4 meminta kebijakan internal Audit TIK yang ditetapkan "telah direviu dan dievaluasi secara periodik"; reviu bertanggal sebelum kebijakan itu ada menelaah rancangannya (bukti penyusunan, tingkat 1)',
    docs: [
      regulation({
        path: 'SETDA/Perbup 14 Tahun 2025 Audit TIK.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '14 TAHUN 2025',
        title: 'AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body: 'Pasal 3\nAudit TIK meliputi audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.\nPasal 4\nAudit TIK dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.\n',
        place: 'Sukamaju',
        date: '15 Juli 2025',
      }),
      report({
        path: 'DISKOMINFO/Laporan Hasil Reviu Kebijakan Audit TIK.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL REVIU KEBIJAKAN INTERNAL AUDIT TIK',
        body: [
          'Reviu dilaksanakan oleh Tim Koordinasi SPBE bersama Bagian Hukum terhadap konsep pengaturan audit TIK sebelum ditetapkan.',
          'Hasil reviu: ruang lingkup audit perlu memuat audit aplikasi dan audit keamanan.',
        ],
        place: 'Sukamaju',
        date: '10 Maret 2025',
      }),
    ],
  },
  {
    name: 'Kota: dokumen Peta Rencana SPBE lengkap, laporan reviu bertanggal sebelum dokumen itu disusun',
    instansi: KOTA,
    indicator: 12,
    range: [3, 3],
    because: 'tingkat 4 meminta dokumen Peta Rencana SPBE yang "telah direviu dan dievaluasi secara periodik" (dan penerapan lewat renja); reviu yang lebih tua dari dokumennya tidak mereviu dokumen itu',
    docs: [
      {
        path: 'BAPPEDA/Dokumen Peta Rencana SPBE 2025-2029.pdf',
        pages: [
          `${KOTA_KOP}\nDOKUMEN PETA RENCANA SPBE PEMERINTAH KOTA TANJUNG RAYA TAHUN 2025–2029\n` +
            'Peta Rencana SPBE memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.\n' +
            'Program Peta Rencana dijabarkan dalam Renja dan RKA perangkat daerah setiap tahun.\n',
          'Ditetapkan di Tanjung Raya\npada tanggal 2 September 2025\nWALI KOTA TANJUNG RAYA,\nttd',
        ],
      },
      report({
        path: 'BAPPEDA/Laporan Reviu Peta Rencana SPBE.pdf',
        kop: KOTA_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN HASIL REVIU PETA RENCANA SPBE',
        body: ['Reviu dilaksanakan atas capaian program SPBE dan kebutuhan penyusunan peta rencana lima tahunan.', 'Hasil reviu menjadi bahan penyusunan dokumen Peta Rencana SPBE yang baru.'],
        place: 'Tanjung Raya',
        date: '14 Januari 2025',
        signer: 'Kepala Badan',
      }),
    ],
  },
  // Class 2: the review of level 4 in other words, and words that are no review.
  {
    name: 'Kota: manajemen data sesuai pedoman dan strategi Forum Satu Data, "laporan hasil monitoring dan evaluasi"',
    instansi: KOTA,
    indicator: 23,
    range: [4, 4],
    because: 'tingkat 4: strategi Forum Satu Data untuk seluruh perangkat daerah dan penerapan "telah direviu dan dievaluasi secara periodik" (monitoring dan evaluasi); tanpa perbaikan sesudahnya (5)',
    docs: [
      laporanManajemenData,
      report({
        path: 'DISKOMINFO/Laporan Monev Manajemen Data 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL MONITORING DAN EVALUASI PENERAPAN MANAJEMEN DATA TAHUN 2025',
        body: ['Monitoring dan evaluasi dilakukan terhadap pelaksanaan manajemen data di perangkat daerah.', 'Temuan: metadata sebagian dataset belum lengkap. Rekomendasi: pendampingan penyusunan metadata.'],
        place: 'Tanjung Raya',
        date: '18 September 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: manajemen risiko sesuai pedoman dan Komite, "laporan hasil kajian penerapan manajemen risiko"',
    indicator: 21,
    range: [4, 4],
    because: 'tingkat 4: kebijakan strategis Komite Manajemen Risiko untuk seluruh unit dan penerapannya dievaluasi (kajian atas penerapan yang menilai dan memberi temuan); tanpa perbaikan sesudahnya (5)',
    docs: [
      laporanRisiko,
      report({
        path: 'INSPEKTORAT/Laporan Hasil Kajian Penerapan Manajemen Risiko SPBE 2025.pdf',
        kop: KAB_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL KAJIAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025',
        body: ['Kajian menilai efektivitas penerapan manajemen risiko SPBE di perangkat daerah.', 'Temuan: register risiko dua perangkat daerah belum dimutakhirkan. Rekomendasi: pemutakhiran register risiko setiap semester.'],
        place: 'Sukamaju',
        date: '2 Oktober 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  {
    name: 'Kabupaten: manajemen risiko sesuai pedoman dan Komite, hanya "laporan penilaian risiko" (bukan evaluasi)',
    indicator: 21,
    range: [3, 3],
    because: 'penilaian (identifikasi dan analisis) risiko adalah pelaksanaan manajemen risiko itu sendiri, bukan reviu/evaluasi penerapannya; tingkat 4 belum terpenuhi',
    docs: [
      laporanRisiko,
      report({
        path: 'DISKOMINFO/Laporan Penilaian Risiko SPBE 2025.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PENILAIAN RISIKO SPBE TAHUN 2025',
        body: ['Penilaian risiko meliputi identifikasi, analisis, dan evaluasi risiko SPBE pada layanan pusat data dan aplikasi.', 'Daftar risiko dan rencana penanganan risiko tercantum pada lampiran.'],
        place: 'Sukamaju',
        date: '3 Maret 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: keamanan informasi berbasis risiko di seluruh perangkat daerah, "laporan audit internal SMKI" sebagai evaluasinya',
    instansi: PROV,
    indicator: 22,
    range: [4, 4],
    because: 'tingkat 4: strategi keamanan informasi Tim Koordinasi SPBE dan penerapan yang dievaluasi secara periodik (audit internal SMKI mengevaluasi penerapannya); tanpa perbaikan sesudahnya (5)',
    docs: [
      report({
        path: 'DISKOMINFOTIK/Laporan Penerapan Keamanan Informasi 2025.pdf',
        kop: PROV_KOP,
        unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
        title: 'LAPORAN PENERAPAN MANAJEMEN KEAMANAN INFORMASI TAHUN 2025',
        body: [
          'Pengendalian keamanan informasi dilaksanakan sesuai rencana kerja berdasarkan penilaian risiko SPBE di seluruh perangkat daerah.',
          'Strategi keamanan informasi ditetapkan oleh Tim Koordinasi SPBE Provinsi.',
        ],
        place: 'Kota Makmur',
        date: '10 Februari 2025',
      }),
      report({
        path: 'INSPEKTORAT/Laporan Audit Internal SMKI 2025.pdf',
        kop: PROV_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL AUDIT INTERNAL SISTEM MANAJEMEN KEAMANAN INFORMASI TAHUN 2025',
        body: ['Audit internal menilai kesesuaian penerapan pengendalian keamanan informasi di perangkat daerah.', 'Temuan: dua perangkat daerah belum menguji pemulihan cadangan data. Rekomendasi: uji pemulihan setiap triwulan.'],
        place: 'Kota Makmur',
        date: '21 Agustus 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  {
    name: 'Kabupaten: pusat data seluruh perangkat daerah dengan SOP, hanya "kajian kebutuhan" pengembangan (bukan evaluasi)',
    indicator: 16,
    range: [3, 3],
    because: 'tingkat 3: pusat data dipakai seluruh perangkat daerah dengan SOP; kajian kebutuhan merencanakan pengembangan, bukan reviu/evaluasi penerapannya (4)',
    docs: [
      report({
        path: 'DISKOMINFO/Laporan Layanan Pusat Data 2025.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN LAYANAN PUSAT DATA TAHUN 2025',
        body: ['Sesuai rencana kerja, layanan pusat data digunakan oleh seluruh perangkat daerah.', 'Standar operasional prosedur layanan pusat data telah ditetapkan dan diterapkan.'],
        place: 'Sukamaju',
        date: '7 April 2025',
      }),
      report({
        path: 'DISKOMINFO/Kajian Kebutuhan Pengembangan Pusat Data.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'KAJIAN KEBUTUHAN PENGEMBANGAN PUSAT DATA DAERAH',
        body: ['Kajian ini menghitung kebutuhan rak, daya listrik, dan pendingin untuk penambahan kapasitas pusat data pada tahun 2026.'],
        place: 'Sukamaju',
        date: '5 Juni 2025',
      }),
    ],
  },
  {
    name: 'Kota: e-Budgeting terintegrasi e-Planning, "laporan kajian" aplikasi tanpa perbaikan sesudahnya',
    instansi: KOTA,
    indicator: 33,
    range: [4, 4],
    because: 'tingkat 4: layanan penganggaran berkolaborasi dengan layanan perencanaan dan keuangan; tingkat 5 meminta perbaikan sesudah reviu/evaluasi, yang belum ada',
    docs: [
      manualPenganggaran(true),
      report({
        path: 'BPKAD/Laporan Kajian Aplikasi e-Budgeting 2025.pdf',
        kop: KOTA_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'LAPORAN HASIL KAJIAN LAYANAN APLIKASI E-BUDGETING TAHUN 2025',
        body: ['Kajian menilai kinerja aplikasi dan kepuasan pengguna perangkat daerah.', 'Rekomendasi: penambahan fitur analitik realisasi anggaran.'],
        place: 'Tanjung Raya',
        date: '9 Juli 2025',
        signer: 'Kepala Badan',
      }),
    ],
  },
  // Class 3: the follow-up of level 5 in other words.
  {
    name: 'Kota: manajemen data dievaluasi, lalu laporan bahwa SOP pengelolaan data "telah direvisi" sesudahnya',
    instansi: KOTA,
    indicator: 23,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi "ditindaklanjuti melalui perbaikan penerapan Manajemen Data" (revisi SOP dan mekanisme validasi sesudah evaluasi)',
    docs: [
      laporanManajemenData,
      report({
        path: 'DISKOMINFO/Laporan Monev Manajemen Data 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL MONITORING DAN EVALUASI PENERAPAN MANAJEMEN DATA TAHUN 2025',
        body: ['Monitoring dan evaluasi dilakukan terhadap pelaksanaan manajemen data di perangkat daerah.', 'Temuan: validasi data belum berjenjang.'],
        place: 'Tanjung Raya',
        date: '10 Juni 2025',
      }),
      report({
        path: 'DISKOMINFO/Laporan Revisi SOP Pengelolaan Data.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN REVISI SOP PENGELOLAAN DATA',
        body: ['Berdasarkan temuan monitoring dan evaluasi bulan Juni 2025, SOP pengelolaan data telah direvisi dan validasi data kini dilakukan berjenjang oleh walidata.'],
        place: 'Tanjung Raya',
        date: '6 Oktober 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup SPLP, evaluasi, lalu Perbup "tentang Perubahan Peraturan Bupati Nomor 11 Tahun 2024" sesudahnya',
    indicator: 7,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi kebijakan ditindaklanjuti dengan kebijakan baru (Perbup perubahan yang ditetapkan sesudah evaluasi)',
    docs: [
      perbupSplp,
      report({
        path: 'DISKOMINFO/Laporan Evaluasi Kebijakan Sistem Penghubung Layanan.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL EVALUASI KEBIJAKAN PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        body: ['Evaluasi atas Peraturan Bupati Nomor 11 Tahun 2024 dilaksanakan oleh Tim Koordinasi SPBE.', 'Rekomendasi: pengaturan katalog layanan dan standar interoperabilitas ditambahkan.'],
        place: 'Sukamaju',
        date: '12 Mei 2025',
      }),
      regulation({
        path: 'SETDA/Perbup 31 Tahun 2025 Perubahan Perbup Sistem Penghubung Layanan.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '31 TAHUN 2025',
        title: 'PERUBAHAN PERATURAN BUPATI NOMOR 11 TAHUN 2024 TENTANG PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH DAERAH',
        body: 'Pasal I\nDi antara Pasal 3 dan Pasal 4 disisipkan Pasal 3A: katalog layanan dan standar interoperabilitas sistem penghubung layanan ditetapkan oleh Kepala Dinas.\n',
        place: 'Sukamaju',
        date: '20 Oktober 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: dokumen Peta Rencana lengkap, reviu, lalu "Peta Rencana SPBE Revisi I" yang ditetapkan sesudahnya',
    instansi: PROV,
    indicator: 12,
    range: [4, 5],
    because: 'tingkat 5: pemutakhiran dokumen sesudah reviu; tingkat 4 juga meminta penerapan lewat rencana kerja dan anggaran tiga tahun terakhir, yang di sini hanya disebut dalam dokumen (4 atau 5)',
    docs: [
      {
        path: 'BAPPEDA/Dokumen Peta Rencana SPBE 2023-2027.pdf',
        pages: [
          `${PROV_KOP}\nDOKUMEN PETA RENCANA SPBE PROVINSI NUSA MAKMUR TAHUN 2023–2027\n` +
            'Peta Rencana SPBE memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.\n' +
            'Program dalam Peta Rencana dimuat dalam Renja dan RKA perangkat daerah tahun 2023, 2024, dan 2025.\n',
          'Ditetapkan di Kota Makmur\npada tanggal 6 Februari 2023\nGUBERNUR NUSA MAKMUR,\nttd',
        ],
      },
      report({
        path: 'BAPPEDA/Laporan Reviu Peta Rencana SPBE 2024.pdf',
        kop: PROV_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN HASIL REVIU DOKUMEN PETA RENCANA SPBE',
        body: ['Reviu atas Dokumen Peta Rencana SPBE 2023–2027 menemukan target layanan SPBE yang belum selaras dengan RPJMD.'],
        place: 'Kota Makmur',
        date: '11 November 2024',
        signer: 'Kepala Badan',
      }),
      {
        path: 'BAPPEDA/Dokumen Peta Rencana SPBE 2023-2027 Revisi I.pdf',
        pages: [
          `${PROV_KOP}\nDOKUMEN PETA RENCANA SPBE PROVINSI NUSA MAKMUR TAHUN 2023–2027 (REVISI I)\n` +
            'Revisi ini menyesuaikan target layanan SPBE dengan RPJMD. Peta Rencana SPBE memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.\n',
          'Ditetapkan di Kota Makmur\npada tanggal 3 Maret 2025\nGUBERNUR NUSA MAKMUR,\nttd',
        ],
      },
    ],
  },
  {
    name: 'Kota: e-Budgeting terintegrasi, kajian, lalu berita acara bahwa fitur "telah ditingkatkan" sesudahnya',
    instansi: KOTA,
    indicator: 33,
    range: [5, 5],
    because: 'tingkat 5: layanan "telah ditingkatkan/dikembangkan" (bukti dukung 5) sesudah reviu/evaluasi, berdasarkan hasilnya',
    docs: [
      manualPenganggaran(true),
      report({
        path: 'BPKAD/Laporan Evaluasi Aplikasi e-Budgeting 2025.pdf',
        kop: KOTA_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'LAPORAN HASIL EVALUASI LAYANAN APLIKASI E-BUDGETING TAHUN 2025',
        body: ['Evaluasi menilai kinerja aplikasi dan kepuasan pengguna perangkat daerah.', 'Rekomendasi: penambahan fitur analitik realisasi anggaran.'],
        place: 'Tanjung Raya',
        date: '9 Juli 2025',
        signer: 'Kepala Badan',
      }),
      report({
        path: 'BPKAD/Berita Acara Peningkatan Aplikasi e-Budgeting.pdf',
        kop: KOTA_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'BERITA ACARA PENINGKATAN LAYANAN APLIKASI E-BUDGETING',
        body: ['Sesuai rekomendasi evaluasi bulan Juli 2025, layanan aplikasi e-Budgeting telah ditingkatkan dengan fitur analitik realisasi anggaran dan telah digunakan perangkat daerah.'],
        place: 'Tanjung Raya',
        date: '24 Oktober 2025',
        signer: 'Kepala Badan',
      }),
    ],
  },
  // Class 4: services by screens and manuals, with or without integration.
  {
    name: 'Kota: manual e-Budgeting dengan verifikasi dan persetujuan RKA, tanpa integrasi',
    instansi: KOTA,
    indicator: 33,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (validasi, mekanisme persetujuan); tidak terlihat kolaborasi dengan layanan perencanaan/keuangan (4)',
    docs: [manualPenganggaran(false)],
  },
  {
    name: 'Kabupaten: tangkapan layar LPSE dengan pencarian paket dan unduh dokumen pemilihan saja',
    indicator: 35,
    range: [2, 2],
    because: 'tingkat 2: layanan interaksi (pencarian informasi, pengunduhan dokumen); tidak terlihat transaksi (3)',
    docs: [
      {
        path: 'BAG PBJ/Tangkapan layar LPSE Kabupaten Sukamaju.png',
        pages: [
          'LPSE Kabupaten Sukamaju\nCari Paket: [ kata kunci ]  [Cari]\nDaftar Paket Tender 2025: Rehabilitasi Gedung Puskesmas Sukamaju — Pagu Rp 1.250.000.000\n' +
            'Unduh Dokumen Pemilihan (PDF)  |  Unduh Pengumuman\nKontak LPSE: lpse@sukamajukab.go.id',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: e-SAKIP dengan unggah, verifikasi, persetujuan, dan data dari e-Kinerja melalui API',
    indicator: 40,
    range: [4, 4],
    because: 'tingkat 4: layanan akuntabilitas kinerja berbagi pakai data dengan layanan lain (e-Kinerja, e-Budgeting melalui API); tanpa reviu dan perbaikan (5)',
    docs: [manualSakip],
  },
  {
    name: 'Kabupaten: pendaftaran pasien puskesmas daring dengan verifikasi dan bridging BPJS Kesehatan',
    indicator: 45,
    range: [4, 4],
    because: 'tingkat 4: layanan publik sektoral berkolaborasi dengan layanan elektronik instansi lain (bridging dengan BPJS Kesehatan); tanpa reviu dan perbaikan (5)',
    docs: [
      {
        path: 'DINKES/Indikator 45 Layanan Kesehatan/Manual Pendaftaran Online Puskesmas.pdf',
        // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
        confirmed: true,
        pages: [
          `${KAB_KOP}\nDINAS KESEHATAN\nMANUAL PENGGUNA APLIKASI PENDAFTARAN ONLINE PUSKESMAS\n` +
            '1. Pasien mengisi formulir pendaftaran dan mengunggah foto kartu identitas.\n' +
            '2. Petugas loket memverifikasi data pasien; nomor antrean dan notifikasi jadwal dikirim kepada pasien.\n' +
            '3. Data kepesertaan diverifikasi otomatis ke BPJS Kesehatan melalui bridging P-Care.',
        ],
      },
    ],
  },
  {
    name: 'Kota: PPDB daring dengan unggah berkas dan verifikasi, integrasi Dapodik "direncanakan tahun 2026"',
    instansi: KOTA,
    indicator: 46,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (unggah berkas, verifikasi, pengumuman hasil); integrasi yang baru direncanakan belum menunjukkan kolaborasi (4)',
    docs: [
      {
        path: 'DISDIK/Indikator 46 Layanan Pendidikan/Manual PPDB Online.pdf',
        // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
        confirmed: true,
        pages: [
          `${KOTA_KOP}\nDINAS PENDIDIKAN\nPANDUAN PENGGUNAAN APLIKASI PPDB ONLINE\n` +
            '1. Calon peserta didik mengisi formulir pendaftaran dan mengunggah kartu keluarga serta rapor.\n' +
            '2. Operator sekolah memverifikasi berkas; status verifikasi dan hasil seleksi diumumkan melalui akun pendaftar.\n' +
            '3. Integrasi dengan Dapodik direncanakan pada tahun 2026.',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: portal informasi pariwisata dengan profil destinasi dan infografis kunjungan',
    instansi: PROV,
    indicator: 47,
    range: [1, 1],
    because: 'tingkat 1: layanan publik sektoral yang "hanya memberikan layanan informasi"; tidak ada fitur interaksi (2)',
    docs: [
      {
        path: 'DISPAR/Indikator 47 Layanan Pariwisata/Tangkapan layar Portal Pariwisata.png',
        // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
        confirmed: true,
        pages: [
          'Portal Pariwisata Provinsi Nusa Makmur\nBeranda | Destinasi | Agenda | Berita\nProfil destinasi: Pantai Makmur Indah, Danau Sijunjung\n' +
            'Infografis jumlah kunjungan wisatawan 2025\nBerita: Festival Budaya Nusa Makmur digelar Agustus 2025',
        ],
      },
    ],
  },
  // Class 5: reviews older than the window of the config, and undated documents.
  {
    name: 'Kabupaten: SPLP di seluruh perangkat daerah terhubung SPLP nasional, evaluasi tahun 2023 (lebih dari dua tahun)',
    indicator: 18,
    range: [3, 3],
    because: 'tingkat 4 meminta reviu dan evaluasi yang masih berlaku (kurang dari dua tahun, pemetaan.masaBerlakuReviuTahun); evaluasi Juni 2023 sudah kedaluwarsa',
    docs: [
      report({
        path: 'DISKOMINFO/Laporan Operasional Sistem Penghubung Layanan 2025.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN OPERASIONAL SISTEM PENGHUBUNG LAYANAN TAHUN 2025',
        body: [
          'Sesuai rencana kerja, sistem penghubung layanan telah diterapkan di seluruh perangkat daerah.',
          'Sistem penghubung layanan daerah terhubung dengan Sistem Penghubung Layanan Pemerintah.',
        ],
        place: 'Sukamaju',
        date: '5 Mei 2025',
      }),
      report({
        path: 'DISKOMINFO/Laporan Evaluasi Sistem Penghubung Layanan 2023.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL EVALUASI SISTEM PENGHUBUNG LAYANAN TAHUN 2023',
        body: ['Evaluasi dilaksanakan terhadap ketersediaan dan kinerja sistem penghubung layanan.'],
        place: 'Sukamaju',
        date: '12 Juni 2023',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup jaringan intra, reviu 18 bulan lalu, masa berlaku reviu dalam konfigurasi satu tahun',
    indicator: 6,
    masaBerlakuReviuTahun: 1,
    range: [3, 3],
    because: 'tingkat 4 meminta reviu periodik yang masih berlaku; konfigurasi menetapkan masa berlaku satu tahun, reviu Juni 2024 sudah lewat',
    docs: [
      regulation({
        path: 'SETDA/Perbup 9 Tahun 2023 Jaringan Intra.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '9 TAHUN 2023',
        title: 'PENGGUNAAN JARINGAN INTRA PEMERINTAH DAERAH',
        body: 'Pasal 2\nJaringan intra digunakan oleh seluruh perangkat daerah.\nPasal 3\nJaringan intra Pemerintah Daerah terhubung dengan Jaringan Intra Pemerintah.\n',
        place: 'Sukamaju',
        date: '8 Mei 2023',
      }),
      report({
        path: 'DISKOMINFO/Laporan Reviu Kebijakan Jaringan Intra 2024.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL REVIU KEBIJAKAN JARINGAN INTRA',
        body: ['Reviu atas Peraturan Bupati Nomor 9 Tahun 2023 dilaksanakan oleh Tim Koordinasi SPBE.'],
        place: 'Sukamaju',
        date: '14 Juni 2024',
      }),
    ],
  },
  {
    name: 'Provinsi: JDIH terhubung JDIHN, evaluasi tahun 2022 dan rilis versi baru tahun 2023',
    instansi: PROV,
    indicator: 44,
    range: [4, 4],
    because: 'tingkat 4: JDIH berkolaborasi dengan JDIH Nasional; tingkat 5 meminta reviu/evaluasi yang masih berlaku dan perbaikan sesudahnya, evaluasi 2022 sudah kedaluwarsa',
    docs: [
      {
        path: 'BIRO HUKUM/Manual JDIH Provinsi.pdf',
        pages: [
          `${PROV_KOP}\nBIRO HUKUM\nPANDUAN JDIH PROVINSI NUSA MAKMUR\n1. Pengguna mencari dan mengunduh produk hukum daerah.\n2. Admin mengunggah produk hukum; verifikator memvalidasi metadata sebelum terbit.\n` +
            '3. Metadata produk hukum terintegrasi dengan JDIH Nasional (JDIHN) melalui web service.',
        ],
      },
      report({
        path: 'BIRO HUKUM/Laporan Evaluasi JDIH 2022.pdf',
        kop: PROV_KOP,
        unit: 'BIRO HUKUM',
        title: 'LAPORAN HASIL EVALUASI LAYANAN JDIH TAHUN 2022',
        body: ['Evaluasi menilai kelengkapan metadata dan kecepatan pencarian produk hukum.'],
        place: 'Kota Makmur',
        date: '19 Oktober 2022',
        signer: 'Kepala Biro Hukum',
      }),
      report({
        path: 'BIRO HUKUM/Catatan Rilis JDIH versi 3.pdf',
        kop: PROV_KOP,
        unit: 'BIRO HUKUM',
        title: 'CATATAN RILIS JDIH VERSI 3.0',
        body: ['Sebagai tindak lanjut hasil evaluasi 2022, JDIH versi 3.0 dirilis dengan pencarian teks lengkap.'],
        place: 'Kota Makmur',
        date: '6 Maret 2023',
        signer: 'Kepala Biro Hukum',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup Peta Rencana lengkap dan laporan reviu tanpa tanggal yang belum dikonfirmasi',
    indicator: 2,
    range: [3, 3],
    because: 'tingkat 4 meminta reviu periodik yang masih berlaku; reviu tanpa tanggal tidak terlihat masih berlaku (dan tanpa keselarasan dengan Peta Rencana SPBE Nasional)',
    docs: [
      regulation({
        path: 'SETDA/Perbup 4 Tahun 2024 Peta Rencana SPBE.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '4 TAHUN 2024',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        body:
          'Pasal 2\nPeta Rencana SPBE memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.\n' +
          'Pasal 3\nPeta Rencana SPBE Daerah selaras dengan Peta Rencana SPBE Nasional.\n',
        place: 'Sukamaju',
        date: '19 Januari 2024',
      }),
      report({
        path: 'DISKOMINFO/Catatan Reviu Kebijakan Peta Rencana.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'CATATAN HASIL REVIU KEBIJAKAN PETA RENCANA SPBE',
        body: ['Reviu atas Peraturan Bupati Nomor 4 Tahun 2024 mencatat target tahunan yang perlu diselaraskan dengan RPJMD.'],
        place: 'Sukamaju',
        date: null,
      }),
    ],
  },
  {
    name: 'Kabupaten: e-SAKIP terintegrasi, evaluasi, lalu catatan pengembangan tanpa tanggal',
    indicator: 40,
    range: [4, 4],
    because: 'tingkat 5 meminta perbaikan yang terlihat dibuat sesudah reviu; catatan tanpa tanggal tidak menunjukkan urutan itu',
    docs: [
      manualSakip,
      report({
        path: 'BAG ORGANISASI/Laporan Evaluasi e-SAKIP 2025.pdf',
        kop: KAB_KOP,
        unit: 'SEKRETARIAT DAERAH',
        title: 'LAPORAN HASIL EVALUASI LAYANAN APLIKASI E-SAKIP TAHUN 2025',
        body: ['Evaluasi menilai kemudahan pengunggahan dan verifikasi laporan kinerja.', 'Rekomendasi: notifikasi tenggat pelaporan.'],
        place: 'Sukamaju',
        date: '4 Agustus 2025',
        signer: 'Kepala Bagian Organisasi',
      }),
      report({
        path: 'BAG ORGANISASI/Catatan Pengembangan e-SAKIP.pdf',
        kop: KAB_KOP,
        unit: 'SEKRETARIAT DAERAH',
        title: 'CATATAN PENGEMBANGAN APLIKASI E-SAKIP',
        body: ['Fitur notifikasi tenggat pelaporan telah ditambahkan dan telah diperbarui pada aplikasi e-SAKIP.'],
        place: 'Sukamaju',
        date: null,
        signer: 'Kepala Bagian Organisasi',
      }),
    ],
  },
  // Class 1 again: two documents of the same implementation indicator disagree on the units covered.
  {
    name: 'Kabupaten: SOP pusat data "berlaku bagi seluruh perangkat daerah", laporan pemanfaatan "baru 12 dari 30 perangkat daerah"',
    indicator: 16,
    range: [2, 2],
    because: 'tingkat 3 meminta layanan pusat data "digunakan oleh seluruh unit kerja/perangkat daerah"; laporan pemanfaatan menyatakan baru sebagian, SOP hanya menetapkan sasaran berlakunya',
    docs: [
      {
        path: 'DISKOMINFO/SOP Layanan Pusat Data.pdf',
        pages: [
          `${KAB_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nSTANDAR OPERASIONAL PROSEDUR LAYANAN PUSAT DATA\n` +
            'Prosedur ini berlaku bagi seluruh perangkat daerah yang menempatkan aplikasi dan basis data pada pusat data daerah.\n' +
            '1. Perangkat daerah mengajukan permohonan penempatan aplikasi.\n2. Petugas pusat data memverifikasi kebutuhan dan menyiapkan server.\nSukamaju, 3 Februari 2025\nKepala Dinas',
        ],
      },
      report({
        path: 'DISKOMINFO/Laporan Pemanfaatan Pusat Data 2025.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PEMANFAATAN LAYANAN PUSAT DATA TAHUN 2025',
        body: ['Sesuai rencana kerja, layanan pusat data ditawarkan kepada perangkat daerah.', 'Sampai Desember 2025, baru 12 dari 30 perangkat daerah yang menempatkan aplikasinya di pusat data daerah.'],
        place: 'Sukamaju',
        date: '1 Desember 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: laporan keamanan informasi "ke seluruh perangkat daerah", laporan penerapan per perangkat daerah "8 dari 25"',
    instansi: PROV,
    indicator: 22,
    range: [2, 2],
    because: 'tingkat 3 meminta pengendalian keamanan informasi di seluruh perangkat daerah; laporan penilaian lain menyatakan baru 8 dari 25 yang menerapkannya',
    docs: [
      report({
        path: 'DISKOMINFOTIK/Laporan Tahunan Keamanan Informasi 2025.pdf',
        kop: PROV_KOP,
        unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
        title: 'LAPORAN TAHUNAN KEAMANAN INFORMASI TAHUN 2025',
        body: ['Sesuai rencana kerja, pengendalian keamanan informasi berdasarkan risiko SPBE diarahkan ke seluruh perangkat daerah.'],
        place: 'Kota Makmur',
        date: '15 Desember 2025',
      }),
      report({
        path: 'DISKOMINFOTIK/Laporan Penerapan Pengendalian Keamanan per Perangkat Daerah 2025.pdf',
        kop: PROV_KOP,
        unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
        title: 'LAPORAN PENERAPAN PENGENDALIAN KEAMANAN INFORMASI PER PERANGKAT DAERAH 2025',
        body: ['Pengendalian keamanan informasi berbasis risiko telah diterapkan oleh 8 dari 25 perangkat daerah.'],
        place: 'Kota Makmur',
        date: '20 November 2025',
      }),
    ],
  },
  // Class 4 again: a manual that asks for an internet connection shows no collaboration with another service.
  {
    name: 'Kota: manual e-Kinerja dengan persetujuan atasan, perangkat "harus terhubung dengan internet"',
    instansi: KOTA,
    indicator: 41,
    range: [3, 3],
    because: 'tingkat 3: transaksi (persetujuan atasan, status); terhubung dengan internet bukan kolaborasi dengan layanan elektronik lain (4)',
    docs: [
      {
        path: 'BKPSDM/Manual e-Kinerja.pdf',
        pages: [
          `${KOTA_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nMANUAL PENGGUNA APLIKASI E-KINERJA\n` +
            'Persyaratan: perangkat harus terhubung dengan internet dan menggunakan peramban terbaru.\n' +
            '1. Pegawai mengisi laporan kinerja harian dan mengunggah bukti kegiatan.\n2. Atasan langsung memverifikasi dan menyetujui laporan; status persetujuan tampil pada dasbor.',
        ],
      },
    ],
  },
];
