/**
 * A level grid for indicators 1–23 (issue 9 §4): for every indicator and every level 1–5, one scenario whose
 * evidence just meets that level and not the next, read from the indicator's kriteria tingkat, bukti dukung per
 * tingkat and kriteria pemenuhan per tingkat. The internal policies (1–10) climb draft → enacted with part of the
 * content → all of it → the level-4 content and a review → a new policy after the review; the documents (11–12)
 * and the implementation indicators (13–23) climb from their own level-1 evidence (a draft, minutes of drafting or
 * construction, an invitation, work done "sewaktu-waktu") to an improvement after the review.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { act, draft, KAB, KOT, naskahUnit as doc, PRV, undangan, type Region } from './dokumen.ts';

type Range = [number, number];

// ----- Indicators 1–10: internal policies ---------------------------------------------------------------------

interface PolicyGrid {
  indicator: number;
  region: Region;
  /** The policy's subject in running text ("Arsitektur SPBE"). */
  topic: string;
  /** The title of the regulation, in capitals. */
  title: string;
  folder: string;
  kind?: 'PERATURAN' | 'KEPUTUSAN';
  /** Numbers of the first policy and of the one that follows its review. */
  numbers: [string, string];
  /** Level 2: enacted, with part of the content level 3 asks for. */
  partial: string;
  /** Level 3: all of it (and nothing of level 4). */
  full: string;
  /** Level 4's own content (integration, the national system, all units); empty where level 4 asks only a review. */
  add4: string;
  /** Level 1's evidence. */
  first: 'rancangan' | 'notulen' | 'undangan' | 'rancangan-notulen' | 'rancangan-undangan';
  review: 'notulen' | 'laporan' | 'berita-acara';
  /** What levels 2, 3 and 4 ask of the content, in the criteria's words. */
  criteria: { 2: string; 3: string; 4: string };
  /** Where the criteria as written allow two levels. */
  ranges?: Partial<Record<1 | 2 | 3 | 4 | 5, Range>>;
}

function policyName(g: PolicyGrid): string {
  return g.kind === 'KEPUTUSAN' ? g.region.perkada.replace('Peraturan', 'Keputusan') : g.region.perkada;
}

function enacted(g: PolicyGrid, body: string, date: string, which: 0 | 1 = 0, preamble = ''): ScenarioDoc {
  const number = g.numbers[which];
  const title = which === 0 ? g.title : `PERUBAHAN ATAS ${policyName(g).toUpperCase()} NOMOR ${g.numbers[0]} TENTANG ${g.title}`;
  return act({
    path: `${g.folder}/${policyName(g)} ${number.replace(/\//g, '-')} ${which === 0 ? g.topic : `Perubahan ${g.topic}`}.pdf`,
    kop: g.region.kop,
    ...(g.kind === undefined ? {} : { kind: g.kind }),
    head: g.region.head,
    number,
    title,
    body: `${preamble}${body}`,
    place: g.region.place,
    date,
  });
}

function firstEvidence(g: PolicyGrid): ScenarioDoc[] {
  const r = g.region;
  const rancangan = draft({
    path: `${g.folder}/Rancangan ${policyName(g)} ${g.topic}.pdf`,
    kop: r.kop,
    ...(g.kind === undefined ? {} : { kind: g.kind }),
    head: r.head,
    year: '2025',
    title: g.title,
    body: `Menimbang: bahwa untuk mendukung penerapan SPBE perlu menetapkan ${policyName(g)} tentang ${g.topic};\n${g.full}`,
  });
  const notulen = doc({
    path: `DISKOMINFO/Notulen Rapat Penyusunan Rancangan ${g.topic}.pdf`,
    kop: r.kop,
    unit: r.kominfo,
    title: `NOTULEN RAPAT PENYUSUNAN RANCANGAN ${policyName(g).toUpperCase()} TENTANG ${g.title}`,
    body: [
      `Hari/tanggal: Kamis, 14 Agustus 2025\nTempat: Ruang Rapat ${r.kominfo}\nPeserta: Bagian Hukum, Bappeda, dan perwakilan perangkat daerah`,
      `1. Tim penyusun memaparkan konsep rancangan ${policyName(g)} tentang ${g.topic}.`,
      '2. Peserta menyampaikan masukan atas batang tubuh rancangan; rancangan diperbaiki dan diajukan kepada Bagian Hukum untuk harmonisasi sebelum ditetapkan.',
    ],
    place: r.place,
    date: '14 Agustus 2025',
    signer: 'Notulis',
  });
  const invitation = undangan({
    path: `DISKOMINFO/Undangan Rapat Penyusunan ${g.topic}.pdf`,
    region: r,
    number: '005/412/DISKOMINFO/2025',
    date: '2 September 2025',
    about: `Rapat Penyusunan Rancangan ${policyName(g)} tentang ${g.topic}`,
    agenda: `pembahasan konsep kebijakan ${g.topic}`,
  });
  switch (g.first) {
    case 'rancangan':
      return [rancangan];
    case 'notulen':
      return [notulen];
    case 'undangan':
      return [invitation];
    case 'rancangan-notulen':
      return [rancangan, notulen];
    case 'rancangan-undangan':
      return [invitation, rancangan];
  }
}

function reviewOf(g: PolicyGrid, date: string): ScenarioDoc {
  const r = g.region;
  const subject = `${policyName(g)} Nomor ${g.numbers[0]} tentang ${g.topic}`;
  const recommendation = `Direkomendasikan agar ${subject} diubah untuk menyesuaikan perkembangan teknologi dan kebijakan SPBE nasional terbaru.`;
  switch (g.review) {
    case 'notulen':
      return doc({
        path: `DISKOMINFO/Notulen Reviu ${g.topic} 2025.pdf`,
        kop: r.kop,
        unit: r.kominfo,
        title: `NOTULEN RAPAT REVIU DAN EVALUASI ${policyName(g).toUpperCase()} TENTANG ${g.title}`,
        body: [
          `Hari/tanggal: ${date}\nPimpinan rapat: Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE`,
          `Pembahasan:\n1. Reviu pelaksanaan ${subject} oleh Tim Koordinasi SPBE bersama perangkat daerah.`,
          `2. ${recommendation}`,
        ],
        place: r.place,
        date,
        signer: 'Notulis',
      });
    case 'laporan':
      return doc({
        path: `DISKOMINFO/Laporan Hasil Evaluasi Kebijakan ${g.topic}.pdf`,
        kop: r.kop,
        unit: r.kominfo,
        title: `LAPORAN HASIL REVIU DAN EVALUASI KEBIJAKAN ${g.topic.toUpperCase()} TAHUN 2025`,
        body: [
          `BAB I PENDAHULUAN\nEvaluasi atas ${subject} dilaksanakan secara periodik setiap dua tahun oleh Tim Koordinasi SPBE.`,
          'BAB II HASIL EVALUASI\nSebagian ketentuan belum menampung layanan komputasi awan dan ketentuan keamanan terbaru.',
          `BAB III REKOMENDASI\n${recommendation}`,
        ],
        place: r.place,
        date,
      });
    case 'berita-acara':
      return doc({
        path: `SETDA/Berita Acara Reviu ${g.topic}.pdf`,
        kop: r.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: `BERITA ACARA REVIU KEBIJAKAN ${g.topic.toUpperCase()}`,
        body: [
          `Pada hari ini, ${date}, bertempat di ruang rapat Sekretariat Daerah, Tim Koordinasi SPBE telah melaksanakan reviu atas ${subject}.`,
          `Hasil reviu: ${recommendation}`,
          'Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.',
        ],
        place: r.place,
        date,
        signer: 'Ketua Tim Koordinasi SPBE',
      });
  }
}

function policyGrid(g: PolicyGrid): LevelScenario[] {
  const where = g.region.instansi === undefined ? {} : { instansi: g.region.instansi };
  const label = g.region.wilayah.charAt(0).toUpperCase() + g.region.wilayah.slice(1);
  const range = (level: 1 | 2 | 3 | 4 | 5): Range => g.ranges?.[level] ?? [level, level];
  const fullAnd4 = g.add4 === '' ? g.full : `${g.full}\n${g.add4}`;
  const reviewDate = g.review === 'berita-acara' ? '15 Mei 2025' : '12 Maret 2025';
  const reviewDay = g.review === 'berita-acara' ? 'Kamis, 15 Mei 2025' : 'Rabu, 12 Maret 2025';
  const base = enacted(g, fullAnd4, '3 April 2023');
  return [
    {
      name: `Kisi ${g.indicator}.1 ${label}: ${g.first.replace('-', ' dan ')} ${g.topic} (belum ditetapkan)`,
      ...where,
      indicator: g.indicator,
      range: range(1),
      because: `tingkat 1: konsep kebijakan ${g.topic} "masih dalam proses pengesahan" (rancangan, notulen/undangan rapat penyusunan); tingkat 2 meminta kebijakan yang telah ditetapkan`,
      docs: firstEvidence(g),
    },
    {
      name: `Kisi ${g.indicator}.2 ${label}: ${policyName(g)} ${g.topic} yang ${g.criteria[2]}`,
      ...where,
      indicator: g.indicator,
      range: range(2),
      because: `tingkat 2: kebijakan ${g.topic} telah ditetapkan dan ${g.criteria[2]}; tingkat 3 meminta ${g.criteria[3]}`,
      docs: [enacted(g, g.partial, '3 April 2023')],
    },
    {
      name: `Kisi ${g.indicator}.3 ${label}: ${policyName(g)} ${g.topic} yang ${g.criteria[3]}, tanpa reviu`,
      ...where,
      indicator: g.indicator,
      range: range(3),
      because: `tingkat 3: ${g.criteria[3]}; tingkat 4 meminta ${g.criteria[4]}`,
      docs: [enacted(g, g.full, '3 April 2023')],
    },
    {
      name: `Kisi ${g.indicator}.4 ${label}: ${policyName(g)} ${g.topic} yang ${g.criteria[4]}, ${g.review.replace('-', ' ')} reviu yang merekomendasikan perubahan`,
      ...where,
      indicator: g.indicator,
      range: range(4),
      because: `tingkat 4: ${g.criteria[4]}; tingkat 5 meminta kebijakan baru sebagai tindak lanjut reviu, rekomendasi saja belum`,
      docs: [base, reviewOf(g, g.review === 'laporan' ? reviewDate : reviewDay)],
    },
    {
      name: `Kisi ${g.indicator}.5 ${label}: ${policyName(g)} ${g.topic}, reviu, lalu ${policyName(g)} perubahan yang menindaklanjutinya`,
      ...where,
      indicator: g.indicator,
      range: range(5),
      because: 'tingkat 5: hasil reviu dan evaluasi kebijakan telah ditindaklanjuti dengan kebijakan baru yang ditetapkan sesudah reviu',
      docs: [
        base,
        reviewOf(g, g.review === 'laporan' ? reviewDate : reviewDay),
        enacted(
          g,
          fullAnd4,
          '8 September 2025',
          1,
          `Menimbang: bahwa berdasarkan hasil reviu dan evaluasi tahun 2025, ${policyName(g)} Nomor ${g.numbers[0]} perlu disempurnakan;\nPasal I\nBeberapa ketentuan diubah sehingga berbunyi sebagai berikut:\n`,
        ),
      ],
    },
  ];
}

