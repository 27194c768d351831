/**
 * Level scenarios, seventh set: the service indicators only (32–40 Layanan Administrasi Pemerintahan, 41–47 Layanan
 * Publik; 45–47 are sector slots and name the workspace's `layananSektor`). Written from the criteria of PermenPANRB
 * 59/2020 (kriteria tingkat, kriteria bukti dukung per tingkat, kriteria pemenuhan per tingkat, penjelasan) and the
 * domain guide only, without reading the rules, the levels profile or the assessment code.
 *
 * Two new fictional workspaces: Kabupaten Gunung Padi and Provinsi Tanah Seberang. Their house style: service reports
 * with Roman-numbered parts (I. UMUM … IV. PENUTUP) and numbered figures; SOPs with a header block (Nomor SOP, Pelaksana,
 * Prosedur); screenshots as OCR reads them, with the address bar first, breadcrumbs with "›", table headers and the
 * button row last. The evidence is what Pemdas really upload: screenshots (one of a login page only, one damaged by
 * OCR), user manuals (one whose approval feature "akan dikembangkan"), SOPs, monthly reports with numbers, berita acara
 * of integration, review minutes (one with recommendations only), release notes and development reports (one dated
 * before the review it would follow), English vendor documentation, national applications used through our own
 * account (SIPD RI, SRIKANDI, SP4N-LAPOR!), a neighbouring regency's LPSE, an integration that is "belum terintegrasi".
 * Service levels are cumulative: 1 informasi, 2 interaksi, 3 transaksi, 4 kolaborasi, 5 perbaikan berdasarkan reviu.
 * Assessment year 2025, review window 2 years.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';
import { beritaAcara, naskahUnit, notulenRapat, tangkapanLayar } from './dokumen.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const GUNUNG_PADI: Instansi = { nama: 'Pemerintah Kabupaten Gunung Padi', jenis: 'kabupaten', kota: 'Gunung Padi', kop: ['PEMERINTAH KABUPATEN GUNUNG PADI'] };
const TANAH_SEBERANG: Instansi = { nama: 'Pemerintah Provinsi Tanah Seberang', jenis: 'provinsi', kota: 'Bandar Seberang', kop: ['PEMERINTAH PROVINSI TANAH SEBERANG'] };

const GP_KOP = 'PEMERINTAH KABUPATEN GUNUNG PADI';
const TSB_KOP = 'PEMERINTAH PROVINSI TANAH SEBERANG';
const GP_PLACE = 'Gunung Padi';
const TSB_PLACE = 'Bandar Seberang';

/** A service report in the house style: I. UMUM, numbered figures, III. KENDALA, IV. PENUTUP. */
const laporanLayanan = (p: { path: string; kop: string; unit: string; title: string; umum: string; capaian: string[]; kendala?: string; place: string; date: string; signer: string }): ScenarioDoc =>
  naskahUnit({
    path: p.path,
    kop: p.kop,
    unit: p.unit,
    title: p.title,
    body: [
      'I. UMUM',
      p.umum,
      'II. CAPAIAN LAYANAN',
      ...p.capaian.map((x, i) => `${i + 1}. ${x}`),
      'III. KENDALA',
      p.kendala ?? 'Tidak terdapat kendala berarti pada periode ini.',
      'IV. PENUTUP',
      'Demikian laporan ini disampaikan untuk menjadi bahan pemantauan.',
    ],
    place: p.place,
    date: p.date,
    signer: p.signer,
  });

