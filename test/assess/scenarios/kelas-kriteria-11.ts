/**
 * Level scenarios, eleventh set: twenty-two scenarios over all four domains (7 kebijakan internal, 6 tata kelola /
 * perencanaan, 5 manajemen and audit TIK, 4 services). Written from the criteria of PermenPANRB 59/2020 /
 * KepmenPANRB 962/2021 (kriteria tingkat, bukti dukung and pemenuhan per tingkat, penjelasan) and the domain guide
 * only, without reading the rules, the levels profile or the assessment code.
 *
 * Two new fictional workspaces: Kota Kuala Senja (33 perangkat daerah) and Kabupaten Karang Wangi (31 perangkat
 * daerah). House style: official notes with "Nomor / Sifat / Perihal" and Roman-numbered parts "I. DASAR,
 * II. URAIAN, III. HASIL, IV. PENUTUP"; regulations with Pasal; minutes as "Acara / Jalannya rapat / Keputusan rapat".
 * Emphasis on levels 4 and 5: a review with findings vs an invitation or agenda only, an undated review, a review three
 * years old, a follow-up dated before the review, a recommendation to revise vs a revised policy enacted, an improvement
 * report citing the review, and (services) an integration shown only in a design document or a plan vs a running one.
 * Assessment year 2025, review window 2 years.
 * First measure: 17 of 22 in range; the five misses are marked pending.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const SENJA: Instansi = { nama: 'Pemerintah Kota Kuala Senja', jenis: 'kota', kota: 'Kuala Senja', kop: ['PEMERINTAH KOTA KUALA SENJA'] };
const WANGI: Instansi = { nama: 'Pemerintah Kabupaten Karang Wangi', jenis: 'kabupaten', kota: 'Karang Wangi', kop: ['PEMERINTAH KABUPATEN KARANG WANGI'] };

const KS_KOP = 'PEMERINTAH KOTA KUALA SENJA';
const KW_KOP = 'PEMERINTAH KABUPATEN KARANG WANGI';
const KS_HEAD = 'WALI KOTA KUALA SENJA';
const KW_HEAD = 'BUPATI KARANG WANGI';
const KS = 'Kuala Senja';
const KW = 'Karang Wangi';
const KS_DIS = 'DINAS KOMUNIKASI DAN INFORMATIKA KOTA KUALA SENJA';
const KW_DIS = 'DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN KABUPATEN KARANG WANGI';
const KS_WALI = 'dr. RAHMAT HIDAYATULLAH, M.Kes.';
const KW_BUP = 'IR. MUHAMMAD ZAINUL ARIFIN';

const SPBE = 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik';
const UU23 = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023';
const PAN59 = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik';

/** A regulation or decree of the head of region. */
const regulasi = (p: {
  path: string; kop: string; kind?: string; head: string; nomor: string; tahun: string; title: string;
  menimbang: string[]; mengingat: string[]; pasal: string[]; place: string; date: string; name: string; lampiran?: string[];
}): ScenarioDoc => {
  const kind = p.kind ?? 'PERATURAN';
  const pages = [
    `${p.kop}\n${kind} ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\nTENTANG\n${p.title}\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n${p.head},\n` +
      `Menimbang : ${p.menimbang.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
      `Mengingat : ${p.mengingat.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nMEMUTUSKAN:\nMenetapkan : ${kind} ${p.head} TENTANG ${p.title}.\n` +
      p.pasal.map((x, i) => `Pasal ${i + 1}\n${x}`).join('\n'),
    `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}`,
  ];
  if (p.lampiran !== undefined) pages.push(`LAMPIRAN ${kind} ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\n${p.lampiran.join('\n')}`);
  return { path: p.path, pages };
};

/** An official note or report: Nomor / Sifat / Perihal and parts I. DASAR … IV. PENUTUP. */
const nota = (p: {
  path: string; kop: string; unit: string; judul: string; nomor?: string; dasar: string[]; uraian: string[]; hasil: string[]; penutup: string;
  place: string; date: string | null; signer: string; confirmed?: boolean;
}): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\n${p.judul}\n${p.nomor === undefined ? '' : `Nomor : ${p.nomor}\nSifat : Biasa\n`}` +
      `I. DASAR\n${p.dasar.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nII. URAIAN\n${p.uraian.map((x, i) => `${i + 1}. ${x}`).join('\n')}`,
    `III. HASIL\n${p.hasil.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nIV. PENUTUP\n${p.penutup}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer}`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** Minutes: Acara / Jalannya rapat / Keputusan rapat. */
const risalah = (p: {
  path: string; kop: string; unit: string; judul: string; hari: string | null; peserta: string; acara: string[]; jalannya: string[]; keputusan: string[];
  place: string; date: string | null;
}): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nNOTULA RAPAT\n${p.judul}\n${p.hari === null ? '' : `Hari/Tanggal : ${p.hari}\n`}Peserta : ${p.peserta}\n` +
      `Acara :\n${p.acara.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nJalannya rapat :\n${p.jalannya.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n` +
      `Keputusan rapat :\n${p.keputusan.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}Notulis,\nttd`,
  ],
});

/** An invitation letter. */
const undang = (p: { path: string; kop: string; unit: string; place: string; date: string; nomor: string; hal: string; hari: string; acara: string; signer: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\n${p.place}, ${p.date}\nNomor : ${p.nomor}\nSifat : Penting\nLampiran : -\nHal : Undangan ${p.hal}\n` +
      `Kepada Yth. Kepala Perangkat Daerah se-${p.place}\ndi tempat\nSehubungan dengan ${p.hal}, kami mengundang Bapak/Ibu atau pejabat yang ditunjuk untuk hadir pada:\n` +
      `Hari/Tanggal : ${p.hari}\nWaktu : 09.00 WIB s.d. selesai\nTempat : Ruang Rapat Command Center\nAcara : ${p.acara}\n` +
      `Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.\n${p.signer}`,
  ],
});

const layar = (path: string, lines: string[], confirmed = false): ScenarioDoc => ({ path, pages: [lines.join('\n')], ...(confirmed ? { confirmed: true } : {}) });

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ================================================================ KEBIJAKAN INTERNAL (1-10)
  // ======================= 8 Keamanan Informasi — complete, all OPD, review with findings 2024
  {
    name: 'kk11 Kuala Senja: Perwali Manajemen Keamanan Informasi lengkap untuk seluruh OPD dan laporan reviu 2024 bertemuan',
    indicator: 8,
    instansi: SENJA,
    range: [4, 4],
    because: 'tingkat 4: kebijakan mengatur seluruh cakupan (ruang lingkup, penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, perbaikan berkelanjutan), penerapan untuk seluruh perangkat daerah, dan telah direviu (laporan reviu 2024 dengan temuan, dalam masa 2 tahun); belum ada kebijakan baru sebagai tindak lanjut (tingkat 5)',
    docs: [
      regulasi({
        path: 'DISKOMINFO/Regulasi/Perwali 14 Tahun 2023 Manajemen Keamanan Informasi.pdf',
        kop: KS_KOP, head: KS_HEAD, nomor: '14', tahun: '2023',
        title: 'MANAJEMEN KEAMANAN INFORMASI DALAM PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: ['bahwa untuk menjamin kerahasiaan, keutuhan dan ketersediaan informasi dalam penyelenggaraan SPBE di lingkungan Pemerintah Kota perlu mengatur manajemen keamanan informasi;'],
        mengingat: [UU23, SPBE, 'Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE'],
        pasal: [
          'Peraturan Wali Kota ini berlaku bagi seluruh perangkat daerah di lingkungan Pemerintah Kota Kuala Senja.',
          'Ruang lingkup manajemen keamanan informasi meliputi data dan informasi, aplikasi, infrastruktur SPBE dan sumber daya manusia pengelola SPBE.',
          'Penanggung jawab keamanan informasi adalah Kepala Dinas Komunikasi dan Informatika selaku koordinator, dan Kepala Perangkat Daerah selaku penanggung jawab pada unit masing-masing.',
          'Perencanaan keamanan informasi meliputi identifikasi aset informasi, penilaian risiko keamanan informasi dan penyusunan rencana penanganan risiko.',
          'Dukungan pengoperasian meliputi penyediaan sumber daya, peningkatan kompetensi dan kesadaran keamanan, serta pengelolaan dokumen keamanan informasi.',
          'Evaluasi kinerja keamanan informasi dilakukan melalui pemantauan, pengukuran, audit internal dan tinjauan manajemen paling sedikit 1 (satu) kali dalam setahun.',
          'Perbaikan berkelanjutan dilakukan terhadap ketidaksesuaian yang ditemukan dalam evaluasi kinerja.',
          'Peraturan Wali Kota ini direviu dan dievaluasi secara berkala paling lama 2 (dua) tahun sekali.',
        ],
        place: KS, date: '9 Mei 2023', name: KS_WALI,
      }),
      nota({
        path: 'DISKOMINFO/Regulasi/Laporan Reviu Perwali Keamanan Informasi 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN HASIL REVIU DAN EVALUASI PERATURAN WALI KOTA NOMOR 14 TAHUN 2023 TENTANG MANAJEMEN KEAMANAN INFORMASI',
        nomor: '800/412/Diskominfo/2024',
        dasar: ['Peraturan Wali Kota Kuala Senja Nomor 14 Tahun 2023 Pasal 8.', 'Keputusan Kepala Dinas Komunikasi dan Informatika tentang Tim Reviu Kebijakan SPBE Tahun 2024.'],
        uraian: [
          'Reviu dilaksanakan pada 2 s.d. 20 September 2024 melalui telaah pasal, wawancara dengan 33 perangkat daerah dan pengamatan penerapan di 10 perangkat daerah sampel.',
          'Reviu menilai kesesuaian Peraturan Wali Kota dengan Peraturan BSSN Nomor 4 Tahun 2021 dan keterlaksanaannya.',
        ],
        hasil: [
          'Temuan 1: ketentuan klasifikasi informasi belum diatur sehingga perangkat daerah menerapkan label yang berbeda-beda.',
          'Temuan 2: kewajiban pelaporan insiden keamanan kepada CSIRT Kota belum memuat batas waktu.',
          'Temuan 3: evaluasi kinerja tahunan baru dilaksanakan oleh 21 dari 33 perangkat daerah.',
          'Rekomendasi: mengubah Peraturan Wali Kota Nomor 14 Tahun 2023 dengan menambahkan pengaturan klasifikasi informasi dan batas waktu pelaporan insiden.',
        ],
        penutup: 'Laporan hasil reviu ini disampaikan kepada Wali Kota melalui Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE sebagai bahan perubahan kebijakan.',
        place: KS, date: '30 September 2024', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
    ],
  },
  // ======================= 9 Audit TIK — all three audits, invitation to review only
  {
    name: 'kk11 Karang Wangi: Perbup Audit TIK mengatur tiga jenis audit, hanya undangan rapat reviu',
    indicator: 9,
    instansi: WANGI,
    range: [3, 3],
    because: 'tingkat 3: Perbup mengatur pelaksanaan audit infrastruktur, aplikasi dan keamanan SPBE; tingkat 4 meminta kebijakan telah direviu dan dievaluasi, sedangkan undangan rapat reviu tanpa hasil/temuan belum membuktikan reviu terlaksana',
    docs: [
      regulasi({
        path: 'DISKOMINFOSAN/Kebijakan SPBE/Perbup 22 Tahun 2023 Audit TIK.pdf',
        kop: KW_KOP, head: KW_HEAD, nomor: '22', tahun: '2023',
        title: 'PEDOMAN PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        menimbang: ['bahwa untuk memastikan keandalan dan keamanan sistem teknologi informasi dan komunikasi perlu dilaksanakan audit teknologi informasi dan komunikasi secara berkala;'],
        mengingat: [UU23, SPBE, 'Peraturan Badan Riset dan Inovasi Nasional Nomor 4 Tahun 2023 tentang Penyelenggaraan Audit Teknologi Informasi dan Komunikasi'],
        pasal: [
          'Audit Teknologi Informasi dan Komunikasi terdiri atas: a. audit infrastruktur SPBE; b. audit aplikasi SPBE; dan c. audit keamanan SPBE.',
          'Audit infrastruktur SPBE dilaksanakan terhadap pusat data, jaringan intra dan sistem penghubung layanan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.',
          'Audit aplikasi SPBE dilaksanakan terhadap aplikasi umum dan aplikasi khusus yang digunakan perangkat daerah.',
          'Audit keamanan SPBE dilaksanakan terhadap keamanan infrastruktur dan aplikasi SPBE dengan berkoordinasi dengan Badan Siber dan Sandi Negara.',
          'Audit dilaksanakan oleh auditor TIK internal atau lembaga pelaksana audit TIK terakreditasi; hasil audit dilaporkan kepada Bupati melalui Tim Koordinasi SPBE.',
        ],
        place: KW, date: '11 Agustus 2023', name: KW_BUP,
      }),
      undang({
        path: 'DISKOMINFOSAN/Kebijakan SPBE/Undangan Reviu Perbup Audit TIK.pdf',
        kop: KW_KOP, unit: KW_DIS, place: KW, date: '14 Oktober 2025', nomor: '005/688/Diskominfosan/2025',
        hal: 'Rapat Reviu dan Evaluasi Peraturan Bupati Nomor 22 Tahun 2023 tentang Pedoman Pelaksanaan Audit TIK',
        hari: 'Selasa, 28 Oktober 2025',
        acara: 'Pemaparan rencana reviu; penjaringan masukan perangkat daerah terhadap pelaksanaan Perbup Audit TIK',
        signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nDra. SITI NURHALIZAH',
      }),
    ],
  },
  // ======================= 5 Pusat Data — PDN interconnection regulated, review note undated
  {
    name: 'kk11 Kuala Senja: Perwali Pusat Data mengatur interkoneksi PDN, catatan reviu tanpa tanggal',
    indicator: 5,
    instansi: SENJA,
    range: [3, 3],
    because: 'tingkat 3: penggunaan pusat data diatur untuk seluruh perangkat daerah (dan interkoneksi PDN sudah diatur); tingkat 4 juga meminta reviu dan evaluasi periodik, sedangkan catatan reviu tanpa tanggal tidak dapat menunjukkan reviu dalam masa 2 tahun',
    docs: [
      regulasi({
        path: 'DISKOMINFO/Regulasi/Perwali 6 Tahun 2024 Layanan Pusat Data.pdf',
        kop: KS_KOP, head: KS_HEAD, nomor: '6', tahun: '2024',
        title: 'PENYELENGGARAAN LAYANAN PUSAT DATA PEMERINTAH KOTA KUALA SENJA',
        menimbang: ['bahwa untuk efisiensi dan keamanan penyimpanan data serta aplikasi perangkat daerah perlu mengatur layanan pusat data;'],
        mengingat: [UU23, SPBE],
        pasal: [
          'Seluruh perangkat daerah wajib menempatkan aplikasi dan data pada Pusat Data Kota yang dikelola Dinas Komunikasi dan Informatika.',
          'Perangkat daerah dilarang membangun ruang server atau menyewa layanan komputasi secara mandiri kecuali atas rekomendasi Dinas Komunikasi dan Informatika.',
          'Pusat Data Kota melakukan interkoneksi dengan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan dan memanfaatkan layanan Pusat Data Nasional untuk cadangan data.',
          'Pengelolaan Pusat Data Kota dilaksanakan berdasarkan prosedur operasional standar yang ditetapkan Kepala Dinas.',
        ],
        place: KS, date: '15 Februari 2024', name: KS_WALI,
      }),
      nota({
        path: 'DISKOMINFO/Regulasi/Catatan Reviu Perwali Pusat Data.pdf',
        kop: KS_KOP, unit: 'BIDANG PERSANDIAN DAN INFRASTRUKTUR TIK',
        judul: 'CATATAN REVIU PERATURAN WALI KOTA TENTANG PENYELENGGARAAN LAYANAN PUSAT DATA',
        dasar: ['Peraturan Wali Kota Kuala Senja Nomor 6 Tahun 2024.'],
        uraian: ['Telaah terhadap Pasal 1 sampai dengan Pasal 4 dan masukan dari perangkat daerah pengguna.'],
        hasil: [
          'Ketentuan cadangan data pada Pusat Data Nasional belum memuat jadwal pencadangan.',
          'Perlu pengaturan mengenai migrasi aplikasi lama perangkat daerah.',
        ],
        penutup: 'Catatan ini menjadi bahan penyempurnaan kebijakan.',
        place: KS, date: null, signer: 'Kepala Bidang Persandian dan Infrastruktur TIK',
      }),
    ],
  },
  // ======================= 1 Arsitektur — complete, integration, review three years old
  {
    name: 'kk11 Karang Wangi: Perbup Arsitektur SPBE lengkap dengan integrasi antar instansi, reviu tahun 2022',
    indicator: 1,
    instansi: WANGI,
    range: [3, 3],
    because: 'tingkat 3: Perbup memuat referensi dan seluruh domain arsitektur; integrasi antar instansi diatur, tetapi reviu tahun 2022 berada di luar masa berlaku 2 tahun (penilaian 2025), sehingga "direviu dan dievaluasi secara periodik" (tingkat 4) tidak terbukti',
    docs: [
      regulasi({
        path: 'DISKOMINFOSAN/Kebijakan SPBE/Perbup 9 Tahun 2021 Arsitektur SPBE.pdf',
        kop: KW_KOP, head: KW_HEAD, nomor: '9', tahun: '2021',
        title: 'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN KARANG WANGI',
        menimbang: ['bahwa untuk mewujudkan keterpaduan penyelenggaraan SPBE diperlukan Arsitektur SPBE Kabupaten;'],
        mengingat: [UU23, SPBE],
        pasal: [
          'Arsitektur SPBE Kabupaten memuat referensi arsitektur dan domain arsitektur.',
          'Domain arsitektur terdiri atas: a. arsitektur proses bisnis; b. arsitektur data dan informasi; c. arsitektur infrastruktur SPBE; d. arsitektur aplikasi SPBE; e. arsitektur keamanan SPBE; dan f. arsitektur layanan SPBE.',
          'Arsitektur SPBE Kabupaten mengatur integrasi layanan SPBE antara Pemerintah Kabupaten dengan Instansi Pusat dan Pemerintah Daerah lain melalui Sistem Penghubung Layanan Pemerintah.',
          'Arsitektur SPBE Kabupaten direviu setiap 2 (dua) tahun oleh Tim Koordinasi SPBE.',
        ],
        place: KW, date: '3 Maret 2021', name: KW_BUP,
      }),
      nota({
        path: 'DISKOMINFOSAN/Kebijakan SPBE/Hasil Reviu Perbup Arsitektur 2022.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'LAPORAN HASIL REVIU PERATURAN BUPATI NOMOR 9 TAHUN 2021 TENTANG ARSITEKTUR SPBE',
        nomor: '050/311/Diskominfosan/2022',
        dasar: ['Peraturan Bupati Karang Wangi Nomor 9 Tahun 2021 Pasal 4.'],
        uraian: ['Reviu dilaksanakan oleh Tim Koordinasi SPBE pada bulan Juni 2022 dengan membandingkan Perbup terhadap Arsitektur SPBE Nasional.'],
        hasil: ['Referensi arsitektur layanan belum selaras dengan Peraturan Presiden Nomor 132 Tahun 2022.', 'Direkomendasikan penyesuaian referensi arsitektur layanan.'],
        penutup: 'Demikian laporan hasil reviu ini disampaikan.',
        place: KW, date: '27 Juni 2022', signer: 'Ketua Tim Koordinasi SPBE,\nttd\nSekretaris Daerah',
      }),
    ],
  },
  // ======================= 7 Sistem Penghubung — review 2024 recommends revision, no revised policy
  {
    name: 'kk11 Kuala Senja: Perwali Sistem Penghubung Layanan dan reviu 2024 yang merekomendasikan revisi, belum ada perubahan',
    indicator: 7,
    instansi: SENJA,
    range: [4, 4],
    because: 'tingkat 4: kebijakan mengatur penggunaan sistem penghubung untuk seluruh perangkat daerah dan keterhubungan dengan SPLP, dan telah direviu (2024); rekomendasi untuk merevisi belum ditindaklanjuti dengan kebijakan baru sehingga tingkat 5 tidak terpenuhi',
    docs: [
      regulasi({
        path: 'DISKOMINFO/Regulasi/Perwali 21 Tahun 2022 Sistem Penghubung Layanan.pdf',
        kop: KS_KOP, head: KS_HEAD, nomor: '21', tahun: '2022',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH KOTA KUALA SENJA',
        menimbang: ['bahwa untuk mewujudkan interoperabilitas data antar aplikasi perangkat daerah perlu mengatur penggunaan sistem penghubung layanan;'],
        mengingat: [UU23, SPBE],
        pasal: [
          'Seluruh perangkat daerah wajib menggunakan Sistem Penghubung Layanan Kota dalam melakukan pertukaran data antar aplikasi.',
          'Sistem Penghubung Layanan Kota terhubung dengan Sistem Penghubung Layanan Pemerintah yang dikelola kementerian yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika.',
          'Setiap layanan antarmuka pemrograman aplikasi didaftarkan pada katalog API yang dikelola Dinas Komunikasi dan Informatika.',
          'Kebijakan ini direviu secara berkala oleh Tim Koordinasi SPBE.',
        ],
        place: KS, date: '1 November 2022', name: KS_WALI,
      }),
      risalah({
        path: 'DISKOMINFO/Regulasi/Notula Reviu Perwali SPL 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'REVIU DAN EVALUASI PERATURAN WALI KOTA NOMOR 21 TAHUN 2022 TENTANG PENGGUNAAN SISTEM PENGHUBUNG LAYANAN',
        hari: 'Rabu, 17 Juli 2024',
        peserta: 'Tim Koordinasi SPBE Kota, Bagian Hukum Setda, 14 perwakilan perangkat daerah',
        acara: ['Pemaparan hasil telaah Perwali Nomor 21 Tahun 2022', 'Tanggapan perangkat daerah'],
        jalannya: [
          'Diskominfo memaparkan bahwa 29 dari 33 perangkat daerah telah mendaftarkan API pada katalog; ketentuan standar keamanan API (token dan enkripsi) belum diatur.',
          'Bagian Hukum menyampaikan Perwali belum menyesuaikan nomenklatur kementerian pengelola SPLP terbaru.',
        ],
        keputusan: [
          'Perwali Nomor 21 Tahun 2022 perlu direvisi untuk menambahkan standar keamanan API dan penyesuaian nomenklatur.',
          'Diskominfo bersama Bagian Hukum menyusun rancangan perubahan pada tahun 2025.',
        ],
        place: KS, date: '17 Juli 2024',
      }),
    ],
  },
  // ======================= 10 Tim Koordinasi — review 2024 and the new Perbup 2025 that follows it
  {
    name: 'kk11 Karang Wangi: reviu Perbup Tim Koordinasi SPBE 2024 ditindaklanjuti Perbup perubahan 2025',
    indicator: 10,
    instansi: WANGI,
    range: [5, 5],
    because: 'tingkat 5: tugas tim mendukung SPBE seluruh perangkat daerah dan antar instansi (tingkat 3-4), kebijakan direviu pada 2024 dan hasil reviu ditindaklanjuti dengan kebijakan baru (Perbup 2025 yang menimbang hasil reviu)',
    docs: [
      nota({
        path: 'SETDA/Tim Koordinasi SPBE/Laporan Reviu Perbup Tim Koordinasi 2024.pdf',
        kop: KW_KOP, unit: 'SEKRETARIAT DAERAH - BAGIAN ORGANISASI',
        judul: 'LAPORAN HASIL REVIU PERATURAN BUPATI NOMOR 4 TAHUN 2022 TENTANG TIM KOORDINASI SPBE',
        nomor: '061/205/Org/2024',
        dasar: ['Peraturan Bupati Karang Wangi Nomor 4 Tahun 2022 tentang Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik.', PAN59],
        uraian: ['Reviu dilaksanakan pada Agustus 2024 terhadap susunan keanggotaan dan tugas Tim Koordinasi SPBE.'],
        hasil: [
          'Tugas tim belum mencakup koordinasi penerapan SPBE dengan Pemerintah Provinsi dan kabupaten tetangga.',
          'Keanggotaan belum memuat Badan Perencanaan Pembangunan Daerah dan Inspektorat sebagai anggota tetap.',
          'Rekomendasi: mengganti Peraturan Bupati Nomor 4 Tahun 2022.',
        ],
        penutup: 'Hasil reviu disampaikan kepada Bupati sebagai bahan penetapan kebijakan baru.',
        place: KW, date: '29 Agustus 2024', signer: 'Kepala Bagian Organisasi,\nttd\nANDI SUBAGJA, S.STP.',
      }),
      regulasi({
        path: 'SETDA/Tim Koordinasi SPBE/Perbup 3 Tahun 2025 Tim Koordinasi SPBE.pdf',
        kop: KW_KOP, head: KW_HEAD, nomor: '3', tahun: '2025',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN KARANG WANGI',
        menimbang: [
          'bahwa berdasarkan hasil reviu dan evaluasi Peraturan Bupati Nomor 4 Tahun 2022 sebagaimana Laporan Nomor 061/205/Org/2024 tanggal 29 Agustus 2024, perlu mengganti pengaturan Tim Koordinasi SPBE;',
        ],
        mengingat: [UU23, SPBE],
        pasal: [
          'Tim Koordinasi SPBE bertugas mengarahkan, memantau dan mengevaluasi penerapan SPBE pada seluruh perangkat daerah di lingkungan Pemerintah Kabupaten.',
          'Tim Koordinasi SPBE melakukan koordinasi penerapan SPBE dengan Instansi Pusat, Pemerintah Provinsi dan Pemerintah Daerah lain, termasuk keterpaduan layanan lintas wilayah.',
          'Susunan Tim Koordinasi SPBE terdiri atas Ketua (Sekretaris Daerah), Sekretaris (Kepala Dinas Komunikasi, Informatika dan Persandian), dan anggota dari Bappeda, Inspektorat, BKPSDM, BPKAD dan Bagian Organisasi.',
          'Tim Koordinasi SPBE melaporkan pelaksanaan tugasnya kepada Bupati setiap 6 (enam) bulan.',
          'Pada saat Peraturan Bupati ini mulai berlaku, Peraturan Bupati Nomor 4 Tahun 2022 dicabut dan dinyatakan tidak berlaku.',
        ],
        place: KW, date: '20 Januari 2025', name: KW_BUP,
      }),
    ],
  },
  // ======================= 6 Jaringan Intra — revision dated before the review
  {
    name: 'kk11 Kuala Senja: perubahan Perwali Jaringan Intra 2023 mendahului reviu 2024',
    indicator: 6,
    instansi: SENJA,
    range: [4, 4],
    because: 'tingkat 4: jaringan intra diatur untuk seluruh perangkat daerah dan interkoneksi dengan Jaringan Intra Pemerintah, direviu pada 2024; perubahan Perwali tertanggal Maret 2023 mendahului reviu sehingga bukan tindak lanjut hasil reviu (tingkat 5 tidak terpenuhi)',
    docs: [
      regulasi({
        path: 'DISKOMINFO/Regulasi/Perwali 5 Tahun 2023 Perubahan Jaringan Intra.pdf',
        kop: KS_KOP, head: KS_HEAD, nomor: '5', tahun: '2023',
        title: 'PERUBAHAN ATAS PERATURAN WALI KOTA NOMOR 17 TAHUN 2020 TENTANG LAYANAN JARINGAN INTRA PEMERINTAH KOTA KUALA SENJA',
        menimbang: ['bahwa untuk menyesuaikan dengan perluasan jaringan fiber optik ke kecamatan dan kelurahan perlu mengubah Peraturan Wali Kota Nomor 17 Tahun 2020;'],
        mengingat: [UU23, SPBE],
        pasal: [
          'Layanan Jaringan Intra Kota menghubungkan seluruh perangkat daerah, kecamatan dan kelurahan di lingkungan Pemerintah Kota Kuala Senja.',
          'Jaringan Intra Kota terinterkoneksi dengan Jaringan Intra Pemerintah yang diselenggarakan Pemerintah Pusat dan dengan jaringan intra Pemerintah Provinsi.',
          'Perangkat daerah dilarang menggunakan jaringan internet di luar Jaringan Intra Kota untuk akses aplikasi SPBE.',
          'Kebijakan ini direviu secara berkala oleh Dinas Komunikasi dan Informatika.',
        ],
        place: KS, date: '6 Maret 2023', name: KS_WALI,
      }),
      nota({
        path: 'DISKOMINFO/Regulasi/Laporan Reviu Kebijakan Jaringan Intra 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN REVIU DAN EVALUASI KEBIJAKAN LAYANAN JARINGAN INTRA',
        nomor: '555/630/Diskominfo/2024',
        dasar: ['Peraturan Wali Kota Kuala Senja Nomor 17 Tahun 2020 sebagaimana diubah dengan Peraturan Wali Kota Nomor 5 Tahun 2023.'],
        uraian: ['Reviu dilaksanakan pada 4 s.d. 15 November 2024 terhadap ketentuan dan penerapan jaringan intra di 33 perangkat daerah.'],
        hasil: [
          'Ketentuan segmentasi jaringan (VLAN) per perangkat daerah belum diatur.',
          'Belum diatur standar ketersediaan layanan (SLA) minimal 99 persen.',
          'Direkomendasikan perubahan kedua Peraturan Wali Kota pada tahun 2025.',
        ],
        penutup: 'Demikian laporan ini untuk menjadi bahan tindak lanjut.',
        place: KS, date: '22 November 2024', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
    ],
  },

  // ================================================================ TATA KELOLA (11-20)
  // ======================= 11 Arsitektur dokumen — agenda of review only
  {
    name: 'kk11 Karang Wangi: dokumen Arsitektur SPBE lengkap berpedoman nasional, hanya agenda rapat reviu',
    indicator: 11,
    instansi: WANGI,
    range: [3, 3],
    because: 'tingkat 3: dokumen arsitektur mencakup seluruh referensi dan domain; berpedoman pada Arsitektur SPBE Nasional, tetapi agenda rapat reviu tanpa hasil tidak membuktikan reviu dan evaluasi (tingkat 4)',
    docs: [
      nota({
        path: 'DISKOMINFOSAN/Arsitektur/Dokumen Arsitektur SPBE Kabupaten 2023-2027.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'DOKUMEN ARSITEKTUR SPBE KABUPATEN KARANG WANGI TAHUN 2023-2027',
        dasar: [SPBE, 'Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional', 'Peraturan Bupati Karang Wangi Nomor 9 Tahun 2021 tentang Arsitektur SPBE'],
        uraian: [
          'Referensi arsitektur disusun mengacu pada referensi arsitektur dalam Arsitektur SPBE Nasional.',
          'Domain arsitektur proses bisnis memetakan 214 proses bisnis pada 31 perangkat daerah.',
          'Domain arsitektur data dan informasi memuat 96 kelompok data dan data induk kependudukan, kepegawaian dan keuangan.',
          'Domain arsitektur layanan memuat 58 layanan administrasi pemerintahan dan 41 layanan publik.',
          'Domain arsitektur aplikasi memuat 73 aplikasi, 12 di antaranya aplikasi umum nasional.',
          'Domain arsitektur infrastruktur memuat pusat data, jaringan intra dan sistem penghubung layanan.',
          'Domain arsitektur keamanan memuat kebutuhan pengamanan informasi setiap domain.',
        ],
        hasil: ['Arsitektur SPBE Kabupaten selaras dengan Arsitektur SPBE Nasional pada seluruh domain.'],
        penutup: 'Dokumen ini menjadi acuan penyusunan Peta Rencana SPBE dan rencana anggaran SPBE perangkat daerah.',
        place: KW, date: '15 Desember 2023', signer: 'Ketua Tim Koordinasi SPBE,\nttd\nSekretaris Daerah Kabupaten Karang Wangi',
      }),
      layar('DISKOMINFOSAN/Arsitektur/Agenda Rapat Reviu Arsitektur 2025.pdf', [
        KW_KOP, KW_DIS,
        'AGENDA RAPAT REVIU DOKUMEN ARSITEKTUR SPBE KABUPATEN KARANG WANGI',
        'Rencana pelaksanaan: minggu ketiga November 2025',
        '09.00 - 09.15 Pembukaan oleh Sekretaris Daerah',
        '09.15 - 10.00 Paparan rencana reviu dan metodologi',
        '10.00 - 11.30 Diskusi kelompok per domain arsitektur',
        '11.30 - 12.00 Penyusunan jadwal pengumpulan masukan',
        'Catatan: hasil reviu akan dituangkan dalam laporan tersendiri.',
      ]),
    ],
  },
  // ======================= 12 Peta Rencana dokumen — review 2024 and updated roadmap 2025
  {
    name: 'kk11 Kuala Senja: Peta Rencana SPBE diterapkan tiga tahun anggaran, direviu 2024 dan dimutakhirkan 2025',
    indicator: 12,
    instansi: SENJA,
    range: [5, 5],
    because: 'tingkat 5: dokumen mencakup seluruh muatan, diterapkan melalui rencana kerja dan anggaran 2023-2025, direviu 2024 dengan temuan (tingkat 4) dan dimutakhirkan sebagai tindak lanjut hasil reviu (Peta Rencana pemutakhiran 2025 yang merujuk laporan reviu)',
    docs: [
      nota({
        path: 'DISKOMINFO/Peta Rencana/Laporan Reviu Peta Rencana SPBE 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN HASIL REVIU DAN EVALUASI DOKUMEN PETA RENCANA SPBE KOTA KUALA SENJA 2023-2026',
        nomor: '050/501/Diskominfo/2024',
        dasar: ['Dokumen Peta Rencana SPBE Kota Kuala Senja 2023-2026.'],
        uraian: [
          'Peta Rencana memuat peta rencana tata kelola, manajemen, layanan, infrastruktur, aplikasi, keamanan SPBE dan audit TIK.',
          'Penerapan ditelusuri pada Renja dan RKA perangkat daerah tahun anggaran 2023, 2024 dan 2025: 47 dari 52 kegiatan Peta Rencana telah dianggarkan.',
        ],
        hasil: [
          'Lima kegiatan aplikasi khusus tidak lagi relevan karena tersedia aplikasi umum nasional.',
          'Target keamanan SPBE perlu disesuaikan dengan hasil penilaian indeks KAMI.',
          'Rekomendasi: pemutakhiran Peta Rencana SPBE pada awal tahun 2025.',
        ],
        penutup: 'Laporan disampaikan kepada Tim Koordinasi SPBE.',
        place: KS, date: '12 Desember 2024', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
      nota({
        path: 'DISKOMINFO/Peta Rencana/Peta Rencana SPBE Pemutakhiran 2025-2026.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'DOKUMEN PETA RENCANA SPBE KOTA KUALA SENJA TAHUN 2023-2026 (PEMUTAKHIRAN TAHUN 2025)',
        dasar: ['Laporan Hasil Reviu dan Evaluasi Peta Rencana SPBE Nomor 050/501/Diskominfo/2024 tanggal 12 Desember 2024.', 'Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional.'],
        uraian: [
          'Peta rencana tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE dan audit TIK tahun 2025-2026.',
          'Sebagai tindak lanjut hasil reviu, lima kegiatan aplikasi khusus dihapus dan diganti pemanfaatan aplikasi umum (SRIKANDI, e-Kinerja BKN).',
          'Target keamanan SPBE disesuaikan: indeks KAMI kategori baik pada 2026.',
        ],
        hasil: ['Pemutakhiran memuat 49 kegiatan SPBE tahun 2025-2026 dengan penanggung jawab perangkat daerah.'],
        penutup: 'Dokumen pemutakhiran ini berlaku sejak ditetapkan dan menjadi acuan Renja 2026.',
        place: KS, date: '24 Februari 2025', signer: 'Ketua Tim Koordinasi SPBE Kota Kuala Senja,\nttd\nSekretaris Daerah',
      }),
    ],
  },
  // ======================= 13 Rencana dan Anggaran — consulted, controlled, reviewed 2024
  {
    name: 'kk11 Karang Wangi: rencana dan anggaran SPBE dikendalikan Bappeda dan direviu 2024',
    pending: 'gets 1: tingkat 2 asks an RKA/DPA/Renja; the Bappeda control and review report describing the 31 OPD plans in SIPD is not read as the plan, so the tingkat 3 and 4 signs it found are held back',
    indicator: 13,
    instansi: WANGI,
    range: [4, 4],
    because: 'tingkat 4: seluruh rencana dan anggaran SPBE perangkat daerah dikonsultasikan ke Diskominfosan (tingkat 3), terpadu dan dikendalikan Bappeda, dan direviu serta dievaluasi (2024); belum ada perbaikan untuk tahun anggaran berikutnya sebagai tindak lanjut (tingkat 5)',
    docs: [
      nota({
        path: 'BAPPEDA/SPBE/Laporan Pengendalian dan Reviu Anggaran SPBE 2024.pdf',
        kop: KW_KOP, unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN KARANG WANGI',
        judul: 'LAPORAN PENGENDALIAN, REVIU DAN EVALUASI RENCANA DAN ANGGARAN SPBE TAHUN 2024',
        nomor: '050/877/Bappeda/2024',
        dasar: ['Peraturan Bupati Karang Wangi tentang Keterpaduan Rencana dan Anggaran SPBE.'],
        uraian: [
          'Seluruh 31 perangkat daerah mengajukan usulan kegiatan SPBE tahun 2024 dan telah memperoleh rekomendasi teknis dari Dinas Komunikasi, Informatika dan Persandian sebelum pembahasan anggaran.',
          'Bappeda memadukan usulan dalam satu daftar kegiatan SPBE kabupaten pada SIPD dan mengendalikan agar tidak ada duplikasi belanja aplikasi.',
          'Reviu dan evaluasi dilaksanakan pada Oktober 2024 terhadap realisasi 118 kegiatan SPBE.',
        ],
        hasil: [
          'Ditemukan 6 kegiatan pengadaan perangkat jaringan yang tumpang tindih antar perangkat daerah.',
          'Realisasi anggaran SPBE mencapai 87,4 persen.',
          'Rekomendasi: konsolidasi pengadaan perangkat jaringan di Diskominfosan mulai tahun anggaran berikutnya.',
        ],
        penutup: 'Laporan ini disampaikan kepada Tim Koordinasi SPBE.',
        place: KW, date: '8 November 2024', signer: 'Kepala Bappeda,\nttd\nIr. BAMBANG WIDODO, M.Si.',
      }),
    ],
  },
  // ======================= 14 Inovasi Proses Bisnis — applied, reviewed, improved citing the review
  {
    name: 'kk11 Kuala Senja: inovasi perizinan dalam aplikasi, reviu 2024 dan laporan perbaikan 2025 yang merujuk reviu',
    indicator: 14,
    instansi: SENJA,
    range: [5, 5],
    because: 'tingkat 5: inovasi proses bisnis telah diterapkan dalam aplikasi dan direviu (tingkat 4), kemudian dilakukan perbaikan inovasi yang diterapkan ke aplikasi sebagai tindak lanjut hasil reviu (laporan perbaikan 2025 merujuk laporan reviu 2024)',
    docs: [
      nota({
        path: 'DPMPTSP/Inovasi/Laporan Reviu Inovasi Izin Kilat 2024.pdf',
        kop: KS_KOP, unit: 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
        judul: 'LAPORAN REVIU DAN EVALUASI INOVASI PROSES BISNIS "IZIN KILAT" TAHUN 2024',
        nomor: '503/219/DPMPTSP/2024',
        dasar: ['Keputusan Wali Kota tentang Penetapan Inovasi Daerah Tahun 2023.'],
        uraian: [
          'Inovasi Izin Kilat memangkas proses perizinan bangunan dari 9 tahap menjadi 5 tahap dan telah diterapkan dalam aplikasi SIKILAT sejak Maret 2023.',
          'Reviu dilaksanakan pada Agustus 2024 melalui analisis log aplikasi dan survei 412 pemohon.',
        ],
        hasil: [
          'Rata-rata waktu penyelesaian turun dari 21 hari menjadi 8 hari.',
          'Tahap verifikasi lapangan masih manual dan menjadi penyebab 63 persen keterlambatan.',
          'Rekomendasi: verifikasi lapangan dilakukan melalui modul geotagging pada aplikasi.',
        ],
        penutup: 'Laporan disampaikan kepada Tim Koordinasi SPBE.',
        place: KS, date: '5 September 2024', signer: 'Kepala DPMPTSP,\nttd\nNURUL AINI, S.H., M.H.',
      }),
      nota({
        path: 'DPMPTSP/Inovasi/Laporan Perbaikan Inovasi Izin Kilat 2025.pdf',
        kop: KS_KOP, unit: 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
        judul: 'LAPORAN PERBAIKAN INOVASI PROSES BISNIS "IZIN KILAT" SEBAGAI TINDAK LANJUT HASIL REVIU',
        nomor: '503/077/DPMPTSP/2025',
        dasar: ['Laporan Reviu dan Evaluasi Inovasi Izin Kilat Nomor 503/219/DPMPTSP/2024 tanggal 5 September 2024.'],
        uraian: [
          'Modul verifikasi lapangan dengan geotagging dan unggah foto dikembangkan pada aplikasi SIKILAT versi 2.3 dan dirilis 10 Maret 2025.',
          'Proses bisnis perizinan diperbarui: verifikasi lapangan dan verifikasi dokumen berjalan paralel.',
        ],
        hasil: ['Rata-rata waktu penyelesaian April-Juni 2025 menjadi 5 hari.', 'Seluruh 27 petugas verifikasi menggunakan modul baru.'],
        penutup: 'Perbaikan akan dievaluasi kembali pada reviu berikutnya.',
        place: KS, date: '14 Juli 2025', signer: 'Kepala DPMPTSP,\nttd\nNURUL AINI, S.H., M.H.',
      }),
    ],
  },
  // ======================= 16 Pusat Data — all OPD and SOP, PDN interconnection only planned
  {
    name: 'kk11 Karang Wangi: pusat data dipakai seluruh OPD dengan SOP, interkoneksi PDN masih rencana',
    indicator: 16,
    instansi: WANGI,
    range: [3, 3],
    because: 'tingkat 3: layanan pusat data digunakan seluruh perangkat daerah dan ada prosedur operasional baku; interkoneksi dengan Pusat Data Nasional baru direncanakan dan tidak ada reviu, sehingga tingkat 4 tidak terpenuhi',
    docs: [
      nota({
        path: 'DISKOMINFOSAN/Pusat Data/Laporan Layanan Pusat Data 2025.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'LAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA SEMESTER I TAHUN 2025',
        dasar: ['Peraturan Bupati Karang Wangi tentang Layanan Pusat Data.', 'SOP Nomor 04/SOP/Diskominfosan/2024 tentang Pengoperasian Pusat Data.'],
        uraian: [
          'Pusat Data Kabupaten menampung 84 aplikasi milik seluruh 31 perangkat daerah pada 46 mesin virtual.',
          'Pengoperasian mengikuti SOP penempatan server, SOP pencadangan harian dan SOP penanganan gangguan.',
          'Ketersediaan layanan semester I 2025 sebesar 99,2 persen.',
        ],
        hasil: [
          'Interkoneksi dengan Pusat Data Nasional direncanakan pada tahun anggaran 2026 setelah penandatanganan perjanjian kerja sama dengan kementerian.',
          'Kapasitas penyimpanan terpakai 71 persen.',
        ],
        penutup: 'Demikian laporan ini disampaikan.',
        place: KW, date: '7 Juli 2025', signer: 'Kepala Bidang Infrastruktur TIK,\nttd\nRUDI HARTONO, S.T.',
      }),
    ],
  },
  // ======================= 18 Sistem Penghubung — running SPLP integration, reviewed 2024
  {
    name: 'kk11 Kuala Senja: sistem penghubung layanan seluruh OPD terintegrasi SPLP berjalan, direviu 2024',
    indicator: 18,
    instansi: SENJA,
    range: [4, 4],
    because: 'tingkat 4: sistem penghubung diterapkan di seluruh perangkat daerah, terintegrasi dengan SPLP (log transaksi berjalan), dan direviu 2024; belum ada perbaikan sebagai tindak lanjut reviu (tingkat 5)',
    docs: [
      nota({
        path: 'DISKOMINFO/Interoperabilitas/Laporan Reviu Sistem Penghubung Layanan 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN REVIU DAN EVALUASI PENGGUNAAN SISTEM PENGHUBUNG LAYANAN KOTA KUALA SENJA TAHUN 2024',
        nomor: '555/702/Diskominfo/2024',
        dasar: ['Peraturan Wali Kota Kuala Senja Nomor 21 Tahun 2022 tentang Penggunaan Sistem Penghubung Layanan.'],
        uraian: [
          'API Gateway Kota digunakan oleh 33 dari 33 perangkat daerah dengan 142 API terdaftar.',
          'API Gateway Kota terhubung dengan Sistem Penghubung Layanan Pemerintah (SPLP) sejak Mei 2023; rata-rata 38.000 transaksi per bulan, antara lain layanan data kependudukan Dukcapil dan data pegawai BKN.',
          'Reviu dilaksanakan Oktober 2024 atas kinerja dan keamanan API.',
        ],
        hasil: ['14 API belum menggunakan autentikasi OAuth2.', 'Waktu respon rata-rata 420 ms; 3 API melebihi 2 detik.', 'Rekomendasi: migrasi autentikasi dan optimasi API lambat pada 2025.'],
        penutup: 'Laporan disampaikan kepada Tim Koordinasi SPBE.',
        place: KS, date: '31 Oktober 2024', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
    ],
  },

  // ================================================================ MANAJEMEN DAN AUDIT TIK (21-31)
  // ======================= 21 Manajemen Risiko — follow-up dated before the review
  {
    name: 'kk11 Karang Wangi: manajemen risiko SPBE seluruh OPD, reviu 2024, perbaikan bertanggal 2023 sebelum reviu',
    indicator: 21,
    instansi: WANGI,
    range: [4, 4],
    because: 'tingkat 4: kebijakan strategis manajemen risiko ditetapkan Tim Koordinasi SPBE dan diterapkan ke seluruh perangkat daerah, reviu 2024 dengan temuan; laporan perbaikan tertanggal 2023 mendahului reviu sehingga bukan tindak lanjut hasil reviu (tingkat 5 tidak terpenuhi)',
    docs: [
      nota({
        path: 'DISKOMINFOSAN/Manajemen Risiko/Laporan Perbaikan Penerapan Manajemen Risiko 2023.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'LAPORAN PERBAIKAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2023',
        nomor: '700/120/Diskominfosan/2023',
        dasar: ['Keputusan Ketua Tim Koordinasi SPBE Nomor 2 Tahun 2022 tentang Kebijakan Strategis Manajemen Risiko SPBE.'],
        uraian: ['Perbaikan format register risiko SPBE menjadi satu templat untuk seluruh perangkat daerah.', 'Penambahan kriteria dampak reputasi pada matriks analisis risiko.'],
        hasil: ['Seluruh 31 perangkat daerah menggunakan templat register risiko baru mulai April 2023.'],
        penutup: 'Demikian laporan perbaikan ini disampaikan.',
        place: KW, date: '18 April 2023', signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nDra. SITI NURHALIZAH',
      }),
      nota({
        path: 'DISKOMINFOSAN/Manajemen Risiko/Laporan Reviu Manajemen Risiko SPBE 2024.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'LAPORAN HASIL REVIU DAN EVALUASI PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2024',
        nomor: '700/415/Diskominfosan/2024',
        dasar: ['Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.', 'Keputusan Ketua Tim Koordinasi SPBE Nomor 2 Tahun 2022 tentang Kebijakan Strategis Manajemen Risiko SPBE.'],
        uraian: [
          'Kebijakan strategis manajemen risiko SPBE ditetapkan Tim Koordinasi SPBE dan diterapkan oleh seluruh 31 perangkat daerah.',
          'Reviu dilakukan pada September 2024 terhadap register risiko, rencana penanganan dan pemantauan risiko.',
        ],
        hasil: ['9 perangkat daerah belum memperbarui register risiko triwulan.', 'Risiko kebocoran data belum memiliki rencana penanganan di 4 perangkat daerah.', 'Rekomendasi: pendampingan penyusunan rencana penanganan risiko.'],
        penutup: 'Laporan disampaikan kepada Ketua Tim Koordinasi SPBE.',
        place: KW, date: '26 September 2024', signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nDra. SITI NURHALIZAH',
      }),
    ],
  },
  // ======================= 22 Keamanan Informasi — review 2025 and improvement citing it
  {
    name: 'kk11 Kuala Senja: strategi keamanan informasi Tim Koordinasi, reviu Februari 2025 dan perbaikan pengendalian Juni 2025',
    pending: 'gets 2: tingkat 3 not seen (controls across all units based on SPBE risk); the compliance test at 33 OPD is not read as coverage, so the tingkat 4 and 5 signs it found are held back',
    indicator: 22,
    instansi: SENJA,
    range: [5, 5],
    because: 'tingkat 5: pengendalian keamanan melalui strategi yang ditetapkan Tim Koordinasi SPBE dan direviu (tingkat 4), lalu hasil reviu ditindaklanjuti dengan perbaikan penerapan pengendalian (laporan Juni 2025 merujuk reviu Februari 2025)',
    docs: [
      nota({
        path: 'DISKOMINFO/Keamanan Informasi/Laporan Reviu Pengendalian Keamanan Informasi 2025.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN REVIU DAN EVALUASI PENGENDALIAN KEAMANAN INFORMASI SPBE',
        nomor: '480/066/Diskominfo/2025',
        dasar: ['Keputusan Ketua Tim Koordinasi SPBE Kota Kuala Senja Nomor 3 Tahun 2024 tentang Strategi Keamanan Informasi SPBE.'],
        uraian: [
          'Strategi keamanan informasi yang ditetapkan Tim Koordinasi SPBE meliputi pengendalian akses, pengamanan aplikasi, pencadangan dan penanganan insiden.',
          'Reviu dilaksanakan 3 s.d. 14 Februari 2025 dengan uji kepatuhan pada 33 perangkat daerah dan penilaian indeks KAMI.',
        ],
        hasil: ['Autentikasi dua faktor baru diterapkan pada 11 dari 27 aplikasi.', 'Pencadangan aplikasi kepegawaian tidak diuji pemulihan.', 'Rekomendasi: wajibkan autentikasi dua faktor dan uji pemulihan triwulanan.'],
        penutup: 'Laporan disampaikan kepada Ketua Tim Koordinasi SPBE.',
        place: KS, date: '21 Februari 2025', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
      nota({
        path: 'DISKOMINFO/Keamanan Informasi/Laporan Tindak Lanjut Perbaikan Pengendalian Keamanan 2025.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN TINDAK LANJUT HASIL REVIU PENGENDALIAN KEAMANAN INFORMASI',
        nomor: '480/241/Diskominfo/2025',
        dasar: ['Laporan Reviu dan Evaluasi Pengendalian Keamanan Informasi Nomor 480/066/Diskominfo/2025 tanggal 21 Februari 2025.'],
        uraian: ['Autentikasi dua faktor diaktifkan pada seluruh 27 aplikasi melalui layanan SSO Kota.', 'Uji pemulihan cadangan aplikasi kepegawaian dilakukan 12 Mei 2025 dan berhasil dalam 3 jam.'],
        hasil: ['Seluruh rekomendasi reviu telah ditindaklanjuti (100 persen).'],
        penutup: 'Demikian laporan tindak lanjut ini disampaikan.',
        place: KS, date: '16 Juni 2025', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
    ],
  },
  // ======================= 30 Audit Aplikasi — external certified auditor, follow-up fixes
  {
    name: 'kk11 Karang Wangi: audit aplikasi oleh auditor eksternal bersertifikat dan laporan tindak lanjut perbaikan',
    indicator: 30,
    instansi: WANGI,
    range: [5, 5],
    because: 'tingkat 5: audit aplikasi dilaksanakan auditor eksternal bersertifikat (CISA) (tingkat 4) dan hasil audit ditindaklanjuti dengan perbaikan penerapan aplikasi (laporan tindak lanjut atas temuan audit)',
    docs: [
      nota({
        path: 'DISKOMINFOSAN/Audit TIK/Laporan Audit Aplikasi SIMPATIK 2024.pdf',
        kop: 'PT AUDITA SISTEM NUSANTARA', unit: 'Lembaga Pelaksana Audit TIK',
        judul: 'LAPORAN HASIL AUDIT APLIKASI SPBE: APLIKASI SIMPATIK PEMERINTAH KABUPATEN KARANG WANGI',
        nomor: 'ASN/AUD/2024/117',
        dasar: ['Kontrak Nomor 027/PPK-Diskominfosan/2024 tentang Jasa Audit Aplikasi SPBE.', 'Peraturan BRIN Nomor 4 Tahun 2023 tentang Penyelenggaraan Audit TIK.'],
        uraian: [
          'Audit dilaksanakan 5 Agustus s.d. 13 September 2024 oleh tim auditor eksternal: Ketua Tim Dimas Pratama, CISA (sertifikat ISACA nomor 21xxxx), dan Anggota Laila Fitri, CISA.',
          'Ruang lingkup: fungsionalitas, kontrol masukan dan keluaran, kontrol akses, dan jejak audit aplikasi SIMPATIK.',
        ],
        hasil: ['Temuan tinggi: validasi masukan tidak ada pada formulir pengajuan.', 'Temuan sedang: jejak audit tidak mencatat perubahan data oleh administrator.', 'Temuan rendah: tidak ada batas waktu sesi.'],
        penutup: 'Pemerintah Kabupaten disarankan menindaklanjuti temuan paling lambat 90 hari.',
        place: 'Jakarta', date: '30 September 2024', signer: 'Direktur PT Audita Sistem Nusantara,\nttd',
      }),
      nota({
        path: 'DISKOMINFOSAN/Audit TIK/Laporan Tindak Lanjut Audit Aplikasi SIMPATIK.pdf',
        kop: KW_KOP, unit: KW_DIS,
        judul: 'LAPORAN TINDAK LANJUT HASIL AUDIT APLIKASI SIMPATIK',
        nomor: '027/540/Diskominfosan/2024',
        dasar: ['Laporan Hasil Audit Aplikasi SPBE Nomor ASN/AUD/2024/117 tanggal 30 September 2024.'],
        uraian: ['Validasi masukan sisi server ditambahkan pada seluruh formulir (rilis SIMPATIK 3.1, 4 November 2024).', 'Jejak audit administrator diaktifkan dan disimpan 1 tahun.', 'Batas waktu sesi 15 menit diterapkan.'],
        hasil: ['Tiga temuan audit berstatus selesai; uji ulang oleh auditor pada 2 Desember 2024 menyatakan temuan tertutup.'],
        penutup: 'Demikian laporan tindak lanjut ini disampaikan kepada Tim Koordinasi SPBE.',
        place: KW, date: '10 Desember 2024', signer: 'Kepala Dinas Komunikasi, Informatika dan Persandian,\nttd\nDra. SITI NURHALIZAH',
      }),
    ],
  },
  // ======================= 28 Manajemen Layanan — service desk app, review invitation only
  {
    name: 'kk11 Kuala Senja: manajemen layanan dengan aplikasi service desk, hanya undangan reviu',
    indicator: 28,
    instansi: SENJA,
    range: [3, 3],
    because: 'tingkat 3: manajemen layanan SPBE diterapkan sesuai pedoman (aplikasi service desk juga dipakai); tingkat 4 meminta reviu dan evaluasi kegiatan manajemen layanan, sedangkan undangan rapat reviu saja tidak membuktikan reviu terlaksana',
    docs: [
      nota({
        path: 'DISKOMINFO/Manajemen Layanan/Laporan Manajemen Layanan SPBE 2025.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN PENERAPAN MANAJEMEN LAYANAN SPBE SEMESTER I TAHUN 2025',
        dasar: ['Peraturan Wali Kota Kuala Senja tentang Manajemen Layanan SPBE.', 'SOP Pengelolaan Permintaan dan Gangguan Layanan TIK.'],
        uraian: [
          'Pemeliharaan layanan, penanganan keluhan, gangguan, masalah, permintaan dan perubahan layanan SPBE dikelola melalui aplikasi service desk "SENJA Helpdesk".',
          'Januari-Juni 2025 tercatat 1.284 tiket: 803 gangguan, 412 permintaan layanan, 69 permintaan perubahan.',
        ],
        hasil: ['93 persen tiket selesai sesuai target waktu layanan.', 'Waktu penyelesaian rata-rata 6,2 jam.'],
        penutup: 'Demikian laporan ini disampaikan.',
        place: KS, date: '8 Juli 2025', signer: 'Kepala Bidang Aplikasi Informatika,\nttd',
      }),
      undang({
        path: 'DISKOMINFO/Manajemen Layanan/Undangan Reviu Manajemen Layanan 2025.pdf',
        kop: KS_KOP, unit: KS_DIS, place: KS, date: '2 September 2025', nomor: '005/811/Diskominfo/2025',
        hal: 'Rapat Reviu dan Evaluasi Manajemen Layanan SPBE Tahun 2025',
        hari: 'Kamis, 18 September 2025',
        acara: 'Reviu dan evaluasi penerapan manajemen layanan SPBE dan kinerja service desk',
        signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
    ],
  },
  // ======================= 25 Kompetensi SDM — assessment and upgrading done, reviewed 2024
  {
    name: 'kk11 Karang Wangi: peningkatan dan penilaian kompetensi SDM SPBE, reviu pemenuhan kompetensi 2024',
    pending: 'gets 2: tingkat 3 asks the six competence areas (proses bisnis, arsitektur, data, keamanan, aplikasi, infrastruktur) and the report names none of them, so the tingkat 4 sign it found is held back',
    indicator: 25,
    instansi: WANGI,
    range: [4, 4],
    because: 'tingkat 4: peningkatan (pelatihan dan sertifikasi) dan penilaian kompetensi SDM SPBE telah dilakukan serta pemenuhan kompetensi direviu dan dievaluasi (2024); tidak ada perbaikan perencanaan sebagai tindak lanjut (tingkat 5)',
    docs: [
      nota({
        path: 'BKPSDM/SDM SPBE/Laporan Reviu Pemenuhan Kompetensi SDM SPBE 2024.pdf',
        kop: KW_KOP, unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        judul: 'LAPORAN REVIU DAN EVALUASI PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2024',
        nomor: '800/933/BKPSDM/2024',
        dasar: ['Rencana Kebutuhan Kompetensi SDM SPBE Kabupaten Karang Wangi Tahun 2023-2025.'],
        uraian: [
          'Penilaian kompetensi teknis TIK dilakukan terhadap 96 pranata komputer dan pengelola TIK melalui uji kompetensi bersama LSP Informatika pada Mei 2024.',
          'Peningkatan kompetensi: 48 pegawai mengikuti Digital Talent Scholarship, 12 pegawai memperoleh sertifikasi keamanan informasi dan 6 pegawai sertifikasi manajemen proyek.',
          'Reviu pemenuhan kompetensi dilaksanakan November 2024 dengan membandingkan hasil penilaian terhadap standar kompetensi jabatan.',
        ],
        hasil: ['Kesenjangan kompetensi terbesar pada analisis data (41 persen pegawai di bawah standar).', 'Rekomendasi: prioritas pelatihan analitik data pada rencana tahun berikutnya.'],
        penutup: 'Laporan disampaikan kepada Tim Koordinasi SPBE.',
        place: KW, date: '29 November 2024', signer: 'Kepala BKPSDM,\nttd\nH. AHMAD FAUZI, S.Sos., M.M.',
      }),
    ],
  },

  // ================================================================ LAYANAN (32-44)
  // ======================= 36 Kepegawaian — integration only in a design document
  {
    name: 'kk11 Kuala Senja: SIMPEG bertransaksi, integrasi dengan e-Kinerja baru dalam dokumen desain',
    indicator: 36,
    instansi: SENJA,
    range: [3, 3],
    because: 'tingkat 3: layanan kepegawaian memberikan transaksi (alur kerja, persetujuan, validasi data); kolaborasi dengan layanan lain (tingkat 4) baru dirancang dalam dokumen desain integrasi, belum berjalan',
    docs: [
      layar('BKPSDM/SIMPEG/Tangkapan Layar SIMPEG Kuala Senja.pdf', [
        'SIMPEG KOTA KUALA SENJA - Sistem Informasi Manajemen Kepegawaian',
        'Menu: Dashboard | Data Pegawai | Usulan Kenaikan Pangkat | Usulan Cuti | Mutasi | Laporan',
        'Usulan Cuti Tahunan - Nomor Usulan CT/2025/03412',
        'Status alur: Diajukan pegawai (2 Juni 2025) > Diverifikasi atasan langsung (3 Juni 2025) > Disetujui Kepala BKPSDM (4 Juni 2025)',
        'Validasi: sisa cuti tahunan 9 hari mencukupi; NIP terverifikasi pada basis data pegawai',
        'Dashboard analitik: 5.214 PNS aktif; 318 usulan kenaikan pangkat diproses tahun 2025',
      ]),
      nota({
        path: 'BKPSDM/SIMPEG/Dokumen Desain Integrasi SIMPEG dan e-Kinerja.pdf',
        kop: KS_KOP, unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        judul: 'DOKUMEN DESAIN INTEGRASI SIMPEG DENGAN APLIKASI E-KINERJA DAN SIMKEU (RANCANGAN)',
        dasar: ['Rencana pengembangan SIMPEG tahun 2026.'],
        uraian: [
          'Rancangan arsitektur integrasi: SIMPEG akan menyediakan API data pegawai melalui API Gateway Kota untuk dikonsumsi e-Kinerja dan SIMKEU.',
          'Rancangan endpoint: GET /pegawai/{nip}, GET /jabatan; format JSON; autentikasi OAuth2.',
          'Tahap pengembangan dijadwalkan Triwulan II 2026 setelah penganggaran.',
        ],
        hasil: ['Dokumen desain ini belum diimplementasikan; integrasi belum berjalan.'],
        penutup: 'Rancangan akan dibahas dalam forum Tim Koordinasi SPBE.',
        place: KS, date: '20 Agustus 2025', signer: 'Kepala Bidang Data dan Informasi Kepegawaian,\nttd',
      }),
    ],
  },
  // ======================= 34 Keuangan — running integration with budgeting and procurement
  {
    name: 'kk11 Karang Wangi: SIMKEUDA bertransaksi dan terintegrasi berjalan dengan SIPD dan SPSE',
    indicator: 34,
    instansi: WANGI,
    range: [4, 4],
    because: 'tingkat 4: layanan keuangan bertransaksi (alur SPP-SPM-SP2D, persetujuan, validasi) dan berkolaborasi dengan layanan penganggaran dan pengadaan melalui integrasi yang sudah berjalan (log sinkronisasi API); tidak ada reviu dan perbaikan (tingkat 5)',
    docs: [
      nota({
        path: 'BPKAD/SIMKEUDA/Laporan Integrasi SIMKEUDA 2025.pdf',
        kop: KW_KOP, unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        judul: 'LAPORAN OPERASIONAL DAN INTEGRASI APLIKASI SIMKEUDA TAHUN 2025',
        dasar: ['Peraturan Bupati Karang Wangi tentang Sistem Informasi Pengelolaan Keuangan Daerah.'],
        uraian: [
          'SIMKEUDA melayani penatausahaan keuangan 31 perangkat daerah: pengajuan SPP, verifikasi, penerbitan SPM dan SP2D dengan persetujuan berjenjang dan tanda tangan elektronik.',
          'Validasi otomatis pagu anggaran dan kode rekening pada setiap pengajuan SPP.',
          'Integrasi berjalan: SIMKEUDA menarik data DPA dari SIPD melalui API setiap malam dan menerima data kontrak dari SPSE/LPSE Kabupaten; Januari-Juni 2025 tercatat 6.912 sinkronisasi berhasil.',
        ],
        hasil: ['Log integrasi: sinkronisasi DPA SIPD tingkat keberhasilan 99,6 persen; 1.148 data kontrak SPSE digunakan untuk SPP-LS.', 'Rata-rata waktu penerbitan SP2D 1,3 hari.'],
        penutup: 'Demikian laporan ini disampaikan.',
        place: KW, date: '10 Juli 2025', signer: 'Kepala BPKAD,\nttd\nYULIANTI, S.E., M.Ak.',
      }),
    ],
  },
  // ======================= 42 Pengaduan — SP4N-LAPOR running, review 2024, release 2025 citing it
  {
    name: 'kk11 Kuala Senja: pengaduan terintegrasi SP4N-LAPOR!, reviu 2024 dan rilis perbaikan 2025 berdasarkan reviu',
    indicator: 42,
    instansi: SENJA,
    range: [5, 5],
    because: 'tingkat 5: layanan pengaduan bertransaksi dan berkolaborasi (terintegrasi dengan SP4N-LAPOR! secara berjalan), direviu 2024, dan diperbaiki berdasarkan hasil reviu (rilis 2025 yang merujuk laporan reviu)',
    docs: [
      nota({
        path: 'DISKOMINFO/Pengaduan/Laporan Reviu Layanan Pengaduan SENJA LAPOR 2024.pdf',
        kop: KS_KOP, unit: KS_DIS,
        judul: 'LAPORAN REVIU DAN EVALUASI LAYANAN PENGADUAN "SENJA LAPOR" TAHUN 2024',
        nomor: '065/655/Diskominfo/2024',
        dasar: ['Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik.'],
        uraian: [
          'SENJA LAPOR menerima, mendisposisikan dan menindaklanjuti pengaduan dengan alur kerja otomatis ke 33 perangkat daerah.',
          'SENJA LAPOR terintegrasi dua arah dengan SP4N-LAPOR! melalui API sejak 2023; tahun 2024 sebanyak 2.906 aduan tersinkron otomatis.',
          'Reviu dilaksanakan November 2024 atas kepuasan pelapor dan ketepatan waktu tindak lanjut.',
        ],
        hasil: ['31 persen aduan melewati batas waktu 5 hari kerja.', 'Pelapor tidak menerima notifikasi status.', 'Rekomendasi: notifikasi WhatsApp otomatis dan eskalasi otomatis aduan terlambat.'],
        penutup: 'Laporan disampaikan kepada Tim Koordinasi SPBE.',
        place: KS, date: '27 November 2024', signer: 'Kepala Dinas Komunikasi dan Informatika,\nttd\nHERU SANTOSO, S.Kom., M.T.',
      }),
      layar('DISKOMINFO/Pengaduan/Catatan Rilis SENJA LAPOR 2.0.pdf', [
        'SENJA LAPOR - CATATAN RILIS VERSI 2.0',
        'Tanggal rilis: 3 Maret 2025',
        'Dasar: tindak lanjut Laporan Reviu dan Evaluasi Layanan Pengaduan Nomor 065/655/Diskominfo/2024',
        'Perubahan:',
        '- Notifikasi status aduan otomatis melalui WhatsApp dan surel kepada pelapor',
        '- Eskalasi otomatis kepada Sekretaris Daerah untuk aduan yang melewati 5 hari kerja',
        '- Sinkronisasi status tindak lanjut ke SP4N-LAPOR! secara waktu nyata',
        'Hasil triwulan II 2025: aduan terlambat turun menjadi 9 persen',
      ]),
    ],
  },
  // ======================= 37 Kearsipan — integration only in a plan
  {
    name: 'kk11 Karang Wangi: arsip dinamis elektronik bertransaksi, integrasi SRIKANDI dan SIMPEG baru rencana',
    indicator: 37,
    instansi: WANGI,
    range: [3, 3],
    because: 'tingkat 3: layanan kearsipan dinamis memberikan transaksi (naskah dinas dengan alur persetujuan, penomoran otomatis, pencarian arsip); kolaborasi dengan layanan lain (tingkat 4) baru tercantum sebagai rencana kerja 2026',
    docs: [
      nota({
        path: 'DISPUSIP/Arsip Elektronik/Laporan Layanan e-Arsip 2025.pdf',
        kop: KW_KOP, unit: 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
        judul: 'LAPORAN PENYELENGGARAAN LAYANAN KEARSIPAN DINAMIS ELEKTRONIK "E-ARSIP KARANG WANGI" TAHUN 2025',
        dasar: ['Peraturan Bupati Karang Wangi tentang Tata Naskah Dinas Elektronik.'],
        uraian: [
          'e-Arsip melayani pembuatan naskah dinas, persetujuan berjenjang, penomoran otomatis, tanda tangan elektronik, registrasi surat masuk dan pemberkasan arsip pada 31 perangkat daerah.',
          'Januari-Juni 2025: 21.540 naskah keluar dan 17.233 surat masuk tercatat; pencarian arsip berdasarkan klasifikasi.',
        ],
        hasil: [
          'Rencana kerja 2026: integrasi e-Arsip dengan SRIKANDI nasional dan SIMPEG untuk data pejabat penandatangan; saat ini belum terhubung.',
          'Kendala: 4 perangkat daerah masih mengirim surat fisik ke instansi vertikal.',
        ],
        penutup: 'Demikian laporan ini disampaikan.',
        place: KW, date: '15 Juli 2025', signer: 'Kepala Dinas Perpustakaan dan Kearsipan,\nttd\nHj. ROSMIATI, S.Sos.',
      }),
    ],
  },
];