const POLICIES: PolicyGrid[] = [
  {
    indicator: 1,
    region: KAB,
    topic: 'Arsitektur SPBE',
    title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU',
    folder: 'BAG HUKUM',
    numbers: ['17 TAHUN 2023', '21 TAHUN 2025'],
    partial:
      'Pasal 3\nArsitektur SPBE Kabupaten memuat referensi arsitektur serta domain arsitektur proses bisnis dan domain arsitektur layanan.\nPasal 4\nDomain arsitektur yang lain diatur dengan Peraturan Bupati tersendiri.',
    full:
      'Pasal 3\nArsitektur SPBE Kabupaten terdiri atas referensi arsitektur dan domain arsitektur, yaitu:\na. domain arsitektur proses bisnis;\nb. domain arsitektur data dan informasi;\n' +
      'c. domain arsitektur infrastruktur SPBE;\nd. domain arsitektur aplikasi SPBE;\ne. domain arsitektur keamanan SPBE; dan\nf. domain arsitektur layanan SPBE.',
    add4: 'Pasal 8\nArsitektur SPBE Kabupaten menjadi acuan integrasi SPBE antar Pemerintah Daerah serta antara Pemerintah Daerah dan Instansi Pusat.',
    first: 'rancangan-notulen',
    review: 'notulen',
    criteria: {
      2: 'baru memuat sebagian domain Arsitektur SPBE',
      3: 'memuat referensi dan seluruh domain Arsitektur SPBE',
      4: 'mengatur integrasi SPBE antar instansi dan telah direviu',
    },
  },
  {
    indicator: 2,
    region: KOT,
    topic: 'Peta Rencana SPBE',
    title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA TANJUNG RAYA TAHUN 2023–2027',
    folder: 'BAGIAN HUKUM',
    numbers: ['9 TAHUN 2023', '30 TAHUN 2025'],
    partial: 'Pasal 4\nPeta Rencana SPBE Kota memuat peta rencana tata kelola SPBE, manajemen SPBE, dan layanan SPBE.',
    full:
      'Pasal 4\nPeta Rencana SPBE Kota memuat peta rencana:\na. tata kelola SPBE;\nb. manajemen SPBE;\nc. layanan SPBE;\nd. infrastruktur SPBE;\ne. aplikasi SPBE;\nf. keamanan SPBE; dan\ng. audit TIK.',
    add4: 'Pasal 5\nPenyusunan dan pelaksanaan Peta Rencana SPBE Kota selaras dengan Peta Rencana SPBE Nasional.',
    first: 'undangan',
    review: 'laporan',
    criteria: {
      2: 'baru mengatur sebagian muatan Peta Rencana SPBE',
      3: 'mengatur seluruh muatan Peta Rencana SPBE',
      4: 'mengatur keselarasan dengan Peta Rencana SPBE Nasional dan telah direviu',
    },
  },
  {
    indicator: 3,
    region: PRV,
    topic: 'Manajemen Data',
    title: 'MANAJEMEN DATA DI LINGKUNGAN PEMERINTAH PROVINSI NUSA MAKMUR',
    folder: 'BIRO HUKUM',
    numbers: ['12 TAHUN 2023', '19 TAHUN 2025'],
    partial: 'Pasal 3\nManajemen data di lingkungan Pemerintah Provinsi meliputi pengelolaan data induk, data referensi, dan kualitas data.',
    full:
      'Pasal 3\nManajemen data di lingkungan Pemerintah Provinsi meliputi pengelolaan:\na. arsitektur data;\nb. data induk;\nc. data referensi;\nd. basis data;\ne. kualitas data; dan\nf. interoperabilitas data.',
    add4: '',
    first: 'rancangan',
    review: 'berita-acara',
    criteria: {
      2: 'mengatur sebagian rangkaian proses Manajemen Data',
      3: 'mengatur seluruh rangkaian proses Manajemen Data',
      4: 'mengatur seluruh rangkaian proses dan telah direviu',
    },
    // As written, the criteria of 3 put "hanya mengatur sebagian" at level 3 and "seluruh rangkaian" at level 4.
    ranges: { 2: [2, 3], 3: [3, 4] },
  },
  {
    indicator: 4,
    region: KAB,
    topic: 'Pembangunan Aplikasi SPBE',
    title: 'PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
    folder: 'BAG HUKUM',
    numbers: ['24 TAHUN 2023', '15 TAHUN 2025'],
    partial:
      'Pasal 5\nPembangunan aplikasi SPBE dilaksanakan melalui siklus pembangunan aplikasi yang meliputi analisis kebutuhan, perancangan, konstruksi, pengujian, implementasi, dan pemeliharaan.',
    full:
      'Pasal 5\nPembangunan aplikasi SPBE dilaksanakan melalui siklus pembangunan aplikasi yang meliputi analisis kebutuhan, perancangan, konstruksi, pengujian, implementasi, dan pemeliharaan.\n' +
      'Pasal 6\nSebelum membangun aplikasi, perangkat daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika untuk memperoleh rekomendasi teknis.',
    add4: 'Pasal 7\nPembangunan aplikasi SPBE di seluruh perangkat daerah terpadu dan dikendalikan oleh Dinas Komunikasi dan Informatika.',
    first: 'notulen',
    review: 'notulen',
    criteria: {
      2: 'mengatur siklus pembangunan aplikasi',
      3: 'mengatur konsultasi dengan perangkat daerah pengelola TIK',
      4: 'mengatur keterpaduan dan pengendalian oleh pengelola TIK dan telah direviu',
    },
  },
  {
    indicator: 5,
    region: PRV,
    topic: 'Layanan Pusat Data',
    title: 'PENYELENGGARAAN LAYANAN PUSAT DATA PEMERINTAH PROVINSI NUSA MAKMUR',
    folder: 'BIRO HUKUM',
    numbers: ['7 TAHUN 2023', '22 TAHUN 2025'],
    partial: 'Pasal 3\nLayanan pusat data daerah digunakan oleh 9 (sembilan) perangkat daerah sebagaimana tercantum dalam Lampiran; perangkat daerah lain menyusul secara bertahap.',
    full: 'Pasal 3\nSeluruh perangkat daerah wajib menggunakan layanan pusat data daerah untuk penempatan sistem elektronik dan data.',
    add4: 'Pasal 6\nPusat data daerah terhubung dengan Pusat Data Nasional dan menggunakan layanan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan.',
    first: 'rancangan-undangan',
    review: 'laporan',
    criteria: {
      2: 'mengatur penggunaan pusat data untuk sebagian perangkat daerah',
      3: 'mengatur penggunaan pusat data untuk seluruh perangkat daerah',
      4: 'mengatur interkoneksi dengan Pusat Data Nasional dan telah direviu',
    },
  },
  {
    indicator: 6,
    region: KOT,
    topic: 'Layanan Jaringan Intra',
    title: 'PENYELENGGARAAN LAYANAN JARINGAN INTRA PEMERINTAH KOTA TANJUNG RAYA',
    folder: 'BAGIAN HUKUM',
    numbers: ['11 TAHUN 2023', '27 TAHUN 2025'],
    partial: 'Pasal 4\nLayanan jaringan intra diselenggarakan bagi 12 (dua belas) dari 31 (tiga puluh satu) perangkat daerah yang berada di kawasan perkantoran terpadu.',
    full: 'Pasal 4\nLayanan jaringan intra diselenggarakan untuk menghubungkan seluruh perangkat daerah di lingkungan Pemerintah Kota.',
    add4: 'Pasal 7\nJaringan intra Pemerintah Kota terhubung dengan Jaringan Intra Pemerintah dan jaringan intra pemerintah daerah lain.',
    first: 'rancangan',
    review: 'berita-acara',
    criteria: {
      2: 'mengatur jaringan intra untuk sebagian perangkat daerah',
      3: 'mengatur jaringan intra untuk seluruh perangkat daerah',
      4: 'mengatur interkoneksi dengan Jaringan Intra Pemerintah dan telah direviu',
    },
  },
  {
    indicator: 7,
    region: KAB,
    topic: 'Sistem Penghubung Layanan',
    title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH KABUPATEN SUKAMAJU',
    folder: 'BAG HUKUM',
    numbers: ['29 TAHUN 2023', '18 TAHUN 2025'],
    partial:
      'Pasal 3\nPenggunaan sistem penghubung layanan diwajibkan bagi Badan Pendapatan Daerah, Dinas Kependudukan dan Pencatatan Sipil, dan Badan Kepegawaian dan Pengembangan Sumber Daya Manusia.',
    full: 'Pasal 3\nSetiap perangkat daerah menggunakan sistem penghubung layanan dalam pertukaran data antar aplikasi.',
    add4: 'Pasal 6\nSistem penghubung layanan daerah terhubung dengan Sistem Penghubung Layanan Pemerintah.',
    first: 'notulen',
    review: 'laporan',
    criteria: {
      2: 'mengatur penggunaan sistem penghubung layanan untuk sebagian perangkat daerah',
      3: 'mengatur penggunaan untuk seluruh perangkat daerah',
      4: 'mengatur keterhubungan dengan Sistem Penghubung Layanan Pemerintah dan telah direviu',
    },
  },
  {
    indicator: 8,
    region: PRV,
    topic: 'Manajemen Keamanan Informasi',
    title: 'MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
    folder: 'BIRO HUKUM',
    numbers: ['14 TAHUN 2023', '25 TAHUN 2025'],
    partial: 'Pasal 3\nManajemen keamanan informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab; dan\nc. perencanaan keamanan informasi.',
    full:
      'Pasal 3\nManajemen keamanan informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab;\nc. perencanaan;\nd. dukungan pengoperasian;\ne. evaluasi kinerja; dan\n' +
      'f. perbaikan berkelanjutan terhadap keamanan informasi.',
    add4: 'Pasal 4\nManajemen keamanan informasi diterapkan di seluruh perangkat daerah di lingkungan Pemerintah Provinsi.',
    first: 'rancangan-notulen',
    review: 'notulen',
    criteria: {
      2: 'belum mengatur seluruh cakupan Manajemen Keamanan Informasi',
      3: 'mengatur seluruh cakupan Manajemen Keamanan Informasi',
      4: 'mengatur penerapannya di seluruh perangkat daerah dan telah direviu',
    },
  },
  {
    indicator: 9,
    region: KOT,
    topic: 'Audit TIK',
    title: 'PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
    folder: 'BAGIAN HUKUM',
    numbers: ['16 TAHUN 2023', '33 TAHUN 2025'],
    partial: 'Pasal 3\nAudit TIK di lingkungan Pemerintah Kota meliputi audit infrastruktur SPBE dan audit keamanan SPBE.',
    full: 'Pasal 3\nAudit TIK di lingkungan Pemerintah Kota meliputi:\na. audit infrastruktur SPBE;\nb. audit aplikasi SPBE; dan\nc. audit keamanan SPBE.',
    add4: '',
    first: 'notulen',
    review: 'berita-acara',
    criteria: {
      2: 'baru mengatur sebagian jenis Audit TIK',
      3: 'mengatur seluruh jenis Audit TIK',
      4: 'mengatur seluruh jenis Audit TIK dan telah direviu',
    },
  },
  {
    indicator: 10,
    region: KAB,
    topic: 'Tim Koordinasi SPBE',
    title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU',
    folder: 'SETDA',
    kind: 'KEPUTUSAN',
    numbers: ['100.3.3.2/112/KPTS/2023', '100.3.3.2/87/KPTS/2025'],
    partial:
      'KESATU: Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\n' +
      'KEDUA: Tim Koordinasi SPBE bertugas mengarahkan penerapan SPBE pada 6 (enam) dari 28 (dua puluh delapan) perangkat daerah yang menjadi lokus percontohan.',
    full:
      'KESATU: Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\n' +
      'KEDUA: Tim Koordinasi SPBE bertugas mengarahkan dan memantau penerapan SPBE di seluruh perangkat daerah.',
    add4: 'KETIGA: Tim Koordinasi SPBE melaksanakan koordinasi penerapan SPBE antar instansi dengan Pemerintah Provinsi, pemerintah daerah lain, dan Instansi Pusat.',
    first: 'rancangan-undangan',
    review: 'laporan',
    criteria: {
      2: 'mengatur tugas Tim Koordinasi untuk sebagian perangkat daerah',
      3: 'mengatur tugas Tim Koordinasi untuk seluruh perangkat daerah',
      4: 'mendukung penerapan SPBE antar instansi dan telah direviu',
    },
  },
];

