/**
 * Level scenarios for issue 9 §4 (third set), written from the criteria (kriteria tingkat, bukti dukung, kriteria
 * pemenuhan) of the indicators with the fewest scenarios before this set (3, 45–47 with one; 4, 10, 15, 20, 35, 39
 * with two; 2, 6–9, 11, 14, 18, 23, 25, 34, 40, 44 with three), in general classes: a review that is only planned;
 * a review dated before the policy it would review; an improvement dated after the review (5) or before it (not 5);
 * undated reviews; partial implementation written as counts or words ("7 dari 10 OPD", "sebagian", "baru", "belum
 * seluruhnya"); legal-basis citations ("Mengingat: … Peraturan … tentang …") whose titles are no content; English
 * evidence (an audit report, review minutes); an external certified auditor against an internal audit; services with
 * transaction features; a service's level 5 that needs an improvement after its review; a formally documented risk
 * register.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

/** A regulation or decree of the head of region: kop, heading, body, and the signature block with its date. */
const act = (p: { path: string; kop: string; kind?: string; head: string; number: string; title: string; body: string; place: string; date: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\n${p.kind ?? 'PERATURAN'} ${p.head}\nNOMOR ${p.number}\nTENTANG\n${p.title}\n${p.body}`, `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd`],
});

/** A document of a unit: kop, unit, title, body lines, place and date (none: undated), signer. */
const doc = (p: { path: string; kop: string; unit: string; title: string; body: string[]; place: string; date: string | null; signer?: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\n${p.unit}\n${p.title}\n${p.body.join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer ?? 'Kepala Dinas'}`],
});

/** Kota Tanjung Raya's Perwal on application development: the cycle, consultation with the ICT unit, integration and control (content of 2–4 of 4). */
const perwalAplikasi = (date: string, number = '14 TAHUN 2024', amends = false): ScenarioDoc =>
  act({
    path: amends ? 'SETDA/Perwal Perubahan Pembangunan Aplikasi.pdf' : 'SETDA/Perwal Pembangunan Aplikasi SPBE.pdf',
    kop: KOTA_KOP,
    head: 'WALI KOTA TANJUNG RAYA',
    number,
    title: amends ? 'PERUBAHAN ATAS PERATURAN WALI KOTA NOMOR 14 TAHUN 2024 TENTANG PEMBANGUNAN APLIKASI SPBE' : 'PEMBANGUNAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
    body:
      'Pasal 3\nPembangunan aplikasi dilaksanakan melalui siklus analisis kebutuhan, perancangan, pengujian, dan implementasi.\n' +
      'Pasal 4\nSetiap perangkat daerah wajib melakukan konsultasi rencana pembangunan aplikasi kepada Dinas Komunikasi dan Informatika untuk memperoleh rekomendasi teknis.\n' +
      'Pasal 5\nPembangunan aplikasi di seluruh perangkat daerah terpadu dan dikendalikan oleh Dinas Komunikasi dan Informatika.\n' +
      (amends ? 'Pasal I\nKetentuan Pasal 5 diubah sebagai tindak lanjut hasil evaluasi Peraturan Wali Kota Nomor 14 Tahun 2024.\n' : ''),
    place: 'Tanjung Raya',
    date,
  });

/** Kabupaten Sukamaju's decree on the Tim Koordinasi SPBE for every unit, with inter-agency coordination (content of 3–4 of 10). */
const skTimKoordinasi = (date: string): ScenarioDoc =>
  act({
    path: 'SETDA/Keputusan Bupati Tim Koordinasi SPBE.pdf',
    kop: KAB_KOP,
    kind: 'KEPUTUSAN',
    head: 'BUPATI SUKAMAJU',
    number: '100.3.3.2/45/KPTS/2025',
    title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU',
    body:
      'KESATU: Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\n' +
      'KEDUA: Tim Koordinasi SPBE bertugas mengarahkan dan memantau penerapan SPBE di seluruh perangkat daerah.\n' +
      'KETIGA: Tim Koordinasi SPBE melaksanakan koordinasi penerapan SPBE antar instansi dengan Pemerintah Provinsi dan Instansi Pusat.\n',
    place: 'Sukamaju',
    date,
  });

/** Provinsi Nusa Makmur's supervision application: upload, approval, e-signature, and integration with e-Kinerja (2–4 of 39). */
const manualPengawasan: ScenarioDoc = {
  path: 'INSPEKTORAT/Manual Aplikasi e-Pengawasan.pdf',
  pages: [
    `${PROV_KOP}\nINSPEKTORAT DAERAH\nPETUNJUK TEKNIS APLIKASI E-PENGAWASAN\n` +
      '1. Ketua tim pemeriksa mengunggah konsep laporan hasil pemeriksaan dan kertas kerja.\n' +
      '2. Pengendali teknis memberikan persetujuan; Inspektur menandatangani laporan dengan tanda tangan elektronik.\n' +
      '3. Temuan dan rekomendasi dikirim otomatis ke aplikasi e-Kinerja perangkat daerah terkait melalui API.',
  ],
};

/** Kota Tanjung Raya's civil-registration service (sector 47): submission, verification, e-signature, connected to the national SIAK. */
const manualAdminduk: ScenarioDoc = {
  path: 'DISDUKCAPIL/Indikator 47 Layanan Kependudukan/Manual Layanan Adminduk Daring.pdf',
  // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
  confirmed: true,
  pages: [
    `${KOTA_KOP}\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\nPANDUAN LAYANAN ADMINISTRASI KEPENDUDUKAN DARING\n` +
      '1. Pemohon mengajukan permohonan akta kelahiran dan mengunggah surat keterangan lahir.\n' +
      '2. Petugas memverifikasi berkas; akta ditandatangani secara elektronik oleh Kepala Dinas dan dikirim ke akun pemohon.\n' +
      '3. Data kelahiran terhubung dengan SIAK Terpusat Direktorat Jenderal Kependudukan dan Pencatatan Sipil.',
  ],
};

const evaluasiAdminduk = doc({
  path: 'DISDUKCAPIL/Indikator 47 Layanan Kependudukan/Laporan Evaluasi Layanan Adminduk Daring.pdf',
  kop: KOTA_KOP,
  unit: 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL',
  title: 'LAPORAN EVALUASI LAYANAN ADMINISTRASI KEPENDUDUKAN DARING TAHUN 2025',
  body: [
    'Evaluasi layanan dilaksanakan terhadap waktu penyelesaian permohonan dan keluhan pemohon.',
    'Hasil evaluasi: permohonan yang dikembalikan karena berkas tidak terbaca mencapai 18 persen.',
  ],
  place: 'Tanjung Raya',
  date: '12 Mei 2025',
});

/** Kabupaten Sukamaju's report on business processes: formal map, simplification, applied in the licensing application (content of 2–4 of 14). */
const laporanProsesBisnis = doc({
  path: 'BAG ORGANISASI/Laporan Inovasi Proses Bisnis Perizinan 2025.pdf',
  kop: KAB_KOP,
  unit: 'SEKRETARIAT DAERAH',
  title: 'LAPORAN INOVASI PROSES BISNIS LAYANAN PERIZINAN TAHUN 2025',
  body: [
    'Peta proses bisnis Pemerintah Kabupaten Sukamaju telah ditetapkan dengan Keputusan Bupati dan disusun sesuai pedoman penyusunan proses bisnis.',
    'Inovasi proses bisnis perizinan berupa penyederhanaan alur dari 11 langkah menjadi 6 langkah agar lebih efisien.',
    'Inovasi tersebut diterapkan ke dalam aplikasi perizinan elektronik SiCantik.',
  ],
  place: 'Sukamaju',
  date: '14 Februari 2025',
  signer: 'Kepala Bagian Organisasi',
});

