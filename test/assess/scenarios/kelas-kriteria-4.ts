/**
 * Level scenarios for issue 9 §4 (fourth set), written by a writer who has not read the rules, the levels profile
 * or the assessment code: only the criteria of KepmenPANRB 962/2021 (kriteria tingkat, bukti dukung, kriteria
 * pemenuhan). Each scenario is a small folder of one indicator that asks for a judgement, not one document per rung:
 * dates (a review outside the review window, a review dated before the policy it reviews, an improvement dated before
 * the review, an undated review, last year's review against this year's); who reviewed or audited (internal, an
 * external certified auditor, BSSN, a consultant without certification) and a neighbour Pemda's document filed in our
 * folder; coverage and counts (some OPDs only, 3 of 20 OPDs, programmes partly carried out, a plan not realised);
 * proof strength (an invitation or an agenda alone, an attendance list without minutes, a draft, an unsigned text, a
 * recommendation against an enacted revision, a plan to improve against the improvement done); services (a login
 * screen only, information pages, interaction, transaction, integration, a review and the improvement after it);
 * and folders where a higher level's document exists but a lower level's evidence is missing. Every criterion reads
 * "Kriteria tingkat N−1 telah terpenuhi dan …", so the levels are cumulative: a higher rung's evidence without the
 * lower rung's gives the lower level only. The assessment year is 2025 and the review window 2 years (fixtures).
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB, KOT, PRV, act, beritaAcara, draft, naskahUnit, notulenRapat, tangkapanLayar, undangan } from './dokumen.ts';

/** A neighbouring regency whose documents sometimes land in our folders (study visits, templates). */
const TETANGGA_KOP = 'PEMERINTAH KABUPATEN LEMBAH HIJAU';

// ---------------------------------------------------------------- shared documents

/** Kabupaten Sukamaju's Perbup on information security: the whole scope, for every OPD (content of 3–4 of 8). */
const perbupKeamanan = (date: string, number: string): ScenarioDoc =>
  act({
    path: 'SETDA/Perbup Manajemen Keamanan Informasi SPBE.pdf',
    kop: KAB.kop,
    head: KAB.head,
    number,
    title: 'MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
    body:
      'Pasal 3\nManajemen keamanan informasi meliputi penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan terhadap keamanan informasi.\n' +
      'Pasal 4\nManajemen keamanan informasi diterapkan pada seluruh perangkat daerah di lingkungan Pemerintah Kabupaten Sukamaju.\n',
    place: KAB.place,
    date,
  });

/** Kota Tanjung Raya's Perwal on the data centre, for every OPD and connected to the Pusat Data Nasional (content of 3–4 of 5). */
const perwalPusatData = (date: string): ScenarioDoc =>
  act({
    path: 'SETDA/Perwal 8 Tahun 2023 Layanan Pusat Data.pdf',
    kop: KOT.kop,
    head: KOT.head,
    number: '8 TAHUN 2023',
    title: 'PENYELENGGARAAN LAYANAN PUSAT DATA',
    body:
      'Pasal 5\nSeluruh perangkat daerah wajib menggunakan layanan pusat data kota yang dikelola Dinas Komunikasi dan Informatika.\n' +
      'Pasal 6\nPusat data kota melakukan interkoneksi dengan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan.\n',
    place: KOT.place,
    date,
  });

/** Provinsi Nusa Makmur's Pergub on ICT audit: infrastructure, application and security audits (content of 3 of 9). */
const pergubAuditTik = act({
  path: 'BIRO HUKUM/Pergub 17 Tahun 2023 Audit TIK.pdf',
  kop: PRV.kop,
  head: PRV.head,
  number: '17 TAHUN 2023',
  title: 'PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
  body:
    'Pasal 4\nAudit Teknologi Informasi dan Komunikasi meliputi audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.\n' +
    'Pasal 7\nAudit dilaksanakan paling sedikit satu kali dalam dua tahun oleh auditor internal atau lembaga pelaksana audit TIK terakreditasi.\n',
  place: PRV.place,
  date: '14 Agustus 2023',
});

/** Kabupaten Sukamaju's Perbup on the intranet: every OPD, interconnected with the Jaringan Intra Pemerintah (content of 3–4 of 6). */
const perbupJaringanIntra = (date: string, number: string, amends = false): ScenarioDoc =>
  act({
    path: amends ? 'DISKOMINFO/Perbup Perubahan Jaringan Intra.pdf' : 'DISKOMINFO/Perbup Jaringan Intra Pemerintah Daerah.pdf',
    kop: KAB.kop,
    head: KAB.head,
    number,
    title: amends ? 'PERUBAHAN ATAS PERATURAN BUPATI NOMOR 12 TAHUN 2022 TENTANG LAYANAN JARINGAN INTRA PEMERINTAH DAERAH' : 'LAYANAN JARINGAN INTRA PEMERINTAH DAERAH',
    body:
      'Pasal 3\nLayanan jaringan intra pemerintah daerah digunakan oleh seluruh perangkat daerah untuk pertukaran data dan informasi.\n' +
      'Pasal 4\nJaringan intra pemerintah daerah terhubung (interkoneksi) dengan Jaringan Intra Pemerintah yang diselenggarakan oleh Kementerian Komunikasi dan Informatika.\n' +
      (amends ? 'Pasal I\nKetentuan Pasal 3 diubah sehingga jaringan intra juga menjangkau kantor kecamatan.\n' : ''),
    place: KAB.place,
    date,
  });

/** Kota Tanjung Raya's budgeting application (SIPD-based): proposals, verification and approval, linked to the finance system. */
const manualPenganggaran: ScenarioDoc = {
  path: 'BPKAD/Manual Aplikasi e-Budgeting.pdf',
  pages: [
    `${KOT.kop}\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\nBUKU PETUNJUK PENGGUNAAN APLIKASI E-BUDGETING\n` +
      '1. Operator perangkat daerah menginput usulan Rencana Kerja dan Anggaran (RKA) per sub kegiatan.\n' +
      '2. Tim Anggaran Pemerintah Daerah melakukan verifikasi dan memberikan persetujuan RKA secara berjenjang di aplikasi.\n' +
      '3. RKA yang disetujui otomatis dikirim ke aplikasi penatausahaan keuangan daerah (SIPKD) sebagai DPA.',
  ],
};

const evaluasiPenganggaran = naskahUnit({
  path: 'BPKAD/Laporan Evaluasi Aplikasi e-Budgeting 2025.pdf',
  kop: KOT.kop,
  unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
  title: 'LAPORAN HASIL EVALUASI APLIKASI E-BUDGETING TAHUN 2025',
  body: [
    'Evaluasi dilakukan terhadap kesesuaian aplikasi dengan Permendagri Nomor 15 Tahun 2024 tentang pedoman penyusunan APBD dan keluhan pengguna.',
    'Hasil: kode rekening belum mengikuti klasifikasi terbaru dan proses persetujuan berjenjang terlalu lama.',
  ],
  place: KOT.place,
  date: '17 Maret 2025',
});

const perbaikanPenganggaran = (date: string): ScenarioDoc =>
  naskahUnit({
    path: 'BPKAD/Laporan Penyempurnaan Aplikasi e-Budgeting.pdf',
    kop: KOT.kop,
    unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
    title: 'LAPORAN PENYEMPURNAAN APLIKASI E-BUDGETING',
    body: [
      'Aplikasi e-Budgeting telah diperbaiki: kode rekening disesuaikan dengan klasifikasi terbaru dan persetujuan berjenjang dipersingkat menjadi dua tahap.',
      'Perbaikan telah diterapkan pada versi 4.1 dan digunakan untuk penyusunan APBD.',
    ],
    place: KOT.place,
    date,
  });

