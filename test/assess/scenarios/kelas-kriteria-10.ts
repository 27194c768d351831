/**
 * Level scenarios, tenth set: thirty scenarios over all four domains (8 kebijakan internal, 7 tata kelola /
 * perencanaan, 8 manajemen and audit TIK, 7 services including one sector slot set through `layananSektor`). Written
 * from the criteria of PermenPANRB 59/2020 / KepmenPANRB 962/2021 (kriteria tingkat, bukti dukung and pemenuhan per
 * tingkat, penjelasan) and the domain guide only, without reading the rules, the levels profile or the assessment code.
 *
 * Two new fictional workspaces: Provinsi Sabana Timur (41 perangkat daerah) and Kabupaten Lereng Merapu (29 perangkat
 * daerah). House style: reports with chapters "BAB 1 PENDAHULUAN … BAB 4 PENUTUP" and numbered tables "Tabel 2.1";
 * regulations and decrees with Pasal and a Lampiran; minutes as "Agenda / Pembahasan / Kesimpulan / Tindak lanjut".
 * The boundaries probed: a draft with an invitation, policies applied to part of the units vs all ("12 dari 29 OPD",
 * "seluruh 29 perangkat daerah"), reviews with findings vs an invitation only, an undated review note, a review outside
 * the window, a revision dated before vs after the review, recommendations only, an internal vs an external certified
 * auditor, an English audit report, an OCR-damaged scan, another region's document in our folder, services with
 * transaction features, integrations, an information page only, an improvement released after a review.
 * Assessment year 2025, review window 2 years (one scenario sets 3).
 * First measure: 24 of 30 in range; the six misses are marked pending.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const SABANA: Instansi = { nama: 'Pemerintah Provinsi Sabana Timur', jenis: 'provinsi', kota: 'Tanah Rumpun', kop: ['PEMERINTAH PROVINSI SABANA TIMUR'] };
const MERAPU: Instansi = { nama: 'Pemerintah Kabupaten Lereng Merapu', jenis: 'kabupaten', kota: 'Lereng Merapu', kop: ['PEMERINTAH KABUPATEN LERENG MERAPU'] };

const ST_KOP = 'PEMERINTAH PROVINSI SABANA TIMUR';
const LM_KOP = 'PEMERINTAH KABUPATEN LERENG MERAPU';
const ST_HEAD = 'GUBERNUR SABANA TIMUR';
const LM_HEAD = 'BUPATI LERENG MERAPU';
const ST_PLACE = 'Tanah Rumpun';
const LM_PLACE = 'Lereng Merapu';
const ST_KOMINFO = 'DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN';
const LM_KOMINFO = 'DINAS KOMUNIKASI DAN INFORMATIKA';
const ST_GUB = 'ARDIANSYAH MAHMUD';
const LM_BUP = 'H. SYAHRIAL RANGKUTI';

const PERPRES_SPBE = 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik';
const PP_23 = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023';

/** A report in the house style: "BAB n TITLE", paragraphs and numbered tables, one chapter pair per page. */
const laporan = (p: {
  path: string;
  kop: string;
  unit: string;
  title: string;
  nomor?: string;
  bab: { judul: string; isi: string[] }[];
  place: string;
  date: string | null;
  signer: string;
  confirmed?: boolean;
}): ScenarioDoc => {
  const chapters = p.bab.map((b, i) => `BAB ${i + 1} ${b.judul}\n${b.isi.join('\n')}`);
  const half = Math.ceil(chapters.length / 2);
  return {
    path: p.path,
    pages: [
      `${p.kop}\n${p.unit}\n${p.title}\n${p.nomor === undefined ? '' : `Nomor : ${p.nomor}\n`}${chapters.slice(0, half).join('\n')}`,
      `${chapters.slice(half).join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer}`,
    ],
    ...(p.confirmed === true ? { confirmed: true } : {}),
  };
};

