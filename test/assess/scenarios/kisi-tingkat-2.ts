/**
 * A level grid read from the criteria (issue 9 §4), indicators 24–47: for every indicator and every level 1–5, one
 * scenario whose evidence just meets that level and not the next, from each indicator's kriteria tingkat, bukti
 * dukung per tingkat and kriteria pemenuhan per tingkat (KepmenPANRB 962/2021).
 *
 * Process indicators 24–28: a draft, the minutes of its drafting, or work done ad hoc (1); planned, formally
 * documented work that does not yet meet the indicator's level-3 content (2); that content (3: the asset guideline
 * over planning, procurement, use and disposal; every competence area; a guideline and a knowledge-management
 * application; every unit by the change guideline; user service and service operation); level 4's own content
 * (strategy for all units, competence development and assessment, an integrated KM application in every unit, a
 * service-management application) with a review (4); an improvement after that review (5).
 * Audits 29–31: ad hoc (1); planned, part of the technical matters, no guideline (2); by the guideline, internal
 * auditors (3); external certified auditors (4); the findings followed up after the audit (5).
 * Services 32–47: information only (1); interaction: search, upload, download (2); transaction: workflow,
 * validation, approval (3); integration with another electronic service (4); improvement after a review (5). 45–47
 * are the sector slots the workspace names in `layananSektor`; the scenarios' workspace names none, so a reviewer
 * confirms those mappings. The companion documents of 34 and 39 (an integration test BA, a screen of the integration
 * settings, a handover BA) name the service only by the application's own acronym (SIMKEUDA, SIWAS), which no pack
 * can know: their workspace lists it in `aplikasi`.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';
import { beritaAcara, naskahUnit, notulenRapat, tangkapanLayar } from './dokumen.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

interface Wilayah {
  instansi?: ConfigOverrides['instansi'];
  label: string;
  kop: string;
  place: string;
  region: string;
}

const KAB: Wilayah = { label: 'Kabupaten', kop: KAB_KOP, place: 'Sukamaju', region: 'Kabupaten Sukamaju' };
const KOT: Wilayah = { instansi: KOTA, label: 'Kota', kop: KOTA_KOP, place: 'Tanjung Raya', region: 'Kota Tanjung Raya' };
const PRV: Wilayah = { instansi: PROV, label: 'Provinsi', kop: PROV_KOP, place: 'Kota Makmur', region: 'Provinsi Nusa Makmur' };

const within = (w: Wilayah): Pick<LevelScenario, 'instansi'> => (w.instansi === undefined ? {} : { instansi: w.instansi });

// ---------------------------------------------------------------------------------------------------------------
// Process indicators 24–28 (penerapan).

interface Proses {
  no: number;
  w: Wilayah;
  /** The topic as the documents name it, e.g. "Manajemen Aset TIK". */
  topik: string;
  folder: string;
  unit: string;
  /** Level 1: a draft, the minutes of its drafting, or work done ad hoc. */
  awal: ScenarioDoc;
  /** Level 2: planned, formally documented, short of level 3's content. */
  sebagian: string[];
  /** Level 3: the content level 3 of this indicator asks for. */
  muatan3: string[];
  /** Level 4: what level 4 adds besides the review. */
  muatan4: string[];
  /** The review of level 4 and the improvement of level 5. */
  reviu: ScenarioDoc;
  perbaikan: ScenarioDoc;
}

const laporanPelaksanaan = (p: Proses, year: string, date: string, body: string[], file = `Laporan Pelaksanaan ${p.topik} ${year}.pdf`): ScenarioDoc =>
  naskahUnit({ path: `${p.folder}/${file}`, kop: p.w.kop, unit: p.unit, title: `LAPORAN PELAKSANAAN ${p.topik.toUpperCase()} TAHUN ${year}`, body, place: p.w.place, date });