// ----- Indicators 11–23: documents and implementation ---------------------------------------------------------

const ARSITEKTUR_LENGKAP =
  'BAB III ARSITEKTUR SPBE\nArsitektur SPBE Kota terdiri atas referensi arsitektur dan domain arsitektur: domain arsitektur proses bisnis, domain arsitektur data dan informasi, ' +
  'domain arsitektur infrastruktur SPBE, domain arsitektur aplikasi SPBE, domain arsitektur keamanan SPBE, dan domain arsitektur layanan SPBE.';

const dokumenArsitektur = (body: string, date: string, version = '1.0'): ScenarioDoc => ({
  path: `BAPPEDA/Dokumen Arsitektur SPBE Kota Tanjung Raya v${version}.pdf`,
  pages: [
    `${KOT.kop}\nDOKUMEN ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nKOTA TANJUNG RAYA TAHUN 2023–2027\nVersi ${version}\n` +
      `BAB I PENDAHULUAN\nDokumen ini menjadi acuan penerapan SPBE di lingkungan Pemerintah Kota Tanjung Raya.\n${body}`,
    `Ditetapkan di Tanjung Raya\npada tanggal ${date}\nWALI KOTA TANJUNG RAYA,\nttd\nIR. BAMBANG WIRAWAN`,
  ],
});

const reviuArsitektur = doc({
  path: 'BAPPEDA/Laporan Reviu Arsitektur SPBE 2025.pdf',
  kop: KOT.kop,
  unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  title: 'LAPORAN HASIL REVIU DAN EVALUASI DOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA',
  body: [
    'Reviu atas Dokumen Arsitektur SPBE Kota versi 1.0 dilaksanakan oleh Tim Koordinasi SPBE bersama Diskominfo pada Februari 2025.',
    'Hasil: domain arsitektur aplikasi belum memuat aplikasi layanan kesehatan yang baru; direkomendasikan agar dokumen dimutakhirkan.',
  ],
  place: 'Tanjung Raya',
  date: '24 Februari 2025',
  signer: 'Kepala Badan',
});

const PETA_LENGKAP =
  'BAB IV PETA RENCANA\nPeta rencana SPBE Provinsi memuat program dan kegiatan tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK untuk tahun 2023–2027.';

const dokumenPetaRencana = (body: string, date: string, version = '2023'): ScenarioDoc => ({
  path: `BAPPEDA/Dokumen Peta Rencana SPBE Provinsi ${version}.pdf`,
  pages: [
    `${PRV.kop}\nDOKUMEN PETA RENCANA SPBE PEMERINTAH PROVINSI NUSA MAKMUR TAHUN 2023–2027\n` +
      `BAB I PENDAHULUAN\nPeta Rencana SPBE menjabarkan program dan kegiatan SPBE lima tahun.\n${body}`,
    `Kota Makmur, ${date}\nGUBERNUR NUSA MAKMUR,\nttd`,
  ],
});

const reviuPetaRencana = doc({
  path: 'BAPPEDA/Notulen Reviu Peta Rencana SPBE 2025.pdf',
  kop: PRV.kop,
  unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  title: 'NOTULEN RAPAT REVIU DAN EVALUASI PETA RENCANA SPBE PROVINSI',
  body: [
    'Hari/tanggal: Senin, 17 Maret 2025\nPimpinan rapat: Sekretaris Daerah',
    '1. Reviu capaian Peta Rencana SPBE 2023–2024: 21 dari 30 kegiatan telah dianggarkan dalam rencana kerja.',
    '2. Disepakati agar Peta Rencana SPBE dimutakhirkan untuk menampung program Pemerintah Digital.',
  ],
  place: 'Kota Makmur',
  date: '17 Maret 2025',
  signer: 'Notulis',
});

const renjaTigaTahun = doc({
  path: 'BAPPEDA/Rekap Renja SPBE 2023-2025.pdf',
  kop: PRV.kop,
  unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  title: 'REKAPITULASI RENCANA KERJA DAN ANGGARAN PROGRAM SPBE TAHUN 2023, 2024, DAN 2025',
  body: [
    'Program dan kegiatan SPBE dalam Renja dan DPA perangkat daerah tahun 2023, 2024, dan 2025 disusun sesuai Peta Rencana SPBE Provinsi.',
    'Pagu anggaran SPBE: 2023 Rp 18,4 miliar; 2024 Rp 21,0 miliar; 2025 Rp 23,7 miliar.',
  ],
  place: 'Kota Makmur',
  date: '20 Januari 2025',
  signer: 'Kepala Badan',
});

/** A report of the ICT office of the region. */
const laporan = (r: Region, path: string, title: string, body: string[], date: string, unit = r.kominfo, signer = 'Kepala Dinas'): ScenarioDoc =>
  doc({ path, kop: r.kop, unit, title, body, place: r.place, date, signer });

// Indicator 13 (kota): rencana dan anggaran SPBE.
const dpaSpbe = laporan(
  KOT,
  'BPKAD/DPA Diskominfo 2025 Kegiatan SPBE.pdf',
  'DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD) TAHUN ANGGARAN 2025',
  [
    'Urusan: Komunikasi dan Informatika\nProgram: Pengelolaan Aplikasi Informatika',
    'Kegiatan: Pengelolaan e-Government di lingkup Pemerintah Kota — pagu Rp 2.450.000.000\nKegiatan: Pengembangan jaringan intra — pagu Rp 780.000.000',
  ],
  '2 Januari 2025',
  'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
  'Kepala Badan',
);
const konsultasiAnggaran = (all: boolean): ScenarioDoc =>
  laporan(
    KOT,
    'DISKOMINFO/Rekap Rekomendasi Teknis Kegiatan SPBE 2026.pdf',
    'REKAPITULASI KONSULTASI DAN REKOMENDASI TEKNIS RENCANA KEGIATAN SPBE PERANGKAT DAERAH TAHUN ANGGARAN 2026',
    all
      ? ['Seluruh perangkat daerah (31 dari 31 perangkat daerah) telah mengonsultasikan rencana kegiatan dan anggaran SPBE kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis sebelum RKA disusun.']
      : ['Sampai batas waktu penyusunan RKA, 12 dari 31 perangkat daerah telah mengonsultasikan rencana kegiatan SPBE kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis.'],
    '30 September 2025',
  );
const anggaranTerpadu = laporan(
  KOT,
  'BAPPEDA/SOP Penyusunan Anggaran SPBE Terpadu.pdf',
  'LAPORAN PENYUSUNAN RENCANA DAN ANGGARAN SPBE TERPADU TAHUN 2026',
  [
    'Rencana dan anggaran SPBE seluruh perangkat daerah dihimpun dalam satu dokumen dan dikendalikan oleh Bappeda melalui SIPD.',
    'Usulan kegiatan SPBE tanpa rekomendasi teknis Diskominfo tidak dapat dimasukkan ke dalam RKA.',
  ],
  '6 Oktober 2025',
  'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  'Kepala Badan',
);
const evaluasiAnggaran = laporan(
  KOT,
  'BAPPEDA/Notulen Evaluasi Rencana dan Anggaran SPBE.pdf',
  'NOTULEN RAPAT EVALUASI RENCANA DAN ANGGARAN SPBE TAHUN 2025',
  ['Hari/tanggal: Selasa, 14 Oktober 2025', 'Evaluasi realisasi anggaran SPBE 2025: tiga kegiatan duplikasi pengadaan lisensi antar perangkat daerah.', 'Rekomendasi: pengadaan lisensi dikonsolidasikan pada tahun anggaran berikutnya.'],
  '14 Oktober 2025',
  'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  'Notulis',
);
const perbaikanAnggaran = laporan(
  KOT,
  'BAPPEDA/Laporan Perbaikan Rencana Anggaran SPBE 2026.pdf',
  'LAPORAN TINDAK LANJUT HASIL EVALUASI RENCANA DAN ANGGARAN SPBE',
  ['Menindaklanjuti hasil evaluasi Oktober 2025, rencana dan anggaran SPBE tahun anggaran 2026 telah diperbaiki: pengadaan lisensi perangkat lunak dikonsolidasikan pada Diskominfo.'],
  '24 November 2025',
  'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
  'Kepala Badan',
);