const evaluasiProsesBisnis = doc({
  path: 'BAG ORGANISASI/Notulen Evaluasi Proses Bisnis Perizinan.pdf',
  kop: KAB_KOP,
  unit: 'SEKRETARIAT DAERAH',
  title: 'NOTULEN RAPAT EVALUASI PENERAPAN PROSES BISNIS LAYANAN PERIZINAN',
  body: [
    'Rapat mengevaluasi penerapan alur perizinan baru pada aplikasi SiCantik selama semester I.',
    'Kesimpulan: tahap verifikasi teknis masih menjadi penyebab keterlambatan.',
  ],
  place: 'Sukamaju',
  date: '10 Juni 2025',
  signer: 'Notulis',
});

const perbaikanProsesBisnis = (date: string): ScenarioDoc =>
  doc({
    path: 'BAG ORGANISASI/Laporan Perbaikan Alur Perizinan.pdf',
    kop: KAB_KOP,
    unit: 'SEKRETARIAT DAERAH',
    title: 'LAPORAN PERBAIKAN PROSES BISNIS LAYANAN PERIZINAN PADA APLIKASI SICANTIK',
    body: [
      'Tahap verifikasi teknis telah diperbaiki: verifikasi dilakukan paralel oleh perangkat daerah teknis melalui aplikasi SiCantik.',
      'Perbaikan telah diterapkan pada aplikasi sejak rilis versi 3.2.',
    ],
    place: 'Sukamaju',
    date,
    signer: 'Kepala Bagian Organisasi',
  });

/** Kota Tanjung Raya's application-development report: cycle, consultation, integrated and controlled (content of 2–4 of 15). */
const laporanPembangunanAplikasi = doc({
  path: 'DISKOMINFO/Laporan Pembangunan Aplikasi 2025.pdf',
  kop: KOTA_KOP,
  unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  title: 'LAPORAN PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE TAHUN 2025',
  body: [
    'Sesuai rencana kerja 2025, pembangunan aplikasi dilaksanakan melalui analisis kebutuhan, perancangan aplikasi, pengujian aplikasi (UAT), dan implementasi.',
    'Seluruh rencana pembangunan aplikasi perangkat daerah telah dikonsultasikan kepada Dinas Komunikasi dan Informatika dan memperoleh rekomendasi teknis.',
    'Pembangunan aplikasi terpadu pada pusat data kota dan dikendalikan oleh Dinas Komunikasi dan Informatika.',
  ],
  place: 'Tanjung Raya',
  date: '20 Maret 2025',
});

const evaluasiPembangunanAplikasi = doc({
  path: 'DISKOMINFO/Laporan Monitoring dan Evaluasi Aplikasi 2025.pdf',
  kop: KOTA_KOP,
  unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  title: 'LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN APLIKASI SPBE TAHUN 2025',
  body: [
    'Monitoring dan evaluasi dilaksanakan terhadap 23 aplikasi perangkat daerah.',
    'Hasil evaluasi: 5 aplikasi belum memakai layanan otentikasi tunggal.',
  ],
  place: 'Tanjung Raya',
  date: '16 Juni 2025',
});

