/**
 * Level scenarios for issue 9 §4 (fifth set), written from the criteria of KepmenPANRB 962/2021 only (kriteria tingkat,
 * bukti dukung, kriteria pemenuhan), without reading the rules, the levels profile or the assessment code. The set
 * favours the indicators earlier sets cover least (infrastructure, applications and security 11–18, management 19–31,
 * services 32–47) and evidence as Pemdas really file it: a Keputusan with diktum KESATU/KEDUA, a Surat Edaran, a
 * report whose title does not name the indicator, an English consultant report, an application screenshot with menu
 * words only, a scan with OCR noise, an Inspektorat evaluation, a BSSN or external audit, and documents of a Kota
 * (Wali Kota) or a Provinsi (Gubernur). The judgements: partial coverage (some OPDs), a plan against its execution, a
 * review dated before the policy, an improvement dated before the review, an undated review, a review outside the
 * 2-year window, a neighbour's document in our folder, an invitation or attendance list only, a draft, and a higher
 * rung's document without the lower rungs' evidence (every criterion reads "Kriteria tingkat N−1 telah terpenuhi dan
 * …", so levels are cumulative). Assessment year 2025, review window 2 years (fixtures).
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB, KOT, PRV, act, beritaAcara, draft, naskahUnit, notulenRapat, tangkapanLayar, undangan, type Region } from './dokumen.ts';

/** A neighbouring regency whose documents sometimes land in our folders. */
const TETANGGA_KOP = 'PEMERINTAH KABUPATEN BUKIT SERAYA';

/** A Keputusan of the head of region with its diktum (KESATU, KEDUA, …). */
const keputusan = (p: { path: string; region: Region; number: string; title: string; menimbang: string; diktum: string[]; date: string }): ScenarioDoc =>
  act({
    path: p.path,
    kop: p.region.kop,
    kind: 'KEPUTUSAN',
    head: p.region.head,
    number: p.number,
    title: p.title,
    body:
      `Menimbang : a. ${p.menimbang}\nMengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;\nMEMUTUSKAN:\nMenetapkan : KEPUTUSAN ${p.region.head} TENTANG ${p.title}.\n` +
      p.diktum.map((d, i) => `${['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'][i]} : ${d}`).join('\n') +
      '\n',
    place: p.region.place,
    date: p.date,
  });