// Indicator 14 (kabupaten): proses bisnis.
const petaProsesBisnis = act({
  path: 'BAG ORGANISASI/Perbup Peta Proses Bisnis 2024.pdf',
  kop: KAB.kop,
  head: KAB.head,
  number: '8 TAHUN 2024',
  title: 'PETA PROSES BISNIS PEMERINTAH KABUPATEN SUKAMAJU',
  body:
    'Pasal 2\nPeta proses bisnis disusun berdasarkan Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah, meliputi peta proses bisnis level 0 sampai level 3 beserta SOP pendukungnya.\n' +
    'Pasal 3\nPeta proses bisnis tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.',
  place: 'Sukamaju',
  date: '12 Februari 2024',
});
const inovasiProsesBisnis = laporan(
  KAB,
  'BAG ORGANISASI/Laporan Penyederhanaan Proses Bisnis Perizinan 2024.pdf',
  'LAPORAN INOVASI PROSES BISNIS PELAYANAN PERIZINAN TAHUN 2024',
  ['Proses bisnis penerbitan izin usaha disederhanakan dari 11 langkah menjadi 6 langkah; waktu layanan turun dari 14 hari menjadi 5 hari kerja sehingga lebih efisien.'],
  '10 September 2024',
  'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
  'Kepala Bagian Organisasi',
);
const prosesBisnisElektronik = laporan(
  KAB,
  'DPMPTSP/Laporan Penerapan Perizinan Elektronik 2025.pdf',
  'LAPORAN PENERAPAN INOVASI PROSES BISNIS PERIZINAN KE DALAM SISTEM ELEKTRONIK',
  ['Proses bisnis perizinan yang disederhanakan telah diterapkan ke dalam aplikasi SiCantik: pengajuan, verifikasi, dan penerbitan izin berbasis elektronik.'],
  '3 Februari 2025',
  'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
);
const evaluasiProsesBisnis = laporan(
  KAB,
  'BAG ORGANISASI/Laporan Evaluasi Inovasi Proses Bisnis 2025.pdf',
  'LAPORAN HASIL EVALUASI INOVASI PROSES BISNIS TAHUN 2025',
  ['Evaluasi atas penerapan proses bisnis perizinan elektronik: tahap verifikasi lapangan masih dilakukan manual.', 'Rekomendasi: verifikasi lapangan dilengkapi aplikasi bergerak.'],
  '16 Juni 2025',
  'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
  'Kepala Bagian Organisasi',
);
const perbaikanProsesBisnis = laporan(
  KAB,
  'DPMPTSP/Laporan Perbaikan Proses Bisnis Perizinan 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL EVALUASI INOVASI PROSES BISNIS',
  ['Sebagai tindak lanjut hasil evaluasi Juni 2025, proses verifikasi lapangan telah diperbaiki dan kini dilakukan melalui aplikasi bergerak SiCantik Lapangan.'],
  '17 Oktober 2025',
  'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
);

// Indicator 15 (provinsi): pembangunan aplikasi.
const pembangunanAplikasi = (extra: string[]): ScenarioDoc =>
  laporan(
    PRV,
    'DISKOMINFOTIK/Laporan Pembangunan Aplikasi e-Perizinan 2024.pdf',
    'LAPORAN PEMBANGUNAN APLIKASI E-PERIZINAN TAHUN 2024',
    [
      'Pembangunan aplikasi dilaksanakan sesuai rencana kerja 2024 melalui tahapan siklus pembangunan aplikasi: analisis kebutuhan, perancangan, konstruksi, pengujian (UAT), dan implementasi.',
      ...extra,
    ],
    '18 November 2024',
  );
const KONSULTASI_APLIKASI = 'Rancangan aplikasi dikonsultasikan oleh DPMPTSP kepada Diskominfotik dan memperoleh rekomendasi teknis sebelum konstruksi dimulai.';
const TERPADU_APLIKASI = 'Pembangunan aplikasi seluruh perangkat daerah terpadu dan dikendalikan oleh Diskominfotik melalui satu repositori kode dan katalog aplikasi.';
const monevAplikasi = laporan(
  PRV,
  'DISKOMINFOTIK/Laporan Monitoring dan Evaluasi Aplikasi 2025.pdf',
  'LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN APLIKASI SPBE TAHUN 2025',
  ['Monitoring dan evaluasi atas aplikasi e-Perizinan: waktu respons lambat pada jam sibuk dan belum tersedia tanda tangan elektronik.', 'Rekomendasi: optimasi basis data dan integrasi TTE.'],
  '11 April 2025',
);
const pengembanganAplikasi = laporan(
  PRV,
  'DISKOMINFOTIK/Catatan Rilis e-Perizinan 2.0.pdf',
  'LAPORAN PENGEMBANGAN APLIKASI E-PERIZINAN VERSI 2.0',
  ['Menindaklanjuti hasil monitoring dan evaluasi April 2025, aplikasi e-Perizinan telah dikembangkan: basis data dioptimasi dan tanda tangan elektronik BSrE telah diintegrasikan. Versi 2.0 dirilis pada Agustus 2025.'],
  '29 Agustus 2025',
);

// Indicator 16 (kota): pusat data.
const pemanfaatanPusatData = (scope: string, extra: string[] = []): ScenarioDoc =>
  laporan(
    KOT,
    'DISKOMINFO/Laporan Pemanfaatan Pusat Data 2024.pdf',
    'LAPORAN PEMANFAATAN LAYANAN PUSAT DATA DAERAH TAHUN 2024',
    ['Layanan pusat data daerah (colocation, hosting, dan backup) diselenggarakan sesuai rencana kerja Diskominfo tahun 2024.', scope, ...extra],
    '16 Desember 2024',
  );
const sopPusatData = 'Pengoperasian layanan mengikuti standar operasional prosedur layanan pusat data yang ditetapkan Kepala Dinas.';
const evaluasiPusatData = laporan(
  KOT,
  'DISKOMINFO/Laporan Evaluasi Layanan Pusat Data 2025.pdf',
  'LAPORAN HASIL EVALUASI LAYANAN PUSAT DATA TAHUN 2025',
  ['Evaluasi layanan pusat data: kapasitas penyimpanan terpakai 86 persen dan pendingin ruang server belum redundan.', 'Rekomendasi: penambahan kapasitas penyimpanan dan unit pendingin cadangan.'],
  '5 Mei 2025',
);
const perbaikanPusatData = laporan(
  KOT,
  'DISKOMINFO/Laporan Tindak Lanjut Evaluasi Pusat Data 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL EVALUASI LAYANAN PUSAT DATA',
  ['Sebagai tindak lanjut hasil evaluasi Mei 2025, kapasitas penyimpanan telah ditambah 40 TB dan unit pendingin cadangan telah dipasang pada September 2025.'],
  '30 September 2025',
);

// Indicator 17 (provinsi): jaringan intra.
const operasiJaringan = (scope: string, extra: string[] = []): ScenarioDoc =>
  laporan(
    PRV,
    'DISKOMINFOTIK/Laporan Pengoperasian Jaringan Intra 2024.pdf',
    'LAPORAN PENGOPERASIAN JARINGAN INTRA PEMERINTAH PROVINSI TAHUN 2024',
    ['Pengoperasian jaringan intra dilaksanakan sesuai rencana kerja 2024 dengan topologi serat optik dan VPN.', scope, ...extra],
    '20 Desember 2024',
  );
const evaluasiJaringan = laporan(
  PRV,
  'DISKOMINFOTIK/Notulen Evaluasi Jaringan Intra 2025.pdf',
  'NOTULEN RAPAT REVIU DAN EVALUASI LAYANAN JARINGAN INTRA',
  ['Hari/tanggal: Kamis, 6 Maret 2025', 'Hasil reviu: tautan cadangan belum tersedia pada 7 lokasi; gangguan rata-rata 3 jam per bulan.', 'Rekomendasi: pemasangan tautan cadangan radio.'],
  '6 Maret 2025',
  PRV.kominfo,
  'Notulis',
);
const perbaikanJaringan = laporan(
  PRV,
  'DISKOMINFOTIK/Laporan Perbaikan Jaringan Intra 2025.pdf',
  'LAPORAN PERBAIKAN LAYANAN JARINGAN INTRA TAHUN 2025',
  ['Menindaklanjuti hasil reviu Maret 2025, tautan cadangan radio telah dipasang pada 7 lokasi; gangguan turun menjadi 20 menit per bulan.'],
  '15 Agustus 2025',
);

// Indicator 18 (kabupaten): sistem penghubung layanan.
const layarSplp = (scope: string, extra: string[] = []): ScenarioDoc => ({
  path: 'DISKOMINFO/Tangkapan Layar Dasbor Sistem Penghubung Layanan.png',
  pages: [
    'SIPELITA — Sistem Penghubung Layanan Pemerintah Kabupaten Sukamaju\nDasbor Integrasi | Katalog API | Log Transaksi\n' +
      `Layanan terhubung: API Data Kependudukan, API Data Kepegawaian, API Pajak Daerah\n${scope}\n${extra.join('\n')}\nDiperbarui: 14 Oktober 2025 10:21`,
  ],
});
const evaluasiSplp = laporan(
  KAB,
  'DISKOMINFO/Laporan Evaluasi Sistem Penghubung Layanan 2025.pdf',
  'LAPORAN HASIL EVALUASI SISTEM PENGHUBUNG LAYANAN TAHUN 2025',
  ['Evaluasi penggunaan sistem penghubung layanan: dokumentasi API belum seragam dan pemantauan kuota API belum tersedia.', 'Rekomendasi: standar dokumentasi API dan dasbor kuota.'],
  '22 Juli 2025',
);
const perbaikanSplp = laporan(
  KAB,
  'DISKOMINFO/Laporan Penyempurnaan Sistem Penghubung Layanan 2025.pdf',
  'LAPORAN PENYEMPURNAAN SISTEM PENGHUBUNG LAYANAN',
  ['Sebagai tindak lanjut hasil evaluasi Juli 2025, dokumentasi seluruh API telah diseragamkan dan dasbor kuota API telah diterapkan pada November 2025.'],
  '25 November 2025',
);

// Indicator 19 (kota): Tim Koordinasi SPBE.
const pelaksanaanTim = (done: string): ScenarioDoc =>
  laporan(
    KOT,
    'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2024.pdf',
    'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE KOTA TANJUNG RAYA TAHUN 2024',
    ['Program kerja Tim Koordinasi SPBE tahun 2024 disusun sesuai Keputusan Wali Kota tentang Tim Koordinasi SPBE dan rencana kerja tahunan.', done],
    '23 Desember 2024',
    'SEKRETARIAT DAERAH',
    'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
  );
