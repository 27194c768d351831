/**
 * Level scenarios, eighth set: mostly the process indicators (1–10 kebijakan internal, 11–20 tata kelola, 21–28
 * manajemen, 29–31 audit TIK) and six service indicators. Written from the criteria of PermenPANRB 59/2020 (kriteria
 * tingkat, bukti dukung and pemenuhan per tingkat) and the domain guide only, without reading the rules, the levels
 * profile or the assessment code.
 *
 * Two new fictional workspaces: Kota Bukit Lancang and Provinsi Selat Jingga. Their house style: reports with chapters
 * (BAB I PENDAHULUAN … BAB III PENUTUP) and a Nomor line under the title; decisions with "DIKTUM KESATU"; regulations
 * with BAB and Pasal and an "Diundangkan" block; minutes as a table "No | Uraian | Tindak Lanjut". The boundaries probed:
 * a draft only (1), enacted but partial (2), all units with evidence (3), a dated review with findings in the window (4),
 * a new policy or improvement dated after the review (5); and the tricky cases: a review outside the window, a revision
 * dated before the review, another province's regulation, "belum seluruh perangkat daerah", counts, an internal team vs
 * an external certified auditor, a risk register, English consultant reports, an OCR-damaged scan, an invitation only,
 * an undated review note, a recommendation to revise without the revision.
 * Assessment year 2025, review window 2 years.
 * First measure: 23 of 30 in range. Two of the seven misses were my own indicator numbers (SIMPEG written as 35 instead of
 * 36 Kepegawaian, SIKEUDA as 36 instead of 34 Keuangan); the numbers were corrected afterwards, texts and ranges unchanged.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const BUKIT_LANCANG: Instansi = { nama: 'Pemerintah Kota Bukit Lancang', jenis: 'kota', kota: 'Bukit Lancang', kop: ['PEMERINTAH KOTA BUKIT LANCANG'] };
const SELAT_JINGGA: Instansi = { nama: 'Pemerintah Provinsi Selat Jingga', jenis: 'provinsi', kota: 'Muara Jingga', kop: ['PEMERINTAH PROVINSI SELAT JINGGA'] };

const BL_KOP = 'PEMERINTAH KOTA BUKIT LANCANG';
const SJ_KOP = 'PEMERINTAH PROVINSI SELAT JINGGA';
const BL_HEAD = 'WALI KOTA BUKIT LANCANG';
const SJ_HEAD = 'GUBERNUR SELAT JINGGA';
const BL_PLACE = 'Bukit Lancang';
const SJ_PLACE = 'Muara Jingga';
const BL_KOMINFO = 'DINAS KOMUNIKASI DAN INFORMATIKA';
const SJ_KOMINFO = 'DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN';
const BL_ADDR = 'Jalan Merdeka Nomor 12 Bukit Lancang 29411 Telepon (0761) 550210 Laman diskominfo.bukitlancangkota.go.id';
const SJ_ADDR = 'Jalan Pahlawan Bahari Nomor 3 Muara Jingga 78112 Telepon (0561) 730455 Laman diskominfo.selatjinggaprov.go.id';

/** A report in the house style: kop, unit and address, title, Nomor, BAB I PENDAHULUAN, BAB II, BAB III PENUTUP. */
const laporan = (p: {
  path: string;
  kop: string;
  unit: string;
  addr: string;
  title: string;
  nomor: string;
  pendahuluan: string[];
  babII: string;
  isi: string[];
  penutup: string;
  place: string;
  date: string | null;
  signer: string;
  confirmed?: boolean;
}): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\n${p.addr}\n${p.title}\nNomor: ${p.nomor}\nBAB I\nPENDAHULUAN\n${p.pendahuluan.map((x, i) => `1.${i + 1} ${x}`).join('\n')}\n` +
      `BAB II\n${p.babII}\n${p.isi.map((x, i) => `2.${i + 1} ${x}`).join('\n')}`,
    `BAB III\nPENUTUP\n${p.penutup}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer}`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** A decision of the head of region with DIKTUM KESATU, KEDUA, … */
const keputusan = (p: { path: string; kop: string; head: string; nomor: string; title: string; menimbang: string[]; mengingat: string[]; diktum: string[]; place: string; date: string; name: string }): ScenarioDoc => {
  const ordinals = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN'];
  return {
    path: p.path,
    pages: [
      `${p.kop}\nKEPUTUSAN ${p.head}\nNOMOR ${p.nomor}\nTENTANG\n${p.title}\n${p.head},\n` +
        `Menimbang : ${p.menimbang.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
        `Mengingat : ${p.mengingat.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nMEMUTUSKAN:\nMenetapkan : KEPUTUSAN ${p.head} TENTANG ${p.title}.\n` +
        p.diktum.map((x, i) => `DIKTUM ${ordinals[i] ?? String(i + 1)} : ${x}`).join('\n'),
      `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}`,
    ],
  };
};

/** A regulation of the head of region: BAB, Pasal, the signature and the Diundangkan block. */
const peraturan = (p: { path: string; kop: string; head: string; nomor: string; tahun: string; title: string; menimbang: string; bab: { judul: string; pasal: string[] }[]; place: string; date: string; name: string; berita: string }): ScenarioDoc => {
  let n = 0;
  const body = p.bab
    .map((b, i) => `BAB ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i]}\n${b.judul}\n${b.pasal.map((x) => `Pasal ${++n}\n${x}`).join('\n')}`)
    .join('\n');
  return {
    path: p.path,
    pages: [
      `${p.kop}\nPERATURAN ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\nTENTANG\n${p.title}\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n${p.head},\nMenimbang : ${p.menimbang}\nMEMUTUSKAN:\nMenetapkan : PERATURAN ${p.head} TENTANG ${p.title}.\n${body}`,
      `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}\nDiundangkan di ${p.place}\npada tanggal ${p.date}\nSEKRETARIS DAERAH,\nttd\n${p.berita}`,
    ],
  };
};

