/**
 * Level scenarios, sixth set, written from the criteria of PermenPANRB 59/2020 only (kriteria tingkat, kriteria bukti
 * dukung per tingkat, kriteria pemenuhan per tingkat, penjelasan), without reading the rules, the levels profile or
 * the assessment code. The documents come from two new fictional workspaces, Kabupaten Rantau Jaya and Kota Teluk
 * Sari, and follow their own house style: regulations with BAB / Pasal / ayat, reports with BAB I PENDAHULUAN and
 * numbered sub-sections, berita acara that spell the date out in words, letters with Nomor / Lampiran / Hal,
 * screenshots whose OCR keeps the menu bar separators. Spread: policy (1–10), governance and management (11–31),
 * services (32–47, the sector slots with the workspace's `layananSektor`), and judgements (an invitation only, an
 * undated review, an evaluation that only recommends, partial coverage "12 dari 30 OPD", a plan not carried out, OCR
 * damage, an English consultant report, a neighbouring regency's document, a review outside the 2-year window).
 * Levels are cumulative ("Kriteria tingkat N−1 telah terpenuhi dan …"). Assessment year 2025, review window 2 years.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';
import { act, beritaAcara, draft, naskahUnit, notulenRapat, tangkapanLayar, undangan, type Region } from './dokumen.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const RANTAU: Instansi = { nama: 'Pemerintah Kabupaten Rantau Jaya', jenis: 'kabupaten', kota: 'Rantau Jaya', kop: ['PEMERINTAH KABUPATEN RANTAU JAYA'] };
const TELUK: Instansi = { nama: 'Pemerintah Kota Teluk Sari', jenis: 'kota', kota: 'Teluk Sari', kop: ['PEMERINTAH KOTA TELUK SARI'] };

const RJ: Region = {
  instansi: RANTAU,
  kop: 'PEMERINTAH KABUPATEN RANTAU JAYA',
  head: 'BUPATI RANTAU JAYA',
  place: 'Rantau Jaya',
  perkada: 'Peraturan Bupati',
  kominfo: 'DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN',
  wilayah: 'kabupaten',
};
const TS: Region = {
  instansi: TELUK,
  kop: 'PEMERINTAH KOTA TELUK SARI',
  head: 'WALI KOTA TELUK SARI',
  place: 'Teluk Sari',
  perkada: 'Peraturan Wali Kota',
  kominfo: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  wilayah: 'kota',
};

/** A neighbouring regency whose document was filed in a Rantau Jaya folder. */
const SUNGAI_LEBAR_KOP = 'PEMERINTAH KABUPATEN SUNGAI LEBAR';

/** A report in the house style: BAB I PENDAHULUAN, numbered sub-sections, a closing chapter. */
const laporan = (p: { path: string; region: Region; unit?: string; title: string; sections: string[]; date: string | null; signer?: string }): ScenarioDoc =>
  naskahUnit({
    path: p.path,
    kop: p.region.kop,
    unit: p.unit ?? p.region.kominfo,
    title: p.title,
    body: ['BAB I PENDAHULUAN', ...p.sections, 'BAB III PENUTUP', 'Demikian laporan ini disusun sebagai bahan evaluasi dan pertanggungjawaban.'],
    place: p.region.place,
    date: p.date,
    ...(p.signer === undefined ? {} : { signer: p.signer }),
  });