const PROSES: Proses[] = [
  {
    no: 24,
    w: KAB,
    topik: 'Manajemen Aset TIK',
    folder: 'DISKOMINFO',
    unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
    awal: notulenRapat({
      path: 'DISKOMINFO/Notulen Penyusunan Rancangan Pedoman Manajemen Aset TIK.pdf',
      kop: KAB_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'PENYUSUNAN RANCANGAN PEDOMAN MANAJEMEN ASET TIK',
      day: 'Selasa, 11 Februari 2025',
      place: 'Ruang Rapat Diskominfo',
      agenda: 'Pembahasan rancangan awal pedoman manajemen aset TIK',
      points: ['Bidang Aptika menyampaikan konsep awal pengelolaan aset TIK.', 'Inventaris perangkat TIK selama ini dicatat masing-masing bidang tanpa program yang terarah.'],
      conclusions: ['Rancangan pedoman disempurnakan dan dibahas kembali pada rapat berikutnya.'],
    }),
    sebagian: [
      'Sesuai Rencana Kerja Diskominfo Tahun 2025, kegiatan pengelolaan aset TIK dilaksanakan melalui inventarisasi perangkat keras dan lisensi perangkat lunak.',
      'Pelaksanaan belum mengacu pada pedoman manajemen aset TIK; pencatatan baru meliputi pengadaan dan penggunaan perangkat.',
    ],
    muatan3: [
      'Manajemen aset TIK dilaksanakan sesuai rencana kerja dan berdasarkan pedoman manajemen aset TIK yang ditetapkan dengan Keputusan Kepala Dinas.',
      'Kegiatan meliputi perencanaan kebutuhan aset TIK, pengadaan, pemanfaatan/penggunaan, dan penghapusan aset TIK yang sudah tidak layak pakai.',
    ],
    muatan4: ['Strategi pengelolaan aset TIK disusun Diskominfo selaku perangkat daerah pengelola TIK dan diterapkan di seluruh perangkat daerah.'],
    reviu: naskahUnit({
      path: 'DISKOMINFO/Laporan Reviu dan Evaluasi Manajemen Aset TIK 2025.pdf',
      kop: KAB_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'LAPORAN REVIU DAN EVALUASI PENERAPAN MANAJEMEN ASET TIK TAHUN 2025',
      body: ['Reviu dan evaluasi atas penerapan manajemen aset TIK di perangkat daerah dilaksanakan pada triwulan I.', 'Rekomendasi: penghapusan aset TIK perlu dilengkapi berita acara dan label aset.'],
      place: 'Sukamaju',
      date: '14 April 2025',
    }),
    perbaikan: beritaAcara({
      path: 'DISKOMINFO/BA Tindak Lanjut Evaluasi Aset TIK.pdf',
      kop: KAB_KOP,
      title: 'TINDAK LANJUT HASIL EVALUASI MANAJEMEN ASET TIK',
      number: '027/412/Diskominfo/2025',
      opening: 'Pada hari ini Kamis tanggal dua puluh satu Agustus tahun dua ribu dua puluh lima (21 Agustus 2025) telah dilaksanakan tindak lanjut hasil evaluasi manajemen aset TIK.',
      body: ['Telah dilakukan perbaikan: seluruh aset TIK diberi label aset, dan penghapusan 48 unit komputer dilengkapi berita acara penghapusan.'],
      signers: 'Kepala Bidang Aptika ttd    Pengurus Barang ttd',
    }),
  },
  {
    no: 25,
    w: KOT,
    topik: 'Manajemen SDM SPBE',
    folder: 'BKPSDM',
    unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    awal: {
      path: 'BKPSDM/Draf Rencana Pengembangan Kompetensi SDM SPBE.pdf',
      pages: [
        `DRAF\n${KOTA_KOP}\nRANCANGAN RENCANA PENGEMBANGAN KOMPETENSI SUMBER DAYA MANUSIA SPBE\nVersi 0.2 (belum ditetapkan)\n` +
          'Bab I Pendahuluan\nSelama ini pemenuhan kompetensi SDM SPBE dilakukan tanpa perencanaan sumber daya manusia; pegawai mengikuti pelatihan bila ada undangan.\nBab II Rencana (akan disusun)',
      ],
    },
    sebagian: [
      'Pemenuhan kompetensi SDM SPBE dilaksanakan sesuai rencana pengembangan kompetensi pegawai tahun 2025.',
      'Kompetensi yang sudah terpenuhi: aplikasi SPBE dan infrastruktur SPBE; kompetensi proses bisnis, arsitektur, data, dan keamanan belum terpenuhi.',
    ],
    muatan3: [
      'Pemenuhan kompetensi SDM SPBE dilaksanakan sesuai rencana kebutuhan SDM SPBE tahun 2025.',
      'Seluruh bidang kompetensi telah terpenuhi: proses bisnis pemerintahan, arsitektur SPBE, data dan informasi, keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE.',
    ],
    muatan4: ['Peningkatan kompetensi melalui bimbingan teknis dan sertifikasi, serta penilaian kompetensi melalui uji kompetensi bagi 64 pranata komputer.'],
    reviu: notulenRapat({
      path: 'BKPSDM/Notulen Evaluasi Kompetensi SDM SPBE.pdf',
      kop: KOTA_KOP,
      unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
      title: 'EVALUASI PEMENUHAN KOMPETENSI SDM SPBE',
      day: 'Rabu, 7 Mei 2025',
      place: 'Aula BKPSDM',
      agenda: 'Reviu dan evaluasi pemenuhan kompetensi SDM SPBE tahun 2024',
      points: ['Hasil uji kompetensi menunjukkan kesenjangan pada kompetensi keamanan SPBE.', 'Rencana pelatihan tahun 2024 terealisasi 80%.'],
      conclusions: ['Rencana pengembangan kompetensi perlu diperbaiki dengan menambah pelatihan keamanan SPBE.'],
    }),
    perbaikan: naskahUnit({
      path: 'BKPSDM/Rencana Pengembangan Kompetensi SDM SPBE Revisi 2025.pdf',
      kop: KOTA_KOP,
      unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
      title: 'RENCANA PENGEMBANGAN KOMPETENSI SDM SPBE TAHUN 2025-2026 (REVISI)',
      body: ['Rencana ini telah direvisi menindaklanjuti hasil evaluasi pemenuhan kompetensi SDM SPBE bulan Mei 2025: ditambahkan pelatihan keamanan SPBE bagi 20 pegawai.'],
      place: 'Tanjung Raya',
      date: '2 September 2025',
      signer: 'Kepala BKPSDM',
    }),
  },
  {
    no: 26,
    w: PRV,
    topik: 'Manajemen Pengetahuan',
    folder: 'DISKOMINFOTIK',
    unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
    awal: naskahUnit({
      path: 'DISKOMINFOTIK/Laporan Kegiatan Berbagi Pengetahuan.pdf',
      kop: PROV_KOP,
      unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
      title: 'LAPORAN KEGIATAN BERBAGI PENGETAHUAN PEGAWAI',
      body: ['Kegiatan berbagi pengetahuan antarpegawai dilaksanakan sewaktu-waktu tanpa perencanaan, bila ada pegawai yang selesai mengikuti pelatihan.', 'Materi disimpan di folder masing-masing bidang.'],
      place: 'Kota Makmur',
      date: '3 Maret 2025',
    }),
    sebagian: [
      'Manajemen pengetahuan dilaksanakan sesuai rencana kerja 2025 melalui dokumentasi pengetahuan dan forum berbagi pengetahuan.',
      'Pelaksanaan baru di 6 dari 38 perangkat daerah dan belum berpedoman pada pedoman manajemen pengetahuan.',
    ],
    muatan3: [
      'Manajemen pengetahuan dilaksanakan sesuai rencana kerja dan mengacu pada pedoman manajemen pengetahuan yang ditetapkan Gubernur.',
      'Pengetahuan dikumpulkan, diolah, disimpan, dan dibagikan melalui aplikasi manajemen pengetahuan "Pustaka Ilmu ASN".',
    ],
    muatan4: ['Seluruh perangkat daerah menggunakan aplikasi manajemen pengetahuan "Pustaka Ilmu ASN" yang terintegrasi dengan portal pegawai.'],
    reviu: naskahUnit({
      path: 'DISKOMINFOTIK/Laporan Evaluasi Manajemen Pengetahuan 2025.pdf',
      kop: PROV_KOP,
      unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
      title: 'LAPORAN EVALUASI PENERAPAN MANAJEMEN PENGETAHUAN TAHUN 2025',
      body: ['Evaluasi penerapan manajemen pengetahuan: 1.240 artikel pengetahuan, tingkat pemanfaatan 41%.', 'Saran: fitur pencarian dan klasifikasi pengetahuan perlu diperbaiki.'],
      place: 'Kota Makmur',
      date: '16 Mei 2025',
    }),
    perbaikan: naskahUnit({
      path: 'DISKOMINFOTIK/Laporan Perbaikan Aplikasi Pustaka Ilmu ASN.pdf',
      kop: PROV_KOP,
      unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
      title: 'LAPORAN PERBAIKAN PENERAPAN MANAJEMEN PENGETAHUAN',
      body: ['Sebagai tindak lanjut hasil evaluasi Mei 2025, fitur pencarian dan klasifikasi pengetahuan pada aplikasi Pustaka Ilmu ASN telah diperbaiki.'],
      place: 'Kota Makmur',
      date: '10 Oktober 2025',
    }),
  },
  {
    no: 27,
    w: KAB,
    topik: 'Manajemen Perubahan SPBE',
    folder: 'DISKOMINFO',
    unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
    awal: {
      path: 'DISKOMINFO/Rancangan Pedoman Manajemen Perubahan SPBE.pdf',
      pages: [
        `${KAB_KOP}\nRANCANGAN\nPEDOMAN MANAJEMEN PERUBAHAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nKonsep untuk dibahas, belum ditetapkan\n` +
          'BAB I PENDAHULUAN\nPerubahan aplikasi dan infrastruktur SPBE selama ini dilakukan tanpa perencanaan dan tanpa pencatatan permintaan perubahan.',
      ],
    },
    sebagian: [
      'Manajemen perubahan SPBE dilaksanakan sesuai rencana kerja: pencatatan permintaan perubahan, analisis dampak, dan persetujuan perubahan.',
      'Kegiatan baru dilaksanakan oleh 9 dari 31 perangkat daerah, masing-masing dengan caranya sendiri.',
    ],
    muatan3: [
      'Manajemen perubahan SPBE dilaksanakan oleh seluruh perangkat daerah sesuai pedoman manajemen perubahan SPBE yang ditetapkan dengan Peraturan Bupati.',
      'Setiap permintaan perubahan melalui perencanaan, analisis, pengembangan, implementasi, serta pemantauan dan evaluasi perubahan.',
    ],
    muatan4: [],
    reviu: notulenRapat({
      path: 'DISKOMINFO/Notulen Reviu Manajemen Perubahan SPBE.pdf',
      kop: KAB_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'REVIU DAN EVALUASI PENERAPAN MANAJEMEN PERUBAHAN SPBE',
      day: 'Kamis, 19 Juni 2025',
      place: 'Ruang Rapat Sekretariat Daerah',
      agenda: 'Reviu pelaksanaan manajemen perubahan SPBE semester I',
      points: ['Sebanyak 57 permintaan perubahan tercatat; 6 perubahan darurat tanpa analisis dampak.'],
      conclusions: ['Formulir permintaan perubahan darurat perlu disederhanakan.'],
    }),
    perbaikan: naskahUnit({
      path: 'DISKOMINFO/Laporan Tindak Lanjut Reviu Manajemen Perubahan.pdf',
      kop: KAB_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'LAPORAN TINDAK LANJUT HASIL REVIU MANAJEMEN PERUBAHAN SPBE',
      body: ['Menindaklanjuti hasil reviu bulan Juni 2025, formulir permintaan perubahan darurat telah disempurnakan dan prosedurnya sudah diterapkan di seluruh perangkat daerah.'],
      place: 'Sukamaju',
      date: '29 Agustus 2025',
    }),
  },
  {
    no: 28,
    w: KOT,
    topik: 'Manajemen Layanan SPBE',
    folder: 'DISKOMINFO',
    unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
    awal: notulenRapat({
      path: 'DISKOMINFO/Notulen Penyusunan Konsep Manajemen Layanan SPBE.pdf',
      kop: KOTA_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'PENYUSUNAN KONSEP MANAJEMEN LAYANAN SPBE',
      day: 'Senin, 13 Januari 2025',
      place: 'Ruang Rapat Bidang Aptika',
      agenda: 'Pembahasan konsep manajemen layanan SPBE',
      points: ['Keluhan pengguna aplikasi selama ini diterima melalui telepon dan pesan singkat tanpa pencatatan.', 'Konsep layanan pengguna dan pengoperasian layanan disusun tim kecil.'],
      conclusions: ['Tim menyelesaikan rancangan konsep dalam satu bulan.'],
    }),
    sebagian: [
      'Manajemen layanan SPBE dilaksanakan sesuai rencana kerja tahun 2025.',
      'Pelayanan pengguna SPBE sudah berjalan melalui helpdesk; pengoperasian layanan SPBE belum dilaksanakan secara terdokumentasi.',
    ],
    muatan3: [
      'Manajemen layanan SPBE dilaksanakan sesuai rencana kerja pada seluruh prosesnya.',
      'Pelayanan pengguna SPBE: penanganan permintaan dan keluhan pengguna. Pengoperasian layanan SPBE: pemantauan ketersediaan, pemeliharaan layanan, dan pengelolaan insiden.',
    ],
    muatan4: ['Seluruh permintaan dan insiden dicatat dan ditangani melalui aplikasi service desk "Tanjung Raya Helpdesk" dengan nomor tiket.'],
    reviu: naskahUnit({
      path: 'DISKOMINFO/Laporan Evaluasi Manajemen Layanan SPBE 2025.pdf',
      kop: KOTA_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'LAPORAN EVALUASI MANAJEMEN LAYANAN SPBE SEMESTER I TAHUN 2025',
      body: ['Evaluasi atas 1.812 tiket: 92% selesai sesuai tingkat layanan; waktu penanganan insiden jaringan masih melebihi target.'],
      place: 'Tanjung Raya',
      date: '8 Juli 2025',
    }),
    perbaikan: naskahUnit({
      path: 'DISKOMINFO/Laporan Perbaikan Manajemen Layanan SPBE.pdf',
      kop: KOTA_KOP,
      unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      title: 'LAPORAN PERBAIKAN MANAJEMEN LAYANAN SPBE',
      body: ['Berdasarkan hasil evaluasi semester I, telah dilakukan perbaikan: eskalasi otomatis tiket insiden jaringan dan penambahan petugas jaga.'],
      place: 'Tanjung Raya',
      date: '22 September 2025',
    }),
  },
];