/** Minutes as a table: No | Uraian | Tindak Lanjut. */
const notula = (p: { path: string; kop: string; unit: string; title: string; hari: string; tempat: string; pimpinan: string; peserta: string; rows: [string, string][]; place: string; date: string | null; confirmed?: boolean }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nNOTULA RAPAT\n${p.title}\nHari/Tanggal : ${p.hari}\nTempat : ${p.tempat}\nPimpinan Rapat : ${p.pimpinan}\nPeserta : ${p.peserta}\n` +
      `No | Uraian | Tindak Lanjut\n${p.rows.map(([u, t], i) => `${i + 1} | ${u} | ${t}`).join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}Notulis,\nttd`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

const screen = (path: string, lines: string[]): ScenarioDoc => ({ path, pages: [lines.join('\n')] });

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ======================= 1 Kebijakan Internal Arsitektur SPBE
  {
    name: 'kk8 Bukit Lancang: rancangan Peraturan Wali Kota tentang Arsitektur SPBE, nomor belum diisi dan belum ditandatangani',
    indicator: 1,
    instansi: BUKIT_LANCANG,
    range: [1, 1],
    // K1 "Konsep kebijakan internal terkait Arsitektur SPBE … belum atau telah tersedia"; K2 needs "telah ditetapkan".
    because: 'tingkat 1: baru rancangan (konsep) Peraturan Wali Kota tentang Arsitektur SPBE, nomor kosong dan tanpa penetapan; tingkat 2 mensyaratkan kebijakan telah ditetapkan',
    docs: [
      {
        path: 'DISKOMINFO/Ranperwal Arsitektur SPBE draft v3.docx',
        pages: [
          `${BL_KOP}\nRANCANGAN\nPERATURAN ${BL_HEAD}\nNOMOR ... TAHUN 2025\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA BUKIT LANCANG\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n${BL_HEAD},\n` +
            'Menimbang : bahwa untuk melaksanakan ketentuan Pasal 11 Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik, perlu menetapkan Peraturan Wali Kota tentang Arsitektur SPBE;\n' +
            'BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Wali Kota ini yang dimaksud dengan:\n1. Daerah adalah Kota Bukit Lancang.\n2. Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan integrasi proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, dan keamanan SPBE untuk menghasilkan layanan SPBE yang terintegrasi.\n' +
            'BAB II\nREFERENSI DAN DOMAIN ARSITEKTUR\nPasal 2\n(1) Arsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur, aplikasi, keamanan dan layanan SPBE.\n(2) Rincian domain sebagaimana dimaksud pada ayat (1) [masih dibahas tim penyusun - catatan Bagian Hukum: mohon dilengkapi].\n' +
            'BAB III\nKETENTUAN PENUTUP\nPasal 3\nPeraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.\nDitetapkan di Bukit Lancang\npada tanggal ..................\nWALI KOTA BUKIT LANCANG,\n(belum ditandatangani)\nDRAF UNTUK PEMBAHASAN - TIDAK UNTUK DIEDARKAN',
        ],
      },
    ],
  },
  // ======================= 1 (another province's regulation beside our own draft)
  {
    name: 'kk8 Selat Jingga: Peraturan Gubernur Arsitektur SPBE milik Provinsi Teluk Bayan beserta konsep sendiri yang belum ditetapkan',
    indicator: 1,
    instansi: SELAT_JINGGA,
    range: [1, 1],
    // Another region's enacted regulation is not our policy (it binds only Teluk Bayan). Our own is a concept → K1.
    because: 'tingkat 1: peraturan yang ditetapkan adalah milik Provinsi Teluk Bayan (tidak mengikat Provinsi Selat Jingga); kebijakan sendiri baru berupa konsep dari tim penyusun',
    docs: [
      peraturan({
        path: 'DISKOMINFOPERS/Referensi/Pergub Teluk Bayan 14 2023 Arsitektur SPBE.pdf',
        kop: 'PEMERINTAH PROVINSI TELUK BAYAN',
        head: 'GUBERNUR TELUK BAYAN',
        nomor: '14',
        tahun: '2023',
        title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI TELUK BAYAN',
        menimbang: 'bahwa untuk memberikan panduan integrasi proses bisnis, data, aplikasi, infrastruktur dan keamanan SPBE di lingkungan Pemerintah Provinsi Teluk Bayan perlu menetapkan Peraturan Gubernur tentang Arsitektur SPBE;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Dalam Peraturan Gubernur ini yang dimaksud dengan Daerah adalah Provinsi Teluk Bayan.'] },
          {
            judul: 'DOMAIN ARSITEKTUR SPBE',
            pasal: [
              'Arsitektur SPBE Provinsi Teluk Bayan terdiri atas referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.',
              'Arsitektur SPBE Provinsi berpedoman pada Arsitektur SPBE Nasional dan direviu setiap tahun.',
            ],
          },
        ],
        place: 'Kota Bayan',
        date: '8 Mei 2023',
        name: 'H. RUSLAN EFENDI',
        berita: 'BERITA DAERAH PROVINSI TELUK BAYAN TAHUN 2023 NOMOR 14',
      }),
      {
        path: 'DISKOMINFOPERS/Konsep Pergub Arsitektur SPBE Selat Jingga.docx',
        pages: [
          `${SJ_KOP}\n${SJ_KOMINFO}\nKONSEP\nPERATURAN ${SJ_HEAD}\nNOMOR ... TAHUN 2025\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SELAT JINGGA\n` +
            'Catatan tim penyusun: konsep ini disusun dengan mengacu pada peraturan sejenis di Provinsi Teluk Bayan dan akan dibahas bersama Biro Hukum pada Triwulan I 2026.\n' +
            'Pasal 1\nArsitektur SPBE Provinsi Selat Jingga memuat referensi dan domain arsitektur SPBE.\nPasal 2\n(muatan domain akan dirinci setelah inventarisasi proses bisnis perangkat daerah selesai)\nMuara Jingga, November 2025\nTim Penyusun',
        ],
      },
    ],
  },
  // ======================= 2 Kebijakan Internal Peta Rencana SPBE
  {
    name: 'kk8 Selat Jingga: Pergub Peta Rencana SPBE 2024 yang hanya memuat tata kelola, layanan, aplikasi dan infrastruktur',
    indicator: 2,
    instansi: SELAT_JINGGA,
    range: [2, 2],
    // K2 "telah ditetapkan. Kondisi: … belum mengatur muatan Peta Rencana SPBE secara lengkap (Tata Kelola, Manajemen, Layanan,
    // Infrastruktur, Aplikasi, Keamanan, Audit TIK)" — Manajemen SPBE, Keamanan SPBE and Audit TIK are missing.
    because: 'tingkat 2: Peraturan Gubernur ditetapkan, tetapi muatan peta rencananya hanya tata kelola, layanan, aplikasi dan infrastruktur SPBE; manajemen SPBE, keamanan SPBE dan audit TIK tidak diatur (tingkat 3 mensyaratkan muatan lengkap)',
    docs: [
      peraturan({
        path: 'BIRO HUKUM/Pergub 27 Tahun 2024 Peta Rencana SPBE.pdf',
        kop: SJ_KOP,
        head: SJ_HEAD,
        nomor: '27',
        tahun: '2024',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SELAT JINGGA TAHUN 2024-2026',
        menimbang: 'bahwa untuk mengarahkan penerapan Sistem Pemerintahan Berbasis Elektronik secara terpadu di lingkungan Pemerintah Provinsi Selat Jingga perlu menetapkan Peraturan Gubernur tentang Peta Rencana SPBE;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Peta Rencana SPBE adalah dokumen perencanaan program dan kegiatan SPBE Provinsi Selat Jingga untuk jangka waktu 3 (tiga) tahun.'] },
          {
            judul: 'MUATAN PETA RENCANA',
            pasal: [
              'Peta Rencana SPBE Provinsi memuat:\na. peta rencana Tata Kelola SPBE;\nb. peta rencana Layanan SPBE;\nc. peta rencana Aplikasi SPBE; dan\nd. peta rencana Infrastruktur SPBE.',
              'Program dan kegiatan dalam peta rencana sebagaimana dimaksud dalam Pasal 2 dilaksanakan oleh perangkat daerah sesuai tugas dan fungsinya.',
            ],
          },
          { judul: 'KETENTUAN PENUTUP', pasal: ['Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.'] },
        ],
        place: SJ_PLACE,
        date: '19 Agustus 2024',
        name: 'Drs. H. ANDI MAPPATOBA, M.Si.',
        berita: 'BERITA DAERAH PROVINSI SELAT JINGGA TAHUN 2024 NOMOR 27',
      }),
    ],
  },
  // ======================= 4 Kebijakan Internal Pembangunan Aplikasi SPBE (invitation only)
  {
    name: 'kk8 Bukit Lancang: Perwal Pembangunan Aplikasi dengan siklus dan konsultasi ke Diskominfo, ditambah undangan rapat reviu saja',
    indicator: 4,
    instansi: BUKIT_LANCANG,
    range: [3, 3],
    // K3 "telah mengatur proses konsultasi … dengan unit … pengelolaan TIK". K4 also needs "keterpaduan dan pengendalian" and a review:
    // the invitation announces a review meeting; no minutes or report of its findings.
    because: 'tingkat 3: Perwal mengatur siklus pembangunan aplikasi dan kewajiban konsultasi kepada Diskominfo; undangan rapat reviu bukan bukti reviu dan evaluasi (tingkat 4 belum)',
    docs: [
      peraturan({
        path: 'BAGIAN HUKUM/Perwal 9 Tahun 2024 Pembangunan Aplikasi SPBE.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '9',
        tahun: '2024',
        title: 'PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: 'bahwa untuk mewujudkan pembangunan aplikasi SPBE yang terencana, efisien dan tidak tumpang tindih di lingkungan Pemerintah Kota Bukit Lancang perlu menetapkan Peraturan Wali Kota;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Perangkat Daerah pengelola TIK adalah Dinas Komunikasi dan Informatika Kota Bukit Lancang.'] },
          {
            judul: 'SIKLUS PEMBANGUNAN APLIKASI',
            pasal: [
              'Pembangunan Aplikasi SPBE dilaksanakan melalui tahapan:\na. analisis kebutuhan;\nb. perencanaan;\nc. rancang bangun;\nd. implementasi dan pengujian;\ne. pengoperasian; dan\nf. pemeliharaan dan evaluasi.',
              'Setiap tahapan sebagaimana dimaksud dalam Pasal 2 didokumentasikan oleh Perangkat Daerah pemilik proses bisnis.',
            ],
          },
          {
            judul: 'KONSULTASI',
            pasal: [
              '(1) Perangkat Daerah yang akan membangun atau mengembangkan Aplikasi SPBE wajib berkonsultasi kepada Dinas Komunikasi dan Informatika sebelum penganggaran.\n(2) Dinas Komunikasi dan Informatika memberikan rekomendasi tertulis paling lama 14 (empat belas) hari kerja sejak konsultasi diterima.',
            ],
          },
          { judul: 'KETENTUAN PENUTUP', pasal: ['Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.'] },
        ],
        place: BL_PLACE,
        date: '4 Maret 2024',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
        berita: 'BERITA DAERAH KOTA BUKIT LANCANG TAHUN 2024 NOMOR 9',
      }),
      {
        path: 'DISKOMINFO/Undangan Reviu Perwal Aplikasi.pdf',
        pages: [
          `${BL_KOP}\n${BL_KOMINFO}\n${BL_ADDR}\nBukit Lancang, 3 November 2025\nNomor : 005/412/Diskominfo/XI/2025\nSifat : Biasa\nLampiran : 1 (satu) berkas\nPerihal : Undangan Rapat Reviu Peraturan Wali Kota Nomor 9 Tahun 2024\n` +
            'Yth. Kepala Perangkat Daerah se-Kota Bukit Lancang\ndi Bukit Lancang\nDalam rangka reviu dan evaluasi pelaksanaan Peraturan Wali Kota Nomor 9 Tahun 2024 tentang Pembangunan dan Pengembangan Aplikasi SPBE, kami mengundang Bapak/Ibu pada:\n' +
            'Hari/tanggal : Kamis, 20 November 2025\nPukul : 09.00 WIB s.d. selesai\nTempat : Ruang Rapat Diskominfo\nAcara : Reviu pelaksanaan Perwal Pembangunan Aplikasi SPBE\nDemikian disampaikan, atas kehadirannya diucapkan terima kasih.\nKepala Dinas Komunikasi dan Informatika,\nttd\nRAHMAT HIDAYAT, S.Kom., M.T.',
        ],
      },
    ],
  },
  // ======================= 5 Kebijakan Internal Layanan Pusat Data (review in the window)
  {
    name: 'kk8 Selat Jingga: Pergub Pusat Data untuk seluruh perangkat daerah dan interkoneksi PDN, laporan reviu 2024 dengan temuan',
    indicator: 5,
    instansi: SELAT_JINGGA,
    range: [4, 4],
    // K3 all units; K4 "interkoneksi … dengan Pusat Data Nasional … telah direviu dan dievaluasi secara periodik" — review report of 2024 with findings.
    // K5 needs a new policy after the review: the report only recommends a revision.
    because: 'tingkat 4: Pergub mewajibkan seluruh perangkat daerah menggunakan pusat data provinsi dan mengatur interkoneksi dengan Pusat Data Nasional; laporan reviu Oktober 2024 memuat temuan; revisi baru direkomendasikan (tingkat 5 belum)',
    docs: [
      peraturan({
        path: 'BIRO HUKUM/Pergub 11 Tahun 2023 Layanan Pusat Data.pdf',
        kop: SJ_KOP,
        head: SJ_HEAD,
        nomor: '11',
        tahun: '2023',
        title: 'PENYELENGGARAAN LAYANAN PUSAT DATA PEMERINTAH PROVINSI SELAT JINGGA',
        menimbang: 'bahwa untuk efisiensi penggunaan infrastruktur SPBE perlu mengatur penggunaan Layanan Pusat Data secara bersama di lingkungan Pemerintah Provinsi Selat Jingga;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Pusat Data Provinsi adalah fasilitas penempatan sistem elektronik yang dikelola Dinas Komunikasi, Informatika dan Persandian.'] },
          {
            judul: 'PENGGUNAAN LAYANAN PUSAT DATA',
            pasal: [
              '(1) Seluruh Perangkat Daerah di lingkungan Pemerintah Provinsi wajib menempatkan aplikasi dan data pada Pusat Data Provinsi.\n(2) Perangkat Daerah dilarang membangun ruang server tersendiri.',
              'Pusat Data Provinsi diinterkoneksikan dengan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan, dan layanan yang tersedia di Pusat Data Nasional digunakan sesuai kebijakan nasional.',
              'Pelaksanaan Peraturan Gubernur ini direviu dan dievaluasi paling sedikit 1 (satu) kali dalam 2 (dua) tahun.',
            ],
          },
          { judul: 'KETENTUAN PENUTUP', pasal: ['Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.'] },
        ],
        place: SJ_PLACE,
        date: '6 April 2023',
        name: 'Drs. H. ANDI MAPPATOBA, M.Si.',
        berita: 'BERITA DAERAH PROVINSI SELAT JINGGA TAHUN 2023 NOMOR 11',
      }),
      laporan({
        path: 'DISKOMINFOPERS/Laporan Reviu Pergub Pusat Data 2024.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN HASIL REVIU DAN EVALUASI PERATURAN GUBERNUR NOMOR 11 TAHUN 2023 TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA',
        nomor: '555/0918/DKIP/X/2024',
        pendahuluan: [
          'Latar Belakang: Pasal 5 Peraturan Gubernur Nomor 11 Tahun 2023 mengamanatkan reviu dan evaluasi pelaksanaan paling sedikit sekali dalam dua tahun.',
          'Tujuan: menilai kesesuaian pelaksanaan kebijakan dengan kondisi layanan pusat data dan kebijakan Pusat Data Nasional.',
          'Metode: telaah dokumen, kuesioner kepada 44 perangkat daerah, dan rapat evaluasi tanggal 10 Oktober 2024.',
        ],
        babII: 'HASIL REVIU DAN EVALUASI',
        isi: [
          'Temuan 1: 41 dari 44 perangkat daerah telah menempatkan aplikasi di Pusat Data Provinsi; 3 perangkat daerah masih mengoperasikan server sendiri tanpa izin.',
          'Temuan 2: Pasal 4 belum memuat ketentuan mengenai migrasi ke layanan Pusat Data Nasional dan klasifikasi data yang boleh ditempatkan di PDN.',
          'Temuan 3: belum ada ketentuan rencana pemulihan bencana (DRC).',
          'Rekomendasi: merevisi Peraturan Gubernur Nomor 11 Tahun 2023 pada Tahun 2025 dengan menambahkan ketentuan migrasi PDN, klasifikasi data dan DRC.',
        ],
        penutup: 'Demikian laporan hasil reviu ini disusun sebagai bahan perbaikan kebijakan.',
        place: SJ_PLACE,
        date: '28 Oktober 2024',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.\nNIP 19700512 199503 1 004',
      }),
    ],
  },
  // ======================= 7 Kebijakan Internal Sistem Penghubung Layanan (review outside the window)
  {
    name: 'kk8 Selat Jingga: Pergub Sistem Penghubung Layanan seluruh perangkat daerah terhubung SPLP, reviu terakhir tahun 2021',
    indicator: 7,
    instansi: SELAT_JINGGA,
    range: [3, 3],
    // K3 all units. K4 also needs a periodic review; the only review minutes are of March 2021, outside the 2-year window of 2025.
    because: 'tingkat 3: Pergub mengatur penggunaan sistem penghubung layanan oleh seluruh perangkat daerah dan keterhubungan dengan SPLP; notula reviu bertanggal Maret 2021 sudah di luar masa berlaku dua tahun, sehingga reviu periodik tidak terbukti (tingkat 4)',
    docs: [
      peraturan({
        path: 'BIRO HUKUM/Pergub 6 Tahun 2020 Sistem Penghubung Layanan.pdf',
        kop: SJ_KOP,
        head: SJ_HEAD,
        nomor: '6',
        tahun: '2020',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH PROVINSI SELAT JINGGA',
        menimbang: 'bahwa untuk mewujudkan pertukaran data antar aplikasi yang aman dan terstandar perlu mengatur penggunaan Sistem Penghubung Layanan;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Sistem Penghubung Layanan Provinsi adalah perangkat integrasi berupa gerbang API yang dikelola Dinas Komunikasi, Informatika dan Persandian.'] },
          {
            judul: 'PENGGUNAAN',
            pasal: [
              'Seluruh Perangkat Daerah wajib menggunakan Sistem Penghubung Layanan Provinsi untuk pertukaran data antar Aplikasi SPBE.',
              'Sistem Penghubung Layanan Provinsi dihubungkan dengan Sistem Penghubung Layanan Pemerintah yang dikelola Kementerian Komunikasi dan Informatika.',
            ],
          },
          { judul: 'KETENTUAN PENUTUP', pasal: ['Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan.'] },
        ],
        place: SJ_PLACE,
        date: '2 Maret 2020',
        name: 'Drs. H. ANDI MAPPATOBA, M.Si.',
        berita: 'BERITA DAERAH PROVINSI SELAT JINGGA TAHUN 2020 NOMOR 6',
      }),
      notula({
        path: 'DISKOMINFOPERS/Notula Reviu Pergub Penghubung Layanan 2021.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        title: 'REVIU PELAKSANAAN PERATURAN GUBERNUR NOMOR 6 TAHUN 2020 TENTANG PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        hari: 'Selasa, 16 Maret 2021',
        tempat: 'Ruang Rapat Bidang Aplikasi Informatika',
        pimpinan: 'Sekretaris Dinas Komunikasi, Informatika dan Persandian',
        peserta: 'perwakilan 18 perangkat daerah pengguna API',
        rows: [
          ['Baru 12 aplikasi yang bertukar data melalui gerbang API provinsi', 'Bidang Aplikasi menyusun katalog API'],
          ['Dokumentasi API belum seragam', 'Disusun standar dokumentasi API Tahun 2021'],
          ['Keterhubungan ke SPLP nasional masih uji coba', 'Koordinasi dengan Kementerian Kominfo'],
        ],
        place: SJ_PLACE,
        date: '16 Maret 2021',
      }),
    ],
  },
  // ======================= 8 Kebijakan Internal Manajemen Keamanan Informasi (revision dated before the review)
  {
    name: 'kk8 Bukit Lancang: Perwal SMKI lengkap seluruh perangkat daerah, perubahannya Mei 2023 lalu reviu Juli 2024',
    indicator: 8,
    instansi: BUKIT_LANCANG,
    range: [4, 4],
    // K3 complete scope; K4 all units and a periodic review (July 2024, in the window). The amendment is of May 2023 — before the
    // review, so it cannot be its follow-up (K5 "hasil reviu … ditindaklanjuti dengan kebijakan baru").
    because: 'tingkat 4: Perwal mengatur seluruh cakupan manajemen keamanan informasi untuk seluruh perangkat daerah dan telah direviu Juli 2024; perubahan Perwal ditetapkan Mei 2023, sebelum reviu, sehingga bukan tindak lanjut hasil reviu (tingkat 5 belum)',
    docs: [
      peraturan({
        path: 'BAGIAN HUKUM/Perwal 15 Tahun 2022 Manajemen Keamanan Informasi.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '15',
        tahun: '2022',
        title: 'MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: 'bahwa untuk menjamin kerahasiaan, keutuhan dan ketersediaan informasi dalam penyelenggaraan SPBE perlu menetapkan Peraturan Wali Kota tentang Manajemen Keamanan Informasi;',
        bab: [
          { judul: 'KETENTUAN UMUM', pasal: ['Manajemen Keamanan Informasi adalah serangkaian proses untuk menjamin keberlangsungan SPBE dengan meminimalkan dampak risiko keamanan informasi.'] },
          {
            judul: 'RUANG LINGKUP DAN PENANGGUNG JAWAB',
            pasal: [
              'Manajemen Keamanan Informasi berlaku bagi seluruh Perangkat Daerah di lingkungan Pemerintah Kota Bukit Lancang.',
              'Penanggung jawab Manajemen Keamanan Informasi adalah Sekretaris Daerah selaku Koordinator SPBE, dengan pelaksana teknis Dinas Komunikasi dan Informatika.',
            ],
          },
          {
            judul: 'PELAKSANAAN',
            pasal: [
              'Manajemen Keamanan Informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab;\nc. perencanaan;\nd. dukungan pengoperasian;\ne. evaluasi kinerja; dan\nf. perbaikan berkelanjutan.',
              'Evaluasi kinerja keamanan informasi dilaksanakan setiap tahun menggunakan Indeks KAMI.',
            ],
          },
        ],
        place: BL_PLACE,
        date: '12 Juli 2022',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
        berita: 'BERITA DAERAH KOTA BUKIT LANCANG TAHUN 2022 NOMOR 15',
      }),
      peraturan({
        path: 'BAGIAN HUKUM/Perwal 7 Tahun 2023 Perubahan Perwal 15 2022.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '7',
        tahun: '2023',
        title: 'PERUBAHAN ATAS PERATURAN WALI KOTA NOMOR 15 TAHUN 2022 TENTANG MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: 'bahwa dengan terbentuknya Computer Security Incident Response Team (CSIRT) Kota Bukit Lancang perlu menyesuaikan ketentuan penanganan insiden;',
        bab: [{ judul: 'KETENTUAN PERUBAHAN', pasal: ['Di antara Pasal 6 dan Pasal 7 disisipkan 1 (satu) pasal, yakni Pasal 6A, yang berbunyi: Penanganan insiden keamanan informasi dilaksanakan oleh Bukit Lancang-CSIRT.'] }],
        place: BL_PLACE,
        date: '22 Mei 2023',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
        berita: 'BERITA DAERAH KOTA BUKIT LANCANG TAHUN 2023 NOMOR 7',
      }),
      laporan({
        path: 'DISKOMINFO/Laporan Reviu Kebijakan Keamanan Informasi 2024.pdf',
        kop: BL_KOP,
        unit: BL_KOMINFO,
        addr: BL_ADDR,
        title: 'LAPORAN REVIU DAN EVALUASI KEBIJAKAN MANAJEMEN KEAMANAN INFORMASI TAHUN 2024',
        nomor: '481/227/Diskominfo/VII/2024',
        pendahuluan: [
          'Latar Belakang: reviu dilaksanakan terhadap Peraturan Wali Kota Nomor 15 Tahun 2022 sebagaimana telah diubah dengan Peraturan Wali Kota Nomor 7 Tahun 2023.',
          'Ruang Lingkup: seluruh 31 perangkat daerah.',
        ],
        babII: 'HASIL REVIU',
        isi: [
          'Seluruh perangkat daerah telah menunjuk petugas keamanan informasi; Indeks KAMI kota tahun 2024 bernilai 512 (cukup baik).',
          'Kebijakan belum mengatur klasifikasi informasi dan pengamanan layanan berbasis cloud.',
          'Rekomendasi: menyusun perubahan kedua Perwal pada Tahun 2025.',
        ],
        penutup: 'Hasil reviu ini disampaikan kepada Sekretaris Daerah selaku Koordinator SPBE.',
        place: BL_PLACE,
        date: '18 Juli 2024',
        signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nRAHMAT HIDAYAT, S.Kom., M.T.\nNIP 19780321 200312 1 002',
      }),
    ],
  },
  // ======================= 10 Kebijakan Internal Tim Koordinasi (new decision after the review)
  {
    name: 'kk8 Bukit Lancang: Keputusan Wali Kota Tim Koordinasi SPBE 2023, notula reviu Maret 2025, keputusan baru Juni 2025',
    indicator: 10,
    instansi: BUKIT_LANCANG,
    range: [5, 5],
    // K3 tasks for all units; K4 tasks for cooperation with central and other regional governments, reviewed (minutes of March 2025 with findings);
    // K5 "hasil reviu … ditindaklanjuti dengan kebijakan baru": a new decision of June 2025 replacing the old one, citing the review.
    because: 'tingkat 5: keputusan 2023 mengatur tugas tim untuk seluruh perangkat daerah dan koordinasi dengan instansi pusat dan pemerintah daerah lain; direviu Maret 2025 dengan temuan; keputusan baru Juni 2025 menindaklanjuti hasil reviu',
    docs: [
      keputusan({
        path: 'SETDA/Kepwal 100.3.3.2-118 2023 Tim Koordinasi SPBE.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '100.3.3.2/118/2023',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA BUKIT LANCANG',
        menimbang: ['bahwa untuk meningkatkan keterpaduan penerapan SPBE di seluruh perangkat daerah perlu membentuk Tim Koordinasi SPBE;', 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a perlu menetapkan Keputusan Wali Kota;'],
        mengingat: ['Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;', 'Peraturan Wali Kota Bukit Lancang Nomor 3 Tahun 2021 tentang Penyelenggaraan SPBE;'],
        diktum: [
          'Membentuk Tim Koordinasi SPBE Kota Bukit Lancang dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.',
          'Tim Koordinasi SPBE bertugas: a. mengarahkan, memantau dan mengevaluasi penerapan SPBE pada seluruh perangkat daerah; b. menyelaraskan rencana dan anggaran SPBE seluruh perangkat daerah; c. melakukan koordinasi dan kerja sama SPBE dengan Instansi Pusat dan Pemerintah Daerah lain.',
          'Tim Koordinasi SPBE melaporkan pelaksanaan tugasnya kepada Wali Kota setiap 6 (enam) bulan.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: BL_PLACE,
        date: '9 Februari 2023',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
      }),
      notula({
        path: 'SETDA/Notula Reviu Kepwal Tim Koordinasi SPBE 2025.pdf',
        kop: BL_KOP,
        unit: 'SEKRETARIAT DAERAH - BAGIAN ORGANISASI',
        title: 'REVIU DAN EVALUASI KEPUTUSAN WALI KOTA NOMOR 100.3.3.2/118/2023 TENTANG TIM KOORDINASI SPBE',
        hari: 'Rabu, 12 Maret 2025',
        tempat: 'Ruang Rapat Sekretaris Daerah',
        pimpinan: 'Sekretaris Daerah Kota Bukit Lancang selaku Ketua Tim Koordinasi SPBE',
        peserta: 'anggota Tim Koordinasi SPBE dan perwakilan 31 perangkat daerah',
        rows: [
          ['Susunan keanggotaan belum menyesuaikan nomenklatur perangkat daerah hasil penataan kelembagaan Tahun 2024', 'Bagian Organisasi menyusun rancangan keputusan baru'],
          ['Tugas manajemen risiko dan audit TIK belum dirumuskan dalam keputusan', 'Ditambahkan sebagai tugas tim pada keputusan baru'],
          ['Pelaporan enam bulanan baru dilaksanakan satu kali pada Tahun 2024', 'Ditetapkan jadwal pelaporan Juni dan Desember'],
        ],
        place: BL_PLACE,
        date: '12 Maret 2025',
      }),
      keputusan({
        path: 'SETDA/Kepwal 100.3.3.2-207 2025 Tim Koordinasi SPBE.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '100.3.3.2/207/2025',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA BUKIT LANCANG',
        menimbang: [
          'bahwa berdasarkan hasil reviu dan evaluasi tanggal 12 Maret 2025, Keputusan Wali Kota Nomor 100.3.3.2/118/2023 perlu disesuaikan dengan penataan kelembagaan dan tugas manajemen risiko serta audit TIK;',
          'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a perlu menetapkan Keputusan Wali Kota yang baru;',
        ],
        mengingat: ['Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;', 'Peraturan Wali Kota Bukit Lancang Nomor 3 Tahun 2021 tentang Penyelenggaraan SPBE;'],
        diktum: [
          'Membentuk Tim Koordinasi SPBE Kota Bukit Lancang dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.',
          'Tim Koordinasi SPBE bertugas: a. mengarahkan, memantau dan mengevaluasi penerapan SPBE pada seluruh perangkat daerah; b. menyelaraskan rencana dan anggaran SPBE; c. menetapkan kebijakan strategis manajemen risiko SPBE dan merencanakan audit TIK; d. melakukan koordinasi dan kerja sama SPBE dengan Instansi Pusat dan Pemerintah Daerah lain.',
          'Tim Koordinasi SPBE melaporkan pelaksanaan tugasnya kepada Wali Kota setiap bulan Juni dan Desember.',
          'Dengan ditetapkannya Keputusan ini, Keputusan Wali Kota Nomor 100.3.3.2/118/2023 dicabut dan dinyatakan tidak berlaku.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: BL_PLACE,
        date: '16 Juni 2025',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
      }),
    ],
  },
  // ======================= 11 Arsitektur SPBE (pemutakhiran after review)
  {
    name: 'kk8 Selat Jingga: dokumen Arsitektur SPBE enam domain berpedoman Arsitektur Nasional, reviu Mei 2024 dan pemutakhiran Februari 2025',
    indicator: 11,
    instansi: SELAT_JINGGA,
    range: [5, 5],
    // K3 all six domains; K4 "berpedoman pada Arsitektur SPBE Nasional … reviu dan evaluasi"; K5 "pemutakhiran sebagai tindak lanjut hasil reviu".
    because: 'tingkat 5: dokumen arsitektur memuat keenam domain dan berpedoman pada Arsitektur SPBE Nasional; laporan reviu Mei 2024 memuat temuan; dokumen versi 2.0 Februari 2025 dimutakhirkan menindaklanjuti reviu',
    docs: [
      keputusan({
        path: 'DISKOMINFOPERS/Kepgub Arsitektur SPBE 2023-2027.pdf',
        kop: SJ_KOP,
        head: SJ_HEAD,
        nomor: '000.5.2/412/2023',
        title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SELAT JINGGA TAHUN 2023-2027',
        menimbang: ['bahwa Arsitektur SPBE Provinsi perlu disusun dengan berpedoman pada Arsitektur SPBE Nasional dan RPJMD;'],
        mengingat: ['Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional;'],
        diktum: [
          'Menetapkan Arsitektur SPBE Provinsi Selat Jingga Tahun 2023-2027 sebagaimana tercantum dalam Lampiran yang memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur, dan keamanan SPBE.',
          'Arsitektur SPBE sebagaimana dimaksud dalam DIKTUM KESATU berpedoman pada Arsitektur SPBE Nasional dan menjadi acuan perangkat daerah dalam penyusunan rencana dan anggaran SPBE.',
          'Arsitektur SPBE direviu setiap tahun oleh Tim Koordinasi SPBE Provinsi.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: SJ_PLACE,
        date: '14 Juni 2023',
        name: 'Drs. H. ANDI MAPPATOBA, M.Si.',
      }),
      laporan({
        path: 'DISKOMINFOPERS/Laporan Reviu Arsitektur SPBE 2024.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN REVIU DAN EVALUASI ARSITEKTUR SPBE PROVINSI SELAT JINGGA TAHUN 2024',
        nomor: '000.5.2/0331/DKIP/V/2024',
        pendahuluan: ['Dasar: DIKTUM KETIGA Keputusan Gubernur Nomor 000.5.2/412/2023.', 'Pelaksana: Tim Koordinasi SPBE Provinsi bersama Bappeda.'],
        babII: 'HASIL REVIU',
        isi: [
          'Domain arsitektur aplikasi belum memuat 27 aplikasi yang dibangun perangkat daerah pada Tahun 2023.',
          'Referensi arsitektur data belum selaras dengan kode referensi Satu Data Indonesia terbaru.',
          'Rekomendasi: pemutakhiran dokumen Arsitektur SPBE menjadi versi 2.0 paling lambat Triwulan I 2025.',
        ],
        penutup: 'Laporan ini disampaikan kepada Ketua Tim Koordinasi SPBE Provinsi.',
        place: SJ_PLACE,
        date: '21 Mei 2024',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.\nNIP 19700512 199503 1 004',
      }),
      keputusan({
        path: 'DISKOMINFOPERS/Kepgub Pemutakhiran Arsitektur SPBE v2.0 2025.pdf',
        kop: SJ_KOP,
        head: SJ_HEAD,
        nomor: '000.5.2/95/2025',
        title: 'PEMUTAKHIRAN ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI SELAT JINGGA TAHUN 2023-2027',
        menimbang: ['bahwa berdasarkan Laporan Hasil Reviu Arsitektur SPBE Tahun 2024 perlu dilakukan pemutakhiran domain arsitektur aplikasi dan referensi arsitektur data;'],
        mengingat: ['Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional;', 'Keputusan Gubernur Nomor 000.5.2/412/2023;'],
        diktum: [
          'Menetapkan Arsitektur SPBE Provinsi Selat Jingga Tahun 2023-2027 Versi 2.0 sebagai hasil pemutakhiran yang memuat seluruh referensi dan domain arsitektur SPBE, sebagaimana tercantum dalam Lampiran.',
          'Pemutakhiran meliputi penambahan 27 aplikasi pada domain arsitektur aplikasi dan penyelarasan referensi data dengan Satu Data Indonesia.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: SJ_PLACE,
        date: '17 Februari 2025',
        name: 'Drs. H. ANDI MAPPATOBA, M.Si.',
      }),
    ],
  },
  // ======================= 12 Peta Rencana SPBE (undated review note)
  {
    name: 'kk8 Bukit Lancang: dokumen Peta Rencana SPBE lengkap delapan muatan dan catatan reviu tanpa tanggal',
    indicator: 12,
    instansi: BUKIT_LANCANG,
    range: [3, 3],
    // K3 complete content. K4 needs consistent application through 3 years of work plans and a periodic review: the only review is an
    // undated note (its date cannot be placed in the window) and no RKA of three years is shown.
    because: 'tingkat 3: Peta Rencana SPBE memuat seluruh muatan; catatan reviu tidak bertanggal dan tidak ada bukti penerapan melalui rencana kerja dan anggaran tiga tahun terakhir (tingkat 4 belum terbukti)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Dokumen Peta Rencana SPBE 2024-2026.pdf',
        kop: BL_KOP,
        unit: BL_KOMINFO,
        addr: BL_ADDR,
        title: 'DOKUMEN PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA BUKIT LANCANG TAHUN 2024-2026',
        nomor: '050/88/Diskominfo/I/2024',
        pendahuluan: ['Latar Belakang: Peta Rencana SPBE disusun sebagai penjabaran Arsitektur SPBE Kota Bukit Lancang.', 'Sistematika: Bab II memuat peta rencana per muatan.'],
        babII: 'PETA RENCANA SPBE',
        isi: [
          'Peta rencana Tata Kelola SPBE: penyusunan kebijakan internal dan penguatan Tim Koordinasi SPBE.',
          'Peta rencana Manajemen SPBE: manajemen risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan dan layanan SPBE.',
          'Peta rencana Layanan SPBE: layanan administrasi pemerintahan dan layanan publik berbasis elektronik.',
          'Peta rencana Infrastruktur SPBE: pusat data, jaringan intra dan sistem penghubung layanan.',
          'Peta rencana Aplikasi SPBE: aplikasi umum dan aplikasi khusus.',
          'Peta rencana Keamanan SPBE: penjaminan kerahasiaan, keutuhan, ketersediaan, keaslian dan kenirsangkalan.',
          'Peta rencana Audit Teknologi SPBE dan Audit TIK: audit infrastruktur, aplikasi dan keamanan SPBE.',
        ],
        penutup: 'Peta Rencana ini menjadi acuan perangkat daerah dalam penyusunan Renja dan RKA.',
        place: BL_PLACE,
        date: '15 Januari 2024',
        signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nRAHMAT HIDAYAT, S.Kom., M.T.',
      }),
      {
        path: 'DISKOMINFO/catatan reviu peta rencana.docx',
        pages: [
          'CATATAN REVIU PETA RENCANA SPBE\n1. Program pusat data perlu disesuaikan dengan kebijakan PDN.\n2. Beberapa kegiatan Tahun 2025 belum masuk Renja perangkat daerah.\n3. Usul: dibahas pada rapat Tim Koordinasi berikutnya.\n(catatan internal Bidang Aptika)',
        ],
      },
    ],
  },
  // ======================= 13 Keterpaduan Rencana dan Anggaran (counts)
  {
    name: 'kk8 Selat Jingga: laporan konsultasi RKA SPBE, 28 dari 35 perangkat daerah berkonsultasi ke Diskominfopers',
    indicator: 13,
    instansi: SELAT_JINGGA,
    range: [2, 2],
    // K2 "tidak seluruhnya dikonsultasikan kepada unit pengelola TIK"; K3 needs all.
    because: 'tingkat 2: rencana dan anggaran SPBE tertuang dalam RKA, tetapi hanya 28 dari 35 perangkat daerah yang mengonsultasikannya kepada Diskominfopers (tingkat 3 mensyaratkan seluruhnya)',
    docs: [
      laporan({
        path: 'DISKOMINFOPERS/Laporan Konsultasi Rencana Anggaran SPBE TA 2025.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN PELAKSANAAN KONSULTASI RENCANA DAN ANGGARAN SPBE PERANGKAT DAERAH TAHUN ANGGARAN 2025',
        nomor: '027/1102/DKIP/XI/2024',
        pendahuluan: [
          'Dasar: Surat Edaran Sekretaris Daerah Nomor 027/55/Setda tentang kewajiban konsultasi belanja TIK sebelum penyusunan RKA.',
          'Tujuan: memastikan belanja SPBE perangkat daerah selaras dengan Arsitektur dan Peta Rencana SPBE.',
        ],
        babII: 'HASIL KONSULTASI',
        isi: [
          'Jumlah perangkat daerah yang menganggarkan belanja SPBE pada RKA Tahun Anggaran 2025: 35 perangkat daerah, dengan total pagu Rp 41.870.000.000.',
          'Perangkat daerah yang telah berkonsultasi dan memperoleh rekomendasi Diskominfopers: 28 dari 35 perangkat daerah.',
          'Tujuh perangkat daerah (antara lain Dinas Pendidikan, RSUD Muara Jingga dan Badan Pendapatan Daerah) menyusun anggaran aplikasi tanpa konsultasi.',
          'Sebanyak 11 usulan pengadaan perangkat lunak digabung karena fungsi yang sama.',
        ],
        penutup: 'Diusulkan agar TAPD tidak memproses RKA belanja TIK yang belum memperoleh rekomendasi Diskominfopers.',
        place: SJ_PLACE,
        date: '25 November 2024',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.',
      }),
    ],
  },
  // ======================= 15 Pembangunan Aplikasi
  {
    name: 'kk8 Bukit Lancang: laporan pembangunan aplikasi SIPADU dengan tahapan siklus dan rekomendasi Diskominfo',
    indicator: 15,
    instansi: BUKIT_LANCANG,
    range: [3, 3],
    // K2 "sesuai siklus pembangunan aplikasi"; K3 "dikonsultasikan kepada … pengelolaan TIK" — the Diskominfo recommendation letter is cited.
    // K4 needs integration and control by the ICT unit and a periodic review: none shown.
    because: 'tingkat 3: pembangunan aplikasi mengikuti tahapan analisis, desain, konstruksi, pengujian, implementasi dan pemeliharaan dan dikonsultasikan kepada Diskominfo (surat rekomendasi); tidak ada bukti pengendalian terpadu dan reviu (tingkat 4)',
    docs: [
      laporan({
        path: 'DPMPTSP/Laporan Akhir Pembangunan SIPADU 2025.pdf',
        kop: BL_KOP,
        unit: 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
        addr: 'Jalan Sudirman Nomor 40 Bukit Lancang 29412',
        title: 'LAPORAN AKHIR PEMBANGUNAN APLIKASI SISTEM INFORMASI PELAYANAN TERPADU (SIPADU)',
        nomor: '500.16/311/DPMPTSP/IX/2025',
        pendahuluan: [
          'Latar Belakang: layanan perizinan non-berusaha masih manual sehingga diperlukan aplikasi SIPADU.',
          'Konsultasi: rencana pembangunan telah dikonsultasikan kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi Nomor 555/061/Diskominfo/II/2025 tanggal 3 Februari 2025.',
        ],
        babII: 'PELAKSANAAN SIKLUS PEMBANGUNAN APLIKASI',
        isi: [
          'Analisis kebutuhan (Februari 2025): dokumen kebutuhan pengguna disetujui Kepala Dinas.',
          'Desain (Maret 2025): rancangan basis data dan antarmuka sesuai standar desain Diskominfo.',
          'Konstruksi (April-Juni 2025): pengembangan oleh tim programmer Diskominfo dan DPMPTSP.',
          'Pengujian (Juli 2025): uji fungsional dan User Acceptance Test dengan berita acara.',
          'Implementasi (Agustus 2025): aplikasi ditempatkan di pusat data kota.',
          'Pemeliharaan: dilaksanakan oleh operator DPMPTSP dengan dukungan Diskominfo.',
        ],
        penutup: 'Demikian laporan akhir pembangunan aplikasi SIPADU ini disampaikan.',
        place: BL_PLACE,
        date: '10 September 2025',
        signer: 'Kepala Dinas Penanaman Modal dan PTSP,\nttd\nHENDRA GUNAWAN, S.E., M.M.',
      }),
    ],
  },
  // ======================= 16 Layanan Pusat Data (belum seluruh)
  {
    name: 'kk8 Selat Jingga: laporan layanan pusat data 2025, 31 dari 44 perangkat daerah, belum seluruh perangkat daerah',
    indicator: 16,
    instansi: SELAT_JINGGA,
    range: [2, 2],
    // K2 "tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah".
    because: 'tingkat 2: pusat data digunakan oleh 31 dari 44 perangkat daerah; laporan menyatakan belum seluruh perangkat daerah menggunakannya (tingkat 3 mensyaratkan seluruhnya dan SOP)',
    docs: [
      laporan({
        path: 'DISKOMINFOPERS/Laporan Layanan Pusat Data Semester I 2025.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA PROVINSI SELAT JINGGA SEMESTER I TAHUN 2025',
        nomor: '555/0612/DKIP/VII/2025',
        pendahuluan: ['Pusat Data Provinsi melayani colocation, hosting virtual server dan backup bagi perangkat daerah.', 'Periode laporan: Januari-Juni 2025.'],
        babII: 'CAPAIAN LAYANAN',
        isi: [
          'Jumlah virtual server aktif: 186; ketersediaan layanan 99,62 persen.',
          'Pengguna layanan: 31 dari 44 perangkat daerah; belum seluruh perangkat daerah menggunakan pusat data provinsi karena 13 perangkat daerah masih menggunakan hosting pihak ketiga.',
          'Migrasi 5 perangkat daerah direncanakan pada Semester II 2025.',
        ],
        penutup: 'Demikian laporan ini disampaikan.',
        place: SJ_PLACE,
        date: '8 Juli 2025',
        signer: 'Kepala Bidang Infrastruktur TIK dan Persandian,\nttd\nYUSUF HAMZAH, S.T., M.Kom.',
      }),
    ],
  },
  // ======================= 19 Pelaksanaan Tim Koordinasi (review in 2025)
  {
    name: 'kk8 Selat Jingga: program kerja dan laporan Tim Koordinasi SPBE 2024 dikomunikasikan ke seluruh perangkat daerah, evaluasi Februari 2025',
    indicator: 19,
    instansi: SELAT_JINGGA,
    range: [4, 4],
    // K3 all programs carried out; K4 communicated to all units and reviewed (evaluation minutes Feb 2025 with findings). K5 needs improvement of the
    // programme following the review — only planned.
    because: 'tingkat 4: seluruh program kerja 2024 terlaksana dan disosialisasikan kepada 44 perangkat daerah; notula evaluasi Februari 2025 memuat temuan; perbaikan program kerja baru akan disusun (tingkat 5 belum)',
    docs: [
      laporan({
        path: 'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2024.pdf',
        kop: SJ_KOP,
        unit: 'SEKRETARIAT DAERAH - BIRO ORGANISASI',
        addr: 'Jalan Gubernur Achmad Nomor 1 Muara Jingga 78111',
        title: 'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE PROVINSI SELAT JINGGA TAHUN 2024',
        nomor: '000.8/044/Org/I/2025',
        pendahuluan: ['Dasar: Keputusan Gubernur tentang Tim Koordinasi SPBE dan Program Kerja Tim Tahun 2024.', 'Program kerja disampaikan kepada seluruh 44 perangkat daerah melalui Surat Sekretaris Daerah tanggal 15 Januari 2024 dan rapat koordinasi.'],
        babII: 'PELAKSANAAN PROGRAM KERJA',
        isi: [
          'Penyusunan kebijakan internal SPBE: terlaksana (4 Peraturan Gubernur ditetapkan).',
          'Rapat koordinasi triwulanan dengan seluruh perangkat daerah: terlaksana 4 kali.',
          'Pendampingan penilaian mandiri SPBE: terlaksana bagi 44 perangkat daerah.',
          'Pemantauan belanja TIK: terlaksana.',
          'Capaian: 4 dari 4 program kerja terlaksana (100 persen).',
        ],
        penutup: 'Laporan ini disampaikan kepada Gubernur selaku pengarah.',
        place: SJ_PLACE,
        date: '20 Januari 2025',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE,\nttd\nDr. Ir. HASAN BASRI, M.Si.',
      }),
      notula({
        path: 'SETDA/Notula Evaluasi Program Kerja Tim Koordinasi SPBE.pdf',
        kop: SJ_KOP,
        unit: 'SEKRETARIAT DAERAH - BIRO ORGANISASI',
        title: 'EVALUASI PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2024',
        hari: 'Kamis, 13 Februari 2025',
        tempat: 'Ruang Rapat Asisten Administrasi Umum',
        pimpinan: 'Sekretaris Daerah Provinsi Selat Jingga',
        peserta: 'anggota Tim Koordinasi SPBE',
        rows: [
          ['Program kerja belum memuat target indikator yang terukur per perangkat daerah', 'Biro Organisasi menyusun program kerja 2025 dengan target terukur'],
          ['Rapat koordinasi belum menghasilkan keputusan tertulis', 'Setiap rapat dilengkapi berita acara'],
          ['Nilai indeks SPBE 2024 aspek manajemen masih rendah', 'Dijadikan prioritas program 2025'],
        ],
        place: SJ_PLACE,
        date: '13 Februari 2025',
      }),
    ],
  },
  // ======================= 20 Kolaborasi (ad hoc)
  {
    name: 'kk8 Bukit Lancang: catatan pertemuan insidental Diskominfo dan Dinas Kesehatan soal integrasi aplikasi puskesmas',
    indicator: 20,
    instansi: BUKIT_LANCANG,
    pending: "gets 0: no evidence accepted for 20 (the ad-hoc meeting minutes between Diskominfo and Dinkes are not mapped to the indicator)",
    range: [1, 1],
    // K1 "kolaborasi … dilaksanakan sewaktu-waktu atau tanpa perencanaan"; K2 needs a plan.
    because: 'tingkat 1: kolaborasi antar perangkat daerah berlangsung sewaktu-waktu atas permintaan mendadak, tanpa rencana kegiatan kolaborasi (tingkat 2)',
    docs: [
      notula({
        path: 'DISKOMINFO/Notula Pertemuan Diskominfo Dinkes Aplikasi Puskesmas.pdf',
        kop: BL_KOP,
        unit: BL_KOMINFO,
        title: 'PERTEMUAN MENDADAK PEMBAHASAN GANGGUAN APLIKASI PENDAFTARAN PUSKESMAS',
        hari: 'Jumat, 7 Maret 2025',
        tempat: 'Ruang Kepala Bidang Aptika',
        pimpinan: 'Kepala Bidang Aplikasi Informatika',
        peserta: 'Diskominfo dan Dinas Kesehatan (2 orang)',
        rows: [
          ['Pertemuan diadakan atas permintaan Dinas Kesehatan karena aplikasi pendaftaran puskesmas tidak dapat diakses sejak pagi; tidak termasuk agenda atau rencana kegiatan', 'Diskominfo memeriksa server'],
          ['Dinas Kesehatan meminta bantuan integrasi data pasien dengan aplikasi kependudukan bila sempat', 'Akan dibicarakan lagi bila diperlukan'],
        ],
        place: BL_PLACE,
        date: '7 Maret 2025',
      }),
    ],
  },
  // ======================= 21 Manajemen Risiko (risk register per pedoman, one unit)
  {
    name: 'kk8 Selat Jingga: register risiko SPBE Diskominfopers 2025 disusun mengacu pedoman manajemen risiko SPBE',
    indicator: 21,
    instansi: SELAT_JINGGA,
    range: [3, 3],
    // K2 planned programme; K3 "mengacu pada pedoman manajemen risiko SPBE" (PermenPANRB 5/2020). K4 needs a strategic policy set by the
    // Komite/Tim Koordinasi and applied to all units, plus a review: the register is of one office, no review.
    because: 'tingkat 3: register risiko ditetapkan secara formal dan disusun mengacu Pedoman Manajemen Risiko SPBE (PermenPANRB 5/2020) dalam program kerja tahunan; kebijakan strategis oleh Tim Koordinasi untuk seluruh perangkat daerah dan reviu tidak ada (tingkat 4)',
    docs: [
      {
        path: 'DISKOMINFOPERS/Register Risiko SPBE 2025.xlsx',
        pages: [
          `${SJ_KOP}\n${SJ_KOMINFO}\nREGISTER RISIKO SPBE TAHUN 2025\nNomor : 700/0207/DKIP/II/2025\n` +
            'Acuan : Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE\nPemilik Risiko : Kepala Dinas Komunikasi, Informatika dan Persandian\nKonteks : Program kerja manajemen risiko SPBE Tahun 2025 (penetapan konteks, identifikasi, analisis, evaluasi, penanganan, pemantauan)\n' +
            'No | Kategori Risiko | Kejadian Risiko | Penyebab | Dampak | Kemungkinan | Level Risiko | Rencana Penanganan\n' +
            '1 | Risiko SPBE Negatif - Infrastruktur | Pusat data padam lebih dari 4 jam | UPS tidak terpelihara | Layanan seluruh aplikasi terhenti | 3 | 15 Tinggi | Kontrak pemeliharaan UPS Triwulan II\n' +
            '2 | Risiko SPBE Negatif - Keamanan | Peretasan laman perangkat daerah | CMS tidak diperbarui | Reputasi | 4 | 16 Tinggi | Patch bulanan dan WAF\n' +
            '3 | Risiko SPBE Negatif - Data | Kehilangan data cadangan | Backup tidak diuji | Data hilang | 2 | 8 Sedang | Uji pemulihan setiap triwulan\n' +
            '4 | Risiko SPBE Positif - Layanan | Integrasi dengan SPLP nasional | Dukungan pusat | Efisiensi | 3 | 12 Sedang | Mengalokasikan anggaran integrasi\n' +
            'Ditetapkan di Muara Jingga, 14 Februari 2025\nKepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.',
        ],
      },
    ],
  },
  // ======================= 22 Keamanan Informasi (English consultant report, some units)
  {
    name: 'kk8 Bukit Lancang: English consultant gap assessment, security controls implemented in 9 of 31 agencies',
    indicator: 22,
    instansi: BUKIT_LANCANG,
    range: [2, 2],
    // K2 "Pengendalian Keamanan Informasi telah tersedia … pada sebagian unit kerja/perangkat daerah"; K3 all units based on risk.
    because: 'tingkat 2: pengendalian keamanan informasi sudah diterapkan, tetapi hanya pada 9 dari 31 perangkat daerah menurut laporan konsultan (tingkat 3 mensyaratkan seluruh perangkat daerah berdasarkan risiko)',
    docs: [
      {
        path: 'DISKOMINFO/Consultant/ISMS Gap Assessment Report Bukit Lancang 2025.pdf',
        pages: [
          'PT Sentra Siber Nusantara\nInformation Security Management Gap Assessment\nClient: Pemerintah Kota Bukit Lancang - Dinas Komunikasi dan Informatika\nReport No. SSN/ISMS/2025/017\nDate: 22 May 2025\n' +
            '1. Executive Summary\nThe City Government of Bukit Lancang has implemented information security controls (access control, antivirus, firewall, backup and log monitoring) in 9 of its 31 regional agencies (perangkat daerah), mainly those hosted in the city data centre. The remaining 22 agencies have no documented controls.\n' +
            '2. Scope\nControls were assessed against ISO/IEC 27001:2022 Annex A and the BSSN Indeks KAMI framework.\n' +
            '3. Key Findings\n3.1 Controls are not yet selected on the basis of a risk assessment.\n3.2 No city-wide information security strategy has been adopted by the SPBE Coordination Team.\n3.3 Incident handling is performed by the city CSIRT for the 9 agencies only.\n' +
            '4. Recommendations\nExtend the baseline controls to all 31 agencies, perform a risk assessment first, and adopt a security strategy.\nPrepared by: Lead Consultant, CISSP',
        ],
      },
    ],
  },
  // ======================= 23 Manajemen Data (improvement after review)
  {
    name: 'kk8 Selat Jingga: strategi Satu Data oleh Forum Satu Data untuk seluruh perangkat daerah, evaluasi 2024, perbaikan 2025',
    indicator: 23,
    instansi: SELAT_JINGGA,
    range: [5, 5],
    // K3 follows a data-management guideline covering the six parts; K4 a strategy set by the Forum Satu Data applied to all units, reviewed;
    // K5 "hasil reviu … ditindaklanjuti melalui perbaikan penerapan" — the 2025 decision and improvement report follow the 2024 evaluation.
    because: 'tingkat 5: manajemen data mengacu pedoman yang mencakup arsitektur data, data induk, data referensi, basis data, kualitas dan interoperabilitas; strategi Forum Satu Data diterapkan di 44 perangkat daerah; evaluasi November 2024 ditindaklanjuti dengan perbaikan yang dilaporkan Juni 2025',
    docs: [
      laporan({
        path: 'DISKOMINFOPERS/Laporan Evaluasi Penerapan Satu Data 2024.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN EVALUASI PENERAPAN MANAJEMEN DATA DAN SATU DATA PROVINSI SELAT JINGGA TAHUN 2024',
        nomor: '490/1187/DKIP/XI/2024',
        pendahuluan: [
          'Dasar: Peraturan Gubernur Nomor 19 Tahun 2022 tentang Satu Data Provinsi Selat Jingga dan Pedoman Manajemen Data yang mencakup pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data.',
          'Strategi pengelolaan data Tahun 2023-2026 ditetapkan oleh Forum Satu Data Provinsi dan diterapkan di seluruh 44 perangkat daerah selaku produsen data.',
        ],
        babII: 'HASIL EVALUASI',
        isi: [
          'Seluruh 44 perangkat daerah telah menunjuk walidata pendukung dan menyerahkan daftar data.',
          'Temuan: 23 persen dataset tidak memiliki metadata baku; kode wilayah belum mengikuti data referensi nasional.',
          'Rekomendasi: penerapan validasi metadata otomatis pada portal dan pelatihan walidata pendukung pada Triwulan I 2025.',
        ],
        penutup: 'Hasil evaluasi disampaikan kepada Forum Satu Data untuk ditindaklanjuti.',
        place: SJ_PLACE,
        date: '27 November 2024',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian selaku Walidata,\nttd\nIr. BAMBANG SUTRISNO, M.M.',
      }),
      laporan({
        path: 'DISKOMINFOPERS/Laporan Tindak Lanjut Evaluasi Manajemen Data 2025.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN TINDAK LANJUT HASIL EVALUASI PENERAPAN MANAJEMEN DATA',
        nomor: '490/0655/DKIP/VI/2025',
        pendahuluan: ['Laporan ini memuat tindak lanjut atas rekomendasi Laporan Evaluasi Nomor 490/1187/DKIP/XI/2024 tanggal 27 November 2024.'],
        babII: 'PERBAIKAN YANG TELAH DILAKSANAKAN',
        isi: [
          'Validasi metadata otomatis diterapkan pada Portal Satu Data sejak 3 Maret 2025; dataset tanpa metadata baku turun dari 23 persen menjadi 4 persen.',
          'Kode wilayah pada seluruh dataset diselaraskan dengan data referensi Kemendagri.',
          'Pelatihan walidata pendukung diikuti 88 peserta dari 44 perangkat daerah pada Februari 2025.',
        ],
        penutup: 'Perbaikan penerapan manajemen data akan dievaluasi kembali pada November 2025.',
        place: SJ_PLACE,
        date: '19 Juni 2025',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.',
      }),
    ],
  },
  // ======================= 24 Manajemen Aset TIK (OCR-damaged scan)
  {
    name: 'kk8 Bukit Lancang: pindaian laporan inventarisasi aset TIK terencana tanpa pedoman, teks OCR rusak',
    indicator: 24,
    instansi: BUKIT_LANCANG,
    range: [2, 2],
    // K2 "diterapkan dengan program kegiatan yang terarah dan terencana. Kondisi: … tanpa mengacu pada pedoman Manajemen Aset TIK" —
    // the report says the inventory follows the annual work plan and that no asset guideline exists yet.
    because: 'tingkat 2: inventarisasi aset TIK dilaksanakan sesuai rencana kerja tahunan, tetapi laporan menyatakan belum ada pedoman manajemen aset TIK (tingkat 3 mensyaratkan pedoman yang mencakup perencanaan, pengadaan, pemanfaatan dan penghapusan)',
    docs: [
      {
        path: 'DISKOMINFO/Scan/scan_laporan_aset_tik_2025.pdf',
        pages: [
          'PEMERINTAH KOTA BUKIT LANCANG DINAS KOMUNIKASI DAN INFORMATIKA Jalan Merdeka Nomor l2 Bukit Lancang LAPORAN INVENTARISASI ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI TAHUN 2025 Nomor: 032/l47/Diskominfo/VIII/2025\n' +
            'BAB I PENDAHULUAN l.l Latar Belakang Inventarisasi aset TIK merupakan kegiatan dalam Rencana Kerja Diskominfo Tahun 2025 (Sub Kegiatan Pengelolaan Aset TIK) yang dijadwalkan pada bulan Mei s.d. Juli 2025.\n' +
            'l.2 Tujuan mendata perangkat keras, perangkat lunak dan lisensi milik perangkat daerah.\n' +
            'BAB II HASIL INVENTARISASI 2.l Jumlah perangkat keras terdata: l.284 unit komputer, 96 server dan perangkat jaringan. 2.2 Jumlah lisensi perangkat lunak: 412.\n' +
            '2.3 Kendala: Pemerintah Kota Bukit Lancang belum memiliki pedoman manajemen aset TIK, sehingga perencanaan, pengadaan, pemanfaatan dan penghapusan aset TIK masih mengikuti cara masing-masing perangkat daerah.\n' +
            'BAB III PENUTUP Disarankan penyusunan pedoman manajemen aset TIK pada Tahun 2026. Bukit Lancang, l5 Agustus 2025 Kepala Dinas Komunikasi dan Informatika ttd RAHMAT HIDAYAT, S.Kom., M.T.',
        ],
      },
    ],
  },
  // ======================= 27 Manajemen Perubahan (some units)
  {
    name: 'kk8 Selat Jingga: rencana manajemen perubahan SRIKANDI 2025, baru 12 perangkat daerah melaksanakan',
    indicator: 27,
    instansi: SELAT_JINGGA,
    range: [2, 2],
    // K2 "dilaksanakan dengan perencanaan. Kondisi: … tidak/belum dilaksanakan oleh seluruh unit kerja/perangkat daerah terkait".
    because: 'tingkat 2: kegiatan manajemen perubahan dilaksanakan sesuai rencana, tetapi baru oleh 12 perangkat daerah percontohan (tingkat 3 mensyaratkan seluruh perangkat daerah sesuai pedoman)',
    docs: [
      laporan({
        path: 'BIRO UMUM/Laporan Manajemen Perubahan Penerapan SRIKANDI 2025.pdf',
        kop: SJ_KOP,
        unit: 'SEKRETARIAT DAERAH - BIRO UMUM',
        addr: 'Jalan Gubernur Achmad Nomor 1 Muara Jingga 78111',
        title: 'LAPORAN PELAKSANAAN RENCANA MANAJEMEN PERUBAHAN PENERAPAN APLIKASI SRIKANDI TAHUN 2025',
        nomor: '000.2/0419/Umum/VIII/2025',
        pendahuluan: [
          'Rencana Manajemen Perubahan SPBE Tahun 2025 memuat tahapan analisis dampak perubahan, komunikasi, pelatihan, pendampingan dan pemantauan penerapan naskah dinas elektronik.',
          'Tahap pertama ditujukan kepada 12 perangkat daerah percontohan.',
        ],
        babII: 'PELAKSANAAN',
        isi: [
          'Sosialisasi perubahan dari naskah dinas manual ke SRIKANDI dilaksanakan kepada 12 perangkat daerah percontohan pada Maret 2025.',
          'Pelatihan operator dan pejabat penandatangan: 164 peserta.',
          'Sebanyak 32 perangkat daerah lainnya belum melaksanakan kegiatan manajemen perubahan dan dijadwalkan Tahun 2026.',
        ],
        penutup: 'Demikian laporan ini disampaikan.',
        place: SJ_PLACE,
        date: '11 Agustus 2025',
        signer: 'Kepala Biro Umum,\nttd\nNURHAYATI, S.Sos., M.AP.',
      }),
    ],
  },
  // ======================= 28 Manajemen Layanan (recommendation only)
  {
    name: 'kk8 Bukit Lancang: service desk LANCANG-CARE untuk pelayanan pengguna dan operasional, evaluasi 2024 hanya rekomendasi',
    indicator: 28,
    instansi: BUKIT_LANCANG,
    range: [4, 4],
    // K3 both processes (pelayanan pengguna and pengoperasian layanan); K4 "menggunakan sistem aplikasi manajemen layanan … reviu dan evaluasi";
    // K5 needs the improvement carried out — the evaluation only recommends.
    because: 'tingkat 4: manajemen layanan mencakup pelayanan pengguna dan pengoperasian layanan SPBE melalui aplikasi service desk, dan dievaluasi Desember 2024; evaluasi baru berupa rekomendasi perbaikan yang belum dilaksanakan (tingkat 5 belum)',
    docs: [
      screen('DISKOMINFO/Screenshot LANCANG-CARE Service Desk.png', [
        'https://care.bukitlancangkota.go.id/helpdesk/tiket',
        'LANCANG-CARE | Service Desk SPBE Kota Bukit Lancang',
        'Dashboard › Tiket › Insiden › Permintaan Layanan › Perubahan › Laporan SLA',
        'No Tiket      Pelapor               Kategori                 Status           SLA',
        'INC-250914   Dinas Sosial          Gangguan jaringan        Selesai          3 jam',
        'REQ-250915   BPKAD                 Permintaan akun SIPD     Diproses         1 hari',
        'OPS-250916   Bidang Infrastruktur  Pemeliharaan server      Terjadwal        -',
        'Total tiket Tahun 2025: 2.318   Rata-rata penyelesaian: 5,4 jam',
        '[ Buat Tiket ]   [ Eskalasi ]   [ Ekspor ]',
      ]),
      laporan({
        path: 'DISKOMINFO/Laporan Evaluasi Manajemen Layanan SPBE 2024.pdf',
        kop: BL_KOP,
        unit: BL_KOMINFO,
        addr: BL_ADDR,
        title: 'LAPORAN EVALUASI MANAJEMEN LAYANAN SPBE TAHUN 2024',
        nomor: '555/418/Diskominfo/XII/2024',
        pendahuluan: ['Manajemen layanan SPBE meliputi pelayanan pengguna SPBE (helpdesk, permintaan layanan) dan pengoperasian layanan SPBE (pemantauan, pemeliharaan, pengelolaan kapasitas) yang dikelola melalui aplikasi LANCANG-CARE.'],
        babII: 'HASIL EVALUASI',
        isi: [
          'Jumlah tiket Tahun 2024: 2.941; 91 persen diselesaikan sesuai SLA.',
          'Temuan: katalog layanan belum dipublikasikan kepada perangkat daerah; eskalasi tiket tingkat 2 sering terlambat.',
          'Rekomendasi: menyusun katalog layanan dan memperbaiki matriks eskalasi pada Tahun 2025.',
        ],
        penutup: 'Rekomendasi ini akan ditindaklanjuti oleh Bidang Infrastruktur.',
        place: BL_PLACE,
        date: '19 Desember 2024',
        signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nRAHMAT HIDAYAT, S.Kom., M.T.',
      }),
    ],
  },
  // ======================= 29 Audit Infrastruktur (external certified, English)
  {
    name: 'kk8 Selat Jingga: audit infrastruktur SPBE 2024 oleh auditor eksternal bersertifikat CISA sesuai pedoman, laporan berbahasa Inggris',
    indicator: 29,
    instansi: SELAT_JINGGA,
    range: [4, 4],
    // K3 per the audit guideline; K4 "dilaksanakan oleh auditor TIK … eksternal yang memiliki sertifikasi". K5 needs the follow-up improvement:
    // none shown yet.
    because: 'tingkat 4: audit infrastruktur SPBE dilaksanakan sesuai pedoman audit infrastruktur oleh auditor eksternal bersertifikat (CISA); perbaikan atas temuan belum dibuktikan (tingkat 5)',
    docs: [
      {
        path: 'DISKOMINFOPERS/Audit/Infrastructure Audit Report 2024.pdf',
        pages: [
          'PT Audit Teknologi Indonesia (LATI-registered IT audit firm)\nSPBE INFRASTRUCTURE AUDIT REPORT\nAuditee: Pemerintah Provinsi Selat Jingga - Dinas Komunikasi, Informatika dan Persandian\nReport No. ATI/AUD-INF/2024/031\nAudit period: 2-20 September 2024\n' +
            'Audit criteria: Peraturan BSSN / Kominfo guideline on SPBE infrastructure audit (Pedoman Audit Infrastruktur SPBE), ISO/IEC 27001 Annex A.7-A.8\n' +
            'Audit team: Dewi Kartika, CISA (Lead Auditor, ISACA certificate no. 21187765); Arief Nugroho, CISA; Made Surya, ISO 27001 Lead Auditor\n' +
            '1. Scope\nProvincial data centre, intra-government network (backbone to 44 agencies), DRC site and internet gateway.\n' +
            '2. Findings\n2.1 (High) Generator fuel autonomy is 2 hours, below the 8-hour requirement.\n2.2 (Medium) Network configuration baselines are not version-controlled.\n2.3 (Low) Rack labelling is inconsistent.\n' +
            '3. Opinion\nThe infrastructure controls are adequate with exceptions noted above. The auditee is to submit a corrective action plan within 60 days.\n' +
            'Jakarta, 4 October 2024\nDewi Kartika, CISA\nLead Auditor',
        ],
      },
    ],
  },
  // ======================= 30 Audit Aplikasi (internal team)
  {
    name: 'kk8 Bukit Lancang: audit aplikasi SPBE 2025 oleh tim auditor internal Inspektorat sesuai pedoman audit aplikasi',
    indicator: 30,
    instansi: BUKIT_LANCANG,
    range: [3, 3],
    // K2 planned continuously (annual audit plan); K3 "sesuai dengan pedoman Audit Aplikasi SPBE. Kondisi: … auditor … internal". K4 needs an external certified auditor.
    because: 'tingkat 3: audit aplikasi dilaksanakan sesuai program audit tahunan dan pedoman audit aplikasi SPBE oleh tim auditor internal Inspektorat dan Diskominfo; bukan auditor eksternal bersertifikat (tingkat 4)',
    docs: [
      laporan({
        path: 'INSPEKTORAT/LHA Audit Aplikasi SPBE 2025.pdf',
        kop: BL_KOP,
        unit: 'INSPEKTORAT DAERAH',
        addr: 'Jalan Diponegoro Nomor 8 Bukit Lancang 29413',
        title: 'LAPORAN HASIL AUDIT APLIKASI SPBE TAHUN 2025',
        nomor: '700.1.2/LHA-12/Itda/VI/2025',
        pendahuluan: [
          'Dasar: Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Tahun 2025 yang menjadwalkan audit aplikasi SPBE setiap tahun sejak 2023.',
          'Pedoman: audit dilaksanakan mengacu pada pedoman audit aplikasi SPBE (Peraturan Menteri Komunikasi dan Informatika tentang Audit TIK dan Peraturan BSSN terkait).',
          'Tim Audit: tim auditor internal yang terdiri atas 3 auditor Inspektorat dan 2 pranata komputer Diskominfo.',
        ],
        babII: 'HASIL AUDIT',
        isi: [
          'Objek audit: aplikasi SIPADU, e-Kinerja dan SIMPEG.',
          'Temuan: kontrol validasi input SIPADU belum lengkap; hak akses administrator e-Kinerja tidak ditinjau berkala.',
          'Rekomendasi: perbaikan validasi input dan reviu hak akses setiap triwulan.',
        ],
        penutup: 'Laporan hasil audit disampaikan kepada Wali Kota dan perangkat daerah pemilik aplikasi.',
        place: BL_PLACE,
        date: '27 Juni 2025',
        signer: 'Inspektur Kota Bukit Lancang,\nttd\nDrs. ZULKIFLI ARSYAD, M.Si.\nNIP 19690715 199403 1 006',
      }),
    ],
  },
  // ======================= 31 Audit Keamanan (external certified + follow-up)
  {
    name: 'kk8 Selat Jingga: audit keamanan SPBE 2024 oleh lembaga auditor eksternal bersertifikat dan laporan tindak lanjut 2025',
    indicator: 31,
    instansi: SELAT_JINGGA,
    range: [5, 5],
    // K4 external certified auditor; K5 "hasil audit Keamanan SPBE telah ditindaklanjuti melalui perbaikan penerapan Keamanan SPBE".
    because: 'tingkat 5: audit keamanan oleh auditor eksternal bersertifikat (ISO 27001 Lead Auditor, CISA) sesuai pedoman audit keamanan; laporan Maret 2025 menunjukkan seluruh temuan telah diperbaiki',
    docs: [
      laporan({
        path: 'DISKOMINFOPERS/Audit/LHA Audit Keamanan SPBE 2024.pdf',
        kop: 'PT KEAMANAN INFORMASI NUSANTARA - LEMBAGA AUDIT TIK TERDAFTAR',
        unit: 'Divisi Audit Keamanan Sistem Informasi',
        addr: 'Gedung Cyber Lantai 5, Jalan Kuningan Barat Nomor 8 Jakarta Selatan',
        title: 'LAPORAN HASIL AUDIT KEAMANAN SPBE PEMERINTAH PROVINSI SELAT JINGGA TAHUN 2024',
        nomor: 'KIN/LHA-KAM/2024/044',
        pendahuluan: [
          'Auditee: Pemerintah Provinsi Selat Jingga c.q. Dinas Komunikasi, Informatika dan Persandian.',
          'Pedoman: Peraturan BSSN Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE dan Standar Teknis dan Prosedur Keamanan SPBE, serta pedoman audit keamanan SPBE.',
          'Auditor eksternal: Rina Marlina, CISA, ISO/IEC 27001 Lead Auditor (ketua tim); Fajar Ramadhan, CEH, CISA.',
        ],
        babII: 'TEMUAN AUDIT',
        isi: [
          'Temuan 1 (Tinggi): aplikasi e-Perizinan rentan SQL injection.',
          'Temuan 2 (Sedang): kebijakan kata sandi belum diterapkan pada 6 aplikasi.',
          'Temuan 3 (Sedang): log keamanan tidak disimpan terpusat.',
        ],
        penutup: 'Auditee wajib menindaklanjuti temuan paling lambat 90 hari.',
        place: 'Jakarta',
        date: '29 November 2024',
        signer: 'Ketua Tim Audit,\nttd\nRINA MARLINA, CISA',
      }),
      laporan({
        path: 'DISKOMINFOPERS/Laporan Tindak Lanjut Hasil Audit Keamanan 2025.pdf',
        kop: SJ_KOP,
        unit: SJ_KOMINFO,
        addr: SJ_ADDR,
        title: 'LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE',
        nomor: '487/0240/DKIP/III/2025',
        pendahuluan: ['Laporan ini menindaklanjuti Laporan Hasil Audit Keamanan SPBE Nomor KIN/LHA-KAM/2024/044 tanggal 29 November 2024.'],
        babII: 'PERBAIKAN PENERAPAN KEAMANAN SPBE',
        isi: [
          'Temuan 1: celah SQL injection e-Perizinan ditutup melalui parameterized query dan WAF (rilis 14 Januari 2025); diverifikasi ulang oleh auditor pada 10 Februari 2025.',
          'Temuan 2: kebijakan kata sandi dan MFA diterapkan pada 6 aplikasi per 31 Januari 2025.',
          'Temuan 3: log keamanan seluruh server dikirim ke SIEM terpusat sejak 3 Maret 2025.',
          'Status tindak lanjut: 3 dari 3 temuan selesai.',
        ],
        penutup: 'Demikian laporan tindak lanjut ini disampaikan kepada Inspektorat Provinsi.',
        place: SJ_PLACE,
        date: '17 Maret 2025',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nIr. BAMBANG SUTRISNO, M.M.',
      }),
    ],
  },
  // ======================= 26 Manajemen Pengetahuan (guideline + application, not all units)
  {
    name: 'kk8 Bukit Lancang: pedoman manajemen pengetahuan dan aplikasi LANCANG-PINTAR, baru dipakai 14 dari 31 perangkat daerah',
    indicator: 26,
    instansi: BUKIT_LANCANG,
    range: [3, 3],
    // K3 "mengacu pada pedoman … dan … menggunakan sistem aplikasi manajemen pengetahuan"; K4 needs all units on an integrated application and a review.
    because: 'tingkat 3: manajemen pengetahuan mengacu pedoman yang ditetapkan dan memakai aplikasi LANCANG-PINTAR; baru 14 dari 31 perangkat daerah yang menggunakannya dan belum ada reviu (tingkat 4)',
    docs: [
      keputusan({
        path: 'DISKOMINFO/Kepwal Pedoman Manajemen Pengetahuan SPBE.pdf',
        kop: BL_KOP,
        head: BL_HEAD,
        nomor: '400.14/233/2024',
        title: 'PEDOMAN MANAJEMEN PENGETAHUAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: ['bahwa pengetahuan dalam penyelenggaraan SPBE perlu dikelola agar dapat dibagikan dan dimanfaatkan antar perangkat daerah;'],
        mengingat: ['Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;'],
        diktum: [
          'Menetapkan Pedoman Manajemen Pengetahuan SPBE sebagaimana tercantum dalam Lampiran, meliputi pengumpulan, pengolahan, penyimpanan, penggunaan dan alih pengetahuan.',
          'Manajemen pengetahuan dilaksanakan menggunakan aplikasi LANCANG-PINTAR yang dikelola Dinas Komunikasi dan Informatika.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: BL_PLACE,
        date: '2 Oktober 2024',
        name: 'dr. HJ. SRI WAHYUNINGSIH, M.Kes.',
      }),
      screen('DISKOMINFO/SS LANCANG-PINTAR Statistik.png', [
        'https://pintar.bukitlancangkota.go.id/statistik',
        'LANCANG-PINTAR  Portal Manajemen Pengetahuan SPBE',
        'Beranda › Pustaka Pengetahuan › Forum Tanya Jawab › Statistik',
        'Jumlah artikel pengetahuan: 318   Dokumen SOP: 74   Diskusi: 129',
        'Perangkat daerah aktif: 14 dari 31',
        'Kontributor teratas: Diskominfo, BPKAD, Bappeda, Dinas Kesehatan',
        '[ Unggah Pengetahuan ]  [ Cari ]',
      ]),
    ],
  },
  // ======================= services
  // ======================= 36 Kepegawaian (collaboration)
  {
    name: 'kk8 Bukit Lancang: SIMPEG cuti dengan persetujuan berjenjang, sinkron SIASN BKN dan data gaji BPKAD',
    indicator: 36,
    instansi: BUKIT_LANCANG,
    range: [4, 4],
    // K3 workflow and approval; K4 "kolaborasi dengan layanan elektronik lain" — SIASN (national) and payroll. No review/improvement shown.
    because: 'tingkat 4: SIMPEG memproses usul cuti dengan persetujuan berjenjang (tingkat 3) dan bertukar data dengan SIASN BKN serta aplikasi gaji BPKAD; tidak ada reviu dan perbaikan (tingkat 5)',
    docs: [
      screen('BKPSDM/SS SIMPEG Persetujuan Cuti.png', [
        'https://simpeg.bukitlancangkota.go.id/cuti/persetujuan',
        'SIMPEG Kota Bukit Lancang',
        'Beranda › Layanan › Cuti › Persetujuan',
        'NIP                 Nama              Jenis Cuti     Status',
        '198804122010012003  Rina Oktaviani    Cuti Tahunan   Disetujui Atasan Langsung - menunggu Kepala BKPSDM',
        '199002152015031001  Budi Setiawan     Cuti Sakit     Disetujui',
        '[ Setujui ]  [ Tolak ]  [ Kembalikan ]',
        'Sinkronisasi SIASN BKN terakhir: 30-09-2025 23:00 (berhasil)   |   Kirim data ke Aplikasi Gaji BPKAD: otomatis',
      ]),
      {
        path: 'BKPSDM/BA Integrasi SIMPEG SIASN dan Gaji.pdf',
        pages: [
          `${BL_KOP}\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA\nBERITA ACARA INTEGRASI LAYANAN KEPEGAWAIAN\nNomor: 800/271/BKPSDM/IV/2025\n` +
            'Pada hari ini Selasa tanggal delapan bulan April tahun dua ribu dua puluh lima telah dilaksanakan integrasi:\n1. SIMPEG Kota Bukit Lancang dengan SIASN Badan Kepegawaian Negara melalui web service untuk data riwayat jabatan, pangkat dan cuti.\n2. SIMPEG dengan Aplikasi Gaji BPKAD untuk pemotongan tunjangan berdasarkan cuti dan kehadiran.\nIntegrasi dinyatakan berjalan baik.\nKepala BKPSDM,\nttd\nKepala BPKAD,\nttd',
        ],
      },
    ],
  },
  // ======================= 42 Pengaduan (transaction)
  {
    name: 'kk8 Selat Jingga: kanal pengaduan SUARA JINGGA dengan disposisi, status tindak lanjut dan notifikasi',
    indicator: 42,
    instansi: SELAT_JINGGA,
    range: [3, 3],
    // K3 workflow automation (disposition to the agency), status, notification. K4 needs connection to another service (e.g. SP4N-LAPOR!) — none shown.
    because: 'tingkat 3: aduan didisposisikan otomatis ke perangkat daerah dengan status dan notifikasi kepada pelapor; keterhubungan dengan layanan lain tidak ditunjukkan (tingkat 4)',
    docs: [
      screen('BIRO ADPIM/SS SUARA JINGGA Disposisi Aduan.png', [
        'https://suara.selatjinggaprov.go.id/admin/aduan',
        'SUARA JINGGA - Layanan Pengaduan Masyarakat Provinsi Selat Jingga',
        'Dashboard › Aduan Masuk › Disposisi › Tindak Lanjut › Statistik',
        'No Aduan    Tanggal      Kategori         Disposisi ke              Status',
        'SJ-25-4412  02-10-2025   Jalan rusak      Dinas PUPR                Ditindaklanjuti',
        'SJ-25-4413  02-10-2025   Layanan RSUD     RSUD Muara Jingga         Menunggu Verifikasi',
        'SJ-25-4414  03-10-2025   Beasiswa         Dinas Pendidikan          Selesai - dinilai pelapor 4/5',
        'Notifikasi SMS/email otomatis dikirim kepada pelapor setiap perubahan status.',
        '[ Verifikasi ]  [ Disposisikan ]  [ Tutup Aduan ]',
      ]),
    ],
  },
  // ======================= 34 Keuangan (improvement after review)
  {
    name: 'kk8 Selat Jingga: aplikasi keuangan SIKEUDA terhubung CMS bank, reviu Agustus 2024 dan rilis perbaikan Januari 2025',
    indicator: 34,
    instansi: SELAT_JINGGA,
    range: [5, 5],
    // K3 approval of SPM/SP2D; K4 collaboration with the bank's cash management system; K5 "perbaikan berdasarkan hasil reviu".
    because: 'tingkat 5: SIKEUDA memverifikasi SPM dan menerbitkan SP2D (tingkat 3), terintegrasi dengan CMS Bank Selat Jingga (tingkat 4); reviu Agustus 2024 ditindaklanjuti rilis perbaikan Januari 2025',
    docs: [
      notula({
        path: 'BPKAD/Notula Reviu Layanan SIKEUDA 2024.pdf',
        kop: SJ_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN KEUANGAN BERBASIS ELEKTRONIK SIKEUDA',
        hari: 'Senin, 26 Agustus 2024',
        tempat: 'Ruang Rapat Kepala BPKAD',
        pimpinan: 'Kepala BPKAD',
        peserta: 'Bidang Perbendaharaan, Diskominfopers, Bank Selat Jingga',
        rows: [
          ['SIKEUDA memverifikasi SPM dan menerbitkan SP2D; pencairan dikirim ke CMS Bank Selat Jingga melalui API', 'Dipertahankan'],
          ['Status pencairan dari bank belum kembali otomatis ke SIKEUDA (rekonsiliasi manual)', 'Pengembangan notifikasi balik status SP2D dari CMS bank'],
          ['Penyesuaian dengan Permendagri 77 Tahun 2020 tentang pedoman teknis pengelolaan keuangan daerah pada modul TBP', 'Perbaikan modul TBP'],
        ],
        place: SJ_PLACE,
        date: '26 Agustus 2024',
      }),
      laporan({
        path: 'BPKAD/Catatan Rilis SIKEUDA 3.2.pdf',
        kop: SJ_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        addr: 'Jalan Gubernur Achmad Nomor 5 Muara Jingga 78111',
        title: 'LAPORAN PENGEMBANGAN DAN CATATAN RILIS SIKEUDA VERSI 3.2',
        nomor: '900/0033/BPKAD/I/2025',
        pendahuluan: ['Pengembangan ini menindaklanjuti hasil reviu layanan SIKEUDA tanggal 26 Agustus 2024.'],
        babII: 'PERBAIKAN YANG DIRILIS',
        isi: [
          'Notifikasi balik status pencairan SP2D dari CMS Bank Selat Jingga tercatat otomatis di SIKEUDA (rekonsiliasi harian otomatis).',
          'Modul Tanda Bukti Pembayaran (TBP) disesuaikan dengan Permendagri 77 Tahun 2020.',
          'Rilis ke produksi: 13 Januari 2025.',
        ],
        penutup: 'Perbaikan ini digunakan oleh seluruh bendahara perangkat daerah.',
        place: SJ_PLACE,
        date: '20 Januari 2025',
        signer: 'Kepala BPKAD,\nttd\nH. ABDUL RAHMAN, S.E., M.Ak.',
      }),
    ],
  },
  // ======================= 44 JDIH (collaboration)
  {
    name: 'kk8 Bukit Lancang: JDIH kota dengan unggah produk hukum tervalidasi dan integrasi ke JDIHN',
    indicator: 44,
    instansi: BUKIT_LANCANG,
    range: [4, 4],
    // K3 upload with verification/approval by the legal division; K4 integration with JDIHN (BPHN). No review.
    because: 'tingkat 4: produk hukum diunggah dan diverifikasi Bagian Hukum sebelum terbit (tingkat 3) dan metadata dikirim otomatis ke JDIHN BPHN; tidak ada reviu dan perbaikan (tingkat 5)',
    docs: [
      screen('BAGIAN HUKUM/SS JDIH Bukit Lancang Verifikasi.png', [
        'https://jdih.bukitlancangkota.go.id/admin/dokumen',
        'JDIH Kota Bukit Lancang - Admin',
        'Dokumen › Peraturan › Verifikasi › Sinkronisasi JDIHN',
        'Judul                                        Jenis      Status                Sinkron JDIHN',
        'Perwal 9 Tahun 2024 Pembangunan Aplikasi     Perwal     Terbit                Terkirim 05-03-2024',
        'Perwal 21 Tahun 2025 Tarif Retribusi         Perwal     Menunggu Verifikasi   -',
        '[ Verifikasi ]  [ Terbitkan ]  [ Kirim ke JDIHN ]',
        'Integrasi API JDIHN BPHN: aktif',
      ]),
    ],
  },
  // ======================= 38 BMD (information only)
  {
    name: 'kk8 Selat Jingga: halaman informasi aset daerah hanya menayangkan rekap nilai barang milik daerah',
    indicator: 38,
    instansi: SELAT_JINGGA,
    range: [1, 1],
    // K1 information only; no search, upload or download.
    because: 'tingkat 1: halaman hanya menayangkan rekapitulasi jumlah dan nilai barang milik daerah secara satu arah; tidak ada pencarian, unggah atau unduh (tingkat 2)',
    docs: [
      screen('BPKAD/SS Informasi Aset Daerah.png', [
        'https://bpkad.selatjinggaprov.go.id/informasi-aset',
        'Informasi Barang Milik Daerah Provinsi Selat Jingga',
        'Beranda   Profil   Berita   Informasi Aset',
        'Rekapitulasi Barang Milik Daerah per 31 Desember 2024',
        'Golongan               Jumlah     Nilai (Rp)',
        'Tanah                  1.204      3.412.000.000.000',
        'Peralatan dan Mesin    48.771     1.118.550.000.000',
        'Gedung dan Bangunan    2.016      2.904.300.000.000',
        'Informasi diperbarui setiap akhir tahun anggaran.',
      ]),
    ],
  },
];