/** Kabupaten Sukamaju's infrastructure audit, internal, with its plan and the guideline it follows (1–3 of 29). */
const rencanaAuditInfra = naskahUnit({
  path: 'DISKOMINFO/Rencana Audit Infrastruktur SPBE 2024-2026.pdf',
  kop: KAB.kop,
  unit: KAB.kominfo,
  title: 'RENCANA PELAKSANAAN AUDIT INFRASTRUKTUR SPBE TAHUN 2024–2026',
  body: [
    'Audit infrastruktur SPBE dilaksanakan secara berkala setiap dua tahun sesuai program kerja bidang persandian dan infrastruktur.',
    'Objek audit: pusat data, jaringan intra, dan sistem penghubung layanan.',
  ],
  place: KAB.place,
  date: '8 Januari 2024',
});

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ======================= Policy 1–10
  // ----- Indicator 8 (kebijakan Manajemen Keamanan Informasi)
  {
    name: 'Kabupaten: Perbup keamanan informasi lengkap untuk seluruh OPD, satu-satunya telaah bertanggal 2021',
    indicator: 8,
    range: [3, 3],
    // K3: "mengatur seluruh cakupan Manajemen Keamanan Informasi secara lengkap"; K4 adds "penerapan untuk seluruh unit kerja/perangkat daerah"
    // and "telah direviu dan dievaluasi secara periodik" — a single review of 2021 is outside the 2-year window of an assessment of 2025.
    because: 'tingkat 4 meminta kebijakan yang "direviu dan dievaluasi secara periodik"; telaah tahun 2021 sudah di luar masa berlaku reviu 2 tahun',
    docs: [
      perbupKeamanan('2 Maret 2020', '9 TAHUN 2020'),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Telaah Perbup Keamanan Informasi 2021.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN HASIL TELAAH PERATURAN BUPATI NOMOR 9 TAHUN 2020 TENTANG MANAJEMEN KEAMANAN INFORMASI SPBE',
        body: ['Telaah dilakukan terhadap kesesuaian ketentuan dengan Peraturan BSSN Nomor 4 Tahun 2021.', 'Rekomendasi: ketentuan evaluasi kinerja keamanan informasi perlu diperjelas.'],
        place: KAB.place,
        date: '19 Oktober 2021',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup keamanan informasi lengkap untuk seluruh OPD, dievaluasi tahun lalu (2024)',
    indicator: 8,
    range: [4, 4],
    // K4: "penerapan untuk seluruh unit kerja/perangkat daerah … telah direviu dan dievaluasi secara periodik"; K5 needs "kebijakan baru".
    because: 'tingkat 4: cakupan lengkap, seluruh perangkat daerah, dan evaluasi tahun 2024 masih dalam masa berlaku; belum ada kebijakan baru (5)',
    docs: [
      perbupKeamanan('2 Maret 2020', '9 TAHUN 2020'),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Evaluasi Kebijakan Keamanan Informasi 2024.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'EVALUASI PERATURAN BUPATI NOMOR 9 TAHUN 2020 TENTANG MANAJEMEN KEAMANAN INFORMASI SPBE',
        day: 'Kamis, 12 September 2024',
        place: 'Ruang Rapat Diskominfo',
        agenda: 'Evaluasi pelaksanaan kebijakan manajemen keamanan informasi',
        points: ['Peserta mengevaluasi penerapan kebijakan keamanan informasi di perangkat daerah.', 'Ketentuan penanganan insiden belum mengatur pelaporan kepada CSIRT provinsi.'],
        conclusions: ['Kebijakan perlu disempurnakan pada tahun berikutnya.'],
      }),
    ],
  },
  // ----- Indicator 5 (kebijakan Layanan Pusat Data)
  {
    name: 'Kabupaten: Perbup pusat data hanya mewajibkan Diskominfo, Bappeda dan BPKAD',
    indicator: 5,
    range: [2, 2],
    // K2 Kondisi: "mengatur penggunaan Layanan Pusat Data untuk sebagian unit kerja/perangkat daerah"; K3 asks "seluruh".
    because: 'tingkat 2: kebijakan yang ditetapkan mengatur penggunaan pusat data untuk sebagian perangkat daerah; tingkat 3 meminta seluruh perangkat daerah',
    docs: [
      act({
        path: 'SETDA/Perbup 21 Tahun 2024 Pusat Data Daerah.pdf',
        kop: KAB.kop,
        head: KAB.head,
        number: '21 TAHUN 2024',
        title: 'PEMANFAATAN PUSAT DATA DAERAH',
        body:
          'Pasal 2\nPusat data daerah dimanfaatkan oleh Dinas Komunikasi dan Informatika, Badan Perencanaan Pembangunan Daerah, dan Badan Pengelolaan Keuangan dan Aset Daerah.\n' +
          'Pasal 3\nPerangkat daerah lain dapat memanfaatkan pusat data daerah secara bertahap setelah tersedia kapasitas.\n',
        place: KAB.place,
        date: '5 Juli 2024',
      }),
    ],
  },
  {
    name: 'Kabupaten: naskah Perbup pusat data tanpa nomor dan tanpa tanda tangan',
    indicator: 5,
    range: [1, 1],
    // K1: "Konsep kebijakan internal terkait Layanan Pusat Data … belum atau telah tersedia"; K2: "telah ditetapkan".
    because: 'tingkat 1: naskah tanpa nomor, tanpa tanggal penetapan dan tanpa tanda tangan masih konsep; tingkat 2 meminta kebijakan yang telah ditetapkan',
    docs: [
      {
        path: 'DISKOMINFO/Naskah Perbup Pusat Data (final).pdf',
        pages: [
          `${KAB.kop}\nPERATURAN BUPATI SUKAMAJU\nNOMOR     TAHUN 2025\nTENTANG\nPENYELENGGARAAN LAYANAN PUSAT DATA\n` +
            'Pasal 2\nSeluruh perangkat daerah menggunakan layanan pusat data daerah.\n',
          'Ditetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,\n\n(nama)',
        ],
      },
    ],
  },
  {
    name: 'Kota: Perwal pusat data seluruh OPD dan PDN, dievaluasi, tindak lanjut baru berupa rekomendasi perubahan',
    instansi: KOT.instansi,
    indicator: 5,
    range: [4, 4],
    // K5: "hasil reviu dan evaluasi … telah ditindaklanjuti dengan kebijakan baru"; a recommendation to amend is not an enacted policy.
    because: 'tingkat 4: seluruh perangkat daerah, interkoneksi dengan Pusat Data Nasional, dan dievaluasi; rekomendasi perubahan belum berupa kebijakan baru yang ditetapkan (5)',
    docs: [
      perwalPusatData('10 April 2023'),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Kajian Evaluasi Perwal Pusat Data.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN KAJIAN EVALUASI PERATURAN WALI KOTA NOMOR 8 TAHUN 2023 TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA',
        body: [
          'Kajian mengevaluasi pelaksanaan Peraturan Wali Kota Nomor 8 Tahun 2023 selama dua tahun.',
          'Rekomendasi: Peraturan Wali Kota perlu diubah untuk mengatur pemindahan layanan ke Pusat Data Nasional; rancangan perubahan akan disusun tahun 2026.',
        ],
        place: KOT.place,
        date: '3 Juni 2025',
      }),
    ],
  },
  // ----- Indicator 9 (kebijakan Audit TIK)
  {
    name: 'Kabupaten: rancangan Perbup audit TIK yang mengatur ketiga jenis audit',
    indicator: 9,
    range: [1, 1],
    // K1: "Konsep kebijakan internal terkait Audit TIK belum atau telah tersedia"; a draft is a concept however complete its content.
    because: 'tingkat 1: rancangan belum ditetapkan, walaupun muatannya mencakup audit infrastruktur, aplikasi dan keamanan',
    docs: [
      draft({
        path: 'DISKOMINFO/Ranperbup Audit TIK.pdf',
        kop: KAB.kop,
        head: KAB.head,
        year: '2025',
        title: 'PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body: 'Pasal 3\nAudit Teknologi Informasi dan Komunikasi meliputi audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.\n',
      }),
    ],
  },
  {
    name: 'Provinsi: Pergub audit TIK, notulen reviu, rancangan Pergub perubahan belum ditetapkan',
    instansi: PRV.instansi,
    indicator: 9,
    range: [4, 4],
    // K4: "telah direviu dan dievaluasi secara periodik"; K5: "ditindaklanjuti dengan kebijakan baru" — a draft amendment is not yet a new policy.
    because: 'tingkat 4: Pergub mengatur seluruh audit TIK dan telah direviu; rancangan perubahan yang belum ditetapkan bukan kebijakan baru (5)',
    docs: [
      pergubAuditTik,
      notulenRapat({
        path: 'DISKOMINFOTIK/Notulen Reviu Pergub Audit TIK.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'REVIU PERATURAN GUBERNUR NOMOR 17 TAHUN 2023 TENTANG PELAKSANAAN AUDIT TIK',
        day: 'Rabu, 21 Mei 2025',
        place: 'Ruang Rapat Bidang Persandian',
        agenda: 'Reviu kebijakan audit TIK',
        points: ['Reviu terhadap ketentuan frekuensi audit dan pelaksana audit.', 'Ketentuan tindak lanjut hasil audit belum diatur.'],
        conclusions: ['Disusun rancangan perubahan Peraturan Gubernur.'],
      }),
      draft({
        path: 'BIRO HUKUM/Rancangan Pergub Perubahan Audit TIK.pdf',
        kop: PRV.kop,
        head: PRV.head,
        year: '2025',
        title: 'PERUBAHAN ATAS PERATURAN GUBERNUR NOMOR 17 TAHUN 2023 TENTANG PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body: 'Pasal I\nDi antara Pasal 7 dan Pasal 8 disisipkan Pasal 7A tentang tindak lanjut hasil audit.\n',
      }),
    ],
  },
  // ----- Indicator 6 (kebijakan Layanan Jaringan Intra)
  {
    name: 'Kabupaten: Perbup jaringan intra 2022, Perbup perubahan 2023, evaluasi baru 2024',
    indicator: 6,
    range: [4, 4],
    // K5: "hasil reviu dan evaluasi … telah ditindaklanjuti dengan kebijakan baru"; an amendment enacted before the review cannot follow it up.
    because: 'tingkat 4: seluruh perangkat daerah, interkoneksi dengan Jaringan Intra Pemerintah, dan dievaluasi 2024; perubahan 2023 ditetapkan sebelum evaluasi, bukan tindak lanjutnya (5)',
    docs: [
      perbupJaringanIntra('7 Februari 2022', '12 TAHUN 2022'),
      perbupJaringanIntra('16 Mei 2023', '15 TAHUN 2023', true),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Monev Kebijakan Jaringan Intra 2024.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN MONITORING DAN EVALUASI PERATURAN BUPATI TENTANG LAYANAN JARINGAN INTRA PEMERINTAH DAERAH',
        body: ['Evaluasi kebijakan jaringan intra dilaksanakan terhadap 27 perangkat daerah dan 14 kecamatan.', 'Hasil: ketentuan keamanan jaringan belum mengatur segmentasi jaringan.'],
        place: KAB.place,
        date: '22 Oktober 2024',
      }),
    ],
  },
  // ----- Indicator 7 (kebijakan Penggunaan Sistem Penghubung Layanan)
  {
    name: 'Kota: Perwal sistem penghubung layanan 2025, berita acara reviu bertanggal 2023',
    instansi: KOT.instansi,
    indicator: 7,
    range: [3, 3],
    // K4: "kebijakan internal … telah direviu dan dievaluasi" — a review dated two years before the Perwal reviewed something else (its draft or an older text).
    because: 'tingkat 3: seluruh perangkat daerah; reviu bertanggal 2023 mendahului Perwal yang ditetapkan 2025, jadi bukan reviu kebijakan ini (4)',
    docs: [
      act({
        path: 'SETDA/Perwal 4 Tahun 2025 Sistem Penghubung Layanan.pdf',
        kop: KOT.kop,
        head: KOT.head,
        number: '4 TAHUN 2025',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH KOTA',
        body:
          'Pasal 3\nSeluruh perangkat daerah wajib menggunakan sistem penghubung layanan kota untuk pertukaran data antar aplikasi.\n' +
          'Pasal 4\nSistem penghubung layanan kota terhubung dengan Sistem Penghubung Layanan Pemerintah.\n',
        place: KOT.place,
        date: '20 Januari 2025',
      }),
      beritaAcara({
        path: 'DISKOMINFO/BA Reviu Kebijakan Sistem Penghubung Layanan.pdf',
        kop: KOT.kop,
        title: 'REVIU KEBIJAKAN PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        number: '045/77/Diskominfo/2023',
        opening: 'Pada hari ini Senin tanggal dua puluh bulan Maret tahun dua ribu dua puluh tiga (20-03-2023), telah dilaksanakan reviu kebijakan penggunaan sistem penghubung layanan.',
        body: ['Hasil reviu: ketentuan kewajiban penggunaan sistem penghubung layanan perlu ditegaskan.'],
        signers: 'Kepala Bidang Aplikasi Informatika\nttd',
      }),
    ],
  },
  // ----- Indicator 1 (kebijakan Arsitektur SPBE)
  {
    name: 'Kabupaten: Perbup Arsitektur SPBE Kabupaten Lembah Hijau (bahan studi tiru) dan rancangan Perbup sendiri',
    indicator: 1,
    range: [1, 1],
    // K2: "Kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah ditetapkan" — the instansi's own policy; a neighbour's Perbup is not ours.
    because: 'tingkat 1: kebijakan sendiri masih rancangan; Perbup Arsitektur milik kabupaten lain yang tersimpan di folder kita bukan kebijakan internal Pemda ini',
    docs: [
      act({
        path: 'DISKOMINFO/Bahan Studi Tiru/Perbup Arsitektur SPBE Lembah Hijau.pdf',
        kop: TETANGGA_KOP,
        head: 'BUPATI LEMBAH HIJAU',
        number: '33 TAHUN 2023',
        title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN LEMBAH HIJAU',
        body:
          'Pasal 3\nArsitektur SPBE memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.\n' +
          'Pasal 9\nArsitektur SPBE daerah mendukung integrasi SPBE antar pemerintah daerah dan dengan instansi pusat.\n',
        place: 'Lembah Hijau',
        date: '9 November 2023',
      }),
      draft({
        path: 'DISKOMINFO/Rancangan Perbup Arsitektur SPBE Sukamaju.pdf',
        kop: KAB.kop,
        head: KAB.head,
        year: '2025',
        title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU',
        body: 'Pasal 3\nArsitektur SPBE memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, dan layanan SPBE.\n',
      }),
    ],
  },
  // ----- Indicator 10 (kebijakan Tim Koordinasi SPBE)
  {
    name: 'Provinsi: Kepgub Tim Koordinasi untuk seluruh perangkat daerah, hanya undangan rapat reviu',
    instansi: PRV.instansi,
    indicator: 10,
    range: [3, 3],
    // K3: "tugas-tugas … yang mendukung penerapan SPBE pada seluruh unit kerja/perangkat daerah"; K4 asks a review (bukti undangan alone shows a meeting was called, not held).
    because: 'tingkat 3: tugas Tim Koordinasi untuk seluruh perangkat daerah; undangan rapat reviu saja bukan hasil reviu (4)',
    docs: [
      act({
        path: 'BIRO ORGANISASI/Kepgub Tim Koordinasi SPBE 2024.pdf',
        kop: PRV.kop,
        kind: 'KEPUTUSAN',
        head: PRV.head,
        number: '188.44/118/KPTS/2024',
        title: 'PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI NUSA MAKMUR',
        body:
          'KESATU: Membentuk Tim Koordinasi SPBE Provinsi Nusa Makmur.\n' +
          'KEDUA: Tim Koordinasi SPBE bertugas mengarahkan, memantau dan mengevaluasi penerapan SPBE di seluruh perangkat daerah Provinsi Nusa Makmur.\n',
        place: PRV.place,
        date: '2 Februari 2024',
      }),
      undangan({
        path: 'DISKOMINFOTIK/Undangan Reviu SK Tim Koordinasi.pdf',
        region: PRV,
        number: '005/1502/Diskominfotik',
        date: '4 November 2025',
        about: 'Rapat Reviu Keputusan Gubernur tentang Tim Koordinasi SPBE',
        agenda: 'Reviu susunan dan tugas Tim Koordinasi SPBE',
      }),
    ],
  },
  // ----- Indicator 2 (kebijakan Peta Rencana SPBE)
  {
    name: 'Kabupaten: Perbup Peta Rencana lengkap dan selaras nasional, daftar hadir rapat evaluasi tanpa notulen',
    indicator: 2,
    range: [3, 3],
    // K4: "keselarasan … dengan Peta Rencana SPBE Nasional. Selain itu … telah direviu dan dievaluasi secara periodik"; an attendance list records who came, not a result.
    because: 'tingkat 3: seluruh muatan Peta Rencana; daftar hadir tanpa notulen atau laporan bukan hasil reviu dan evaluasi (4)',
    docs: [
      act({
        path: 'SETDA/Perbup 5 Tahun 2024 Peta Rencana SPBE.pdf',
        kop: KAB.kop,
        head: KAB.head,
        number: '5 TAHUN 2024',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU TAHUN 2024–2026',
        body:
          'Pasal 3\nPeta Rencana SPBE memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.\n' +
          'Pasal 4\nPeta Rencana SPBE daerah disusun selaras dengan Peta Rencana SPBE Nasional.\n',
        place: KAB.place,
        date: '15 Januari 2024',
      }),
      {
        path: 'BAPPEDA/Daftar Hadir Rapat Evaluasi Peta Rencana SPBE.pdf',
        pages: [
          `${KAB.kop}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nDAFTAR HADIR\nRAPAT EVALUASI PERATURAN BUPATI TENTANG PETA RENCANA SPBE\nHari/Tanggal : Selasa, 8 Juli 2025\n` +
            'No | Nama | Jabatan | Instansi | Tanda Tangan\n1 | Drs. Hendra | Kabid Aptika | Diskominfo | ttd\n2 | Sri Wahyuni, S.E. | Kasubbid Program | Bappeda | ttd\n3 | Agus Salim | Analis Kebijakan | Bagian Hukum | ttd',
        ],
      },
    ],
  },

  // ======================= Planning and budget 11–14
  // ----- Indicator 11 (Arsitektur SPBE)
  {
    name: 'Kota: dokumen Arsitektur SPBE berpedoman nasional, dimutakhirkan Februari lalu direviu Agustus',
    instansi: KOT.instansi,
    indicator: 11,
    range: [4, 4],
    // K5: "telah dilakukan pemutakhiran sebagai tindak lanjut hasil reviu dan evaluasi" — an update dated before the review is not its follow-up.
    because: 'tingkat 4: seluruh domain, berpedoman pada Arsitektur SPBE Nasional, dan direviu; pemutakhiran Februari mendahului reviu Agustus, jadi bukan tindak lanjutnya (5)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Dokumen Arsitektur SPBE Kota Tanjung Raya 2023-2027.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'DOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA TAHUN 2023–2027',
        body: [
          'Dokumen ini memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.',
          'Arsitektur SPBE Kota disusun dengan berpedoman pada Arsitektur SPBE Nasional.',
        ],
        place: KOT.place,
        date: '30 Desember 2022',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Pemutakhiran Arsitektur SPBE 2025.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN PEMUTAKHIRAN DOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA',
        body: ['Dokumen arsitektur aplikasi dimutakhirkan dengan menambahkan 9 aplikasi baru perangkat daerah.'],
        place: KOT.place,
        date: '11 Februari 2025',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Reviu Arsitektur SPBE 2025.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'REVIU DAN EVALUASI DOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA',
        day: 'Rabu, 13 Agustus 2025',
        place: 'Aula Diskominfo',
        agenda: 'Reviu dan evaluasi Arsitektur SPBE',
        points: ['Reviu kesesuaian arsitektur dengan Arsitektur SPBE Nasional versi terbaru.', 'Arsitektur infrastruktur belum memuat rencana pemanfaatan Pusat Data Nasional.'],
        conclusions: ['Arsitektur infrastruktur perlu dimutakhirkan tahun 2026.'],
      }),
    ],
  },
  // ----- Indicator 12 (Peta Rencana SPBE)
  {
    name: 'Kabupaten: dokumen Peta Rencana lengkap dan direviu, tanpa bukti penerapan dalam rencana kerja dan anggaran',
    indicator: 12,
    range: [3, 3],
    // K4: "telah diterapkan secara konsisten melalui rencana kerja dan anggaran 3 (tiga) tahun terakhir. Selain itu … reviu dan evaluasi" —
    // both halves are needed; the review alone does not lift a plan that has no realisation in the budget.
    because: 'tingkat 3: seluruh muatan Peta Rencana; tingkat 4 meminta penerapan melalui rencana kerja dan anggaran 3 tahun terakhir, yang tidak ada, di samping reviu',
    docs: [
      naskahUnit({
        path: 'BAPPEDA/Dokumen Peta Rencana SPBE 2024-2026.pdf',
        kop: KAB.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'DOKUMEN PETA RENCANA SPBE KABUPATEN SUKAMAJU TAHUN 2024–2026',
        body: [
          'Peta rencana memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, audit teknologi SPBE dan audit TIK.',
          'Setiap program dilengkapi target tahunan dan perangkat daerah penanggung jawab.',
        ],
        place: KAB.place,
        date: '20 Desember 2023',
        signer: 'Kepala Bappeda',
      }),
      naskahUnit({
        path: 'BAPPEDA/Laporan Reviu Peta Rencana SPBE 2025.pdf',
        kop: KAB.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN REVIU DAN EVALUASI PETA RENCANA SPBE TAHUN 2025',
        body: ['Reviu terhadap kesesuaian peta rencana dengan kebutuhan perangkat daerah.', 'Program audit TIK tahun 2025 belum dianggarkan.'],
        place: KAB.place,
        date: '2 September 2025',
        signer: 'Kepala Bappeda',
      }),
    ],
  },
  // ----- Indicator 13 (Keterpaduan Rencana dan Anggaran SPBE)
  {
    name: 'Kabupaten: belanja SPBE dalam RKA, baru 3 dari 20 OPD mengonsultasikan rencana belanja TIK',
    indicator: 13,
    range: [2, 2],
    // K2: "Rencana dan Anggaran SPBE pada unit kerja/perangkat daerah tidak seluruhnya dikonsultasikan kepada unit pengelola TIK"; K3 asks "seluruh".
    because: 'tingkat 2: rencana dan anggaran SPBE tertuang dalam RKA, tetapi hanya 3 dari 20 perangkat daerah yang berkonsultasi kepada Diskominfo (3 meminta seluruhnya)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Rekap Konsultasi Rencana Belanja TIK 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'REKAPITULASI KONSULTASI RENCANA DAN ANGGARAN BELANJA TIK PERANGKAT DAERAH TAHUN ANGGARAN 2025',
        body: [
          'Rencana dan anggaran SPBE dituangkan dalam Rencana Kerja dan Anggaran (RKA) perangkat daerah tahun anggaran 2025.',
          'Dari 20 perangkat daerah yang menganggarkan belanja TIK, baru 3 perangkat daerah (Dinas Kesehatan, Dinas Pendidikan, BPKAD) yang mengonsultasikan rencana belanjanya kepada Dinas Komunikasi dan Informatika.',
        ],
        place: KAB.place,
        date: '30 Oktober 2024',
      }),
    ],
  },
  {
    name: 'Provinsi: seluruh belanja SPBE dikonsultasikan dan dikendalikan Bappeda, dievaluasi, lalu diperbaiki untuk TA 2026',
    instansi: PRV.instansi,
    indicator: 13,
    range: [5, 5],
    // K5: "telah dilakukan perbaikan untuk tahun anggaran berikutnya sebagai tindak lanjut hasil reviu dan evaluasi".
    because: 'tingkat 5: seluruh rencana dan anggaran SPBE dikonsultasikan, terpadu dan dikendalikan Bappeda, dievaluasi, dan diperbaiki untuk tahun anggaran berikutnya sesudah evaluasi',
    docs: [
      naskahUnit({
        path: 'BAPPEDA/Laporan Keterpaduan Rencana dan Anggaran SPBE 2025.pdf',
        kop: PRV.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN KETERPADUAN RENCANA DAN ANGGARAN SPBE PROVINSI NUSA MAKMUR TAHUN ANGGARAN 2025',
        body: [
          'Rencana dan anggaran SPBE dituangkan dalam RKA seluruh perangkat daerah tahun anggaran 2025.',
          'Seluruh rencana dan anggaran SPBE perangkat daerah telah dikonsultasikan kepada Dinas Komunikasi, Informatika dan Statistik.',
          'Rencana dan anggaran SPBE terpadu dalam satu daftar belanja TIK dan dikendalikan oleh Bappeda melalui verifikasi RKA.',
        ],
        place: PRV.place,
        date: '10 Februari 2025',
        signer: 'Kepala Bappeda',
      }),
      naskahUnit({
        path: 'BAPPEDA/Laporan Evaluasi Belanja SPBE Semester I 2025.pdf',
        kop: PRV.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN EVALUASI RENCANA DAN ANGGARAN SPBE SEMESTER I TAHUN 2025',
        body: ['Evaluasi menemukan duplikasi belanja lisensi perangkat lunak pada 4 perangkat daerah.'],
        place: PRV.place,
        date: '18 Juli 2025',
        signer: 'Kepala Bappeda',
      }),
      naskahUnit({
        path: 'BAPPEDA/Perbaikan Rencana Belanja SPBE TA 2026.pdf',
        kop: PRV.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'PERBAIKAN RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2026',
        body: [
          'Sebagai tindak lanjut hasil evaluasi semester I tahun 2025, belanja lisensi perangkat lunak tahun anggaran 2026 dikonsolidasikan pada Dinas Komunikasi, Informatika dan Statistik.',
        ],
        place: PRV.place,
        date: '29 September 2025',
        signer: 'Kepala Bappeda',
      }),
    ],
  },
  // ----- Indicator 14 (Inovasi Proses Bisnis)
  {
    name: 'Kabupaten: peta proses bisnis sesuai pedoman, inovasi baru direncanakan untuk tahun depan',
    indicator: 14,
    range: [2, 2],
    // K3: "telah dilakukan perbaikan sebagai bentuk inovasi Proses Bisnis" — a plan to simplify is not the improvement done.
    because: 'tingkat 2: dokumen proses bisnis memenuhi standar; penyederhanaan yang baru direncanakan belum merupakan perbaikan yang dilakukan (3)',
    docs: [
      naskahUnit({
        path: 'BAG ORGANISASI/Peta Proses Bisnis Pemkab Sukamaju.pdf',
        kop: KAB.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: 'PETA PROSES BISNIS PEMERINTAH KABUPATEN SUKAMAJU',
        body: [
          'Peta proses bisnis disusun sesuai Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah.',
          'Peta memuat proses bisnis level 0 sampai level 3 untuk seluruh urusan pemerintahan.',
        ],
        place: KAB.place,
        date: '6 Mei 2024',
        signer: 'Kepala Bagian Organisasi',
      }),
      naskahUnit({
        path: 'BAG ORGANISASI/Rencana Aksi Inovasi Proses Bisnis 2026.pdf',
        kop: KAB.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: 'RENCANA AKSI INOVASI PROSES BISNIS TAHUN 2026',
        body: ['Alur layanan izin praktik tenaga kesehatan akan disederhanakan dari 9 tahapan menjadi 5 tahapan.', 'Target penyelesaian: Desember 2026.'],
        place: KAB.place,
        date: '14 November 2025',
        signer: 'Kepala Bagian Organisasi',
      }),
    ],
  },

  // ======================= Process 15–31
  // ----- Indicator 29 (Audit Infrastruktur SPBE)
  {
    name: 'Kabupaten: audit infrastruktur terencana, sesuai pedoman, oleh tim auditor internal Diskominfo',
    indicator: 29,
    range: [3, 3],
    // K3 Kondisi: "kegiatan Audit Infrastruktur dilaksanakan oleh auditor TIK/Sistem Informasi internal"; K4 asks an external certified auditor.
    because: 'tingkat 3: terencana berkesinambungan dan sesuai pedoman, dilaksanakan auditor internal; tingkat 4 meminta auditor eksternal bersertifikat',
    docs: [
      rencanaAuditInfra,
      naskahUnit({
        path: 'DISKOMINFO/Laporan Hasil Audit Infrastruktur SPBE 2024.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2024',
        body: [
          'Audit dilaksanakan sesuai pedoman audit infrastruktur SPBE (Peraturan BSSN tentang audit keamanan dan standar audit TIK) terhadap seluruh hal pokok teknis.',
          'Pelaksana: tim auditor internal Dinas Komunikasi dan Informatika berdasarkan Surat Tugas Kepala Dinas.',
          'Temuan: kapasitas UPS ruang server tidak memadai; dokumentasi topologi jaringan belum mutakhir.',
        ],
        place: KAB.place,
        date: '25 November 2024',
      }),
    ],
  },
  {
    name: 'Kabupaten: audit infrastruktur terencana oleh konsultan eksternal dengan auditor bersertifikat CISA',
    indicator: 29,
    range: [4, 4],
    // K4: "dilaksanakan oleh auditor TIK/Sistem Informasi eksternal yang memiliki sertifikasi auditor TIK/Sistem Informasi"; K5 needs the findings followed up.
    because: 'tingkat 4: audit terencana sesuai pedoman oleh auditor eksternal bersertifikat; belum ada perbaikan atas temuan (5)',
    docs: [
      rencanaAuditInfra,
      naskahUnit({
        path: 'DISKOMINFO/Laporan Audit Infrastruktur SPBE oleh PT Andal Audit.pdf',
        kop: 'PT ANDAL AUDIT TEKNOLOGI',
        unit: 'KANTOR KONSULTAN AUDIT SISTEM INFORMASI',
        title: 'LAPORAN AUDIT INFRASTRUKTUR SPBE PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2024',
        body: [
          'Audit dilaksanakan berdasarkan kontrak dengan Dinas Komunikasi dan Informatika Kabupaten Sukamaju sesuai pedoman audit infrastruktur SPBE terhadap seluruh hal pokok teknis.',
          'Tim auditor eksternal: Rudi Hartono, CISA (Certified Information Systems Auditor) dan Maya Lestari, CISA, ISO/IEC 27001 Lead Auditor.',
          'Temuan: redundansi jaringan antar gedung belum tersedia.',
        ],
        place: 'Jakarta',
        date: '2 Desember 2024',
        signer: 'Direktur PT Andal Audit Teknologi',
      }),
    ],
  },
  // ----- Indicator 31 (Audit Keamanan SPBE)
  {
    name: 'Kota: audit keamanan oleh BSSN, lalu laporan perbaikan temuan',
    instansi: KOT.instansi,
    indicator: 31,
    range: [5, 5],
    // K4: "dilaksanakan oleh auditor … eksternal yang memiliki sertifikasi"; K5: "hasil audit Keamanan SPBE telah ditindaklanjuti melalui perbaikan penerapan Keamanan SPBE".
    because: 'tingkat 5: audit keamanan oleh auditor BSSN yang bersertifikat (eksternal), sesuai pedoman dan rencana, dan temuannya diperbaiki sesudah audit',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Jadwal Audit Keamanan SPBE 2025.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'RENCANA PROGRAM AUDIT KEAMANAN SPBE KOTA TANJUNG RAYA TAHUN 2025–2027',
        body: ['Audit keamanan SPBE diselenggarakan berkala dua tahun sekali bekerja sama dengan Badan Siber dan Sandi Negara.'],
        place: KOT.place,
        date: '6 Januari 2025',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Audit Keamanan SPBE BSSN 2025.pdf',
        kop: 'BADAN SIBER DAN SANDI NEGARA',
        unit: 'DIREKTORAT KEAMANAN SIBER DAN SANDI PEMERINTAH DAERAH',
        title: 'LAPORAN HASIL AUDIT KEAMANAN SPBE PEMERINTAH KOTA TANJUNG RAYA',
        body: [
          'Audit keamanan SPBE dilaksanakan sesuai Peraturan BSSN Nomor 4 Tahun 2021 tentang pedoman manajemen keamanan informasi dan standar teknis audit keamanan SPBE.',
          'Auditor: tim auditor keamanan BSSN yang memiliki sertifikat auditor keamanan informasi (ISO/IEC 27001 Lead Auditor).',
          'Temuan: 3 aplikasi belum menerapkan HTTPS; kebijakan kata sandi belum diterapkan.',
        ],
        place: 'Jakarta',
        date: '22 April 2025',
        signer: 'Direktur Keamanan Siber dan Sandi Pemerintah Daerah',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Tindak Lanjut Hasil Audit Keamanan BSSN.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE',
        body: [
          'Seluruh aplikasi telah menggunakan sertifikat TLS (HTTPS) dan kebijakan kata sandi minimal 12 karakter telah diterapkan pada layanan otentikasi tunggal.',
          'Perbaikan telah diverifikasi oleh tim CSIRT Kota Tanjung Raya.',
        ],
        place: KOT.place,
        date: '15 Agustus 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: uji penetrasi oleh CV konsultan tanpa keterangan sertifikasi auditor',
    indicator: 31,
    range: [1, 1],
    // K1 Kondisi: "Kegiatan Audit Keamanan dilaksanakan tanpa perencanaan yang berkesinambungan"; K2 asks "sesuai dengan perencanaan yang berkesinambungan"
    // and K4 "auditor … eksternal yang memiliki sertifikasi" — a one-off test ordered from a consultant whose testers show no certification.
    because: 'tingkat 1: pengujian sekali pesan tanpa rencana audit berkesinambungan (2); konsultan tanpa keterangan sertifikasi auditor juga bukan auditor eksternal bersertifikat (4)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Penetration Test Aplikasi Pemkab.pdf',
        kop: 'CV MITRA DIGITAL NUSANTARA',
        unit: 'KONSULTAN TEKNOLOGI INFORMASI',
        title: 'LAPORAN PENGUJIAN KEAMANAN (PENETRATION TEST) APLIKASI PEMERINTAH KABUPATEN SUKAMAJU',
        body: [
          'Pengujian keamanan dilakukan terhadap 6 aplikasi milik Pemerintah Kabupaten Sukamaju berdasarkan surat pesanan Dinas Komunikasi dan Informatika.',
          'Ditemukan 2 kerentanan tingkat tinggi (SQL injection) dan 5 kerentanan tingkat sedang.',
        ],
        place: 'Bandung',
        date: '9 Juni 2025',
        signer: 'Direktur CV Mitra Digital Nusantara',
      }),
    ],
  },
  // ----- Indicator 30 (Audit Aplikasi SPBE)
  {
    name: 'Provinsi: audit aplikasi oleh auditor eksternal bersertifikat, hanya rencana tindak lanjut',
    instansi: PRV.instansi,
    indicator: 30,
    range: [4, 4],
    // K5: "hasil audit Aplikasi SPBE telah ditindaklanjuti melalui perbaikan penerapan Aplikasi SPBE" — a follow-up plan is not the repair.
    because: 'tingkat 4: audit aplikasi terencana dan sesuai pedoman oleh auditor eksternal bersertifikat; rencana tindak lanjut belum merupakan perbaikan (5)',
    docs: [
      pergubAuditTik,
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Audit Aplikasi SPBE 2025.pdf',
        kop: 'LEMBAGA PELAKSANA AUDIT TIK PT SINERGI ASURANSI TEKNOLOGI',
        unit: 'DIVISI AUDIT SISTEM INFORMASI',
        title: 'LAPORAN AUDIT APLIKASI SPBE PEMERINTAH PROVINSI NUSA MAKMUR TAHUN 2025',
        body: [
          'Audit aplikasi SPBE dilaksanakan sesuai program audit TIK dua tahunan Provinsi Nusa Makmur dan pedoman audit aplikasi SPBE.',
          'Auditor eksternal yang melaksanakan audit bersertifikat CISA dan Certified Information Systems Security Professional (CISSP).',
          'Temuan: aplikasi e-Perizinan belum memiliki dokumentasi kode sumber dan pengujian beban.',
        ],
        place: 'Jakarta',
        date: '14 Mei 2025',
        signer: 'Lead Auditor',
      }),
      naskahUnit({
        path: 'DISKOMINFOTIK/Rencana Tindak Lanjut Temuan Audit Aplikasi.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'RENCANA TINDAK LANJUT HASIL AUDIT APLIKASI SPBE',
        body: ['Dokumentasi kode sumber aplikasi e-Perizinan akan disusun pada triwulan I tahun 2026.', 'Pengujian beban dijadwalkan setelah pengadaan perangkat uji.'],
        place: PRV.place,
        date: '30 Juni 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: hanya agenda kegiatan audit aplikasi',
    indicator: 30,
    range: [1, 1],
    // K1: "Kegiatan Audit Aplikasi SPBE belum atau telah dilaksanakan"; an agenda proves no execution, plan series or guideline (2–3).
    because: 'tingkat 1: agenda kegiatan audit saja tidak membuktikan audit terencana berkesinambungan, sesuai pedoman, atau telah dilaksanakan',
    docs: [
      {
        path: 'DISKOMINFO/Agenda Kegiatan Audit Aplikasi.pdf',
        pages: [
          `${KAB.kop}\n${KAB.kominfo}\nSUSUNAN ACARA\nKEGIATAN AUDIT APLIKASI SPBE\n` +
            '08.30 – 09.00 Registrasi peserta\n09.00 – 09.30 Pembukaan oleh Kepala Dinas\n09.30 – 12.00 Paparan ruang lingkup audit aplikasi\n12.00 – 13.00 Ishoma\n13.00 – 15.00 Diskusi dan penutup',
        ],
      },
    ],
  },
  // ----- Indicator 19 (Pelaksanaan Tim Koordinasi SPBE)
  {
    name: 'Kabupaten: laporan Tim Koordinasi, 7 dari 12 program kerja terlaksana',
    indicator: 19,
    range: [2, 2],
    // K2: "telah dilaksanakan sesuai perencanaan. Kondisi: … tidak/belum dilaksanakan seluruhnya"; K3: "telah dilaksanakan seluruhnya".
    because: 'tingkat 2: program kerja Tim Koordinasi terencana tetapi baru 7 dari 12 yang dilaksanakan; tingkat 3 meminta seluruhnya',
    docs: [
      naskahUnit({
        path: 'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2025.pdf',
        kop: KAB.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: 'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE KABUPATEN SUKAMAJU TAHUN 2025',
        body: [
          'Program kerja Tim Koordinasi SPBE tahun 2025 ditetapkan dalam rencana kerja tim sebanyak 12 kegiatan.',
          'Sampai dengan bulan Oktober 2025, 7 dari 12 program kerja telah dilaksanakan; 5 kegiatan lainnya belum terlaksana karena keterbatasan anggaran.',
        ],
        place: KAB.place,
        date: '31 Oktober 2025',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
    ],
  },
  {
    name: 'Kota: seluruh program kerja Tim Koordinasi terlaksana dan dikoordinasikan ke semua OPD, reviu baru diundang',
    instansi: KOT.instansi,
    indicator: 19,
    range: [3, 3],
    // K4: "telah dikomunikasikan/dikoordinasikan kepada semua unit kerja/perangkat daerah … Selain itu … telah dilakukan reviu dan evaluasi" — both needed.
    because: 'tingkat 3: seluruh program kerja terlaksana dan dikoordinasikan; tingkat 4 juga meminta reviu dan evaluasi, sedangkan yang ada hanya undangan rapat evaluasi',
    docs: [
      naskahUnit({
        path: 'SETDA/Laporan Tahunan Tim Koordinasi SPBE 2025.pdf',
        kop: KOT.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: 'LAPORAN TAHUNAN TIM KOORDINASI SPBE KOTA TANJUNG RAYA TAHUN 2025',
        body: [
          'Seluruh program kerja Tim Koordinasi SPBE tahun 2025 (10 kegiatan) telah dilaksanakan sesuai rencana.',
          'Program kerja dikomunikasikan kepada seluruh perangkat daerah melalui rapat koordinasi triwulanan dan surat edaran Sekretaris Daerah.',
        ],
        place: KOT.place,
        date: '28 November 2025',
        signer: 'Sekretaris Daerah',
      }),
      undangan({
        path: 'SETDA/Undangan Evaluasi Program Kerja Tim Koordinasi.pdf',
        region: KOT,
        number: '005/889/Setda',
        date: '1 Desember 2025',
        about: 'Rapat Evaluasi Program Kerja Tim Koordinasi SPBE Tahun 2025',
        agenda: 'Evaluasi pelaksanaan program kerja Tim Koordinasi SPBE',
      }),
    ],
  },
  // ----- Indicator 16 (Layanan Pusat Data)
  {
    name: 'Kabupaten: baru 3 dari 20 perangkat daerah menempatkan server di pusat data',
    indicator: 16,
    range: [2, 2],
    // K2 Kondisi: "Layanan Pusat Data tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah"; K3: "seluruh" plus an SOP.
    because: 'tingkat 2: pusat data digunakan sebagian perangkat daerah (3 dari 20); tingkat 3 meminta seluruh perangkat daerah dan SOP',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Pemanfaatan Pusat Data 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN PEMANFAATAN LAYANAN PUSAT DATA DAERAH TAHUN 2025',
        body: [
          'Pusat data daerah beroperasi sejak 2023 dengan kapasitas 12 rak.',
          'Baru 3 dari 20 perangkat daerah (Diskominfo, BPKAD, Dinas Kependudukan dan Pencatatan Sipil) yang menempatkan server aplikasinya di pusat data daerah; perangkat daerah lain masih menggunakan hosting sendiri.',
        ],
        place: KAB.place,
        date: '15 Agustus 2025',
      }),
    ],
  },
  {
    name: 'Kota: pusat data dipakai seluruh OPD dengan SOP, terhubung PDN, dievaluasi 2024 dan diperbaiki 2025',
    instansi: KOT.instansi,
    indicator: 16,
    range: [5, 5],
    // K5: "hasil reviu dan evaluasi penggunaan Layanan Pusat Data … telah ditindaklanjuti dengan melakukan perbaikan terhadap Layanan Pusat Data".
    because: 'tingkat 5: seluruh perangkat daerah, SOP, interkoneksi dengan Pusat Data Nasional, evaluasi tahun 2024 dan perbaikan sesudahnya tahun 2025',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Layanan Pusat Data Kota 2024.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA KOTA TANJUNG RAYA TAHUN 2024',
        body: [
          'Layanan pusat data kota digunakan oleh seluruh perangkat daerah (34 perangkat daerah) sesuai SOP Pengoperasian Pusat Data yang ditetapkan Kepala Dinas.',
          'Pusat data kota telah terinterkoneksi dengan Pusat Data Nasional untuk layanan pencadangan data.',
        ],
        place: KOT.place,
        date: '20 Mei 2024',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Evaluasi Layanan Pusat Data 2024.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'EVALUASI LAYANAN PUSAT DATA KOTA TANJUNG RAYA',
        day: 'Jumat, 6 Desember 2024',
        place: 'Ruang Rapat Diskominfo',
        agenda: 'Evaluasi penggunaan layanan pusat data',
        points: ['Evaluasi ketersediaan layanan pusat data tahun 2024 (99,1 persen).', 'Sistem pendingin ruang server sering mengalami gangguan.'],
        conclusions: ['Sistem pendingin presisi diganti pada tahun 2025.'],
      }),
      beritaAcara({
        path: 'DISKOMINFO/BAST Penggantian Pendingin Ruang Server.pdf',
        kop: KOT.kop,
        title: 'SERAH TERIMA PEKERJAAN PERBAIKAN LAYANAN PUSAT DATA',
        number: '027/BAST/312/2025',
        opening: 'Pada hari ini Kamis tanggal sepuluh bulan April tahun dua ribu dua puluh lima (10-04-2025), telah diserahterimakan pekerjaan penggantian sistem pendingin presisi ruang server pusat data kota.',
        body: ['Pekerjaan merupakan tindak lanjut hasil evaluasi layanan pusat data tahun 2024 dan telah berfungsi dengan baik.'],
        signers: 'Pejabat Pembuat Komitmen\nttd\nPenyedia\nttd',
      }),
    ],
  },
  // ----- Indicator 17 (Layanan Jaringan Intra)
  {
    name: 'Kabupaten: jaringan intra di seluruh OPD dan terhubung JIP, evaluasi terakhir tahun 2021',
    indicator: 17,
    range: [3, 3],
    // K4: "terdapat interkoneksi … Selain itu … telah direviu dan dievaluasi secara periodik" — an evaluation of 2021 no longer counts in 2025 (window 2 years).
    because: 'tingkat 3: jaringan intra diterapkan di seluruh perangkat daerah; evaluasi 2021 di luar masa berlaku reviu, sehingga tingkat 4 belum terpenuhi',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Layanan Jaringan Intra 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN PENYELENGGARAAN LAYANAN JARINGAN INTRA PEMERINTAH DAERAH TAHUN 2025',
        body: [
          'Jaringan intra pemerintah daerah telah menjangkau seluruh perangkat daerah melalui jaringan serat optik.',
          'Jaringan intra terhubung dengan Jaringan Intra Pemerintah yang dikelola Kementerian Komunikasi dan Digital.',
        ],
        place: KAB.place,
        date: '10 Maret 2025',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Evaluasi Jaringan Intra 2021.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN EVALUASI LAYANAN JARINGAN INTRA TAHUN 2021',
        body: ['Evaluasi kinerja jaringan intra terhadap 18 perangkat daerah yang telah terhubung.', 'Bandwidth ke kantor kecamatan perlu ditingkatkan.'],
        place: KAB.place,
        date: '14 Desember 2021',
      }),
    ],
  },
  // ----- Indicator 21 (Manajemen Risiko SPBE)
  {
    name: 'Provinsi: manajemen risiko sesuai pedoman, kebijakan strategis Tim Koordinasi, notulen reviu tanpa tanggal',
    instansi: PRV.instansi,
    indicator: 21,
    range: [3, 3],
    // K4: "kebijakan strategis … ditetapkan oleh … Tim Koordinasi SPBE … diterapkan ke seluruh unit kerja. Selain itu … direviu dan dievaluasi secara periodik" —
    // an undated review cannot be placed in the window until a reviewer confirms it.
    because: 'tingkat 3: penerapan sesuai pedoman manajemen risiko SPBE; reviu tanpa tanggal belum dihitung sebelum dikonfirmasi peninjau (4)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Penerapan Manajemen Risiko SPBE 2025.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025',
        body: [
          'Manajemen risiko SPBE dilaksanakan sesuai program kerja tahun 2025 dengan mengacu pada Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.',
          'Kebijakan strategis manajemen risiko SPBE ditetapkan oleh Tim Koordinasi SPBE dan diterapkan ke seluruh perangkat daerah; register risiko SPBE disusun setiap perangkat daerah.',
        ],
        place: PRV.place,
        date: '5 Mei 2025',
      }),
      {
        path: 'DISKOMINFOTIK/Notulen Reviu Manajemen Risiko SPBE.pdf',
        pages: [
          `${PRV.kop}\n${PRV.kominfo}\nNOTULEN RAPAT REVIU PENERAPAN MANAJEMEN RISIKO SPBE\n` +
            'Pembahasan:\n1. Reviu register risiko SPBE seluruh perangkat daerah.\n2. Lima risiko tingkat tinggi belum memiliki rencana penanganan.\nKesimpulan:\n1. Perangkat daerah melengkapi rencana penanganan risiko.\nNotulis,\nttd',
        ],
      },
    ],
  },
  // ----- Indicator 27 (Manajemen Perubahan)
  {
    name: 'Kabupaten: rencana aksi manajemen perubahan SPBE tanpa laporan pelaksanaan',
    indicator: 27,
    range: [1, 1],
    // K2: "kegiatan Manajemen Perubahan SPBE dilaksanakan dengan perencanaan" — a plan proves the planning, not that anything was carried out.
    because: 'tingkat 1: rencana tanpa realisasi; tingkat 2 meminta kegiatan yang telah dilaksanakan sesuai perencanaan',
    docs: [
      naskahUnit({
        path: 'BKPSDM/Rencana Aksi Manajemen Perubahan SPBE 2026.pdf',
        kop: KAB.kop,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'RENCANA AKSI MANAJEMEN PERUBAHAN SPBE TAHUN 2026',
        body: [
          'Rencana kegiatan: sosialisasi budaya kerja digital, pendampingan perangkat daerah dalam penggunaan aplikasi naskah dinas elektronik, dan survei kesiapan perubahan.',
          'Kegiatan akan dilaksanakan mulai Januari 2026.',
        ],
        place: KAB.place,
        date: '20 November 2025',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  // ----- Indicator 25 (Kompetensi SDM)
  {
    name: 'Kota: pelatihan SDM sesuai rencana kebutuhan, baru bidang keamanan dan aplikasi',
    instansi: KOT.instansi,
    indicator: 25,
    range: [2, 2],
    // K2: "sesuai dengan perencanaan … Kondisi: Kompetensi … tidak/belum terpenuhi seluruhnya"; K3 needs all six competence areas.
    because: 'tingkat 2: pemenuhan kompetensi sesuai rencana kebutuhan, tetapi hanya bidang keamanan SPBE dan aplikasi SPBE; tingkat 3 meminta keenam bidang',
    docs: [
      naskahUnit({
        path: 'BKPSDM/Laporan Pengembangan Kompetensi SDM SPBE 2025.pdf',
        kop: KOT.kop,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PENGEMBANGAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025',
        body: [
          'Pengembangan kompetensi dilaksanakan sesuai Rencana Kebutuhan Pengembangan Kompetensi SDM SPBE tahun 2025.',
          'Telah dilaksanakan pelatihan keamanan SPBE bagi 15 pranata komputer dan pelatihan pengembangan aplikasi bagi 20 pegawai.',
          'Kompetensi bidang proses bisnis, arsitektur SPBE, data dan informasi, serta infrastruktur belum terpenuhi.',
        ],
        place: KOT.place,
        date: '3 November 2025',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  // ----- Indicator 15 (Pembangunan Aplikasi SPBE)
  {
    name: 'Kabupaten: aplikasi dibangun sesuai siklus dan dievaluasi lalu dikembangkan, tanpa konsultasi ke Diskominfo',
    indicator: 15,
    range: [2, 2],
    // K3: "Kriteria tingkat 2 telah terpenuhi dan proses pembangunan Aplikasi SPBE telah dikonsultasikan kepada unit … pengelolaan TIK"; the levels are
    // cumulative, so the evaluation and further development (4–5 evidence) cannot stand in for the missing consultation (3).
    because: 'tingkat 2: siklus pembangunan aplikasi terpenuhi; tidak ada konsultasi kepada Diskominfo (3), sehingga evaluasi dan pengembangan sesudahnya tidak menaikkan tingkat',
    docs: [
      naskahUnit({
        path: 'DINKES/Laporan Pembangunan Aplikasi SIMPUS.pdf',
        kop: KAB.kop,
        unit: 'DINAS KESEHATAN',
        title: 'LAPORAN PEMBANGUNAN APLIKASI SISTEM INFORMASI MANAJEMEN PUSKESMAS (SIMPUS)',
        body: [
          'Pembangunan aplikasi dilaksanakan oleh pihak ketiga melalui tahapan analisis kebutuhan, perancangan, pengkodean, pengujian, dan implementasi.',
          'Aplikasi dihosting pada server sewaan Dinas Kesehatan.',
        ],
        place: KAB.place,
        date: '12 Februari 2024',
        signer: 'Kepala Dinas Kesehatan',
      }),
      naskahUnit({
        path: 'DINKES/Evaluasi dan Pengembangan SIMPUS 2025.pdf',
        kop: KAB.kop,
        unit: 'DINAS KESEHATAN',
        title: 'LAPORAN EVALUASI DAN PENGEMBANGAN APLIKASI SIMPUS TAHUN 2025',
        body: [
          'Evaluasi aplikasi SIMPUS menunjukkan modul rujukan belum tersedia.',
          'Sebagai tindak lanjut, aplikasi dikembangkan dengan modul rujukan elektronik yang digunakan sejak Agustus 2025.',
        ],
        place: KAB.place,
        date: '1 September 2025',
        signer: 'Kepala Dinas Kesehatan',
      }),
    ],
  },

  // ======================= Services 32–44
  // ----- Indicator 36 (Layanan Kepegawaian)
  {
    name: 'Kabupaten: tangkapan layar SIMPEG yang hanya menampilkan halaman login',
    indicator: 36,
    range: [0, 1],
    // K1: "hanya memberikan layanan informasi terkait kepegawaian" — a login page shows neither information nor any feature.
    because: 'paling tinggi tingkat 1: halaman login hanya menunjukkan aplikasi ada; tidak tampak informasi, pencarian, unggah/unduh, atau transaksi',
    docs: [tangkapanLayar('BKPSDM/Screenshot SIMPEG.png', ['SIMPEG', 'Sistem Informasi Manajemen Kepegawaian', 'Kabupaten Sukamaju', 'NIP', 'Kata Sandi', 'Masuk', 'Lupa kata sandi?'])],
  },
  {
    name: 'Kota: e-Cuti dengan pengajuan, persetujuan atasan berjenjang dan TTE',
    instansi: KOT.instansi,
    indicator: 36,
    range: [3, 3],
    // K3: "layanan transaksi … seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; no link to other services (4).
    because: 'tingkat 3: pengajuan cuti, persetujuan berjenjang dan tanda tangan elektronik adalah transaksi; tidak ada kolaborasi dengan layanan lain (4)',
    docs: [
      tangkapanLayar('BKPSDM/Tangkapan Layar e-Cuti.png', [
        'e-CUTI ASN Kota Tanjung Raya',
        'Pengajuan Cuti Tahunan',
        'Status: Disetujui Atasan Langsung → Menunggu Persetujuan Kepala BKPSDM',
        'Surat izin cuti ditandatangani secara elektronik (TTE) oleh Kepala BKPSDM',
        'Riwayat Pengajuan | Ajukan Cuti Baru',
      ]),
    ],
  },
  // ----- Indicator 42 (Layanan Pengaduan Pelayanan Publik)
  {
    name: 'Kabupaten: formulir pengaduan dengan lampiran dan obrolan daring',
    indicator: 42,
    range: [2, 3],
    // K2: "layanan interaksi … seperti pencarian informasi, pengunggahan dan pengunduhan dokumen"; K3: "transaksi … otomasi alur kerja, transaksi basis data …".
    // A submitted complaint with an attachment and a chat is at least interaction; without routing or status it is not clearly a transaction workflow.
    because: 'tingkat 2–3: formulir pengaduan dengan unggah lampiran dan obrolan adalah interaksi; tidak tampak disposisi atau alur tindak lanjut, jadi paling tinggi transaksi sederhana',
    docs: [
      tangkapanLayar('INSPEKTORAT/Screenshot Aplikasi Sukamaju Menjawab.png', [
        'SUKAMAJU MENJAWAB – Layanan Pengaduan Masyarakat',
        'Tulis Pengaduan Anda',
        'Nama | Nomor HP | Isi Pengaduan',
        'Unggah Lampiran (foto/dokumen, maks. 5 MB)',
        'Kirim Pengaduan',
        'Obrolan Langsung dengan Petugas (Live Chat)',
      ]),
    ],
  },
  {
    name: 'Kota: pengaduan didisposisikan ke OPD, dilacak statusnya, dan terhubung SP4N-LAPOR!',
    instansi: KOT.instansi,
    indicator: 42,
    range: [4, 4],
    // K4: "layanan kolaborasi dengan layanan elektronik lain, misalnya … Layanan Pengaduan Pelayanan Publik … Instansi Pusat/Pemerintah Daerah lain"; K5 needs an improvement after a review.
    because: 'tingkat 4: disposisi dan pelacakan status (transaksi) serta integrasi dengan SP4N-LAPOR! (kolaborasi); belum ada perbaikan sesudah reviu (5)',
    docs: [
      {
        path: 'DISKOMINFO/Panduan Aplikasi Tanjung Raya Lapor.pdf',
        pages: [
          `${KOT.kop}\n${KOT.kominfo}\nPANDUAN PENGELOLAAN PENGADUAN APLIKASI TANJUNG RAYA LAPOR\n` +
            '1. Admin kota memverifikasi pengaduan masuk dan mendisposisikannya ke perangkat daerah terkait.\n' +
            '2. Perangkat daerah menindaklanjuti dan memperbarui status pengaduan; pelapor menerima notifikasi setiap perubahan status.\n' +
            '3. Aplikasi terintegrasi dengan SP4N-LAPOR! Kementerian PANRB melalui API sehingga pengaduan dari kanal nasional masuk otomatis.',
        ],
      },
    ],
  },
  // ----- Indicator 37 (Layanan Kearsipan Dinamis / naskah dinas)
  {
    name: 'Provinsi: naskah dinas elektronik dengan disposisi dan TTE BSrE, tanpa integrasi',
    instansi: PRV.instansi,
    indicator: 37,
    range: [3, 3],
    // K3: "layanan transaksi … otomasi alur kerja … mekanisme persetujuan"; K4 asks collaboration with other services.
    because: 'tingkat 3: disposisi berjenjang, paraf dan tanda tangan elektronik adalah transaksi; tidak ada kolaborasi dengan layanan elektronik lain (4)',
    docs: [
      {
        path: 'BIRO UMUM/Manual SRIKANDI Provinsi.pdf',
        pages: [
          `${PRV.kop}\nBIRO UMUM DAN PERLENGKAPAN\nPETUNJUK PENGGUNAAN APLIKASI NASKAH DINAS ELEKTRONIK\n` +
            '1. Surat masuk diregistrasi oleh unit kearsipan, lalu didisposisikan oleh pimpinan kepada pejabat di bawahnya.\n' +
            '2. Konsep surat keluar diverifikasi, diparaf secara berjenjang, dan ditandatangani dengan tanda tangan elektronik tersertifikasi BSrE.\n' +
            '3. Arsip dinamis tersimpan otomatis beserta jejak disposisinya.',
        ],
      },
    ],
  },
  // ----- Indicator 34 (Layanan Keuangan)
  {
    name: 'Kabupaten: portal transparansi realisasi anggaran (informasi saja)',
    indicator: 34,
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait keuangan"; K2 asks search, upload or download.
    because: 'tingkat 1: halaman hanya menayangkan informasi realisasi pendapatan dan belanja; tidak ada pencarian, unggah atau unduh',
    docs: [
      tangkapanLayar('BPKAD/Screenshot Portal Transparansi Keuangan.png', [
        'TRANSPARANSI KEUANGAN DAERAH KABUPATEN SUKAMAJU',
        'Realisasi Pendapatan Daerah s.d. September 2025: 71,4%',
        'Realisasi Belanja Daerah s.d. September 2025: 63,8%',
        'Grafik Realisasi per Bulan',
        'Berita: Pemkab Sukamaju raih opini WTP kedelapan kali',
      ]),
    ],
  },
  {
    name: 'Kota: SP2D online dengan verifikasi, TTE dan pembayaran ke rekening pihak ketiga',
    instansi: KOT.instansi,
    indicator: 34,
    range: [3, 3],
    // K3: "transaksi … otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; K4: "kolaborasi dengan layanan elektronik lain,
    // misalnya Layanan Penganggaran …, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain" — a bank's cash management system is no SPBE service.
    because: 'tingkat 3: verifikasi SPM, TTE SP2D dan pembayaran adalah transaksi; sistem bank daerah bukan layanan SPBE lain, jadi belum kolaborasi (4)',
    docs: [
      {
        path: 'BPKAD/Manual SP2D Online.pdf',
        pages: [
          `${KOT.kop}\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\nPETUNJUK TEKNIS APLIKASI SP2D ONLINE\n` +
            '1. Bendahara perangkat daerah mengajukan SPM beserta dokumen pendukung secara elektronik.\n' +
            '2. Verifikator BPKAD memvalidasi SPM; Kuasa BUD menerbitkan SP2D dengan tanda tangan elektronik.\n' +
            '3. SP2D dikirim ke sistem cash management Bank Tanjung Raya dan pembayaran ke rekening pihak ketiga diproses otomatis.',
        ],
      },
    ],
  },
  // ----- Indicator 33 (Layanan Penganggaran)
  {
    name: 'Kota: e-Budgeting dengan persetujuan berjenjang dan terhubung SIPKD, dievaluasi lalu disempurnakan',
    instansi: KOT.instansi,
    indicator: 33,
    range: [5, 5],
    // K5: "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan … peraturan perundang-undangan …".
    because: 'tingkat 5: persetujuan berjenjang (transaksi), kolaborasi dengan layanan keuangan, evaluasi Maret 2025 dan penyempurnaan Juli 2025 sesudahnya',
    docs: [manualPenganggaran, evaluasiPenganggaran, perbaikanPenganggaran('21 Juli 2025')],
  },
  {
    name: 'Kota: e-Budgeting terhubung SIPKD, penyempurnaan Januari mendahului evaluasi Maret',
    instansi: KOT.instansi,
    indicator: 33,
    range: [4, 4],
    // K5: "perbaikan berdasarkan hasil reviu dan evaluasi" — a change made before the evaluation is not based on it.
    because: 'tingkat 4: transaksi dan kolaborasi dengan layanan keuangan; penyempurnaan bertanggal sebelum evaluasi bukan perbaikan berdasarkan hasil evaluasi (5)',
    docs: [manualPenganggaran, evaluasiPenganggaran, perbaikanPenganggaran('9 Januari 2025')],
  },
  // ----- Indicator 38 (Layanan BMD)
  {
    name: 'Kabupaten: laporan evaluasi dan perbaikan aplikasi BMD, tetapi layar hanya menayangkan daftar aset',
    indicator: 38,
    range: [1, 1],
    // K5: "Kriteria tingkat 4 telah terpenuhi dan … telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi" — cumulative: an improvement report
    // cannot prove the interaction, transaction and collaboration rungs (2–4) the screens do not show.
    because: 'tingkat 1: layar hanya menayangkan daftar dan grafik aset; laporan evaluasi dan perbaikan tidak menggantikan bukti interaksi (2), transaksi (3) dan kolaborasi (4) yang disyaratkan lebih dulu',
    docs: [
      tangkapanLayar('BPKAD/Screenshot SIMBADA.png', [
        'SIMBADA – Sistem Informasi Manajemen Barang Milik Daerah Kabupaten Sukamaju',
        'Daftar Aset Tetap per 30 Juni 2025',
        'Tanah: 1.204 bidang | Peralatan dan Mesin: 18.551 unit | Gedung dan Bangunan: 642 unit',
        'Grafik nilai aset per perangkat daerah',
      ]),
      naskahUnit({
        path: 'BPKAD/Laporan Evaluasi dan Perbaikan SIMBADA 2025.pdf',
        kop: KAB.kop,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'LAPORAN EVALUASI DAN PERBAIKAN APLIKASI SIMBADA TAHUN 2025',
        body: [
          'Evaluasi aplikasi terhadap Permendagri Nomor 7 Tahun 2024 tentang pengelolaan barang milik daerah.',
          'Perbaikan: tampilan daftar aset disesuaikan dengan kodefikasi barang terbaru.',
        ],
        place: KAB.place,
        date: '1 Agustus 2025',
      }),
    ],
  },
  // ----- Indicator 43 (Layanan Data Terbuka)
  {
    name: 'Kabupaten: portal data terbuka sendiri hanya infografis, di foldernya tangkapan layar portal Kota Tanjung Raya yang lengkap',
    indicator: 43,
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait data terbuka"; the neighbour's portal with dataset download and an API belongs to another Pemda.
    because: 'tingkat 1: portal sendiri hanya infografis; portal data terbuka kota lain (unduh dataset, API) bukan layanan Pemda ini',
    docs: [
      tangkapanLayar('DISKOMINFO/Screenshot Portal Satu Data Sukamaju.png', [
        'SATU DATA KABUPATEN SUKAMAJU',
        'Infografis Jumlah Penduduk 2024',
        'Infografis Indeks Pembangunan Manusia',
        'Berita Statistik Terbaru',
      ]),
      tangkapanLayar('DISKOMINFO/Referensi/Screenshot Portal Data Tanjung Raya.png', [
        'PORTAL SATU DATA KOTA TANJUNG RAYA',
        'Pemerintah Kota Tanjung Raya',
        'Cari Dataset | Unduh CSV | Unduh XLSX',
        'API Data: https://data.tanjungraya.go.id/api/3/action/package_list',
        'Dataset terhubung dengan Portal Satu Data Indonesia (data.go.id)',
      ]),
    ],
  },
  // ----- Indicator 41 (Layanan Kinerja Pegawai)
  {
    name: 'Provinsi: e-Kinerja terhubung SIMPEG dan e-TPP, evaluasi 2025, perbaikan yang dilaporkan bertanggal 2024',
    instansi: PRV.instansi,
    indicator: 41,
    range: [4, 4],
    // K5: "perbaikan berdasarkan hasil reviu dan evaluasi"; the only improvement is dated a year before this review (last year's change, this year's review).
    because: 'tingkat 4: penilaian SKP dengan persetujuan atasan (transaksi) dan data terhubung SIMPEG dan e-TPP (kolaborasi); perbaikan 2024 mendahului evaluasi 2025 (5)',
    docs: [
      {
        path: 'BKD/Panduan e-Kinerja ASN.pdf',
        pages: [
          `${PRV.kop}\nBADAN KEPEGAWAIAN DAERAH\nPANDUAN APLIKASI E-KINERJA ASN\n` +
            '1. Pegawai menyusun SKP dan mengisi realisasi kinerja bulanan.\n' +
            '2. Atasan langsung memverifikasi dan menyetujui realisasi kinerja di aplikasi.\n' +
            '3. Nilai kinerja terhubung otomatis dengan SIMPEG dan aplikasi e-TPP untuk perhitungan tambahan penghasilan pegawai.',
        ],
      },
      naskahUnit({
        path: 'BKD/Catatan Perbaikan e-Kinerja 2024.pdf',
        kop: PRV.kop,
        unit: 'BADAN KEPEGAWAIAN DAERAH',
        title: 'CATATAN PERUBAHAN VERSI APLIKASI E-KINERJA',
        body: ['Versi 2.3: penyesuaian format SKP sesuai Peraturan Menteri PANRB Nomor 6 Tahun 2022.'],
        place: PRV.place,
        date: '18 Maret 2024',
        signer: 'Kepala Bidang Informasi Kepegawaian',
      }),
      notulenRapat({
        path: 'BKD/Notulen Evaluasi Aplikasi e-Kinerja 2025.pdf',
        kop: PRV.kop,
        unit: 'BADAN KEPEGAWAIAN DAERAH',
        title: 'EVALUASI APLIKASI E-KINERJA ASN TAHUN 2025',
        day: 'Senin, 7 Juli 2025',
        place: 'Ruang Rapat BKD',
        agenda: 'Evaluasi aplikasi e-Kinerja',
        points: ['Evaluasi terhadap kebutuhan pengguna dan keluhan keterlambatan sinkronisasi data ke e-TPP.'],
        conclusions: ['Mekanisme sinkronisasi perlu diperbaiki.'],
      }),
    ],
  },
  // ----- Indicator 44 (JDIH)
  {
    name: 'Kota: JDIH dengan pencarian dan unduh produk hukum, terhubung JDIHN',
    instansi: KOT.instansi,
    indicator: 44,
    range: [2, 2],
    // K2: "pencarian informasi, pengunggahan dan pengunduhan dokumen"; K4: "Kriteria tingkat 3 telah terpenuhi dan … kolaborasi dengan … JDIH … lain".
    // Cumulative: the sync with JDIHN is collaboration, but no transaction feature (K3: alur kerja, validasi, persetujuan) is shown, so it cannot give 4.
    because: 'tingkat 2: pencarian dan unduh produk hukum; sinkronisasi dengan JDIHN (kolaborasi, 4) tidak menggantikan bukti transaksi (3) yang disyaratkan lebih dulu',
    docs: [
      tangkapanLayar('BAG HUKUM/Screenshot JDIH Kota Tanjung Raya.png', [
        'JDIH KOTA TANJUNG RAYA – Jaringan Dokumentasi dan Informasi Hukum',
        'Cari Produk Hukum: Jenis | Nomor | Tahun | Kata Kunci',
        'Peraturan Wali Kota Nomor 4 Tahun 2025 – Unduh PDF',
        'Anggota Jaringan JDIHN – data produk hukum tersinkron ke jdihn.go.id',
      ]),
    ],
  },
  // ----- Indicator 32 (Layanan Perencanaan)
  {
    name: 'Kabupaten: e-Planning dengan unggah dokumen Renja dan verifikasi Bappeda, terhubung e-Budgeting, dievaluasi tanpa perbaikan',
    indicator: 32,
    range: [4, 4],
    // K4: "kolaborasi dengan layanan elektronik lain, misalnya layanan penganggaran"; K5 needs the improvement, not only the evaluation.
    because: 'tingkat 4: verifikasi dan persetujuan usulan (transaksi) dan pengiriman ke e-Budgeting (kolaborasi); evaluasi tanpa perbaikan belum tingkat 5',
    docs: [
      {
        path: 'BAPPEDA/Manual e-Planning.pdf',
        pages: [
          `${KAB.kop}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nMANUAL APLIKASI E-PLANNING\n` +
            '1. Perangkat daerah mengunggah rancangan Renja dan menginput usulan program dan kegiatan.\n' +
            '2. Bappeda memverifikasi usulan dan memberikan persetujuan; status usulan tampil pada dasbor.\n' +
            '3. Usulan yang disetujui dikirim ke aplikasi e-Budgeting sebagai pagu indikatif.',
        ],
      },
      naskahUnit({
        path: 'BAPPEDA/Laporan Evaluasi e-Planning 2025.pdf',
        kop: KAB.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN EVALUASI APLIKASI E-PLANNING TAHUN 2025',
        body: ['Evaluasi terhadap kebutuhan pengguna: fitur pokok pikiran DPRD belum tersedia.', 'Rekomendasi: fitur pokok pikiran DPRD dikembangkan tahun 2026.'],
        place: KAB.place,
        date: '23 Juni 2025',
        signer: 'Kepala Bappeda',
      }),
    ],
  },
];