/** A Surat Edaran of the regional secretary to every head of OPD. */
const suratEdaran = (p: { path: string; region: Region; number: string; about: string; points: string[]; date: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.region.kop}\nSEKRETARIAT DAERAH\nSURAT EDARAN\nNOMOR ${p.number}\nTENTANG\n${p.about}\nYth. Kepala Perangkat Daerah di lingkungan Pemerintah ${p.region.wilayah === 'kabupaten' ? 'Kabupaten' : p.region.wilayah === 'kota' ? 'Kota' : 'Provinsi'} ${p.region.place === 'Kota Makmur' ? 'Nusa Makmur' : p.region.place}\n` +
      `Dalam rangka ${p.about.toLowerCase()}, dengan ini disampaikan hal-hal sebagai berikut:\n${p.points.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n` +
      `Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.\nDitetapkan di ${p.region.place}\npada tanggal ${p.date}\nSEKRETARIS DAERAH,\nttd`,
  ],
});

// ---------------------------------------------------------------- shared documents

/** Kabupaten Sukamaju's Arsitektur SPBE, enacted by a Keputusan Bupati: all six domains, after the national architecture. */
const kepbupArsitektur = keputusan({
  path: 'BAPPEDA/Kepbup 050-412 Tahun 2023 Arsitektur SPBE.pdf',
  region: KAB,
  number: '050/412/KPTS/2023',
  title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU TAHUN 2023–2026',
  menimbang: 'bahwa untuk memberikan panduan pelaksanaan integrasi SPBE perlu ditetapkan Arsitektur SPBE Pemerintah Daerah;',
  diktum: [
    'Menetapkan Arsitektur SPBE Kabupaten Sukamaju Tahun 2023–2026 sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
    'Arsitektur SPBE sebagaimana dimaksud dalam Diktum KESATU memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE, serta disusun dengan berpedoman pada Arsitektur SPBE Nasional.',
    'Arsitektur SPBE menjadi acuan bagi seluruh perangkat daerah dalam perencanaan dan penganggaran SPBE.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ],
  date: '9 Mei 2023',
});

/** Kota Tanjung Raya's application development report of the Dinas Kesehatan: the full development cycle. */
const laporanPengembanganSiKes = naskahUnit({
  path: 'DINKES/Laporan Pengembangan Aplikasi SI-SEHAT 2024.pdf',
  kop: KOT.kop,
  unit: 'DINAS KESEHATAN',
  title: 'LAPORAN PENGEMBANGAN APLIKASI SISTEM INFORMASI KESEHATAN (SI-SEHAT) TAHUN 2024',
  body: [
    'Pembangunan aplikasi dilaksanakan melalui tahapan siklus pembangunan aplikasi: analisis kebutuhan, perancangan (desain basis data dan antarmuka), pengkodean, pengujian (uji fungsional dan UAT), implementasi, serta pemeliharaan.',
    'Dokumen spesifikasi kebutuhan perangkat lunak (SKPL) dan hasil UAT terlampir.',
  ],
  place: KOT.place,
  date: '20 November 2024',
});

/** Provinsi Nusa Makmur: the intranet connecting every OPD, with its SOP and the link to the Jaringan Intra Pemerintah. */
const laporanJaringanIntraProv = naskahUnit({
  path: 'DISKOMINFOTIK/Laporan Pengoperasian Jaringan Intra Pemprov 2024.pdf',
  kop: PRV.kop,
  unit: PRV.kominfo,
  title: 'LAPORAN PENGOPERASIAN JARINGAN INTRA PEMERINTAH PROVINSI TAHUN 2024',
  body: [
    'Jaringan intra pemerintah provinsi telah terhubung ke seluruh 42 perangkat daerah, termasuk UPTD di kabupaten/kota, melalui fiber optik dan VPN.',
    'Pengoperasian mengikuti SOP Pengelolaan Jaringan Intra Nomor 07/SOP/DKIS/2023.',
    'Jaringan intra provinsi telah terinterkoneksi dengan Jaringan Intra Pemerintah (JIP) yang dikelola Kementerian Komunikasi dan Digital.',
  ],
  place: PRV.place,
  date: '30 Desember 2024',
});

/** Kabupaten Sukamaju's multi-year security audit plan, following the BSSN audit guideline. */
const rencanaAuditKeamanan = naskahUnit({
  path: 'DISKOMINFO/Program Audit Keamanan SPBE 2024-2026.pdf',
  kop: KAB.kop,
  unit: KAB.kominfo,
  title: 'PROGRAM KERJA AUDIT KEAMANAN SPBE TAHUN 2024–2026',
  body: [
    'Audit keamanan SPBE direncanakan secara berkesinambungan setiap tahun terhadap aplikasi layanan publik dan infrastruktur pusat data.',
    'Pelaksanaan audit berpedoman pada Peraturan BSSN Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE dan Standar Teknis dan Prosedur Keamanan SPBE.',
  ],
  place: KAB.place,
  date: '15 Januari 2024',
});

const laporanBssn = (date: string): ScenarioDoc =>
  naskahUnit({
    path: 'DISKOMINFO/LHA BSSN Audit Keamanan SPBE Kabupaten Sukamaju.pdf',
    kop: 'BADAN SIBER DAN SANDI NEGARA',
    unit: 'DIREKTORAT KEAMANAN SIBER DAN SANDI PEMERINTAH DAERAH',
    title: 'LAPORAN HASIL AUDIT KEAMANAN SPBE PEMERINTAH KABUPATEN SUKAMAJU',
    body: [
      'Audit keamanan dilaksanakan oleh tim auditor BSSN yang bersertifikat auditor keamanan informasi (ISO/IEC 27001 Lead Auditor) terhadap aplikasi SPBE dan infrastruktur pusat data Pemerintah Kabupaten Sukamaju.',
      'Temuan: 3 (tiga) kerentanan tinggi pada aplikasi layanan perizinan dan belum adanya mekanisme pencadangan terenkripsi.',
      'Rekomendasi: menutup kerentanan dan menerapkan pencadangan terenkripsi paling lambat enam bulan.',
    ],
    place: 'Jakarta',
    date,
    signer: 'Ketua Tim Auditor',
  });

/** Kota Tanjung Raya's e-SAKIP application manual: performance planning linked to e-planning and e-budgeting. */
const manualEsakip: ScenarioDoc = {
  path: 'BAG ORGANISASI/Manual e-SAKIP Kota Tanjung Raya.pdf',
  pages: [
    `${KOT.kop}\nBAGIAN ORGANISASI SEKRETARIAT DAERAH\nPETUNJUK PENGGUNAAN APLIKASI E-SAKIP\n` +
      '1. Perangkat daerah menginput Rencana Strategis, Perjanjian Kinerja, dan capaian indikator kinerja triwulanan.\n' +
      '2. Capaian kinerja diverifikasi oleh Bagian Organisasi dan disetujui secara berjenjang sebelum LKjIP diterbitkan otomatis.\n' +
      '3. Data sasaran dan indikator diambil otomatis dari aplikasi e-Planning, dan realisasi anggaran ditarik dari aplikasi e-Budgeting melalui API.',
  ],
};

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ======================= Policy (1–10): Keputusan with diktum, a draft, a neighbour's act
  {
    name: 'Kabupaten: Keputusan Bupati (diktum KESATU–KETIGA) membentuk Tim Koordinasi SPBE dengan tugas untuk seluruh perangkat daerah',
    indicator: 10,
    range: [3, 3],
    // K3: "telah mencakup pengaturan tugas-tugas Tim Koordinasi SPBE … yang mendukung penerapan SPBE pada seluruh unit kerja/perangkat daerah";
    // K4 adds "antar Instansi Pusat, antar Pemerintah Daerah" and "direviu dan dievaluasi" — neither is in the folder.
    because: 'tingkat 3: keputusan mengatur tugas tim untuk seluruh perangkat daerah; tidak ada pengaturan antar-pemerintah maupun reviu (4)',
    docs: [
      keputusan({
        path: 'SETDA/Kepbup Tim Koordinasi SPBE 2024.pdf',
        region: KAB,
        number: '100.3.3.2/215/KPTS/2024',
        title: 'PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU',
        menimbang: 'bahwa untuk meningkatkan keterpaduan pelaksanaan SPBE perlu dibentuk Tim Koordinasi SPBE;',
        diktum: [
          'Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.',
          'Tim Koordinasi SPBE sebagaimana dimaksud dalam Diktum KESATU bertugas mengarahkan, memantau, dan mengevaluasi penerapan SPBE pada seluruh perangkat daerah di lingkungan Pemerintah Kabupaten Sukamaju.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        date: '2 Februari 2024',
      }),
    ],
  },
  {
    name: 'Kabupaten: rancangan Perbup sistem penghubung layanan (nomor kosong, tanpa tanda tangan) untuk seluruh OPD',
    indicator: 7,
    range: [1, 1],
    // K1: "Konsep kebijakan internal terkait Penggunaan Sistem Penghubung Layanan … belum atau telah tersedia"; K2 asks "telah ditetapkan".
    because: 'tingkat 1: hanya konsep (rancangan) kebijakan; tingkat 2 meminta kebijakan yang telah ditetapkan',
    docs: [
      draft({
        path: 'DISKOMINFO/Rancangan Perbup Sistem Penghubung Layanan.pdf',
        kop: KAB.kop,
        head: KAB.head,
        year: '2025',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH DAERAH',
        body: 'Pasal 3\nSeluruh perangkat daerah wajib menggunakan sistem penghubung layanan pemerintah daerah untuk pertukaran data antaraplikasi.\nPasal 4\nSistem penghubung layanan pemerintah daerah terhubung dengan Sistem Penghubung Layanan Pemerintah.\n',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup Tim Koordinasi SPBE kabupaten tetangga di folder kita, milik kita hanya rancangan',
    indicator: 10,
    range: [1, 1],
    // K1: "Konsep kebijakan internal … belum atau telah tersedia"; K2 "telah ditetapkan" — by our head of region, not a neighbour's.
    because: 'tingkat 1: rancangan kita sendiri; keputusan Bupati Bukit Seraya bukan kebijakan internal Pemerintah Kabupaten Sukamaju',
    docs: [
      draft({
        path: 'SETDA/Rancangan Kepbup Tim Koordinasi SPBE.pdf',
        kop: KAB.kop,
        kind: 'KEPUTUSAN',
        head: KAB.head,
        year: '2025',
        title: 'PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        body: 'KESATU : Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju.\nKEDUA : Tim bertugas mengoordinasikan penerapan SPBE pada seluruh perangkat daerah.\n',
      }),
      act({
        path: 'SETDA/Contoh Kepbup Bukit Seraya Tim Koordinasi SPBE.pdf',
        kop: TETANGGA_KOP,
        kind: 'KEPUTUSAN',
        head: 'BUPATI BUKIT SERAYA',
        number: '188.45/77/KPTS/2023',
        title: 'PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN BUKIT SERAYA',
        body: 'KESATU : Membentuk Tim Koordinasi SPBE Kabupaten Bukit Seraya.\nKEDUA : Tim bertugas mengoordinasikan penerapan SPBE pada seluruh perangkat daerah dan dengan pemerintah provinsi.\n',
        place: 'Bukit Seraya',
        date: '14 Maret 2023',
      }),
    ],
  },
  // ======================= Arsitektur (11)
  {
    name: 'Kabupaten: Arsitektur SPBE enam domain ditetapkan dengan Keputusan Bupati, reviu tahun 2025',
    indicator: 11,
    range: [4, 4],
    // K4: "telah berpedoman pada Arsitektur SPBE Nasional … telah dilakukan reviu dan evaluasi secara periodik"; K5 "pemutakhiran sebagai tindak lanjut".
    because: 'tingkat 4: dokumen lengkap enam domain, berpedoman pada Arsitektur SPBE Nasional, direviu 2025; belum dimutakhirkan (5)',
    docs: [
      kepbupArsitektur,
      notulenRapat({
        path: 'BAPPEDA/Notulen Reviu Arsitektur SPBE 2025.pdf',
        kop: KAB.kop,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'REVIU DAN EVALUASI ARSITEKTUR SPBE KABUPATEN SUKAMAJU',
        day: 'Rabu, 11 Juni 2025',
        place: 'Aula Bappeda',
        agenda: 'Reviu dan evaluasi dokumen Arsitektur SPBE Tahun 2023–2026',
        points: ['Tim Koordinasi SPBE mereviu kesesuaian domain aplikasi dengan aplikasi yang sedang dibangun.', 'Domain layanan belum memuat layanan perizinan terpadu yang baru.'],
        conclusions: ['Arsitektur SPBE perlu dimutakhirkan pada tahun 2026.'],
      }),
    ],
  },
  {
    name: 'Kota: dokumen Arsitektur SPBE hanya memuat domain proses bisnis, data, dan aplikasi',
    indicator: 11,
    range: [2, 2],
    // K2 Kondisi: "tidak/belum mencakup referensi dan domain Arsitektur SPBE … secara lengkap"; K3 asks "seluruh referensi dan domain".
    because: 'tingkat 2: dokumen arsitektur tersedia tetapi hanya tiga domain; tingkat 3 meminta keenam domain',
    instansi: KOT.instansi,
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Dokumen Arsitektur SPBE Kota Tanjung Raya 2024.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'DOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA TAHUN 2024–2027',
        body: [
          'BAB II Arsitektur Proses Bisnis: peta proses bisnis urusan pemerintahan kota.',
          'BAB III Arsitektur Data dan Informasi: daftar data induk dan data referensi.',
          'BAB IV Arsitektur Aplikasi SPBE: aplikasi umum dan aplikasi khusus yang digunakan perangkat daerah.',
          'Domain infrastruktur, keamanan, dan layanan SPBE akan disusun pada tahap berikutnya.',
        ],
        place: KOT.place,
        date: '3 Juli 2024',
        signer: 'Wali Kota Tanjung Raya',
      }),
    ],
  },
  {
    name: 'Kabupaten: hanya undangan rapat penyusunan rancangan Arsitektur SPBE',
    indicator: 11,
    range: [1, 1],
    // K1: "Konsep dokumen Arsitektur SPBE belum atau telah tersedia"; B1 lists "bukti undangan rapat penyusunan rancangan Arsitektur SPBE".
    because: 'tingkat 1: undangan penyusunan rancangan saja; tidak ada dokumen arsitektur yang tersedia (2)',
    docs: [
      undangan({
        path: 'BAPPEDA/Undangan Penyusunan Arsitektur SPBE.pdf',
        region: KAB,
        number: '005/318/Bappeda/2025',
        date: '4 Maret 2025',
        about: 'Rapat Penyusunan Rancangan Arsitektur SPBE Kabupaten Sukamaju',
        agenda: 'Pembahasan rancangan domain arsitektur proses bisnis dan data',
      }),
    ],
  },
  // ======================= Peta Rencana (12)
  {
    name: 'Kabupaten: laporan akhir konsultan (bahasa Inggris) berjudul draft SPBE Roadmap',
    indicator: 12,
    range: [1, 1],
    // K1: "Konsep dokumen Peta Rencana SPBE … belum atau telah tersedia"; B1 "Dokumen berupa draft/rancangan Peta Rencana SPBE"; B2 "didokumentasikan secara formal".
    because: 'tingkat 1: draf peta rencana dari konsultan, belum ditetapkan secara formal oleh pemerintah daerah',
    docs: [
      {
        path: 'DISKOMINFO/Konsultan/SPBE Roadmap Draft Final Report.pdf',
        pages: [
          'PT NUSANTARA DIGITAL ADVISORY\nDRAFT FINAL REPORT\nE-GOVERNMENT (SPBE) ROADMAP 2025–2029 FOR THE REGENCY OF SUKAMAJU\nPrepared for: Dinas Komunikasi dan Informatika Kabupaten Sukamaju\n' +
            'Executive Summary\nThis draft roadmap sets out the initiatives for SPBE governance, SPBE management, SPBE services, infrastructure, applications, security, and ICT audit over five years.\n' +
            'Status of this document: draft for discussion with the Regency; not yet adopted.\nJakarta, 28 February 2025',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: Peta Rencana SPBE lengkap ditetapkan Perbup, catatan reviu tanpa tanggal',
    indicator: 12,
    range: [3, 3],
    pending: 'gets 2: complete eight-part roadmap enacted by Perbup not read as level 3',
    // K3: "telah mencakup seluruh muatan Peta Rencana SPBE … secara lengkap"; K4 "diterapkan secara konsisten melalui rencana kerja dan anggaran
    // 3 (tiga) tahun terakhir … reviu dan evaluasi secara periodik" — no RKA of three years, and an undated review proves no period.
    because: 'tingkat 3: peta rencana lengkap delapan muatan; tingkat 4 meminta RKA tiga tahun dan reviu periodik, catatan reviu tidak bertanggal',
    docs: [
      act({
        path: 'SETDA/Perbup 30 Tahun 2023 Peta Rencana SPBE.pdf',
        kop: KAB.kop,
        head: KAB.head,
        number: '30 TAHUN 2023',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU TAHUN 2023–2027',
        body:
          'Pasal 3\nPeta Rencana SPBE memuat peta rencana Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, serta Audit Teknologi Informasi dan Komunikasi.\n' +
          'Pasal 4\nPeta Rencana SPBE dijabarkan dalam program dan kegiatan perangkat daerah setiap tahun.\n',
        place: KAB.place,
        date: '10 Agustus 2023',
      }),
      {
        path: 'DISKOMINFO/Catatan Reviu Peta Rencana SPBE.pdf',
        pages: [`${KAB.kop}\n${KAB.kominfo}\nCATATAN HASIL REVIU PETA RENCANA SPBE\n1. Beberapa kegiatan peta rencana belum tercantum dalam renja perangkat daerah.\n2. Target audit TIK perlu disesuaikan.\nTim Reviu`],
      },
    ],
  },
  // ======================= Rencana dan Anggaran (13): Surat Edaran vs execution
  {
    name: 'Kabupaten: Surat Edaran Sekda wajib konsultasi anggaran SPBE, rekap menunjukkan 7 dari 24 OPD berkonsultasi',
    indicator: 13,
    range: [2, 2],
    // K2: "Rencana dan Anggaran SPBE pada unit kerja/perangkat daerah tidak seluruhnya dikonsultasikan kepada unit pengelola TIK"; K3 "seluruh … telah dikonsultasikan".
    because: 'tingkat 2: hanya 7 dari 24 perangkat daerah yang mengonsultasikan rencana dan anggaran SPBE; surat edaran bukan bukti pelaksanaan',
    docs: [
      suratEdaran({
        path: 'SETDA/SE Sekda Konsultasi Belanja TIK 2025.pdf',
        region: KAB,
        number: '000.8.1/45/Setda/2024',
        about: 'KONSULTASI RENCANA DAN ANGGARAN BELANJA TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        points: [
          'Setiap perangkat daerah wajib mengonsultasikan rencana kegiatan dan anggaran belanja SPBE/TIK kepada Dinas Komunikasi dan Informatika sebelum RKA diajukan kepada TAPD.',
          'Hasil konsultasi dituangkan dalam lembar rekomendasi teknis Diskominfo.',
        ],
        date: '8 Juli 2024',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Rekap Rekomendasi Teknis Belanja TIK TA 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'REKAPITULASI REKOMENDASI TEKNIS RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2025',
        body: [
          'Sampai dengan penetapan APBD 2025, sebanyak 7 (tujuh) dari 24 perangkat daerah telah mengonsultasikan rencana dan anggaran belanja SPBE kepada Diskominfo.',
          'Perangkat daerah lainnya mengajukan belanja TIK tanpa rekomendasi teknis.',
        ],
        place: KAB.place,
        date: '19 Desember 2024',
      }),
    ],
  },
  {
    name: 'Kota: hanya Surat Edaran Sekda tentang konsultasi anggaran SPBE, tanpa bukti konsultasi',
    indicator: 13,
    range: [1, 1],
    pending: 'gets 0: the Surat Edaran alone is not mapped to 13',
    // K1: "Rencana dan Anggaran SPBE belum atau telah tertuang dalam rencana kerja dan anggaran tahunan"; K2 needs plans and budgets that were
    // (partly) consulted — an instruction to consult proves no consultation.
    because: 'tingkat 1: surat edaran adalah rencana/perintah; tidak ada bukti rencana dan anggaran SPBE yang dikonsultasikan (2)',
    instansi: KOT.instansi,
    docs: [
      suratEdaran({
        path: 'SETDA/SE Sekda Perencanaan Belanja SPBE.pdf',
        region: KOT,
        number: '027/112/Setda/2025',
        about: 'PERENCANAAN DAN PENGANGGARAN BELANJA SPBE PERANGKAT DAERAH',
        points: ['Perangkat daerah wajib mengonsultasikan rencana dan anggaran SPBE kepada Dinas Komunikasi dan Informatika.', 'Konsultasi dilaksanakan paling lambat sebelum penyusunan KUA-PPAS.'],
        date: '6 Januari 2025',
      }),
    ],
  },
  // ======================= Proses Bisnis (14): report whose title does not name it
  {
    name: 'Kabupaten: laporan tahunan Bagian Organisasi yang memuat peta proses bisnis per level sesuai PermenPANRB 19/2018',
    indicator: 14,
    range: [2, 2],
    // K2: "dokumen Proses Bisnis … telah memenuhi standar"; K3 "telah dilakukan perbaikan sebagai bentuk inovasi Proses Bisnis".
    because: 'tingkat 2: peta proses bisnis tiap level sesuai pedoman; belum ada perbaikan/inovasi proses bisnis (3)',
    docs: [
      naskahUnit({
        path: 'BAG ORGANISASI/Laporan Kegiatan Bagian Organisasi 2024.pdf',
        kop: KAB.kop,
        unit: 'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
        title: 'LAPORAN KEGIATAN BAGIAN ORGANISASI TAHUN 2024',
        body: [
          'Kegiatan 3: Penyusunan Peta Proses Bisnis Pemerintah Daerah. Peta proses bisnis level 0 sampai level 3 untuk seluruh urusan telah disusun sesuai Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah.',
          'Peta proses bisnis ditetapkan dengan Keputusan Bupati Nomor 061/233/KPTS/2024.',
          'Kegiatan 4: Evaluasi kelembagaan perangkat daerah.',
        ],
        place: KAB.place,
        date: '27 Desember 2024',
        signer: 'Kepala Bagian Organisasi',
      }),
    ],
  },
  // ======================= Pembangunan Aplikasi (15)
  {
    name: 'Kota: laporan pengembangan aplikasi Dinkes dengan siklus lengkap, tanpa konsultasi ke Diskominfo',
    indicator: 15,
    range: [2, 2],
    // K2: "proses pembangunan Aplikasi SPBE telah dilakukan sesuai siklus pembangunan aplikasi"; K3 "telah dikonsultasikan kepada unit kerja/perangkat daerah
    // yang melaksanakan fungsi pengelolaan TIK".
    because: 'tingkat 2: siklus pembangunan lengkap; tidak ada bukti konsultasi dengan Diskominfo (3)',
    instansi: KOT.instansi,
    docs: [laporanPengembanganSiKes],
  },
  {
    name: 'Kota: laporan pengembangan aplikasi Dinkes dan notulen konsultasi dengan Diskominfo',
    indicator: 15,
    range: [3, 3],
    // K3: "telah dikonsultasikan kepada unit kerja/perangkat daerah yang melaksanakan fungsi pengelolaan TIK"; K4 "terpadu dan dapat dikendalikan … direviu dan dievaluasi secara periodik".
    because: 'tingkat 3: siklus lengkap dan dikonsultasikan dengan Diskominfo; belum terpadu/terkendali maupun direviu (4)',
    instansi: KOT.instansi,
    docs: [
      laporanPengembanganSiKes,
      notulenRapat({
        path: 'DINKES/Notulen Konsultasi SI-SEHAT dengan Diskominfo.pdf',
        kop: KOT.kop,
        unit: 'DINAS KESEHATAN',
        title: 'KONSULTASI PEMBANGUNAN APLIKASI SI-SEHAT DENGAN DINAS KOMUNIKASI DAN INFORMATIKA',
        day: 'Senin, 15 April 2024',
        place: 'Ruang Rapat Diskominfo',
        agenda: 'Konsultasi rancangan aplikasi SI-SEHAT kepada unit pengelola TIK',
        points: ['Diskominfo menelaah rancangan basis data dan kesesuaian dengan Arsitektur SPBE kota.', 'Aplikasi akan ditempatkan di pusat data kota.'],
        conclusions: ['Rancangan disetujui dengan catatan penggunaan single sign-on.'],
      }),
    ],
  },
  {
    name: 'Kabupaten: undangan rapat pembangunan aplikasi dan daftar hadir saja',
    indicator: 15,
    range: [1, 1],
    pending: 'gets 0: invitation and attendance list not mapped to 15',
    // K1: "Proses pembangunan Aplikasi SPBE belum atau telah dilakukan secara adhoc"; B1 lists "undangan rapat pembangunan/pengembangan Aplikasi SPBE"; K2 needs the cycle.
    because: 'tingkat 1: undangan dan daftar hadir tidak menunjukkan siklus pembangunan aplikasi (2)',
    docs: [
      undangan({
        path: 'DISDUKCAPIL/Undangan Rapat Pengembangan Aplikasi Antrean.pdf',
        region: KAB,
        number: '470/88/Disdukcapil/2025',
        date: '12 Mei 2025',
        about: 'Rapat Pengembangan Aplikasi Antrean Online',
        agenda: 'Pembahasan kebutuhan aplikasi antrean online',
      }),
      {
        path: 'DISDUKCAPIL/Daftar Hadir Rapat Aplikasi Antrean.pdf',
        pages: [`${KAB.kop}\nDAFTAR HADIR\nRapat Pengembangan Aplikasi Antrean Online\nSelasa, 12 Mei 2025\nNo Nama Jabatan Tanda Tangan\n1. Budi Santoso Kabid Pelayanan ttd\n2. Rina Wati Pranata Komputer ttd\n3. Agus Salim Diskominfo ttd`],
      },
    ],
  },
  // ======================= Pusat Data (16)
  {
    name: 'Kota: laporan pengoperasian pusat data digunakan 12 dari 31 perangkat daerah',
    indicator: 16,
    range: [2, 2],
    // K2 Kondisi: "Layanan Pusat Data tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah"; K3 "digunakan oleh seluruh … prosedur pengoperasian baku".
    because: 'tingkat 2: pusat data digunakan sebagian perangkat daerah (12 dari 31)',
    instansi: KOT.instansi,
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Pengelolaan Data Center 2024.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN PENGELOLAAN DATA CENTER PEMERINTAH KOTA TAHUN 2024',
        body: [
          'Data center kota menampung 46 server virtual milik 12 (dua belas) dari 31 perangkat daerah.',
          'Perangkat daerah lainnya masih menggunakan hosting pihak ketiga atau server mandiri.',
        ],
        place: KOT.place,
        date: '31 Desember 2024',
      }),
    ],
  },
  {
    name: 'Kabupaten: tangkapan layar dashboard pusat data, hanya kata-kata menu',
    indicator: 16,
    range: [1, 2],
    // K1: "Layanan Pusat Data belum atau telah tersedia digunakan"; K2 Kondisi "tidak/belum digunakan oleh seluruh"; nothing shows coverage or SOP (3).
    because: 'tingkat 1–2: layanan pusat data tersedia (menu manajemen VM), tanpa bukti cakupan seluruh perangkat daerah atau prosedur baku (3)',
    docs: [tangkapanLayar('DISKOMINFO/Screenshot Portal Pusat Data.png', ['Pusat Data Sukamaju', 'Dashboard', 'Virtual Machine', 'Storage', 'Backup', 'Colocation', 'Tiket Permohonan', 'Logout'])],
  },
  // ======================= Jaringan Intra (17)
  {
    name: 'Provinsi: jaringan intra ke seluruh 42 OPD, SOP, interkoneksi JIP, evaluasi 2025',
    indicator: 17,
    range: [4, 4],
    // K4: "interkoneksi … dengan Jaringan Intra Pemerintah … telah direviu dan dievaluasi secara periodik"; K5 "ditindaklanjuti dengan melakukan perbaikan".
    because: 'tingkat 4: seluruh perangkat daerah terhubung, interkoneksi JIP, evaluasi 2025; belum ada perbaikan (5)',
    instansi: PRV.instansi,
    docs: [
      laporanJaringanIntraProv,
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Evaluasi Jaringan Intra 2025.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'LAPORAN HASIL EVALUASI LAYANAN JARINGAN INTRA PEMERINTAH PROVINSI TAHUN 2025',
        body: ['Evaluasi terhadap ketersediaan, kapasitas bandwidth, dan gangguan jaringan intra selama semester I 2025.', 'Rekomendasi: penambahan jalur cadangan untuk 6 UPTD di wilayah kepulauan.'],
        place: PRV.place,
        date: '22 Juli 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: pindaian laporan jaringan intra ke seluruh OPD dengan derau OCR',
    indicator: 17,
    range: [3, 3],
    // K3: "telah diterapkan di seluruh unit kerja/perangkat daerah"; K4 needs interconnection with the Jaringan Intra Pemerintah and a review.
    because: 'tingkat 3: jaringan intra diterapkan di seluruh perangkat daerah; tidak ada interkoneksi maupun evaluasi (4)',
    docs: [
      {
        path: 'DISKOMINFO/Scan Laporan Jaringan Intra 2024.pdf',
        pages: [
          'PEMERlNTAH KABUPATEN SUKAMAJU\nD1NAS KOMUNlKASI DAN lNFORMATlKA\nLAPORAN PENGOPERAS1AN JAR1NGAN lNTRA PEMERlNTAH DAERAH TAHUN 2O24\n' +
            'Jaringan intra pemerintah daerah te1ah terhubung ke se1uruh 24 perangkat daerah dan 17 kecamatan me1alui fiber optik.\n' +
            'Pemantauan jaringan di1akukan setiap hari o1eh NOC Diskominfo.\nSukamaju, 3O Desember 2O24\nKepa1a Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: hanya laporan evaluasi jaringan intra yang mencatat 15 dari 30 OPD terhubung',
    indicator: 17,
    range: [2, 2],
    // K2 Kondisi: "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"; K3 (seluruh) is unmet, so the evaluation (a K4 element) cannot lift the level.
    because: 'tingkat 2: evaluasi menyatakan hanya 15 dari 30 perangkat daerah terhubung; evaluasi tanpa tingkat 3 tidak menaikkan tingkat',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Evaluasi Jaringan Intra 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN HASIL EVALUASI LAYANAN JARINGAN INTRA PEMERINTAH DAERAH TAHUN 2025',
        body: [
          'Sampai dengan Juni 2025 jaringan intra pemerintah daerah baru terhubung ke 15 (lima belas) dari 30 perangkat daerah.',
          'Rekomendasi: perluasan jaringan ke perangkat daerah yang belum terhubung pada tahun anggaran 2026.',
        ],
        place: KAB.place,
        date: '14 Juli 2025',
      }),
    ],
  },
  // ======================= Sistem Penghubung Layanan (18)
  {
    name: 'Kabupaten: tangkapan layar API gateway dengan kata-kata menu saja',
    indicator: 18,
    range: [1, 2],
    // K1: "Sistem penghubung layanan … belum atau telah tersedia"; K2 Kondisi "tidak/belum diterapkan di seluruh"; nothing shows all OPDs (3).
    because: 'tingkat 1–2: sistem penghubung tersedia; tidak ada bukti penerapan di seluruh perangkat daerah (3)',
    docs: [tangkapanLayar('DISKOMINFO/Screenshot API Gateway.png', ['API Gateway Sukamaju', 'Daftar API', 'Konsumen API', 'Kunci Akses', 'Log Permintaan', 'Statistik', 'Keluar'])],
  },
  {
    name: 'Kota: berita acara integrasi 4 aplikasi dari 3 OPD dengan SPLP nasional dan evaluasinya',
    indicator: 18,
    range: [2, 2],
    // K2 Kondisi: "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"; K3 "seluruh" is unmet, so integration and evaluation (K4) do not count.
    because: 'tingkat 2: sistem penghubung dipakai 3 perangkat daerah saja; integrasi SPLP dan evaluasi tidak menaikkan tingkat tanpa tingkat 3',
    instansi: KOT.instansi,
    docs: [
      beritaAcara({
        path: 'DISKOMINFO/BA Integrasi SPLP 2024.pdf',
        kop: KOT.kop,
        title: 'INTEGRASI SISTEM PENGHUBUNG LAYANAN PEMERINTAH KOTA DENGAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH',
        number: '555/210/Diskominfo/2024',
        opening: 'Pada hari ini Kamis tanggal 5 September 2024 telah dilaksanakan integrasi sistem penghubung layanan.',
        body: [
          'Empat aplikasi milik Disdukcapil, DPMPTSP, dan Dinas Sosial terhubung melalui API gateway kota ke Sistem Penghubung Layanan Pemerintah (SPLP) Kementerian Komunikasi dan Digital.',
          'Perangkat daerah lain belum menggunakan sistem penghubung layanan.',
        ],
        signers: 'Kepala Dinas Komunikasi dan Informatika\nPerwakilan Kementerian Komunikasi dan Digital',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Evaluasi Sistem Penghubung Layanan 2025.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN EVALUASI SISTEM PENGHUBUNG LAYANAN KOTA TAHUN 2025',
        body: ['Evaluasi menunjukkan 4 layanan API berjalan stabil dengan rata-rata 12.000 permintaan per hari.', 'Rekomendasi: perluasan ke seluruh perangkat daerah.'],
        place: KOT.place,
        date: '10 Maret 2025',
      }),
    ],
  },
  // ======================= Kolaborasi (20)
  {
    name: 'Kabupaten: hanya undangan rapat kolaborasi penerapan SPBE',
    indicator: 20,
    range: [1, 1],
    // K1: "Kolaborasi … dalam penerapan SPBE belum atau telah dilaksanakan … sewaktu-waktu atau tanpa perencanaan"; K2 "sesuai perencanaan".
    because: 'tingkat 1: undangan saja, tanpa bukti perencanaan kolaborasi (2)',
    docs: [
      undangan({
        path: 'SETDA/Undangan Rapat Kolaborasi SPBE.pdf',
        region: KAB,
        number: '005/640/Setda/2025',
        date: '22 April 2025',
        about: 'Rapat Kolaborasi Antar Perangkat Daerah dalam Penerapan SPBE',
        agenda: 'Pembahasan pemanfaatan bersama aplikasi layanan publik',
      }),
    ],
  },
  {
    name: 'Kota: Keputusan Wali Kota (diktum) membentuk tim kolaborasi satu data kesehatan 5 OPD dan laporan pelaksanaannya',
    indicator: 20,
    range: [3, 3],
    // K3: "dilaksanakan oleh tim yang dibentuk secara formal. Kondisi: … tidak/belum dilaksanakan pada seluruh unit kerja/perangkat daerah (kolaborasi dibentuk
    // berdasarkan adanya kegiatan bersama)"; K4 "seluruh unit kerja … dikoordinasikan oleh … kepala daerah … reviu dan evaluasi".
    because: 'tingkat 3: tim formal untuk kegiatan bersama lima perangkat daerah; bukan seluruh perangkat daerah dan tanpa reviu (4)',
    instansi: KOT.instansi,
    docs: [
      keputusan({
        path: 'DINKES/Kepwal Tim Kolaborasi Satu Data Kesehatan.pdf',
        region: KOT,
        number: '188.45/301/2024',
        title: 'TIM KOLABORASI PENERAPAN SPBE SATU DATA KESEHATAN KOTA TANJUNG RAYA',
        menimbang: 'bahwa integrasi data kesehatan memerlukan kolaborasi antar perangkat daerah dalam penerapan SPBE;',
        diktum: [
          'Membentuk Tim Kolaborasi Penerapan SPBE Satu Data Kesehatan yang terdiri atas Dinas Kesehatan, Dinas Komunikasi dan Informatika, Dinas Kependudukan dan Pencatatan Sipil, Dinas Sosial, dan Bappeda.',
          'Tim bertugas menyusun rencana kerja dan melaksanakan integrasi data kesehatan, kependudukan, dan bantuan sosial.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        date: '4 Maret 2024',
      }),
      naskahUnit({
        path: 'DINKES/Laporan Pelaksanaan Tim Kolaborasi 2024.pdf',
        kop: KOT.kop,
        unit: 'DINAS KESEHATAN',
        title: 'LAPORAN PELAKSANAAN KEGIATAN TIM KOLABORASI SATU DATA KESEHATAN TAHUN 2024',
        body: ['Sesuai rencana kerja tim, telah dilaksanakan 6 kali rapat kerja dan integrasi data NIK pada aplikasi SI-SEHAT dengan data Disdukcapil.', 'Kegiatan melibatkan lima perangkat daerah anggota tim.'],
        place: KOT.place,
        date: '20 Desember 2024',
      }),
    ],
  },
  // ======================= Manajemen Data (23): Inspektorat evaluation
  {
    name: 'Kabupaten: program Satu Data terencana dan evaluasi Inspektorat bahwa pedoman manajemen data belum diikuti',
    indicator: 23,
    range: [2, 2],
    // K2: "diterapkan dengan program kegiatan yang terarah dan terencana. Kondisi: Manajemen Data dilaksanakan tanpa mengacu pada pedoman Manajemen Data";
    // K3 "mengacu pada pedoman … arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data".
    because: 'tingkat 2: program terencana tetapi, menurut Inspektorat, belum mengacu pada pedoman manajemen data (3)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Rencana Aksi Satu Data 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'RENCANA AKSI SATU DATA KABUPATEN SUKAMAJU TAHUN 2025',
        body: ['Kegiatan: pengumpulan daftar data prioritas perangkat daerah, pemeriksaan data oleh walidata, dan publikasi pada portal satu data.', 'Jadwal pelaksanaan triwulan I sampai IV dengan penanggung jawab masing-masing.'],
        place: KAB.place,
        date: '13 Januari 2025',
      }),
      naskahUnit({
        path: 'INSPEKTORAT/LHE Penyelenggaraan Satu Data 2025.pdf',
        kop: KAB.kop,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL EVALUASI PENYELENGGARAAN SATU DATA DAN MANAJEMEN DATA TAHUN 2025',
        body: [
          'Kegiatan satu data telah dilaksanakan sesuai rencana aksi 2025.',
          'Namun pengelolaan data belum mengacu pada pedoman manajemen data: belum ada arsitektur data, data induk dan data referensi belum ditetapkan, dan pengukuran kualitas data belum dilakukan.',
        ],
        place: KAB.place,
        date: '2 Oktober 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  // ======================= Aset TIK (24): Surat Edaran as the guideline
  {
    name: 'Kabupaten: inventarisasi aset TIK sesuai rencana kerja tanpa pedoman',
    indicator: 24,
    range: [2, 2],
    // K2: "diterapkan dengan program kegiatan yang terarah dan terencana. Kondisi: … tanpa mengacu pada pedoman Manajemen Aset TIK"; K3 asks the guideline.
    because: 'tingkat 2: inventarisasi terencana; tidak mengacu pada pedoman yang mencakup perencanaan, pengadaan, pemanfaatan, penghapusan (3)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Inventarisasi Perangkat Komputer 2024.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN INVENTARISASI PERANGKAT TIK PERANGKAT DAERAH TAHUN 2024',
        body: [
          'Sesuai rencana kerja tahunan bidang infrastruktur, telah dilakukan pendataan aset TIK (komputer, server, perangkat jaringan, lisensi perangkat lunak) pada seluruh perangkat daerah.',
          'Pengelolaan aset TIK belum memiliki pedoman tersendiri; pencatatan mengikuti kartu inventaris barang.',
        ],
        place: KAB.place,
        date: '18 November 2024',
      }),
    ],
  },
  {
    name: 'Provinsi: Surat Edaran pedoman manajemen aset TIK (perencanaan sampai penghapusan) dan laporan pelaksanaannya',
    indicator: 24,
    range: [3, 3],
    // K3: "mengacu pada pedoman Manajemen Aset TIK yang mencakup proses perencanaan, pengadaan, pemanfaatan/penggunaan, dan penghapusan aset TIK";
    // K4 "strategi … diterapkan ke seluruh unit kerja … direviu dan dievaluasi secara periodik".
    because: 'tingkat 3: dilaksanakan mengacu pada pedoman yang mencakup keempat proses; belum ada reviu/evaluasi (4)',
    instansi: PRV.instansi,
    docs: [
      suratEdaran({
        path: 'SETDA/SE Sekda Pedoman Pengelolaan Aset TIK.pdf',
        region: PRV,
        number: '030/1120/Setda/2024',
        about: 'PEDOMAN MANAJEMEN ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        points: [
          'Perencanaan kebutuhan aset TIK disusun setiap tahun dan dikonsultasikan kepada Dinas Komunikasi, Informatika dan Statistik.',
          'Pengadaan aset TIK mengikuti standar spesifikasi yang ditetapkan Diskominfotik.',
          'Pemanfaatan/penggunaan aset TIK dicatat pada aplikasi inventaris aset TIK.',
          'Penghapusan aset TIK dilakukan melalui penilaian kelayakan dan sanitasi data.',
        ],
        date: '12 Februari 2024',
      }),
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Pengelolaan Aset TIK 2024.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'LAPORAN PELAKSANAAN MANAJEMEN ASET TIK TAHUN 2024',
        body: ['Sesuai program kerja dan Surat Edaran Sekretaris Daerah tentang Pedoman Manajemen Aset TIK, telah dilaksanakan perencanaan, pengadaan, pencatatan pemanfaatan, dan penghapusan 214 unit aset TIK.'],
        place: PRV.place,
        date: '23 Desember 2024',
      }),
    ],
  },
  // ======================= Kompetensi SDM (25)
  {
    name: 'Kabupaten: laporan bimtek (judul tidak menyebut SDM SPBE) sesuai rencana, hanya keamanan dan aplikasi',
    indicator: 25,
    range: [2, 2],
    // K2: "dilakukan sesuai dengan perencanaan … Kondisi: Kompetensi … tidak/belum terpenuhi seluruhnya yaitu … proses bisnis, arsitektur SPBE, data dan informasi,
    // keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE".
    because: 'tingkat 2: pemenuhan kompetensi terencana, baru bidang keamanan dan aplikasi dari enam bidang (3)',
    docs: [
      naskahUnit({
        path: 'BKPSDM/Laporan Pelaksanaan Bimtek Tahun 2024.pdf',
        kop: KAB.kop,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PELAKSANAAN BIMBINGAN TEKNIS TAHUN 2024',
        body: [
          'Sesuai Rencana Pengembangan Kompetensi ASN Tahun 2024, telah dilaksanakan bimbingan teknis keamanan informasi bagi 25 pranata komputer dan pelatihan pengembangan aplikasi berbasis web bagi 18 pegawai.',
          'Kompetensi bidang arsitektur SPBE, proses bisnis, data, dan infrastruktur belum direncanakan.',
        ],
        place: KAB.place,
        date: '16 Desember 2024',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  // ======================= Manajemen Pengetahuan (26)
  {
    name: 'Kabupaten: tangkapan layar portal pengetahuan saja (menu), tanpa rencana maupun pedoman',
    indicator: 26,
    range: [1, 1],
    // K1: "belum atau telah diterapkan. Kondisi: … diterapkan tanpa perencanaan"; K2 "dilaksanakan dengan perencanaan"; K3 asks pedoman and aplikasi together.
    because: 'tingkat 1: aplikasi pengetahuan tersedia, tetapi tidak ada bukti perencanaan (2); aplikasi saja tidak memenuhi tingkat 3 tanpa tingkat 2',
    docs: [tangkapanLayar('DISKOMINFO/Screenshot Portal Pengetahuan.png', ['SUKAMAJU KNOWLEDGE CENTER', 'Beranda', 'Repositori Pengetahuan', 'Forum Diskusi', 'Unggah Dokumen', 'Pakar', 'Masuk'])],
  },
  // ======================= Manajemen Perubahan (27)
  {
    name: 'Kota: rencana manajemen perubahan SPBE dilaksanakan di 3 OPD percontohan',
    indicator: 27,
    range: [2, 2],
    // K2: "dilaksanakan dengan perencanaan. Kondisi: … tidak/belum dilaksanakan oleh seluruh unit kerja/perangkat daerah terkait"; K3 "seluruh … sesuai pedoman".
    because: 'tingkat 2: terencana, baru tiga perangkat daerah percontohan',
    instansi: KOT.instansi,
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Manajemen Perubahan SRIKANDI 2025.pdf',
        kop: KOT.kop,
        unit: KOT.kominfo,
        title: 'LAPORAN PELAKSANAAN MANAJEMEN PERUBAHAN PENERAPAN APLIKASI SRIKANDI TAHUN 2025',
        body: [
          'Sesuai rencana manajemen perubahan SPBE tahun 2025, sosialisasi, pendampingan, dan penunjukan agen perubahan telah dilaksanakan di 3 (tiga) perangkat daerah percontohan: Sekretariat Daerah, Diskominfo, dan BKPSDM.',
          'Perangkat daerah lainnya dijadwalkan pada tahun 2026.',
        ],
        place: KOT.place,
        date: '30 Juni 2025',
      }),
    ],
  },
  // ======================= Manajemen Layanan (28)
  {
    name: 'Kabupaten: laporan helpdesk pelayanan pengguna terencana, tanpa pengoperasian layanan',
    indicator: 28,
    range: [2, 2],
    // K2: "dilaksanakan dengan perencanaan. Kondisi: … tidak/belum dilaksanakan pada seluruh proses … yaitu Pelayanan Pengguna SPBE dan Pengoperasian Layanan SPBE".
    because: 'tingkat 2: hanya proses pelayanan pengguna; pengoperasian layanan tidak didokumentasikan (3)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Laporan Helpdesk Semester I 2025.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN LAYANAN HELPDESK SPBE SEMESTER I TAHUN 2025',
        body: ['Sesuai rencana kerja layanan pengguna 2025, helpdesk menerima 412 permintaan layanan dan keluhan pengguna aplikasi SPBE melalui telepon dan WhatsApp.', 'Sebanyak 389 permintaan telah diselesaikan.'],
        place: KAB.place,
        date: '8 Juli 2025',
      }),
    ],
  },
  {
    name: 'Kota: rancangan SOP manajemen layanan SPBE saja',
    indicator: 28,
    range: [1, 1],
    // K1: "belum atau telah dilaksanakan"; B1 "Draf/rancangan penerapan Manajemen Layanan SPBE"; K2 asks execution with planning.
    because: 'tingkat 1: rancangan prosedur, belum ada pelaksanaan (2)',
    instansi: KOT.instansi,
    docs: [
      {
        path: 'DISKOMINFO/Draft SOP Manajemen Layanan SPBE.docx',
        pages: [`${KOT.kop}\n${KOT.kominfo}\nRANCANGAN\nSTANDAR OPERASIONAL PROSEDUR MANAJEMEN LAYANAN SPBE\n1. Pengguna menyampaikan permintaan layanan melalui service desk.\n2. Petugas mencatat, mengklasifikasi, dan meneruskan permintaan.\n3. Pengoperasian layanan dipantau setiap hari.\n(draf untuk dibahas)`],
      },
    ],
  },
  // ======================= Audit (29–31): BSSN, external, neighbour, plan only
  {
    name: 'Kabupaten: rencana audit infrastruktur kita dan LHA audit infrastruktur kabupaten tetangga',
    indicator: 29,
    range: [1, 1],
    // K1: "Kegiatan Audit Infrastruktur SPBE belum atau telah dilaksanakan"; K2 "dilaksanakan sesuai dengan perencanaan" — our plan is not carried out,
    // and the neighbour's audit is not an audit of our infrastructure.
    because: 'tingkat 1: rencana tanpa pelaksanaan; laporan audit Kabupaten Bukit Seraya bukan audit atas infrastruktur kita',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Rencana Audit Infrastruktur 2025-2027.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'RENCANA AUDIT INFRASTRUKTUR SPBE TAHUN 2025–2027',
        body: ['Audit infrastruktur SPBE direncanakan setiap tahun terhadap pusat data dan jaringan intra mulai tahun 2026.'],
        place: KAB.place,
        date: '20 Januari 2025',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Referensi/LHA Audit Infrastruktur Bukit Seraya 2024.pdf',
        kop: TETANGGA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE PEMERINTAH KABUPATEN BUKIT SERAYA TAHUN 2024',
        body: ['Audit dilaksanakan oleh auditor eksternal bersertifikat CISA terhadap pusat data dan jaringan intra Kabupaten Bukit Seraya sesuai pedoman audit infrastruktur SPBE.'],
        place: 'Bukit Seraya',
        date: '5 November 2024',
      }),
    ],
  },
  {
    name: 'Kabupaten: laporan audit aplikasi konsultan (bahasa Inggris) oleh auditor bersertifikat CISA, sesuai program audit dan pedoman',
    indicator: 30,
    range: [4, 4],
    // K4: "dilaksanakan oleh auditor TIK/Sistem Informasi eksternal yang memiliki sertifikasi auditor TIK/Sistem Informasi"; K2 plan and K3 guideline are stated;
    // K5 "hasil audit … telah ditindaklanjuti" — no follow-up.
    because: 'tingkat 4: audit aplikasi eksternal bersertifikat, sesuai rencana berkesinambungan dan pedoman; belum ada tindak lanjut (5)',
    docs: [
      {
        path: 'DISKOMINFO/Audit/Application Audit Report 2025.pdf',
        pages: [
          'PT AUDITAMA TEKNOLOGI INDONESIA\nINDEPENDENT APPLICATION AUDIT REPORT\nSPBE Applications of the Regency Government of Sukamaju, 2025\n' +
            'Scope: e-Perizinan, SIMPEG and e-Budgeting applications.\nThis audit was performed as part of the Diskominfo multi-year SPBE application audit programme 2024–2026 and follows the national SPBE application audit guideline.\n' +
            'Audit team: two CISA-certified external auditors and one certified ISO/IEC 27001 lead auditor.\nKey findings: weak input validation on e-Perizinan; no change management log for SIMPEG.\nRecommendations: remediate within six months.\nJakarta, 14 August 2025',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: LHA BSSN audit keamanan oleh auditor bersertifikat, tanpa rencana audit milik pemda',
    indicator: 31,
    range: [1, 1],
    // K2: "dilaksanakan sesuai dengan perencanaan yang berkesinambungan"; the BSSN report (a K4 element: "auditor … eksternal yang memiliki sertifikasi") without
    // the Pemda's plan or guideline leaves K2/K3 unmet, and the criteria are cumulative.
    because: 'tingkat 1: audit keamanan telah dilaksanakan (BSSN, bersertifikat), tetapi tidak ada bukti perencanaan berkesinambungan (2) maupun pedoman (3)',
    docs: [laporanBssn('28 Mei 2025')],
  },
  {
    name: 'Kabupaten: program audit keamanan, LHA BSSN 2025, dan laporan perbaikan bertanggal sebelum audit',
    indicator: 31,
    range: [4, 4],
    // K4: "dilaksanakan oleh auditor … eksternal yang memiliki sertifikasi"; K5 "hasil audit Keamanan SPBE telah ditindaklanjuti melalui perbaikan" — an improvement
    // dated before the audit cannot follow it up.
    because: 'tingkat 4: rencana, pedoman BSSN, auditor eksternal bersertifikat; perbaikan bertanggal Maret 2025 mendahului audit Mei 2025, bukan tindak lanjut (5)',
    docs: [
      rencanaAuditKeamanan,
      laporanBssn('28 Mei 2025'),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Perbaikan Keamanan Aplikasi.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN PERBAIKAN KEAMANAN APLIKASI SPBE',
        body: ['Telah dilakukan penambalan kerentanan pada aplikasi layanan perizinan dan penerapan pencadangan terenkripsi di pusat data.'],
        place: KAB.place,
        date: '10 Maret 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: program audit keamanan, LHA BSSN 2025, dan laporan tindak lanjut sesudahnya',
    indicator: 31,
    range: [5, 5],
    // K5: "hasil audit Keamanan SPBE telah ditindaklanjuti melalui perbaikan penerapan Keamanan SPBE".
    because: 'tingkat 5: tindak lanjut hasil audit BSSN bertanggal sesudah audit',
    docs: [
      rencanaAuditKeamanan,
      laporanBssn('28 Mei 2025'),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Tindak Lanjut Hasil Audit Keamanan BSSN.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE OLEH BSSN',
        body: ['Menindaklanjuti rekomendasi Laporan Hasil Audit Keamanan SPBE BSSN tanggal 28 Mei 2025, tiga kerentanan tinggi pada aplikasi layanan perizinan telah ditutup dan pencadangan terenkripsi telah diterapkan.'],
        place: KAB.place,
        date: '3 November 2025',
      }),
    ],
  },
  // ======================= Services (32–47)
  {
    name: 'Kabupaten: tangkapan layar e-planning dengan menu dokumen, pencarian, unduh saja',
    indicator: 32,
    range: [2, 2],
    // K2: "layanan interaksi … seperti pencarian informasi, pengunggahan dan pengunduhan dokumen perencanaan"; K3 transactions (workflow, approval) are not shown.
    because: 'tingkat 2: pencarian dan unduhan dokumen perencanaan; tidak ada alur kerja atau persetujuan (3)',
    docs: [tangkapanLayar('BAPPEDA/Screenshot e-Planning.png', ['e-PLANNING KABUPATEN SUKAMAJU', 'Beranda', 'Dokumen RPJMD', 'Dokumen RKPD', 'Pencarian Dokumen', 'Unduh Dokumen', 'Kontak'])],
  },
  {
    name: 'Kabupaten: halaman pengumuman lelang di website saja',
    indicator: 35,
    range: [1, 1],
    pending: 'gets 0: a tender announcement page is not mapped to 35',
    // K1: "hanya memberikan layanan informasi terkait pengadaan barang dan jasa"; K2 needs search, upload or download.
    because: 'tingkat 1: informasi pengumuman pengadaan saja',
    docs: [
      tangkapanLayar('BAG PBJ/Screenshot Pengumuman Pengadaan.png', [
        'Website Resmi Pemerintah Kabupaten Sukamaju',
        'Berita > Pengumuman Pengadaan Barang dan Jasa',
        'Pengumuman: Paket Rehabilitasi Gedung Puskesmas Sukamaju Tahun Anggaran 2025, pagu Rp 1.200.000.000, metode tender.',
        'Informasi lebih lanjut hubungi Bagian Pengadaan Barang dan Jasa.',
      ]),
    ],
  },
  {
    name: 'Provinsi: manual LPSE/SPSE dengan e-tender dan integrasi SIRUP, e-katalog, dan SIPD',
    indicator: 35,
    range: [4, 4],
    // K4: "layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran …, Layanan Perencanaan …"; K5 needs an improvement after a review.
    because: 'tingkat 4: transaksi tender elektronik dan kolaborasi dengan SIRUP/e-katalog dan SIPD; tidak ada perbaikan berdasarkan reviu (5)',
    instansi: PRV.instansi,
    docs: [
      {
        path: 'BIRO PBJ/Panduan Layanan Pengadaan Secara Elektronik.pdf',
        pages: [
          `${PRV.kop}\nBIRO PENGADAAN BARANG DAN JASA\nPANDUAN LAYANAN PENGADAAN SECARA ELEKTRONIK (LPSE)\n` +
            '1. Penyedia mendaftar, mengunggah dokumen kualifikasi, dan memasukkan penawaran secara elektronik pada SPSE.\n' +
            '2. Pokja Pemilihan mengevaluasi penawaran, menetapkan pemenang, dan menerbitkan pengumuman secara otomatis di aplikasi.\n' +
            '3. Paket pengadaan diambil dari SIRUP LKPP yang terhubung dengan SIPD (perencanaan dan penganggaran), dan pembelian melalui e-katalog terhubung ke aplikasi keuangan daerah.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: laporan tahunan Inspektorat yang menguraikan aplikasi e-Audit (PKPT, reviu berjenjang, persetujuan, tindak lanjut)',
    indicator: 39,
    range: [3, 3],
    pending: 'gets 0: an Inspektorat annual report describing e-Audit is not mapped to 39',
    // K3: "layanan transaksi … seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; K4 collaboration with another e-service is absent.
    because: 'tingkat 3: alur kerja dan persetujuan pengawasan secara elektronik; tidak ada kolaborasi dengan layanan lain (4)',
    docs: [
      naskahUnit({
        path: 'INSPEKTORAT/Laporan Tahunan Inspektorat 2024.pdf',
        kop: KAB.kop,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN TAHUNAN INSPEKTORAT DAERAH TAHUN 2024',
        body: [
          'BAB III Inovasi. Seluruh penugasan pengawasan dikelola dengan aplikasi e-Audit: PKPT diinput auditor, kertas kerja pemeriksaan direviu berjenjang oleh pengendali teknis dan pengendali mutu, LHP disetujui Inspektur secara elektronik, dan tindak lanjut rekomendasi dipantau dalam aplikasi.',
          'BAB IV Capaian kinerja: 124 penugasan pengawasan selesai.',
        ],
        place: KAB.place,
        date: '15 Januari 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  {
    name: 'Kota: tangkapan layar aplikasi pengawasan dengan pencarian dan unduh LHP',
    indicator: 39,
    range: [2, 2],
    // K2: "layanan interaksi terkait pengawasan internal pemerintah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen"; no workflow (3).
    because: 'tingkat 2: pencarian dan unduhan laporan hasil pengawasan saja',
    instansi: KOT.instansi,
    docs: [tangkapanLayar('INSPEKTORAT/Screenshot SIWAS.png', ['SIWAS - Sistem Informasi Pengawasan Kota Tanjung Raya', 'Beranda', 'Cari LHP', 'Unduh LHP', 'Unggah Dokumen Tindak Lanjut', 'Keluar'])],
  },
  {
    name: 'Kota: manual e-SAKIP dengan verifikasi berjenjang dan tarikan data dari e-Planning dan e-Budgeting',
    indicator: 40,
    range: [4, 4],
    // K4: "layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran …, Layanan Perencanaan …"; K5 needs an improvement after a review.
    because: 'tingkat 4: transaksi (verifikasi, persetujuan) dan kolaborasi dengan e-Planning dan e-Budgeting; tidak ada perbaikan pascareviu (5)',
    instansi: KOT.instansi,
    docs: [manualEsakip],
  },
  {
    name: 'Kota: e-SAKIP terintegrasi, perbaikan aplikasi bertanggal sebelum laporan reviunya',
    indicator: 40,
    range: [4, 4],
    // K5: "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi" — an improvement of February 2025 cannot be based on a review of June 2025.
    because: 'tingkat 4: perbaikan Februari 2025 mendahului reviu Juni 2025, jadi bukan perbaikan berdasarkan hasil reviu (5)',
    instansi: KOT.instansi,
    docs: [
      manualEsakip,
      naskahUnit({
        path: 'BAG ORGANISASI/Laporan Pengembangan e-SAKIP versi 3.pdf',
        kop: KOT.kop,
        unit: 'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
        title: 'LAPORAN PENGEMBANGAN APLIKASI E-SAKIP VERSI 3',
        body: ['Aplikasi e-SAKIP diperbarui ke versi 3: penambahan modul pohon kinerja dan penyesuaian format perjanjian kinerja.'],
        place: KOT.place,
        date: '10 Februari 2025',
      }),
      naskahUnit({
        path: 'BAG ORGANISASI/Laporan Reviu Aplikasi e-SAKIP 2025.pdf',
        kop: KOT.kop,
        unit: 'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
        title: 'LAPORAN HASIL REVIU DAN EVALUASI APLIKASI E-SAKIP TAHUN 2025',
        body: ['Reviu terhadap kesesuaian aplikasi dengan PermenPANRB Nomor 88 Tahun 2021 tentang evaluasi akuntabilitas kinerja.', 'Rekomendasi: modul evaluasi internal perlu ditambahkan.'],
        place: KOT.place,
        date: '18 Juni 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: JDIH terhubung JDIHN, evaluasi tidak bertanggal, dan pembaruan aplikasi',
    indicator: 44,
    range: [4, 4],
    // K5: "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi" — an undated evaluation cannot show that the improvement followed it.
    because: 'tingkat 4: JDIH dengan unggah/unduh, validasi, integrasi JDIHN; evaluasi tanpa tanggal tidak membuktikan perbaikan berdasarkan reviu (5)',
    instansi: PRV.instansi,
    docs: [
      {
        path: 'BIRO HUKUM/Profil Aplikasi JDIH Provinsi.pdf',
        pages: [
          `${PRV.kop}\nBIRO HUKUM SEKRETARIAT DAERAH\nPROFIL APLIKASI JARINGAN DOKUMENTASI DAN INFORMASI HUKUM (JDIH)\n` +
            '1. Masyarakat dapat mencari dan mengunduh peraturan daerah, peraturan gubernur, dan keputusan gubernur.\n' +
            '2. Pengelola mengunggah produk hukum, yang divalidasi oleh Kepala Bagian Dokumentasi sebelum dipublikasikan (mekanisme persetujuan).\n' +
            '3. Metadata produk hukum terintegrasi otomatis dengan portal JDIH Nasional (JDIHN) BPHN melalui web service.',
        ],
      },
      {
        path: 'BIRO HUKUM/Catatan Evaluasi JDIH.pdf',
        pages: [`${PRV.kop}\nBIRO HUKUM\nCATATAN EVALUASI LAYANAN JDIH\n1. Pencarian berdasarkan nomor peraturan lambat.\n2. Tampilan seluler belum responsif.\nTim Pengelola JDIH`],
      },
      naskahUnit({
        path: 'BIRO HUKUM/Laporan Pembaruan Aplikasi JDIH 2025.pdf',
        kop: PRV.kop,
        unit: 'BIRO HUKUM SEKRETARIAT DAERAH',
        title: 'LAPORAN PEMBARUAN APLIKASI JDIH TAHUN 2025',
        body: ['Aplikasi JDIH diperbarui: mesin pencarian diganti dan tampilan dibuat responsif.'],
        place: PRV.place,
        date: '7 Mei 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: perizinan online (pengajuan, verifikasi, persetujuan) terintegrasi OSS RBA',
    indicator: 45,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '45': { nama: 'Layanan Perizinan Online', kataKunci: ['SIMPEL', 'perizinan online'] } },
    range: [4, 4],
    // K4: "layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Publik Sektoral … Instansi Pusat/Pemerintah Daerah lain"; K5 needs an improvement after review.
    because: 'tingkat 4: transaksi perizinan dan kolaborasi dengan OSS RBA Kementerian Investasi; tidak ada perbaikan pascareviu (5)',
    docs: [
      naskahUnit({
        path: 'DPMPTSP/Panduan Layanan Perizinan Online SIMPEL.pdf',
        kop: KAB.kop,
        unit: 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
        title: 'PANDUAN LAYANAN PERIZINAN ONLINE SIMPEL',
        body: [
          'Pemohon mengajukan izin secara daring dan mengunggah persyaratan; petugas memverifikasi berkas, tim teknis memberi rekomendasi, dan Kepala Dinas menyetujui dengan tanda tangan elektronik.',
          'Data perizinan berusaha terintegrasi dengan sistem OSS RBA Kementerian Investasi/BKPM melalui API, sehingga izin terbit otomatis pada akun OSS pemohon.',
        ],
        place: KAB.place,
        date: '2 Mei 2025',
      }),
    ],
  },
  {
    name: 'Kota: informasi jadwal dan tarif puskesmas di website saja',
    indicator: 45,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '45': { nama: 'Layanan Kesehatan Puskesmas', kataKunci: ['puskesmas', 'pelayanan kesehatan'] } },
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait Publik Sektoral"; nothing interactive.
    because: 'tingkat 1: halaman informasi layanan kesehatan saja',
    instansi: KOT.instansi,
    docs: [tangkapanLayar('DINKES/Screenshot Website Dinkes.png', ['Dinas Kesehatan Kota Tanjung Raya', 'Profil', 'Jadwal Pelayanan Puskesmas', 'Tarif Retribusi Pelayanan Kesehatan', 'Berita Kesehatan', 'Alamat Puskesmas'])],
  },
  {
    name: 'Kabupaten: pendaftaran online RSUD (antrean, verifikasi, kuota) tanpa integrasi',
    indicator: 46,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '46': { nama: 'Pendaftaran Online RSUD', kataKunci: ['pendaftaran online', 'RSUD'] } },
    range: [3, 3],
    // K3: "layanan transaksi … seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; K4 collaboration with another service absent.
    because: 'tingkat 3: transaksi pendaftaran dan validasi; tidak ada kolaborasi dengan layanan elektronik lain (4)',
    docs: [
      naskahUnit({
        path: 'RSUD/Panduan Pendaftaran Online Pasien.pdf',
        kop: KAB.kop,
        unit: 'RUMAH SAKIT UMUM DAERAH SUKAMAJU',
        title: 'PANDUAN PENDAFTARAN ONLINE PASIEN RAWAT JALAN',
        body: ['Pasien memilih poliklinik dan dokter, sistem memvalidasi nomor rekam medis dan kuota harian, lalu menerbitkan nomor antrean otomatis.', 'Petugas pendaftaran mengonfirmasi kedatangan pasien di aplikasi.'],
        place: KAB.place,
        date: '3 Maret 2025',
        signer: 'Direktur RSUD',
      }),
    ],
  },
  {
    name: 'Kabupaten: pendaftaran RSUD terintegrasi BPJS, reviu 2025 dan perbaikan sesudahnya',
    indicator: 46,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '46': { nama: 'Pendaftaran Online RSUD', kataKunci: ['pendaftaran online', 'RSUD'] } },
    range: [5, 5],
    // K5: "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi dan kebutuhan".
    because: 'tingkat 5: transaksi, kolaborasi dengan V-Claim BPJS, reviu Maret 2025 dan perbaikan Agustus 2025 berdasarkan reviu',
    docs: [
      naskahUnit({
        path: 'RSUD/Panduan Pendaftaran Online Terintegrasi BPJS.pdf',
        kop: KAB.kop,
        unit: 'RUMAH SAKIT UMUM DAERAH SUKAMAJU',
        title: 'PANDUAN PENDAFTARAN ONLINE PASIEN RAWAT JALAN',
        body: [
          'Pasien mendaftar daring, sistem memvalidasi kuota dan menerbitkan nomor antrean otomatis.',
          'Kepesertaan pasien JKN divalidasi otomatis melalui bridging dengan aplikasi V-Claim dan Mobile JKN BPJS Kesehatan, dan SEP diterbitkan tanpa input ulang.',
        ],
        place: KAB.place,
        date: '6 Januari 2025',
        signer: 'Direktur RSUD',
      }),
      naskahUnit({
        path: 'RSUD/Laporan Evaluasi Layanan Pendaftaran Online 2025.pdf',
        kop: KAB.kop,
        unit: 'RUMAH SAKIT UMUM DAERAH SUKAMAJU',
        title: 'LAPORAN HASIL EVALUASI LAYANAN PENDAFTARAN ONLINE TAHUN 2025',
        body: ['Evaluasi atas keluhan pasien dan ketentuan baru BPJS Kesehatan tentang antrean online terintegrasi.', 'Rekomendasi: integrasi antrean dengan Mobile JKN secara penuh dan notifikasi WhatsApp.'],
        place: KAB.place,
        date: '12 Maret 2025',
        signer: 'Direktur RSUD',
      }),
      naskahUnit({
        path: 'RSUD/Laporan Perbaikan Aplikasi Pendaftaran Online.pdf',
        kop: KAB.kop,
        unit: 'RUMAH SAKIT UMUM DAERAH SUKAMAJU',
        title: 'LAPORAN PERBAIKAN APLIKASI PENDAFTARAN ONLINE',
        body: ['Sebagai tindak lanjut hasil evaluasi Maret 2025, antrean online telah terintegrasi penuh dengan Mobile JKN dan notifikasi WhatsApp telah diterapkan.'],
        place: KAB.place,
        date: '20 Agustus 2025',
        signer: 'Direktur RSUD',
      }),
    ],
  },
  {
    name: 'Kabupaten: pindaian brosur aplikasi pertanian dengan derau OCR (cari dan unduh data harga)',
    indicator: 47,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '47': { nama: 'Layanan Informasi Pertanian', kataKunci: ['SITANI'] } },
    range: [2, 2],
    // K2: "layanan interaksi … seperti pencarian informasi, pengunggahan dan pengunduhan dokumen Layanan Publik Sektoral"; no transaction (3).
    because: 'tingkat 2: pencarian dan unduhan informasi harga dan jadwal tanam; tidak ada transaksi',
    docs: [
      {
        path: 'DISTAN/Scan Brosur SITANI.pdf',
        pages: [
          'PEMERlNTAH KABUPATEN SUKAMAJU\nD1NAS PERTAN1AN\nAPLlKASI SlTANI - Layanan lnformasi Pertanian\n' +
            '* Cari harga komoditas pertanian harian di 12 pasar\n* Unduh ka1ender tanam dan panduan budidaya (PDF)\n* lnformasi penyu1uh pertanian per kecamatan\nSukamaju, 2O25',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: layanan perpustakaan digital dengan peminjaman daring, terhubung iPusnas',
    indicator: 47,
    // The workspace chose this service for its sector slot (config `layananSektor`), as a Pemda with it would.
    layananSektor: { '47': { nama: 'Layanan Perpustakaan Digital', kataKunci: ['perpustakaan digital'] } },
    range: [4, 4],
    // K4: "layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Publik Sektoral … Instansi Pusat/Pemerintah Daerah lain"; K5 needs an improvement after review.
    because: 'tingkat 4: transaksi peminjaman dan kolaborasi dengan iPusnas Perpustakaan Nasional; tidak ada reviu maupun perbaikan (5)',
    instansi: PRV.instansi,
    docs: [
      naskahUnit({
        path: 'DISPUSIP/Panduan Layanan Perpustakaan Digital.pdf',
        kop: PRV.kop,
        unit: 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
        title: 'PANDUAN LAYANAN PERPUSTAKAAN DIGITAL PROVINSI',
        body: ['Anggota mendaftar daring, diverifikasi petugas, lalu dapat meminjam dan mengembalikan buku elektronik; sistem mengatur kuota dan masa pinjam otomatis.', 'Katalog terhubung dengan iPusnas Perpustakaan Nasional sehingga koleksi nasional dapat dipinjam melalui aplikasi yang sama.'],
        place: PRV.place,
        date: '5 Februari 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: pedoman aset TIK (Surat Edaran), pelaksanaan seluruh OPD, reviu terakhir tahun 2022',
    indicator: 24,
    range: [3, 3],
    // K4: "diterapkan ke seluruh unit kerja/perangkat daerah … Selain itu, penerapan Manajemen Aset TIK telah direviu dan dievaluasi secara periodik" — a review
    // of 2022 is outside the 2-year window of a 2025 assessment.
    because: 'tingkat 3: pedoman lengkap dan dilaksanakan; reviu 2022 di luar masa berlaku 2 tahun, bukan reviu periodik (4)',
    instansi: PRV.instansi,
    docs: [
      suratEdaran({
        path: 'SETDA/SE Sekda Pedoman Aset TIK 2021.pdf',
        region: PRV,
        number: '030/870/Setda/2021',
        about: 'PEDOMAN MANAJEMEN ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        points: [
          'Perencanaan kebutuhan aset TIK disusun setiap tahun oleh perangkat daerah.',
          'Pengadaan aset TIK mengikuti standar spesifikasi Diskominfotik.',
          'Pemanfaatan/penggunaan aset TIK dicatat pada aplikasi inventaris aset TIK.',
          'Penghapusan aset TIK dilakukan melalui penilaian kelayakan dan sanitasi data.',
        ],
        date: '9 Maret 2021',
      }),
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Manajemen Aset TIK Seluruh Perangkat Daerah 2024.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'LAPORAN PELAKSANAAN MANAJEMEN ASET TIK TAHUN 2024',
        body: ['Sesuai program kerja dan pedoman manajemen aset TIK, perencanaan, pengadaan, pemanfaatan, dan penghapusan aset TIK dilaksanakan pada seluruh 42 perangkat daerah.'],
        place: PRV.place,
        date: '20 Desember 2024',
      }),
      naskahUnit({
        path: 'DISKOMINFOTIK/Laporan Reviu Manajemen Aset TIK 2022.pdf',
        kop: PRV.kop,
        unit: PRV.kominfo,
        title: 'LAPORAN HASIL REVIU DAN EVALUASI PENERAPAN MANAJEMEN ASET TIK TAHUN 2022',
        body: ['Reviu atas pencatatan dan penghapusan aset TIK di perangkat daerah.', 'Rekomendasi: sanitasi data wajib sebelum penghapusan.'],
        place: PRV.place,
        date: '17 Oktober 2022',
      }),
    ],
  },
  {
    name: 'Kabupaten: Perbup sistem penghubung layanan 2024 (seluruh OPD, terhubung SPLP), satu-satunya reviu bertanggal 2023 sebelum Perbup',
    indicator: 7,
    range: [3, 3],
    // K4: "telah mengatur keterhubungan dengan Sistem Penghubung Layanan Pemerintah. Selain itu, kebijakan internal … direviu dan dievaluasi" — a review of
    // 2023 cannot review a regulation enacted in 2024.
    because: 'tingkat 3: kebijakan mengatur seluruh perangkat daerah; reviu Juni 2023 mendahului Perbup Mei 2024 sehingga bukan reviu atas kebijakan ini (4)',
    docs: [
      act({
        path: 'SETDA/Perbup 14 Tahun 2024 Sistem Penghubung Layanan.pdf',
        kop: KAB.kop,
        head: KAB.head,
        number: '14 TAHUN 2024',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH DAERAH',
        body:
          'Pasal 3\nSeluruh perangkat daerah wajib menggunakan sistem penghubung layanan pemerintah daerah untuk pertukaran data antaraplikasi.\n' +
          'Pasal 4\nSistem penghubung layanan pemerintah daerah terhubung dengan Sistem Penghubung Layanan Pemerintah yang dikelola kementerian.\n',
        place: KAB.place,
        date: '21 Mei 2024',
      }),
      naskahUnit({
        path: 'DISKOMINFO/Laporan Reviu Kebijakan Sistem Penghubung Layanan.pdf',
        kop: KAB.kop,
        unit: KAB.kominfo,
        title: 'LAPORAN HASIL REVIU KEBIJAKAN PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        body: ['Reviu atas ketentuan penggunaan sistem penghubung layanan oleh perangkat daerah.', 'Rekomendasi: kewajiban keterhubungan dengan SPLP perlu diatur.'],
        place: KAB.place,
        date: '12 Juni 2023',
      }),
    ],
  },
];