/** A Surat Edaran of the Sekretaris Daerah, in the letter style of Rantau Jaya. */
const edaranSekda = (p: { path: string; region: Region; number: string; about: string; to: string; points: string[]; date: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.region.kop}\nSEKRETARIAT DAERAH\nJl. Lintas Tengah No. 1 ${p.region.place}\nSURAT EDARAN\nNOMOR: ${p.number}\nTENTANG\n${p.about}\nKepada Yth.\n${p.to}\ndi -\n${p.region.place}\n` +
      `${p.points.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
      `Demikian untuk menjadi perhatian dan dilaksanakan.\nDikeluarkan di ${p.region.place}\npada tanggal ${p.date}\nSEKRETARIS DAERAH,\nttd\nNIP. 19720304 199803 1 005`,
  ],
});

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ======================= Policy (1–10)
  {
    name: 'Rantau Jaya: Perbup layanan pusat data untuk seluruh perangkat daerah dan interkoneksi PDN, belum pernah direviu',
    indicator: 5,
    instansi: RANTAU,
    range: [3, 3],
    // K3: "mengatur penggunaan Layanan Pusat Data untuk seluruh unit kerja/perangkat daerah"; K4 adds interkoneksi with Pusat Data Nasional
    // "Selain itu … telah direviu dan dievaluasi secara periodik" — the folder has no review.
    because: 'tingkat 3: Perbup mewajibkan seluruh perangkat daerah memakai pusat data; interkoneksi PDN diatur tetapi tidak ada reviu dan evaluasi (syarat tingkat 4)',
    docs: [
      act({
        path: 'DISKOMINFOSAN/Perbup 12 Tahun 2024 Layanan Pusat Data.pdf',
        kop: RJ.kop,
        head: RJ.head,
        number: '12 TAHUN 2024',
        title: 'PENYELENGGARAAN LAYANAN PUSAT DATA PEMERINTAH KABUPATEN RANTAU JAYA',
        body:
          'BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan:\n1. Pusat Data adalah fasilitas yang digunakan untuk penempatan sistem elektronik dan komponen terkaitnya untuk keperluan penempatan, penyimpanan, dan pengolahan data.\n' +
          'BAB II\nPENGGUNAAN PUSAT DATA\nPasal 4\n(1) Seluruh perangkat daerah wajib menempatkan aplikasi dan data pada Pusat Data Pemerintah Kabupaten Rantau Jaya yang dikelola Dinas Komunikasi, Informatika dan Persandian.\n' +
          '(2) Perangkat daerah dilarang menyelenggarakan pusat data sendiri.\nPasal 5\nPusat Data Pemerintah Kabupaten Rantau Jaya diinterkoneksikan dengan Pusat Data Nasional sesuai ketentuan peraturan perundang-undangan.\n',
        place: RJ.place,
        date: '18 Maret 2024',
      }),
    ],
  },
  {
    name: 'Teluk Sari: Perwal SMKI memuat enam cakupan, berlaku untuk seluruh perangkat daerah, dievaluasi Oktober 2024',
    indicator: 8,
    instansi: TELUK,
    range: [4, 4],
    // K3: "mengatur seluruh cakupan Manajemen Keamanan Informasi secara lengkap (penetapan ruang lingkup, penetapan penanggung jawab, perencanaan,
    // dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan)"; K4 "penerapan untuk seluruh unit kerja/perangkat daerah … direviu dan dievaluasi";
    // K5 "ditindaklanjuti dengan kebijakan baru" — no new policy yet.
    because: 'tingkat 4: keenam cakupan SMKI diatur, berlaku bagi seluruh perangkat daerah, dan ada notulen evaluasi 2024; belum ada kebijakan baru (tingkat 5)',
    docs: [
      act({
        path: 'DISKOMINFO/Perwal 27 Tahun 2023 Manajemen Keamanan Informasi.pdf',
        kop: TS.kop,
        head: TS.head,
        number: '27 TAHUN 2023',
        title: 'SISTEM MANAJEMEN KEAMANAN INFORMASI DI LINGKUNGAN PEMERINTAH KOTA TELUK SARI',
        body:
          'BAB II\nRUANG LINGKUP\nPasal 3\nPeraturan Wali Kota ini berlaku bagi seluruh perangkat daerah di lingkungan Pemerintah Kota Teluk Sari.\n' +
          'BAB III\nMANAJEMEN KEAMANAN INFORMASI\nPasal 4\nManajemen keamanan informasi meliputi:\na. penetapan ruang lingkup;\nb. penetapan penanggung jawab;\nc. perencanaan;\nd. dukungan pengoperasian;\ne. evaluasi kinerja; dan\nf. perbaikan berkelanjutan terhadap keamanan informasi.\n' +
          'Pasal 5\nKepala Dinas Komunikasi dan Informatika ditetapkan sebagai penanggung jawab keamanan informasi SPBE.\n',
        place: TS.place,
        date: '4 September 2023',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Evaluasi Perwal SMKI 2024.pdf',
        kop: TS.kop,
        unit: TS.kominfo,
        title: 'REVIU DAN EVALUASI PERATURAN WALI KOTA NOMOR 27 TAHUN 2023 TENTANG SISTEM MANAJEMEN KEAMANAN INFORMASI',
        day: 'Kamis, 17 Oktober 2024',
        place: 'Ruang Rapat Bidang Persandian',
        agenda: 'Reviu dan evaluasi kebijakan manajemen keamanan informasi',
        points: [
          'Tim Koordinasi SPBE mengevaluasi pelaksanaan Perwal 27/2023 pada seluruh perangkat daerah.',
          'Ketentuan pelaporan insiden belum selaras dengan Peraturan BSSN terbaru.',
        ],
        conclusions: ['Perwal 27/2023 perlu disesuaikan; rancangan perubahan disusun pada tahun 2025.'],
      }),
    ],
  },
  {
    name: 'Rantau Jaya: Perbup Audit TIK hanya mengatur audit aplikasi dan audit keamanan',
    indicator: 9,
    instansi: RANTAU,
    range: [2, 2],
    // K2 Kondisi: "hanya mengatur pelaksanaan sebagian Audit TIK (Audit Infrastruktur SPBE, Audit Aplikasi SPBE, dan Audit Keamanan SPBE)"; K3 all three.
    because: 'tingkat 2: kebijakan audit TIK ditetapkan tetapi audit infrastruktur SPBE tidak diatur; tingkat 3 meminta ketiga jenis audit',
    docs: [
      act({
        path: 'DISKOMINFOSAN/Perbup 40 Tahun 2023 Audit TIK.pdf',
        kop: RJ.kop,
        head: RJ.head,
        number: '40 TAHUN 2023',
        title: 'PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body:
          'BAB II\nJENIS AUDIT\nPasal 3\n(1) Audit Teknologi Informasi dan Komunikasi di lingkungan Pemerintah Kabupaten Rantau Jaya terdiri atas:\na. Audit Aplikasi SPBE; dan\nb. Audit Keamanan SPBE.\n' +
          '(2) Audit sebagaimana dimaksud pada ayat (1) dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.\nPasal 4\nAudit Aplikasi SPBE meliputi pemeriksaan tata kelola, fungsionalitas, dan kinerja aplikasi.\n',
        place: RJ.place,
        date: '29 Desember 2023',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: Surat Edaran Sekda jaringan intra hanya bagi OPD di Kompleks Perkantoran Bukit Permai',
    indicator: 6,
    instansi: RANTAU,
    range: [1, 2],
    // B1 lists "Surat Edaran/dokumen yang berisi pengaturan/norma" among level-1 evidence, B2 accepts a norm for "sebagian unit kerja/perangkat daerah"
    // in "dokumen kebijakan … lainnya"; K3 asks for "seluruh unit kerja/perangkat daerah" — the SE names only the OPDs of one office complex.
    because: 'tingkat 1–2: surat edaran (bukti tingkat 1 menurut B1, atau dokumen kebijakan lain untuk sebagian perangkat daerah menurut B2); tidak mengatur seluruh perangkat daerah (3)',
    docs: [
      edaranSekda({
        path: 'SETDA/SE Sekda Penggunaan Jaringan Intra 2024.pdf',
        region: RJ,
        number: '500.12/118/SETDA/2024',
        about: 'PENGGUNAAN JARINGAN INTRA PEMERINTAH KABUPATEN RANTAU JAYA',
        to: 'Kepala Perangkat Daerah di Kompleks Perkantoran Bukit Permai',
        points: [
          'Perangkat daerah yang berkantor di Kompleks Perkantoran Bukit Permai wajib menggunakan jaringan intra pemerintah daerah yang dikelola Dinas Komunikasi, Informatika dan Persandian untuk akses aplikasi SPBE.',
          'Penggunaan koneksi internet mandiri untuk akses aplikasi SPBE agar dihentikan paling lambat 31 Desember 2024.',
          'Perangkat daerah di luar kompleks perkantoran akan diatur kemudian.',
        ],
        date: '6 Agustus 2024',
      }),
    ],
  },
  {
    name: 'Teluk Sari: Perwal Satu Data mengatur keenam proses manajemen data, tanpa reviu',
    indicator: 3,
    instansi: TELUK,
    range: [3, 4],
    // Indicator 3 keeps a quirk: K3 is the "Kondisi: … hanya mengatur sebagian" rung and K4 reads "Kriteria tingkat 2 telah terpenuhi dan … telah
    // mengatur seluruh rangkaian proses pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data"
    // (B4 the same); K4 names no review, but the general pattern puts review at level 4. Both readings are honest.
    because: 'tingkat 3–4: Perwal mengatur seluruh enam proses manajemen data (K4 indikator 3 tanpa syarat reviu), sedangkan pola umum meminta reviu pada tingkat 4; tidak ada reviu',
    docs: [
      act({
        path: 'BAPPEDA/Perwal 9 Tahun 2024 Satu Data Kota Teluk Sari.pdf',
        kop: TS.kop,
        head: TS.head,
        number: '9 TAHUN 2024',
        title: 'PENYELENGGARAAN SATU DATA DAN MANAJEMEN DATA KOTA TELUK SARI',
        body:
          'BAB III\nMANAJEMEN DATA\nPasal 6\nManajemen Data dilaksanakan melalui pengelolaan:\na. arsitektur data;\nb. data induk;\nc. data referensi;\nd. basis data;\ne. kualitas data; dan\nf. interoperabilitas data.\n' +
          'Pasal 7\nPengelolaan sebagaimana dimaksud dalam Pasal 6 dilaksanakan oleh Walidata, Produsen Data, dan Pembina Data pada seluruh perangkat daerah.\n',
        place: TS.place,
        date: '22 Februari 2024',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: Kepbup Tim Koordinasi SPBE 2022 dievaluasi 2024 lalu diganti Kepbup 2025 berdasarkan hasil evaluasi',
    indicator: 10,
    instansi: RANTAU,
    range: [5, 5],
    // K3 "tugas-tugas Tim Koordinasi … pada seluruh unit kerja/perangkat daerah"; K4 "antar Instansi Pusat, antar Pemerintah Daerah … direviu dan dievaluasi";
    // K5 "hasil reviu dan evaluasi … telah ditindaklanjuti dengan kebijakan baru"; B5 asks the previous policy and the new one.
    because: 'tingkat 5: keputusan lama mengatur tugas bagi seluruh perangkat daerah dan koordinasi dengan pemerintah provinsi dan pusat, dievaluasi Mei 2024, lalu diganti keputusan baru 2025 sebagai tindak lanjut',
    docs: [
      act({
        path: 'SETDA/Kepbup 100-45 Tahun 2022 Tim Koordinasi SPBE.pdf',
        kop: RJ.kop,
        kind: 'KEPUTUSAN',
        head: RJ.head,
        number: '100/45/KPTS/2022',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN RANTAU JAYA',
        body:
          'KESATU : Membentuk Tim Koordinasi SPBE Kabupaten Rantau Jaya dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\n' +
          'KEDUA : Tim Koordinasi SPBE bertugas mengoordinasikan penerapan SPBE pada seluruh perangkat daerah serta melakukan koordinasi dan integrasi SPBE dengan Pemerintah Provinsi, pemerintah daerah lain, dan Instansi Pusat.\n' +
          'KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n',
        place: RJ.place,
        date: '11 Januari 2022',
      }),
      notulenRapat({
        path: 'SETDA/Notulen Evaluasi Kepbup Tim Koordinasi SPBE 2024.pdf',
        kop: RJ.kop,
        unit: 'SEKRETARIAT DAERAH',
        title: 'EVALUASI KEPUTUSAN BUPATI NOMOR 100/45/KPTS/2022 TENTANG TIM KOORDINASI SPBE',
        day: 'Senin, 20 Mei 2024',
        place: 'Ruang Rapat Sekretaris Daerah',
        agenda: 'Reviu dan evaluasi kebijakan Tim Koordinasi SPBE',
        points: ['Susunan keanggotaan belum memuat Bagian Organisasi dan Inspektorat.', 'Tugas pengelolaan manajemen risiko SPBE belum diatur.'],
        conclusions: ['Direkomendasikan penetapan Keputusan Bupati baru tentang Tim Koordinasi SPBE pada awal tahun 2025.'],
      }),
      act({
        path: 'SETDA/Kepbup 100-12 Tahun 2025 Tim Koordinasi SPBE.pdf',
        kop: RJ.kop,
        kind: 'KEPUTUSAN',
        head: RJ.head,
        number: '100/12/KPTS/2025',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN RANTAU JAYA',
        body:
          'Menimbang : a. bahwa berdasarkan hasil evaluasi tanggal 20 Mei 2024, Keputusan Bupati Nomor 100/45/KPTS/2022 perlu diganti;\n' +
          'KESATU : Membentuk Tim Koordinasi SPBE Kabupaten Rantau Jaya dengan keanggotaan yang melibatkan Bagian Organisasi dan Inspektorat.\n' +
          'KEDUA : Tim bertugas mengoordinasikan penerapan SPBE dan manajemen risiko SPBE pada seluruh perangkat daerah serta koordinasi SPBE dengan Pemerintah Provinsi dan Instansi Pusat.\n' +
          'KETIGA : Dengan berlakunya Keputusan ini, Keputusan Bupati Nomor 100/45/KPTS/2022 dicabut dan dinyatakan tidak berlaku.\n',
        place: RJ.place,
        date: '14 Januari 2025',
      }),
    ],
  },
  {
    name: 'Teluk Sari: rancangan Perwal pembangunan aplikasi beserta notulen rapat penyusunannya',
    indicator: 4,
    instansi: TELUK,
    range: [1, 1],
    // K1: "Konsep kebijakan internal terkait siklus Pembangunan Aplikasi SPBE … belum atau telah tersedia"; B1 names the draft and the drafting minutes;
    // K2 asks "telah ditetapkan".
    because: 'tingkat 1: rancangan Perwal dan notulen penyusunan; belum ditetapkan (tingkat 2)',
    docs: [
      draft({
        path: 'DISKOMINFO/Rancangan Perwal Pembangunan Aplikasi SPBE.pdf',
        kop: TS.kop,
        head: TS.head,
        year: '2025',
        title: 'PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        body:
          'Pasal 5\nPembangunan aplikasi SPBE dilaksanakan melalui tahapan analisis kebutuhan, perancangan, konstruksi, pengujian, implementasi, dan pemeliharaan.\n' +
          'Pasal 6\nPerangkat daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika sebelum membangun aplikasi.\n',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Penyusunan Rancangan Perwal Aplikasi.pdf',
        kop: TS.kop,
        unit: TS.kominfo,
        title: 'PENYUSUNAN RANCANGAN PERATURAN WALI KOTA TENTANG PEMBANGUNAN APLIKASI SPBE',
        day: 'Rabu, 9 April 2025',
        place: 'Ruang Rapat Dinas Komunikasi dan Informatika',
        agenda: 'Pembahasan pasal-pasal rancangan Perwal',
        points: ['Bagian Hukum meminta penambahan ketentuan kode sumber.', 'Tahapan siklus pembangunan aplikasi disepakati enam tahap.'],
        conclusions: ['Rancangan diajukan ke Bagian Hukum untuk harmonisasi.'],
      }),
    ],
  },
  {
    name: 'Rantau Jaya: Perbup sistem penghubung layanan hanya untuk Bapenda, Disdukcapil dan DPMPTSP',
    indicator: 7,
    instansi: RANTAU,
    range: [2, 2],
    // K2 Kondisi: "mengatur penggunaan Sistem Penghubung Layanan … untuk sebagian unit kerja/perangkat daerah"; K3 "untuk seluruh".
    because: 'tingkat 2: kebijakan ditetapkan tetapi hanya mewajibkan tiga perangkat daerah; tingkat 3 meminta seluruh perangkat daerah',
    docs: [
      act({
        path: 'DISKOMINFOSAN/Perbup 21 Tahun 2024 Sistem Penghubung Layanan.pdf',
        kop: RJ.kop,
        head: RJ.head,
        number: '21 TAHUN 2024',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH KABUPATEN RANTAU JAYA',
        body:
          'Pasal 3\n(1) Sistem penghubung layanan digunakan untuk pertukaran data antaraplikasi pada Badan Pendapatan Daerah, Dinas Kependudukan dan Pencatatan Sipil, serta Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.\n' +
          '(2) Penggunaan sistem penghubung layanan oleh perangkat daerah lainnya ditetapkan secara bertahap dengan Keputusan Bupati.\n',
        place: RJ.place,
        date: '3 Juni 2024',
      }),
    ],
  },

  // ======================= Governance and management (11–31)
  {
    name: 'Teluk Sari: Arsitektur SPBE enam domain, direviu 2024, dimutakhirkan 2025 sesuai rekomendasi reviu',
    indicator: 11,
    instansi: TELUK,
    range: [5, 5],
    // K3 "seluruh referensi dan domain"; K4 "berpedoman pada Arsitektur SPBE Nasional … reviu dan evaluasi secara periodik"; K5 "pemutakhiran sebagai tindak
    // lanjut hasil reviu dan evaluasi".
    because: 'tingkat 5: dokumen arsitektur lengkap dan berpedoman pada Arsitektur SPBE Nasional, direviu November 2024, dimutakhirkan Juni 2025 sebagai tindak lanjut reviu',
    docs: [
      laporan({
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Kota Teluk Sari 2023-2027.pdf',
        region: TS,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'DOKUMEN ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA TELUK SARI TAHUN 2023–2027',
        sections: [
          '1.1 Latar Belakang: dokumen ini ditetapkan dengan Keputusan Wali Kota Nomor 050/210/2023 dan disusun dengan berpedoman pada Arsitektur SPBE Nasional.',
          'BAB II ARSITEKTUR SPBE',
          '2.1 Referensi Arsitektur; 2.2 Domain Arsitektur Proses Bisnis; 2.3 Domain Arsitektur Data dan Informasi; 2.4 Domain Arsitektur Layanan; 2.5 Domain Arsitektur Aplikasi; 2.6 Domain Arsitektur Infrastruktur SPBE; 2.7 Domain Arsitektur Keamanan SPBE.',
        ],
        date: '12 Juli 2023',
        signer: 'Kepala Bappeda',
      }),
      laporan({
        path: 'BAPPEDA/Laporan Reviu Arsitektur SPBE 2024.pdf',
        region: TS,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN HASIL REVIU DAN EVALUASI ARSITEKTUR SPBE KOTA TELUK SARI',
        sections: [
          '1.1 Tujuan: mereviu dan mengevaluasi kesesuaian Dokumen Arsitektur SPBE 2023–2027 dengan kondisi aplikasi dan layanan.',
          'BAB II HASIL REVIU',
          '2.1 Domain aplikasi belum memuat aplikasi Mal Pelayanan Publik; 2.2 Domain data belum memuat data referensi wilayah.',
          '2.3 Rekomendasi: pemutakhiran dokumen Arsitektur SPBE pada semester I tahun 2025.',
        ],
        date: '25 November 2024',
        signer: 'Ketua Tim Koordinasi SPBE',
      }),
      laporan({
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Pemutakhiran 2025.pdf',
        region: TS,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'DOKUMEN ARSITEKTUR SPBE KOTA TELUK SARI TAHUN 2023–2027 (PEMUTAKHIRAN TAHUN 2025)',
        sections: [
          '1.1 Latar Belakang: pemutakhiran ini merupakan tindak lanjut Laporan Hasil Reviu dan Evaluasi Arsitektur SPBE tanggal 25 November 2024, ditetapkan dengan Keputusan Wali Kota Nomor 050/133/2025.',
          'BAB II PERUBAHAN',
          '2.1 Domain Arsitektur Aplikasi ditambah aplikasi Mal Pelayanan Publik; 2.2 Domain Arsitektur Data dan Informasi ditambah data referensi wilayah.',
        ],
        date: '16 Juni 2025',
        signer: 'Kepala Bappeda',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: berita acara konsultasi RKA belanja TIK dengan seluruh 27 perangkat daerah',
    indicator: 13,
    instansi: RANTAU,
    range: [3, 3],
    // K3: "seluruh Rencana dan Anggaran SPBE unit kerja/perangkat daerah telah dikonsultasikan kepada unit pengelola TIK"; K4 needs integration and control
    // by the planning and budgeting unit and a periodic review — absent.
    because: 'tingkat 3: rencana dan anggaran SPBE seluruh 27 perangkat daerah dikonsultasikan ke Diskominfosan; tidak ada pengendalian terpadu dan reviu (4)',
    docs: [
      beritaAcara({
        path: 'DISKOMINFOSAN/BA Konsultasi RKA Belanja TIK TA 2025.pdf',
        kop: RJ.kop,
        title: 'KONSULTASI RENCANA KERJA DAN ANGGARAN BELANJA TIK PERANGKAT DAERAH TAHUN ANGGARAN 2025',
        number: '027/311/DKIP/2024',
        opening:
          'Pada hari ini Selasa tanggal lima bulan November tahun dua ribu dua puluh empat (05-11-2024), bertempat di Dinas Komunikasi, Informatika dan Persandian Kabupaten Rantau Jaya, telah dilaksanakan konsultasi rencana dan anggaran SPBE.',
        body: [
          '1. Seluruh 27 (dua puluh tujuh) perangkat daerah telah mengonsultasikan rencana kerja dan anggaran belanja TIK Tahun Anggaran 2025 kepada Dinas Komunikasi, Informatika dan Persandian.',
          '2. Hasil konsultasi berupa rekomendasi teknis untuk setiap usulan belanja aplikasi dan perangkat TIK, sebagaimana tercantum dalam lampiran.',
        ],
        signers: 'Kepala Dinas Komunikasi, Informatika dan Persandian\nttd\nPerwakilan Perangkat Daerah (daftar terlampir)',
      }),
    ],
  },
  {
    name: 'Teluk Sari: pusat data dipakai seluruh OPD dengan SOP, terhubung PDN, evaluasi Maret 2025',
    indicator: 16,
    instansi: TELUK,
    range: [4, 4],
    // K3 "digunakan oleh seluruh unit kerja/perangkat daerah … prosedur pengoperasian baku"; K4 "interkoneksi … Pusat Data Nasional … direviu dan dievaluasi";
    // K5 improvement after the review — the evaluation only lists recommendations.
    because: 'tingkat 4: seluruh perangkat daerah memakai pusat data dengan SOP, interkoneksi PDN, evaluasi Maret 2025; belum ada perbaikan sebagai tindak lanjut (5)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Pengelolaan Pusat Data 2024.pdf',
        region: TS,
        title: 'LAPORAN PENGELOLAAN LAYANAN PUSAT DATA KOTA TELUK SARI TAHUN 2024',
        sections: [
          '1.1 Ruang Lingkup: layanan pusat data (colocation, hosting, virtual server, backup) digunakan oleh seluruh 33 perangkat daerah.',
          'BAB II PELAKSANAAN',
          '2.1 Pengoperasian pusat data mengikuti SOP Pengoperasian Pusat Data Nomor 800/14/SOP/Diskominfo/2023.',
          '2.2 Pusat data kota telah terinterkoneksi dengan Pusat Data Nasional untuk replikasi data kependudukan dan backup.',
        ],
        date: '8 Januari 2025',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Evaluasi Layanan Pusat Data 2025.pdf',
        kop: TS.kop,
        unit: TS.kominfo,
        title: 'EVALUASI PENGGUNAAN LAYANAN PUSAT DATA',
        day: 'Jumat, 14 Maret 2025',
        place: 'Ruang Server Lantai 2',
        agenda: 'Reviu dan evaluasi penggunaan layanan pusat data oleh perangkat daerah',
        points: ['Kapasitas penyimpanan terpakai 82 persen.', 'Dua perangkat daerah masih menyimpan cadangan data di komputer lokal.'],
        conclusions: ['Direkomendasikan penambahan kapasitas penyimpanan pada tahun anggaran 2026.'],
      }),
    ],
  },
  {
    name: 'Rantau Jaya: laporan jaringan intra terpasang di 14 dari 31 perangkat daerah',
    indicator: 17,
    instansi: RANTAU,
    range: [2, 2],
    // K2 Kondisi: "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"; K3 "telah diterapkan di seluruh".
    because: 'tingkat 2: jaringan intra baru menjangkau 14 dari 31 perangkat daerah',
    docs: [
      laporan({
        path: 'DISKOMINFOSAN/Laporan Pembangunan Jaringan Intra 2024.pdf',
        region: RJ,
        title: 'LAPORAN PELAKSANAAN KEGIATAN PEMBANGUNAN JARINGAN INTRA PEMERINTAH KABUPATEN RANTAU JAYA TAHUN 2024',
        sections: [
          '1.1 Maksud: membangun jaringan intra yang menghubungkan perangkat daerah dengan pusat data kabupaten.',
          'BAB II HASIL KEGIATAN',
          '2.1 Sampai dengan Desember 2024 jaringan intra (fiber optik dan radio link) telah terhubung di 14 dari 31 perangkat daerah.',
          '2.2 Sebanyak 17 perangkat daerah lainnya, terutama kantor kecamatan, belum terhubung dan masih menggunakan internet komersial.',
        ],
        date: '23 Desember 2024',
      }),
    ],
  },
  {
    name: 'Teluk Sari: laporan Tim Koordinasi SPBE, 5 dari 8 program kerja 2024 terlaksana',
    indicator: 19,
    instansi: TELUK,
    range: [2, 2],
    // K2: "tugas/program kerja … telah dilaksanakan sesuai perencanaan. Kondisi: … tidak/belum dilaksanakan seluruhnya"; K3 "dilaksanakan seluruhnya".
    because: 'tingkat 2: program kerja direncanakan dan sebagian (5 dari 8) dilaksanakan; tingkat 3 meminta seluruh program kerja terlaksana',
    docs: [
      laporan({
        path: 'SETDA/Laporan Pelaksanaan Program Kerja Tim Koordinasi SPBE 2024.pdf',
        region: TS,
        unit: 'SEKRETARIAT DAERAH',
        title: 'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE KOTA TELUK SARI TAHUN 2024',
        sections: [
          '1.1 Dasar: Keputusan Wali Kota Nomor 100.3/55/2023 tentang Tim Koordinasi SPBE dan Program Kerja Tim Koordinasi SPBE Tahun 2024.',
          'BAB II CAPAIAN PROGRAM KERJA',
          '2.1 Dari 8 (delapan) program kerja yang direncanakan, 5 (lima) telah dilaksanakan: penyusunan arsitektur, rapat koordinasi triwulanan, pendampingan evaluasi SPBE, penyusunan katalog aplikasi, dan bimbingan teknis.',
          '2.2 Tiga program kerja belum dilaksanakan: penyusunan manajemen risiko SPBE, audit TIK, dan penyusunan peta rencana.',
        ],
        date: '30 Desember 2024',
        signer: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: laporan penerapan manajemen risiko SPBE sesuai PermenPANRB 5/2020 di Diskominfosan',
    indicator: 21,
    instansi: RANTAU,
    range: [3, 3],
    // K2 "program kegiatan yang terarah dan terencana"; K3 "mengacu pada pedoman manajemen risiko SPBE"; K4 needs a strategic policy set by the
    // Komite/Tim Koordinasi, applied to all units, and a review — none.
    because: 'tingkat 3: manajemen risiko SPBE dilaksanakan sesuai rencana dan mengacu pada pedoman PermenPANRB 5/2020; belum ada kebijakan strategis Tim Koordinasi untuk seluruh perangkat daerah dan reviu (4)',
    docs: [
      laporan({
        path: 'DISKOMINFOSAN/Laporan Manajemen Risiko SPBE 2025.pdf',
        region: RJ,
        title: 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2025',
        sections: [
          '1.1 Dasar: Rencana Kerja Dinas Komunikasi, Informatika dan Persandian Tahun 2025 kegiatan penerapan manajemen risiko SPBE.',
          '1.2 Pedoman: penerapan mengacu pada Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.',
          'BAB II PELAKSANAAN',
          '2.1 Penetapan konteks, identifikasi risiko, analisis risiko, evaluasi risiko, dan penanganan risiko dilaksanakan terhadap layanan pusat data dan aplikasi umum; hasilnya dituangkan dalam register risiko SPBE.',
        ],
        date: '15 Juli 2025',
      }),
    ],
  },
  {
    name: 'Teluk Sari: rencana pengembangan kompetensi SDM SPBE, pelatihan baru bidang keamanan dan aplikasi',
    indicator: 25,
    instansi: TELUK,
    range: [2, 2],
    // K2: "pemenuhan kompetensi … dilakukan sesuai dengan perencanaan … Kondisi: … tidak/belum terpenuhi seluruhnya (proses bisnis, arsitektur SPBE, data dan
    // informasi, keamanan SPBE, aplikasi SPBE, infrastruktur SPBE)"; K3 all six.
    because: 'tingkat 2: pemenuhan kompetensi sesuai rencana, tetapi baru bidang keamanan SPBE dan aplikasi SPBE dari enam bidang',
    docs: [
      laporan({
        path: 'BKPSDM/Laporan Pengembangan Kompetensi SDM SPBE 2025.pdf',
        region: TS,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025',
        sections: [
          '1.1 Dasar: Rencana Pengembangan Kompetensi SDM SPBE Kota Teluk Sari Tahun 2024–2026.',
          'BAB II PELAKSANAAN',
          '2.1 Sesuai rencana, pada tahun 2025 dilaksanakan pelatihan keamanan SPBE (12 pranata komputer) dan pelatihan pengembangan aplikasi SPBE (15 pegawai).',
          '2.2 Kompetensi bidang proses bisnis, arsitektur SPBE, data dan informasi, serta infrastruktur SPBE belum terpenuhi dan dijadwalkan tahun 2026.',
        ],
        date: '10 Oktober 2025',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: service desk SPBE (pelayanan pengguna dan pengoperasian layanan) dengan aplikasi helpdesk, dievaluasi 2025',
    indicator: 28,
    instansi: RANTAU,
    range: [4, 4],
    // K3 "seluruh proses Manajemen Layanan SPBE yaitu Pelayanan Pengguna SPBE dan Pengoperasian Layanan SPBE"; K4 "menggunakan sistem aplikasi manajemen layanan
    // … reviu dan evaluasi"; K5 improvement after it — not yet.
    because: 'tingkat 4: pelayanan pengguna dan pengoperasian layanan dijalankan dengan aplikasi helpdesk, dan dievaluasi Agustus 2025; belum ada perbaikan tindak lanjut (5)',
    docs: [
      laporan({
        path: 'DISKOMINFOSAN/Laporan Manajemen Layanan SPBE Semester I 2025.pdf',
        region: RJ,
        title: 'LAPORAN PELAKSANAAN MANAJEMEN LAYANAN SPBE SEMESTER I TAHUN 2025',
        sections: [
          '1.1 Dasar: Rencana Kerja Manajemen Layanan SPBE Tahun 2025 dan Standar Operasional Prosedur Service Desk.',
          'BAB II PELAKSANAAN',
          '2.1 Pelayanan Pengguna SPBE: permintaan layanan dan keluhan pengguna dicatat sebagai tiket pada aplikasi helpdesk SIGAP (1.240 tiket, 96 persen selesai sesuai SLA).',
          '2.2 Pengoperasian Layanan SPBE: pemantauan server, pengelolaan insiden, dan pemeliharaan aplikasi dicatat pada aplikasi yang sama.',
        ],
        date: '15 Juli 2025',
      }),
      notulenRapat({
        path: 'DISKOMINFOSAN/Notulen Evaluasi Manajemen Layanan SPBE 2025.pdf',
        kop: RJ.kop,
        unit: RJ.kominfo,
        title: 'REVIU DAN EVALUASI MANAJEMEN LAYANAN SPBE',
        day: 'Kamis, 21 Agustus 2025',
        place: 'Ruang Rapat Diskominfosan',
        agenda: 'Evaluasi pelaksanaan manajemen layanan SPBE semester I',
        points: ['Waktu respons tiket jaringan melebihi SLA di kantor kecamatan.', 'Basis pengetahuan solusi belum dimanfaatkan petugas.'],
        conclusions: ['Direkomendasikan penambahan petugas lapangan pada tahun 2026.'],
      }),
    ],
  },
  {
    name: 'Teluk Sari: audit infrastruktur SPBE oleh tim auditor TIK internal sesuai program audit dan pedoman',
    indicator: 29,
    instansi: TELUK,
    range: [3, 3],
    // K2 "sesuai dengan perencanaan yang berkesinambungan"; K3 "sesuai dengan pedoman Audit Infrastruktur. Kondisi: … oleh auditor TIK/Sistem Informasi internal";
    // K4 requires an external certified auditor.
    because: 'tingkat 3: audit infrastruktur dilaksanakan sesuai program audit dua tahunan dan pedoman audit, seluruh hal pokok teknis, oleh auditor internal; tingkat 4 meminta auditor eksternal bersertifikat',
    docs: [
      laporan({
        path: 'INSPEKTORAT/Laporan Hasil Audit Infrastruktur SPBE 2025.pdf',
        region: TS,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE PEMERINTAH KOTA TELUK SARI TAHUN 2025',
        sections: [
          '1.1 Dasar: Program Audit TIK Kota Teluk Sari Tahun 2023–2027 yang menjadwalkan audit infrastruktur SPBE setiap dua tahun (2023 dan 2025).',
          '1.2 Pedoman: audit dilaksanakan berpedoman pada pedoman audit infrastruktur SPBE yang ditetapkan Kementerian Komunikasi dan Digital.',
          '1.3 Auditor: tim auditor TIK internal yang terdiri atas auditor Inspektorat Daerah dan pranata komputer Dinas Komunikasi dan Informatika.',
          'BAB II HASIL AUDIT',
          '2.1 Pemeriksaan meliputi seluruh hal pokok teknis: pusat data, jaringan intra, sistem penghubung layanan, perangkat keras, dan perangkat lunak sistem.',
          '2.2 Temuan: UPS ruang server belum diuji beban; dokumentasi topologi jaringan belum mutakhir.',
        ],
        date: '19 September 2025',
        signer: 'Inspektur Daerah',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: audit aplikasi oleh auditor eksternal bersertifikat CISA, hasilnya dievaluasi dan ditindaklanjuti perbaikan',
    indicator: 30,
    instansi: RANTAU,
    range: [5, 5],
    // K2 planned, K3 "sesuai dengan pedoman Audit Aplikasi SPBE", K4 "auditor … eksternal yang memiliki sertifikasi", K5 "hasil audit … ditindaklanjuti melalui
    // perbaikan penerapan Aplikasi SPBE"; B5 asks the evaluation with follow-up recommendations and the improved application.
    because: 'tingkat 5: audit aplikasi sesuai program audit dan pedoman, dilaksanakan auditor eksternal bersertifikat CISA, hasilnya dievaluasi dan temuan ditindaklanjuti dengan perbaikan aplikasi',
    docs: [
      naskahUnit({
        path: 'DISKOMINFOSAN/Program Audit Aplikasi SPBE 2024-2026.pdf',
        kop: RJ.kop,
        unit: RJ.kominfo,
        title: 'PROGRAM AUDIT APLIKASI SPBE KABUPATEN RANTAU JAYA TAHUN 2024–2026',
        body: [
          'Audit aplikasi SPBE dilaksanakan setiap tahun secara bergilir terhadap aplikasi umum dan aplikasi layanan publik.',
          'Audit berpedoman pada pedoman audit aplikasi SPBE yang ditetapkan Kementerian Komunikasi dan Digital.',
        ],
        place: RJ.place,
        date: '8 Januari 2024',
      }),
      naskahUnit({
        path: 'DISKOMINFOSAN/LHA Audit Aplikasi SIMPATDA 2024.pdf',
        kop: 'PT AUDITAMA SISTEM INFORMASI',
        unit: 'KANTOR AUDITOR TEKNOLOGI INFORMASI',
        title: 'LAPORAN HASIL AUDIT APLIKASI SPBE SIMPATDA PEMERINTAH KABUPATEN RANTAU JAYA',
        body: [
          'Audit dilaksanakan sesuai Program Audit Aplikasi SPBE 2024–2026 dan pedoman audit aplikasi SPBE oleh auditor eksternal yang bersertifikat CISA (Certified Information Systems Auditor).',
          'Ruang lingkup: tata kelola aplikasi, fungsionalitas, kontrol input dan output, kinerja, serta integrasi aplikasi.',
          'Temuan: validasi input NPWPD belum memadai; log audit transaksi tidak aktif.',
        ],
        place: 'Medan',
        date: '25 Oktober 2024',
        signer: 'Ketua Tim Auditor',
      }),
      laporan({
        path: 'DISKOMINFOSAN/Laporan Tindak Lanjut Hasil Audit Aplikasi 2025.pdf',
        region: RJ,
        title: 'LAPORAN EVALUASI DAN TINDAK LANJUT HASIL AUDIT APLIKASI SIMPATDA',
        sections: [
          '1.1 Dasar: Laporan Hasil Audit Aplikasi SPBE SIMPATDA tanggal 25 Oktober 2024 dan rapat evaluasi hasil audit tanggal 12 November 2024.',
          'BAB II TINDAK LANJUT',
          '2.1 Validasi input NPWPD telah diperbaiki pada versi 3.2 aplikasi SIMPATDA (Februari 2025).',
          '2.2 Log audit transaksi telah diaktifkan dan dipantau setiap bulan. Seluruh temuan dinyatakan selesai ditindaklanjuti.',
        ],
        date: '3 Maret 2025',
      }),
    ],
  },

  // ======================= Services (32–47)
  {
    name: 'Rantau Jaya: tangkapan layar portal perencanaan yang hanya menampilkan informasi',
    indicator: 32,
    instansi: RANTAU,
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait perencanaan"; K2 needs "pencarian informasi, pengunggahan dan pengunduhan".
    because: 'tingkat 1: halaman informasi perencanaan satu arah tanpa pencarian, unggah, atau unduh',
    docs: [
      tangkapanLayar('BAPPEDA/Tangkapan Layar Portal Perencanaan.png', [
        'e-PERENCANAAN RANTAU JAYA',
        'Beranda | Profil Bappeda | Agenda Musrenbang | Berita',
        'Jadwal Musrenbang Kecamatan Tahun 2026',
        'Tahapan Penyusunan RKPD 2026: Januari – Juni 2025',
        'Visi dan Misi Bupati 2021–2026',
        '© 2025 Bappeda Kabupaten Rantau Jaya',
      ]),
    ],
  },
  {
    name: 'Teluk Sari: manual e-Budgeting — input RKA, verifikasi TAPD, persetujuan berjenjang',
    indicator: 33,
    instansi: TELUK,
    range: [3, 3],
    // K3: "layanan transaksi … seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; K4 needs collaboration with another
    // e-service (planning, finance, procurement) — the manual names none.
    because: 'tingkat 3: penyusunan RKA dengan validasi pagu, verifikasi TAPD dan persetujuan berjenjang; tidak ada kolaborasi dengan layanan elektronik lain (4)',
    docs: [
      naskahUnit({
        path: 'BPKAD/Buku Manual e-Budgeting Kota Teluk Sari.pdf',
        kop: TS.kop,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'BUKU MANUAL APLIKASI E-BUDGETING KOTA TELUK SARI',
        body: [
          'BAB 1 Login dan Dashboard. BAB 2 Input Rencana Kerja dan Anggaran (RKA) oleh operator perangkat daerah.',
          'Sistem memvalidasi total belanja terhadap pagu indikatif setiap perangkat daerah; RKA yang melebihi pagu tidak dapat dikirim.',
          'BAB 3 Verifikasi: Tim Anggaran Pemerintah Daerah (TAPD) memeriksa RKA dan memberi status Disetujui atau Dikembalikan; persetujuan berjenjang dari Kepala Perangkat Daerah ke TAPD tercatat pada riwayat status.',
          'BAB 4 Cetak RKA dan DPA.',
        ],
        place: TS.place,
        date: '2 Januari 2025',
        signer: 'Kepala BPKAD',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: SIKEDA penatausahaan keuangan terintegrasi e-Budgeting dan CMS bank daerah',
    indicator: 34,
    instansi: RANTAU,
    aplikasi: { '34': ['SIKEDA'] },
    range: [4, 4],
    // K3 transaction (SPP, SPM, SP2D with approval), K4 "kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran …"; K5 needs an improvement
    // after a review — absent.
    because: 'tingkat 4: SPP–SPM–SP2D dengan persetujuan dan tanda tangan elektronik, data anggaran ditarik dari e-Budgeting; tidak ada reviu dan perbaikan (5)',
    docs: [
      naskahUnit({
        path: 'BPKAD/Petunjuk Teknis SIKEDA 2025.pdf',
        kop: RJ.kop,
        unit: 'BADAN KEUANGAN DAN ASET DAERAH',
        title: 'PETUNJUK TEKNIS PENGGUNAAN SISTEM INFORMASI KEUANGAN DAERAH (SIKEDA)',
        body: [
          'Bendahara pengeluaran membuat SPP, PPK-SKPD memverifikasi, dan Pengguna Anggaran menerbitkan SPM; Kuasa BUD menyetujui dan menerbitkan SP2D dengan tanda tangan elektronik.',
          'Pagu DPA diambil otomatis dari aplikasi e-Budgeting melalui web service, sehingga SPP tidak dapat melebihi anggaran.',
          'SP2D terkirim otomatis ke Cash Management System bank daerah untuk pemindahbukuan ke rekening pihak ketiga.',
        ],
        place: RJ.place,
        date: '10 Februari 2025',
        signer: 'Kepala Badan Keuangan dan Aset Daerah',
      }),
    ],
  },
  {
    name: 'Teluk Sari: tangkapan layar LPSE — cari paket dan unduh dokumen pemilihan',
    indicator: 35,
    instansi: TELUK,
    range: [2, 2],
    // K2: "layanan interaksi … seperti pencarian informasi, pengunggahan dan pengunduhan dokumen"; K3 needs a transaction (workflow, approval) — the screen
    // shows only the public search and download.
    because: 'tingkat 2: pencarian paket dan unduh dokumen pemilihan; tidak tampak transaksi (penawaran, evaluasi, persetujuan)',
    docs: [
      tangkapanLayar('BAGIAN PBJ/Tangkapan Layar LPSE Kota Teluk Sari.png', [
        'LPSE Kota Teluk Sari',
        'Beranda | Cari Paket | Regulasi | Kontak',
        'Cari Paket: [ kata kunci ] [Cari]',
        'Daftar Paket Tender 2025: Pembangunan Drainase Jl. Pelabuhan — Pagu Rp 1.250.000.000',
        'Unduh Dokumen Pemilihan (PDF)',
        'Unduh Pengumuman Pemenang',
      ]),
    ],
  },
  {
    name: 'Rantau Jaya: SIMPEG cuti online terintegrasi e-Kinerja dan SIASN, dievaluasi lalu dikembangkan',
    indicator: 36,
    instansi: RANTAU,
    range: [5, 5],
    // K3 transaction (cuti with approval), K4 collaboration "Layanan Kinerja Berbasis Elektronik … layanan SPBE Instansi Pusat", K5 "perbaikan berdasarkan hasil
    // reviu dan evaluasi"; B5 asks the review with recommendations and the developed service.
    because: 'tingkat 5: permohonan cuti dengan persetujuan dan TTE, integrasi e-Kinerja dan SIASN BKN, evaluasi April 2025 dan pengembangan Agustus 2025 berdasarkan evaluasi',
    docs: [
      naskahUnit({
        path: 'BKPSDM/Manual SIMPEG Rantau Jaya.pdf',
        kop: RJ.kop,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'PANDUAN PENGGUNAAN SIMPEG KABUPATEN RANTAU JAYA',
        body: [
          'Pegawai mengajukan permohonan cuti dan mengunggah dokumen pendukung; atasan langsung menyetujui, BKPSDM memvalidasi sisa cuti, dan surat izin cuti terbit dengan tanda tangan elektronik.',
          'Data pegawai disinkronkan dengan SIASN Badan Kepegawaian Negara melalui API, dan data kehadiran serta cuti dikirim ke aplikasi e-Kinerja untuk perhitungan tambahan penghasilan.',
        ],
        place: RJ.place,
        date: '6 Januari 2025',
        signer: 'Kepala BKPSDM',
      }),
      notulenRapat({
        path: 'BKPSDM/Notulen Evaluasi Layanan SIMPEG 2025.pdf',
        kop: RJ.kop,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'REVIU DAN EVALUASI LAYANAN KEPEGAWAIAN BERBASIS ELEKTRONIK (SIMPEG)',
        day: 'Selasa, 15 April 2025',
        place: 'Aula BKPSDM',
        agenda: 'Evaluasi layanan SIMPEG terhadap perubahan peraturan manajemen ASN',
        points: ['Undang-Undang Nomor 20 Tahun 2023 tentang ASN mengubah jenis cuti dan pengelolaan PPPK.', 'Pegawai meminta notifikasi status permohonan melalui WhatsApp.'],
        conclusions: ['Direkomendasikan pengembangan modul cuti PPPK dan notifikasi status paling lambat Agustus 2025.'],
      }),
      laporan({
        path: 'BKPSDM/Laporan Pengembangan SIMPEG 2025.pdf',
        region: RJ,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PENGEMBANGAN APLIKASI SIMPEG TAHUN 2025',
        sections: [
          '1.1 Dasar: rekomendasi rapat reviu dan evaluasi layanan SIMPEG tanggal 15 April 2025.',
          'BAB II HASIL PENGEMBANGAN',
          '2.1 Modul cuti PPPK sesuai UU 20/2023 dan notifikasi status permohonan melalui WhatsApp telah dioperasikan sejak 18 Agustus 2025.',
        ],
        date: '29 Agustus 2025',
        signer: 'Kepala BKPSDM',
      }),
    ],
  },
  {
    name: 'Teluk Sari: SRIKANDI — naskah dinas, disposisi berjenjang dan TTE',
    indicator: 37,
    instansi: TELUK,
    range: [3, 3],
    // K3: "layanan transaksi … otomasi alur kerja … mekanisme persetujuan"; K4 collaboration with another e-service (procurement, HR, another Pemda's archive) — none stated.
    because: 'tingkat 3: alur naskah dinas, disposisi, persetujuan dan tanda tangan elektronik; tidak tampak kolaborasi dengan layanan lain (4)',
    docs: [
      tangkapanLayar('SETDA/Tangkapan Layar SRIKANDI Teluk Sari.png', [
        'SRIKANDI | Pemerintah Kota Teluk Sari',
        'Naskah Masuk | Naskah Keluar | Disposisi | Tindak Lanjut | Arsip',
        'Buat Naskah Dinas  >  Verifikasi Atasan  >  Setujui  >  Tandatangani (TTE)',
        'Status: Menunggu Persetujuan Sekretaris Dinas',
        'Disposisi ke: Kabid Aptika — Batas Waktu 3 hari',
        'Unggah Lampiran | Unduh Naskah',
      ]),
    ],
  },
  {
    name: 'Rantau Jaya: e-SAKIP hanya menayangkan dokumen kinerja',
    indicator: 40,
    instansi: RANTAU,
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait akuntabilitas kinerja"; B1 "informasi … yang ditayangkan oleh sistem aplikasi"; nothing to search, upload or download.
    because: 'tingkat 1: halaman yang menayangkan capaian dan dokumen kinerja saja',
    docs: [
      tangkapanLayar('BAGIAN ORGANISASI/Tangkapan Layar e-SAKIP Rantau Jaya.png', [
        'e-SAKIP Kabupaten Rantau Jaya',
        'Beranda | Tentang SAKIP | Publikasi',
        'Nilai SAKIP 2024: B (67,40)',
        'Capaian Indikator Kinerja Utama 2024 (ditampilkan)',
        'Informasi: LKjIP Kabupaten 2024 telah disampaikan kepada Kementerian PANRB',
      ]),
    ],
  },
  {
    name: 'Teluk Sari: aplikasi pengaduan SITELUK dengan disposisi dan status, terhubung SP4N-LAPOR!',
    indicator: 42,
    instansi: TELUK,
    range: [4, 4],
    // K3 transaction (workflow, status), K4 "kolaborasi dengan … Layanan Pengaduan Pelayanan Publik … Instansi Pusat … dan/atau layanan SPBE Instansi Pusat";
    // K5 needs an improvement after a review.
    because: 'tingkat 4: aduan diverifikasi, didisposisikan dan dipantau statusnya, serta disinkronkan dengan SP4N-LAPOR!; tidak ada reviu dan perbaikan (5)',
    docs: [
      naskahUnit({
        path: 'DISKOMINFO/Panduan Aplikasi Pengaduan SITELUK.pdf',
        kop: TS.kop,
        unit: TS.kominfo,
        title: 'PANDUAN APLIKASI PENGADUAN MASYARAKAT SITELUK',
        body: [
          'Masyarakat menyampaikan pengaduan dan mengunggah foto; admin memverifikasi, mendisposisikan ke perangkat daerah terkait, dan pelapor menerima notifikasi status sampai aduan selesai.',
          'Setiap aduan disinkronkan dua arah dengan SP4N-LAPOR! Kementerian PANRB melalui API, sehingga aduan yang masuk melalui LAPOR! juga diproses di SITELUK.',
        ],
        place: TS.place,
        date: '17 Maret 2025',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: portal Satu Data — pencarian dan unduh dataset',
    indicator: 43,
    instansi: RANTAU,
    range: [2, 2],
    // K2 "pencarian informasi, pengunggahan dan pengunduhan dokumen"; K3 "otomasi pertukaran data, … validasi data, mekanisme persetujuan" — not shown.
    because: 'tingkat 2: pencarian dan unduh dataset (CSV, XLSX); tidak tampak validasi atau persetujuan publikasi data',
    docs: [
      tangkapanLayar('DISKOMINFOSAN/Tangkapan Layar Portal Satu Data.png', [
        'SATU DATA RANTAU JAYA — Portal Data Terbuka',
        'Dataset | Organisasi | Infografik | Tentang',
        'Cari dataset: [ jumlah penduduk ] [Cari]',
        '128 dataset ditemukan',
        'Jumlah Penduduk per Kecamatan 2024 — Disdukcapil  [Unduh CSV] [Unduh XLSX]',
      ]),
    ],
  },
  {
    name: 'Teluk Sari: layanan adminduk online (sektor) — pengajuan, verifikasi, TTE, terhubung SIAK Kemendagri',
    indicator: 45,
    instansi: TELUK,
    // The workspace chose this service for its first sector slot (config `layananSektor`).
    layananSektor: { '45': { nama: 'Layanan Administrasi Kependudukan Online', kataKunci: ['SI-DUKAT', 'administrasi kependudukan'] } },
    range: [4, 4],
    // K3 transaction (workflow, validation, approval); K4 "kolaborasi dengan layanan elektronik lain, misalnya … layanan SPBE Instansi Pusat"; K5 improvement after review absent.
    because: 'tingkat 4: pengajuan dokumen kependudukan dengan verifikasi, persetujuan dan TTE, data divalidasi ke SIAK Terpusat Kemendagri; tidak ada reviu dan perbaikan (5)',
    docs: [
      naskahUnit({
        path: 'DISDUKCAPIL/Panduan Layanan SI-DUKAT.pdf',
        kop: TS.kop,
        unit: 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL',
        title: 'PANDUAN LAYANAN ADMINISTRASI KEPENDUDUKAN ONLINE SI-DUKAT',
        body: [
          'Warga mengajukan akta kelahiran, kartu keluarga, dan surat pindah secara daring dengan mengunggah persyaratan; operator memverifikasi, Kepala Dinas menyetujui, dan dokumen terbit dengan tanda tangan elektronik.',
          'NIK pemohon divalidasi secara langsung ke SIAK Terpusat Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri melalui web service.',
        ],
        place: TS.place,
        date: '5 Mei 2025',
        signer: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: e-PBB (sektor) — pengajuan mutasi, verifikasi petugas, kode bayar',
    indicator: 46,
    instansi: RANTAU,
    // The workspace chose this service for its second sector slot (config `layananSektor`).
    layananSektor: { '46': { nama: 'Layanan Pajak Bumi dan Bangunan Online', kataKunci: ['e-PBB', 'PBB-P2'] } },
    range: [3, 3],
    // K3 "otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; K4 needs collaboration with another e-service — none named.
    because: 'tingkat 3: pengajuan mutasi PBB-P2 dengan verifikasi, persetujuan dan penerbitan kode bayar; tidak ada kolaborasi dengan layanan elektronik lain (4)',
    docs: [
      naskahUnit({
        path: 'BAPENDA/Panduan e-PBB Rantau Jaya.pdf',
        kop: RJ.kop,
        unit: 'BADAN PENDAPATAN DAERAH',
        title: 'PANDUAN LAYANAN E-PBB (PAJAK BUMI DAN BANGUNAN PERDESAAN DAN PERKOTAAN)',
        body: [
          'Wajib pajak mengajukan mutasi objek pajak PBB-P2 dan mengunggah sertifikat; sistem memvalidasi NOP, petugas Bapenda memverifikasi, dan Kepala Bidang menyetujui perubahan data objek.',
          'Setelah disetujui, sistem menerbitkan SPPT baru dan kode bayar secara otomatis; status permohonan dapat dipantau wajib pajak.',
        ],
        place: RJ.place,
        date: '12 Juni 2025',
        signer: 'Kepala Badan Pendapatan Daerah',
      }),
    ],
  },
  {
    name: 'Teluk Sari: website pariwisata (sektor) hanya informasi destinasi dan agenda',
    indicator: 47,
    instansi: TELUK,
    // The workspace chose this service for its third sector slot (config `layananSektor`).
    layananSektor: { '47': { nama: 'Layanan Informasi Pariwisata', kataKunci: ['Jelajah Teluk Sari', 'pariwisata'] } },
    range: [1, 1],
    // K1: "hanya memberikan layanan informasi terkait Publik Sektoral".
    because: 'tingkat 1: halaman informasi pariwisata satu arah',
    docs: [
      tangkapanLayar('DISPARBUD/Tangkapan Layar Jelajah Teluk Sari.png', [
        'JELAJAH TELUK SARI — Portal Informasi Pariwisata',
        'Beranda | Destinasi | Kuliner | Agenda Wisata | Kontak',
        'Pantai Batu Layar — jam buka 06.00–18.00',
        'Festival Teluk Sari 2025: 14–16 Agustus 2025',
        'Dinas Pariwisata dan Kebudayaan Kota Teluk Sari',
      ]),
    ],
  },

  // ======================= Judgements
  {
    name: 'Rantau Jaya: hanya undangan rapat penyusunan Peta Rencana SPBE',
    indicator: 12,
    instansi: RANTAU,
    range: [1, 1],
    // K1 "Konsep dokumen Peta Rencana SPBE … belum atau telah tersedia"; an invitation proves no document; K2 "Dokumen Peta Rencana SPBE telah tersedia".
    because: 'tingkat 1: undangan rapat penyusunan saja; belum ada dokumen Peta Rencana SPBE (2)',
    docs: [
      undangan({
        path: 'DISKOMINFOSAN/Undangan Rapat Penyusunan Peta Rencana SPBE.pdf',
        region: RJ,
        number: '005/207/DKIP/2025',
        date: '10 Juni 2025',
        about: 'Rapat Penyusunan Peta Rencana SPBE Kabupaten Rantau Jaya 2026–2030',
        agenda: 'Pemaparan kerangka muatan peta rencana tata kelola, manajemen, dan layanan SPBE',
      }),
    ],
  },
  {
    name: 'Teluk Sari: evaluasi Indeks KAMI yang hanya merekomendasikan penerapan pengendalian di seluruh OPD',
    indicator: 22,
    instansi: TELUK,
    range: [2, 2],
    // K2 Kondisi: "Pengendalian Keamanan Informasi telah dilaksanakan pada sebagian unit kerja/perangkat daerah"; K3 "pada seluruh … berdasarkan Risiko SPBE".
    // A recommendation to extend to all OPDs is an aim, not the coverage reached.
    because: 'tingkat 2: pengendalian keamanan informasi baru dilaksanakan di Diskominfo dan BPKAD; perluasan ke seluruh perangkat daerah hanya rekomendasi',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Evaluasi Indeks KAMI 2025.pdf',
        region: TS,
        title: 'LAPORAN HASIL EVALUASI INDEKS KEAMANAN INFORMASI (INDEKS KAMI) TAHUN 2025',
        sections: [
          '1.1 Ruang Lingkup: evaluasi dilaksanakan pada Dinas Komunikasi dan Informatika dan Badan Pengelolaan Keuangan dan Aset Daerah, satu-satunya perangkat daerah yang telah menerapkan pengendalian keamanan informasi.',
          'BAB II HASIL EVALUASI',
          '2.1 Skor Indeks KAMI 412 (kategori Cukup Baik) untuk kedua perangkat daerah tersebut.',
          '2.2 Rekomendasi: pengendalian keamanan informasi agar diterapkan pada seluruh perangkat daerah berdasarkan risiko SPBE mulai tahun 2026.',
        ],
        date: '2 Juni 2025',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: Perbup SPBE memuat enam domain arsitektur dan integrasi nasional, catatan reviu tanpa tanggal',
    indicator: 1,
    instansi: RANTAU,
    range: [3, 3],
    // K3 complete domains; K4 "mengatur integrasi SPBE antar Instansi Pusat, antar Pemerintah Daerah … dan … telah direviu dan dievaluasi secara periodik" — a review
    // note without a date proves no period (nor that it is within the 2-year window).
    because: 'tingkat 3: kebijakan memuat referensi arsitektur dan keenam domain; integrasi diatur tetapi catatan reviu tidak bertanggal sehingga reviu periodik tidak terbukti (4)',
    docs: [
      act({
        path: 'SETDA/Perbup 8 Tahun 2023 Penyelenggaraan SPBE.pdf',
        kop: RJ.kop,
        head: RJ.head,
        number: '8 TAHUN 2023',
        title: 'PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        body:
          'BAB III\nARSITEKTUR SPBE\nPasal 7\n(1) Arsitektur SPBE Pemerintah Kabupaten Rantau Jaya memuat referensi arsitektur dan domain arsitektur.\n' +
          '(2) Domain arsitektur sebagaimana dimaksud pada ayat (1) meliputi domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.\n' +
          'Pasal 8\nArsitektur SPBE mengatur integrasi SPBE dengan Instansi Pusat dan pemerintah daerah lain.\n',
        place: RJ.place,
        date: '7 Maret 2023',
      }),
      {
        path: 'SETDA/Catatan Reviu Perbup SPBE.pdf',
        pages: [`${RJ.kop}\nSEKRETARIAT DAERAH\nCATATAN REVIU PERATURAN BUPATI NOMOR 8 TAHUN 2023 TENTANG PENYELENGGARAAN SPBE\n1. Pasal 7 perlu diselaraskan dengan Arsitektur SPBE Nasional terbaru.\n2. Ketentuan integrasi belum merinci mekanisme pertukaran data.\nTim Penyusun`],
      },
    ],
  },
  {
    name: 'Teluk Sari: API gateway baru dipakai 12 dari 30 OPD',
    indicator: 18,
    instansi: TELUK,
    range: [2, 2],
    // K2 Kondisi: "tidak/belum diterapkan di seluruh unit kerja/perangkat daerah"; K3 "telah diterapkan di seluruh".
    because: 'tingkat 2: sistem penghubung layanan tersedia tetapi baru diterapkan di 12 dari 30 perangkat daerah',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Implementasi API Gateway 2025.pdf',
        region: TS,
        title: 'LAPORAN IMPLEMENTASI SISTEM PENGHUBUNG LAYANAN (API GATEWAY) KOTA TELUK SARI',
        sections: [
          '1.1 Latar Belakang: sistem penghubung layanan pemerintah kota dibangun untuk pertukaran data antaraplikasi perangkat daerah.',
          'BAB II CAPAIAN',
          '2.1 Sampai dengan Juni 2025 sistem penghubung layanan telah diterapkan di 12 dari 30 OPD dengan 46 API terdaftar.',
          '2.2 Sebanyak 18 OPD belum terhubung karena aplikasinya belum menyediakan API.',
        ],
        date: '30 Juni 2025',
      }),
    ],
  },
  {
    name: 'Rantau Jaya: rencana aksi manajemen perubahan SPBE 2026 yang belum dilaksanakan',
    indicator: 27,
    instansi: RANTAU,
    range: [1, 1],
    // K1 "belum atau telah dilaksanakan"; K2 "dilaksanakan dengan perencanaan" — a plan whose activities start next year is not yet carried out.
    because: 'tingkat 1: baru rencana aksi; kegiatan manajemen perubahan belum dilaksanakan (tingkat 2 meminta pelaksanaan sesuai perencanaan)',
    docs: [
      naskahUnit({
        path: 'BAGIAN ORGANISASI/Rencana Aksi Manajemen Perubahan SPBE 2026.pdf',
        kop: RJ.kop,
        unit: 'BAGIAN ORGANISASI SEKRETARIAT DAERAH',
        title: 'RENCANA AKSI MANAJEMEN PERUBAHAN SPBE TAHUN 2026',
        body: [
          'Kegiatan yang direncanakan: sosialisasi perubahan layanan digital, penunjukan agen perubahan di setiap perangkat daerah, dan survei kesiapan pegawai.',
          'Seluruh kegiatan dijadwalkan mulai Februari 2026 dan belum dilaksanakan pada tahun 2025.',
        ],
        place: RJ.place,
        date: '20 November 2025',
        signer: 'Kepala Bagian Organisasi',
      }),
    ],
  },
  {
    name: 'Teluk Sari: pindaian laporan manajemen data dengan kerusakan OCR, mengacu pedoman dan enam cakupan',
    indicator: 23,
    instansi: TELUK,
    range: [3, 3],
    // K2 planned programme; K3 "mengacu pada pedoman Manajemen Data yang mencakup pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data,
    // dan interoperabilitas data"; K4 needs a strategy set by Forum Satu Data for all units and a review — absent. OCR noise does not change what the report says.
    because: 'tingkat 3: manajemen data sesuai rencana kerja dan mengacu pada pedoman yang mencakup enam pengelolaan (meski teks rusak OCR); tidak ada strategi Forum Satu Data dan reviu (4)',
    docs: [
      {
        path: 'BAPPEDA/Scan Laporan Penerapan Manajemen Data 2025.pdf',
        pages: [
          'PEMERINTAH KOTA TELUK SARl\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nLAPORAN PENERAPAN MANAJEMEN DATA TAHUN 2O25\n' +
            'BAB I PENDAHULUAN\n1.1 Dasar: Rencana Kerja Bappeda Tahun 2O25 kegiatan penyelenggaraan Satu Data Kota Teluk Sari.\n' +
            '1.2 Pedoman: pelaksanaan rnengacu pada Peraturan Menteri PPN/Kepala Bappenas Nomor 16 Tahun 2O20 tentang Pedornan Manajemen Data SPBE.\n' +
            'BAB II PELAKSANAAN\n2.1 Kegiatan meliputi pengelolaan arsitektur data, data induk, data referensi, basis data, kua1itas data, dan interoperabi1itas data.\n' +
            '2.2 Walidata rnelakukan pemeriksaan kualitas data terhadap 214 dataset perangkat daerah.\nTeluk Sari, 3O September 2O25\nKepala Bappeda',
        ],
      },
    ],
  },
  {
    name: 'Rantau Jaya: laporan konsultan berbahasa Inggris berisi draf peta proses bisnis',
    indicator: 14,
    instansi: RANTAU,
    range: [1, 1],
    // K1 "Dokumen Proses Bisnis … belum atau telah tersedia. Kondisi: … belum memenuhi standar"; B1 "draft/rancangan model Peta Proses Bisnis"; B2 asks a map
    // "sesuai dengan pedoman yang berlaku dan didokumentasikan secara formal" — a consultant draft not yet adopted is not.
    because: 'tingkat 1: draf peta proses bisnis dari konsultan yang belum diadopsi secara formal; tingkat 2 meminta peta proses bisnis sesuai pedoman yang didokumentasikan formal',
    docs: [
      {
        path: 'BAGIAN ORGANISASI/Konsultan/Business Process Mapping Interim Report.pdf',
        pages: [
          'ARCHIPELAGO GOVTECH CONSULTING\nINTERIM REPORT\nBUSINESS PROCESS MAPPING FOR THE REGENCY OF RANTAU JAYA\nPrepared for: Bagian Organisasi, Sekretariat Daerah Kabupaten Rantau Jaya\n' +
            '1. Scope\nThis interim report presents draft business process maps (level 0 to level 2) for licensing, civil registration and regional revenue.\n' +
            '2. Status\nThe maps are working drafts for discussion with the Regency and have not been validated against PermenPANRB 19/2018 nor formally adopted.\n' +
            'Pekanbaru, 14 April 2025',
        ],
      },
    ],
  },
  {
    name: 'Rantau Jaya: laporan kolaborasi SPBE milik Kabupaten Sungai Lebar di folder kita',
    indicator: 20,
    instansi: RANTAU,
    range: [1, 1],
    pending: "gets 0: the neighbour's report is rightly not evidence, but the level is 0 ('Belum ada bukti dukung') where K1 'belum atau telah dilaksanakan' gives 1",
    // K1 "Kolaborasi … belum atau telah dilaksanakan"; every higher rung is about collaboration "di Instansi Pusat/Perangkat Daerah" itself — a neighbour's
    // report proves nothing of ours.
    because: 'tingkat 1: satu-satunya dokumen adalah laporan kolaborasi Pemerintah Kabupaten Sungai Lebar, bukan kolaborasi perangkat daerah Kabupaten Rantau Jaya',
    docs: [
      naskahUnit({
        path: 'DISKOMINFOSAN/Referensi/Laporan Kolaborasi SPBE Sungai Lebar 2024.pdf',
        kop: SUNGAI_LEBAR_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PELAKSANAAN KOLABORASI PENERAPAN SPBE KABUPATEN SUNGAI LEBAR TAHUN 2024',
        body: [
          'Kolaborasi penerapan SPBE antarperangkat daerah Kabupaten Sungai Lebar dilaksanakan sesuai rencana oleh Tim Koordinasi SPBE yang ditetapkan dengan Keputusan Bupati Sungai Lebar.',
          'Kegiatan bersama: integrasi data kemiskinan antara Dinas Sosial, Bappeda, dan Disdukcapil; rapat koordinasi triwulanan dengan seluruh perangkat daerah.',
        ],
        place: 'Sungai Lebar',
        date: '18 Desember 2024',
      }),
    ],
  },
  {
    name: 'Teluk Sari: manajemen aset TIK sesuai pedoman di seluruh OPD, strategi Tim Koordinasi, reviu terakhir 2022',
    indicator: 24,
    instansi: TELUK,
    range: [3, 3],
    // K3 "mengacu pada pedoman Manajemen Aset TIK yang mencakup proses perencanaan, pengadaan, pemanfaatan/penggunaan, dan penghapusan"; K4 also asks "direviu dan
    // dievaluasi secara periodik" — the only review is from March 2022, outside the 2-year window of assessment year 2025.
    because: 'tingkat 3: manajemen aset TIK sesuai pedoman empat proses di seluruh perangkat daerah; reviu Maret 2022 sudah di luar masa berlaku dua tahun, sehingga tingkat 4 tidak terbukti',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Manajemen Aset TIK 2025.pdf',
        region: TS,
        title: 'LAPORAN PENERAPAN MANAJEMEN ASET TIK KOTA TELUK SARI TAHUN 2025',
        sections: [
          '1.1 Dasar: Program Kerja Manajemen Aset TIK 2025 dan Pedoman Manajemen Aset TIK Kota Teluk Sari yang memuat proses perencanaan, pengadaan, pemanfaatan, dan penghapusan aset TIK.',
          '1.2 Arah kebijakan strategis pengelolaan aset TIK ditetapkan oleh Tim Koordinasi SPBE dan berlaku bagi seluruh perangkat daerah.',
          'BAB II PELAKSANAAN',
          '2.1 Seluruh 33 perangkat daerah telah mencatat aset TIK dalam aplikasi inventaris, termasuk rencana kebutuhan, pengadaan, pemanfaatan, dan usulan penghapusan.',
        ],
        date: '14 Agustus 2025',
      }),
      notulenRapat({
        path: 'DISKOMINFO/Notulen Reviu Manajemen Aset TIK 2022.pdf',
        kop: TS.kop,
        unit: TS.kominfo,
        title: 'REVIU DAN EVALUASI PENERAPAN MANAJEMEN ASET TIK',
        day: 'Rabu, 16 Maret 2022',
        place: 'Ruang Rapat Dinas Komunikasi dan Informatika',
        agenda: 'Reviu penerapan manajemen aset TIK tahun 2021',
        points: ['Penghapusan aset TIK rusak berat belum dilaksanakan di 6 perangkat daerah.'],
        conclusions: ['Penghapusan aset dijadwalkan tahun 2022.'],
      }),
    ],
  },
  {
    name: 'Rantau Jaya: audit keamanan tahunan sesuai rencana, tanpa pedoman, hanya dua aplikasi',
    indicator: 31,
    instansi: RANTAU,
    range: [2, 2],
    // K2 "dilaksanakan sesuai dengan perencanaan yang berkesinambungan. Kondisi: … tanpa pedoman Audit Keamanan"; B2 "belum memenuhi standar/pedoman dan hanya
    // terhadap sebagian hal pokok teknis"; K3 asks the guideline and all technical points.
    because: 'tingkat 2: audit keamanan dilaksanakan sesuai rencana tahunan, tetapi tanpa pedoman audit keamanan dan hanya dua aplikasi (sebagian hal pokok teknis)',
    docs: [
      laporan({
        path: 'DISKOMINFOSAN/Laporan Audit Keamanan Aplikasi 2025.pdf',
        region: RJ,
        title: 'LAPORAN PELAKSANAAN AUDIT KEAMANAN SPBE TAHUN 2025',
        sections: [
          '1.1 Dasar: Rencana Audit Keamanan SPBE Tahunan 2024–2026 Bidang Persandian; audit tahun 2024 telah dilaksanakan pada aplikasi SIMPEG.',
          '1.2 Ruang Lingkup: pemindaian kerentanan terhadap dua aplikasi, yaitu website resmi pemerintah kabupaten dan aplikasi SIMPATDA; infrastruktur pusat data tidak termasuk.',
          '1.3 Metode: pemindaian kerentanan dengan perangkat lunak sumber terbuka; belum menggunakan pedoman audit keamanan SPBE yang baku.',
          'BAB II HASIL',
          '2.1 Ditemukan 7 kerentanan sedang pada website resmi dan 2 kerentanan tinggi pada SIMPATDA.',
        ],
        date: '22 Mei 2025',
        signer: 'Kepala Bidang Persandian',
      }),
    ],
  },
];