const TIM_SELURUH = 'Seluruh program kerja telah dilaksanakan: penyusunan arsitektur, pemantauan aplikasi, pembinaan SDM, dan penyiapan evaluasi SPBE.';
const rakorTim = laporan(
  KOT,
  'SETDA/Notulen Rakor Tim Koordinasi SPBE 2025.pdf',
  'NOTULEN RAPAT KOORDINASI TIM KOORDINASI SPBE DENGAN PERANGKAT DAERAH',
  [
    'Hari/tanggal: Rabu, 19 Februari 2025\nRapat dihadiri seluruh perangkat daerah.',
    'Program kerja Tim Koordinasi SPBE tahun 2025 disosialisasikan kepada perangkat daerah.',
  ],
  '19 Februari 2025',
  'SEKRETARIAT DAERAH',
  'Notulis',
);
const evaluasiTim = laporan(
  KOT,
  'SETDA/Laporan Evaluasi Program Kerja Tim Koordinasi SPBE 2025.pdf',
  'LAPORAN REVIU DAN EVALUASI PROGRAM KERJA TIM KOORDINASI SPBE',
  ['Reviu program kerja semester I 2025: pembinaan SDM belum menjangkau kecamatan; rapat tim belum terjadwal rutin.', 'Rekomendasi: rapat bulanan dan pembinaan kecamatan.'],
  '7 Juli 2025',
  'SEKRETARIAT DAERAH',
  'Sekretaris Daerah',
);
const perbaikanTim = laporan(
  KOT,
  'SETDA/Program Kerja Tim Koordinasi SPBE Perubahan 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL EVALUASI PROGRAM KERJA TIM KOORDINASI SPBE',
  ['Menindaklanjuti hasil evaluasi Juli 2025, program kerja Tim Koordinasi SPBE telah diperbaiki: rapat bulanan dijadwalkan tetap dan pembinaan SDM kecamatan telah dilaksanakan di 8 kecamatan.'],
  '10 November 2025',
  'SEKRETARIAT DAERAH',
  'Sekretaris Daerah',
);

// Indicator 20 (provinsi): kolaborasi.
const kolaborasi = (body: string[]): ScenarioDoc =>
  laporan(PRV, 'BAPPEDA/Laporan Kolaborasi Penerapan SPBE 2024.pdf', 'LAPORAN PELAKSANAAN KOLABORASI PENERAPAN SPBE TAHUN 2024', body, '19 Desember 2024', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'Kepala Badan');
const KOLABORASI_RENCANA =
  'Sesuai rencana kerja 2024, Bappeda, Diskominfotik, dan Dinas Sosial melaksanakan kegiatan bersama integrasi data kemiskinan untuk aplikasi bantuan sosial.';
const skKolaborasi = act({
  path: 'SETDA/Keputusan Gubernur Tim Kolaborasi Data Kemiskinan.pdf',
  kop: PRV.kop,
  kind: 'KEPUTUSAN',
  head: PRV.head,
  number: '100.3.3.2/214/2024',
  title: 'PEMBENTUKAN TIM KOLABORASI INTEGRASI DATA KEMISKINAN',
  body: 'KESATU: Membentuk Tim Kolaborasi Integrasi Data Kemiskinan yang beranggotakan Bappeda, Diskominfotik, Dinas Sosial, dan Dinas Kependudukan.\nKEDUA: Tim bertugas mengintegrasikan data kemiskinan untuk aplikasi bantuan sosial.',
  place: PRV.place,
  date: '8 Maret 2024',
});
const kolaborasiTerpadu = laporan(
  PRV,
  'SETDA/Laporan Kolaborasi SPBE Terpadu 2025.pdf',
  'LAPORAN KOLABORASI PENERAPAN SPBE TERPADU TAHUN 2025',
  ['Kolaborasi penerapan SPBE dilaksanakan secara terpadu oleh seluruh perangkat daerah dan dikoordinasikan oleh Sekretaris Daerah melalui rapat koordinasi bulanan.'],
  '10 Februari 2025',
  'SEKRETARIAT DAERAH',
  'Sekretaris Daerah',
);
const evaluasiKolaborasi = laporan(
  PRV,
  'SETDA/Notulen Evaluasi Kolaborasi SPBE 2025.pdf',
  'NOTULEN RAPAT EVALUASI KOLABORASI PENERAPAN SPBE',
  ['Hari/tanggal: Senin, 2 Juni 2025', 'Evaluasi: pembagian peran antar perangkat daerah pada kegiatan bersama belum jelas.', 'Rekomendasi: matriks peran kolaborasi.'],
  '2 Juni 2025',
  'SEKRETARIAT DAERAH',
  'Notulis',
);
const perbaikanKolaborasi = laporan(
  PRV,
  'SETDA/Laporan Perbaikan Kolaborasi SPBE 2025.pdf',
  'LAPORAN PERBAIKAN PELAKSANAAN KOLABORASI PENERAPAN SPBE',
  ['Sebagai tindak lanjut hasil evaluasi Juni 2025, matriks peran kolaborasi telah ditetapkan dan diterapkan pada seluruh kegiatan bersama semester II.'],
  '3 November 2025',
  'SEKRETARIAT DAERAH',
  'Sekretaris Daerah',
);

// Indicator 21 (kabupaten): manajemen risiko.
const laporanRisiko = (extra: string[]): ScenarioDoc =>
  laporan(
    KAB,
    'INSPEKTORAT/Laporan Penerapan Manajemen Risiko SPBE 2024.pdf',
    'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2024',
    ['Manajemen risiko SPBE dilaksanakan sesuai program kerja 2024: identifikasi, analisis, dan penanganan risiko pada 12 aplikasi layanan; daftar risiko terlampir.', ...extra],
    '12 Desember 2024',
  );
const RISIKO_PEDOMAN = 'Penerapan mengacu pada pedoman manajemen risiko SPBE sesuai Peraturan Menteri PANRB Nomor 5 Tahun 2020.';
const RISIKO_KOMITE =
  'Kebijakan strategis manajemen risiko SPBE, termasuk selera risiko, ditetapkan oleh Tim Koordinasi SPBE dan diterapkan ke seluruh perangkat daerah.';
const reviuRisiko = laporan(
  KAB,
  'INSPEKTORAT/Laporan Reviu Manajemen Risiko SPBE 2025.pdf',
  'LAPORAN REVIU PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025',
  ['Reviu atas penerapan manajemen risiko SPBE: pemantauan risiko belum dilakukan triwulanan pada 4 aplikasi.', 'Rekomendasi: pemantauan risiko triwulanan.'],
  '14 April 2025',
  'INSPEKTORAT DAERAH',
  'Inspektur',
);
const perbaikanRisiko = laporan(
  KAB,
  'INSPEKTORAT/Laporan Tindak Lanjut Reviu Manajemen Risiko 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL REVIU MANAJEMEN RISIKO SPBE',
  ['Menindaklanjuti hasil reviu April 2025, pemantauan risiko triwulanan telah diterapkan pada seluruh aplikasi dan daftar risiko telah dimutakhirkan.'],
  '8 Oktober 2025',
  'INSPEKTORAT DAERAH',
  'Inspektur',
);

// Indicator 22 (kota): keamanan informasi.
const pengendalianKeamanan = (scope: string, extra: string[] = []): ScenarioDoc =>
  laporan(
    KOT,
    'DISKOMINFO/Laporan Pengendalian Keamanan Informasi 2024.pdf',
    'LAPORAN PELAKSANAAN PENGENDALIAN KEAMANAN INFORMASI TAHUN 2024',
    ['Pengendalian keamanan informasi dilaksanakan sesuai rencana kerja 2024: pengelolaan hak akses, antivirus terpusat, dan pencadangan data.', scope, ...extra],
    '18 Desember 2024',
  );
const KEAMANAN_SELURUH = 'Pengendalian keamanan informasi berdasarkan risiko SPBE telah diterapkan di seluruh perangkat daerah.';
const KEAMANAN_STRATEGI = 'Strategi keamanan informasi Pemerintah Kota ditetapkan oleh Tim Koordinasi SPBE pada Januari 2024.';
const reviuKeamanan = laporan(
  KOT,
  'DISKOMINFO/Laporan Reviu Pengendalian Keamanan Informasi 2025.pdf',
  'LAPORAN REVIU DAN EVALUASI PENGENDALIAN KEAMANAN INFORMASI TAHUN 2025',
  ['Reviu pengendalian keamanan: autentikasi dua faktor belum diterapkan pada aplikasi kepegawaian dan keuangan.', 'Rekomendasi: penerapan autentikasi dua faktor.'],
  '3 Juni 2025',
);
const perbaikanKeamanan = laporan(
  KOT,
  'DISKOMINFO/Laporan Tindak Lanjut Reviu Keamanan Informasi 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL REVIU PENGENDALIAN KEAMANAN INFORMASI',
  ['Sebagai tindak lanjut hasil reviu Juni 2025, autentikasi dua faktor telah diterapkan pada aplikasi kepegawaian dan keuangan sejak Oktober 2025.'],
  '20 Oktober 2025',
);

// Indicator 23 (provinsi): manajemen data.
const laporanData = (extra: string[]): ScenarioDoc =>
  laporan(
    PRV,
    'DISKOMINFOTIK/Laporan Penerapan Manajemen Data 2024.pdf',
    'LAPORAN PENERAPAN MANAJEMEN DATA TAHUN 2024',
    ['Kegiatan manajemen data dilaksanakan sesuai program kerja Satu Data tahun 2024 dengan sasaran perangkat daerah penghasil data prioritas.', ...extra],
    '17 Desember 2024',
  );
const DATA_PEDOMAN =
  'Manajemen data dilaksanakan sesuai pedoman manajemen data dalam Peraturan Presiden Nomor 39 Tahun 2019, meliputi pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data.';
const DATA_FORUM = 'Strategi pengelolaan data ditetapkan oleh Forum Satu Data Provinsi dan diterapkan ke seluruh perangkat daerah.';
const reviuData = laporan(
  PRV,
  'DISKOMINFOTIK/Notulen Reviu Manajemen Data 2025.pdf',
  'NOTULEN RAPAT REVIU PENERAPAN MANAJEMEN DATA',
  ['Hari/tanggal: Rabu, 21 Mei 2025\nPimpinan: Koordinator Forum Satu Data', 'Reviu: metadata 40 persen set data belum lengkap.', 'Rekomendasi: pendampingan walidata pendukung.'],
  '21 Mei 2025',
  PRV.kominfo,
  'Notulis',
);
const perbaikanData = laporan(
  PRV,
  'DISKOMINFOTIK/Laporan Tindak Lanjut Reviu Manajemen Data 2025.pdf',
  'LAPORAN TINDAK LANJUT HASIL REVIU MANAJEMEN DATA',
  ['Menindaklanjuti hasil reviu Mei 2025, pendampingan walidata pendukung telah dilaksanakan dan metadata set data telah dilengkapi hingga 96 persen.'],
  '12 November 2025',
);