/** Minutes: Agenda / Pembahasan / Kesimpulan / Tindak lanjut. */
const notulen = (p: {
  path: string;
  kop: string;
  unit: string;
  title: string;
  waktu: string | null;
  tempat: string;
  peserta: string;
  agenda: string[];
  pembahasan: string[];
  kesimpulan: string[];
  tindakLanjut: string[];
  place: string;
  date: string | null;
  confirmed?: boolean;
}): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nRISALAH RAPAT\n${p.title}\n${p.waktu === null ? '' : `Waktu : ${p.waktu}\n`}Tempat : ${p.tempat}\nPeserta : ${p.peserta}\n` +
      `Agenda\n${p.agenda.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nPembahasan\n${p.pembahasan.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n` +
      `Kesimpulan\n${p.kesimpulan.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nTindak lanjut\n${p.tindakLanjut.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n` +
      `${p.date === null ? '' : `${p.place}, ${p.date}\n`}Pencatat Risalah,\nttd`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** A regulation (or a decree, kind "KEPUTUSAN") of the head of region with Pasal and a Lampiran page. */
const peraturan = (p: {
  path: string;
  kop: string;
  kind?: string;
  head: string;
  nomor: string;
  tahun: string;
  title: string;
  menimbang: string[];
  mengingat: string[];
  pasal: string[];
  lampiran?: string[];
  place: string;
  date: string;
  name: string;
  berita?: string;
}): ScenarioDoc => {
  const kind = p.kind ?? 'PERATURAN';
  const pages = [
    `${p.kop}\n${kind} ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\nTENTANG\n${p.title}\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n${p.head},\n` +
      `Menimbang : ${p.menimbang.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
      `Mengingat : ${p.mengingat.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nMEMUTUSKAN:\nMenetapkan : ${kind} ${p.head} TENTANG ${p.title}.\n` +
      p.pasal.map((x, i) => `Pasal ${i + 1}\n${x}`).join('\n'),
    `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}` +
      (p.berita === undefined ? '' : `\nDiundangkan di ${p.place}\npada tanggal ${p.date}\nSEKRETARIS DAERAH,\nttd\n${p.berita}`),
  ];
  if (p.lampiran !== undefined) pages.push(`LAMPIRAN\n${kind} ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\nTENTANG ${p.title}\n${p.lampiran.join('\n')}`);
  return { path: p.path, pages };
};

const screen = (path: string, lines: string[], confirmed = false): ScenarioDoc => ({ path, pages: [lines.join('\n')], ...(confirmed ? { confirmed: true } : {}) });

/** An invitation letter. */
const undangan = (p: { path: string; kop: string; unit: string; place: string; date: string; nomor: string; perihal: string; hari: string; acara: string; signer: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\n${p.place}, ${p.date}\nNomor : ${p.nomor}\nSifat : Segera\nLampiran : 1 (satu) berkas\nHal : Undangan ${p.perihal}\n` +
      `Yth. Para Kepala Perangkat Daerah (daftar terlampir)\ndi ${p.place}\nDalam rangka ${p.perihal}, dengan hormat kami mengundang Saudara untuk hadir pada:\n` +
      `Hari/Tanggal : ${p.hari}\nPukul : 08.30 WIB s.d. selesai\nTempat : Aula ${p.unit}\nAcara : ${p.acara}\n` +
      `Mengingat pentingnya acara dimaksud, dimohon hadir tepat waktu.\n${p.signer}`,
  ],
});

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ================================================================ KEBIJAKAN INTERNAL (1-10)
  // ======================= 1 Arsitektur — draft with invitation
  {
    name: 'kk10 Lereng Merapu: rancangan Perbup Arsitektur SPBE dan undangan rapat penyusunan',
    indicator: 1,
    instansi: MERAPU,
    range: [1, 1],
    because: 'tingkat 1: "konsep kebijakan internal ... masih dalam proses pengesahan"; bukti dukung tingkat 1 = rancangan peraturan dan undangan rapat penyusunan; belum ditetapkan sehingga tingkat 2 tidak terpenuhi',
    docs: [
      {
        path: 'DISKOMINFO/Kebijakan/Ranperbup Arsitektur SPBE 2025.pdf',
        pages: [
          `${LM_KOP}\nRANCANGAN\nPERATURAN ${LM_HEAD}\nNOMOR ... TAHUN 2025\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN LERENG MERAPU\n` +
            `Menimbang : a. bahwa untuk memberikan panduan integrasi proses bisnis, data dan informasi, infrastruktur, aplikasi dan keamanan SPBE perlu disusun Arsitektur SPBE Daerah;\nMengingat : 1. ${PERPRES_SPBE};\n` +
            'Pasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan integrasi proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, dan keamanan SPBE.\n' +
            'Pasal 2\nArsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur, dan keamanan.\n' +
            'Pasal 3\n(draf - pasal mengenai reviu masih dibahas)\nCatatan: draf versi 2 hasil pembahasan Tim Penyusun, belum diharmonisasi Bagian Hukum.',
        ],
      },
      undangan({
        path: 'DISKOMINFO/Kebijakan/Undangan Penyusunan Ranperbup Arsitektur.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        place: LM_PLACE,
        date: '3 Juni 2025',
        nomor: '005/214/Kominfo/2025',
        perihal: 'Rapat Penyusunan Rancangan Peraturan Bupati tentang Arsitektur SPBE',
        hari: 'Kamis, 12 Juni 2025',
        acara: 'Pembahasan draf versi 2 Rancangan Peraturan Bupati tentang Arsitektur SPBE Kabupaten Lereng Merapu',
        signer: 'Kepala Dinas Komunikasi dan Informatika',
      }),
    ],
  },
  // ======================= 2 Peta Rencana — complete content, no national alignment, no review
  {
    name: 'kk10 Sabana Timur: Pergub Peta Rencana SPBE memuat tujuh muatan, tanpa reviu',
    indicator: 2,
    instansi: SABANA,
    range: [3, 3],
    because: 'tingkat 3: Pergub yang ditetapkan mengatur seluruh muatan Peta Rencana (tata kelola, manajemen, layanan, infrastruktur, aplikasi, keamanan, audit TIK); tidak mengatur keselarasan dengan Peta Rencana SPBE Nasional dan tidak ada reviu (tingkat 4)',
    docs: [
      peraturan({
        path: 'DISKOMINFOTIKSAN/Pergub 18 Tahun 2024 Peta Rencana SPBE.pdf',
        kop: ST_KOP,
        head: ST_HEAD,
        nomor: '18',
        tahun: '2024',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SABANA TIMUR TAHUN 2024-2026',
        menimbang: ['bahwa untuk melaksanakan ketentuan Pasal 9 Peraturan Presiden Nomor 95 Tahun 2018, perlu menetapkan Peta Rencana SPBE Provinsi;'],
        mengingat: [PP_23, PERPRES_SPBE],
        pasal: [
          'Peta Rencana SPBE Provinsi merupakan pedoman bagi perangkat daerah dalam melaksanakan program dan kegiatan SPBE tahun 2024 sampai dengan 2026.',
          'Peta Rencana SPBE Provinsi memuat rencana: a. Tata Kelola SPBE; b. Manajemen SPBE; c. Layanan SPBE; d. Infrastruktur SPBE; e. Aplikasi SPBE; f. Keamanan SPBE; dan g. Audit Teknologi Informasi dan Komunikasi.',
          'Rincian program, kegiatan, target dan penanggung jawab setiap muatan sebagaimana dimaksud dalam Pasal 2 tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Gubernur ini.',
          'Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.',
        ],
        lampiran: [
          'Tabel 1. Rencana Tata Kelola SPBE: penyusunan kebijakan internal SPBE dan penguatan Tim Koordinasi SPBE (2024-2025)',
          'Tabel 2. Rencana Manajemen SPBE: manajemen risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan dan layanan (2024-2026)',
          'Tabel 3. Rencana Layanan SPBE: layanan administrasi pemerintahan dan layanan publik berbasis elektronik (2024-2026)',
          'Tabel 4. Rencana Infrastruktur SPBE: pusat data, jaringan intra, sistem penghubung layanan (2024-2026)',
          'Tabel 5. Rencana Aplikasi SPBE: aplikasi umum dan aplikasi khusus (2024-2026)',
          'Tabel 6. Rencana Keamanan SPBE: penjaminan kerahasiaan, keutuhan, ketersediaan, keaslian dan nirsangkal (2024-2026)',
          'Tabel 7. Rencana Audit TIK: audit infrastruktur, aplikasi dan keamanan SPBE (2025-2026)',
        ],
        place: ST_PLACE,
        date: '4 Juli 2024',
        name: ST_GUB,
        berita: 'BERITA DAERAH PROVINSI SABANA TIMUR TAHUN 2024 NOMOR 18',
      }),
    ],
  },
  // ======================= 3 Manajemen Data — all six processes, no review
  {
    name: 'kk10 Lereng Merapu: Perbup Satu Data mengatur keenam proses manajemen data, belum direviu',
    indicator: 3,
    instansi: MERAPU,
    range: [4, 4],
    because: 'tingkat 4 indikator 3: "telah mengatur seluruh rangkaian proses pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data" (kriteria indikator 3 bergeser: tingkat 3 = sebagian proses); tidak ada reviu dan kebijakan baru (tingkat 5)',
    docs: [
      peraturan({
        path: 'DISKOMINFO/Kebijakan/Perbup 27 Tahun 2024 Manajemen Data.pdf',
        kop: LM_KOP,
        head: LM_HEAD,
        nomor: '27',
        tahun: '2024',
        title: 'MANAJEMEN DATA DAN SATU DATA KABUPATEN LERENG MERAPU',
        menimbang: ['bahwa untuk mewujudkan data yang akurat, mutakhir, terpadu dan dapat dibagipakaikan antar perangkat daerah perlu mengatur manajemen data;'],
        mengingat: [PERPRES_SPBE, 'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia'],
        pasal: [
          'Manajemen data dilaksanakan oleh Walidata, Produsen Data dan Pembina Data di lingkungan Pemerintah Kabupaten.',
          'Arsitektur data daerah disusun oleh Walidata dan menjadi acuan perangkat daerah dalam membangun basis data.',
          'Data induk dan data referensi ditetapkan oleh Forum Satu Data Kabupaten dan digunakan bersama oleh seluruh perangkat daerah.',
          'Basis data perangkat daerah dikelola pada Pusat Data Kabupaten dengan kamus data yang seragam.',
          'Kualitas data dijamin melalui pemeriksaan kelengkapan, konsistensi, akurasi dan kemutakhiran sebelum data disebarluaskan.',
          'Interoperabilitas data dilaksanakan melalui sistem penghubung layanan dengan format dan protokol pertukaran data yang ditetapkan Walidata.',
          'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: LM_PLACE,
        date: '19 November 2024',
        name: LM_BUP,
        berita: 'BERITA DAERAH KABUPATEN LERENG MERAPU TAHUN 2024 NOMOR 27',
      }),
    ],
  },
  // ======================= 4 Pembangunan Aplikasi — full cycle, review with findings, revision after review
  {
    name: 'kk10 Sabana Timur: Pergub pembangunan aplikasi, reviu Agustus 2024 dengan temuan, Pergub perubahan Mei 2025',
    indicator: 4,
    instansi: SABANA,
    range: [5, 5],
    because: 'tingkat 5: Pergub 2022 mengatur siklus, konsultasi ke Diskominfotiksan, keterpaduan dan pengendalian (tingkat 4), direviu 20 Agustus 2024 dengan temuan, dan hasilnya ditindaklanjuti dengan Pergub 9/2025 yang ditetapkan 14 Mei 2025 (kebijakan baru)',
    docs: [
      peraturan({
        path: 'DISKOMINFOTIKSAN/Pergub 31 Tahun 2022 Pembangunan Aplikasi.pdf',
        kop: ST_KOP,
        head: ST_HEAD,
        nomor: '31',
        tahun: '2022',
        title: 'PEDOMAN PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE',
        menimbang: ['bahwa pembangunan aplikasi oleh perangkat daerah perlu dilaksanakan secara terpadu untuk mencegah duplikasi;'],
        mengingat: [PERPRES_SPBE],
        pasal: [
          'Pembangunan aplikasi SPBE dilaksanakan melalui tahapan analisis kebutuhan, perencanaan, rancang bangun, implementasi, uji kelaikan, dan pemeliharaan.',
          'Perangkat daerah wajib berkonsultasi dengan Dinas Komunikasi, Informatika, Statistik dan Persandian sebelum membangun atau mengembangkan aplikasi.',
          'Dinas mengendalikan keterpaduan pembangunan aplikasi melalui katalog aplikasi provinsi, pemberian rekomendasi teknis, dan penggunaan kode sumber bersama.',
          'Pelaksanaan Peraturan Gubernur ini direviu dan dievaluasi paling sedikit 1 (satu) kali dalam 2 (dua) tahun.',
        ],
        place: ST_PLACE,
        date: '10 Oktober 2022',
        name: ST_GUB,
        berita: 'BERITA DAERAH PROVINSI SABANA TIMUR TAHUN 2022 NOMOR 31',
      }),
      notulen({
        path: 'DISKOMINFOTIKSAN/Risalah Reviu Pergub Pembangunan Aplikasi 2024.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'REVIU DAN EVALUASI PERATURAN GUBERNUR NOMOR 31 TAHUN 2022 TENTANG PEDOMAN PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE',
        waktu: 'Selasa, 20 Agustus 2024, pukul 09.00-13.00 WITA',
        tempat: 'Ruang Rapat Bidang Aplikasi Informatika',
        peserta: 'Biro Hukum, Biro Organisasi, Bappeda, Inspektorat, 14 perangkat daerah pengelola aplikasi',
        agenda: ['Evaluasi pelaksanaan Pergub 31/2022', 'Kesesuaian dengan Peraturan Presiden Nomor 82 Tahun 2023 dan Permenkominfo tentang aplikasi umum'],
        pembahasan: [
          'Dari 67 aplikasi dalam katalog, 11 aplikasi dibangun tanpa rekomendasi teknis Dinas.',
          'Pergub belum mengatur kewajiban penggunaan aplikasi umum nasional dan mekanisme penghentian aplikasi yang tumpang tindih.',
          'Tahap uji keamanan aplikasi sebelum operasi belum diatur.',
        ],
        kesimpulan: ['Pergub 31/2022 perlu diubah.'],
        tindakLanjut: ['Biro Hukum dan Dinas menyusun Rancangan Pergub perubahan paling lambat Triwulan I 2025.'],
        place: ST_PLACE,
        date: '20 Agustus 2024',
      }),
      peraturan({
        path: 'DISKOMINFOTIKSAN/Pergub 9 Tahun 2025 Perubahan Pedoman Pembangunan Aplikasi.pdf',
        kop: ST_KOP,
        head: ST_HEAD,
        nomor: '9',
        tahun: '2025',
        title: 'PERUBAHAN ATAS PERATURAN GUBERNUR NOMOR 31 TAHUN 2022 TENTANG PEDOMAN PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE',
        menimbang: ['bahwa berdasarkan hasil reviu dan evaluasi tanggal 20 Agustus 2024, Peraturan Gubernur Nomor 31 Tahun 2022 perlu disesuaikan;'],
        mengingat: [PERPRES_SPBE, 'Peraturan Gubernur Nomor 31 Tahun 2022 tentang Pedoman Pembangunan dan Pengembangan Aplikasi SPBE'],
        pasal: [
          'Ketentuan Pasal 1 diubah: tahapan pembangunan aplikasi ditambah uji keamanan aplikasi oleh tim persandian sebelum aplikasi dioperasikan.',
          'Di antara Pasal 3 dan Pasal 4 disisipkan Pasal 3A: perangkat daerah wajib menggunakan aplikasi umum nasional dan aplikasi yang tumpang tindih dihentikan atas rekomendasi Dinas.',
          'Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: ST_PLACE,
        date: '14 Mei 2025',
        name: ST_GUB,
        berita: 'BERITA DAERAH PROVINSI SABANA TIMUR TAHUN 2025 NOMOR 9',
      }),
    ],
  },
  // ======================= 5 Pusat Data — part of the units
  {
    name: 'kk10 Lereng Merapu: Perbup pusat data berlaku untuk 12 dari 29 OPD',
    indicator: 5,
    instansi: MERAPU,
    range: [2, 2],
    because: 'tingkat 2: kebijakan pusat data ditetapkan tetapi "mengatur penggunaan Layanan Pusat Data untuk sebagian unit kerja/perangkat daerah" (12 dari 29 OPD pada tahap I); bukan seluruh perangkat daerah (tingkat 3)',
    docs: [
      peraturan({
        path: 'DISKOMINFO/Kebijakan/Perbup 14 Tahun 2024 Layanan Pusat Data.pdf',
        kop: LM_KOP,
        head: LM_HEAD,
        nomor: '14',
        tahun: '2024',
        title: 'PENYELENGGARAAN LAYANAN PUSAT DATA DAERAH',
        menimbang: ['bahwa penempatan server aplikasi perangkat daerah perlu dikonsolidasikan pada pusat data daerah;'],
        mengingat: [PERPRES_SPBE],
        pasal: [
          'Pusat Data Daerah dikelola oleh Dinas Komunikasi dan Informatika dan menyediakan layanan kolokasi, mesin virtual dan penyimpanan.',
          'Perangkat daerah sebagaimana tercantum dalam Lampiran wajib menempatkan aplikasi dan datanya pada Pusat Data Daerah.',
          'Perangkat daerah yang belum tercantum dalam Lampiran tetap mengelola server masing-masing sampai ditetapkan tahap berikutnya.',
          'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.',
        ],
        lampiran: [
          'DAFTAR PERANGKAT DAERAH PENGGUNA PUSAT DATA DAERAH TAHAP I (12 dari 29 OPD)',
          '1. Sekretariat Daerah 2. Dinas Komunikasi dan Informatika 3. BPKAD 4. Bappeda 5. BKPSDM 6. Inspektorat 7. Dinas Kependudukan dan Pencatatan Sipil',
          '8. DPMPTSP 9. Dinas Kesehatan 10. Dinas Pendidikan 11. Bapenda 12. Dinas Sosial',
        ],
        place: LM_PLACE,
        date: '2 April 2024',
        name: LM_BUP,
        berita: 'BERITA DAERAH KABUPATEN LERENG MERAPU TAHUN 2024 NOMOR 14',
      }),
    ],
  },
  // ======================= 6 Jaringan Intra — all units + JIP, review outside the window
  {
    name: 'kk10 Sabana Timur: Pergub jaringan intra seluruh perangkat daerah dan interkoneksi JIP, reviu 2021 di luar masa',
    indicator: 6,
    instansi: SABANA,
    range: [3, 3],
    because: 'tingkat 3: Pergub mengatur jaringan intra untuk seluruh 41 perangkat daerah; interkoneksi dengan Jaringan Intra Pemerintah diatur, tetapi reviu satu-satunya bertanggal 15 September 2021, di luar masa reviu 2 tahun (2024-2025), sehingga "direviu dan dievaluasi secara periodik" (tingkat 4) tidak terbukti',
    docs: [
      peraturan({
        path: 'DISKOMINFOTIKSAN/Pergub 7 Tahun 2020 Jaringan Intra.pdf',
        kop: ST_KOP,
        head: ST_HEAD,
        nomor: '7',
        tahun: '2020',
        title: 'LAYANAN JARINGAN INTRA PEMERINTAH PROVINSI SABANA TIMUR',
        menimbang: ['bahwa untuk menjamin keamanan transmisi data antar perangkat daerah diperlukan jaringan intra pemerintah daerah;'],
        mengingat: [PERPRES_SPBE],
        pasal: [
          'Jaringan Intra Pemerintah Provinsi menghubungkan seluruh perangkat daerah di lingkungan Pemerintah Provinsi Sabana Timur.',
          'Penggunaan jaringan intra wajib bagi seluruh 41 perangkat daerah termasuk UPTD.',
          'Jaringan Intra Pemerintah Provinsi terhubung dengan Jaringan Intra Pemerintah yang diselenggarakan Kementerian Komunikasi dan Informatika.',
          'Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: ST_PLACE,
        date: '17 Maret 2020',
        name: ST_GUB,
        berita: 'BERITA DAERAH PROVINSI SABANA TIMUR TAHUN 2020 NOMOR 7',
      }),
      notulen({
        path: 'DISKOMINFOTIKSAN/Risalah Evaluasi Pergub Jaringan Intra 2021.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'EVALUASI PELAKSANAAN PERATURAN GUBERNUR NOMOR 7 TAHUN 2020 TENTANG LAYANAN JARINGAN INTRA',
        waktu: 'Rabu, 15 September 2021',
        tempat: 'Ruang Rapat Bidang Infrastruktur TIK',
        peserta: 'Bidang Infrastruktur TIK, Bidang Persandian, perwakilan 9 perangkat daerah',
        agenda: ['Evaluasi penerapan Pergub 7/2020'],
        pembahasan: ['Seluruh perangkat daerah telah terhubung; 3 UPTD di kepulauan masih memakai VPN.', 'Kebijakan belum mengatur standar kualitas layanan jaringan.'],
        kesimpulan: ['Pergub masih relevan; standar kualitas layanan akan dimuat dalam SOP.'],
        tindakLanjut: ['Bidang Infrastruktur menyusun SOP kualitas layanan jaringan.'],
        place: ST_PLACE,
        date: '15 September 2021',
      }),
    ],
  },
  // ======================= 8 Keamanan Informasi — complete scope, all units, undated review note
  {
    name: 'kk10 Lereng Merapu: Perbup manajemen keamanan informasi lengkap untuk seluruh 29 perangkat daerah, catatan reviu tanpa tanggal',
    indicator: 8,
    instansi: MERAPU,
    range: [3, 3],
    pending: 'gets 2: the reasons find five of the six scope elements and miss penetapan ruang lingkup, though Pasal 1 opens \'Ruang lingkup manajemen keamanan informasi meliputi …\'',
    because: 'tingkat 3: Perbup mengatur seluruh cakupan (ruang lingkup, penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, perbaikan berkelanjutan); penerapan untuk seluruh perangkat daerah juga diatur, tetapi catatan reviu tidak bertanggal sehingga reviu periodik dalam masa penilaian tidak terbukti (tingkat 4)',
    docs: [
      peraturan({
        path: 'DISKOMINFO/Persandian/Perbup 33 Tahun 2023 Manajemen Keamanan Informasi.pdf',
        kop: LM_KOP,
        head: LM_HEAD,
        nomor: '33',
        tahun: '2023',
        title: 'MANAJEMEN KEAMANAN INFORMASI DALAM PENYELENGGARAAN SPBE',
        menimbang: ['bahwa untuk menjamin kerahasiaan, keutuhan dan ketersediaan informasi dalam penyelenggaraan SPBE perlu diatur manajemen keamanan informasi;'],
        mengingat: [PERPRES_SPBE, 'Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE'],
        pasal: [
          'Ruang lingkup manajemen keamanan informasi meliputi data, aplikasi, infrastruktur dan sumber daya manusia SPBE di seluruh 29 perangkat daerah.',
          'Penanggung jawab keamanan informasi adalah Sekretaris Daerah selaku Koordinator SPBE, dengan pelaksana teknis Dinas Komunikasi dan Informatika.',
          'Perencanaan keamanan informasi disusun setiap tahun berdasarkan hasil penilaian risiko keamanan informasi.',
          'Dukungan pengoperasian meliputi penyediaan sumber daya, peningkatan kesadaran, dan pengelolaan dokumen keamanan.',
          'Evaluasi kinerja keamanan informasi dilaksanakan melalui pemantauan, pengukuran dan audit internal.',
          'Perbaikan berkelanjutan dilakukan atas ketidaksesuaian yang ditemukan dalam evaluasi kinerja.',
          'Peraturan Bupati ini berlaku bagi seluruh perangkat daerah dan mulai berlaku pada tanggal diundangkan.',
        ],
        place: LM_PLACE,
        date: '28 Desember 2023',
        name: LM_BUP,
        berita: 'BERITA DAERAH KABUPATEN LERENG MERAPU TAHUN 2023 NOMOR 33',
      }),
      {
        path: 'DISKOMINFO/Persandian/Catatan Reviu Perbup Keamanan Informasi.pdf',
        pages: [
          `${LM_KOP}\n${LM_KOMINFO}\nBIDANG PERSANDIAN DAN STATISTIK\nCATATAN REVIU PERBUP 33/2023\n` +
            '1. Pasal 3 belum menyebut klasifikasi aset informasi.\n2. Perlu rujukan ke standar SNI ISO/IEC 27001.\n3. Penilaian risiko baru dilakukan di 6 OPD.\nTim Persandian',
        ],
      },
    ],
  },
  // ======================= 10 Tim Koordinasi — all units and across governments, invitation to review only
  {
    name: 'kk10 Sabana Timur: Kepgub Tim Koordinasi SPBE untuk seluruh perangkat daerah dan antarpemerintah, hanya undangan reviu',
    indicator: 10,
    instansi: SABANA,
    range: [3, 3],
    because: 'tingkat 3: Kepgub mengatur tugas Tim Koordinasi untuk seluruh perangkat daerah dan koordinasi dengan Instansi Pusat dan kabupaten/kota; bukti reviu hanya undangan rapat tanpa risalah atau hasil, sehingga "telah direviu dan dievaluasi" (tingkat 4) tidak terbukti',
    docs: [
      peraturan({
        path: 'SETDA/Biro Organisasi/Kepgub Tim Koordinasi SPBE 2024.pdf',
        kop: ST_KOP,
        kind: 'KEPUTUSAN',
        head: ST_HEAD,
        nomor: '100.3.3.1/412/KPTS',
        tahun: '2024',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SABANA TIMUR',
        menimbang: ['bahwa untuk meningkatkan keterpaduan penyelenggaraan SPBE perlu membentuk Tim Koordinasi SPBE Provinsi;'],
        mengingat: [PERPRES_SPBE],
        pasal: [
          'Membentuk Tim Koordinasi SPBE Provinsi Sabana Timur dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.',
          'Tim Koordinasi bertugas: a. mengarahkan, memantau dan mengevaluasi penerapan SPBE pada seluruh perangkat daerah; b. menyusun program kerja tahunan; c. melakukan koordinasi dan konsultasi dengan Kementerian PANRB, Kementerian Kominfo, BSSN serta Tim Koordinasi SPBE Kabupaten/Kota se-Provinsi Sabana Timur.',
          'Tim Koordinasi melaporkan pelaksanaan tugasnya kepada Gubernur setiap semester.',
          'Keputusan Gubernur ini mulai berlaku pada tanggal ditetapkan.',
        ],
        lampiran: ['SUSUNAN KEANGGOTAAN', 'Ketua : Sekretaris Daerah', 'Ketua Harian : Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian', 'Anggota : Kepala Bappeda, Kepala BPKAD, Kepala BKD, Inspektur, Kepala Biro Organisasi, Kepala Biro Hukum'],
        place: ST_PLACE,
        date: '22 Februari 2024',
        name: ST_GUB,
      }),
      undangan({
        path: 'SETDA/Biro Organisasi/Undangan Reviu Kepgub Tim Koordinasi.pdf',
        kop: ST_KOP,
        unit: 'SEKRETARIAT DAERAH',
        place: ST_PLACE,
        date: '6 Oktober 2025',
        nomor: '000.1.5/1187/Org',
        perihal: 'Rapat Reviu Keputusan Gubernur tentang Tim Koordinasi SPBE',
        hari: 'Senin, 13 Oktober 2025',
        acara: 'Reviu dan evaluasi Keputusan Gubernur tentang Tim Koordinasi SPBE Provinsi Sabana Timur',
        signer: 'Sekretaris Daerah',
      }),
    ],
  },

  // ================================================================ TATA KELOLA / PERENCANAAN (11-20)
  // ======================= 11 Arsitektur document — full, national, reviewed, updated
  {
    name: 'kk10 Lereng Merapu: dokumen Arsitektur SPBE 2024-2028 direviu Oktober 2024 dan dimutakhirkan Maret 2025',
    indicator: 11,
    instansi: MERAPU,
    range: [5, 5],
    because: 'tingkat 5: dokumen Arsitektur mencakup keenam domain dan berpedoman pada Arsitektur SPBE Nasional (tingkat 3-4), direviu 8 Oktober 2024 dengan temuan, dan dimutakhirkan sebagai tindak lanjut (versi 1.1, 17 Maret 2025)',
    docs: [
      laporan({
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Kabupaten 2024-2028.pdf',
        kop: LM_KOP,
        unit: 'TIM KOORDINASI SPBE KABUPATEN LERENG MERAPU',
        title: 'DOKUMEN ARSITEKTUR SPBE KABUPATEN LERENG MERAPU TAHUN 2024-2028 (VERSI 1.0)',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Dokumen ini disusun berpedoman pada Arsitektur SPBE Nasional sebagaimana Peraturan Presiden Nomor 132 Tahun 2022 dan menjadi acuan integrasi SPBE Kabupaten.'] },
          {
            judul: 'REFERENSI DAN DOMAIN ARSITEKTUR',
            isi: [
              'Tabel 2.1 Domain Arsitektur Proses Bisnis: 14 urusan pemerintahan dipetakan ke referensi proses bisnis nasional.',
              'Tabel 2.2 Domain Arsitektur Data dan Informasi: 212 kelompok data.',
              'Tabel 2.3 Domain Arsitektur Layanan: 38 layanan administrasi pemerintahan dan 27 layanan publik.',
              'Tabel 2.4 Domain Arsitektur Aplikasi: 61 aplikasi.',
              'Tabel 2.5 Domain Arsitektur Infrastruktur: pusat data, jaringan intra dan sistem penghubung layanan.',
              'Tabel 2.6 Domain Arsitektur Keamanan: pengendalian keamanan per lapisan.',
            ],
          },
          { judul: 'PETA INTEGRASI', isi: ['Tabel 3.1 Integrasi aplikasi kabupaten dengan aplikasi nasional (SIPD, SRIKANDI, SIASN, OSS).'] },
          { judul: 'PENUTUP', isi: ['Dokumen ini direviu paling sedikit sekali dalam setahun oleh Tim Koordinasi SPBE.'] },
        ],
        place: LM_PLACE,
        date: '15 Januari 2024',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
      notulen({
        path: 'BAPPEDA/Risalah Reviu Arsitektur SPBE 2024.pdf',
        kop: LM_KOP,
        unit: 'TIM KOORDINASI SPBE KABUPATEN LERENG MERAPU',
        title: 'REVIU DAN EVALUASI DOKUMEN ARSITEKTUR SPBE KABUPATEN TAHUN 2024-2028',
        waktu: 'Selasa, 8 Oktober 2024',
        tempat: 'Ruang Rapat Bappeda',
        peserta: 'Bappeda, Diskominfo, Bagian Organisasi, BPKAD, Disdukcapil',
        agenda: ['Reviu kesesuaian Arsitektur SPBE Kabupaten dengan kondisi aplikasi dan layanan tahun 2024'],
        pembahasan: ['Tabel 2.4 belum memuat 7 aplikasi baru tahun 2024.', 'Domain layanan belum memuat layanan PPDB daring.', 'Referensi data belum selaras dengan kode referensi Satu Data Indonesia.'],
        kesimpulan: ['Dokumen Arsitektur perlu dimutakhirkan menjadi versi 1.1.'],
        tindakLanjut: ['Diskominfo memutakhirkan domain aplikasi dan layanan paling lambat Maret 2025.'],
        place: LM_PLACE,
        date: '8 Oktober 2024',
      }),
      laporan({
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Kabupaten Versi 1.1.pdf',
        kop: LM_KOP,
        unit: 'TIM KOORDINASI SPBE KABUPATEN LERENG MERAPU',
        title: 'DOKUMEN ARSITEKTUR SPBE KABUPATEN LERENG MERAPU TAHUN 2024-2028 (VERSI 1.1 - PEMUTAKHIRAN)',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Versi 1.1 merupakan pemutakhiran sebagai tindak lanjut hasil reviu dan evaluasi tanggal 8 Oktober 2024.'] },
          { judul: 'RIWAYAT PERUBAHAN', isi: ['Tabel 2.1 Riwayat perubahan: penambahan 7 aplikasi pada domain aplikasi; penambahan layanan PPDB daring pada domain layanan; penyesuaian kode referensi data dengan Satu Data Indonesia.'] },
          { judul: 'DOMAIN ARSITEKTUR', isi: ['Domain proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur dan keamanan dimutakhirkan sesuai Tabel 2.1.'] },
          { judul: 'PENUTUP', isi: ['Versi 1.1 menggantikan versi 1.0.'] },
        ],
        place: LM_PLACE,
        date: '17 Maret 2025',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
    ],
  },
  // ======================= 12 Peta Rencana document — part of the content
  {
    name: 'kk10 Sabana Timur: dokumen Peta Rencana SPBE hanya empat muatan',
    indicator: 12,
    instansi: SABANA,
    range: [2, 2],
    because: 'tingkat 2: dokumen Peta Rencana tersedia tetapi hanya memuat tata kelola, layanan, aplikasi dan infrastruktur; manajemen SPBE, keamanan dan audit TIK tidak ada ("tidak/belum mencakup muatan ... secara lengkap")',
    docs: [
      laporan({
        path: 'BAPPEDA/Dokumen Peta Rencana SPBE Provinsi 2025-2027.pdf',
        kop: ST_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'DOKUMEN PETA RENCANA SPBE PROVINSI SABANA TIMUR TAHUN 2025-2027',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Peta Rencana SPBE disusun untuk memberi arah program SPBE tiga tahun.'] },
          {
            judul: 'PETA RENCANA',
            isi: [
              'Tabel 2.1 Peta Rencana Tata Kelola SPBE: pembaruan Kepgub Tim Koordinasi (2025), penyusunan Pergub Arsitektur (2026).',
              'Tabel 2.2 Peta Rencana Layanan SPBE: layanan naskah dinas elektronik, layanan perizinan terpadu (2025-2027).',
              'Tabel 2.3 Peta Rencana Aplikasi SPBE: konsolidasi 67 aplikasi menjadi 40 aplikasi (2025-2027).',
              'Tabel 2.4 Peta Rencana Infrastruktur SPBE: peningkatan kapasitas pusat data dan perluasan jaringan intra ke UPTD (2025-2026).',
            ],
          },
          { judul: 'PENGENDALIAN', isi: ['Pemantauan capaian dilakukan Bappeda setiap akhir tahun.'] },
          { judul: 'PENUTUP', isi: ['Muatan lain akan dilengkapi pada penyusunan berikutnya.'] },
        ],
        place: ST_PLACE,
        date: '11 Februari 2025',
        signer: 'Kepala Bappeda',
      }),
    ],
  },
  // ======================= 13 Rencana dan Anggaran — consultation of part of the OPD
  {
    name: 'kk10 Lereng Merapu: rekap konsultasi rencana anggaran SPBE 12 dari 29 OPD ke Diskominfo',
    indicator: 13,
    instansi: MERAPU,
    range: [2, 2],
    because: 'tingkat 2: rencana dan anggaran SPBE tertuang dalam RKA tahunan, tetapi hanya 12 dari 29 OPD yang mengonsultasikannya ke Diskominfo ("tidak seluruhnya dikonsultasikan")',
    docs: [
      laporan({
        path: 'DISKOMINFO/Perencanaan/Laporan Konsultasi Rencana Anggaran SPBE 2025.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        title: 'LAPORAN KONSULTASI RENCANA DAN ANGGARAN SPBE PERANGKAT DAERAH TAHUN ANGGARAN 2025',
        nomor: '027/088/Kominfo/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Sesuai Surat Edaran Sekretaris Daerah, perangkat daerah menyampaikan rencana belanja TIK dalam RKA-SKPD 2025 kepada Diskominfo untuk dikonsultasikan.'] },
          {
            judul: 'HASIL KONSULTASI',
            isi: [
              'Tabel 2.1 Rekapitulasi: 29 perangkat daerah memiliki belanja TIK dalam RKA-SKPD 2025; 12 dari 29 OPD telah berkonsultasi; 17 OPD belum berkonsultasi.',
              'Tabel 2.2 Nilai belanja TIK yang dikonsultasikan: Rp 6.480.000.000 dari total Rp 11.925.000.000.',
            ],
          },
          { judul: 'PERMASALAHAN', isi: ['OPD yang belum berkonsultasi menganggap belanja langganan internet bukan belanja SPBE.'] },
          { judul: 'PENUTUP', isi: ['Diskominfo akan menyurati OPD yang belum berkonsultasi.'] },
        ],
        place: LM_PLACE,
        date: '21 Januari 2025',
        signer: 'Kepala Dinas Komunikasi dan Informatika',
      }),
    ],
  },
  // ======================= 14 Proses Bisnis — standard, innovation in application, reviewed, no follow-up
  {
    name: 'kk10 Sabana Timur: peta proses bisnis standar, inovasi perizinan diterapkan di aplikasi, evaluasi 2025 tanpa perbaikan',
    indicator: 14,
    instansi: SABANA,
    range: [4, 4],
    pending: 'gets 3: the reasons see no innovation applied in an application; the SIMPATIK screen showing the new 6-step flow is not counted for indicator 14',
    because: 'tingkat 4: peta proses bisnis sesuai PermenPANRB 19/2018 (tingkat 2), penyederhanaan proses sebagai inovasi (tingkat 3), diterapkan pada aplikasi SIMPATIK dan dievaluasi Maret 2025; belum ada perbaikan inovasi sebagai tindak lanjut (tingkat 5)',
    docs: [
      laporan({
        path: 'SETDA/Biro Organisasi/Peta Proses Bisnis Pemprov 2024.pdf',
        kop: ST_KOP,
        unit: 'BIRO ORGANISASI SEKRETARIAT DAERAH',
        title: 'PETA PROSES BISNIS PEMERINTAH PROVINSI SABANA TIMUR TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Peta proses bisnis disusun berdasarkan Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah.'] },
          { judul: 'PETA PROSES BISNIS LEVEL 0-2', isi: ['Tabel 2.1 Peta lintas fungsi level 0 Pemerintah Provinsi.', 'Tabel 2.2 Peta proses level 1 dan level 2 untuk 41 perangkat daerah.'] },
          { judul: 'INOVASI PROSES BISNIS', isi: ['Tabel 3.1 Penyederhanaan proses izin usaha perikanan tangkap: dari 11 langkah dan 14 hari kerja menjadi 6 langkah dan 5 hari kerja, dengan verifikasi berkas secara daring.'] },
          { judul: 'PENUTUP', isi: ['Peta proses bisnis ditetapkan sebagai acuan perangkat daerah.'] },
        ],
        place: ST_PLACE,
        date: '5 Juni 2024',
        signer: 'Kepala Biro Organisasi',
      }),
      screen('DPMPTSP/SS SIMPATIK Alur Izin Perikanan.png', [
        'https://simpatik.sabanatimurprov.go.id/izin/perikanan-tangkap',
        'SIMPATIK - Sistem Informasi Perizinan Terpadu Provinsi Sabana Timur',
        'Izin Usaha Perikanan Tangkap - Alur baru (6 langkah)',
        '1 Pengajuan daring  2 Verifikasi berkas otomatis  3 Verifikasi teknis DKP  4 Persetujuan Kepala DPMPTSP  5 Tanda tangan elektronik  6 Izin terbit',
        'Status permohonan: 214 diajukan | 201 selesai | rata-rata 4,6 hari kerja',
      ]),
      notulen({
        path: 'SETDA/Biro Organisasi/Risalah Evaluasi Inovasi Proses Bisnis 2025.pdf',
        kop: ST_KOP,
        unit: 'BIRO ORGANISASI SEKRETARIAT DAERAH',
        title: 'EVALUASI PENERAPAN INOVASI PROSES BISNIS IZIN USAHA PERIKANAN TANGKAP',
        waktu: 'Kamis, 13 Maret 2025',
        tempat: 'Ruang Rapat Biro Organisasi',
        peserta: 'Biro Organisasi, DPMPTSP, Dinas Kelautan dan Perikanan, Diskominfotiksan',
        agenda: ['Evaluasi penerapan proses bisnis baru pada SIMPATIK'],
        pembahasan: ['Waktu layanan turun menjadi rata-rata 4,6 hari kerja.', 'Verifikasi teknis DKP masih menjadi titik tunggu terlama.'],
        kesimpulan: ['Inovasi berjalan efektif; verifikasi teknis perlu disederhanakan.'],
        tindakLanjut: ['DKP dan DPMPTSP mengkaji penggabungan verifikasi teknis dan verifikasi berkas pada tahun 2026.'],
        place: ST_PLACE,
        date: '13 Maret 2025',
      }),
    ],
  },
  // ======================= 15 Pembangunan Aplikasi — SDLC and consultation; another region's review in the folder
  {
    name: 'kk10 Lereng Merapu: SIPAKAR dibangun sesuai siklus dan dikonsultasikan ke Diskominfo; reviu milik Kabupaten Sungai Pandan',
    indicator: 15,
    instansi: MERAPU,
    range: [3, 3],
    because: 'tingkat 3: pembangunan aplikasi mengikuti siklus (analisis, desain, pengujian, UAT) dan dikonsultasikan ke Diskominfo melalui rekomendasi teknis; laporan reviu di folder adalah milik Pemerintah Kabupaten Sungai Pandan, bukan bukti reviu kabupaten ini (tingkat 4)',
    docs: [
      laporan({
        path: 'DINSOS/Laporan Pembangunan Aplikasi SIPAKAR.pdf',
        kop: LM_KOP,
        unit: 'DINAS SOSIAL',
        title: 'LAPORAN PEMBANGUNAN APLIKASI SISTEM INFORMASI PENDATAAN KESEJAHTERAAN RAKYAT (SIPAKAR)',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['SIPAKAR dibangun untuk pendataan dan verifikasi calon penerima bantuan sosial daerah.'] },
          {
            judul: 'TAHAPAN PEMBANGUNAN',
            isi: [
              'Tabel 2.1 Tahapan: analisis kebutuhan (Februari 2025), perancangan basis data dan antarmuka (Maret 2025), pengkodean (April-Mei 2025), pengujian fungsional dan keamanan (Juni 2025), uji penerimaan pengguna (Juli 2025), serah terima dan operasi (Agustus 2025).',
            ],
          },
          { judul: 'KONSULTASI', isi: ['Rancangan SIPAKAR dikonsultasikan kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis Nomor 555/061/Kominfo/2025 tanggal 10 Februari 2025.'] },
          { judul: 'PENUTUP', isi: ['SIPAKAR dioperasikan di Pusat Data Kabupaten.'] },
        ],
        place: LM_PLACE,
        date: '25 Agustus 2025',
        signer: 'Kepala Dinas Sosial',
      }),
      {
        path: 'DINSOS/Surat Rekomendasi Teknis SIPAKAR.pdf',
        pages: [
          `${LM_KOP}\n${LM_KOMINFO}\n${LM_PLACE}, 10 Februari 2025\nNomor : 555/061/Kominfo/2025\nHal : Rekomendasi Teknis Pembangunan Aplikasi SIPAKAR\nYth. Kepala Dinas Sosial\n` +
            'Menindaklanjuti permohonan pertimbangan teknis pembangunan aplikasi SIPAKAR, setelah penelaahan terhadap dokumen analisis kebutuhan, kami sampaikan:\n' +
            '1. Aplikasi tidak tumpang tindih dengan aplikasi yang ada dalam katalog aplikasi kabupaten.\n2. Aplikasi wajib menggunakan data kependudukan melalui layanan Disdukcapil.\n3. Aplikasi ditempatkan pada Pusat Data Kabupaten.\nKepala Dinas Komunikasi dan Informatika',
        ],
      },
      laporan({
        path: 'DINSOS/Referensi/Laporan Reviu Pembangunan Aplikasi Kab Sungai Pandan 2024.pdf',
        kop: 'PEMERINTAH KABUPATEN SUNGAI PANDAN',
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN REVIU DAN EVALUASI PEMBANGUNAN APLIKASI SPBE KABUPATEN SUNGAI PANDAN TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Reviu dilakukan atas 34 aplikasi perangkat daerah Kabupaten Sungai Pandan.'] },
          { judul: 'HASIL REVIU', isi: ['Tabel 2.1 Sebanyak 9 aplikasi dibangun tanpa dokumen uji penerimaan pengguna.'] },
          { judul: 'REKOMENDASI', isi: ['Penerapan katalog aplikasi dan pengendalian oleh Diskominfo Kabupaten Sungai Pandan.'] },
        ],
        place: 'Sungai Pandan',
        date: '2 Desember 2024',
        signer: 'Kepala Dinas Komunikasi dan Informatika Kabupaten Sungai Pandan',
      }),
    ],
  },
  // ======================= 17 Jaringan Intra — all units, JIP, review, improvement
  {
    name: 'kk10 Sabana Timur: jaringan intra seluruh 41 perangkat daerah terhubung JIP, evaluasi Januari 2025, peningkatan Juli 2025',
    indicator: 17,
    instansi: SABANA,
    range: [5, 5],
    because: 'tingkat 5: jaringan intra diterapkan di seluruh 41 perangkat daerah (tingkat 3), terinterkoneksi dengan Jaringan Intra Pemerintah (tingkat 4), dievaluasi 22 Januari 2025 dengan temuan, dan ditindaklanjuti dengan perbaikan (penambahan jalur cadangan dan bandwidth, BAST Juli 2025)',
    docs: [
      laporan({
        path: 'DISKOMINFOTIKSAN/Laporan Layanan Jaringan Intra 2024.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'LAPORAN PENYELENGGARAAN LAYANAN JARINGAN INTRA PEMERINTAH PROVINSI TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Laporan ini menyajikan kondisi jaringan intra Pemerintah Provinsi Sabana Timur tahun 2024.'] },
          {
            judul: 'CAKUPAN JARINGAN',
            isi: [
              'Tabel 2.1 Perangkat daerah terhubung: seluruh 41 perangkat daerah terhubung jaringan intra melalui fiber optik dan VPN IP untuk UPTD kepulauan.',
              'Tabel 2.2 Interkoneksi: jaringan intra provinsi terhubung ke Jaringan Intra Pemerintah (JIP) Kementerian Kominfo dan ke jaringan intra 6 kabupaten/kota.',
            ],
          },
          { judul: 'KINERJA', isi: ['Tabel 3.1 Ketersediaan rata-rata 98,7 persen; gangguan terbanyak di 4 UPTD kepulauan.'] },
          { judul: 'PENUTUP', isi: ['Evaluasi menyeluruh dilaksanakan awal tahun 2025.'] },
        ],
        place: ST_PLACE,
        date: '30 Desember 2024',
        signer: 'Kepala Dinas',
      }),
      notulen({
        path: 'DISKOMINFOTIKSAN/Risalah Evaluasi Jaringan Intra 2025.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'REVIU DAN EVALUASI LAYANAN JARINGAN INTRA PEMERINTAH PROVINSI',
        waktu: 'Rabu, 22 Januari 2025',
        tempat: 'Ruang Rapat Bidang Infrastruktur TIK',
        peserta: 'Bidang Infrastruktur TIK, Bidang Persandian, 12 perangkat daerah pengguna',
        agenda: ['Evaluasi kinerja jaringan intra tahun 2024'],
        pembahasan: ['Ketersediaan UPTD kepulauan 93 persen, di bawah target 98 persen.', 'Bandwidth ke Kantor Gubernur penuh pada jam kerja.'],
        kesimpulan: ['Diperlukan jalur cadangan untuk UPTD kepulauan dan penambahan bandwidth.'],
        tindakLanjut: ['Pengadaan jalur cadangan VSAT untuk 4 UPTD dan penambahan bandwidth 1 Gbps pada semester I 2025.'],
        place: ST_PLACE,
        date: '22 Januari 2025',
      }),
      {
        path: 'DISKOMINFOTIKSAN/BAST Peningkatan Jaringan Intra 2025.pdf',
        pages: [
          `${ST_KOP}\n${ST_KOMINFO}\nBERITA ACARA SERAH TERIMA PEKERJAAN\nNomor : 027/BAST/412/2025\n` +
            'Pada hari ini Kamis tanggal sepuluh Juli tahun dua ribu dua puluh lima, telah diserahterimakan pekerjaan peningkatan layanan jaringan intra sebagai tindak lanjut hasil evaluasi tanggal 22 Januari 2025, berupa:\n' +
            '1. Jalur cadangan VSAT pada 4 UPTD kepulauan.\n2. Penambahan bandwidth Kantor Gubernur menjadi 1 Gbps.\n' +
            'Hasil uji: ketersediaan UPTD kepulauan Juni 2025 menjadi 99,1 persen.\nPihak Pertama, ttd\nPihak Kedua, ttd',
        ],
      },
    ],
  },
  // ======================= 19 Tim Koordinasi — 5 of 8 programmes
  {
    name: 'kk10 Lereng Merapu: laporan Tim Koordinasi SPBE, 5 dari 8 program kerja terlaksana',
    indicator: 19,
    instansi: MERAPU,
    range: [2, 2],
    because: 'tingkat 2: program kerja Tim Koordinasi direncanakan dan dilaksanakan sesuai rencana tetapi "tidak/belum dilaksanakan seluruhnya" (5 dari 8 program); tingkat 3 memerlukan seluruh program terlaksana',
    docs: [
      laporan({
        path: 'SETDA/Laporan Tim Koordinasi SPBE 2025.pdf',
        kop: LM_KOP,
        unit: 'TIM KOORDINASI SPBE KABUPATEN LERENG MERAPU',
        title: 'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Tim Koordinasi SPBE dibentuk dengan Keputusan Bupati dan menetapkan 8 program kerja tahun 2025.'] },
          {
            judul: 'PELAKSANAAN PROGRAM KERJA',
            isi: [
              'Tabel 2.1 Capaian program kerja 2025:',
              '1. Penyusunan Perbup Arsitektur SPBE - terlaksana',
              '2. Konsolidasi server ke Pusat Data - terlaksana',
              '3. Bimbingan teknis SRIKANDI - terlaksana',
              '4. Penyusunan katalog aplikasi - terlaksana',
              '5. Evaluasi mandiri SPBE - terlaksana',
              '6. Audit keamanan aplikasi - belum terlaksana (anggaran tidak tersedia)',
              '7. Penyusunan Peta Rencana SPBE - belum terlaksana',
              '8. Manajemen risiko SPBE - belum terlaksana',
              'Jumlah: 5 dari 8 program kerja terlaksana.',
            ],
          },
          { judul: 'KENDALA', isi: ['Keterbatasan anggaran dan SDM teknis.'] },
          { judul: 'PENUTUP', isi: ['Program yang belum terlaksana dialihkan ke tahun 2026.'] },
        ],
        place: LM_PLACE,
        date: '10 November 2025',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
    ],
  },

  // ================================================================ MANAJEMEN DAN AUDIT (21-31)
  // ======================= 21 Risiko — per pedoman, strategic policy, all units, review within a 3-year window
  {
    name: 'kk10 Sabana Timur: manajemen risiko SPBE seluruh perangkat daerah sesuai pedoman, reviu Juni 2023 (masa reviu 3 tahun)',
    indicator: 21,
    instansi: SABANA,
    masaBerlakuReviuTahun: 3,
    range: [4, 4],
    because: 'tingkat 4: manajemen risiko mengacu PermenPANRB 5/2020 (tingkat 3), kebijakan strategis ditetapkan Tim Koordinasi dan diterapkan ke seluruh 41 perangkat daerah, direviu 14 Juni 2023 (dalam masa reviu 3 tahun yang ditetapkan ruang kerja); belum ada perbaikan penerapan sebagai tindak lanjut (tingkat 5)',
    docs: [
      laporan({
        path: 'DISKOMINFOTIKSAN/Risiko/Laporan Manajemen Risiko SPBE 2023.pdf',
        kop: ST_KOP,
        unit: 'TIM KOORDINASI SPBE PROVINSI SABANA TIMUR',
        title: 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE PROVINSI SABANA TIMUR TAHUN 2023',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Manajemen risiko SPBE dilaksanakan berpedoman pada Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.'] },
          {
            judul: 'KEBIJAKAN DAN PENERAPAN',
            isi: [
              'Tabel 2.1 Kebijakan strategis: selera risiko, kategori risiko dan matriks analisis ditetapkan oleh Tim Koordinasi SPBE pada rapat 9 Januari 2023.',
              'Tabel 2.2 Penerapan: seluruh 41 perangkat daerah menyusun register risiko SPBE (identifikasi, analisis, evaluasi, penanganan).',
            ],
          },
          { judul: 'PEMANTAUAN', isi: ['Tabel 3.1 Risiko sangat tinggi: 7 risiko, seluruhnya memiliki rencana penanganan.'] },
          { judul: 'PENUTUP', isi: ['Laporan disampaikan kepada Gubernur.'] },
        ],
        place: ST_PLACE,
        date: '30 Mei 2023',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
      notulen({
        path: 'DISKOMINFOTIKSAN/Risiko/Risalah Reviu Manajemen Risiko SPBE 2023.pdf',
        kop: ST_KOP,
        unit: 'TIM KOORDINASI SPBE PROVINSI SABANA TIMUR',
        title: 'REVIU DAN EVALUASI PENERAPAN MANAJEMEN RISIKO SPBE',
        waktu: 'Rabu, 14 Juni 2023',
        tempat: 'Ruang Rapat Sekretaris Daerah',
        peserta: 'Tim Koordinasi SPBE, Inspektorat, perwakilan perangkat daerah',
        agenda: ['Reviu penerapan manajemen risiko SPBE tahun 2023'],
        pembahasan: ['Register risiko 9 perangkat daerah belum memuat risiko positif.', 'Pemantauan penanganan risiko belum dilaporkan triwulanan.'],
        kesimpulan: ['Penerapan telah sesuai pedoman dengan catatan.'],
        tindakLanjut: ['Perangkat daerah melengkapi register risiko.'],
        place: ST_PLACE,
        date: '14 Juni 2023',
      }),
    ],
  },
  // ======================= 22 Keamanan Informasi — under construction
  {
    name: 'kk10 Lereng Merapu: pengendalian keamanan informasi masih tahap pembangunan (SOC dan WAF belum beroperasi)',
    indicator: 22,
    instansi: MERAPU,
    range: [1, 1],
    pending: 'gets 2: the reasons take a progress report of controls still being built (no OPD protected yet) as documented, planned execution at tingkat 2',
    because: 'tingkat 1: "pengendalian Keamanan Informasi belum atau telah tersedia dalam tahap pembangunan"; SOC dan firewall aplikasi web masih dalam pengadaan/instalasi, belum dilaksanakan pada perangkat daerah (tingkat 2)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Persandian/Laporan Kemajuan Pembangunan Pengendalian Keamanan 2025.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        title: 'LAPORAN KEMAJUAN PEMBANGUNAN PENGENDALIAN KEAMANAN INFORMASI TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Kabupaten belum memiliki pengendalian keamanan informasi yang beroperasi; tahun 2025 dimulai pembangunan Security Operation Center (SOC) sederhana dan firewall aplikasi web (WAF).'] },
          {
            judul: 'KEMAJUAN PEKERJAAN',
            isi: [
              'Tabel 2.1 Progres: pengadaan perangkat WAF - kontrak ditandatangani (40 persen); instalasi SIEM untuk SOC - tahap instalasi (25 persen); penyusunan prosedur penanganan insiden - draf.',
              'Tabel 2.2 Perangkat daerah yang telah dilindungi: belum ada.',
            ],
          },
          { judul: 'KENDALA', isi: ['Tenaga sandiman hanya 2 orang.'] },
          { judul: 'PENUTUP', isi: ['Target operasi awal Triwulan I 2026.'] },
        ],
        place: LM_PLACE,
        date: '15 Oktober 2025',
        signer: 'Kepala Dinas Komunikasi dan Informatika',
      }),
    ],
  },
  // ======================= 24 Aset TIK — OCR-damaged ad hoc inventory
  {
    name: 'kk10 Sabana Timur: pindaian rusak hasil inventarisasi perangkat TIK sewaktu-waktu',
    indicator: 24,
    instansi: SABANA,
    range: [1, 1],
    because: 'tingkat 1: inventarisasi perangkat TIK dilakukan sewaktu-waktu atas permintaan BPKAD, "tanpa program kegiatan yang terarah dan terencana"; tidak ada rencana atau pedoman manajemen aset TIK (tingkat 2-3)',
    docs: [
      {
        path: 'DISKOMINFOTIKSAN/Aset/Scan Inventarisasi Perangkat TIK.pdf',
        pages: [
          'PEMERlNTAH PROVlNSl SABANA TlMUR\nD1NAS KOMUN1KASI, 1NFORMATIKA, STAT1STIK DAN PERSAND1AN\n' +
            'HAS1L lNVENTAR1SASI PERANGKAT TlK\nDilaksanakan sewaktu-waktu atas perm1ntaan BPKAD untuk rekonsi1iasi KIB B\n' +
            'No | Nama Barang | Merk/Tipe | Jum1ah | Kondisi | Lokasi\n' +
            '1 | Server rak | De1l R740 | 4 | Baik | Ruang Server\n2 | Sw1tch core | C1sco 9300 | 2 | Baik | Ruang Server\n' +
            '3 | Komputer PC | HP Pro0esk | 1l8 | 87 baik, 31 rusak rin9an | Se1uruh bidang\n4 | Laptop | Leno\\/o | 46 | Baik | Bidang\n' +
            '5 | UPS | APC 10 kVA | 2 | 1 rusak berat | Ruang Server\n' +
            'Catatan : pencatatan be1um mengikuti pedoman; tidak ada rencana kebutuhan maupun usu1an penghapusan.\n' +
            'Tanah Rurnpun, 9 Apri1 2025\nPengurus Barang, ttd',
        ],
      },
    ],
  },
  // ======================= 25 Kompetensi SDM — planned, all six competences
  {
    name: 'kk10 Lereng Merapu: rencana kebutuhan SDM SPBE dan pemenuhan keenam bidang kompetensi',
    indicator: 25,
    instansi: MERAPU,
    range: [3, 3],
    because: 'tingkat 3: pemenuhan kompetensi sesuai rencana kebutuhan SDM SPBE, dan keenam bidang (proses bisnis, arsitektur, data dan informasi, keamanan, aplikasi, infrastruktur) terpenuhi; penilaian kompetensi dan reviu (tingkat 4) tidak ada',
    docs: [
      laporan({
        path: 'BKPSDM/Laporan Pemenuhan Kompetensi SDM SPBE 2025.pdf',
        kop: LM_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Pemenuhan kompetensi dilaksanakan berdasarkan Rencana Kebutuhan SDM SPBE 2024-2026 yang disusun BKPSDM bersama Diskominfo.'] },
          {
            judul: 'PEMENUHAN KOMPETENSI',
            isi: [
              'Tabel 2.1 Realisasi pelatihan 2025 terhadap rencana:',
              'Proses bisnis pemerintahan: 6 orang (rencana 6) - Pelatihan Penyusunan Peta Proses Bisnis, LAN',
              'Arsitektur SPBE: 4 orang (rencana 4) - Bimtek Arsitektur SPBE, Kementerian PANRB',
              'Data dan informasi: 8 orang (rencana 8) - Pelatihan Walidata, BPS',
              'Keamanan SPBE: 5 orang (rencana 5) - Pelatihan Sandiman dan Security Awareness, BSSN',
              'Aplikasi SPBE: 7 orang (rencana 7) - Pelatihan Pengembangan Aplikasi Web, Digital Talent Scholarship',
              'Infrastruktur SPBE: 4 orang (rencana 4) - Pelatihan Administrasi Jaringan, BPSDMP Kominfo',
              'Seluruh bidang kompetensi SPBE terpenuhi sesuai rencana.',
            ],
          },
          { judul: 'KENDALA', isi: ['Belum tersedia asesor untuk uji kompetensi.'] },
          { judul: 'PENUTUP', isi: ['Laporan disampaikan kepada Tim Koordinasi SPBE.'] },
        ],
        place: LM_PLACE,
        date: '28 November 2025',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  // ======================= 27 Manajemen Perubahan — revision dated before the review
  {
    name: 'kk10 Sabana Timur: manajemen perubahan seluruh perangkat daerah, reviu September 2024, revisi pedoman bertanggal Maret 2024',
    indicator: 27,
    instansi: SABANA,
    range: [4, 4],
    because: 'tingkat 4: manajemen perubahan direncanakan dan dilaksanakan seluruh perangkat daerah sesuai pedoman (tingkat 3) dan direviu 18 September 2024; revisi pedoman bertanggal 4 Maret 2024, sebelum reviu, sehingga bukan tindak lanjut hasil reviu (tingkat 5)',
    docs: [
      laporan({
        path: 'SETDA/Biro Organisasi/Laporan Manajemen Perubahan SPBE 2024.pdf',
        kop: ST_KOP,
        unit: 'BIRO ORGANISASI SEKRETARIAT DAERAH',
        title: 'LAPORAN PELAKSANAAN MANAJEMEN PERUBAHAN SPBE TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Manajemen perubahan SPBE dilaksanakan sesuai Rencana Manajemen Perubahan 2024 dan Pedoman Manajemen Perubahan SPBE Provinsi.'] },
          {
            judul: 'PELAKSANAAN',
            isi: [
              'Tabel 2.1 Seluruh 41 perangkat daerah melaksanakan tahapan: identifikasi perubahan, analisis dampak, rencana komunikasi, pendampingan pengguna, pemantauan adopsi.',
              'Tabel 2.2 Perubahan utama: peralihan naskah dinas ke SRIKANDI dan penggunaan tanda tangan elektronik.',
            ],
          },
          { judul: 'HASIL', isi: ['Tabel 3.1 Tingkat adopsi SRIKANDI 92 persen pegawai.'] },
          { judul: 'PENUTUP', isi: ['Laporan ini menjadi bahan reviu.'] },
        ],
        place: ST_PLACE,
        date: '30 Juli 2024',
        signer: 'Kepala Biro Organisasi',
      }),
      {
        path: 'SETDA/Biro Organisasi/Pedoman Manajemen Perubahan SPBE Revisi 1.pdf',
        pages: [
          `${ST_KOP}\nBIRO ORGANISASI SEKRETARIAT DAERAH\nPEDOMAN MANAJEMEN PERUBAHAN SPBE PROVINSI SABANA TIMUR (REVISI 1)\n` +
            'BAB 1 PENDAHULUAN\nRevisi 1 menyesuaikan pedoman dengan penerapan SRIKANDI.\nBAB 2 TAHAPAN\nIdentifikasi, analisis dampak, komunikasi, pendampingan, pemantauan.\n' +
            `${ST_PLACE}, 4 Maret 2024\nKepala Biro Organisasi`,
        ],
      },
      notulen({
        path: 'SETDA/Biro Organisasi/Risalah Reviu Manajemen Perubahan 2024.pdf',
        kop: ST_KOP,
        unit: 'BIRO ORGANISASI SEKRETARIAT DAERAH',
        title: 'REVIU DAN EVALUASI PELAKSANAAN MANAJEMEN PERUBAHAN SPBE',
        waktu: 'Rabu, 18 September 2024',
        tempat: 'Ruang Rapat Biro Organisasi',
        peserta: 'Biro Organisasi, Diskominfotiksan, BKD, perwakilan perangkat daerah',
        agenda: ['Reviu pelaksanaan manajemen perubahan SPBE 2024'],
        pembahasan: ['Pendampingan pengguna di UPTD belum merata.', 'Pemantauan adopsi belum memakai indikator yang seragam.'],
        kesimpulan: ['Pedoman perlu memuat indikator adopsi yang seragam.'],
        tindakLanjut: ['Biro Organisasi menyusun indikator adopsi pada tahun 2025.'],
        place: ST_PLACE,
        date: '18 September 2024',
      }),
    ],
  },
  // ======================= 28 Manajemen Layanan — service desk app, review with recommendations only
  {
    name: 'kk10 Lereng Merapu: layanan SPBE dikelola melalui aplikasi LAPOR-TIK, evaluasi dengan rekomendasi saja',
    indicator: 28,
    instansi: MERAPU,
    range: [4, 4],
    because: 'tingkat 4: manajemen layanan direncanakan, mencakup pelayanan pengguna dan pengoperasian layanan (tingkat 3), memakai aplikasi manajemen layanan LAPOR-TIK, dan dievaluasi Juni 2025; evaluasi hanya berisi rekomendasi tanpa bukti perbaikan (tingkat 5)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Layanan/Laporan Manajemen Layanan SPBE 2025.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        title: 'LAPORAN MANAJEMEN LAYANAN SPBE SEMESTER I TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Manajemen layanan dilaksanakan sesuai Rencana Kerja Layanan SPBE 2025 dan SOP Pelayanan Pengguna.'] },
          {
            judul: 'PELAYANAN PENGGUNA',
            isi: ['Tabel 2.1 Tiket layanan melalui aplikasi LAPOR-TIK (helpdesk): 1.284 tiket; 1.197 selesai; rata-rata penyelesaian 6,2 jam.'],
          },
          { judul: 'PENGOPERASIAN LAYANAN', isi: ['Tabel 3.1 Pemantauan 24 jam pusat data dan jaringan; pencadangan harian 61 aplikasi; pemeliharaan terjadwal bulanan.'] },
          { judul: 'PENUTUP', isi: ['Laporan menjadi bahan evaluasi layanan.'] },
        ],
        place: LM_PLACE,
        date: '5 Juli 2025',
        signer: 'Kepala Dinas Komunikasi dan Informatika',
      }),
      screen('DISKOMINFO/Layanan/SS LAPOR-TIK Dasbor Tiket.png', [
        'https://laportik.lerengmerapukab.go.id/dashboard',
        'LAPOR-TIK - Aplikasi Manajemen Layanan TIK Kabupaten Lereng Merapu',
        'Tiket Baru | Antrian | Eskalasi | Basis Pengetahuan | SLA | Laporan',
        'No Tiket   Pelapor          Kategori        Prioritas   Status',
        'LT-25-1284 Dinas Pendidikan  Akun SRIKANDI   Sedang      Selesai',
        'LT-25-1283 Bapenda           Jaringan        Tinggi      Eskalasi Tingkat 2',
      ]),
      notulen({
        path: 'DISKOMINFO/Layanan/Risalah Evaluasi Manajemen Layanan 2025.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        title: 'EVALUASI MANAJEMEN LAYANAN SPBE SEMESTER I TAHUN 2025',
        waktu: 'Jumat, 20 Juni 2025',
        tempat: 'Ruang Rapat Diskominfo',
        peserta: 'Bidang Aplikasi Informatika, Bidang Infrastruktur, admin OPD',
        agenda: ['Evaluasi kinerja layanan SPBE semester I'],
        pembahasan: ['87 tiket melewati batas SLA.', 'Basis pengetahuan belum dimanfaatkan admin OPD.'],
        kesimpulan: ['Kinerja layanan cukup baik.'],
        tindakLanjut: ['Rekomendasi: penambahan petugas helpdesk dan sosialisasi basis pengetahuan (belum dijadwalkan).'],
        place: LM_PLACE,
        date: '20 Juni 2025',
      }),
    ],
  },
  // ======================= 30 Audit Aplikasi — external certified auditor, English report, follow-up
  {
    name: 'kk10 Sabana Timur: audit aplikasi SIMPATIK oleh auditor eksternal bersertifikat CISA (laporan berbahasa Inggris) dan tindak lanjut',
    indicator: 30,
    instansi: SABANA,
    range: [5, 5],
    because: 'tingkat 5: audit aplikasi terencana (program audit tahunan), mengikuti pedoman audit aplikasi, dilaksanakan auditor eksternal bersertifikat CISA (tingkat 4), dan temuannya ditindaklanjuti dengan perbaikan aplikasi (laporan tindak lanjut Juni 2025)',
    docs: [
      laporan({
        path: 'DISKOMINFOTIKSAN/Audit/Program Audit TIK 2024-2026.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'PROGRAM AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI TAHUN 2024-2026',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Program audit TIK disusun berkesinambungan untuk tiga tahun dan berpedoman pada pedoman audit aplikasi SPBE.'] },
          { judul: 'JADWAL', isi: ['Tabel 2.1 Audit aplikasi: 2024 e-Audit Inspektorat; 2025 SIMPATIK; 2026 SIMRAL. Pelaksana: auditor eksternal bersertifikat.'] },
        ],
        place: ST_PLACE,
        date: '8 Januari 2024',
        signer: 'Kepala Dinas',
      }),
      {
        path: 'DISKOMINFOTIKSAN/Audit/SIMPATIK Application Audit Report 2025.pdf',
        pages: [
          'PT AUDITAMA SISTEM NUSANTARA\nINDEPENDENT IT APPLICATION AUDIT REPORT\nClient: Government of Sabana Timur Province - Dinas Komunikasi, Informatika, Statistik dan Persandian\n' +
            'Application: SIMPATIK (Integrated Licensing Information System)\nAudit period: 3 - 28 February 2025\nReport date: 14 March 2025\n' +
            '1. Scope and Methodology\nThe audit followed the national SPBE application audit guideline and COBIT 2019 / ISO/IEC 27002 controls: application controls, access control, input validation, change management and audit trail.\n' +
            '2. Audit Team\nLead auditor: Rina Kartikasari, CISA (ISACA certificate no. 21xxxx)\nAuditor: Dimas Prakoso, CISA, CISSP\n' +
            '3. Findings\nF-01 (High) Session tokens do not expire after logout.\nF-02 (Medium) Role "verifikator" can approve its own submission.\nF-03 (Low) Audit trail is not retained beyond 90 days.\n' +
            '4. Recommendations\nInvalidate tokens on logout; enforce segregation of duties; retain audit logs for 2 years.\n' +
            'Signed, Rina Kartikasari, CISA - Engagement Lead',
        ],
      },
      laporan({
        path: 'DISKOMINFOTIKSAN/Audit/Laporan Tindak Lanjut Audit SIMPATIK 2025.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'LAPORAN TINDAK LANJUT HASIL AUDIT APLIKASI SIMPATIK TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Laporan ini menyajikan tindak lanjut atas temuan audit aplikasi oleh PT Auditama Sistem Nusantara tanggal 14 Maret 2025.'] },
          {
            judul: 'TINDAK LANJUT TEMUAN',
            isi: [
              'Tabel 2.1 F-01: token sesi dihapus saat keluar - selesai (rilis 4.2, 21 April 2025).',
              'Tabel 2.2 F-02: pemisahan peran verifikator dan penyetuju - selesai (rilis 4.2).',
              'Tabel 2.3 F-03: retensi jejak audit 2 tahun - selesai (5 Juni 2025).',
            ],
          },
          { judul: 'VERIFIKASI', isi: ['Auditor melakukan uji ulang pada 12 Juni 2025; seluruh temuan dinyatakan tuntas.'] },
          { judul: 'PENUTUP', isi: ['Seluruh rekomendasi telah ditindaklanjuti.'] },
        ],
        place: ST_PLACE,
        date: '16 Juni 2025',
        signer: 'Kepala Dinas',
      }),
    ],
  },
  // ======================= 31 Audit Keamanan — internal auditors per guideline, planned
  {
    name: 'kk10 Lereng Merapu: audit keamanan SPBE oleh Inspektorat dan Diskominfo sesuai pedoman, terencana tahunan',
    indicator: 31,
    instansi: MERAPU,
    range: [3, 3],
    because: 'tingkat 3: audit keamanan direncanakan berkesinambungan dan dilaksanakan sesuai pedoman audit keamanan SPBE oleh auditor internal (Inspektorat dan sandiman Diskominfo); bukan auditor eksternal bersertifikat (tingkat 4)',
    docs: [
      laporan({
        path: 'INSPEKTORAT/Laporan Audit Keamanan SPBE 2025.pdf',
        kop: LM_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL AUDIT KEAMANAN SPBE TAHUN 2025',
        nomor: '700/LHA-KAM/07/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Audit keamanan SPBE merupakan bagian dari Program Kerja Pengawasan Tahunan dan Rencana Audit Keamanan SPBE 2024-2026, dilaksanakan berpedoman pada Peraturan BSSN tentang Pedoman Audit Keamanan SPBE.'] },
          { judul: 'TIM AUDIT', isi: ['Tabel 2.1 Tim audit internal: 2 auditor Inspektorat dan 2 sandiman Diskominfo; tim belum memiliki sertifikat auditor keamanan informasi.'] },
          {
            judul: 'HASIL AUDIT',
            isi: ['Tabel 3.1 Objek audit: portal kabupaten, SIPAKAR, pusat data.', 'Tabel 3.2 Temuan: 2 kerentanan tinggi (versi CMS usang, port basis data terbuka), 5 kerentanan sedang.'],
          },
          { judul: 'REKOMENDASI', isi: ['Pemutakhiran CMS dan penutupan port basis data paling lambat 30 hari.'] },
        ],
        place: LM_PLACE,
        date: '22 Juli 2025',
        signer: 'Inspektur Daerah',
      }),
    ],
  },

  // ================================================================ SERVICES (32-47)
  // ======================= 33 Penganggaran — upload/download and search
  {
    name: 'kk10 Lereng Merapu: SIMRAGA unggah dan unduh dokumen RKA, pencarian per OPD',
    indicator: 33,
    instansi: MERAPU,
    range: [2, 2],
    pending: 'gets 0: no document is accepted for indicator 33; the SIMRAGA screen and manual (repositori RKA/DPA with search, upload, download) are not mapped to the budgeting service',
    because: 'tingkat 2: layanan penganggaran elektronik menyediakan pencarian, unggah dan unduh dokumen RKA/DPA; tidak ada otomasi alur kerja, validasi atau persetujuan (tingkat 3)',
    docs: [
      screen('BPKAD/SS SIMRAGA Dokumen Anggaran.png', [
        'https://simraga.lerengmerapukab.go.id/dokumen',
        'SIMRAGA - Sistem Informasi Repositori Anggaran Kabupaten Lereng Merapu',
        'Beranda | Dokumen RKA | Dokumen DPA | Unggah Dokumen | Pencarian',
        'Cari: [ Dinas Kesehatan ]  Tahun: [ 2025 ]  [Cari]',
        'No  Dokumen                          OPD               Tanggal Unggah   Aksi',
        '1   RKA-SKPD 2025 (PDF)              Dinas Kesehatan   12-09-2024       [Unduh]',
        '2   DPA-SKPD 2025 (PDF)              Dinas Kesehatan   03-01-2025       [Unduh]',
        '[ + Unggah Dokumen ]  Format PDF, maksimal 20 MB',
      ]),
      laporan({
        path: 'BPKAD/Panduan Pengguna SIMRAGA.pdf',
        kop: LM_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'PANDUAN PENGGUNA APLIKASI SIMRAGA',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['SIMRAGA adalah repositori dokumen penganggaran (RKA-SKPD, DPA-SKPD dan perubahannya).'] },
          { judul: 'FITUR', isi: ['Tabel 2.1 Fitur: pencarian dokumen per OPD dan tahun; unggah dokumen PDF oleh admin OPD; unduh dokumen oleh pengguna.', 'Penyusunan dan persetujuan anggaran tetap dilakukan di luar aplikasi.'] },
        ],
        place: LM_PLACE,
        date: '2 Januari 2025',
        signer: 'Kepala BPKAD',
      }),
    ],
  },
  // ======================= 35 Pengadaan — transactions and integration
  {
    name: 'kk10 Sabana Timur: SPSE e-tender dan integrasi SiRUP, SIPD serta e-Katalog',
    indicator: 35,
    instansi: SABANA,
    range: [4, 4],
    because: 'tingkat 4: layanan pengadaan menyediakan transaksi (e-tender, evaluasi, penetapan pemenang, kontrak elektronik) dan kolaborasi dengan layanan lain (SiRUP LKPP, SIPD penganggaran, e-Katalog); tidak ada perbaikan pascareviu (tingkat 5)',
    docs: [
      laporan({
        path: 'BIRO PBJ/Laporan Layanan Pengadaan Secara Elektronik 2025.pdf',
        kop: ST_KOP,
        unit: 'BIRO PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH',
        title: 'LAPORAN PENYELENGGARAAN LAYANAN PENGADAAN SECARA ELEKTRONIK TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['LPSE Provinsi Sabana Timur menyelenggarakan Sistem Pengadaan Secara Elektronik (SPSE) versi 4.5.'] },
          {
            judul: 'LAYANAN TRANSAKSI',
            isi: ['Tabel 2.1 Paket e-tender 2025: 312 paket; pemasukan penawaran, evaluasi, penetapan pemenang dan sanggah dilakukan daring; kontrak elektronik melalui e-Kontrak.'],
          },
          {
            judul: 'INTEGRASI',
            isi: ['Tabel 3.1 Integrasi: SiRUP LKPP (rencana umum pengadaan ditarik otomatis), SIPD Kemendagri (pagu sub kegiatan), e-Katalog LKPP (e-purchasing), dan SIMRAL BPKAD (data kontrak untuk SP2D).'],
          },
          { judul: 'PENUTUP', isi: ['Layanan berjalan stabil.'] },
        ],
        place: ST_PLACE,
        date: '1 Oktober 2025',
        signer: 'Kepala Biro Pengadaan Barang dan Jasa',
      }),
      screen('BIRO PBJ/SS SPSE Tender.png', [
        'https://spse.sabanatimurprov.go.id/eproc4/lelang',
        'LPSE Provinsi Sabana Timur - SPSE 4.5',
        'Cari Paket | Tender | Non Tender | Pencatatan | Regulasi | Kontak',
        'Kode Tender  Nama Paket                           HPS              Tahap',
        '10284125     Rehabilitasi Gedung UPTD Samsat Timur  Rp 2.140.000.000  Evaluasi Penawaran',
        'Sumber RUP: SiRUP  |  Kode RUP 48211932',
      ]),
    ],
  },
  // ======================= 37 Kearsipan — SRIKANDI workflow, integration planned only
  {
    name: 'kk10 Lereng Merapu: SRIKANDI naskah masuk dan disposisi berjenjang, integrasi dengan SIASN baru direncanakan',
    indicator: 37,
    instansi: MERAPU,
    range: [3, 3],
    because: 'tingkat 3: layanan kearsipan dinamis menyediakan transaksi (registrasi naskah, disposisi berjenjang, persetujuan dan tanda tangan elektronik); integrasi dengan layanan kepegawaian baru "akan diintegrasikan", sehingga kolaborasi (tingkat 4) belum ada',
    docs: [
      laporan({
        path: 'SETDA/Bagian Umum/Laporan Penerapan SRIKANDI 2025.pdf',
        kop: LM_KOP,
        unit: 'BAGIAN UMUM SEKRETARIAT DAERAH',
        title: 'LAPORAN PENERAPAN APLIKASI UMUM BIDANG KEARSIPAN DINAMIS (SRIKANDI) TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['SRIKANDI digunakan seluruh 29 perangkat daerah sejak Januari 2024.'] },
          {
            judul: 'FITUR YANG DIGUNAKAN',
            isi: ['Tabel 2.1 Registrasi naskah masuk dan keluar; disposisi berjenjang; verifikasi dan persetujuan konsep naskah; tanda tangan elektronik BSrE; pemberkasan arsip aktif.', 'Tabel 2.2 Jumlah naskah 2025: 41.220 naskah.'],
          },
          { judul: 'RENCANA', isi: ['Data pegawai dan jabatan di SRIKANDI masih diisi manual; integrasi dengan SIASN akan diintegrasikan pada tahun 2026.'] },
          { judul: 'PENUTUP', isi: ['SRIKANDI menjadi satu-satunya aplikasi naskah dinas.'] },
        ],
        place: LM_PLACE,
        date: '3 September 2025',
        signer: 'Kepala Bagian Umum',
      }),
      screen('SETDA/Bagian Umum/SS SRIKANDI Disposisi.png', [
        'https://srikandi.arsip.go.id/naskah-masuk/disposisi',
        'SRIKANDI - Pemerintah Kabupaten Lereng Merapu',
        'Naskah Masuk | Naskah Keluar | Disposisi | Persetujuan | Pemberkasan',
        'Disposisi: Kepala Bagian Umum -> Kasubbag Tata Usaha   Instruksi: Tindak lanjuti   Batas: 5 hari',
        '[ Kirim Disposisi ]  [ Setujui Konsep ]  [ Tandatangani (BSrE) ]',
      ]),
    ],
  },
  // ======================= 39 Pengawasan Internal — workflow, integration, review, improvement after it
  {
    name: 'kk10 Sabana Timur: e-Audit Inspektorat terhubung e-SAKIP dan SIMPEG, reviu Oktober 2024, rilis 2.3 Februari 2025',
    indicator: 39,
    instansi: SABANA,
    range: [5, 5],
    because: 'tingkat 5: e-Audit menyediakan alur kerja penugasan, kertas kerja dan persetujuan (tingkat 3), berbagi data dengan e-SAKIP dan SIMPEG (tingkat 4), direviu 24 Oktober 2024 dan diperbaiki sebagai tindak lanjutnya pada rilis 2.3 tanggal 17 Februari 2025',
    docs: [
      laporan({
        path: 'INSPEKTORAT/Profil Aplikasi e-Audit.pdf',
        kop: ST_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'PROFIL APLIKASI PENGAWASAN INTERNAL E-AUDIT',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['e-Audit mendukung pengawasan internal Inspektorat Provinsi Sabana Timur.'] },
          { judul: 'FITUR', isi: ['Tabel 2.1 Penyusunan PKPT, surat tugas elektronik, kertas kerja audit, reviu berjenjang dan persetujuan Inspektur, pemantauan tindak lanjut temuan.'] },
          { judul: 'INTEGRASI', isi: ['Tabel 3.1 e-Audit membaca capaian kinerja perangkat daerah dari e-SAKIP dan data auditor dari SIMPEG melalui API.'] },
        ],
        place: ST_PLACE,
        date: '2 Mei 2024',
        signer: 'Inspektur',
      }),
      notulen({
        path: 'INSPEKTORAT/Risalah Reviu Layanan e-Audit 2024.pdf',
        kop: ST_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN PENGAWASAN INTERNAL BERBASIS ELEKTRONIK (E-AUDIT)',
        waktu: 'Kamis, 24 Oktober 2024',
        tempat: 'Ruang Rapat Inspektorat',
        peserta: 'Inspektorat, Diskominfotiksan, Biro Organisasi',
        agenda: ['Reviu kesesuaian e-Audit dengan Peraturan BPKP tentang pengawasan intern berbasis risiko'],
        pembahasan: ['e-Audit belum mendukung perencanaan pengawasan berbasis risiko.', 'Notifikasi batas waktu tindak lanjut belum ada.'],
        kesimpulan: ['e-Audit perlu dikembangkan.'],
        tindakLanjut: ['Diskominfotiksan menambah modul perencanaan berbasis risiko dan notifikasi tindak lanjut pada rilis 2.3.'],
        place: ST_PLACE,
        date: '24 Oktober 2024',
      }),
      laporan({
        path: 'INSPEKTORAT/Catatan Rilis e-Audit 2.3.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'CATATAN RILIS APLIKASI E-AUDIT VERSI 2.3',
        bab: [
          { judul: 'LATAR BELAKANG', isi: ['Rilis 2.3 merupakan tindak lanjut hasil reviu layanan e-Audit tanggal 24 Oktober 2024.'] },
          { judul: 'PERUBAHAN', isi: ['Tabel 2.1 Modul perencanaan pengawasan berbasis risiko - selesai.', 'Tabel 2.2 Notifikasi batas waktu tindak lanjut temuan melalui surel - selesai.'] },
        ],
        place: ST_PLACE,
        date: '17 Februari 2025',
        signer: 'Kepala Bidang Aplikasi Informatika',
      }),
    ],
  },
  // ======================= 41 Kinerja Pegawai — information page only
  {
    name: 'kk10 Lereng Merapu: halaman informasi jadwal pelaporan kinerja pegawai di laman BKPSDM',
    indicator: 41,
    instansi: MERAPU,
    range: [1, 1],
    because: 'tingkat 1: laman hanya menyajikan informasi (jadwal, dasar hukum, pengumuman) tentang kinerja pegawai; tidak ada pencarian, unggah atau unduh (tingkat 2) maupun transaksi',
    docs: [
      screen('BKPSDM/SS Laman Informasi Kinerja Pegawai.png', [
        'https://bkpsdm.lerengmerapukab.go.id/informasi/kinerja-pegawai',
        'BKPSDM Kabupaten Lereng Merapu',
        'Beranda | Profil | Informasi | Berita | Kontak',
        'INFORMASI PENILAIAN KINERJA PEGAWAI TAHUN 2025',
        'Dasar: Peraturan Pemerintah Nomor 30 Tahun 2019 dan Peraturan Menteri PANRB Nomor 6 Tahun 2022.',
        'Jadwal: penyusunan SKP paling lambat 31 Januari 2025; evaluasi kinerja triwulanan; penilaian periodik akhir Desember 2025.',
        'Pengumuman: pegawai menyampaikan SKP dalam bentuk cetak kepada atasan langsung.',
        'Informasi lebih lanjut hubungi Bidang Penilaian Kinerja, telepon (0752) 41xxx.',
      ]),
    ],
  },
  // ======================= 43 Data Terbuka — search and download
  {
    name: 'kk10 Sabana Timur: portal data terbuka dengan pencarian dan unduh dataset CSV',
    indicator: 43,
    instansi: SABANA,
    range: [2, 2],
    because: 'tingkat 2: portal data terbuka menyediakan pencarian dan pengunduhan dataset; unggah oleh produsen dilakukan lewat surel ke walidata, tanpa validasi, alur persetujuan atau pertukaran data otomatis (tingkat 3)',
    docs: [
      screen('DISKOMINFOTIKSAN/Data/SS Portal Data Terbuka.png', [
        'https://data.sabanatimurprov.go.id/dataset',
        'Portal Data Terbuka Provinsi Sabana Timur',
        'Beranda | Dataset | Organisasi | Topik | Tentang',
        'Cari dataset: [ produksi padi ]  [Cari]',
        '218 dataset ditemukan',
        'Produksi Padi per Kabupaten 2024 - Dinas Pertanian - CSV  [Unduh]',
        'Luas Panen Padi 2020-2024 - Dinas Pertanian - XLSX  [Unduh]',
      ]),
      laporan({
        path: 'DISKOMINFOTIKSAN/Data/Laporan Pengelolaan Portal Data Terbuka 2025.pdf',
        kop: ST_KOP,
        unit: ST_KOMINFO,
        title: 'LAPORAN PENGELOLAAN PORTAL DATA TERBUKA TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Portal data terbuka menyajikan dataset perangkat daerah kepada publik.'] },
          { judul: 'LAYANAN', isi: ['Tabel 2.1 Fitur: pencarian dataset, unduh CSV/XLSX, daftar organisasi.', 'Produsen data mengirim berkas ke walidata melalui surel; walidata mengunggah secara manual.'] },
          { judul: 'CAPAIAN', isi: ['Tabel 3.1 Jumlah dataset 218; unduhan 2025: 9.412 kali.'] },
        ],
        place: ST_PLACE,
        date: '12 Agustus 2025',
        signer: 'Kepala Bidang Statistik',
      }),
    ],
  },
  // ======================= 45 Sector — PPDB online: transaction, integration, review, improvement
  {
    name: 'kk10 Lereng Merapu: PPDB daring SMP terhubung Dapodik dan Disdukcapil, evaluasi Agustus 2024, perbaikan rilis Mei 2025',
    indicator: 45,
    instansi: MERAPU,
    layananSektor: { '45': { nama: 'Layanan Penerimaan Peserta Didik Baru Daring', kataKunci: ['PPDB', 'penerimaan peserta didik baru'] } },
    range: [5, 5],
    because: 'tingkat 5: PPDB daring menyediakan transaksi (pendaftaran, verifikasi berkas, seleksi zonasi otomatis, pengumuman) dan kolaborasi dengan Dapodik Kemendikdasmen dan verifikasi NIK Disdukcapil (tingkat 4), dievaluasi 27 Agustus 2024 dan diperbaiki sebagai tindak lanjutnya (rilis 28 Mei 2025)',
    docs: [
      laporan({
        path: 'DISDIK/Laporan Penyelenggaraan PPDB Daring 2024.pdf',
        kop: LM_KOP,
        unit: 'DINAS PENDIDIKAN',
        title: 'LAPORAN PENYELENGGARAAN PENERIMAAN PESERTA DIDIK BARU (PPDB) DARING JENJANG SMP TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['PPDB SMP negeri Kabupaten Lereng Merapu diselenggarakan secara daring melalui ppdb.lerengmerapukab.go.id.'] },
          {
            judul: 'LAYANAN',
            isi: ['Tabel 2.1 Pendaftaran daring, unggah berkas, verifikasi oleh operator sekolah, seleksi zonasi otomatis berdasarkan titik koordinat, pengumuman dan daftar ulang daring.'],
          },
          { judul: 'INTEGRASI', isi: ['Tabel 3.1 Data calon peserta ditarik dari Dapodik Kementerian Pendidikan Dasar dan Menengah; NIK dan alamat diverifikasi melalui layanan data kependudukan Disdukcapil.'] },
          { judul: 'PENUTUP', isi: ['Pendaftar 2024: 4.812 calon peserta didik.'] },
        ],
        place: LM_PLACE,
        date: '22 Juli 2024',
        signer: 'Kepala Dinas Pendidikan',
      }),
      notulen({
        path: 'DISDIK/Risalah Evaluasi PPDB Daring 2024.pdf',
        kop: LM_KOP,
        unit: 'DINAS PENDIDIKAN',
        title: 'EVALUASI PENYELENGGARAAN PPDB DARING TAHUN 2024',
        waktu: 'Selasa, 27 Agustus 2024',
        tempat: 'Aula Dinas Pendidikan',
        peserta: 'Dinas Pendidikan, Diskominfo, Disdukcapil, 31 kepala SMP negeri',
        agenda: ['Evaluasi PPDB daring 2024 dan penyesuaian dengan ketentuan SPMB tahun 2025'],
        pembahasan: ['Server tidak mampu melayani lonjakan pada hari pertama.', 'Ketentuan nasional sistem penerimaan murid baru (SPMB) 2025 mengubah jalur zonasi menjadi jalur domisili.'],
        kesimpulan: ['Aplikasi perlu disesuaikan dengan ketentuan SPMB dan kapasitasnya ditingkatkan.'],
        tindakLanjut: ['Diskominfo dan Dinas Pendidikan mengembangkan jalur domisili dan antrean daring sebelum pendaftaran 2025.'],
        place: LM_PLACE,
        date: '27 Agustus 2024',
      }),
      laporan({
        path: 'DISDIK/Catatan Rilis Aplikasi SPMB 2025.pdf',
        kop: LM_KOP,
        unit: LM_KOMINFO,
        title: 'CATATAN RILIS APLIKASI PPDB/SPMB DARING TAHUN 2025',
        bab: [
          { judul: 'LATAR BELAKANG', isi: ['Rilis ini menindaklanjuti hasil evaluasi PPDB daring tanggal 27 Agustus 2024.'] },
          { judul: 'PERUBAHAN', isi: ['Tabel 2.1 Jalur domisili menggantikan jalur zonasi sesuai ketentuan SPMB 2025 - selesai.', 'Tabel 2.2 Antrean daring dan penambahan kapasitas server di Pusat Data Kabupaten - selesai.'] },
        ],
        place: LM_PLACE,
        date: '28 Mei 2025',
        signer: 'Kepala Bidang Aplikasi Informatika',
      }),
    ],
  },
];