/** An SOP of a service: header block, legal basis, performers, numbered procedure, signature. */
const sopLayanan = (p: { path: string; kop: string; unit: string; title: string; nomor: string; tanggal: string; pelaksana: string; prosedur: string[]; signer: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nSTANDAR OPERASIONAL PROSEDUR\n${p.title}\nNomor SOP : ${p.nomor}\nTanggal Pembuatan : ${p.tanggal}\nTanggal Efektif : ${p.tanggal}\n` +
      `Pelaksana : ${p.pelaksana}\nProsedur:\n${p.prosedur.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n` +
      `Disahkan oleh,\n${p.signer}\nttd`,
  ],
});

/** A user manual: cover, version, chapters as numbered sections. */
const panduan = (p: { path: string; kop: string; unit: string; title: string; versi: string; bab: string[]; place: string; date: string; signer: string }): ScenarioDoc =>
  naskahUnit({
    path: p.path,
    kop: p.kop,
    unit: p.unit,
    title: `${p.title}\nVersi ${p.versi}`,
    body: ['DAFTAR ISI', ...p.bab.map((x, i) => `BAB ${i + 1} ${x}`)],
    place: p.place,
    date: p.date,
    signer: p.signer,
  });

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ======================= 32 Perencanaan
  {
    name: 'Gunung Padi: halaman publik SIRENCANA hanya menayangkan rekapitulasi program dan pagu indikatif',
    indicator: 32,
    instansi: GUNUNG_PADI,
    aplikasi: { '32': ['SIRENCANA'] },
    range: [1, 1],
    // K1 "hanya memberikan layanan informasi terkait perencanaan kegiatan pemerintah"; P1 "diseminasi informasi yang bersifat satu arah …
    // seperti informasi jumlah perencanaan kegiatan yang tersedia". No search, upload or download (K2).
    because: 'tingkat 1: halaman publik hanya menayangkan jumlah program, kegiatan dan pagu indikatif secara satu arah; tidak ada pencarian, unggah atau unduh (tingkat 2)',
    docs: [
      tangkapanLayar('BAPPEDA/Tangkapan Layar SIRENCANA Publik.png', [
        'https://sirencana.gunungpadikab.go.id/publik',
        'SIRENCANA - Sistem Informasi Perencanaan Pembangunan Daerah Kabupaten Gunung Padi',
        'Beranda   Tentang   Statistik   Kontak',
        'Rekapitulasi Rencana Kerja Perangkat Daerah Tahun 2026',
        'Jumlah Program : 148     Jumlah Kegiatan : 412     Jumlah Sub Kegiatan : 1.036',
        'No   Urusan                  Jumlah Program   Pagu Indikatif (Rp)',
        '1    Pendidikan              12               214.500.000.000',
        '2    Kesehatan               9                176.220.000.000',
        '3    Pekerjaan Umum          7                131.870.000.000',
        'Informasi ini ditayangkan untuk masyarakat dan diperbarui setiap akhir triwulan.',
        '© 2025 Bappeda Kabupaten Gunung Padi',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: petunjuk penggunaan e-Musrenbang, verifikasi dan persetujuan berjenjang "akan dikembangkan"',
    indicator: 32,
    instansi: TANAH_SEBERANG,
    range: [2, 2],
    // K2 "pencarian informasi, pengunggahan dan pengunduhan dokumen perencanaan"; K3 asks "otomasi alur kerja … validasi data, mekanisme persetujuan" —
    // the manual says those are planned for a later version and verification is still done by letter outside the application.
    because: 'tingkat 2: aplikasi menyediakan pencarian usulan, unggah berita acara musrenbang dan unduh rancangan RKPD; verifikasi dan persetujuan berjenjang baru akan dikembangkan (tingkat 3 belum)',
    docs: [
      panduan({
        path: 'BAPPEDA/Petunjuk Penggunaan e-Musrenbang v1.2.pdf',
        kop: TSB_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'PETUNJUK PENGGUNAAN APLIKASI E-MUSRENBANG PROVINSI TANAH SEBERANG',
        versi: '1.2',
        bab: [
          'Masuk Aplikasi. Operator Bappeda kabupaten/kota masuk dengan akun yang diberikan oleh Bappeda Provinsi.',
          'Pencarian Usulan. Menu Daftar Usulan menyediakan kolom pencarian menurut kabupaten/kota, bidang urusan dan tahun perencanaan.',
          'Unggah Dokumen. Operator mengunggah berita acara musrenbang kabupaten/kota dan daftar usulan prioritas dalam format PDF atau XLSX.',
          'Unduh Dokumen. Rancangan awal RKPD Provinsi dan rekap usulan per kabupaten/kota dapat diunduh pada menu Dokumen Perencanaan.',
          'Pengembangan Selanjutnya. Fitur verifikasi usulan oleh bidang di Bappeda, persetujuan berjenjang, dan pelacakan status usulan akan dikembangkan pada versi berikutnya (rencana tahun 2026). Pada versi 1.2 verifikasi usulan masih dilakukan di luar aplikasi melalui surat dinas.',
        ],
        place: TSB_PLACE,
        date: '3 Maret 2025',
        signer: 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan',
      }),
    ],
  },
  // ======================= 33 Penganggaran
  {
    name: 'Gunung Padi: SIPD RI modul penganggaran melalui akun TAPD kabupaten, verifikasi RKA dengan kolom status',
    indicator: 33,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // A national application used through our own account is our service. K3 "validasi data, mekanisme persetujuan"; B3 "kemajuan status approval".
    // K4 needs documentation of sharing with another SPBE service — the screenshot shows none.
    because: 'tingkat 3: akun TAPD Kabupaten Gunung Padi pada SIPD RI memverifikasi, menyetujui atau mengembalikan RKA SKPD dengan status per dokumen; kolaborasi dengan layanan lain tidak ditunjukkan (tingkat 4)',
    docs: [
      tangkapanLayar('BPKAD/SS SIPD Penganggaran Verifikasi RKA.png', [
        'sipd-ri.kemendagri.go.id/penganggaran/rka-skpd/verifikasi',
        'SIPD RI   |   Pemerintah Kabupaten Gunung Padi   |   Tahun Anggaran 2025',
        'Pengguna: tapd.gunungpadi (Tim Anggaran Pemerintah Daerah)',
        'Penganggaran › RKA SKPD › Verifikasi',
        'Kode SKPD    Nama SKPD            Pagu (Rp)          Status                          Aksi',
        '1.01.0.00    Dinas Pendidikan     312.405.120.000    Disetujui TAPD                  Lihat',
        '1.02.0.00    Dinas Kesehatan      198.770.500.000    Menunggu Verifikasi             Verifikasi | Tolak',
        '3.30.0.00    Dinas Perdagangan    21.340.000.000     Dikembalikan untuk Perbaikan    Riwayat',
        'Catatan verifikasi wajib diisi apabila RKA dikembalikan kepada SKPD.',
        '[ Setujui RKA ]   [ Kembalikan ]   [ Cetak RKA ]',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: validasi RKA di e-Budgeting dan berita acara integrasi dengan e-Planning melalui SPLP',
    indicator: 33,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K3 validation and approval (screenshot); K4 "kolaborasi dengan … layanan perencanaan berbasis elektronik"; B4 "integrasi layanan/middleware" —
    // the berita acara records the API exchange through the provincial SPLP. No review (K5).
    because: 'tingkat 4: e-Budgeting memvalidasi dan menyetujui RKA (tingkat 3) dan menerima data program dan pagu dari layanan perencanaan e-Planning melalui API pada SPLP; tidak ada reviu dan perbaikan (tingkat 5)',
    docs: [
      tangkapanLayar('BPKAD/Screenshot e-Budgeting Validasi RKA.png', [
        'https://ebudgeting.tanahseberangprov.go.id/rka/validasi',
        'E-BUDGETING PROVINSI TANAH SEBERANG',
        'Dashboard › Pagu OPD › Input RKA › Validasi › Laporan',
        'Daftar RKA yang Perlu Divalidasi - TA 2026',
        'OPD                          Sub Kegiatan   Nilai (Rp)        Status',
        'Dinas Pendidikan             214            1.102.338.000.000  Divalidasi Bidang Anggaran',
        'Dinas Perhubungan            37             88.410.250.000     Ditolak - pagu melebihi KUA-PPAS',
        'Biro Umum                    52             61.000.900.000     Draf',
        '[ Validasi ]  [ Setujui ]  [ Kembalikan ke OPD ]',
      ]),
      beritaAcara({
        path: 'BPKAD/BA Integrasi e-Planning e-Budgeting 2025.pdf',
        kop: TSB_KOP,
        title: 'UJI DAN PENGESAHAN INTEGRASI APLIKASI E-PLANNING DENGAN APLIKASI E-BUDGETING',
        number: '027/145/BAPPEDA-BPKAD/II/2025',
        opening:
          'Pada hari ini Rabu tanggal dua belas bulan Februari tahun dua ribu dua puluh lima, bertempat di Ruang Rapat Bappeda Provinsi Tanah Seberang, kami yang bertanda tangan di bawah ini telah melaksanakan uji integrasi dengan hasil sebagai berikut:',
        body: [
          '1. Data program, kegiatan, sub kegiatan, indikator kinerja dan pagu indikatif pada aplikasi E-Planning (layanan perencanaan) dikirim ke aplikasi E-Budgeting melalui API yang dipublikasikan pada Sistem Penghubung Layanan Pemerintah (SPLP) Provinsi Tanah Seberang.',
          '2. Sebanyak 1.248 sub kegiatan tersinkron tanpa selisih pagu; perubahan pagu pada E-Budgeting dikirim kembali ke E-Planning.',
          '3. Integrasi dinyatakan berfungsi dan digunakan mulai penyusunan RKA Tahun Anggaran 2026.',
        ],
        signers: 'Kepala Bappeda,\nttd\nKepala BPKAD,\nttd\nKepala Dinas Komunikasi, Informatika dan Statistik,\nttd',
      }),
    ],
  },
  // ======================= 34 Keuangan
  {
    name: 'Gunung Padi: laporan bulanan SIMKEUDA September 2025, SPM diverifikasi dan SP2D ditandatangani elektronik',
    indicator: 34,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // K3 "otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan"; P3 "mekanisme persetujuan dan validasi pencairan dana kegiatan".
    // Nothing about other e-services (K4).
    because: 'tingkat 3: laporan menunjukkan alur SPP–SPM–SP2D dengan verifikasi PPK-SKPD, persetujuan, TTE dan pelacakan status; tidak ada kolaborasi dengan layanan elektronik lain (tingkat 4)',
    docs: [
      laporanLayanan({
        path: 'BPKAD/Laporan Bulanan SIMKEUDA September 2025.pdf',
        kop: GP_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'LAPORAN BULANAN LAYANAN APLIKASI SIMKEUDA BULAN SEPTEMBER 2025',
        umum: 'Aplikasi SIMKEUDA digunakan oleh 41 perangkat daerah untuk penatausahaan keuangan daerah: pengajuan SPP dan SPM oleh bendahara, verifikasi oleh PPK-SKPD, dan penerbitan SP2D oleh Kuasa BUD.',
        capaian: [
          'SPP yang diajukan melalui aplikasi: 1.382 dokumen.',
          'SPM yang diverifikasi dan disetujui PPK-SKPD: 1.297 dokumen; dikembalikan karena kelengkapan belum sesuai: 85 dokumen.',
          'SP2D yang diterbitkan dan ditandatangani secara elektronik oleh Kuasa BUD: 1.254 dokumen.',
          'Rata-rata waktu sejak SPM diajukan sampai SP2D terbit: 1,6 hari kerja.',
          'Bendahara memantau status setiap dokumen (Diajukan, Diverifikasi, Disetujui, SP2D Terbit) pada menu Lacak Dokumen.',
        ],
        kendala: 'Gangguan jaringan di dua kecamatan selama tiga jam pada tanggal 17 September 2025.',
        place: GP_PLACE,
        date: '3 Oktober 2025',
        signer: 'Kepala Bidang Perbendaharaan',
      }),
    ],
  },
  {
    name: 'Tanah Seberang: SIKEU terintegrasi SIPD RI, reviu Juni 2025 hanya memuat rekomendasi',
    indicator: 34,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K4 collaboration with "layanan SPBE Instansi Pusat" (SIPD RI) documented by berita acara; K5 "telah dilakukan perbaikan berdasarkan hasil reviu" —
    // the minutes only recommend and state that no change was made yet.
    because: 'tingkat 4: SPM divalidasi dan disetujui dengan TTE SP2D, data DPA dan realisasi dipertukarkan dengan SIPD RI; reviu Juni 2025 hanya berisi rekomendasi tanpa perbaikan yang sudah dilakukan (tingkat 5)',
    docs: [
      tangkapanLayar('BPKAD/SS SIKEU Seberang Daftar SPM.png', [
        'https://sikeu.tanahseberangprov.go.id/penatausahaan/spm',
        'SIKEU SEBERANG  ›  Penatausahaan  ›  Daftar SPM',
        'No SPM              OPD                    Nilai (Rp)       Validasi Sisa Pagu   Status Persetujuan',
        '00412/SPM-LS/2025   Dinas Kesehatan        1.245.000.000    Sesuai DPA ✓         Disetujui PPK',
        '00413/SPM-LS/2025   Dinas Perhubungan      312.600.000      Sesuai DPA ✓         Menunggu Persetujuan PA',
        '00415/SPM-UP/2025   Biro Umum              150.000.000      Melebihi pagu ✗      Ditolak',
        '[ Setujui ]  [ Tolak ]  [ Terbitkan SP2D (TTE) ]  [ Riwayat ]',
      ]),
      beritaAcara({
        path: 'BPKAD/BA Integrasi SIKEU dengan SIPD RI.pdf',
        kop: TSB_KOP,
        title: 'INTEGRASI APLIKASI SIKEU SEBERANG DENGAN SIPD RI KEMENTERIAN DALAM NEGERI',
        number: '900/77/BPKAD/IX/2024',
        opening:
          'Pada hari ini Senin tanggal sembilan bulan September tahun dua ribu dua puluh empat, Badan Pengelolaan Keuangan dan Aset Daerah bersama Dinas Komunikasi, Informatika dan Statistik menyatakan bahwa:',
        body: [
          '1. Data DPA dan anggaran kas pada SIPD RI ditarik otomatis ke SIKEU Seberang melalui web service SIPD RI.',
          '2. Realisasi SP2D dari SIKEU Seberang dikirim kembali ke SIPD RI setiap hari pukul 23.00 WIB.',
          '3. Uji coba pada 12 OPD berjalan tanpa selisih data dan integrasi diberlakukan untuk seluruh OPD.',
        ],
        signers: 'Kepala BPKAD,\nttd\nKepala Dinas Komunikasi, Informatika dan Statistik,\nttd',
      }),
      notulenRapat({
        path: 'BPKAD/Notulen Reviu Layanan SIKEU 2025.pdf',
        kop: TSB_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN APLIKASI SIKEU SEBERANG',
        day: 'Selasa, 10 Juni 2025',
        place: 'Ruang Rapat Bidang Perbendaharaan',
        agenda: 'Reviu dan evaluasi layanan keuangan berbasis elektronik',
        points: [
          'Bendahara OPD menyampaikan belum ada notifikasi ketika SPM ditolak.',
          'Format SP2D perlu disesuaikan dengan perubahan ketentuan penatausahaan keuangan daerah.',
        ],
        conclusions: [
          'Direkomendasikan penambahan notifikasi penolakan SPM dan penyesuaian format SP2D.',
          'Rekomendasi akan dianggarkan pada Tahun Anggaran 2026; sampai saat ini belum ada perubahan aplikasi.',
        ],
      }),
    ],
  },
  // ======================= 35 Pengadaan Barang dan Jasa
  {
    name: 'Gunung Padi: tangkapan layar LPSE milik Kabupaten Lembah Batu tersimpan di folder Bagian PBJ',
    indicator: 35,
    instansi: GUNUNG_PADI,
    range: [0, 1],
    // The service of another regency is not the service of Gunung Padi: the criteria ask what "Instansi Pusat/Pemerintah Daerah sudah memiliki".
    because: 'paling tinggi tingkat 1: layanan pengadaan yang tampak adalah LPSE Kabupaten Lembah Batu, bukan layanan Pemerintah Kabupaten Gunung Padi',
    docs: [
      tangkapanLayar('BAGIAN PBJ/Screenshot LPSE.png', [
        'https://lpse.lembahbatukab.go.id/eproc4',
        'LPSE Kabupaten Lembah Batu',
        'Layanan Pengadaan Secara Elektronik Pemerintah Kabupaten Lembah Batu',
        'Cari Paket  [                         ]  [ Cari ]',
        'Kode      Nama Paket                           Instansi                              HPS         Tahapan',
        '8812345   Rehabilitasi Jalan Simpang Tiga      Pemerintah Kabupaten Lembah Batu      Rp 2,1 M    Evaluasi Penawaran',
        '8812501   Pengadaan Alat Kesehatan Puskesmas   Pemerintah Kabupaten Lembah Batu      Rp 740 Jt   Pengumuman',
        '[ Login Penyedia ]   [ Registrasi ]',
        '© LPSE Pemerintah Kabupaten Lembah Batu',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: laporan pengembangan e-Pengadaan tahap II, integrasi SiRUP dan SIPD "belum terintegrasi"',
    indicator: 35,
    instansi: TANAH_SEBERANG,
    range: [3, 3],
    // K3 "otomasi alur kerja … mekanisme persetujuan"; P3 "persetujuan dan validasi dalam penetapan pemenang"; K4 collaboration — the report says
    // the link with SiRUP and SIPD RI is not built and RUP data are keyed in again by hand.
    because: 'tingkat 3: alur usulan paket, reviu Pokja, persetujuan KPA dan penetapan pemenang berjalan di aplikasi; integrasi dengan SiRUP dan SIPD RI dinyatakan belum terintegrasi (tingkat 4 tidak terpenuhi)',
    docs: [
      naskahUnit({
        path: 'BIRO PBJ/Laporan Pengembangan e-Pengadaan Tahap II 2025.pdf',
        kop: TSB_KOP,
        unit: 'BIRO PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH',
        title: 'LAPORAN PENGEMBANGAN APLIKASI E-PENGADAAN TAHAP II TAHUN 2025',
        body: [
          'I. FITUR YANG TELAH DIBANGUN',
          '1. Usulan paket pengadaan oleh PPK dengan unggah dokumen persiapan (KAK, HPS, rancangan kontrak).',
          '2. Reviu dokumen persiapan oleh Pokja Pemilihan dengan status Diterima / Perlu Perbaikan.',
          '3. Persetujuan paket oleh KPA dan penetapan pemenang oleh Pokja dengan tanda tangan elektronik.',
          '4. Pelacakan tahapan paket dan dasbor jumlah paket per tahapan.',
          'II. HAL YANG BELUM SELESAI',
          'Integrasi dengan SiRUP LKPP dan SIPD RI belum terintegrasi; data Rencana Umum Pengadaan masih diinput ulang secara manual oleh operator. Integrasi direncanakan pada tahap III.',
        ],
        place: TSB_PLACE,
        date: '28 Agustus 2025',
        signer: 'Kepala Biro Pengadaan Barang dan Jasa',
      }),
    ],
  },
  // ======================= 36 Kepegawaian
  {
    name: 'Gunung Padi: tangkapan layar SIMPEGPADI hanya halaman masuk dengan captcha',
    indicator: 36,
    instansi: GUNUNG_PADI,
    aplikasi: { '36': ['SIMPEGPADI'] },
    range: [0, 1],
    // A login page shows neither information (K1) nor any interaction or transaction feature; the guide asks for more than the login page.
    because: 'paling tinggi tingkat 1: hanya halaman masuk (NIP, kata sandi, captcha); tidak tampak informasi kepegawaian, pencarian, unggah/unduh maupun transaksi',
    docs: [
      tangkapanLayar('BKPSDM/ss simpegpadi.jpg', [
        'https://simpeg.gunungpadikab.go.id/login',
        'SIMPEGPADI',
        'Sistem Informasi Manajemen Kepegawaian',
        'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gunung Padi',
        'NIP          [____________________]',
        'Kata Sandi   [____________________]',
        'Kode Captcha   7 K 2 P   [______]',
        '[ MASUK ]',
        'Lupa kata sandi? Hubungi admin BKPSDM',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: English vendor documentation of SEBERANG HRIS, leave approval and SIASN synchronisation',
    indicator: 36,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K3 workflow, approval, status (leave management); K4 "kolaborasi dengan … layanan SPBE Instansi Pusat" and "Layanan Kinerja" — SIASN (BKN)
    // through the SPLP gateway, performance data with e-Kinerja. No review or improvement (K5).
    because: 'tingkat 4: cuti diajukan, disetujui atasan, diverifikasi BKD dan ditandatangani elektronik dengan status; data pegawai disinkronkan dengan SIASN BKN melalui API SPLP dan dengan e-Kinerja; tidak ada reviu (tingkat 5)',
    docs: [
      {
        path: 'BKD/SEBERANG HRIS Functional Documentation R2.4.pdf',
        pages: [
          'SEBERANG HRIS\nFunctional Documentation - Release 2.4\nPrepared by PT Nusantara Sistem Integrasi for Badan Kepegawaian Daerah, Provinsi Tanah Seberang\nDocument date: 14 January 2025\n' +
            'Chapter 3 Leave Management\nAn employee submits a leave request (cuti tahunan, cuti sakit) and uploads the supporting documents. The direct supervisor approves or rejects the request. ' +
            'BKD staff verify the remaining leave balance, and the approved leave letter is signed electronically with the BSrE certificate of the Head of BKD. ' +
            'Each request shows its status: Submitted, Approved by Supervisor, Verified by BKD, Signed.',
          'Chapter 5 Integration\nEmployee master data (identity, rank, position, unit) is synchronised daily from SIASN (Badan Kepegawaian Negara) through the SIASN REST API, published via the provincial SPLP gateway. ' +
            'Approved leave and promotion decisions are pushed back to SIASN. Monthly performance scores are exchanged with the provincial e-Kinerja service through the same gateway.\n' +
            'Chapter 6 Reports\nHeadcount per unit, pending approvals per supervisor, and leave statistics can be exported to XLSX.',
        ],
      },
    ],
  },
  // ======================= 37 Kearsipan Dinamis
  {
    name: 'Gunung Padi: SRIKANDI melalui akun Sekretariat Daerah, naskah keluar menunggu verifikasi dan TTE',
    indicator: 37,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // A national application used through our own account. K3 "otomasi alur kerja … mekanisme persetujuan" (verification, TTE, status);
    // K4 needs documentation of sharing with another service — not shown.
    because: 'tingkat 3: akun Sekretariat Daerah Kabupaten Gunung Padi di SRIKANDI memverifikasi, mengoreksi dan menandatangani elektronik naskah keluar dengan status per naskah; kolaborasi dengan layanan lain tidak ditunjukkan (tingkat 4)',
    docs: [
      tangkapanLayar('SETDA/Tangkapan Layar SRIKANDI Naskah Keluar.png', [
        'https://srikandi.arsip.go.id/naskah-keluar/perlu-persetujuan',
        'SRIKANDI  Sistem Informasi Kearsipan Dinamis Terintegrasi',
        'Unit Kerja: Sekretariat Daerah Kabupaten Gunung Padi     Pengguna: Kepala Bagian Umum',
        'Naskah Masuk | Naskah Keluar | Disposisi | Arsip Unit | Penyusutan',
        'Naskah Keluar › Perlu Persetujuan',
        'No   Perihal                                   Pengonsep            Status',
        '1    Undangan Rapat Koordinasi Pengendalian Inflasi   Subbag Tata Usaha    Menunggu Verifikasi Kabag',
        '2    Penyampaian Laporan Realisasi Triwulan III        Subbag Keuangan      Menunggu Tanda Tangan Elektronik Sekda',
        '3    Nota Dinas Cuti Bersama                           Subbag Kepegawaian   Terkirim',
        '[ Setujui ]  [ Koreksi ]  [ Tandatangani (TTE) ]  [ Teruskan ]',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: SIARSI terhubung SRIKANDI, reviu Oktober 2024 lalu rilis 3.0 Februari 2025 menindaklanjuti rekomendasi',
    indicator: 37,
    instansi: TANAH_SEBERANG,
    range: [5, 5],
    // K3 borrowing and disposal with approval; K4 sharing with another service (SRIKANDI, and SIASN for the unit structure); K5 "telah dilakukan
    // perbaikan berdasarkan hasil reviu dan evaluasi" — release notes of February 2025 cite the review of 15 October 2024, within the window.
    because: 'tingkat 5: peminjaman dan penyusutan arsip dengan persetujuan (3), naskah final dari SRIKANDI masuk otomatis melalui API (4), dan rilis 3.0 Februari 2025 melaksanakan rekomendasi reviu 15 Oktober 2024',
    docs: [
      tangkapanLayar('DISPUSIP/SS SIARSI Peminjaman Arsip.png', [
        'https://siarsi.tanahseberangprov.go.id/peminjaman',
        'SIARSI - Sistem Informasi Arsip Dinamis Provinsi Tanah Seberang',
        'Arsip Aktif › Peminjaman Arsip',
        'No. Permintaan   Peminjam               Berkas                           Status',
        'PJM-2025-0311    Biro Hukum             Berkas Perda 4/2019              Disetujui Arsiparis',
        'PJM-2025-0318    Dinas Perhubungan      Kontrak Pengadaan Bus 2021       Menunggu Persetujuan Kepala Unit Kearsipan',
        'Usul Musnah › 46 berkas melewati retensi JRA › [ Ajukan Persetujuan Penyusutan ]',
        '[ Setujui ]  [ Tolak ]  [ Kembalikan Berkas ]',
      ]),
      beritaAcara({
        path: 'DISPUSIP/BA Integrasi SIARSI dengan SRIKANDI.pdf',
        kop: TSB_KOP,
        title: 'INTEGRASI APLIKASI SIARSI DENGAN APLIKASI SRIKANDI',
        number: '045/212/DISPUSIP/VII/2024',
        opening:
          'Pada hari ini Kamis tanggal empat bulan Juli tahun dua ribu dua puluh empat, Dinas Perpustakaan dan Kearsipan bersama Dinas Komunikasi, Informatika dan Statistik telah menyelesaikan integrasi dengan keterangan:',
        body: [
          '1. Naskah dinas yang telah final di SRIKANDI otomatis tercatat sebagai arsip dinamis di SIARSI melalui API, lengkap dengan kode klasifikasi dan metadata.',
          '2. Struktur unit kerja pada SIARSI diambil dari data SIASN melalui layanan kepegawaian provinsi.',
          '3. Integrasi berlaku untuk seluruh perangkat daerah sejak 1 Agustus 2024.',
        ],
        signers: 'Kepala Dinas Perpustakaan dan Kearsipan,\nttd\nKepala Dinas Komunikasi, Informatika dan Statistik,\nttd',
      }),
      notulenRapat({
        path: 'DISPUSIP/Notulen Reviu Layanan SIARSI 2024.pdf',
        kop: TSB_KOP,
        unit: 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
        title: 'REVIU DAN EVALUASI LAYANAN KEARSIPAN DINAMIS BERBASIS ELEKTRONIK (SIARSI)',
        day: 'Selasa, 15 Oktober 2024',
        place: 'Ruang Rapat Dinas Perpustakaan dan Kearsipan',
        agenda: 'Reviu layanan SIARSI terhadap perubahan peraturan dan kebutuhan pengguna',
        points: [
          'Klasifikasi arsip pada SIARSI belum mengikuti peraturan ANRI terbaru tentang klasifikasi arsip.',
          'Pengguna OPD meminta notifikasi jatuh tempo pengembalian arsip yang dipinjam.',
        ],
        conclusions: ['Rekomendasi: memperbarui tabel klasifikasi arsip dan menambah notifikasi jatuh tempo peminjaman pada rilis berikutnya.'],
      }),
      naskahUnit({
        path: 'DISPUSIP/Catatan Rilis SIARSI 3.0.pdf',
        kop: TSB_KOP,
        unit: 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
        title: 'CATATAN RILIS (RELEASE NOTES) SIARSI VERSI 3.0',
        body: [
          'Tanggal rilis: 17 Februari 2025',
          'Dasar: tindak lanjut rekomendasi Reviu dan Evaluasi Layanan SIARSI tanggal 15 Oktober 2024.',
          'Perubahan:',
          '1. Tabel klasifikasi arsip diperbarui sesuai peraturan ANRI terbaru; 12.400 arsip lama dipetakan ulang otomatis.',
          '2. Notifikasi jatuh tempo pengembalian arsip melalui surel dan aplikasi.',
          '3. Perbaikan kinerja pencarian berkas.',
        ],
        place: TSB_PLACE,
        date: '17 Februari 2025',
        signer: 'Kepala Bidang Kearsipan',
      }),
    ],
  },
  // ======================= 38 Pengelolaan BMD
  {
    name: 'Gunung Padi: SIMBADA menampilkan Kartu Inventaris Ruangan dengan pencarian dan unduh PDF/Excel',
    indicator: 38,
    instansi: GUNUNG_PADI,
    aplikasi: { '38': ['SIMBADA'] },
    range: [2, 2],
    // K2 "pencarian informasi, pengunggahan dan pengunduhan dokumen"; P2 "mengunduh e-dokumen … seperti daftar inventarisasi ruangan".
    // No validation or approval visible (K3).
    because: 'tingkat 2: pencarian dan unduh Kartu Inventaris Ruangan (contoh kriteria pemenuhan tingkat 2); tidak tampak validasi atau persetujuan (tingkat 3)',
    docs: [
      tangkapanLayar('BPKAD/SS SIMBADA KIR Dinkes.png', [
        'https://simbada.gunungpadikab.go.id/inventaris/kir',
        'SIMBADA Kabupaten Gunung Padi',
        'Inventaris › Kartu Inventaris Ruangan',
        'Cari: [ Ruang / OPD / Kode Barang ]  [ Cari ]',
        'OPD: Dinas Kesehatan     Ruang: Ruang Kepala Dinas',
        'Kode Barang          Nama Barang    Merk      Tahun   Kondisi',
        '1.3.2.05.01.04.002   Meja Kerja     Olympic   2019    Baik',
        '1.3.2.10.01.02.001   Laptop         Lenovo    2022    Baik',
        '1.3.2.05.02.06.001   Lemari Arsip   Brother   2017    Kurang Baik',
        '[ Unduh KIR (PDF) ]  [ Unduh Excel ]  [ Cetak ]',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: SIGAP ASET terintegrasi e-Budgeting, catatan rilis Januari 2024 mendahului reviu September 2024',
    indicator: 38,
    instansi: TANAH_SEBERANG,
    aplikasi: { '38': ['SIGAP ASET'] },
    range: [4, 4],
    // K3 validation and approval of disposal; K4 "kolaborasi dengan … Layanan Penganggaran" (RKBMD to e-Budgeting); K5 improvement "berdasarkan
    // hasil reviu": the only release is dated before the review, so it cannot follow it; the review's recommendations are scheduled for 2025 only.
    because: 'tingkat 4: usulan penghapusan divalidasi dan disetujui (3), RKBMD dikirim ke e-Budgeting (4); rilis 2.1 Januari 2024 mendahului reviu September 2024 sehingga bukan perbaikan berdasarkan reviu (tingkat 5)',
    docs: [
      tangkapanLayar('BPKAD/SS SIGAP ASET Usulan Penghapusan.png', [
        'https://sigapaset.tanahseberangprov.go.id/penghapusan',
        'SIGAP ASET - Sistem Informasi Pengelolaan Barang Milik Daerah',
        'Penatausahaan › Usulan Penghapusan',
        'No Usulan     OPD                  Jumlah Barang   Validasi Pengurus Barang   Persetujuan Pengelola',
        'UPH/2025/014  Dinas Pendidikan     38              Tervalidasi                Disetujui Sekda',
        'UPH/2025/019  RSUD Seberang Barat  12              Perlu Perbaikan            -',
        '[ Validasi ]  [ Setujui ]  [ Cetak SK Penghapusan ]',
      ]),
      beritaAcara({
        path: 'BPKAD/BA Integrasi SIGAP ASET dengan e-Budgeting.pdf',
        kop: TSB_KOP,
        title: 'INTEGRASI DATA RENCANA KEBUTUHAN BARANG MILIK DAERAH DENGAN APLIKASI E-BUDGETING',
        number: '030/58/BPKAD/V/2024',
        opening:
          'Pada hari ini Selasa tanggal empat belas bulan Mei tahun dua ribu dua puluh empat, kami yang bertanda tangan di bawah ini menyatakan integrasi berikut telah berjalan:',
        body: [
          '1. Rencana Kebutuhan Barang Milik Daerah (RKBMD) yang disetujui pada SIGAP ASET dikirim ke aplikasi E-Budgeting melalui API sebagai acuan belanja modal.',
          '2. Realisasi belanja modal dari E-Budgeting ditarik kembali ke SIGAP ASET untuk pencatatan aset baru.',
        ],
        signers: 'Kepala Bidang Aset,\nttd\nKepala Bidang Anggaran,\nttd',
      }),
      naskahUnit({
        path: 'BPKAD/Catatan Rilis SIGAP ASET 2.1.pdf',
        kop: TSB_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'CATATAN RILIS SIGAP ASET VERSI 2.1',
        body: ['Tanggal rilis: 15 Januari 2024', 'Perubahan:', '1. Modul pemanfaatan aset (sewa dan pinjam pakai).', '2. Perbaikan tampilan laporan mutasi barang.'],
        place: TSB_PLACE,
        date: '15 Januari 2024',
        signer: 'Kepala Bidang Aset',
      }),
      notulenRapat({
        path: 'BPKAD/Notulen Reviu SIGAP ASET 2024.pdf',
        kop: TSB_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN PENGELOLAAN BARANG MILIK DAERAH BERBASIS ELEKTRONIK',
        day: 'Kamis, 12 September 2024',
        place: 'Ruang Rapat BPKAD',
        agenda: 'Reviu layanan SIGAP ASET',
        points: ['Modul pemanfaatan belum mencatat pembayaran sewa.', 'Pengurus barang OPD meminta notifikasi ketika usulan penghapusan dikembalikan.'],
        conclusions: ['Direkomendasikan pencatatan pembayaran sewa dan notifikasi pengembalian usulan; dijadwalkan pada pengembangan tahun 2025.'],
      }),
    ],
  },
  // ======================= 39 Pengawasan Internal
  {
    name: 'Gunung Padi: SOP pengawasan berbasis aplikasi SIWAS, reviu berjenjang kertas kerja dan verifikasi tindak lanjut',
    indicator: 39,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // K3 "otomasi alur kerja … validasi data, mekanisme persetujuan, dan analitik data"; P3 "mekanisme persetujuan dan validasi pengawasan internal".
    // No other e-service named (K4).
    because: 'tingkat 3: SOP menggambarkan unggah kertas kerja, reviu berjenjang, persetujuan dan TTE LHP, verifikasi tindak lanjut dan dasbor persentase; tidak ada kolaborasi dengan layanan lain (tingkat 4)',
    docs: [
      sopLayanan({
        path: 'INSPEKTORAT/SOP Pengawasan Berbasis Aplikasi SIWAS.pdf',
        kop: GP_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'PELAKSANAAN PENGAWASAN INTERNAL MELALUI APLIKASI SIWAS',
        nomor: '700/12/INSP/2025',
        tanggal: '6 Januari 2025',
        pelaksana: 'Auditor, Pengendali Teknis, Inspektur Pembantu, Inspektur, Admin OPD',
        prosedur: [
          'Auditor mengunggah kertas kerja pemeriksaan ke SIWAS sesuai PKPT yang tercatat di aplikasi.',
          'Pengendali Teknis mereviu kertas kerja; aplikasi mencatat status Direviu atau Perlu Perbaikan dan mengirim notifikasi kepada auditor.',
          'Inspektur Pembantu menyetujui konsep LHP; LHP ditandatangani secara elektronik oleh Inspektur.',
          'Admin OPD mengunggah bukti tindak lanjut rekomendasi; auditor memverifikasi dan menetapkan status Selesai, Dalam Proses, atau Belum Ditindaklanjuti.',
          'Dasbor SIWAS menampilkan persentase penyelesaian tindak lanjut per OPD untuk bahan laporan kepada Bupati.',
        ],
        signer: 'Inspektur Kabupaten Gunung Padi',
      }),
    ],
  },
  {
    name: 'Tanah Seberang: tangkapan layar SIM-WAS rusak OCR, pencarian dan unduh LHP, unggah bukti tindak lanjut',
    indicator: 39,
    instansi: TANAH_SEBERANG,
    range: [2, 2],
    // Read through the OCR errors: K2 "pencarian informasi, pengunggahan dan pengunduhan dokumen"; no verification, approval or status (K3).
    because: 'tingkat 2: meski teks OCR rusak, tampak pencarian LHP, tombol unduh PDF, dan unggah bukti tindak lanjut; tidak tampak verifikasi, persetujuan atau status (tingkat 3)',
    docs: [
      tangkapanLayar('INSPEKTORAT/IMG_20250611_SIMWAS.jpg', [
        'https://s1mwas.tanahseberangprov.go.id/lhp',
        'S1M-WAS lnspektorat Prov1nsi Tanah Seberang',
        'Beranda | Daftar LHP | T1ndak Lanjvt | Unduhan',
        'Pencar1an LHP: [ Tahun v ] [ OPD v ] [ Car1 ]',
        'No. LHP            0bjek Pemer1ksaan        Tgl',
        '700/LHP-05/2025    D1nas Perhubungan        14-03-2025   [Unduh PDF]',
        '700/LHP-09/2O25    RSUD Seberang Barat      02-05-2025   [Unduh PDF]',
        'Unggah Bukt1 T1ndak Lanjut (pdf, maks 5 MB)  [Pil1h F1le]  [Unggah]',
      ]),
    ],
  },
  // ======================= 40 Akuntabilitas Kinerja Organisasi
  {
    name: 'Gunung Padi: laman e-SAKIP berisi profil dan pengumuman batas penyampaian LKjIP',
    indicator: 40,
    instansi: GUNUNG_PADI,
    range: [1, 1],
    // K1 "hanya memberikan layanan informasi terkait akuntabilitas kinerja"; P1 "informasi laporan atau statistik". No interaction (K2).
    because: 'tingkat 1: laman hanya memuat profil SAKIP, pengumuman batas penyampaian LKjIP dan predikat evaluasi; tidak ada pencarian, unggah atau unduh (tingkat 2)',
    docs: [
      tangkapanLayar('BAGIAN ORGANISASI/SS Laman e-SAKIP.png', [
        'https://esakip.gunungpadikab.go.id',
        'E-SAKIP Kabupaten Gunung Padi',
        'Beranda   Profil SAKIP   Pengumuman   Kontak',
        'PENGUMUMAN',
        'Penyampaian Laporan Kinerja Instansi Pemerintah (LKjIP) Perangkat Daerah Tahun 2024 paling lambat tanggal 28 Februari 2025.',
        'Hasil Evaluasi SAKIP Kabupaten Gunung Padi Tahun 2024: Predikat B (nilai 68,41).',
        'PROFIL',
        'Sistem Akuntabilitas Kinerja Instansi Pemerintah adalah rangkaian sistematik dari berbagai aktivitas, alat dan prosedur untuk penetapan, pengukuran, dan pelaporan kinerja.',
        '© Bagian Organisasi Sekretariat Daerah Kabupaten Gunung Padi',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: e-SAKIP menyetujui Perjanjian Kinerja dan menarik indikator dari e-Planning serta mengirim ke e-Kinerja',
    indicator: 40,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K3 approval and verification of Perjanjian Kinerja; K4 "kolaborasi dengan … Layanan Perencanaan Berbasis Elektronik" — indicators pulled from
    // e-Planning and cascaded to e-Kinerja (berita acara). No review (K5).
    because: 'tingkat 4: Perjanjian Kinerja diverifikasi Biro Organisasi dan disetujui (3), indikator kinerja ditarik dari e-Planning dan diteruskan ke e-Kinerja melalui API (4); tidak ada reviu dan perbaikan (5)',
    docs: [
      tangkapanLayar('BIRO ORGANISASI/SS e-SAKIP Perjanjian Kinerja.png', [
        'https://esakip.tanahseberangprov.go.id/pk',
        'e-SAKIP Provinsi Tanah Seberang',
        'Perencanaan Kinerja › Perjanjian Kinerja 2025',
        'OPD                          Jumlah Indikator   Status',
        'Dinas Kesehatan              14                 Disetujui Kepala OPD, Diverifikasi Biro Organisasi',
        'Dinas Pekerjaan Umum         11                 Menunggu Verifikasi Biro Organisasi',
        'Badan Pendapatan Daerah      9                  Dikembalikan - target tidak selaras Renstra',
        '[ Verifikasi ]  [ Kembalikan ]  [ Unduh PK ]',
      ]),
      beritaAcara({
        path: 'BIRO ORGANISASI/BA Integrasi e-SAKIP e-Planning e-Kinerja.pdf',
        kop: TSB_KOP,
        title: 'INTEGRASI APLIKASI E-SAKIP DENGAN APLIKASI E-PLANNING DAN E-KINERJA',
        number: '060/31/ORG/III/2025',
        opening:
          'Pada hari ini Jumat tanggal tujuh bulan Maret tahun dua ribu dua puluh lima, Biro Organisasi, Bappeda, Badan Kepegawaian Daerah dan Dinas Komunikasi, Informatika dan Statistik menyatakan:',
        body: [
          '1. Tujuan, sasaran dan indikator kinerja RPJMD dan Renstra OPD pada E-Planning ditarik otomatis ke e-SAKIP melalui API pada SPLP Provinsi.',
          '2. Indikator Perjanjian Kinerja yang disetujui diteruskan ke e-Kinerja sebagai dasar penyusunan SKP pejabat.',
        ],
        signers: 'Kepala Biro Organisasi,\nttd\nKepala Bappeda,\nttd\nKepala BKD,\nttd',
      }),
    ],
  },
  // ======================= 41 Kinerja Pegawai
  {
    name: 'Gunung Padi: laporan bulanan e-Kinerja Agustus 2025, SKP disetujui atasan dan aktivitas harian divalidasi',
    indicator: 41,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // K3 "mekanisme persetujuan" and validation; P3 "persetujuan dan validasi hasil kinerja pegawai". No other e-service (K4).
    because: 'tingkat 3: SKP disetujui pejabat penilai, aktivitas harian divalidasi atasan dan keberatan diproses di aplikasi; tidak ada kolaborasi dengan layanan lain (tingkat 4)',
    docs: [
      laporanLayanan({
        path: 'BKPSDM/Laporan Bulanan e-Kinerja Agustus 2025.pdf',
        kop: GP_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN BULANAN LAYANAN APLIKASI E-KINERJA BULAN AGUSTUS 2025',
        umum: 'Aplikasi e-Kinerja digunakan seluruh ASN Kabupaten Gunung Padi untuk menyusun SKP, melaporkan aktivitas harian, dan menerima penilaian kinerja dari atasan langsung.',
        capaian: [
          'SKP Tahun 2025 yang telah disetujui pejabat penilai: 5.118 dari 5.402 ASN (94,7%).',
          'Laporan aktivitas harian yang divalidasi atasan: 96.210 entri; ditolak dan diminta perbaikan: 1.873 entri.',
          'Penilaian kinerja bulan Juli 2025 ditetapkan untuk 5.097 ASN.',
          'Pengajuan keberatan atas penilaian: 14, seluruhnya diproses melalui aplikasi.',
        ],
        place: GP_PLACE,
        date: '2 September 2025',
        signer: 'Kepala Bidang Penilaian Kinerja dan Penghargaan',
      }),
    ],
  },
  {
    name: 'Tanah Seberang: e-Kinerja terintegrasi SIASN, reviu Maret 2024 ditindaklanjuti pengembangan Agustus 2024',
    indicator: 41,
    instansi: TANAH_SEBERANG,
    range: [5, 5],
    // K3 approval and validation; K4 sharing with SIASN / e-Kinerja BKN (layanan SPBE Instansi Pusat); K5 "perbaikan berdasarkan hasil reviu …
    // peraturan perundang-undangan" — the development report of August 2024 carries out the recommendations of the review of March 2024.
    because: 'tingkat 5: SKP dan penilaian disetujui berjenjang (3), hasil penilaian dikirim ke SIASN/e-Kinerja BKN (4), dan laporan pengembangan Agustus 2024 melaksanakan rekomendasi reviu 20 Maret 2024 atas perubahan peraturan',
    docs: [
      tangkapanLayar('BKD/SS e-Kinerja Persetujuan SKP.png', [
        'https://ekinerja.tanahseberangprov.go.id/skp/persetujuan',
        'e-Kinerja Provinsi Tanah Seberang',
        'SKP › Persetujuan Pejabat Penilai',
        'Nama Pegawai          Jabatan                    Periode   Status',
        'Rini Astuti, S.E.     Analis Keuangan            2025      Disetujui',
        'Dedi Kurnia, S.T.     Penata Kelola Sistem       2025      Menunggu Persetujuan',
        'Status sinkronisasi SIASN: Terkirim 14 Maret 2025',
        '[ Setujui ]  [ Kembalikan ]  [ Beri Umpan Balik ]',
      ]),
      beritaAcara({
        path: 'BKD/BA Integrasi e-Kinerja dengan SIASN.pdf',
        kop: TSB_KOP,
        title: 'INTEGRASI APLIKASI E-KINERJA PROVINSI DENGAN SIASN BADAN KEPEGAWAIAN NEGARA',
        number: '800/402/BKD/XI/2023',
        opening:
          'Pada hari ini Rabu tanggal lima belas bulan November tahun dua ribu dua puluh tiga, Badan Kepegawaian Daerah Provinsi Tanah Seberang bersama Kantor Regional BKN telah melaksanakan uji integrasi:',
        body: [
          '1. Data jabatan dan atasan langsung diambil dari SIASN melalui API SIASN.',
          '2. Hasil penilaian kinerja tahunan dikirim ke SIASN dan e-Kinerja BKN secara otomatis setelah ditetapkan pejabat penilai.',
        ],
        signers: 'Kepala BKD Provinsi Tanah Seberang,\nttd\nKepala Kantor Regional BKN,\nttd',
      }),
      notulenRapat({
        path: 'BKD/Notulen Reviu Layanan e-Kinerja 2024.pdf',
        kop: TSB_KOP,
        unit: 'BADAN KEPEGAWAIAN DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN E-KINERJA',
        day: 'Rabu, 20 Maret 2024',
        place: 'Aula BKD',
        agenda: 'Reviu layanan e-Kinerja terhadap ketentuan manajemen kinerja ASN yang baru',
        points: [
          'Format SKP belum mengikuti ketentuan manajemen kinerja ASN terbaru (ekspektasi dan umpan balik berkelanjutan).',
          'Pejabat penilai belum dapat memberikan umpan balik di aplikasi.',
        ],
        conclusions: ['Rekomendasi: menyesuaikan format SKP dan menambah fitur umpan balik berkelanjutan paling lambat triwulan III 2024.'],
      }),
      naskahUnit({
        path: 'BKD/Laporan Pengembangan e-Kinerja 2024.pdf',
        kop: TSB_KOP,
        unit: 'BADAN KEPEGAWAIAN DAERAH',
        title: 'LAPORAN HASIL PENGEMBANGAN APLIKASI E-KINERJA TAHUN 2024',
        body: [
          'Pengembangan ini merupakan tindak lanjut rekomendasi Reviu dan Evaluasi Layanan e-Kinerja tanggal 20 Maret 2024.',
          '1. Format SKP disesuaikan dengan ketentuan manajemen kinerja ASN terbaru, termasuk ekspektasi pimpinan.',
          '2. Fitur Beri Umpan Balik bagi pejabat penilai telah digunakan sejak 1 Agustus 2024.',
          '3. Uji penerimaan pengguna dilaksanakan bersama 24 perangkat daerah pada Juli 2024.',
        ],
        place: TSB_PLACE,
        date: '9 Agustus 2024',
        signer: 'Kepala Bidang Pengembangan dan Penilaian Kinerja Aparatur',
      }),
    ],
  },
  // ======================= 42 Pengaduan Pelayanan Publik
  {
    name: 'Gunung Padi: dasbor admin instansi SP4N-LAPOR! melalui akun kabupaten, verifikasi dan disposisi ke OPD',
    indicator: 42,
    instansi: GUNUNG_PADI,
    range: [3, 3],
    // A national application used through our own account. K3 "otomasi alur kerja … validasi data" (verification, disposition, status tracking).
    // The screenshot shows only disposition to our own OPDs, no exchange with another agency's service (K4).
    because: 'tingkat 3: admin Kabupaten Gunung Padi di SP4N-LAPOR! memverifikasi, mendisposisikan aduan ke OPD dan melacak status sampai selesai; pertukaran dengan layanan instansi lain tidak ditunjukkan (tingkat 4)',
    docs: [
      tangkapanLayar('BAGIAN ORGANISASI/SS SP4N LAPOR Admin Instansi.png', [
        'https://www.lapor.go.id/admin/instansi/laporan',
        'SP4N-LAPOR!  |  Dashboard Admin Instansi',
        'Instansi: Pemerintah Kabupaten Gunung Padi',
        'Laporan Masuk (23) | Perlu Disposisi (6) | Dalam Proses (41) | Selesai (312)',
        'Tracking ID   Judul                                   Kategori         Status',
        '#7712045      Lampu jalan padam di Desa Sumber Rejo   Infrastruktur    Didisposisikan ke Dinas Perhubungan - Dalam Proses',
        '#7712388      Pungutan di sekolah dasar               Pendidikan       Terverifikasi - Menunggu Tindak Lanjut',
        '#7709931      Pelayanan KTP lambat                    Kependudukan     Selesai - pelapor menilai puas',
        '[ Verifikasi ]  [ Disposisi ]  [ Beri Tanggapan ]  [ Tutup Laporan ]',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: SAPA GUBERNUR dan berita acara interkoneksi dua arah dengan SP4N-LAPOR!',
    indicator: 42,
    instansi: TANAH_SEBERANG,
    aplikasi: { '42': ['SAPA GUBERNUR'] },
    range: [4, 4],
    // K3 verification, disposition, status; K4 "kolaborasi dengan … Layanan Pengaduan Pelayanan Publik Berbasis Elektronik Instansi Pusat" —
    // complaints and follow-ups exchanged with SP4N-LAPOR! through an API. No review (K5).
    because: 'tingkat 4: aduan diverifikasi dan didisposisikan dengan status (3), aduan dan tindak lanjut tersinkron dua arah dengan SP4N-LAPOR! melalui API (4); tidak ada reviu (5)',
    docs: [
      tangkapanLayar('DISKOMINFOS/SS SAPA GUBERNUR Aduan.png', [
        'https://sapa.tanahseberangprov.go.id/admin/aduan',
        'SAPA GUBERNUR - Layanan Aspirasi dan Pengaduan Masyarakat',
        'Aduan › Perlu Tindak Lanjut',
        'No Aduan     Perihal                           OPD Tujuan           Status',
        'SG-25-04410  Jalan provinsi rusak di km 42     Dinas PUPR           Diverifikasi - Didisposisikan',
        'SG-25-04431  Antrean SAMSAT terlalu lama       Bapenda              Ditindaklanjuti - Menunggu Konfirmasi Pelapor',
        '[ Verifikasi ]  [ Disposisi ]  [ Tanggapi ]  [ Selesaikan ]',
      ]),
      beritaAcara({
        path: 'DISKOMINFOS/BA Interkoneksi SAPA GUBERNUR dengan SP4N-LAPOR.pdf',
        kop: TSB_KOP,
        title: 'INTERKONEKSI APLIKASI SAPA GUBERNUR DENGAN SP4N-LAPOR!',
        number: '555/96/DISKOMINFOS/VI/2025',
        opening:
          'Pada hari ini Senin tanggal dua bulan Juni tahun dua ribu dua puluh lima, Dinas Komunikasi, Informatika dan Statistik Provinsi Tanah Seberang bersama pengelola SP4N-LAPOR! menyatakan:',
        body: [
          '1. Aduan yang masuk melalui SAPA GUBERNUR otomatis tercatat di SP4N-LAPOR! melalui API dan memperoleh nomor tracking.',
          '2. Aduan dari SP4N-LAPOR! untuk Pemerintah Provinsi Tanah Seberang diteruskan ke SAPA GUBERNUR; tanggapan OPD tersinkron dua arah.',
        ],
        signers: 'Kepala Dinas Komunikasi, Informatika dan Statistik,\nttd\nAdmin Nasional SP4N-LAPOR!,\nttd',
      }),
    ],
  },
  // ======================= 43 Data Terbuka
  {
    name: 'Gunung Padi: Portal Satu Data, pencarian dataset dengan filter dan unduh CSV/XLSX',
    indicator: 43,
    instansi: GUNUNG_PADI,
    range: [2, 2],
    // K2 "pencarian informasi … pengunduhan dokumen"; P2 "mencari informasi dan mengunduh e-dokumen terkait data terbuka". No validation or approval (K3).
    because: 'tingkat 2: pencarian dataset dengan filter dan unduh berkas CSV/XLSX; tidak tampak validasi, persetujuan atau otomasi pertukaran data (tingkat 3)',
    docs: [
      tangkapanLayar('DISKOMINFO/SS Portal Satu Data Pencarian.png', [
        'https://data.gunungpadikab.go.id/dataset?q=penduduk+miskin',
        'Portal Satu Data Kabupaten Gunung Padi',
        'Cari dataset  [ penduduk miskin ]  [ Cari ]',
        'Filter: Organisasi v   Topik v   Format v',
        'Ditemukan 12 dataset',
        'Jumlah Penduduk Miskin per Kecamatan 2020-2024   Dinas Sosial       CSV  XLSX   [ Unduh ]   diunduh 1.204 kali',
        'Produksi Padi per Kecamatan 2024                   Dinas Pertanian    CSV         [ Unduh ]   diunduh 388 kali',
        'Jumlah Sekolah Dasar per Desa 2024                 Dinas Pendidikan   XLSX        [ Unduh ]   diunduh 97 kali',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: panduan produsen data, validasi walidata dan panen otomatis oleh Portal Satu Data Indonesia',
    indicator: 43,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K3 "validasi data, mekanisme persetujuan" (walidata validation before publication); K4 "kolaborasi dengan … Layanan Data Terbuka Berbasis
    // Elektronik Instansi Pusat" — harvesting by the national portal through the API, and regency portals. No review (K5).
    because: 'tingkat 4: dataset diunggah produsen, divalidasi walidata dan disetujui terbit (3), lalu dipanen otomatis oleh Portal Satu Data Indonesia melalui API (4); tidak ada reviu (5)',
    docs: [
      panduan({
        path: 'DISKOMINFOS/Panduan Produsen Data Portal Satu Data 2025.pdf',
        kop: TSB_KOP,
        unit: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
        title: 'PANDUAN PENGGUNAAN PORTAL SATU DATA PROVINSI TANAH SEBERANG BAGI PRODUSEN DATA',
        versi: '2.0',
        bab: [
          'Unggah Dataset. Produsen data OPD mengunggah dataset beserta metadata (definisi, satuan, periode) sesuai standar data.',
          'Validasi Walidata. Walidata memeriksa kesesuaian metadata dan kualitas data; status dataset: Menunggu Validasi, Perlu Perbaikan, Tervalidasi.',
          'Persetujuan Terbit. Dataset tervalidasi disetujui Kepala Dinas Kominfo dan Statistik untuk diterbitkan sebagai data terbuka.',
          'Pertukaran dengan Portal Nasional. Dataset yang terbit dipanen otomatis setiap hari oleh Portal Satu Data Indonesia (data.go.id) melalui API harvesting; portal satu data kabupaten/kota di wilayah provinsi menarik dataset provinsi melalui API yang sama.',
        ],
        place: TSB_PLACE,
        date: '20 Januari 2025',
        signer: 'Kepala Bidang Statistik',
      }),
    ],
  },
  // ======================= 44 JDIH
  {
    name: 'Gunung Padi: JDIH kabupaten, pencarian produk hukum dan unduh salinan Perbup',
    indicator: 44,
    instansi: GUNUNG_PADI,
    range: [2, 2],
    // K2 "pencarian informasi, pengunggahan dan pengunduhan dokumen"; no workflow or approval visible (K3).
    because: 'tingkat 2: pencarian produk hukum menurut jenis, nomor dan tahun serta unduh salinan; tidak tampak alur kerja atau persetujuan (tingkat 3)',
    docs: [
      tangkapanLayar('BAGIAN HUKUM/Tangkapan Layar JDIH Pencarian.png', [
        'https://jdih.gunungpadikab.go.id/produk-hukum',
        'JDIH Kabupaten Gunung Padi - Jaringan Dokumentasi dan Informasi Hukum',
        'Jenis [ Peraturan Bupati v ]  Nomor [    ]  Tahun [ 2025 ]  Kata kunci [ tunjangan ]  [ Cari ]',
        'Hasil Pencarian (3)',
        'Peraturan Bupati Nomor 7 Tahun 2025 tentang Tambahan Penghasilan Pegawai    Berlaku    [ Unduh PDF ]  [ Abstrak ]',
        'Peraturan Bupati Nomor 19 Tahun 2025 tentang Perubahan atas Perbup 7/2025    Berlaku    [ Unduh PDF ]',
        'Peraturan Bupati Nomor 2 Tahun 2025 tentang Tunjangan Komunikasi DPRD        Berlaku    [ Unduh PDF ]',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang: admin JDIH Biro Hukum, verifikasi berjenjang dan status sinkronisasi ke JDIHN',
    indicator: 44,
    instansi: TANAH_SEBERANG,
    range: [4, 4],
    // K3 workflow with verification and approval; K4 "kolaborasi dengan … Layanan Jaringan Dokumentasi dan Informasi Hukum … Instansi Pusat"
    // (JDIHN, BPHN) shown by the synchronisation status column. No review (K5).
    because: 'tingkat 4: produk hukum diunggah, diverifikasi analis hukum dan disetujui Kepala Biro sebelum terbit (3), lalu tersinkron ke JDIHN BPHN (4); tidak ada reviu (5)',
    docs: [
      tangkapanLayar('BIRO HUKUM/SS Admin JDIH Verifikasi.png', [
        'https://jdih.tanahseberangprov.go.id/admin/dokumen',
        'JDIH Provinsi Tanah Seberang - Halaman Pengelola',
        'Dokumen Hukum › Antrean Verifikasi',
        'Judul                                              Diunggah oleh    Verifikasi Analis   Persetujuan Kepala Biro   Sinkronisasi JDIHN',
        'Pergub 14/2025 Tata Cara Pemberian Hibah           Subbag Dokhum    Sesuai              Disetujui                 Terkirim ke JDIHN',
        'Pergub 15/2025 Standar Harga Satuan                Subbag Dokhum    Perlu Perbaikan     -                         -',
        'Kepgub 188/2025 Tim Percepatan Penurunan Stunting  Subbag Dokhum    Sesuai              Menunggu                  -',
        'Sinkronisasi otomatis dengan JDIHN (BPHN) melalui web service: 1.842 dokumen terkirim',
        '[ Verifikasi ]  [ Setujui Terbit ]  [ Kirim ke JDIHN ]',
      ]),
    ],
  },
  // ======================= 45–47 sector slots
  {
    name: 'Gunung Padi (sektor 1): panduan SIPASIEN RSUD, NIK divalidasi ke Dukcapil dan rujukan dicek ke BPJS Kesehatan',
    indicator: 45,
    instansi: GUNUNG_PADI,
    layananSektor: { '45': { nama: 'Layanan Pendaftaran Pasien Online RSUD', kataKunci: ['SIPASIEN', 'pendaftaran pasien'] } },
    range: [4, 4],
    // K3 online registration with verification and status; K4 "kolaborasi dengan … layanan SPBE Instansi Pusat"; P4 "layanan kependudukan" —
    // NIK validated against Dukcapil through a web service. No review (K5).
    because: 'tingkat 4: pendaftaran daring dengan unggah rujukan, verifikasi petugas dan status antrean (3), NIK divalidasi ke data kependudukan Dukcapil melalui web service (4); tidak ada reviu (5)',
    docs: [
      panduan({
        path: 'RSUD/Panduan Penggunaan SIPASIEN.pdf',
        kop: GP_KOP,
        unit: 'RUMAH SAKIT UMUM DAERAH GUNUNG PADI',
        title: 'PANDUAN PENGGUNAAN SIPASIEN - PENDAFTARAN PASIEN ONLINE RSUD GUNUNG PADI',
        versi: '1.4',
        bab: [
          'Membuat Akun. Pasien mendaftar dengan NIK; NIK dan nama divalidasi langsung ke data kependudukan Dukcapil Kementerian Dalam Negeri melalui web service.',
          'Mendaftar Kunjungan. Pasien memilih poliklinik, dokter dan tanggal kunjungan, lalu mengunggah foto kartu BPJS dan surat rujukan.',
          'Verifikasi. Petugas pendaftaran memverifikasi rujukan; status pendaftaran: Menunggu Verifikasi, Terverifikasi, Ditolak.',
          'Nomor Antrean. Setelah terverifikasi pasien menerima nomor antrean dan notifikasi jadwal; keabsahan rujukan juga dicek otomatis ke layanan BPJS Kesehatan.',
        ],
        place: GP_PLACE,
        date: '14 April 2025',
        signer: 'Direktur RSUD Gunung Padi',
      }),
    ],
  },
  {
    name: 'Gunung Padi (sektor 2): laporan bulanan e-BPHTB Juli 2025, verifikasi berkas PPAT dan kode billing',
    indicator: 46,
    instansi: GUNUNG_PADI,
    layananSektor: { '46': { nama: 'Layanan BPHTB Online', kataKunci: ['e-BPHTB', 'BPHTB'] } },
    range: [3, 3],
    // K3 "transaksi basis data, validasi data, mekanisme persetujuan"; P3 "persetujuan dan validasi terkait Layanan Publik Sektor". No other e-service (K4).
    because: 'tingkat 3: permohonan BPHTB diajukan PPAT, diverifikasi petugas, kode billing diterbitkan dan status dipantau; tidak ada kolaborasi dengan layanan elektronik lain (tingkat 4)',
    docs: [
      laporanLayanan({
        path: 'BAPENDA/Laporan Bulanan e-BPHTB Juli 2025.pdf',
        kop: GP_KOP,
        unit: 'BADAN PENDAPATAN DAERAH',
        title: 'LAPORAN BULANAN LAYANAN E-BPHTB BULAN JULI 2025',
        umum: 'Layanan e-BPHTB melayani permohonan Bea Perolehan Hak atas Tanah dan Bangunan secara daring oleh notaris/PPAT, verifikasi berkas dan nilai transaksi oleh petugas Bapenda, serta penerbitan kode billing.',
        capaian: [
          'Permohonan BPHTB yang diajukan PPAT melalui aplikasi: 418 berkas.',
          'Berkas yang diverifikasi dan disetujui petugas: 396; ditolak karena nilai transaksi tidak wajar atau berkas tidak lengkap: 22.',
          'Kode billing yang diterbitkan: 390; pembayaran lunas: 377 (Rp 6.482.150.000).',
          'PPAT memantau status setiap permohonan (Diajukan, Diverifikasi, Kode Billing Terbit, Lunas) pada akun masing-masing.',
        ],
        place: GP_PLACE,
        date: '5 Agustus 2025',
        signer: 'Kepala Bidang Pendapatan',
      }),
    ],
  },
  {
    name: 'Tanah Seberang (sektor 3): SIHATI menayangkan harga pangan harian per pasar',
    indicator: 47,
    instansi: TANAH_SEBERANG,
    layananSektor: { '47': { nama: 'Layanan Informasi Harga Pangan', kataKunci: ['SIHATI', 'harga pangan'] } },
    range: [1, 1],
    // K1 "hanya memberikan layanan informasi terkait Publik Sektoral"; P1 "informasi laporan atau statistik layanan publik sektoral". No interaction (K2).
    because: 'tingkat 1: SIHATI hanya menayangkan harga pangan harian per pasar secara satu arah; tidak ada pencarian, unggah atau unduh (tingkat 2)',
    docs: [
      tangkapanLayar('DISPERINDAG/SS SIHATI Harga Pangan.png', [
        'https://sihati.tanahseberangprov.go.id',
        'SIHATI - Sistem Informasi Harga Pangan Provinsi Tanah Seberang',
        'Beranda   Tentang   Kontak',
        'Harga Rata-rata Hari Ini, Senin 6 Oktober 2025',
        'Komoditas            Pasar Induk Bandar Seberang   Pasar Sentral Seberang Barat   Perubahan',
        'Beras Medium (kg)    Rp 13.200                     Rp 13.500                      ▲ 0,8%',
        'Cabai Merah (kg)     Rp 42.000                     Rp 45.000                      ▼ 3,1%',
        'Bawang Merah (kg)    Rp 31.500                     Rp 30.000                      ▬ 0,0%',
        'Sumber: Dinas Perindustrian dan Perdagangan Provinsi Tanah Seberang',
      ]),
    ],
  },
  {
    name: 'Tanah Seberang (sektor 1): SOP rekomendasi izin penelitian melalui SIMPELI dengan persetujuan dan TTE',
    indicator: 45,
    instansi: TANAH_SEBERANG,
    layananSektor: { '45': { nama: 'Layanan Rekomendasi Izin Penelitian', kataKunci: ['SIMPELI', 'izin penelitian'] } },
    range: [3, 3],
    // K3 "otomasi alur kerja … validasi data, mekanisme persetujuan"; P3 "persetujuan dan validasi". No other e-service (K4).
    because: 'tingkat 3: permohonan daring dengan unggah proposal, verifikasi, persetujuan Kepala Badan, TTE surat rekomendasi dan pelacakan status; tidak ada kolaborasi dengan layanan elektronik lain (tingkat 4)',
    docs: [
      sopLayanan({
        path: 'KESBANGPOL/SOP Rekomendasi Izin Penelitian SIMPELI.pdf',
        kop: TSB_KOP,
        unit: 'BADAN KESATUAN BANGSA DAN POLITIK',
        title: 'PELAYANAN REKOMENDASI IZIN PENELITIAN MELALUI APLIKASI SIMPELI',
        nomor: '070/03/KESBANGPOL/2025',
        tanggal: '13 Januari 2025',
        pelaksana: 'Pemohon, Petugas Verifikasi, Kepala Bidang, Kepala Badan',
        prosedur: [
          'Pemohon mengisi formulir daring dan mengunggah proposal penelitian, surat pengantar perguruan tinggi dan KTP.',
          'Petugas memverifikasi kelengkapan; status berubah menjadi Terverifikasi atau Perlu Perbaikan dan pemohon menerima notifikasi.',
          'Kepala Bidang memeriksa substansi dan meneruskan kepada Kepala Badan untuk persetujuan.',
          'Kepala Badan menyetujui dan menandatangani surat rekomendasi secara elektronik.',
          'Pemohon mengunduh surat rekomendasi dan dapat melacak status permohonan dengan nomor registrasi.',
        ],
        signer: 'Kepala Badan Kesatuan Bangsa dan Politik',
      }),
    ],
  },
];