export const SCENARIOS: LevelScenario[] = [
  // ----- Indicator 3 (kebijakan Manajemen Data)
  {
    name: 'Kabupaten: rancangan Perbup Manajemen Data dengan notulen pembahasannya',
    indicator: 3,
    range: [1, 1],
    because: 'tingkat 1: konsep kebijakan internal Manajemen Data yang "masih dalam proses pengesahan"; tingkat 2 meminta kebijakan yang telah ditetapkan',
    docs: [
      {
        path: 'DISKOMINFO/Rancangan Perbup Manajemen Data.pdf',
        pages: [
          `${KAB_KOP}\nRANCANGAN PERATURAN BUPATI SUKAMAJU\nNOMOR … TAHUN 2025\nTENTANG\nMANAJEMEN DATA\n` +
            'Pasal 2\nManajemen data meliputi arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data.\n',
        ],
      },
      doc({
        path: 'DISKOMINFO/Notulen Pembahasan Rancangan Perbup Manajemen Data.pdf',
        kop: KAB_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'NOTULEN RAPAT PEMBAHASAN RANCANGAN PERATURAN BUPATI TENTANG MANAJEMEN DATA',
        body: ['Peserta membahas pasal demi pasal rancangan; rancangan akan diajukan kepada Bagian Hukum untuk harmonisasi.'],
        place: 'Sukamaju',
        date: '7 Oktober 2025',
        signer: 'Notulis',
      }),
    ],
  },
  {
    name: 'Provinsi: Pergub Manajemen Data mengatur data induk saja, "Mengingat" mengutip peraturan tentang kualitas dan interoperabilitas data',
    instansi: PROV,
    indicator: 3,
    // Indicator 3's own tingkat 3 is the Kondisi "hanya mengatur sebagian" (its tingkat 4: all six processes), so a
    // policy that sets part of them meets tingkat 2 and the wording of tingkat 3.
    range: [2, 3],
    because: 'tingkat 2/3 (kondisi): hanya mengatur sebagian rangkaian proses; judul peraturan yang dikutip sebagai dasar hukum bukan muatan kebijakan ini',
    docs: [
      act({
        path: 'BIRO HUKUM/Pergub 9 Tahun 2025 Manajemen Data Induk.pdf',
        kop: PROV_KOP,
        head: 'GUBERNUR NUSA MAKMUR',
        number: '9 TAHUN 2025',
        title: 'PENGELOLAAN DATA INDUK',
        body:
          'Mengingat :\n1. Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;\n' +
          '2. Peraturan Menteri Dalam Negeri Nomor 8 Tahun 2024 tentang Arsitektur Data, Data Referensi, Basis Data, Kualitas Data, dan Interoperabilitas Data;\n' +
          'MEMUTUSKAN:\nMenetapkan : PERATURAN GUBERNUR TENTANG PENGELOLAAN DATA INDUK.\n' +
          'Pasal 2\nPerangkat daerah mengelola data induk sesuai kewenangannya dan menyampaikannya kepada walidata.\n',
        place: 'Kota Makmur',
        date: '3 Juni 2025',
      }),
    ],
  },
  {
    name: 'Kota: Perwal Manajemen Data seluruh proses, evaluasi, lalu Perwal perubahan yang menindaklanjutinya',
    instansi: KOTA,
    indicator: 3,
    range: [5, 5],
    because: 'tingkat 5: hasil reviu dan evaluasi kebijakan Manajemen Data "telah ditindaklanjuti dengan kebijakan baru" (perubahan yang ditetapkan sesudah evaluasi)',
    docs: [
      act({
        path: 'SETDA/Perwal 6 Tahun 2023 Manajemen Data.pdf',
        kop: KOTA_KOP,
        head: 'WALI KOTA TANJUNG RAYA',
        number: '6 TAHUN 2023',
        title: 'MANAJEMEN DATA',
        body:
          'Pasal 3\nManajemen data di seluruh perangkat daerah meliputi pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data.\n',
        place: 'Tanjung Raya',
        date: '20 Februari 2023',
      }),
      doc({
        path: 'DISKOMINFO/Laporan Evaluasi Perwal Manajemen Data.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL EVALUASI PERATURAN WALI KOTA NOMOR 6 TAHUN 2023 TENTANG MANAJEMEN DATA',
        body: ['Evaluasi menemukan bahwa ketentuan interoperabilitas data belum mengatur penggunaan sistem penghubung layanan.', 'Rekomendasi: Peraturan Wali Kota perlu diubah.'],
        place: 'Tanjung Raya',
        date: '4 Februari 2025',
      }),
      act({
        path: 'SETDA/Perwal 21 Tahun 2025 Perubahan Manajemen Data.pdf',
        kop: KOTA_KOP,
        head: 'WALI KOTA TANJUNG RAYA',
        number: '21 TAHUN 2025',
        title: 'PERUBAHAN ATAS PERATURAN WALI KOTA NOMOR 6 TAHUN 2023 TENTANG MANAJEMEN DATA',
        body:
          'Pasal I\nKetentuan Pasal 3 diubah: manajemen data di seluruh perangkat daerah meliputi pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data melalui sistem penghubung layanan.\n',
        place: 'Tanjung Raya',
        date: '8 September 2025',
      }),
    ],
  },
  // ----- Indicator 4 (kebijakan Pembangunan Aplikasi)
  {
    name: 'Kota: Perwal pembangunan aplikasi lengkap, evaluasinya baru dijadwalkan dan undangan rapat evaluasi',
    instansi: KOTA,
    indicator: 4,
    range: [3, 3],
    because: 'tingkat 4 meminta kebijakan yang "direviu dan dievaluasi secara periodik"; evaluasi yang baru dijadwalkan dan undangan rapat bukan hasil reviu',
    docs: [
      perwalAplikasi('11 Maret 2024'),
      doc({
        path: 'DISKOMINFO/Rencana Evaluasi Kebijakan Pembangunan Aplikasi.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'RENCANA KERJA BIDANG APLIKASI INFORMATIKA TAHUN 2026',
        body: ['Evaluasi Peraturan Wali Kota Nomor 14 Tahun 2024 tentang Pembangunan Aplikasi SPBE dijadwalkan pada triwulan II tahun 2026.'],
        place: 'Tanjung Raya',
        date: '2 Oktober 2025',
      }),
      {
        path: 'DISKOMINFO/Undangan Rapat Evaluasi Perwal Aplikasi.pdf',
        pages: [
          `${KOTA_KOP}\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor: 005/311/Diskominfo/2025\nPerihal: Undangan Rapat Evaluasi Peraturan Wali Kota tentang Pembangunan Aplikasi SPBE\n` +
            'Kepada Yth. Kepala Perangkat Daerah se-Kota Tanjung Raya\nMengharap kehadiran Bapak/Ibu pada rapat evaluasi kebijakan pembangunan aplikasi.\nTanjung Raya, 20 November 2025\nKepala Dinas',
        ],
      },
    ],
  },
  {
    name: 'Kota: Perwal pembangunan aplikasi ditetapkan sesudah notulen reviu yang membahas rancangannya',
    instansi: KOTA,
    indicator: 4,
    range: [3, 3],
    because: 'tingkat 4 meminta reviu atas kebijakan yang berlaku; reviu yang bertanggal sebelum kebijakannya ditetapkan menelaah rancangan, bukan kebijakan tersebut',
    docs: [
      perwalAplikasi('11 Maret 2024'),
      doc({
        path: 'DISKOMINFO/Notulen Reviu Kebijakan Pembangunan Aplikasi.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'NOTULEN RAPAT REVIU KEBIJAKAN PEMBANGUNAN APLIKASI SPBE',
        body: ['Peserta mereviu ketentuan konsultasi rencana pembangunan aplikasi dan pengendalian oleh Dinas Komunikasi dan Informatika.', 'Kesimpulan: ketentuan dapat ditetapkan.'],
        place: 'Tanjung Raya',
        date: '9 Januari 2024',
        signer: 'Notulis',
      }),
    ],
  },
  {
    name: 'Kota: Perwal pembangunan aplikasi, review minutes in English, then the amending Perwal',
    instansi: KOTA,
    indicator: 4,
    range: [5, 5],
    because: 'tingkat 5: kebijakan direviu (notulen reviu berbahasa Inggris, sesudah kebijakan) dan hasilnya ditindaklanjuti dengan kebijakan baru yang ditetapkan sesudahnya',
    docs: [
      perwalAplikasi('11 Maret 2024'),
      {
        path: 'DISKOMINFO/Minutes of the policy review meeting.pdf',
        pages: [
          `${KOTA_KOP}\nDEPARTMENT OF COMMUNICATION AND INFORMATICS\nMINUTES OF THE POLICY REVIEW MEETING ON APPLICATION DEVELOPMENT\n` +
            'The meeting reviewed Mayor Regulation No. 14 of 2024 on application development and evaluated its consultation and control provisions.\n' +
            'Conclusion: the control provisions must also cover applications hosted outside the city data centre.\nTanjung Raya, 14 January 2025\nMinutes taker',
        ],
      },
      perwalAplikasi('2 Juni 2025', '9 TAHUN 2025', true),
    ],
  },
  // ----- Indicator 10 (kebijakan Tim Koordinasi SPBE)
  {
    name: 'Provinsi: Keputusan Gubernur Tim Koordinasi yang tugasnya mencakup Diskominfo, Bappeda, dan BPKAD',
    instansi: PROV,
    indicator: 10,
    range: [2, 2],
    because: 'tingkat 2: kebijakan Tim Koordinasi yang ditetapkan, tugasnya mendukung penerapan SPBE pada sebagian perangkat daerah; tingkat 3 meminta seluruh perangkat daerah',
    docs: [
      act({
        path: 'BIRO ORGANISASI/Kepgub Tim Koordinasi SPBE.pdf',
        kop: PROV_KOP,
        kind: 'KEPUTUSAN',
        head: 'GUBERNUR NUSA MAKMUR',
        number: '188.44/302/KPTS/2025',
        title: 'TIM KOORDINASI SPBE PROVINSI NUSA MAKMUR',
        body:
          'KESATU: Membentuk Tim Koordinasi SPBE Provinsi Nusa Makmur.\n' +
          'KEDUA: Tim bertugas mengoordinasikan penerapan SPBE pada Dinas Komunikasi dan Informatika, Badan Perencanaan Pembangunan Daerah, dan Badan Pengelolaan Keuangan Daerah.\n',
        place: 'Kota Makmur',
        date: '6 Januari 2025',
      }),
    ],
  },
  {
    name: 'Kabupaten: Keputusan Tim Koordinasi untuk seluruh perangkat daerah dan antar instansi, notulen reviu tanpa tanggal',
    indicator: 10,
    range: [3, 3],
    because: 'tingkat 3: tugas Tim Koordinasi untuk seluruh perangkat daerah; reviu tanpa tanggal baru dihitung setelah peninjau mengonfirmasinya (tingkat 4)',
    docs: [
      skTimKoordinasi('13 Januari 2025'),
      doc({
        path: 'SETDA/Notulen Reviu Keputusan Tim Koordinasi.pdf',
        kop: KAB_KOP,
        unit: 'SEKRETARIAT DAERAH',
        title: 'NOTULEN REVIU KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SPBE',
        body: ['Rapat mereviu susunan keanggotaan dan tugas Tim Koordinasi SPBE.', 'Kesimpulan: tugas koordinasi antar instansi perlu dirinci.'],
        place: 'Sukamaju',
        date: null,
        signer: 'Notulis',
      }),
    ],
  },
  {
    name: 'Kabupaten: Keputusan Tim Koordinasi untuk seluruh perangkat daerah dan antar instansi, reviu tanpa tanggal yang dikonfirmasi peninjau',
    indicator: 10,
    range: [4, 4],
    because: 'tingkat 4: pengaturan penerapan SPBE antar instansi dan reviu kebijakan (tanpa tanggal, dikonfirmasi peninjau); belum ada kebijakan baru (5)',
    docs: [
      skTimKoordinasi('13 Januari 2025'),
      {
        ...doc({
          path: 'SETDA/Notulen Reviu Keputusan Tim Koordinasi.pdf',
          kop: KAB_KOP,
          unit: 'SEKRETARIAT DAERAH',
          title: 'NOTULEN REVIU KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SPBE',
          body: ['Rapat mereviu susunan keanggotaan dan tugas Tim Koordinasi SPBE.', 'Kesimpulan: tugas koordinasi antar instansi perlu dirinci.'],
          place: 'Sukamaju',
          date: null,
          signer: 'Notulis',
        }),
        confirmed: true,
      },
    ],
  },
  // ----- Indicator 2 (kebijakan Peta Rencana SPBE)
  {
    name: 'Kota: Perwal Peta Rencana seluruh muatan dan selaras nasional, berita acara reviu bertanggal sebelum Perwal',
    instansi: KOTA,
    indicator: 2,
    range: [3, 3],
    because: 'tingkat 3: seluruh muatan Peta Rencana SPBE; reviu yang bertanggal sebelum kebijakan ditetapkan bukan reviu kebijakan tersebut (4)',
    docs: [
      act({
        path: 'SETDA/Perwal 3 Tahun 2025 Peta Rencana SPBE.pdf',
        kop: KOTA_KOP,
        head: 'WALI KOTA TANJUNG RAYA',
        number: '3 TAHUN 2025',
        title: 'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2025-2029',
        body:
          'Pasal 2\nPeta Rencana SPBE memuat Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Audit TIK.\n' +
          'Pasal 3\nPeta Rencana SPBE Kota selaras dengan Peta Rencana SPBE Nasional.\n',
        place: 'Tanjung Raya',
        date: '10 Februari 2025',
      }),
      doc({
        path: 'DISKOMINFO/Berita Acara Reviu Peta Rencana SPBE.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'BERITA ACARA REVIU DOKUMEN PETA RENCANA SPBE',
        body: ['Tim mereviu kesesuaian muatan Peta Rencana SPBE dengan Peta Rencana SPBE Nasional.', 'Hasil reviu: dokumen dapat diajukan untuk ditetapkan.'],
        place: 'Tanjung Raya',
        date: '18 November 2024',
      }),
    ],
  },
  // ----- Indicator 6 (kebijakan Jaringan Intra)
  {
    name: 'Kabupaten: Perbup jaringan intra untuk perangkat daerah di kawasan perkantoran terpadu saja',
    indicator: 6,
    range: [2, 2],
    because: 'tingkat 2 (kondisi): kebijakan mengatur layanan jaringan intra untuk sebagian perangkat daerah; tingkat 3 meminta seluruh perangkat daerah',
    docs: [
      act({
        path: 'SETDA/Perbup 4 Tahun 2025 Jaringan Intra.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '4 TAHUN 2025',
        title: 'PENYELENGGARAAN JARINGAN INTRA PEMERINTAH DAERAH',
        body: 'Pasal 2\nJaringan intra pemerintah daerah digunakan oleh 12 perangkat daerah yang berkantor di kawasan perkantoran terpadu.\nPasal 3\nPerluasan ke perangkat daerah lain belum diatur dalam Peraturan Bupati ini.\n',
        place: 'Sukamaju',
        date: '21 April 2025',
      }),
    ],
  },
  // ----- Indicator 7 (kebijakan SPLP)
  {
    name: 'Provinsi: Pergub SPLP seluruh perangkat daerah terhubung SPLP nasional, evaluation report in English afterwards',
    instansi: PROV,
    indicator: 7,
    range: [4, 4],
    because: 'tingkat 4: keterhubungan dengan Sistem Penghubung Layanan Pemerintah dan reviu/evaluasi kebijakan (laporan berbahasa Inggris, sesudah kebijakan); belum ada kebijakan baru (5)',
    docs: [
      act({
        path: 'BIRO HUKUM/Pergub 12 Tahun 2024 Sistem Penghubung Layanan.pdf',
        kop: PROV_KOP,
        head: 'GUBERNUR NUSA MAKMUR',
        number: '12 TAHUN 2024',
        title: 'PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH PROVINSI',
        body:
          'Pasal 2\nSeluruh perangkat daerah menggunakan sistem penghubung layanan provinsi untuk pertukaran data antar aplikasi.\n' +
          'Pasal 4\nSistem penghubung layanan provinsi terhubung dengan Sistem Penghubung Layanan Pemerintah.\n',
        place: 'Kota Makmur',
        date: '5 Agustus 2024',
      }),
      {
        path: 'DISKOMINFO/Policy evaluation report service bus.pdf',
        pages: [
          `${PROV_KOP}\nDEPARTMENT OF COMMUNICATION AND INFORMATICS\nPOLICY EVALUATION REPORT ON THE SERVICE BUS REGULATION\n` +
            'This report evaluates Governor Regulation No. 12 of 2024 on the use of the provincial service bus after one year in force.\n' +
            'Findings: the regulation does not yet set service levels for the exchange of data between applications.\nKota Makmur, 22 September 2025\nHead of Department',
        ],
      },
    ],
  },
  // ----- Indicator 8 (kebijakan Manajemen Keamanan Informasi)
  {
    name: 'Kota: Perwal keamanan informasi seluruh cakupan, "Mengingat" mengutip peraturan tentang evaluasi, tanpa reviu',
    instansi: KOTA,
    indicator: 8,
    range: [3, 3],
    because: 'tingkat 3: seluruh cakupan Manajemen Keamanan Informasi; peraturan "tentang Evaluasi …" yang dikutip sebagai dasar hukum bukan reviu atau evaluasi kebijakan ini (4)',
    docs: [
      act({
        path: 'SETDA/Perwal 17 Tahun 2025 Keamanan Informasi.pdf',
        kop: KOTA_KOP,
        head: 'WALI KOTA TANJUNG RAYA',
        number: '17 TAHUN 2025',
        title: 'MANAJEMEN KEAMANAN INFORMASI',
        body:
          'Mengingat :\n1. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik;\n' +
          '2. Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE;\n' +
          'MEMUTUSKAN:\nMenetapkan : PERATURAN WALI KOTA TENTANG MANAJEMEN KEAMANAN INFORMASI.\n' +
          'Pasal 2\nManajemen keamanan informasi meliputi penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan.\n' +
          'Pasal 3\nPeraturan Wali Kota ini berlaku bagi seluruh perangkat daerah.\n',
        place: 'Tanjung Raya',
        date: '14 Juli 2025',
      }),
    ],
  },
  // ----- Indicator 9 (kebijakan Audit TIK)
  {
    name: 'Kabupaten: Perbup audit TIK hanya audit keamanan, dasar hukumnya mengutip pedoman audit infrastruktur dan aplikasi',
    indicator: 9,
    range: [2, 2],
    because: 'tingkat 2 (kondisi): hanya mengatur sebagian Audit TIK; judul peraturan yang dikutip di "Mengingat" bukan pengaturan audit infrastruktur dan aplikasi oleh kebijakan ini (3)',
    docs: [
      act({
        path: 'SETDA/Perbup 19 Tahun 2025 Audit Keamanan SPBE.pdf',
        kop: KAB_KOP,
        head: 'BUPATI SUKAMAJU',
        number: '19 TAHUN 2025',
        title: 'PELAKSANAAN AUDIT KEAMANAN SPBE',
        body:
          'Mengingat :\n1. Peraturan Menteri Komunikasi dan Informatika Nomor 16 Tahun 2022 tentang Kebijakan Umum Penyelenggaraan Audit Teknologi Informasi dan Komunikasi;\n' +
          '2. Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2024 tentang Standar dan Tata Cara Audit Infrastruktur SPBE dan Audit Aplikasi SPBE;\n' +
          'MEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PELAKSANAAN AUDIT KEAMANAN SPBE.\n' +
          'Pasal 2\nAudit keamanan SPBE dilaksanakan setiap tahun terhadap aplikasi dan infrastruktur yang memproses data pribadi.\n',
        place: 'Sukamaju',
        date: '2 Mei 2025',
      }),
    ],
  },
  {
    name: 'Provinsi: Pergub audit TIK tiga jenis audit, evaluasi, dan Pergub pengganti yang mencabutnya',
    instansi: PROV,
    indicator: 9,
    range: [5, 5],
    because: 'tingkat 5: hasil evaluasi kebijakan Audit TIK ditindaklanjuti dengan kebijakan baru (Pergub pengganti yang ditetapkan sesudah evaluasi)',
    docs: [
      act({
        path: 'BIRO HUKUM/Pergub 2 Tahun 2023 Audit TIK.pdf',
        kop: PROV_KOP,
        head: 'GUBERNUR NUSA MAKMUR',
        number: '2 TAHUN 2023',
        title: 'AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body: 'Pasal 3\nAudit TIK meliputi audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.\n',
        place: 'Kota Makmur',
        date: '9 Januari 2023',
      }),
      doc({
        path: 'DISKOMINFO/Laporan Evaluasi Kebijakan Audit TIK.pdf',
        kop: PROV_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN EVALUASI PERATURAN GUBERNUR TENTANG AUDIT TIK',
        body: ['Evaluasi atas Peraturan Gubernur Nomor 2 Tahun 2023 menunjukkan frekuensi audit aplikasi belum diatur.'],
        place: 'Kota Makmur',
        date: '17 Maret 2025',
      }),
      act({
        path: 'BIRO HUKUM/Pergub 15 Tahun 2025 Audit TIK.pdf',
        kop: PROV_KOP,
        head: 'GUBERNUR NUSA MAKMUR',
        number: '15 TAHUN 2025',
        title: 'AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        body:
          'Pasal 3\nAudit TIK meliputi audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE, masing-masing paling sedikit sekali setahun.\n' +
          'Pasal 12\nPada saat Peraturan Gubernur ini mulai berlaku, Peraturan Gubernur Nomor 2 Tahun 2023 dicabut dan dinyatakan tidak berlaku.\n',
        place: 'Kota Makmur',
        date: '30 Juli 2025',
      }),
    ],
  },
  // ----- Indicator 11 (Arsitektur SPBE)
  {
    name: 'Kabupaten: dokumen Arsitektur SPBE seluruh domain berpedoman Arsitektur SPBE Nasional, reviu "akan dilaksanakan"',
    indicator: 11,
    range: [3, 3],
    because: 'tingkat 3: seluruh referensi dan domain arsitektur; tingkat 4 meminta reviu dan evaluasi yang telah dilakukan, bukan rencana reviu',
    docs: [
      {
        path: 'BAPPEDA/Dokumen Arsitektur SPBE Kabupaten Sukamaju 2025-2029.pdf',
        pages: [
          `${KAB_KOP}\nDOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU TAHUN 2025-2029\n` +
            'BAB II Arsitektur SPBE memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.\n' +
            'Dokumen ini berpedoman pada Arsitektur SPBE Nasional.\nBAB V Reviu dokumen Arsitektur SPBE akan dilaksanakan pada tahun 2026 oleh Tim Koordinasi SPBE.\n' +
            'Ditetapkan dengan Keputusan Bupati Sukamaju pada tanggal 3 Maret 2025.',
        ],
      },
    ],
  },
  // ----- Indicator 14 (Inovasi Proses Bisnis)
  {
    name: 'Kabupaten: inovasi proses bisnis perizinan dalam aplikasi, notulen evaluasi, lalu laporan perbaikan alur sesudahnya',
    indicator: 14,
    range: [5, 5],
    because: 'tingkat 5: perbaikan inovasi proses bisnis yang diterapkan dalam aplikasi sebagai tindak lanjut hasil evaluasi (bertanggal sesudah evaluasi)',
    docs: [laporanProsesBisnis, evaluasiProsesBisnis, perbaikanProsesBisnis('29 September 2025')],
  },
  {
    name: 'Kabupaten: inovasi proses bisnis perizinan dalam aplikasi, laporan perbaikan alur bertanggal sebelum notulen evaluasi',
    indicator: 14,
    range: [4, 4],
    because: 'tingkat 4: inovasi diterapkan dalam aplikasi dan dievaluasi; perbaikan yang bertanggal sebelum evaluasi bukan tindak lanjutnya (5)',
    docs: [laporanProsesBisnis, evaluasiProsesBisnis, perbaikanProsesBisnis('3 Maret 2025')],
  },
  // ----- Indicator 15 (Pembangunan Aplikasi)
  {
    name: 'Kota: laporan pembangunan aplikasi terpadu dan terkendali, monev, lalu laporan pengembangan sesudahnya',
    instansi: KOTA,
    indicator: 15,
    range: [5, 5],
    because: 'tingkat 5: aplikasi dikembangkan sebagai tindak lanjut hasil evaluasi (laporan pengembangan bertanggal sesudah monev)',
    docs: [
      laporanPembangunanAplikasi,
      evaluasiPembangunanAplikasi,
      doc({
        path: 'DISKOMINFO/Laporan Tindak Lanjut Monev Aplikasi.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN TINDAK LANJUT HASIL MONITORING DAN EVALUASI PENGEMBANGAN APLIKASI SPBE',
        body: ['Menindaklanjuti hasil evaluasi Juni 2025, kelima aplikasi telah diperbaiki dan kini memakai layanan otentikasi tunggal.'],
        place: 'Tanjung Raya',
        date: '1 Oktober 2025',
      }),
    ],
  },
  {
    name: 'Kota: laporan pembangunan aplikasi terpadu dan terkendali, monev yang hanya merekomendasikan pengembangan',
    instansi: KOTA,
    indicator: 15,
    range: [4, 4],
    because: 'tingkat 4: pembangunan aplikasi terpadu, dikendalikan, dan dievaluasi; rekomendasi pengembangan yang belum dilakukan bukan tingkat 5',
    docs: [
      laporanPembangunanAplikasi,
      doc({
        path: 'DISKOMINFO/Laporan Monitoring dan Evaluasi Aplikasi 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN APLIKASI SPBE TAHUN 2025',
        body: ['Monitoring dan evaluasi dilaksanakan terhadap 23 aplikasi perangkat daerah.', 'Rekomendasi: lima aplikasi agar dikembangkan untuk memakai layanan otentikasi tunggal pada tahun 2026.'],
        place: 'Tanjung Raya',
        date: '16 Juni 2025',
      }),
    ],
  },
  {
    name: 'Provinsi (English): application development report following the development cycle, consulted with the ICT department',
    instansi: PROV,
    indicator: 15,
    range: [3, 3],
    because: 'tingkat 3: pembangunan aplikasi sesuai siklus dan dikonsultasikan kepada unit pengelola TIK; tidak disebut terpadu dan dikendalikan (4)',
    docs: [
      {
        path: 'DISKOMINFO/Application development report 2025.pdf',
        pages: [
          `${PROV_KOP}\nDEPARTMENT OF COMMUNICATION AND INFORMATICS\nAPPLICATION DEVELOPMENT REPORT 2025\n` +
            'Following the annual work plan, the e-Permit application was built through requirements analysis, design, user acceptance test (UAT), and deployment.\n' +
            'The requesting agency consulted the design with the Department of Communication and Informatics, which issued a technical recommendation (rekomendasi teknis).\n' +
            'Kota Makmur, 30 October 2025\nHead of Department',
        ],
      },
    ],
  },
  // ----- Indicator 18 (Sistem Penghubung Layanan)
  {
    name: 'Kota: SPLP digunakan "sebagian perangkat daerah (14 perangkat daerah)", terhubung SPLP nasional',
    instansi: KOTA,
    indicator: 18,
    range: [2, 2],
    because: 'tingkat 2 (kondisi): sistem penghubung layanan belum diterapkan di seluruh perangkat daerah; interkoneksi nasional tidak menggantikan tingkat 3',
    docs: [
      doc({
        path: 'DISKOMINFO/Laporan Pemanfaatan SPLP 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN PEMANFAATAN SISTEM PENGHUBUNG LAYANAN TAHUN 2025',
        body: [
          'Sesuai rencana kerja, sistem penghubung layanan kota dimanfaatkan oleh sebagian perangkat daerah (14 perangkat daerah) untuk pertukaran data.',
          'Sistem penghubung layanan kota telah terhubung dengan Sistem Penghubung Layanan Pemerintah.',
        ],
        place: 'Tanjung Raya',
        date: '25 Agustus 2025',
      }),
    ],
  },
  // ----- Indicator 20 (Kolaborasi Penerapan SPBE)
  {
    name: 'Kabupaten: kolaborasi integrasi data bansos "dilakukan sewaktu-waktu" bila ada permintaan',
    indicator: 20,
    range: [1, 1],
    because: 'tingkat 1 (kondisi): kolaborasi "dilaksanakan sewaktu-waktu atau tanpa perencanaan"; tingkat 2 meminta kolaborasi sesuai perencanaan',
    docs: [
      doc({
        path: 'DINSOS/Catatan Kolaborasi Data Bansos.pdf',
        kop: KAB_KOP,
        unit: 'DINAS SOSIAL',
        title: 'CATATAN KEGIATAN KOLABORASI PEMADANAN DATA BANTUAN SOSIAL',
        body: ['Pemadanan data penerima bantuan sosial dengan Dinas Kependudukan dan Pencatatan Sipil dilakukan sewaktu-waktu apabila ada permintaan dari desa.'],
        place: 'Sukamaju',
        date: '12 Agustus 2025',
      }),
    ],
  },
  {
    name: 'Kota: Keputusan Wali Kota tim kolaborasi, laporan "baru 7 dari 10 OPD sasaran" berkolaborasi, evaluasi direncanakan',
    instansi: KOTA,
    indicator: 20,
    range: [3, 3],
    because: 'tingkat 3: kolaborasi oleh tim yang dibentuk formal, belum pada seluruh perangkat daerah; tingkat 4 meminta kolaborasi terpadu di seluruh perangkat daerah dan reviu yang telah dilakukan',
    docs: [
      act({
        path: 'SETDA/Keputusan Wali Kota Tim Kolaborasi Layanan Terpadu.pdf',
        kop: KOTA_KOP,
        kind: 'KEPUTUSAN',
        head: 'WALI KOTA TANJUNG RAYA',
        number: '188.45/77/2025',
        title: 'TIM KOLABORASI LAYANAN TERPADU BERBASIS ELEKTRONIK',
        body: 'KESATU: Membentuk Tim Kolaborasi Layanan Terpadu Berbasis Elektronik yang diketuai Sekretaris Daerah.\nKEDUA: Tim melaksanakan kegiatan bersama integrasi layanan perizinan, kependudukan, dan pajak daerah.\n',
        place: 'Tanjung Raya',
        date: '8 Januari 2025',
      }),
      doc({
        path: 'SETDA/Laporan Kolaborasi Layanan Terpadu 2025.pdf',
        kop: KOTA_KOP,
        unit: 'SEKRETARIAT DAERAH',
        title: 'LAPORAN PELAKSANAAN KOLABORASI LAYANAN TERPADU TAHUN 2025',
        body: ['Sesuai rencana kerja tim, kolaborasi penerapan SPBE pada layanan terpadu baru melibatkan 7 dari 10 OPD sasaran.', 'Evaluasi pelaksanaan kolaborasi direncanakan pada bulan Desember 2025.'],
        place: 'Tanjung Raya',
        date: '3 November 2025',
        signer: 'Sekretaris Daerah',
      }),
    ],
  },
  // ----- Indicator 21 (Manajemen Risiko): a register formally documented.
  {
    name: 'Kabupaten: daftar risiko SPBE yang ditetapkan Sekretaris Daerah, tanpa menyebut pedoman',
    indicator: 21,
    range: [2, 2],
    because: 'tingkat 2: manajemen risiko terdokumentasi formal dan terencana (daftar risiko yang ditetapkan); tidak disebut mengacu pada pedoman manajemen risiko SPBE (3)',
    docs: [
      doc({
        path: 'SETDA/Daftar Risiko SPBE 2025.pdf',
        kop: KAB_KOP,
        unit: 'SEKRETARIAT DAERAH',
        title: 'DAFTAR RISIKO SPBE (RISK REGISTER) TAHUN 2025',
        body: [
          'No | Risiko | Penyebab | Dampak | Level Risiko | Pemilik Risiko',
          '1 | Gangguan layanan pusat data | Listrik padam | Layanan terhenti | Tinggi | Diskominfo',
          '2 | Kebocoran data kependudukan | Akun bersama | Pelanggaran data pribadi | Sangat Tinggi | Disdukcapil',
          'Daftar risiko ini disusun sesuai rencana kerja 2025 dan ditetapkan oleh Sekretaris Daerah.',
        ],
        place: 'Sukamaju',
        date: '27 Januari 2025',
        signer: 'Sekretaris Daerah',
      }),
    ],
  },
  // ----- Indicator 23 (Manajemen Data)
  {
    name: 'Provinsi: laporan manajemen data terencana yang "belum seluruhnya mengacu pada pedoman"',
    instansi: PROV,
    indicator: 23,
    range: [2, 2],
    because: 'tingkat 2 (kondisi): manajemen data terencana tetapi belum mengacu pada pedoman Manajemen Data; tingkat 3 meminta pedoman dan seluruh rangkaian proses',
    docs: [
      doc({
        path: 'DISKOMINFO/Laporan Kegiatan Manajemen Data 2025.pdf',
        kop: PROV_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN KEGIATAN MANAJEMEN DATA TAHUN 2025',
        body: [
          'Kegiatan manajemen data dilaksanakan sesuai rencana kerja 2025: pengelolaan data induk dan data referensi.',
          'Pengelolaan arsitektur data, basis data, kualitas data, dan interoperabilitas data belum seluruhnya mengacu pada pedoman manajemen data.',
        ],
        place: 'Kota Makmur',
        date: '15 Oktober 2025',
      }),
    ],
  },
  // ----- Indicator 25 (Kompetensi SDM)
  {
    name: 'Kabupaten: pemenuhan kompetensi SDM SPBE "empat dari enam bidang kompetensi" sesuai rencana',
    indicator: 25,
    range: [2, 2],
    because: 'tingkat 2 (kondisi): kompetensi SDM SPBE sesuai perencanaan tetapi belum terpenuhi seluruhnya; tingkat 3 meminta keenam bidang',
    docs: [
      doc({
        path: 'BKPSDM/Laporan Pemenuhan Kompetensi SDM SPBE 2025.pdf',
        kop: KAB_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PEMENUHAN KOMPETENSI SUMBER DAYA MANUSIA SPBE TAHUN 2025',
        body: [
          'Pemenuhan kompetensi dilaksanakan sesuai rencana pengembangan kompetensi 2025.',
          'Sampai akhir tahun, empat dari enam bidang kompetensi telah terpenuhi: proses bisnis pemerintahan, aplikasi SPBE, infrastruktur SPBE, serta data dan informasi.',
          'Kompetensi arsitektur SPBE dan keamanan SPBE belum terpenuhi.',
        ],
        place: 'Sukamaju',
        date: '8 Desember 2025',
      }),
    ],
  },
  // ----- Indicator 29 (Audit Infrastruktur): external certified auditor against an internal audit.
  {
    name: 'Kota: audit infrastruktur oleh konsultan independen berauditor bersertifikat CISA sesuai SNI ISO/IEC 27001',
    instansi: KOTA,
    indicator: 29,
    range: [4, 4],
    because: 'tingkat 4: audit infrastruktur sesuai pedoman oleh auditor TIK eksternal yang bersertifikat; tidak ada tindak lanjut hasil audit (5)',
    docs: [
      doc({
        path: 'DISKOMINFO/Laporan Audit Infrastruktur SPBE 2025.pdf',
        kop: KOTA_KOP,
        unit: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        title: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025',
        body: [
          'Sesuai rencana audit tahunan, audit infrastruktur SPBE atas pusat data dan jaringan intra dilaksanakan oleh konsultan independen PT Audit Cakrawala.',
          'Tim auditor memiliki sertifikat CISA dan melaksanakan audit berpedoman pada SNI ISO/IEC 27001.',
          'Temuan: 4 temuan tingkat sedang pada pengelolaan perangkat jaringan.',
        ],
        place: 'Tanjung Raya',
        date: '19 September 2025',
      }),
    ],
  },
  {
    name: 'Provinsi (English): infrastructure audit report by the internal Inspectorate auditors following the guideline',
    instansi: PROV,
    indicator: 29,
    range: [3, 3],
    because: 'tingkat 3 (kondisi): audit infrastruktur sesuai pedoman oleh auditor internal; tingkat 4 meminta auditor TIK eksternal bersertifikat',
    docs: [
      {
        path: 'INSPEKTORAT/Infrastructure audit report 2025.pdf',
        pages: [
          `${PROV_KOP}\nREGIONAL INSPECTORATE\nINFRASTRUCTURE AUDIT REPORT 2025\n` +
            'In line with the annual audit plan, the internal auditors of the Regional Inspectorate audited the provincial data centre and intra network infrastructure.\n' +
            'The audit was carried out in accordance with the guideline of SNI ISO/IEC 27001.\nFindings: backup power tests are not documented.\n' +
            'Kota Makmur, 4 November 2025\nInspector',
        ],
      },
    ],
  },
  // ----- Services: transaction features, collaboration, level 5.
  {
    name: 'Kabupaten: layanan pengadaan langsung dengan pengajuan, persetujuan PPK, TTE surat pesanan, dan pembayaran',
    indicator: 35,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi pengadaan (pengajuan, mekanisme persetujuan, tanda tangan elektronik, pembayaran); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'BAG PBJ/Tangkapan layar layanan pengadaan langsung.png',
        pages: [
          'e-Pengadaan Langsung Kabupaten Sukamaju - Layanan Pengadaan Barang/Jasa\nPaket: Pengadaan Alat Tulis Kantor Dinas Pendidikan  Nilai: Rp 48.500.000\n' +
            'Tahapan: Pengajuan permintaan > Persetujuan PPK > Surat pesanan ditandatangani secara elektronik > Pembayaran\nStatus: Menunggu persetujuan PPK\n[Setujui]  [Tolak]',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: pengadaan langsung hanya daftar paket dan pencarian penyedia',
    indicator: 35,
    range: [2, 2],
    because: 'tingkat 2: layanan interaksi pengadaan (pencarian, unduh dokumen); tidak terlihat fitur transaksi (3)',
    docs: [
      {
        path: 'BAG PBJ/Tangkapan layar katalog pengadaan.png',
        pages: [
          'Layanan Pengadaan Barang/Jasa Kabupaten Sukamaju\nCari paket: [alat tulis kantor]  [Cari]\nDaftar paket pengadaan langsung 2025: 214 paket\n' +
            'Unduh dokumen kerangka acuan kerja (PDF)',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: e-Pengawasan terintegrasi e-Kinerja, evaluasi layanan, lalu rilis versi baru sebagai tindak lanjut',
    instansi: PROV,
    indicator: 39,
    range: [5, 5],
    because: 'tingkat 5: layanan berkolaborasi dengan layanan lain (4) dan "telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi" (rilis sesudah evaluasi)',
    docs: [
      manualPengawasan,
      doc({
        path: 'INSPEKTORAT/Laporan Evaluasi Aplikasi e-Pengawasan.pdf',
        kop: PROV_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN EVALUASI LAYANAN APLIKASI E-PENGAWASAN TAHUN 2025',
        body: ['Evaluasi layanan e-Pengawasan menemukan notifikasi tenggat tindak lanjut belum tersedia bagi perangkat daerah.'],
        place: 'Kota Makmur',
        date: '2 April 2025',
        signer: 'Inspektur',
      }),
      doc({
        path: 'INSPEKTORAT/Catatan Rilis e-Pengawasan versi 2.1.pdf',
        kop: PROV_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'CATATAN RILIS APLIKASI E-PENGAWASAN VERSI 2.1',
        body: ['Versi 2.1 dirilis sebagai tindak lanjut hasil evaluasi layanan: fitur notifikasi tenggat tindak lanjut bagi perangkat daerah telah ditambahkan.'],
        place: 'Kota Makmur',
        date: '18 Agustus 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  {
    name: 'Provinsi: e-Pengawasan terintegrasi e-Kinerja, rilis versi baru bertanggal sebelum evaluasi layanan',
    instansi: PROV,
    indicator: 39,
    range: [4, 4],
    because: 'tingkat 4: kolaborasi dengan layanan lain; tingkat 5 meminta perbaikan sesudah reviu/evaluasi, rilis sebelum evaluasi bukan tindak lanjutnya',
    docs: [
      manualPengawasan,
      doc({
        path: 'INSPEKTORAT/Catatan Rilis e-Pengawasan versi 2.0.pdf',
        kop: PROV_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'CATATAN RILIS APLIKASI E-PENGAWASAN VERSI 2.0',
        body: ['Versi 2.0 dirilis dengan fitur unggah kertas kerja pemeriksaan.'],
        place: 'Kota Makmur',
        date: '10 Januari 2025',
        signer: 'Inspektur',
      }),
      doc({
        path: 'INSPEKTORAT/Laporan Evaluasi Aplikasi e-Pengawasan.pdf',
        kop: PROV_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN EVALUASI LAYANAN APLIKASI E-PENGAWASAN TAHUN 2025',
        body: ['Evaluasi layanan e-Pengawasan menemukan notifikasi tenggat tindak lanjut belum tersedia bagi perangkat daerah.'],
        place: 'Kota Makmur',
        date: '2 April 2025',
        signer: 'Inspektur',
      }),
    ],
  },
  {
    name: 'Kota: dasbor e-SAKIP yang hanya menayangkan capaian kinerja dan infografis',
    instansi: KOTA,
    indicator: 40,
    range: [1, 1],
    because: 'tingkat 1: layanan akuntabilitas kinerja yang hanya menayangkan informasi; tidak ada pencarian, unggah, atau unduh (2)',
    docs: [
      {
        path: 'BAG ORGANISASI/Tangkapan layar dasbor e-SAKIP.png',
        pages: [
          'e-SAKIP Kota Tanjung Raya\nInfografis capaian indikator kinerja utama 2024: 87,4%\nInformasi: nilai SAKIP Kota Tanjung Raya tahun 2024 adalah BB\n' +
            'Berita: penyerahan laporan kinerja perangkat daerah telah diverifikasi',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: JDIH dengan pengajuan rancangan produk hukum, verifikasi Bagian Hukum, dan persetujuan',
    indicator: 44,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi produk hukum (pengajuan, validasi, mekanisme persetujuan); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'BAG HUKUM/Tangkapan layar JDIH pengajuan rancangan.png',
        pages: [
          'JDIH Kabupaten Sukamaju - Admin Produk Hukum\nPengajuan rancangan: Rancangan Peraturan Bupati tentang Tarif Retribusi Pasar (Dinas Perdagangan)\n' +
            'Alur: Pengajuan OPD > Verifikasi Bagian Hukum > Persetujuan Sekretaris Daerah\nStatus: Menunggu persetujuan\n[Setujui]  [Kembalikan]',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: antrean puskesmas daring dengan pendaftaran, verifikasi, dan pembayaran retribusi non tunai',
    indicator: 45,
    range: [3, 3],
    because: 'tingkat 3: layanan publik sektoral dengan fitur transaksi (pengajuan, validasi, pembayaran); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'DINKES/Indikator 45 Layanan Kesehatan/Tangkapan layar antrean puskesmas.png',
        // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
        confirmed: true,
        pages: [
          'Antrean Puskesmas Daring Kabupaten Sukamaju\nPendaftaran pasien: Siti Aminah  Poli Umum  Puskesmas Sukamaju Kota\n' +
            'Status: Pendaftaran diverifikasi petugas\nPembayaran retribusi: Rp 10.000 via QRIS  [Bayar]\nNomor antrean: A-017',
        ],
      },
    ],
  },
  {
    name: 'Kota: portal PPDB dengan pencarian sekolah dan unduh petunjuk teknis saja',
    instansi: KOTA,
    indicator: 46,
    range: [2, 2],
    because: 'tingkat 2: layanan interaksi (pencarian informasi, pengunduhan dokumen); pendaftaran tidak dilakukan di layanan ini (3)',
    docs: [
      {
        path: 'DISDIK/Indikator 46 Layanan Pendidikan/Tangkapan layar portal PPDB.png',
        // A sector service: the reviewer confirms the mapping (the workspace names its sectors in layananSektor).
        confirmed: true,
        pages: [
          'Portal PPDB Kota Tanjung Raya 2025\nCari sekolah: [kecamatan]  [Cari]\nDaftar SMP negeri dan daya tampung\n' +
            'Unduh petunjuk teknis PPDB 2025 (PDF)',
        ],
      },
    ],
  },
  {
    name: 'Kota: layanan adminduk daring terhubung SIAK terpusat, dievaluasi, lalu perbaikan fitur unggah sesudahnya',
    instansi: KOTA,
    indicator: 47,
    range: [5, 5],
    because: 'tingkat 5: layanan berkolaborasi dengan layanan instansi lain (4) dan telah diperbaiki berdasarkan hasil evaluasi (laporan perbaikan sesudah evaluasi)',
    docs: [
      manualAdminduk,
      { ...evaluasiAdminduk, confirmed: true },
      {
        ...doc({
          path: 'DISDUKCAPIL/Indikator 47 Layanan Kependudukan/Laporan Pengembangan Layanan Adminduk Daring.pdf',
          kop: KOTA_KOP,
          unit: 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL',
          title: 'LAPORAN PENGEMBANGAN LAYANAN ADMINISTRASI KEPENDUDUKAN DARING',
          body: ['Menindaklanjuti hasil evaluasi Mei 2025, fitur unggah berkas telah diperbaiki dengan pemeriksaan keterbacaan otomatis.'],
          place: 'Tanjung Raya',
          date: '15 September 2025',
        }),
        confirmed: true,
      },
    ],
  },
  {
    name: 'Kota: layanan adminduk daring terhubung SIAK terpusat dan dievaluasi, tanpa perbaikan sesudahnya',
    instansi: KOTA,
    indicator: 47,
    range: [4, 4],
    because: 'tingkat 4: kolaborasi dengan layanan instansi lain; tingkat 5 meminta perbaikan layanan sesudah reviu/evaluasi, evaluasi saja belum cukup',
    docs: [manualAdminduk, { ...evaluasiAdminduk, confirmed: true }],
  },
];