const s = (
  indicator: number,
  region: Region,
  level: number,
  name: string,
  because: string,
  docs: ScenarioDoc[],
  range: Range = [level, level],
): LevelScenario => ({
  name: `Kisi ${indicator}.${level} ${region.wilayah.charAt(0).toUpperCase()}${region.wilayah.slice(1)}: ${name}`,
  ...(region.instansi === undefined ? {} : { instansi: region.instansi }),
  indicator,
  range,
  because,
  docs,
});

const PENERAPAN: LevelScenario[] = [
  // 11: Arsitektur SPBE (kota).
  s(11, KOT, 1, 'konsep dokumen Arsitektur SPBE dan notulen penyusunannya', 'tingkat 1: konsep dokumen Arsitektur SPBE "masih dalam proses penyusunan"; tingkat 2 meminta dokumen yang tersedia secara formal', [
    { path: 'BAPPEDA/Konsep Arsitektur SPBE Kota.pdf', pages: [`${KOT.kop}\nKONSEP\nDOKUMEN ARSITEKTUR SPBE KOTA TANJUNG RAYA\n(DRAF UNTUK PEMBAHASAN)\n${ARSITEKTUR_LENGKAP}`] },
    laporan(KOT, 'BAPPEDA/Notulen Penyusunan Arsitektur SPBE.pdf', 'NOTULEN RAPAT PENYUSUNAN RANCANGAN ARSITEKTUR SPBE', ['Hari/tanggal: Jumat, 11 Juli 2025', 'Tim penyusun membahas draf domain arsitektur; draf akan disempurnakan sebelum ditetapkan.'], '11 Juli 2025', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'Notulis'),
  ]),
  s(11, KOT, 2, 'dokumen Arsitektur SPBE yang baru memuat domain proses bisnis dan layanan', 'tingkat 2: dokumen tersedia, belum mencakup seluruh referensi dan domain Arsitektur SPBE', [
    dokumenArsitektur('BAB III ARSITEKTUR SPBE\nDokumen versi ini memuat referensi arsitektur, domain arsitektur proses bisnis, dan domain arsitektur layanan.', '5 Juni 2023'),
  ]),
  s(11, KOT, 3, 'dokumen Arsitektur SPBE dengan seluruh domain, tanpa reviu', 'tingkat 3: mencakup seluruh referensi dan domain; tingkat 4 meminta keselarasan dengan Arsitektur SPBE Nasional dan reviu', [dokumenArsitektur(ARSITEKTUR_LENGKAP, '5 Juni 2023')]),
  s(11, KOT, 4, 'dokumen Arsitektur SPBE berpedoman pada Arsitektur SPBE Nasional, laporan reviu', 'tingkat 4: berpedoman pada Arsitektur SPBE Nasional dan direviu; pemutakhiran belum ada', [
    dokumenArsitektur(`${ARSITEKTUR_LENGKAP}\nPenyusunan dokumen berpedoman pada Arsitektur SPBE Nasional.`, '5 Juni 2023'),
    reviuArsitektur,
  ]),
  s(11, KOT, 5, 'Arsitektur SPBE, reviu, lalu versi 2.0 yang dimutakhirkan', 'tingkat 5: dokumen dimutakhirkan sebagai tindak lanjut hasil reviu', [
    dokumenArsitektur(`${ARSITEKTUR_LENGKAP}\nPenyusunan dokumen berpedoman pada Arsitektur SPBE Nasional.`, '5 Juni 2023'),
    reviuArsitektur,
    dokumenArsitektur(`${ARSITEKTUR_LENGKAP}\nPenyusunan dokumen berpedoman pada Arsitektur SPBE Nasional.\nVersi ini merupakan pemutakhiran sebagai tindak lanjut hasil reviu Februari 2025.`, '7 Juli 2025', '2.0'),
  ]),
  // 12: Peta Rencana SPBE (provinsi).
  s(12, PRV, 1, 'undangan dan notulen rapat penyusunan Peta Rencana SPBE', 'tingkat 1: konsep dokumen Peta Rencana "masih dalam proses penyusunan"', [
    undangan({ path: 'BAPPEDA/Undangan Penyusunan Peta Rencana SPBE.pdf', region: PRV, number: '050/771/BAPPEDA', date: '4 Agustus 2025', about: 'Rapat Penyusunan Peta Rencana SPBE Provinsi', agenda: 'pembahasan rancangan Peta Rencana SPBE 2026–2030' }),
    laporan(PRV, 'BAPPEDA/Notulen Penyusunan Peta Rencana SPBE.pdf', 'NOTULEN RAPAT PENYUSUNAN RANCANGAN PETA RENCANA SPBE', ['Hari/tanggal: Senin, 4 Agustus 2025', 'Peserta membahas rancangan peta rencana; rancangan belum final dan akan dibahas kembali.'], '4 Agustus 2025', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'Notulis'),
  ]),
  s(12, PRV, 2, 'dokumen Peta Rencana SPBE yang baru memuat tata kelola, layanan, dan aplikasi', 'tingkat 2: dokumen tersedia, belum mencakup seluruh muatan Peta Rencana SPBE', [
    dokumenPetaRencana('BAB IV PETA RENCANA\nPeta rencana memuat program tata kelola SPBE, layanan SPBE, dan aplikasi SPBE.', '9 Mei 2023'),
  ]),
  s(12, PRV, 3, 'dokumen Peta Rencana SPBE dengan seluruh muatan, tanpa reviu', 'tingkat 3: mencakup seluruh muatan; tingkat 4 meminta penerapan melalui rencana kerja dan anggaran tiga tahun dan reviu', [dokumenPetaRencana(PETA_LENGKAP, '9 Mei 2023')]),
  s(12, PRV, 4, 'Peta Rencana SPBE lengkap, rekap Renja tiga tahun, notulen reviu', 'tingkat 4: diterapkan melalui rencana kerja dan anggaran tiga tahun terakhir dan direviu; pemutakhiran belum ada', [
    dokumenPetaRencana(PETA_LENGKAP, '9 Mei 2023'),
    renjaTigaTahun,
    reviuPetaRencana,
  ]),
  s(12, PRV, 5, 'Peta Rencana SPBE, Renja tiga tahun, reviu, lalu dokumen yang dimutakhirkan', 'tingkat 5: dokumen dimutakhirkan sebagai tindak lanjut hasil reviu', [
    dokumenPetaRencana(PETA_LENGKAP, '9 Mei 2023'),
    renjaTigaTahun,
    reviuPetaRencana,
    dokumenPetaRencana(`${PETA_LENGKAP}\nDokumen ini telah dimutakhirkan sebagai tindak lanjut hasil reviu Maret 2025 dengan menambah program Pemerintah Digital.`, '30 Juni 2025', '2025'),
  ]),
  // 13: Keterpaduan rencana dan anggaran (kota).
  s(13, KOT, 1, 'DPA yang memuat kegiatan SPBE, tanpa konsultasi kepada Diskominfo', 'tingkat 1: rencana dan anggaran SPBE tertuang dalam rencana kerja dan anggaran; tingkat 2 ("tidak seluruhnya dikonsultasikan") dapat dibaca mencakup tanpa konsultasi sama sekali, walau bukti dukung 2 meminta hasil konsultasi sebagian', [dpaSpbe], [1, 2]),
  s(13, KOT, 2, 'DPA dan rekap konsultasi "12 dari 31 perangkat daerah"', 'tingkat 2: rencana dan anggaran SPBE tidak seluruhnya dikonsultasikan kepada unit pengelola TIK', [dpaSpbe, konsultasiAnggaran(false)]),
  s(13, KOT, 3, 'DPA dan rekap konsultasi seluruh perangkat daerah', 'tingkat 3: seluruh rencana dan anggaran SPBE dikonsultasikan; tingkat 4 meminta keterpaduan oleh unit perencanaan dan reviu', [dpaSpbe, konsultasiAnggaran(true)]),
  s(13, KOT, 4, 'konsultasi seluruhnya, anggaran terpadu dikendalikan Bappeda, notulen evaluasi', 'tingkat 4: terpadu dan dikendalikan unit perencanaan, direviu; perbaikan untuk tahun berikutnya belum ada', [dpaSpbe, konsultasiAnggaran(true), anggaranTerpadu, evaluasiAnggaran]),
  s(13, KOT, 5, 'anggaran terpadu, evaluasi, lalu laporan perbaikan rencana anggaran 2026', 'tingkat 5: rencana dan anggaran diperbaiki untuk tahun anggaran berikutnya sebagai tindak lanjut evaluasi', [
    dpaSpbe,
    konsultasiAnggaran(true),
    anggaranTerpadu,
    evaluasiAnggaran,
    perbaikanAnggaran,
  ]),
  // 14: Inovasi proses bisnis (kabupaten).
  s(14, KAB, 1, 'rancangan peta proses bisnis yang "belum memenuhi standar"', 'tingkat 1: dokumen proses bisnis tersedia tetapi belum memenuhi standar', [
    laporan(KAB, 'BAG ORGANISASI/Draf Peta Proses Bisnis.pdf', 'DRAF PETA PROSES BISNIS PEMERINTAH KABUPATEN SUKAMAJU', ['Draf ini memuat peta proses bisnis level 0 dan level 1.', 'Catatan: draf belum memenuhi standar penyusunan peta proses bisnis dan masih dibahas tim penyusun.'], '21 Agustus 2025', 'BAGIAN ORGANISASI SEKRETARIAT DAERAH', 'Tim Penyusun'),
  ]),
  s(14, KAB, 2, 'Perbup peta proses bisnis sesuai pedoman PermenPANRB 19/2018', 'tingkat 2: dokumen proses bisnis memenuhi standar; tingkat 3 meminta perbaikan proses bisnis sebagai inovasi', [petaProsesBisnis]),
  s(14, KAB, 3, 'peta proses bisnis dan laporan penyederhanaan proses perizinan', 'tingkat 3: proses bisnis diperbaiki sebagai inovasi agar lebih efisien; tingkat 4 meminta penerapan ke sistem elektronik dan reviu', [petaProsesBisnis, inovasiProsesBisnis]),
  s(14, KAB, 4, 'inovasi diterapkan ke aplikasi perizinan, laporan evaluasi', 'tingkat 4: inovasi diterapkan ke sistem elektronik dan direviu; perbaikan sesudah reviu belum ada', [petaProsesBisnis, inovasiProsesBisnis, prosesBisnisElektronik, evaluasiProsesBisnis]),
  s(14, KAB, 5, 'inovasi elektronik, evaluasi, lalu perbaikan proses verifikasi', 'tingkat 5: perbaikan inovasi proses bisnis di sistem elektronik sebagai tindak lanjut hasil evaluasi', [
    petaProsesBisnis,
    inovasiProsesBisnis,
    prosesBisnisElektronik,
    evaluasiProsesBisnis,
    perbaikanProsesBisnis,
  ]),
  // 15: Pembangunan aplikasi (provinsi).
  s(15, PRV, 1, 'aplikasi dibangun "sewaktu-waktu" tanpa siklus pembangunan', 'tingkat 1: pembangunan aplikasi secara adhoc, belum memenuhi siklus pembangunan aplikasi', [
    laporan(PRV, 'DISKOMINFOTIK/Catatan Pembangunan Aplikasi 2024.pdf', 'CATATAN PEMBANGUNAN APLIKASI PERANGKAT DAERAH TAHUN 2024', ['Aplikasi dibangun sewaktu-waktu sesuai permintaan perangkat daerah, tanpa perencanaan dan tanpa dokumen kebutuhan maupun pengujian.', 'Pada 2024 dibangun aplikasi antrean RSUD dan aplikasi absensi Dinas Pendidikan.'], '30 Desember 2024'),
  ]),
  s(15, PRV, 2, 'laporan pembangunan e-Perizinan menurut siklus pembangunan aplikasi', 'tingkat 2: pembangunan sesuai siklus; tingkat 3 meminta konsultasi dengan unit pengelola TIK', [pembangunanAplikasi([])]),
  s(15, PRV, 3, 'pembangunan sesuai siklus dan dikonsultasikan kepada Diskominfotik', 'tingkat 3: dikonsultasikan kepada unit pengelola TIK; tingkat 4 meminta keterpaduan, pengendalian, dan reviu', [pembangunanAplikasi([KONSULTASI_APLIKASI])]),
  s(15, PRV, 4, 'pembangunan terpadu dan dikendalikan Diskominfotik, laporan monitoring dan evaluasi', 'tingkat 4: terpadu dan dikendalikan unit pengelola TIK, direviu; pengembangan sesudah evaluasi belum ada', [
    pembangunanAplikasi([KONSULTASI_APLIKASI, TERPADU_APLIKASI]),
    monevAplikasi,
  ]),
  s(15, PRV, 5, 'pembangunan terpadu, monev, lalu e-Perizinan 2.0 yang dikembangkan sesudahnya', 'tingkat 5: aplikasi dikembangkan sebagai tindak lanjut hasil evaluasi', [
    pembangunanAplikasi([KONSULTASI_APLIKASI, TERPADU_APLIKASI]),
    monevAplikasi,
    pengembanganAplikasi,
  ]),
  // 16: Layanan pusat data (kota).
  s(16, KOT, 1, 'notulen rapat pembangunan pusat data dan undangannya', 'tingkat 1: layanan pusat data "belum atau telah tersedia": bukti pembangunan (notulen, undangan rapat pembangunan)', [
    undangan({ path: 'DISKOMINFO/Undangan Rapat Pembangunan Pusat Data.pdf', region: KOT, number: '005/233/DISKOMINFO', date: '3 Juni 2025', about: 'Rapat Pembangunan Pusat Data Daerah', agenda: 'pembahasan tahap pembangunan ruang server dan pusat data daerah' }),
    laporan(KOT, 'DISKOMINFO/Notulen Rapat Pembangunan Pusat Data.pdf', 'NOTULEN RAPAT PEMBANGUNAN PUSAT DATA DAERAH', ['Hari/tanggal: Selasa, 3 Juni 2025', 'Pembangunan ruang server masih dalam tahap pembangunan; layanan pusat data belum dapat digunakan perangkat daerah.'], '3 Juni 2025', KOT.kominfo, 'Notulis'),
  ]),
  s(16, KOT, 2, 'pusat data dimanfaatkan "14 dari 31 perangkat daerah"', 'tingkat 2: layanan pusat data belum digunakan seluruh perangkat daerah', [pemanfaatanPusatData('Sampai Desember 2024, layanan pusat data dimanfaatkan oleh 14 dari 31 perangkat daerah.', [sopPusatData])]),
  s(16, KOT, 3, 'pusat data dimanfaatkan seluruh perangkat daerah dengan SOP', 'tingkat 3: digunakan seluruh perangkat daerah, dengan prosedur pengoperasian baku; tingkat 4 meminta interkoneksi dan reviu', [pemanfaatanPusatData('Layanan pusat data telah digunakan oleh seluruh perangkat daerah.', [sopPusatData])]),
  s(16, KOT, 4, 'pusat data seluruh perangkat daerah, terhubung ke Pusat Data Nasional, laporan evaluasi', 'tingkat 4: interkoneksi dengan Pusat Data Nasional dan direviu; perbaikan belum ada', [
    pemanfaatanPusatData('Layanan pusat data telah digunakan oleh seluruh perangkat daerah.', [sopPusatData, 'Pusat data daerah terhubung dengan Pusat Data Nasional untuk layanan pencadangan.']),
    evaluasiPusatData,
  ]),
  s(16, KOT, 5, 'pusat data, evaluasi, lalu penambahan kapasitas sebagai tindak lanjut', 'tingkat 5: hasil evaluasi ditindaklanjuti dengan perbaikan layanan pusat data', [
    pemanfaatanPusatData('Layanan pusat data telah digunakan oleh seluruh perangkat daerah.', [sopPusatData, 'Pusat data daerah terhubung dengan Pusat Data Nasional untuk layanan pencadangan.']),
    evaluasiPusatData,
    perbaikanPusatData,
  ]),
  // 17: Jaringan intra (provinsi).
  s(17, PRV, 1, 'notulen rapat pembangunan jaringan intra yang masih tahap pembangunan', 'tingkat 1: layanan jaringan intra "belum atau telah tersedia": notulen pembangunan', [
    laporan(PRV, 'DISKOMINFOTIK/Notulen Rapat Pembangunan Jaringan Intra.pdf', 'NOTULEN RAPAT PEMBANGUNAN JARINGAN INTRA PEMERINTAH PROVINSI', ['Hari/tanggal: Kamis, 10 Juli 2025', 'Penarikan kabel serat optik tahap I masih berlangsung; jaringan intra belum dioperasikan.'], '10 Juli 2025', PRV.kominfo, 'Notulis'),
  ]),
  s(17, PRV, 2, 'jaringan intra beroperasi di "sebagian perangkat daerah"', 'tingkat 2: jaringan intra belum diterapkan di seluruh perangkat daerah', [operasiJaringan('Jaringan intra telah beroperasi di sebagian perangkat daerah, yaitu 22 dari 40 perangkat daerah.')]),
  s(17, PRV, 3, 'jaringan intra menghubungkan seluruh perangkat daerah', 'tingkat 3: diterapkan di seluruh perangkat daerah; tingkat 4 meminta interkoneksi dan reviu', [operasiJaringan('Jaringan intra telah menghubungkan seluruh perangkat daerah.')]),
  s(17, PRV, 4, 'jaringan intra seluruh perangkat daerah, terhubung ke Jaringan Intra Pemerintah, notulen reviu', 'tingkat 4: interkoneksi dengan Jaringan Intra Pemerintah dan direviu; perbaikan belum ada', [
    operasiJaringan('Jaringan intra telah menghubungkan seluruh perangkat daerah.', ['Jaringan intra provinsi terhubung dengan Jaringan Intra Pemerintah.']),
    evaluasiJaringan,
  ]),
  s(17, PRV, 5, 'jaringan intra, reviu, lalu tautan cadangan dipasang', 'tingkat 5: hasil reviu ditindaklanjuti dengan perbaikan jaringan intra', [
    operasiJaringan('Jaringan intra telah menghubungkan seluruh perangkat daerah.', ['Jaringan intra provinsi terhubung dengan Jaringan Intra Pemerintah.']),
    evaluasiJaringan,
    perbaikanJaringan,
  ]),
  // 18: Sistem penghubung layanan (kabupaten).
  s(18, KAB, 1, 'undangan rapat rencana penerapan sistem penghubung layanan', 'tingkat 1: sistem penghubung layanan "belum atau telah tersedia": undangan rapat terkait penerapannya', [
    undangan({ path: 'DISKOMINFO/Undangan Rapat Penerapan Sistem Penghubung Layanan.pdf', region: KAB, number: '005/318/DISKOMINFO', date: '9 September 2025', about: 'Rapat Rencana Penerapan Sistem Penghubung Layanan', agenda: 'rencana penerapan sistem penghubung layanan dan integrasi antar aplikasi' }),
  ]),
  s(18, KAB, 2, 'tangkapan layar dasbor penghubung layanan, "terhubung: 5 dari 27 perangkat daerah"', 'tingkat 2: sistem penghubung layanan belum diterapkan di seluruh perangkat daerah', [layarSplp('Perangkat daerah terhubung: 5 dari 27 perangkat daerah')]),
  s(18, KAB, 3, 'tangkapan layar dasbor penghubung layanan, seluruh perangkat daerah terhubung', 'tingkat 3: diterapkan di seluruh perangkat daerah; tingkat 4 meminta integrasi dengan SPLP dan reviu', [layarSplp('Perangkat daerah terhubung: 27 dari 27 perangkat daerah (seluruh perangkat daerah)')]),
  s(18, KAB, 4, 'penghubung layanan seluruh perangkat daerah, terhubung ke SPLP, laporan evaluasi', 'tingkat 4: terintegrasi dengan Sistem Penghubung Layanan Pemerintah dan direviu; perbaikan belum ada', [
    layarSplp('Perangkat daerah terhubung: 27 dari 27 perangkat daerah (seluruh perangkat daerah)', ['Status koneksi Sistem Penghubung Layanan Pemerintah (SPLP): TERHUBUNG']),
    evaluasiSplp,
  ]),
  s(18, KAB, 5, 'penghubung layanan, evaluasi, lalu penyempurnaan dokumentasi API', 'tingkat 5: hasil evaluasi ditindaklanjuti dengan perbaikan', [
    layarSplp('Perangkat daerah terhubung: 27 dari 27 perangkat daerah (seluruh perangkat daerah)', ['Status koneksi Sistem Penghubung Layanan Pemerintah (SPLP): TERHUBUNG']),
    evaluasiSplp,
    perbaikanSplp,
  ]),
  // 19: Tim Koordinasi SPBE (kota).
  s(19, KOT, 1, 'notulen rapat pembentukan Tim Koordinasi SPBE', 'tingkat 1: Tim Koordinasi belum atau telah terbentuk; tugasnya dilaksanakan sewaktu-waktu (bukti dukung 1: notulen pembentukan)', [
    laporan(KOT, 'SETDA/Notulen Rapat Pembentukan Tim Koordinasi SPBE.pdf', 'NOTULEN RAPAT PEMBENTUKAN TIM KOORDINASI SPBE KOTA TANJUNG RAYA', ['Hari/tanggal: Senin, 7 Juli 2025', 'Rapat membahas susunan keanggotaan Tim Koordinasi SPBE; program kerja tim belum disusun.'], '7 Juli 2025', 'SEKRETARIAT DAERAH', 'Notulis'),
  ]),
  s(19, KOT, 2, 'laporan program kerja Tim Koordinasi: "5 dari 8 program kerja terlaksana"', 'tingkat 2: program kerja dilaksanakan sesuai perencanaan, belum seluruhnya', [pelaksanaanTim('Dari 8 program kerja, 5 program kerja telah terlaksana; 3 program kerja belum terlaksana.')]),
  s(19, KOT, 3, 'laporan program kerja Tim Koordinasi: seluruh program terlaksana', 'tingkat 3: seluruh program kerja dilaksanakan; tingkat 4 meminta komunikasi kepada seluruh perangkat daerah dan reviu', [pelaksanaanTim(TIM_SELURUH)]),
  s(19, KOT, 4, 'seluruh program terlaksana, rakor dihadiri seluruh perangkat daerah, laporan reviu', 'tingkat 4: program kerja dikomunikasikan kepada seluruh perangkat daerah dan direviu; perbaikan belum ada', [pelaksanaanTim(TIM_SELURUH), rakorTim, evaluasiTim]),
  s(19, KOT, 5, 'program, rakor, reviu, lalu program kerja yang diperbaiki', 'tingkat 5: hasil reviu ditindaklanjuti melalui perbaikan program kerja dan pelaksanaannya', [pelaksanaanTim(TIM_SELURUH), rakorTim, evaluasiTim, perbaikanTim]),
  // 20: Kolaborasi (provinsi).
  s(20, PRV, 1, 'kolaborasi integrasi data "dilaksanakan sewaktu-waktu"', 'tingkat 1: kolaborasi dilaksanakan sewaktu-waktu atau tanpa perencanaan', [
    kolaborasi(['Kolaborasi antar perangkat daerah dalam penerapan SPBE dilaksanakan sewaktu-waktu bila ada permintaan data, tanpa perencanaan bersama.']),
  ]),
  s(20, PRV, 2, 'kolaborasi sesuai rencana kerja, tanpa tim formal', 'tingkat 2: kolaborasi sesuai perencanaan, tidak dibentuk secara formal', [kolaborasi([KOLABORASI_RENCANA])]),
  s(20, PRV, 3, 'kolaborasi oleh tim yang dibentuk Keputusan Gubernur, untuk satu kegiatan bersama', 'tingkat 3: kolaborasi oleh tim formal, belum seluruh perangkat daerah; tingkat 4 meminta kolaborasi terpadu seluruh perangkat daerah dan reviu', [
    kolaborasi([KOLABORASI_RENCANA]),
    skKolaborasi,
  ]),
  s(20, PRV, 4, 'kolaborasi terpadu seluruh perangkat daerah dikoordinasikan Sekda, notulen evaluasi', 'tingkat 4: terpadu pada seluruh perangkat daerah, dikoordinasikan sekretaris daerah, direviu; perbaikan belum ada', [
    kolaborasi([KOLABORASI_RENCANA]),
    skKolaborasi,
    kolaborasiTerpadu,
    evaluasiKolaborasi,
  ]),
  s(20, PRV, 5, 'kolaborasi terpadu, evaluasi, lalu matriks peran yang diterapkan', 'tingkat 5: hasil evaluasi ditindaklanjuti melalui perbaikan pelaksanaan kolaborasi', [
    kolaborasi([KOLABORASI_RENCANA]),
    skKolaborasi,
    kolaborasiTerpadu,
    evaluasiKolaborasi,
    perbaikanKolaborasi,
  ]),
  // 21: Manajemen risiko (kabupaten).
  s(21, KAB, 1, 'rancangan penerapan manajemen risiko SPBE dan notulen penyusunannya', 'tingkat 1: draf/rancangan penerapan manajemen risiko, tanpa program terencana', [
    laporan(KAB, 'INSPEKTORAT/Draf Rencana Penerapan Manajemen Risiko SPBE.pdf', 'DRAF RANCANGAN PENERAPAN MANAJEMEN RISIKO SPBE', ['Rancangan ini memuat usulan konteks risiko dan kategori risiko SPBE untuk dibahas.'], '2 Oktober 2025', 'INSPEKTORAT DAERAH', 'Tim Penyusun'),
    laporan(KAB, 'INSPEKTORAT/Notulen Penyusunan Rancangan Manajemen Risiko.pdf', 'NOTULEN RAPAT PENYUSUNAN RANCANGAN PENERAPAN MANAJEMEN RISIKO SPBE', ['Hari/tanggal: Kamis, 2 Oktober 2025', 'Peserta membahas draf; rancangan akan difinalkan pada rapat berikutnya.'], '2 Oktober 2025', 'INSPEKTORAT DAERAH', 'Notulis'),
  ]),
  s(21, KAB, 2, 'laporan manajemen risiko terencana, "belum mengacu pada pedoman manajemen risiko SPBE"', 'tingkat 2: terarah dan terencana, tanpa mengacu pada pedoman manajemen risiko SPBE', [
    laporanRisiko(['Penerapan belum mengacu pada pedoman manajemen risiko SPBE; metode disusun sendiri oleh tim.']),
  ]),
  s(21, KAB, 3, 'laporan manajemen risiko yang mengacu pada PermenPANRB 5/2020', 'tingkat 3: mengacu pada pedoman manajemen risiko SPBE; tingkat 4 meminta kebijakan strategis oleh Komite/Tim Koordinasi untuk seluruh perangkat daerah dan reviu', [laporanRisiko([RISIKO_PEDOMAN])]),
  s(21, KAB, 4, 'pedoman, kebijakan strategis Tim Koordinasi untuk seluruh perangkat daerah, laporan reviu', 'tingkat 4: kebijakan strategis ditetapkan Tim Koordinasi dan diterapkan ke seluruh perangkat daerah, direviu; perbaikan belum ada', [
    laporanRisiko([RISIKO_PEDOMAN, RISIKO_KOMITE]),
    reviuRisiko,
  ]),
  s(21, KAB, 5, 'manajemen risiko, reviu, lalu pemantauan triwulanan diterapkan', 'tingkat 5: hasil reviu ditindaklanjuti melalui perbaikan penerapan manajemen risiko', [laporanRisiko([RISIKO_PEDOMAN, RISIKO_KOMITE]), reviuRisiko, perbaikanRisiko]),
  // 22: Keamanan informasi (kota).
  s(22, KOT, 1, 'rancangan pengendalian keamanan informasi yang "masih dalam tahap pembangunan"', 'tingkat 1: pengendalian keamanan informasi belum atau telah tersedia dalam tahap pembangunan', [
    laporan(KOT, 'DISKOMINFO/Rancangan Pengendalian Keamanan Informasi.pdf', 'RANCANGAN PENERAPAN PENGENDALIAN KEAMANAN INFORMASI', ['Pengendalian keamanan informasi masih dalam tahap pembangunan: rancangan kebijakan hak akses dan rencana pengadaan antivirus terpusat.'], '5 Agustus 2025', KOT.kominfo, 'Tim Penyusun'),
  ]),
  s(22, KOT, 2, 'pengendalian keamanan di "9 dari 31 perangkat daerah"', 'tingkat 2: pengendalian keamanan dilaksanakan pada sebagian perangkat daerah', [pengendalianKeamanan('Pengendalian telah dilaksanakan di 9 dari 31 perangkat daerah.')]),
  s(22, KOT, 3, 'pengendalian keamanan berbasis risiko di seluruh perangkat daerah', 'tingkat 3: seluruh perangkat daerah berdasarkan risiko SPBE; tingkat 4 meminta strategi oleh Tim Koordinasi dan reviu', [pengendalianKeamanan(KEAMANAN_SELURUH)]),
  s(22, KOT, 4, 'pengendalian seluruh perangkat daerah, strategi Tim Koordinasi, laporan reviu', 'tingkat 4: strategi keamanan informasi ditetapkan Tim Koordinasi dan direviu; perbaikan belum ada', [pengendalianKeamanan(KEAMANAN_SELURUH, [KEAMANAN_STRATEGI]), reviuKeamanan]),
  s(22, KOT, 5, 'pengendalian, reviu, lalu autentikasi dua faktor diterapkan', 'tingkat 5: hasil reviu ditindaklanjuti melalui perbaikan pengendalian keamanan informasi', [
    pengendalianKeamanan(KEAMANAN_SELURUH, [KEAMANAN_STRATEGI]),
    reviuKeamanan,
    perbaikanKeamanan,
  ]),
  // 23: Manajemen data (provinsi).
  s(23, PRV, 1, 'pengelolaan data "bersifat insidental" tanpa program kegiatan', 'tingkat 1: kegiatan manajemen data tanpa program kegiatan yang terarah dan terencana', [
    laporan(PRV, 'DISKOMINFOTIK/Catatan Pengelolaan Data 2024.pdf', 'CATATAN KEGIATAN PENGELOLAAN DATA TAHUN 2024', ['Pengelolaan data perangkat daerah bersifat insidental, dilakukan bila ada permintaan data dari pimpinan, tanpa program kegiatan yang terencana.'], '30 Desember 2024'),
  ]),
  s(23, PRV, 2, 'manajemen data terprogram, "belum mengacu pada pedoman manajemen data"', 'tingkat 2: terarah dan terencana, tanpa mengacu pada pedoman manajemen data', [
    laporanData(['Pelaksanaan belum mengacu pada pedoman manajemen data; kegiatan terbatas pada pengumpulan data sektoral.']),
  ]),
  s(23, PRV, 3, 'manajemen data sesuai pedoman Satu Data, seluruh rangkaian proses', 'tingkat 3: mengacu pada pedoman manajemen data yang mencakup seluruh rangkaian proses; tingkat 4 meminta strategi Forum Satu Data untuk seluruh perangkat daerah dan reviu', [laporanData([DATA_PEDOMAN])]),
  s(23, PRV, 4, 'pedoman, strategi Forum Satu Data untuk seluruh perangkat daerah, notulen reviu', 'tingkat 4: strategi pengelolaan data ditetapkan Forum Satu Data untuk seluruh perangkat daerah, direviu; perbaikan belum ada', [
    laporanData([DATA_PEDOMAN, DATA_FORUM]),
    reviuData,
  ]),
  s(23, PRV, 5, 'manajemen data, reviu, lalu metadata dilengkapi', 'tingkat 5: hasil reviu ditindaklanjuti melalui perbaikan penerapan manajemen data', [laporanData([DATA_PEDOMAN, DATA_FORUM]), reviuData, perbaikanData]),
];

export const SCENARIOS: LevelScenario[] = [...POLICIES.flatMap(policyGrid), ...PENERAPAN];