function prosesScenarios(p: Proses): LevelScenario[] {
  const l3 = laporanPelaksanaan(p, '2024', '18 Desember 2024', p.muatan3);
  const l4 = laporanPelaksanaan(p, '2024', '18 Desember 2024', [...p.muatan3, ...p.muatan4]);
  const base = { indicator: p.no, ...within(p.w) };
  const topic = p.topik;
  return [
    { ...base, name: `Kisi ${p.no}-1 ${p.w.label}: ${topic} baru rancangan/catatan penyusunan atau kegiatan tanpa perencanaan`, range: [1, 1], because: 'tingkat 1: bukti tingkat 1 adalah draf/rancangan, notulen penyusunan rancangan, atau kegiatan tanpa program yang terarah dan terencana; belum ada pelaksanaan terencana yang terdokumentasi formal (2)', docs: [p.awal] },
    { ...base, name: `Kisi ${p.no}-2 ${p.w.label}: ${topic} terencana dan terdokumentasi, belum memenuhi muatan tingkat 3`, range: [2, 2], because: 'tingkat 2: dilaksanakan dengan program yang terarah dan terencana, terdokumentasi formal; muatan tingkat 3 belum terpenuhi', docs: [laporanPelaksanaan(p, '2025', '30 Juni 2025', p.sebagian)] },
    { ...base, name: `Kisi ${p.no}-3 ${p.w.label}: ${topic} memenuhi muatan tingkat 3, belum ada reviu`, range: [3, 3], because: 'tingkat 3: muatan tingkat 3 terpenuhi; tingkat 4 meminta muatannya sendiri dan reviu/evaluasi', docs: [l3] },
    { ...base, name: `Kisi ${p.no}-4 ${p.w.label}: ${topic} tingkat 3 dan muatan tingkat 4 dengan reviu/evaluasi, belum ada perbaikan`, range: [4, 4], because: 'tingkat 4: muatan tingkat 4 dan reviu/evaluasi yang masih berlaku; rekomendasi reviu belum perbaikan (5)', docs: [l4, p.reviu] },
    { ...base, name: `Kisi ${p.no}-5 ${p.w.label}: ${topic} direviu lalu diperbaiki sesudahnya`, range: [5, 5], because: 'tingkat 5: hasil reviu/evaluasi ditindaklanjuti melalui perbaikan yang bertanggal sesudah reviu', docs: [l4, p.reviu, p.perbaikan] },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Audits 29–31.

interface Audit {
  no: number;
  w: Wilayah;
  /** "Infrastruktur", "Aplikasi", "Keamanan". */
  jenis: string;
  folder: string;
  unit: string;
  /** What was examined. */
  objek: string;
}

const AUDITS: Audit[] = [
  { no: 29, w: KOT, jenis: 'Infrastruktur', folder: 'DISKOMINFO', unit: 'DINAS KOMUNIKASI DAN INFORMATIKA', objek: 'pusat data daerah, jaringan intra pemerintah daerah, dan sistem penghubung layanan' },
  { no: 30, w: PRV, jenis: 'Aplikasi', folder: 'INSPEKTORAT', unit: 'INSPEKTORAT', objek: 'aplikasi e-Perizinan, SIMPEG, dan e-Budgeting' },
  { no: 31, w: KAB, jenis: 'Keamanan', folder: 'DISKOMINFO', unit: 'DINAS KOMUNIKASI DAN INFORMATIKA', objek: 'aplikasi layanan publik dan pusat data daerah' },
];

function auditScenarios(a: Audit): LevelScenario[] {
  const up = a.jenis.toUpperCase();
  const base = { indicator: a.no, ...within(a.w) };
  const lha = (file: string, title: string, body: string[], date: string, unit = a.unit, kop = a.w.kop): ScenarioDoc =>
    naskahUnit({ path: `${a.folder}/${file}`, kop, unit, title, body, place: a.w.place, date, signer: 'Ketua Tim Audit' });
  const adhoc = lha(`Laporan Pemeriksaan ${a.jenis} Pasca Gangguan.pdf`, `LAPORAN HASIL PEMERIKSAAN ${up} SPBE`, [
    `Pemeriksaan ${a.objek} dilakukan secara insidental setelah gangguan layanan pada 3 Februari 2025, tanpa rencana audit.`,
    'Hasil: penyebab gangguan telah diidentifikasi.',
  ], '10 Februari 2025');
  const planned = lha(`Laporan Audit ${a.jenis} SPBE 2025.pdf`, `LAPORAN AUDIT ${up} SPBE TAHUN 2025`, [
    `Sesuai program audit dua tahunan yang ditetapkan dalam rencana kerja, tim memeriksa ${a.objek}.`,
    'Pemeriksaan baru meliputi 3 dari 7 hal pokok teknis yang disyaratkan dan belum mengacu pada pedoman audit.',
  ], '25 Juni 2025');
  const internal = lha(`Laporan Hasil Audit ${a.jenis} SPBE 2025.pdf`, `LAPORAN HASIL AUDIT ${up} SPBE TAHUN 2025`, [
    `Audit ${a.jenis.toLowerCase()} SPBE atas ${a.objek} dilaksanakan sesuai program audit dua tahunan oleh tim auditor internal.`,
    `Audit mengacu pada pedoman audit ${a.jenis.toLowerCase()} SPBE dan meliputi seluruh hal pokok teknis yang disyaratkan.`,
    'Temuan: 4 temuan risiko sedang.',
  ], '25 Juni 2025');
  const external: ScenarioDoc = {
    path: `${a.folder}/LHA ${a.jenis} SPBE Auditor Eksternal 2025.pdf`,
    pages: [
      `PT ANDALAS AUDIT TEKNOLOGI INFORMASI\nLembaga Audit TIK terdaftar\nLAPORAN HASIL AUDIT ${up} SPBE\nPEMERINTAH ${a.w.region.toUpperCase()} TAHUN 2025\n` +
        `Audit ${a.jenis.toLowerCase()} SPBE atas ${a.objek} dilaksanakan oleh auditor eksternal yang memiliki sertifikasi CISA dan ISO/IEC 27001 Lead Auditor, ` +
        `sesuai program audit dua tahunan Pemerintah ${a.w.region} dan mengacu pada pedoman audit ${a.jenis.toLowerCase()} SPBE, meliputi seluruh hal pokok teknis yang disyaratkan.\n` +
        'Temuan: 5 temuan, 2 di antaranya berisiko tinggi.\nJakarta, 14 Mei 2025\nLead Auditor',
    ],
  };
  const followUp = naskahUnit({
    path: `${a.folder}/Laporan Tindak Lanjut Hasil Audit ${a.jenis} 2025.pdf`,
    kop: a.w.kop,
    unit: a.unit,
    title: `LAPORAN TINDAK LANJUT HASIL AUDIT ${up} SPBE`,
    body: ['Menindaklanjuti laporan hasil audit bulan Mei 2025, seluruh temuan telah ditindaklanjuti: 5 temuan sudah diperbaiki dan diverifikasi ulang oleh auditor.'],
    place: a.w.place,
    date: '3 September 2025',
  });
  const kind = `Audit ${a.jenis} SPBE`;
  return [
    { ...base, name: `Kisi ${a.no}-1 ${a.w.label}: ${kind} insidental tanpa rencana audit`, range: [1, 1], because: 'tingkat 1: audit bersifat sementara (adhoc), tanpa perencanaan yang berkesinambungan', docs: [adhoc] },
    { ...base, name: `Kisi ${a.no}-2 ${a.w.label}: ${kind} terencana, sebagian hal pokok teknis, tanpa pedoman`, range: [2, 2], because: 'tingkat 2: sesuai perencanaan yang berkesinambungan, sebagian hal pokok teknis, tanpa pedoman audit (3)', docs: [planned] },
    { ...base, name: `Kisi ${a.no}-3 ${a.w.label}: ${kind} sesuai pedoman oleh auditor internal`, range: [3, 3], because: 'tingkat 3: sesuai pedoman audit, seluruh hal pokok teknis, oleh auditor internal; tingkat 4 meminta auditor eksternal bersertifikat', docs: [internal] },
    { ...base, name: `Kisi ${a.no}-4 ${a.w.label}: ${kind} oleh auditor eksternal bersertifikat, belum ditindaklanjuti`, range: [4, 4], because: 'tingkat 4: auditor TIK eksternal yang memiliki sertifikasi; tindak lanjut hasil audit belum ada (5)', docs: [external] },
    { ...base, name: `Kisi ${a.no}-5 ${a.w.label}: ${kind} oleh auditor eksternal bersertifikat, temuan diperbaiki sesudahnya`, range: [5, 5], because: 'tingkat 5: hasil audit ditindaklanjuti melalui perbaikan, bertanggal sesudah audit', docs: [external, followUp] },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Services 32–47.

interface Layanan {
  no: number;
  w: Wilayah;
  /** The service as the criteria name it, e.g. "perencanaan". */
  layanan: string;
  /** The application's name and its long name as its header shows it. */
  app: string;
  nama: string;
  folder: string;
  unit: string;
  /** Level 1: what the information pages show. */
  informasi: string[];
  /** Level 2: search, upload and download. */
  interaksi: string[];
  /** Level 3: transaction features, in a user manual's steps. */
  transaksi: string[];
  /** Level 4: integration with another electronic service. */
  integrasi: string;
  /** A sector slot: a reviewer confirms the mapping. */
  sektor?: boolean;
  /** The workspace lists the application's own name (an acronym no pack knows) for the indicator in `aplikasi`. */
  dikonfigurasi?: boolean;
}

const LAYANAN: Layanan[] = [
  {
    no: 32, nama: 'Sistem Informasi Perencanaan Pembangunan Daerah', w: KAB, layanan: 'perencanaan', app: 'SIMRENDA', folder: 'BAPPEDA', unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
    informasi: ['Jumlah usulan Musrenbang 2026: 1.482 usulan dari 24 kecamatan', 'Jadwal penyusunan RKPD 2026 dan tahapan Musrenbang'],
    interaksi: ['Cari dokumen perencanaan: [RKPD] [2026] [Cari]', 'RKPD Tahun 2026 (PDF)  [Unduh]', 'Unggah Renja Perangkat Daerah (PDF, maks. 10 MB)  [Unggah]'],
    transaksi: ['Perangkat daerah mengisi usulan program dan kegiatan Renja pada formulir isian.', 'Bappeda memverifikasi dan memvalidasi kesesuaian usulan dengan RPJMD.', 'Kepala Bappeda memberikan persetujuan; status usulan berubah otomatis menjadi "Disetujui".'],
    integrasi: 'Program dan kegiatan yang disetujui terintegrasi dengan layanan penganggaran e-Budgeting melalui API, sehingga pagu indikatif langsung menjadi rancangan RKA.',
  },
  {
    no: 33, nama: 'Sistem Informasi Penganggaran Daerah', w: KOT, layanan: 'penganggaran', app: 'e-Anggaran', folder: 'BPKAD', unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
    informasi: ['Informasi APBD 2025: Pendapatan Rp 2,1 T, Belanja Rp 2,3 T', 'Jadwal penyusunan KUA-PPAS 2026'],
    interaksi: ['Pencarian dokumen anggaran: [DPA] [Dinas Kesehatan] [Cari]', 'DPA Dinas Kesehatan 2025.pdf  Unduh', 'Unggah dokumen RKA (PDF)'],
    transaksi: ['Perangkat daerah menginput RKA per sub kegiatan dan rincian belanja.', 'Sistem memvalidasi pagu; TAPD memverifikasi RKA dan memberikan persetujuan melalui alur kerja elektronik.', 'RKA yang disetujui otomatis menjadi rancangan DPA.'],
    integrasi: 'Data program dan pagu indikatif diambil dari layanan perencanaan SIMRENDA, dan DPA yang disahkan dikirim ke layanan keuangan SIMKEUDA melalui web service.',
  },
  {
    no: 34, nama: 'Sistem Informasi Keuangan Daerah', w: PRV, layanan: 'keuangan', app: 'SIMKEUDA', folder: 'BPKAD', unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH', dikonfigurasi: true,
    informasi: ['Realisasi pendapatan daerah s.d. Oktober 2025: 78,4%', 'Realisasi belanja daerah s.d. Oktober 2025: 69,1%'],
    interaksi: ['Cari SP2D: [nomor SP2D] [Cari]', 'Unduh Laporan Realisasi Anggaran (XLSX)', 'Unggah dokumen pendukung SPJ'],
    transaksi: ['Bendahara pengeluaran membuat SPP dan mengunggah kelengkapannya.', 'PPK-SKPD memverifikasi SPP dan menerbitkan SPM; Kuasa BUD memberikan persetujuan SP2D.', 'SP2D ditandatangani secara elektronik dan statusnya dapat dilacak.'],
    integrasi: 'SP2D yang terbit dikirim otomatis ke bank RKUD melalui API (cash management system) dan data anggaran diambil dari layanan penganggaran e-Budgeting.',
  },
  {
    no: 35, nama: 'Sistem Informasi Pengadaan Barang dan Jasa', w: KAB, layanan: 'pengadaan barang dan jasa', app: 'SIPBJ Sukamaju', folder: 'BAG PBJ', unit: 'BAGIAN PENGADAAN BARANG DAN JASA',
    informasi: ['Jumlah paket pengadaan 2025: 412 paket, nilai Rp 318 M', 'Daftar penyedia terbaik 2024'],
    interaksi: ['Cari paket pengadaan: [nama paket] [Cari]', 'Unduh dokumen pemilihan (PDF)', 'Penyedia mengunggah dokumen kualifikasi'],
    transaksi: ['PPK mengajukan paket pengadaan dan mengunggah spesifikasi teknis.', 'Kepala UKPBJ memverifikasi dan menyetujui paket; Pokja menerima penugasan melalui disposisi elektronik.', 'Status setiap paket (pengajuan, pemilihan, kontrak) tampil otomatis.'],
    integrasi: 'Paket yang disetujui terintegrasi dengan SPSE dan SiRUP LKPP melalui API, serta dengan layanan keuangan untuk pembayaran kontrak.',
  },
  {
    no: 36, nama: 'Sistem Informasi Manajemen Kepegawaian', w: KOT, layanan: 'kepegawaian', app: 'SIMPEG', folder: 'BKPSDM', unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    informasi: ['Jumlah ASN: 4.812 PNS dan 1.204 PPPK', 'Sebaran pegawai per golongan dan jabatan'],
    interaksi: ['Cari data pegawai: [NIP / nama] [Cari]', 'Unduh formulir usulan kenaikan pangkat', 'Unggah SK terakhir (PDF)'],
    transaksi: ['Pegawai mengajukan usulan cuti dan kenaikan pangkat serta mengunggah berkasnya.', 'Atasan langsung memverifikasi dan memberikan persetujuan secara elektronik.', 'BKPSDM menerbitkan surat cuti yang ditandatangani secara elektronik; pegawai menerima notifikasi.'],
    integrasi: 'Data pegawai tersinkronisasi dengan SIASN BKN melalui web service, dan data jabatan dipakai bersama oleh layanan kinerja pegawai e-Kinerja.',
  },
  {
    no: 37, nama: 'Sistem Informasi Kearsipan Dinamis', w: PRV, layanan: 'kearsipan dinamis', app: 'e-Arsip', folder: 'DISPUSIP', unit: 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
    informasi: ['Jumlah arsip dinamis tercatat 2025: 84.210 berkas', 'Jadwal retensi arsip perangkat daerah'],
    interaksi: ['Cari arsip: [kata kunci] [Cari]', 'Unduh daftar arsip (XLSX)', 'Unggah pindaian arsip (PDF)'],
    transaksi: ['Pencipta arsip membuat naskah dinas dan mengirimkan untuk disposisi.', 'Pimpinan memberikan disposisi dan persetujuan naskah, lalu menandatangani dengan tanda tangan elektronik.', 'Arsip yang selesai diproses diberkaskan otomatis sesuai klasifikasi arsip.'],
    integrasi: 'Naskah dinas antar instansi dikirim melalui SRIKANDI yang terintegrasi dengan ANRI dan instansi pusat.',
  },
  {
    no: 38, nama: 'Sistem Informasi Manajemen Barang Milik Daerah', w: KAB, layanan: 'pengelolaan barang milik daerah', app: 'SIMBADA', folder: 'BPKAD', unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
    informasi: ['Nilai aset daerah per 31 Desember 2024: Rp 4,8 T', 'Rekapitulasi barang milik daerah per perangkat daerah'],
    interaksi: ['Cari barang: [kode barang] [Cari]', 'Unduh Kartu Inventaris Barang (XLSX)', 'Unggah foto barang'],
    transaksi: ['Pengurus barang mengajukan mutasi atau penghapusan barang dan mengunggah berita acara.', 'Pengelola barang memverifikasi dan memberikan persetujuan; kartu inventaris diperbarui otomatis.', 'Status setiap pengajuan dapat dilacak pengguna barang.'],
    integrasi: 'Data belanja modal diterima dari layanan keuangan SIMKEUDA melalui API, sehingga barang hasil pengadaan tercatat otomatis.',
  },
  {
    no: 39, nama: 'Sistem Informasi Pengawasan Internal', w: KOT, layanan: 'pengawasan internal', app: 'SIWAS', folder: 'INSPEKTORAT', unit: 'INSPEKTORAT', dikonfigurasi: true,
    informasi: ['Jumlah pemeriksaan 2025: 46 penugasan', 'Persentase tindak lanjut rekomendasi: 87%'],
    interaksi: ['Cari LHP: [nomor LHP] [Cari]', 'Unduh Program Kerja Pengawasan Tahunan (PDF)', 'Auditan mengunggah bukti tindak lanjut'],
    transaksi: ['Ketua tim menyusun konsep LHP; pengendali teknis mereviu konsep secara elektronik.', 'Inspektur memberikan persetujuan LHP dan menandatangani dengan tanda tangan elektronik.', 'Status tindak lanjut rekomendasi diperbarui otomatis setelah bukti divalidasi.'],
    integrasi: 'Hasil pengawasan terintegrasi dengan layanan akuntabilitas kinerja e-SAKIP dan data auditan diambil dari SIMPEG melalui API.',
  },
  {
    no: 40, nama: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah Elektronik', w: PRV, layanan: 'akuntabilitas kinerja', app: 'e-SAKIP', folder: 'BIRO ORGANISASI', unit: 'BIRO ORGANISASI SEKRETARIAT DAERAH',
    informasi: ['Nilai SAKIP Provinsi 2024: BB', 'Daftar Indikator Kinerja Utama perangkat daerah'],
    interaksi: ['Cari dokumen kinerja: [Renstra / LKjIP] [Cari]', 'Unduh LKjIP 2024 (PDF)', 'Unggah Perjanjian Kinerja perangkat daerah'],
    transaksi: ['Perangkat daerah menginput capaian indikator kinerja triwulanan.', 'Biro Organisasi memvalidasi capaian dan memberikan persetujuan atas Perjanjian Kinerja.', 'Sistem menyajikan analitik data capaian kinerja per sasaran.'],
    integrasi: 'Data anggaran per program diambil dari layanan penganggaran e-Budgeting dan capaian pegawai dari e-Kinerja melalui API.',
  },
  {
    no: 41, nama: 'Sistem Informasi Kinerja Pegawai', w: KAB, layanan: 'kinerja pegawai', app: 'e-Kinerja', folder: 'BKPSDM', unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    informasi: ['Rata-rata capaian SKP pegawai 2024: 92,4', 'Jumlah pegawai dengan predikat Sangat Baik: 612'],
    interaksi: ['Cari SKP: [NIP] [Cari]', 'Unduh formulir SKP (XLSX)', 'Unggah bukti dukung kinerja harian'],
    transaksi: ['Pegawai menyusun SKP dan mengajukan kepada pejabat penilai.', 'Pejabat penilai memverifikasi realisasi dan memberikan persetujuan SKP.', 'Nilai kinerja dihitung otomatis dan pegawai menerima notifikasi hasil penilaian.'],
    integrasi: 'Data jabatan diambil dari SIMPEG, dan nilai kinerja dikirim ke layanan keuangan untuk perhitungan TPP melalui web service.',
  },
  {
    no: 42, nama: 'Layanan Pengaduan Masyarakat', w: KOT, layanan: 'pengaduan pelayanan publik', app: 'Lapor Wali Kota', folder: 'DISKOMINFO', unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
    informasi: ['Jumlah aduan 2025: 3.104 aduan, 91% selesai', 'Kategori aduan terbanyak: jalan dan drainase'],
    interaksi: ['Cari aduan: [nomor tiket] [Cari]', 'Unggah foto pendukung aduan', 'Unduh rekap aduan bulanan (PDF)'],
    transaksi: ['Warga mengisi formulir aduan dan mengunggah foto.', 'Admin memverifikasi aduan dan mendisposisikan kepada perangkat daerah terkait.', 'Pelapor menerima notifikasi dan dapat melacak status aduan sampai selesai.'],
    integrasi: 'Aduan terintegrasi dengan SP4N-LAPOR! nasional melalui API, sehingga aduan dari kanal nasional masuk otomatis.',
  },
  {
    no: 43, nama: 'Portal Data Terbuka', w: PRV, layanan: 'data terbuka', app: 'Portal Satu Data Nusa Makmur', folder: 'DISKOMINFOTIK', unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
    informasi: ['Jumlah penduduk 2024: 5,2 juta jiwa', 'Infografis Nusa Makmur Dalam Angka 2025'],
    interaksi: ['Cari dataset: [kemiskinan] [Cari]', 'Dataset Jumlah Penduduk Miskin per Kabupaten/Kota 2024  [Unduh CSV]  [Unduh XLSX]', 'Metadata dataset'],
    transaksi: ['Produsen data mengunggah dataset beserta metadata.', 'Walidata memvalidasi dan memberikan persetujuan publikasi dataset melalui alur kerja elektronik.', 'Statistik unduhan dan analitik data tersaji otomatis.'],
    integrasi: 'Metadata dan dataset terhubung dengan Portal Satu Data Indonesia melalui API.',
  },
  {
    no: 44, nama: 'Jaringan Dokumentasi dan Informasi Hukum', w: KAB, layanan: 'JDIH', app: 'JDIH Sukamaju', folder: 'BAG HUKUM', unit: 'BAGIAN HUKUM SEKRETARIAT DAERAH',
    informasi: ['Jumlah produk hukum: 1.046 dokumen', 'Produk hukum terbaru: Peraturan Daerah Nomor 4 Tahun 2025'],
    interaksi: ['Cari produk hukum: [jenis] [tahun] [nomor] [Cari]', 'Peraturan Bupati Nomor 9 Tahun 2025  [Unduh PDF]', 'Unggah dokumen hukum oleh admin perangkat daerah'],
    transaksi: ['Perangkat daerah mengajukan rancangan produk hukum dan mengunggah naskahnya.', 'Bagian Hukum memverifikasi dan memvalidasi rancangan; Sekretaris Daerah memberikan persetujuan.', 'Status pengajuan dapat dilacak dan produk hukum yang diundangkan terbit otomatis.'],
    integrasi: 'Metadata produk hukum terintegrasi dengan JDIHN BPHN melalui web service.',
  },
  {
    no: 45, nama: 'Layanan Kesehatan Daring', w: KOT, layanan: 'publik sektor kesehatan', app: 'Sehat Tanjung Raya', folder: 'DINKES', unit: 'DINAS KESEHATAN', sektor: true,
    informasi: ['Jadwal praktik poli di 12 puskesmas', 'Informasi jumlah kunjungan pasien 2025: 214.880'],
    interaksi: ['Cari puskesmas: [kecamatan] [Cari]', 'Unduh formulir rujukan (PDF)', 'Unggah hasil pemeriksaan laboratorium'],
    transaksi: ['Pasien mendaftar secara daring dan mengunggah kartu identitas.', 'Petugas loket memverifikasi data pasien; nomor antrean dan notifikasi jadwal dikirim otomatis.', 'Pembayaran retribusi dilakukan melalui QRIS.'],
    integrasi: 'Data kepesertaan pasien diverifikasi otomatis ke BPJS Kesehatan melalui bridging P-Care, dan rekam medis dikirim ke SATUSEHAT Kementerian Kesehatan.',
  },
  {
    no: 46, nama: 'Penerimaan Peserta Didik Baru Daring', w: PRV, layanan: 'publik sektor pendidikan', app: 'PPDB Nusa Makmur', folder: 'DISDIK', unit: 'DINAS PENDIDIKAN', sektor: true,
    informasi: ['Daya tampung SMA/SMK negeri 2025: 41.200 kursi', 'Jadwal PPDB 2025'],
    interaksi: ['Cari sekolah: [kabupaten/kota] [Cari]', 'Unduh petunjuk teknis PPDB 2025 (PDF)', 'Unggah rapor (PDF)'],
    transaksi: ['Calon peserta didik mendaftar dan mengunggah kartu keluarga serta rapor.', 'Operator sekolah memverifikasi berkas; status verifikasi dan hasil seleksi diumumkan otomatis melalui akun pendaftar.', 'Pendaftar melakukan daftar ulang secara elektronik.'],
    integrasi: 'Data calon peserta didik terhubung dengan Dapodik Kemendikdasmen dan data kependudukan Dukcapil melalui web service.',
  },
  {
    no: 47, nama: 'Sistem Perizinan Daring', w: KAB, layanan: 'publik sektor perizinan', app: 'e-Perizinan Sukamaju', folder: 'DPMPTSP', unit: 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU', sektor: true,
    informasi: ['Jenis izin yang dilayani: 112 jenis', 'Jumlah izin terbit 2025: 6.318'],
    interaksi: ['Cari jenis izin: [kata kunci] [Cari]', 'Unduh persyaratan izin (PDF)', 'Unggah dokumen persyaratan'],
    transaksi: ['Pemohon mengajukan permohonan izin dan mengunggah persyaratan.', 'Petugas back office memverifikasi berkas; tim teknis memberikan rekomendasi dan Kepala Dinas memberikan persetujuan.', 'Izin ditandatangani secara elektronik dan status permohonan dapat dilacak.'],
    integrasi: 'Permohonan perizinan berusaha terintegrasi dengan OSS RBA Kementerian Investasi melalui API.',
  },
];

/** One of three. */
const pick = <T>(v: 0 | 1 | 2, xs: readonly [T, T, T]): T => xs[v];

/** The writing varies with the service's place in the list (v = 0, 1, 2): screens, manuals, SOPs, reports, BA, English. */
function layananScenarios(s: Layanan, i: number): LevelScenario[] {
  const v = (i % 3) as 0 | 1 | 2;
  const confirmed = s.sektor === true;
  const region = s.w.region;
  const dir = confirmed ? `${s.folder}/Indikator ${s.no} Layanan Sektor` : s.folder;
  const base = { indicator: s.no, ...within(s.w), ...(s.dikonfigurasi === true ? { aplikasi: { [String(s.no)]: [s.app] } } : {}) };
  const opt = confirmed ? { confirmed: true } : {};
  const header = `${s.w.kop}\n${s.unit}`;

  // Level 1: information only.
  const informasi: ScenarioDoc = pick(v, [
    tangkapanLayar(`${dir}/Tangkapan layar beranda ${s.app}.png`, [`${s.app} - ${s.nama} ${region}`, 'Beranda | Profil | Informasi | Berita | Kontak', ...s.informasi.map((x) => `Informasi: ${x}`)], confirmed),
    tangkapanLayar(`${dir}/Dasbor publik ${s.app}.png`, [`DASBOR ${s.app.toUpperCase()}`, s.nama, `Statistik layanan ${s.layanan} ${region}`, ...s.informasi.map((x) => `• ${x}`), 'Sumber data: diperbarui 1 Oktober 2025'], confirmed),
    naskahUnit({
      path: `${dir}/Laporan Pengelolaan ${s.app} 2025.pdf`,
      kop: s.w.kop,
      unit: s.unit,
      title: `LAPORAN PENGELOLAAN ${s.nama.toUpperCase()} (${s.app.toUpperCase()}) TAHUN 2025`,
      body: [`Sampai dengan Oktober 2025, ${s.app} menayangkan informasi layanan ${s.layanan} kepada masyarakat: ${s.informasi.join('; ')}.`, 'Aplikasi belum menyediakan fitur pencarian, pengunggahan, atau pengunduhan dokumen.'],
      place: s.w.place,
      date: '20 Oktober 2025',
      confirmed,
    }),
  ]);
  // Level 2: search, upload, download.
  const interaksi: ScenarioDoc = pick(v, [
    tangkapanLayar(`${dir}/Tangkapan layar menu dokumen ${s.app}.png`, [`${s.app} - ${s.nama}`, region, 'Beranda | Dokumen | Unduhan | Bantuan', ...s.interaksi], confirmed),
    {
      path: `${dir}/Panduan Pencarian dan Unduhan ${s.app}.pdf`,
      pages: [
        `${header}\nPANDUAN PENGGUNAAN ${s.app.toUpperCase()}\n${s.nama}\nBab 3 Pencarian, Unggah, dan Unduh Dokumen\n` +
          `3.1 Pada menu Pencarian, ketik kata kunci dokumen ${s.layanan} lalu tekan tombol Cari.\n3.2 Tekan tombol Unduh untuk menyimpan dokumen dalam format PDF atau XLSX.\n` +
          '3.3 Operator perangkat daerah mengunggah dokumen melalui menu Unggah Dokumen.\nCatatan: fitur pengajuan dan persetujuan usulan secara daring direncanakan pada tahun 2026.',
      ],
      ...opt,
    },
    tangkapanLayar(`${dir}/Screenshot ${s.app} documents.png`, [`${s.app} — ${s.nama}`, 'Home | Documents | Downloads | Help', 'Search documents: [ keyword ] [Search]', `${s.layanan} documents 2025 (PDF)  [Download]`, '[Upload document]'], confirmed),
  ]);
  // Level 3: transaction features.
  const langkah = (lines: string[]): string => lines.map((x, n) => `${n + 1}. ${x}`).join('\n');
  const transaksi: ScenarioDoc = pick(v, [
    { path: `${dir}/Manual Pengguna ${s.app}.pdf`, pages: [`${header}\nMANUAL PENGGUNA APLIKASI ${s.app.toUpperCase()}\n${s.nama.toUpperCase()}\nLayanan ${s.layanan} berbasis elektronik\n${langkah(s.transaksi)}`], ...opt },
    tangkapanLayar(`${dir}/Tangkapan layar alur persetujuan ${s.app}.png`, [`${s.app} - ${s.nama}`, 'Daftar Pengajuan | Verifikasi | Persetujuan | Riwayat', `Rincian: ${s.transaksi[0]}`, 'Status: Diajukan > Diverifikasi > Menunggu persetujuan', '[Setujui]  [Kembalikan]  [Lihat riwayat]'], confirmed),
    {
      path: `${dir}/SOP Layanan ${s.app}.pdf`,
      pages: [`${header}\nSTANDAR OPERASIONAL PROSEDUR\nPELAYANAN ${s.layanan.toUpperCase()} MELALUI ${s.app.toUpperCase()}\nNomor SOP: 800/${s.no}/SOP/2025\nTanggal Efektif: 2 Januari 2025\nUraian Prosedur:\n${langkah(s.transaksi)}\nDisahkan oleh Kepala Perangkat Daerah`],
      ...opt,
    },
  ]);
  // Level 4: integration with another electronic service.
  const integrasi: ScenarioDoc[] = pick(v, [
    [{ path: `${dir}/Manual Pengguna ${s.app} versi 2.pdf`, pages: [`${header}\nMANUAL PENGGUNA APLIKASI ${s.app.toUpperCase()} VERSI 2\n${s.nama.toUpperCase()}\nLayanan ${s.layanan} berbasis elektronik\n${langkah([...s.transaksi, s.integrasi])}`], ...opt }],
    [
      transaksi,
      beritaAcara({
        path: `${dir}/BA Uji Coba Integrasi ${s.app}.pdf`,
        kop: s.w.kop,
        title: `UJI COBA INTEGRASI ${s.app.toUpperCase()}`,
        number: `000.7/${s.no}/BA/2025`,
        opening: 'Pada hari ini Rabu tanggal enam belas Juli tahun dua ribu dua puluh lima, bertempat di ruang server, telah dilaksanakan uji coba integrasi layanan.',
        body: [s.integrasi, 'Hasil uji coba: pertukaran data berjalan dan dinyatakan berhasil.'],
        signers: 'Pihak Pengelola Aplikasi ttd    Pihak Pengelola Layanan Mitra ttd',
        confirmed,
      }),
    ],
    [transaksi, tangkapanLayar(`${dir}/Tangkapan layar menu integrasi ${s.app}.png`, [`${s.app} - Pengaturan Integrasi`, s.integrasi, 'Status sinkronisasi terakhir: Berhasil (15/10/2025 02:00)', 'Log pertukaran data: 1.204 data terkirim'], confirmed)],
  ]);
  // Level 5: a review, then an improvement after it.
  const reviu: ScenarioDoc = pick(v, [
    notulenRapat({
      path: `${dir}/Notulen Reviu Layanan ${s.app} 2025.pdf`,
      kop: s.w.kop,
      unit: s.unit,
      title: `REVIU DAN EVALUASI LAYANAN ${s.app.toUpperCase()} (${s.nama.toUpperCase()})`,
      day: 'Selasa, 11 Maret 2025',
      place: 'Ruang Rapat Pimpinan',
      agenda: `Evaluasi layanan ${s.layanan} berbasis elektronik tahun 2024`,
      points: ['Survei pengguna: 68% pengguna menilai waktu proses masih lama.', 'Perubahan peraturan menuntut penyesuaian formulir.'],
      conclusions: ['Tampilan formulir dan pemberitahuan status kepada pengguna perlu dikembangkan.'],
      confirmed,
    }),
    naskahUnit({
      path: `${dir}/Laporan Evaluasi ${s.app} 2025.pdf`,
      kop: s.w.kop,
      unit: s.unit,
      title: `LAPORAN HASIL EVALUASI ${s.nama.toUpperCase()} (${s.app.toUpperCase()}) TAHUN 2025`,
      body: [`Evaluasi layanan ${s.layanan} berbasis elektronik terhadap perubahan peraturan dan kebutuhan pengguna.`, 'Hasil: indeks kepuasan pengguna 3,1 dari 4; waktu muat halaman rata-rata 6 detik.', 'Rekomendasi: optimasi basis data dan penyesuaian formulir.'],
      place: s.w.place,
      date: '26 Mei 2025',
      confirmed,
    }),
    notulenRapat({
      path: `${dir}/Notulen Monev ${s.app} Semester I.pdf`,
      kop: s.w.kop,
      unit: s.unit,
      title: `MONITORING DAN EVALUASI ${s.app.toUpperCase()} SEMESTER I TAHUN 2025`,
      day: 'Kamis, 3 Juli 2025',
      place: 'Ruang Rapat Sekretariat',
      agenda: `Monitoring dan evaluasi layanan ${s.layanan} ${s.app}`,
      points: ['Teknologi kerangka aplikasi sudah tidak didukung pembaruan keamanan.', 'Pengguna meminta akses melalui perangkat seluler.'],
      conclusions: ['Migrasi kerangka aplikasi dan tampilan seluler dimasukkan dalam rencana pengembangan.'],
      confirmed,
    }),
  ]);
  const perbaikan: ScenarioDoc = pick(v, [
    naskahUnit({
      path: `${dir}/Laporan Pengembangan ${s.app} 2025.pdf`,
      kop: s.w.kop,
      unit: s.unit,
      title: `LAPORAN PENGEMBANGAN ${s.nama.toUpperCase()} (${s.app.toUpperCase()}) TAHUN 2025`,
      body: [`Menindaklanjuti hasil reviu dan evaluasi bulan Maret 2025, ${s.app} versi 2.1 dirilis pada 4 Agustus 2025: formulir disesuaikan dengan peraturan terbaru dan pemberitahuan status ditambahkan.`],
      place: s.w.place,
      date: '11 Agustus 2025',
      confirmed,
    }),
    {
      path: `${dir}/Release Notes ${s.app} 3.0.pdf`,
      pages: [`RELEASE NOTES\n${s.app.toUpperCase()} (${s.nama}) VERSION 3.0\nRelease date: 1 October 2025\nImprovements made following the May 2025 service evaluation: database optimisation (page load under 2 seconds) and forms updated to the new regulation.`],
      ...opt,
    },
    beritaAcara({
      path: `${dir}/BA Serah Terima Pengembangan ${s.app}.pdf`,
      kop: s.w.kop,
      title: `SERAH TERIMA HASIL PENGEMBANGAN ${s.app.toUpperCase()}`,
      number: `027/${s.no}/BAST/2025`,
      opening: 'Pada hari ini Jumat tanggal tiga puluh satu Oktober tahun dua ribu dua puluh lima (31 Oktober 2025) telah diserahterimakan hasil pengembangan aplikasi.',
      body: [`Sebagai tindak lanjut hasil monitoring dan evaluasi semester I, ${s.app} telah dikembangkan: kerangka aplikasi dimigrasikan ke versi terbaru dan tampilan seluler diluncurkan.`],
      signers: 'Penyedia ttd    Pejabat Pembuat Komitmen ttd',
      confirmed,
    }),
  ]);
  const svc = `layanan ${s.layanan} ${s.app}`;
  return [
    { ...base, name: `Kisi ${s.no}-1 ${s.w.label}: ${svc} hanya menayangkan informasi`, range: [1, 1], because: 'tingkat 1: hanya memberikan layanan informasi (diseminasi satu arah); tidak ada pencarian, unggah atau unduh (2)', docs: [informasi] },
    { ...base, name: `Kisi ${s.no}-2 ${s.w.label}: ${svc} dengan pencarian, unggah dan unduh dokumen`, range: [2, 2], because: 'tingkat 2: layanan interaksi (pencarian informasi, pengunggahan dan pengunduhan dokumen); tidak terlihat fitur transaksi (3)', docs: [informasi, interaksi] },
    { ...base, name: `Kisi ${s.no}-3 ${s.w.label}: ${svc} dengan alur kerja, validasi dan persetujuan`, range: [3, 3], because: 'tingkat 3: layanan transaksi (otomasi alur kerja, validasi data, mekanisme persetujuan); tidak terlihat kolaborasi dengan layanan elektronik lain (4)', docs: [transaksi] },
    { ...base, name: `Kisi ${s.no}-4 ${s.w.label}: ${svc} terintegrasi dengan layanan elektronik lain`, range: [4, 4], because: 'tingkat 4: layanan kolaborasi, berbagi pakai data dengan layanan SPBE lain melalui integrasi; tanpa reviu dan perbaikan (5)', docs: integrasi },
    { ...base, name: `Kisi ${s.no}-5 ${s.w.label}: ${svc} terintegrasi, direviu, lalu dikembangkan sesudahnya`, range: [5, 5], because: 'tingkat 5: layanan diperbaiki/dikembangkan berdasarkan hasil reviu dan evaluasi, bertanggal sesudahnya', docs: [...integrasi, reviu, perbaikan] },
  ];
}

export const SCENARIOS: LevelScenario[] = [...PROSES.flatMap(prosesScenarios), ...AUDITS.flatMap(auditScenarios), ...LAYANAN.flatMap((x, i) => layananScenarios(x, i))];
