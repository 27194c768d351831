/**
 * Level scenarios, ninth set: fifteen on the service indicators (32–44) and fifteen on the process indicators (3–31:
 * kebijakan internal, tata kelola, manajemen, audit TIK). Written from the criteria of PermenPANRB 59/2020 / KepmenPANRB
 * 962/2021 (kriteria tingkat, bukti dukung and pemenuhan per tingkat, penjelasan) and the domain guide only, without
 * reading the rules, the levels profile or the assessment code.
 *
 * Two new fictional workspaces: Kabupaten Ranah Tinggi and Kota Batu Kembar. Their house style: reports with
 * Roman-numbered chapters (I. PENDAHULUAN … IV. PENUTUP) and data written as "Uraian : …" lines; SOP with a flow table
 * "No | Aktivitas | Pelaksana | Mutu Baku"; minutes as "No | Pokok Bahasan | Tanggapan | Keputusan"; decisions with
 * "KESATU :", regulations with Pasal and a "BERITA DAERAH" line.
 * The boundaries probed: services known by their own names (SIRENA, SIMANJA, e-Kinerja Lokal, …) with manuals, screens
 * as OCR reads them, integration minutes, a login page only, a feature "akan dikembangkan", "belum terintegrasi", a
 * national application used through the Pemda's own account, review minutes with recommendations only, release notes
 * dated before / after the review; a draft with an invitation, a policy covering part of the content, counts
 * ("19 dari 27 OPD"), an undated review note, a review outside the window, a revision enacted after the review, an
 * internal audit team vs an external certified auditor.
 * Assessment year 2025, review window 2 years.
 * First measure: 24 of 30 in range; the six misses are marked pending.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import type { ConfigOverrides } from '../fixtures.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

const RANAH_TINGGI: Instansi = { nama: 'Pemerintah Kabupaten Ranah Tinggi', jenis: 'kabupaten', kota: 'Ranah Tinggi', kop: ['PEMERINTAH KABUPATEN RANAH TINGGI'] };
const BATU_KEMBAR: Instansi = { nama: 'Pemerintah Kota Batu Kembar', jenis: 'kota', kota: 'Batu Kembar', kop: ['PEMERINTAH KOTA BATU KEMBAR'] };

const RT_KOP = 'PEMERINTAH KABUPATEN RANAH TINGGI';
const BK_KOP = 'PEMERINTAH KOTA BATU KEMBAR';
const RT_HEAD = 'BUPATI RANAH TINGGI';
const BK_HEAD = 'WALI KOTA BATU KEMBAR';
const RT_PLACE = 'Ranah Tinggi';
const BK_PLACE = 'Batu Kembar';
const RT_KOMINFO = 'DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN';
const BK_KOMINFO = 'DINAS KOMUNIKASI DAN INFORMATIKA';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** A report in the house style: Roman-numbered chapters, each with paragraphs and "Uraian : …" lines. */
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
  const chapters = p.bab.map((b, i) => `${ROMAN[i]}. ${b.judul}\n${b.isi.join('\n')}`);
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

/** Minutes as a table: No | Pokok Bahasan | Tanggapan | Keputusan. */
const notulen = (p: { path: string; kop: string; unit: string; title: string; hari: string | null; tempat: string; pimpinan: string; peserta: string; rows: [string, string, string][]; place: string; date: string | null; confirmed?: boolean }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nNOTULEN RAPAT\n${p.title}\n${p.hari === null ? '' : `Hari/Tanggal : ${p.hari}\n`}Tempat : ${p.tempat}\nPimpinan Rapat : ${p.pimpinan}\nPeserta : ${p.peserta}\n` +
      `No | Pokok Bahasan | Tanggapan | Keputusan\n${p.rows.map(([a, b, c], i) => `${i + 1} | ${a} | ${b} | ${c}`).join('\n')}\n` +
      `${p.date === null ? '' : `${p.place}, ${p.date}\n`}Notulis,\nttd\nMengetahui, Pimpinan Rapat\nttd`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** A standard operating procedure with its identity block and a flow table. */
const sop = (p: { path: string; kop: string; unit: string; nomor: string; dibuat: string; efektif: string; disahkan: string; judul: string; dasar: string[]; keterkaitan: string; rows: [string, string, string][] }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nSTANDAR OPERASIONAL PROSEDUR\nNomor SOP : ${p.nomor}\nTanggal Pembuatan : ${p.dibuat}\nTanggal Efektif : ${p.efektif}\nDisahkan oleh : ${p.disahkan}\nNama SOP : ${p.judul}\n` +
      `Dasar Hukum :\n${p.dasar.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nKeterkaitan : ${p.keterkaitan}\n` +
      `No | Aktivitas | Pelaksana | Mutu Baku\n${p.rows.map(([a, b, c], i) => `${i + 1} | ${a} | ${b} | ${c}`).join('\n')}`,
  ],
});

/** A regulation of the head of region with Pasal, the signature and the BERITA DAERAH line. */
const peraturan = (p: { path: string; kop: string; head: string; nomor: string; tahun: string; title: string; menimbang: string[]; mengingat: string[]; pasal: string[]; place: string; date: string; name: string; berita: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\nPERATURAN ${p.head}\nNOMOR ${p.nomor} TAHUN ${p.tahun}\nTENTANG\n${p.title}\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n${p.head},\n` +
      `Menimbang : ${p.menimbang.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
      `Mengingat : ${p.mengingat.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nMEMUTUSKAN:\nMenetapkan : PERATURAN ${p.head} TENTANG ${p.title}.\n` +
      p.pasal.map((x, i) => `Pasal ${i + 1}\n${x}`).join('\n'),
    `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}\nDiundangkan di ${p.place}\npada tanggal ${p.date}\nSEKRETARIS DAERAH,\nttd\n${p.berita}`,
  ],
});

/** A decision of the head of region with KESATU, KEDUA, … */
const keputusan = (p: { path: string; kop: string; head: string; nomor: string; title: string; menimbang: string[]; mengingat: string[]; diktum: string[]; place: string; date: string; name: string }): ScenarioDoc => {
  const ord = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH'];
  return {
    path: p.path,
    pages: [
      `${p.kop}\nKEPUTUSAN ${p.head}\nNOMOR ${p.nomor}\nTENTANG\n${p.title}\n${p.head},\n` +
        `Menimbang : ${p.menimbang.map((x, i) => `${String.fromCharCode(97 + i)}. ${x}`).join('\n')}\n` +
        `Mengingat : ${p.mengingat.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nMEMUTUSKAN:\nMenetapkan :\n` +
        p.diktum.map((x, i) => `${ord[i] ?? String(i + 1)} : ${x}`).join('\n'),
      `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd\n${p.name}`,
    ],
  };
};

const screen = (path: string, lines: string[]): ScenarioDoc => ({ path, pages: [lines.join('\n')] });

const PERPRES_SPBE = 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik';

// ---------------------------------------------------------------- scenarios

export const SCENARIOS: LevelScenario[] = [
  // ================================================================ SERVICES
  // ======================= 32 Perencanaan — login page only
  {
    name: 'kk9 Ranah Tinggi: tangkapan layar SIRENA hanya halaman login',
    indicator: 32,
    instansi: RANAH_TINGGI,
    range: [1, 1],
    pending: 'gets 0: the reasons say a login page alone supports no level; the 2020 instrument has no level 0, so an existing service shown only by its login page sits at 1',
    // Service levels start at 1; a login page shows no information, interaction or transaction function.
    because: 'tingkat 1: hanya halaman login SIRENA yang ditunjukkan; tidak ada dokumentasi fungsi pencarian, unggah/unduh (tingkat 2) maupun transaksi; bukti dukung layanan tidak cukup hanya halaman login',
    docs: [
      screen('BAPPEDA/SS SIRENA Halaman Masuk.png', [
        'https://sirena.ranahtinggikab.go.id/login',
        'SIRENA',
        'Sistem Informasi Perencanaan Pembangunan Daerah Kabupaten Ranah Tinggi',
        'Nama Pengguna',
        'Kata Sandi',
        '[ Masuk ]',
        'Lupa kata sandi? Hubungi Admin Bappeda',
        '© 2025 Bappeda Kabupaten Ranah Tinggi',
      ]),
    ],
  },
  // ======================= 32 Perencanaan — SIMANJA with review and a later release
  {
    name: 'kk9 Batu Kembar: SIMANJA verifikasi renja OPD, terhubung SIPD, reviu Juli 2024 dan rilis 3.0 November 2024',
    indicator: 32,
    instansi: BATU_KEMBAR,
    range: [5, 5],
    // K3 verification/approval of Renja; K4 data exchange with SIPD Kemendagri and the budgeting app; K5 improvement after a dated review.
    because: 'tingkat 5: SIMANJA memverifikasi dan menyetujui Renja OPD (tingkat 3), berbagi data dengan SIPD Kemendagri dan SIMANGGAR (tingkat 4), reviu 16 Juli 2024 dengan rekomendasi ditindaklanjuti rilis 3.0 tanggal 11 November 2024',
    docs: [
      screen('BAPPEDA/SS SIMANJA Verifikasi Renja.png', [
        'https://simanja.batukembarkota.go.id/renja/verifikasi',
        'SIMANJA - Sistem Informasi Manajemen Perencanaan Kota Batu Kembar',
        'Beranda | RPJMD | Renstra | Renja | Verifikasi | Sinkronisasi SIPD | Laporan',
        'Kode OPD   Perangkat Daerah             Tahun   Status Verifikasi            Aksi',
        '1.02.01    Dinas Kesehatan              2026    Disetujui Kepala Bappeda     [Lihat]',
        '2.16.01    Dinas Komunikasi dan Informatika  2026    Perlu Perbaikan (indikator) [Kembalikan]',
        '[ Setujui ]  [ Kembalikan ke OPD ]  [ Unduh Renja (PDF) ]',
      ]),
      {
        path: 'BAPPEDA/BA Integrasi SIMANJA SIPD SIMANGGAR.pdf',
        pages: [
          `${BK_KOP}\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nBERITA ACARA INTEGRASI APLIKASI\nNomor : 050/118/Bappeda/III/2024\n` +
            'Pada hari ini Kamis tanggal tujuh Maret tahun dua ribu dua puluh empat, bertempat di Bappeda Kota Batu Kembar, telah dilakukan uji integrasi dengan hasil sebagai berikut:\n' +
            'Uraian : SIMANJA - SIPD Kemendagri\nHasil : data program, kegiatan dan sub kegiatan Renja yang disetujui dikirim ke SIPD melalui API; status berhasil\n' +
            'Uraian : SIMANJA - SIMANGGAR (penganggaran BPKAD)\nHasil : pagu indikatif per sub kegiatan dibaca SIMANGGAR melalui web service; status berhasil\n' +
            'Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.\nKepala Bappeda, ttd\nKepala Diskominfo, ttd\nKepala BPKAD, ttd',
        ],
      },
      notulen({
        path: 'BAPPEDA/Notulen Reviu Layanan SIMANJA 2024.pdf',
        kop: BK_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'REVIU DAN EVALUASI LAYANAN PERENCANAAN BERBASIS ELEKTRONIK (SIMANJA)',
        hari: 'Selasa, 16 Juli 2024',
        tempat: 'Ruang Rapat Bappeda',
        pimpinan: 'Sekretaris Bappeda',
        peserta: 'Bidang Perencanaan, Diskominfo, BPKAD, perwakilan 6 OPD',
        rows: [
          ['Kesesuaian SIMANJA dengan Permendagri 90 Tahun 2019 (nomenklatur)', 'Kodefikasi belum memuat pemutakhiran nomenklatur 2024', 'Pemutakhiran tabel nomenklatur pada versi berikutnya'],
          ['Umpan balik OPD', 'Catatan perbaikan verifikator tidak dikirim sebagai notifikasi', 'Tambah notifikasi surel dan WhatsApp kepada admin OPD'],
          ['Sinkronisasi SIPD', 'Sinkronisasi masih dijalankan manual oleh admin', 'Sinkronisasi terjadwal setiap malam'],
        ],
        place: BK_PLACE,
        date: '16 Juli 2024',
      }),
      laporan({
        path: 'BAPPEDA/Catatan Rilis SIMANJA 3.0.pdf',
        kop: BK_KOP,
        unit: 'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        title: 'LAPORAN PENGEMBANGAN APLIKASI SIMANJA VERSI 3.0',
        nomor: '050/402/Bappeda/XI/2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Pengembangan SIMANJA versi 3.0 merupakan tindak lanjut rekomendasi reviu layanan perencanaan tanggal 16 Juli 2024.'] },
          {
            judul: 'PERUBAHAN YANG DIRILIS',
            isi: [
              'Uraian : Pemutakhiran nomenklatur sesuai Kepmendagri terbaru\nStatus : selesai',
              'Uraian : Notifikasi surel dan WhatsApp atas catatan verifikator kepada admin OPD\nStatus : selesai',
              'Uraian : Sinkronisasi terjadwal SIMANJA - SIPD setiap pukul 23.00\nStatus : selesai',
            ],
          },
          { judul: 'PELAKSANAAN', isi: ['Uraian : Tanggal rilis produksi\nKeterangan : 11 November 2024', 'Uraian : Pengguna\nKeterangan : admin perencanaan 34 perangkat daerah'] },
          { judul: 'PENUTUP', isi: ['Demikian laporan ini disampaikan.'] },
        ],
        place: BK_PLACE,
        date: '18 November 2024',
        signer: 'Kepala Bappeda Kota Batu Kembar,\nttd\nIr. HENDRA SYAFRUDIN, M.T.',
      }),
    ],
  },
  // ======================= 33 Penganggaran — interaction, approval "akan dikembangkan"
  {
    name: 'kk9 Batu Kembar: SIMANGGAR unggah dan unduh RKA, validasi TAPD akan dikembangkan',
    indicator: 33,
    instansi: BATU_KEMBAR,
    range: [2, 2],
    // K2 upload/download/search; K3 validation/approval only planned.
    because: 'tingkat 2: SIMANGGAR menyediakan unggah, unduh dan pencarian dokumen RKA; validasi dan persetujuan TAPD secara elektronik baru akan dikembangkan (tingkat 3 belum)',
    docs: [
      screen('BPKAD/SS SIMANGGAR Dokumen RKA.png', [
        'https://simanggar.batukembarkota.go.id/dokumen-rka',
        'SIMANGGAR - Sistem Informasi Manajemen Anggaran Kota Batu Kembar',
        'Beranda | Dokumen RKA | Unggah | Pencarian | Bantuan',
        'Cari dokumen: [ RKA 2026 Dinas Pendidikan ] [ Cari ]',
        'Nama Dokumen                         OPD                  Tanggal Unggah   Aksi',
        'RKA-SKPD 2026 Dinas Pendidikan.pdf   Dinas Pendidikan     02-09-2025       [Unduh]',
        'RKA-SKPD 2026 Dinas Sosial.pdf       Dinas Sosial         03-09-2025       [Unduh]',
        '[ + Unggah Dokumen ]',
      ]),
      laporan({
        path: 'BPKAD/Manual Pengguna SIMANGGAR.pdf',
        kop: BK_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'MANUAL PENGGUNA APLIKASI SIMANGGAR',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['SIMANGGAR digunakan perangkat daerah untuk mengunggah dan berbagi dokumen RKA-SKPD kepada TAPD.'] },
          {
            judul: 'FITUR APLIKASI',
            isi: [
              'Uraian : Unggah Dokumen\nFungsi : admin OPD mengunggah RKA-SKPD dalam format PDF',
              'Uraian : Pencarian\nFungsi : mencari dokumen berdasarkan nama OPD dan tahun anggaran',
              'Uraian : Unduh\nFungsi : TAPD mengunduh dokumen untuk dibahas di luar aplikasi',
            ],
          },
          { judul: 'RENCANA PENGEMBANGAN', isi: ['Fitur validasi, catatan asistensi dan persetujuan RKA oleh TAPD akan dikembangkan pada tahun 2026. Saat ini asistensi masih dilakukan melalui rapat dan berita acara manual.'] },
          { judul: 'PENUTUP', isi: ['Manual ini menjadi acuan admin perangkat daerah.'] },
        ],
        place: BK_PLACE,
        date: '1 Agustus 2025',
        signer: 'Kepala BPKAD,\nttd',
      }),
    ],
  },
  // ======================= 34 Keuangan — transaction, bank "belum terintegrasi"
  {
    name: 'kk9 Ranah Tinggi: SIKEU RANAH penerbitan SP2D dengan TTE, integrasi CMS bank belum terintegrasi',
    indicator: 34,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    // K3 approval and electronic signature of SP2D; K4 not met: integration with the bank is stated as not yet done.
    because: 'tingkat 3: SP2D diverifikasi, disetujui dan ditandatangani elektronik di SIKEU RANAH; koneksi ke bank dan aplikasi lain dinyatakan belum terintegrasi (tingkat 4 belum)',
    docs: [
      screen('BPKD/SS SIKEU RANAH Penerbitan SP2D.png', [
        'https://sikeu.ranahtinggikab.go.id/penatausahaan/sp2d',
        'SIKEU RANAH - Penatausahaan Keuangan Daerah',
        'SPP | SPM | SP2D | Verifikasi | TTE | Laporan',
        'No SPM              OPD                  Nilai (Rp)       Status',
        '00412/SPM-LS/2025   Dinas PUPR           1.250.000.000    SP2D terbit - ditandatangani elektronik (BSrE)',
        '00413/SPM-LS/2025   RSUD Ranah Tinggi    342.000.000      Menunggu verifikasi Kuasa BUD',
        '[ Verifikasi ]  [ Tolak ]  [ Tandatangani (TTE) ]  [ Cetak SP2D ]',
      ]),
      laporan({
        path: 'BPKD/Laporan Implementasi SIKEU RANAH 2025.pdf',
        kop: RT_KOP,
        unit: 'BADAN PENGELOLA KEUANGAN DAERAH',
        title: 'LAPORAN IMPLEMENTASI APLIKASI SIKEU RANAH TAHUN 2025',
        nomor: '900/211/BPKD/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Laporan ini menguraikan penggunaan SIKEU RANAH untuk penatausahaan keuangan seluruh perangkat daerah.'] },
          {
            judul: 'FUNGSI YANG TELAH BERJALAN',
            isi: [
              'Uraian : Pengajuan SPP dan SPM oleh bendahara OPD\nKeterangan : berjalan',
              'Uraian : Verifikasi SPM dan penerbitan SP2D oleh Kuasa BUD dengan tanda tangan elektronik BSrE\nKeterangan : berjalan sejak Maret 2025',
            ],
          },
          {
            judul: 'KENDALA',
            isi: ['Uraian : Integrasi dengan CMS Bank Nagari Ranah\nKeterangan : belum terintegrasi; SP2D masih diserahkan ke bank dalam bentuk berkas', 'Uraian : Pertukaran data dengan SIPD Kemendagri\nKeterangan : belum terintegrasi, dilakukan unggah manual'],
          },
          { judul: 'PENUTUP', isi: ['Integrasi direncanakan setelah perjanjian kerja sama dengan bank ditandatangani.'] },
        ],
        place: RT_PLACE,
        date: '30 Juni 2025',
        signer: 'Kepala BPKD,\nttd\nDrs. SYAMSUL BAHRI',
      }),
    ],
  },
  // ======================= 35 PBJ — transaction; SIRUP integration "akan dikembangkan"
  {
    name: 'kk9 Ranah Tinggi: SiPBJ Ranah untuk pengajuan dan persetujuan PPK pengadaan langsung, integrasi SIRUP akan dikembangkan',
    indicator: 35,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    because: 'tingkat 3: SiPBJ Ranah memproses pengajuan paket, persetujuan PPK dan status pembayaran; integrasi dengan SIRUP/SPSE baru akan dikembangkan sehingga kolaborasi (tingkat 4) belum ada',
    docs: [
      laporan({
        path: 'BAGIAN PBJ/Manual SiPBJ Ranah v1.pdf',
        kop: RT_KOP,
        unit: 'SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG DAN JASA',
        title: 'BUKU PANDUAN APLIKASI SiPBJ RANAH (PENGADAAN LANGSUNG)',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['SiPBJ Ranah digunakan pejabat pengadaan dan PPK perangkat daerah untuk paket pengadaan langsung.'] },
          {
            judul: 'ALUR LAYANAN',
            isi: [
              'Uraian : Pengajuan paket oleh PPTK (unggah KAK dan HPS)\nPelaksana : PPTK',
              'Uraian : Validasi kelengkapan dan persetujuan paket\nPelaksana : PPK, status berubah menjadi "Disetujui PPK"',
              'Uraian : Penetapan penyedia dan unggah kontrak\nPelaksana : Pejabat Pengadaan',
              'Uraian : Pengajuan pembayaran dan status lunas\nPelaksana : Bendahara, notifikasi kepada penyedia',
            ],
          },
          { judul: 'RENCANA PENGEMBANGAN', isi: ['Penarikan data Rencana Umum Pengadaan dari SIRUP LKPP dan pengiriman data paket ke SPSE akan dikembangkan pada tahun 2026; saat ini data RUP masih diketik ulang.'] },
          { judul: 'PENUTUP', isi: ['Panduan ini berlaku bagi seluruh pejabat pengadaan.'] },
        ],
        place: RT_PLACE,
        date: '12 Februari 2025',
        signer: 'Kepala Bagian Pengadaan Barang dan Jasa,\nttd',
      }),
      screen('BAGIAN PBJ/SS SiPBJ Ranah Persetujuan Paket.png', [
        'https://sipbj.ranahtinggikab.go.id/paket/persetujuan',
        'SiPBJ Ranah',
        'Dashboard › Paket › Persetujuan PPK',
        'Kode Paket   Nama Paket                          Nilai HPS (Rp)   Status',
        'PL-25-0311   Pengadaan ATK Dinas Pertanian       48.500.000       Disetujui PPK',
        'PL-25-0312   Pemeliharaan AC Kantor Camat        27.000.000       Menunggu Persetujuan',
        '[ Setujui ]  [ Kembalikan ]  [ Riwayat ]',
      ]),
    ],
  },
  // ======================= 36 Kepegawaian — national SIASN through own account
  {
    name: 'kk9 Ranah Tinggi: layanan kepegawaian melalui akun instansi di SIASN BKN, usul kenaikan pangkat diverifikasi BKPSDM',
    indicator: 36,
    instansi: RANAH_TINGGI,
    range: [3, 4],
    // The national app used through the Pemda's own operator account: transaction (usul, verification, approval) is shown.
    // Whether SIASN's own national integration counts as the Pemda's collaboration is an assessor's call → 3–4.
    because: 'tingkat 3–4: usul kenaikan pangkat dan pensiun diajukan, diverifikasi dan disetujui melalui akun instansi Kabupaten Ranah Tinggi di SIASN BKN (transaksi, tingkat 3); SIASN adalah sistem nasional yang datanya dipakai bersama BKN, tetapi tidak ada integrasi aplikasi milik Pemda sendiri; tidak ada reviu (tingkat 5)',
    docs: [
      screen('BKPSDM/SS SIASN Usul Kenaikan Pangkat Instansi.png', [
        'https://siasn-instansi.bkn.go.id/layanan/kenaikan-pangkat',
        'SIASN - Sistem Informasi ASN | Instansi: Pemerintah Kabupaten Ranah Tinggi',
        'Operator: BKPSDM Kab. Ranah Tinggi (admin_kp_ranahtinggi)',
        'Layanan › Kenaikan Pangkat › Usulan Periode Oktober 2025',
        'NIP                  Nama                 Golongan Usul   Status',
        '198703112011011002   Arif Pratama         III/c           Disetujui BKN - Pertek terbit',
        '199105222015032004   Nurhasanah           III/b           Berkas diverifikasi BKPSDM - dikirim ke BKN',
        '[ Verifikasi ]  [ Kirim Usulan ]  [ Unduh SK ]',
      ]),
      laporan({
        path: 'BKPSDM/Laporan Layanan Kepegawaian Elektronik 2025.pdf',
        kop: RT_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'LAPORAN PELAKSANAAN LAYANAN KEPEGAWAIAN BERBASIS ELEKTRONIK',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Pemerintah Kabupaten Ranah Tinggi tidak membangun aplikasi kepegawaian sendiri dan menggunakan SIASN BKN melalui akun operator instansi.'] },
          {
            judul: 'LAYANAN YANG DILAKSANAKAN',
            isi: [
              'Uraian : Kenaikan pangkat periode April dan Oktober 2025\nJumlah : 412 usulan diverifikasi BKPSDM dan dikirim ke BKN',
              'Uraian : Pensiun BUP\nJumlah : 96 usulan',
              'Uraian : Pemutakhiran data mandiri (MyASN)\nJumlah : 3.870 ASN',
            ],
          },
          { judul: 'PENUTUP', isi: ['Pelaksanaan layanan berjalan seluruhnya secara elektronik.'] },
        ],
        place: RT_PLACE,
        date: '5 November 2025',
        signer: 'Kepala BKPSDM,\nttd',
      }),
    ],
  },
  // ======================= 37 Kearsipan — E-NASKAH KEMBAR with TTE, integrated with SRIKANDI
  {
    name: 'kk9 Batu Kembar: E-NASKAH KEMBAR disposisi dan TTE BSrE, berita acara integrasi dengan SRIKANDI ANRI',
    indicator: 37,
    instansi: BATU_KEMBAR,
    range: [4, 4],
    because: 'tingkat 4: surat masuk didisposisikan dan naskah keluar ditandatangani elektronik di E-NASKAH KEMBAR (tingkat 3), naskah dan metadata arsip dikirim ke SRIKANDI ANRI sesuai berita acara integrasi (tingkat 4); tidak ada reviu dan perbaikan (tingkat 5)',
    docs: [
      screen('BAGIAN UMUM/SS E-NASKAH Disposisi.png', [
        'https://enaskah.batukembarkota.go.id/surat-masuk/disposisi',
        'E-NASKAH KEMBAR - Tata Naskah Dinas Elektronik',
        'Surat Masuk | Disposisi | Naskah Keluar | Tanda Tangan Elektronik | Arsip | Kirim ke SRIKANDI',
        'No Agenda   Asal Surat            Perihal                    Disposisi Kepada          Status',
        '0914/2025   Kementerian Dalam Negeri  Evaluasi RKPD          Kepala Bappeda            Dibaca - ditindaklanjuti',
        '0915/2025   Dinas Sosial Provinsi     Data DTKS              Kepala Dinas Sosial       Belum dibaca',
        '[ Disposisikan ]  [ Tandatangani (TTE BSrE) ]  [ Teruskan ]',
      ]),
      {
        path: 'DISKOMINFO/BA Integrasi E-NASKAH dengan SRIKANDI.pdf',
        pages: [
          `${BK_KOP}\n${BK_KOMINFO}\nBERITA ACARA INTEGRASI APLIKASI E-NASKAH KEMBAR DENGAN SRIKANDI\nNomor : 045/77/Diskominfo/V/2025\n` +
            'Pada hari ini Rabu tanggal empat belas Mei tahun dua ribu dua puluh lima telah dilaksanakan integrasi aplikasi tata naskah dinas elektronik E-NASKAH KEMBAR dengan aplikasi SRIKANDI Arsip Nasional Republik Indonesia.\n' +
            'Uraian : Cakupan integrasi\nKeterangan : naskah keluar yang telah ditandatangani elektronik beserta metadata klasifikasi arsip dikirim ke SRIKANDI melalui API\n' +
            'Uraian : Hasil uji\nKeterangan : 50 naskah uji terkirim dan diterima; integrasi dinyatakan berhasil\n' +
            'Kepala Diskominfo, ttd\nKepala Dinas Kearsipan dan Perpustakaan, ttd',
        ],
      },
    ],
  },
  // ======================= 38 BMD — interaction; approval "akan dikembangkan"
  {
    name: 'kk9 Ranah Tinggi: SIMADA RANAH pencarian dan unduh KIB, persetujuan penghapusan akan dikembangkan',
    indicator: 38,
    instansi: RANAH_TINGGI,
    range: [2, 2],
    because: 'tingkat 2: SIMADA RANAH menyediakan pencarian, unggah foto dan unduh Kartu Inventaris Barang; usulan dan persetujuan penghapusan secara elektronik baru akan dikembangkan (tingkat 3 belum)',
    docs: [
      screen('BPKD/SS SIMADA RANAH KIB.png', [
        'https://simada.ranahtinggikab.go.id/kib',
        'SIMADA RANAH - Sistem Informasi Manajemen Barang Milik Daerah',
        'Beranda | KIB A | KIB B | KIB C | Pencarian | Unduh Laporan',
        'Cari: [ laptop ] [ Cari ]',
        'Kode Barang        Nama Barang      OPD                 Tahun   Kondisi   Aksi',
        '1.3.2.10.01.02     Laptop           Diskominfo dan Persandian  2022    Baik      [Unggah Foto] [Unduh]',
        '1.3.2.10.01.02     Laptop           Dinas Pertanian     2019    Rusak Berat  [Unggah Foto] [Unduh]',
        'Menu "Usulan Penghapusan" : akan dikembangkan',
      ]),
    ],
  },
  // ======================= 39 Pengawasan — transaction
  {
    name: 'kk9 Batu Kembar: SIWAS Inspektorat tindak lanjut temuan dengan verifikasi Inspektur Pembantu',
    indicator: 39,
    instansi: BATU_KEMBAR,
    range: [3, 3],
    because: 'tingkat 3: OPD mengunggah bukti tindak lanjut temuan, Inspektur Pembantu memverifikasi dan menyetujui status (transaksi); tidak ada integrasi dengan layanan lain (tingkat 4)',
    docs: [
      screen('INSPEKTORAT/SS SIWAS Tindak Lanjut.png', [
        'https://siwas.batukembarkota.go.id/temuan/tindak-lanjut',
        'SIWAS - Sistem Informasi Pengawasan Inspektorat Kota Batu Kembar',
        'Dashboard | PKPT | LHP | Temuan | Tindak Lanjut | Rekap',
        'No LHP            OPD                Temuan                       Bukti TL          Status',
        '700/LHP/14/2025   Dinas Perhubungan  Kelebihan bayar perjalanan   bukti_setor.pdf   Diverifikasi Irban II - Selesai',
        '700/LHP/15/2025   Dinas Koperasi     Aset belum dicatat           -                Dalam Proses',
        '[ Unggah Bukti ]  [ Verifikasi ]  [ Tolak ]',
      ]),
    ],
  },
  // ======================= 40 Akuntabilitas — collaboration; review with recommendations only
  {
    name: 'kk9 Ranah Tinggi: e-SAKIP Ranah terhubung SIRENA dan SIKEU RANAH, notulen reviu hanya berisi rekomendasi',
    indicator: 40,
    instansi: RANAH_TINGGI,
    range: [4, 4],
    // K5 needs the improvement itself; the minutes only recommend.
    because: 'tingkat 4: e-SAKIP Ranah memverifikasi perjanjian kinerja (tingkat 3) dan menarik data indikator dari SIRENA dan realisasi anggaran dari SIKEU RANAH (tingkat 4); reviu 2025 baru berupa rekomendasi tanpa bukti perbaikan (tingkat 5 belum)',
    docs: [
      screen('BAGIAN ORGANISASI/SS e-SAKIP Ranah Perjanjian Kinerja.png', [
        'https://esakip.ranahtinggikab.go.id/pk',
        'e-SAKIP Ranah - Sistem Akuntabilitas Kinerja Instansi Pemerintah',
        'Renstra | Perjanjian Kinerja | Pengukuran | LKjIP | Evaluasi',
        'OPD                 Indikator Kinerja (dari SIRENA)      Target   Realisasi Anggaran (SIKEU RANAH)   Status PK',
        'Dinas Kesehatan     Angka kematian ibu per 100.000 KH    85       78,4%                              Disetujui Bupati',
        'Dinas Pendidikan    APK SMP                               98,5     81,2%                              Menunggu Verifikasi',
        '[ Verifikasi ]  [ Setujui ]  [ Tarik Data SIRENA ]  [ Tarik Realisasi SIKEU ]',
      ]),
      notulen({
        path: 'BAGIAN ORGANISASI/Notulen Reviu e-SAKIP 2025.pdf',
        kop: RT_KOP,
        unit: 'SEKRETARIAT DAERAH - BAGIAN ORGANISASI',
        title: 'REVIU LAYANAN AKUNTABILITAS KINERJA BERBASIS ELEKTRONIK (e-SAKIP RANAH)',
        hari: 'Kamis, 12 Juni 2025',
        tempat: 'Ruang Rapat Asisten III',
        pimpinan: 'Asisten Administrasi Umum',
        peserta: 'Bagian Organisasi, Bappeda, BPKD, Diskominfo dan Persandian, Inspektorat',
        rows: [
          ['Keterhubungan data kinerja dan anggaran', 'Penarikan realisasi dari SIKEU RANAH berjalan harian', 'Dipertahankan'],
          ['Modul evaluasi SAKIP internal', 'Lembar kerja evaluasi masih di luar aplikasi', 'Direkomendasikan pengembangan modul evaluasi pada tahun 2026'],
          ['Cascading kinerja individu', 'Belum terhubung dengan aplikasi kinerja pegawai', 'Direkomendasikan kajian integrasi dengan e-Kinerja BKN'],
        ],
        place: RT_PLACE,
        date: '12 Juni 2025',
      }),
    ],
  },
  // ======================= 41 Kinerja Pegawai — release notes dated before the review
  {
    name: 'kk9 Batu Kembar: e-Kinerja Lokal terhubung TPP dan e-Kinerja BKN, rilis 2.1 Januari 2024 sebelum reviu Maret 2024',
    indicator: 41,
    instansi: BATU_KEMBAR,
    range: [4, 4],
    // The only improvement shown predates the review, so it is not a follow-up of it.
    because: 'tingkat 4: SKP dan realisasi harian disetujui atasan (tingkat 3), nilai kinerja dipakai aplikasi TPP dan dikirim ke e-Kinerja BKN (tingkat 4); rilis 2.1 tertanggal Januari 2024 mendahului reviu 20 Maret 2024 sehingga bukan perbaikan berdasarkan hasil reviu (tingkat 5 belum)',
    docs: [
      screen('BKPSDM/SS e-Kinerja Lokal Persetujuan SKP.png', [
        'https://ekinerja.batukembarkota.go.id/skp/persetujuan',
        'e-Kinerja Lokal Kota Batu Kembar',
        'SKP | Realisasi Harian | Persetujuan Atasan | Penilaian | Kirim ke BKN | TPP',
        'NIP                  Nama              Periode      Capaian   Status',
        '198912032014022001   Siti Rahmawati    Sept 2025    Baik      Disetujui atasan - terkirim e-Kinerja BKN',
        '199306172019031005   Fajar Nugraha     Sept 2025    -         Menunggu persetujuan',
        '[ Setujui ]  [ Kembalikan ]  [ Hitung TPP ]',
      ]),
      laporan({
        path: 'BKPSDM/Catatan Rilis e-Kinerja Lokal 2.1.pdf',
        kop: BK_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'CATATAN RILIS APLIKASI e-KINERJA LOKAL VERSI 2.1',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Versi 2.1 menyesuaikan format SKP dengan Peraturan BKN yang berlaku.'] },
          { judul: 'PERUBAHAN', isi: ['Uraian : Format SKP baru\nStatus : selesai', 'Uraian : Pengiriman nilai kinerja ke e-Kinerja BKN melalui API\nStatus : selesai'] },
          { judul: 'PENUTUP', isi: ['Rilis produksi tanggal 15 Januari 2024.'] },
        ],
        place: BK_PLACE,
        date: '15 Januari 2024',
        signer: 'Kepala BKPSDM,\nttd',
      }),
      notulen({
        path: 'BKPSDM/Notulen Reviu e-Kinerja Lokal.pdf',
        kop: BK_KOP,
        unit: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
        title: 'REVIU DAN EVALUASI LAYANAN KINERJA PEGAWAI BERBASIS ELEKTRONIK',
        hari: 'Rabu, 20 Maret 2024',
        tempat: 'Aula BKPSDM',
        pimpinan: 'Sekretaris BKPSDM',
        peserta: 'Bidang Penilaian Kinerja, Diskominfo, BPKAD, admin OPD',
        rows: [
          ['Perhitungan TPP', 'Pemotongan TPP atas keterlambatan belum otomatis', 'Diusulkan integrasi dengan aplikasi presensi'],
          ['Kinerja organisasi', 'Cascading dari perjanjian kinerja OPD belum tersedia', 'Diusulkan pengembangan tahun berikutnya'],
        ],
        place: BK_PLACE,
        date: '20 Maret 2024',
      }),
    ],
  },
  // ======================= 42 Pengaduan — improvement after review
  {
    name: 'kk9 Ranah Tinggi: LAPOR RANAH terhubung SP4N-LAPOR!, reviu September 2024 ditindaklanjuti rilis Februari 2025',
    indicator: 42,
    instansi: RANAH_TINGGI,
    range: [5, 5],
    because: 'tingkat 5: aduan didisposisikan ke OPD dengan status dan notifikasi (tingkat 3), disinkronkan dua arah dengan SP4N-LAPOR! (tingkat 4), reviu 24 September 2024 ditindaklanjuti dengan rilis perbaikan 3 Februari 2025',
    docs: [
      screen('DISKOMINFO/SS LAPOR RANAH Disposisi.png', [
        'https://lapor.ranahtinggikab.go.id/admin/aduan',
        'LAPOR RANAH - Layanan Pengaduan Masyarakat Kabupaten Ranah Tinggi',
        'Aduan Masuk | Verifikasi | Disposisi | Tindak Lanjut | Sinkron SP4N-LAPOR! | Statistik',
        'ID Aduan   Sumber           Kategori          Disposisi ke        Status',
        'RT-25-881  SP4N-LAPOR!      Jalan kabupaten   Dinas PUPR          Ditindaklanjuti - terkirim ke SP4N-LAPOR!',
        'RT-25-882  WhatsApp         Air bersih        Perumda Air Minum   Menunggu Verifikasi',
        '[ Verifikasi ]  [ Disposisikan ]  [ Balas Pelapor ]',
      ]),
      notulen({
        path: 'DISKOMINFO/Notulen Reviu Layanan Pengaduan 2024.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'REVIU DAN EVALUASI LAYANAN PENGADUAN PELAYANAN PUBLIK (LAPOR RANAH)',
        hari: 'Selasa, 24 September 2024',
        tempat: 'Ruang Rapat Diskominfo dan Persandian',
        pimpinan: 'Kepala Diskominfo dan Persandian',
        peserta: 'Bagian Organisasi, Inspektorat, admin pengaduan 31 OPD',
        rows: [
          ['Kecepatan tindak lanjut', 'Rata-rata 9 hari kerja; tidak ada pengingat batas waktu', 'Tambah pengingat otomatis H-2 batas waktu kepada OPD'],
          ['Kanal WhatsApp', 'Aduan WhatsApp dicatat manual oleh admin', 'Integrasi WhatsApp Business API ke LAPOR RANAH'],
          ['Kepuasan pelapor', 'Belum ada penilaian pelapor', 'Tambah fitur penilaian kepuasan'],
        ],
        place: RT_PLACE,
        date: '24 September 2024',
      }),
      laporan({
        path: 'DISKOMINFO/Laporan Pengembangan LAPOR RANAH 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN PENYEMPURNAAN APLIKASI LAPOR RANAH',
        nomor: '555/061/Diskominfo/II/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Penyempurnaan ini menindaklanjuti keputusan rapat reviu layanan pengaduan tanggal 24 September 2024.'] },
          {
            judul: 'HASIL PENYEMPURNAAN',
            isi: [
              'Uraian : Pengingat otomatis H-2 batas waktu tindak lanjut\nStatus : aktif',
              'Uraian : Aduan WhatsApp Business API langsung tercatat\nStatus : aktif',
              'Uraian : Penilaian kepuasan pelapor (skala 1-5)\nStatus : aktif',
            ],
          },
          { judul: 'PELAKSANAAN', isi: ['Uraian : Tanggal rilis\nKeterangan : 3 Februari 2025'] },
          { judul: 'PENUTUP', isi: ['Demikian laporan ini dibuat.'] },
        ],
        place: RT_PLACE,
        date: '10 Februari 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
    ],
  },
  // ======================= 43 Data Terbuka — search and download
  {
    name: 'kk9 Batu Kembar: portal Satu Data Batu Kembar dengan pencarian dan unduh dataset',
    indicator: 43,
    instansi: BATU_KEMBAR,
    range: [2, 2],
    because: 'tingkat 2: portal menyediakan pencarian dan unduh dataset (CSV/XLSX); tidak ada alur validasi atau persetujuan dataset oleh walidata yang ditunjukkan (tingkat 3) maupun integrasi dengan Portal Satu Data Indonesia',
    docs: [
      screen('DISKOMINFO/SS Portal Satu Data Dataset.png', [
        'https://data.batukembarkota.go.id/dataset',
        'Satu Data Batu Kembar - Portal Data Terbuka',
        'Beranda | Dataset | Organisasi | Infografik | Tentang',
        'Cari dataset: [ jumlah penduduk ] [ Cari ]',
        'Judul Dataset                                   Organisasi               Format      Aksi',
        'Jumlah Penduduk Menurut Kecamatan 2024          Disdukcapil              CSV, XLSX   [Unduh]',
        'Jumlah Sekolah Dasar Menurut Status 2024        Dinas Pendidikan         CSV         [Unduh]',
        'Menampilkan 2 dari 418 dataset',
      ]),
    ],
  },
  // ======================= 44 JDIH — search/download, not integrated with JDIHN
  {
    name: 'kk9 Ranah Tinggi: JDIH kabupaten dengan pencarian dan unduh, belum terintegrasi dengan JDIHN',
    indicator: 44,
    instansi: RANAH_TINGGI,
    range: [2, 2],
    because: 'tingkat 2: JDIH menyediakan pencarian dan unduh produk hukum; tidak ada alur verifikasi/persetujuan elektronik yang didokumentasikan (tingkat 3) dan laporan menyatakan belum terintegrasi dengan JDIHN (tingkat 4)',
    docs: [
      screen('BAGIAN HUKUM/SS JDIH Ranah Tinggi.png', [
        'https://jdih.ranahtinggikab.go.id/produk-hukum',
        'JDIH Kabupaten Ranah Tinggi',
        'Beranda | Produk Hukum | Pencarian | Statistik Unduhan',
        'Jenis: [ Peraturan Bupati ] Tahun: [ 2024 ] Kata kunci: [ retribusi ] [ Cari ]',
        'Judul                                                    Tahun   Aksi',
        'Peraturan Bupati Nomor 12 Tahun 2024 tentang Tarif Retribusi Pasar   2024   [Unduh PDF]',
        'Peraturan Bupati Nomor 30 Tahun 2024 tentang Perjalanan Dinas        2024   [Unduh PDF]',
      ]),
      laporan({
        path: 'BAGIAN HUKUM/Laporan Pengelolaan JDIH 2025.pdf',
        kop: RT_KOP,
        unit: 'SEKRETARIAT DAERAH - BAGIAN HUKUM',
        title: 'LAPORAN PENGELOLAAN JARINGAN DOKUMENTASI DAN INFORMASI HUKUM TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Laporan disusun sebagai bahan pembinaan JDIH oleh Kanwil Kementerian Hukum.'] },
          { judul: 'KONDISI LAYANAN', isi: ['Uraian : Jumlah produk hukum terunggah\nKeterangan : 1.126 dokumen', 'Uraian : Integrasi dengan JDIHN BPHN\nKeterangan : belum terintegrasi; metadata masih dikirim melalui surel'] },
          { judul: 'PENUTUP', isi: ['Integrasi dengan JDIHN menjadi prioritas tahun 2026.'] },
        ],
        place: RT_PLACE,
        date: '4 Agustus 2025',
        signer: 'Kepala Bagian Hukum,\nttd',
      }),
    ],
  },
  // ======================= 34 Keuangan — improvement after a review outside the window
  {
    name: 'kk9 Batu Kembar: SIPKD Kembar terhubung CMS bank, reviu 2021 dan perbaikan 2022 di luar masa berlaku',
    indicator: 34,
    instansi: BATU_KEMBAR,
    range: [4, 4],
    because: 'tingkat 4: SP2D disetujui dan diterbitkan di SIPKD Kembar (tingkat 3) dan dikirim ke CMS Bank Kembar melalui API (tingkat 4); reviu Oktober 2021 dan perbaikan Maret 2022 berada di luar masa dua tahun sebelum tahun penilaian 2025 sehingga tidak lagi menunjukkan perbaikan yang mutakhir (tingkat 5)',
    docs: [
      screen('BPKAD/SS SIPKD Kembar SP2D.png', [
        'https://sipkd.batukembarkota.go.id/sp2d',
        'SIPKD Kembar - Sistem Informasi Pengelolaan Keuangan Daerah',
        'SPM | Verifikasi | SP2D | Kirim ke CMS Bank | Rekonsiliasi',
        'No SP2D             Penerima              Nilai (Rp)      Status',
        '01022/SP2D/2025     CV Karya Mandiri      214.500.000     Disetujui BUD - terkirim CMS Bank Kembar',
        '01023/SP2D/2025     Bendahara Dinkes      56.000.000      Menunggu persetujuan',
        '[ Setujui ]  [ Kirim ke Bank ]',
      ]),
      notulen({
        path: 'BPKAD/Notulen Reviu SIPKD 2021.pdf',
        kop: BK_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'REVIU APLIKASI SIPKD KEMBAR',
        hari: 'Jumat, 8 Oktober 2021',
        tempat: 'Ruang Rapat BPKAD',
        pimpinan: 'Kepala BPKAD',
        peserta: 'Bidang Perbendaharaan, Diskominfo, Bank Kembar',
        rows: [['Pengiriman SP2D ke bank', 'Masih berupa berkas', 'Bangun integrasi API dengan CMS Bank Kembar']],
        place: BK_PLACE,
        date: '8 Oktober 2021',
      }),
      laporan({
        path: 'BPKAD/Laporan Pengembangan SIPKD 2022.pdf',
        kop: BK_KOP,
        unit: 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
        title: 'LAPORAN PENGEMBANGAN SIPKD KEMBAR TAHUN 2022',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Menindaklanjuti hasil reviu tanggal 8 Oktober 2021.'] },
          { judul: 'HASIL', isi: ['Uraian : Integrasi API SP2D dengan CMS Bank Kembar\nStatus : aktif sejak 14 Maret 2022'] },
          { judul: 'PENUTUP', isi: ['Demikian.'] },
        ],
        place: BK_PLACE,
        date: '21 Maret 2022',
        signer: 'Kepala BPKAD,\nttd',
      }),
    ],
  },

  // ================================================================ PROCESS
  // ======================= 3 Kebijakan Manajemen Data — enacted, part of the processes
  {
    name: 'kk9 Ranah Tinggi: Perbup Satu Data mengatur data induk, data referensi, kualitas dan interoperabilitas tanpa arsitektur data dan basis data',
    indicator: 3,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    // Indicator 3 quirk: K2 "telah ditetapkan"; K3 "hanya mengatur sebagian"; K4 all six processes.
    because: 'tingkat 3: Peraturan Bupati ditetapkan dan mengatur sebagian rangkaian pengelolaan data (data induk, data referensi, kualitas data, interoperabilitas); arsitektur data dan basis data tidak diatur (tingkat 4 mensyaratkan seluruhnya)',
    docs: [
      peraturan({
        path: 'BAGIAN HUKUM/Perbup 17 Tahun 2024 Satu Data Ranah Tinggi.pdf',
        kop: RT_KOP,
        head: RT_HEAD,
        nomor: '17',
        tahun: '2024',
        title: 'PENYELENGGARAAN SATU DATA KABUPATEN RANAH TINGGI',
        menimbang: ['bahwa untuk mewujudkan data yang akurat, mutakhir, terpadu dan dapat dipertanggungjawabkan perlu mengatur pengelolaan data di lingkungan Pemerintah Kabupaten Ranah Tinggi;'],
        mengingat: ['Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;', PERPRES_SPBE + ';'],
        pasal: [
          'Dalam Peraturan Bupati ini yang dimaksud dengan:\n1. Data Induk adalah data yang merepresentasikan objek dalam proses bisnis pemerintah yang ditetapkan sesuai ketentuan.\n2. Data Referensi adalah data yang digunakan sebagai acuan nilai bagi data lain.\n3. Walidata adalah Dinas Komunikasi, Informatika dan Persandian.',
          'Setiap produsen data menetapkan data induk dan menggunakan data referensi yang ditetapkan walidata.',
          '(1) Kualitas data dijamin melalui pemeriksaan kesesuaian standar data, metadata, dan kode referensi oleh walidata.\n(2) Data yang tidak memenuhi standar dikembalikan kepada produsen data untuk diperbaiki.',
          'Interoperabilitas data dilaksanakan melalui portal Satu Data Kabupaten dan Sistem Penghubung Layanan sesuai kaidah pertukaran data.',
          'Ketentuan lebih lanjut mengenai tata cara penyebarluasan data diatur dengan Keputusan Kepala Dinas.',
          'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: RT_PLACE,
        date: '3 Juni 2024',
        name: 'H. ZULKARNAIN, S.H.',
        berita: 'BERITA DAERAH KABUPATEN RANAH TINGGI TAHUN 2024 NOMOR 17',
      }),
    ],
  },
  // ======================= 5 Kebijakan Pusat Data — all units, PDN, no review
  {
    name: 'kk9 Batu Kembar: Perwal Layanan Pusat Data untuk seluruh perangkat daerah dan pemanfaatan PDN, tanpa reviu',
    indicator: 5,
    instansi: BATU_KEMBAR,
    range: [3, 3],
    // K4 needs both the PDN clause and a periodic review; only the clause is there.
    because: 'tingkat 3: Perwal mewajibkan seluruh perangkat daerah menggunakan Pusat Data Kota dan mengatur interkoneksi dengan Pusat Data Nasional, tetapi tidak ada bukti reviu dan evaluasi kebijakan (syarat tingkat 4 belum lengkap)',
    docs: [
      peraturan({
        path: 'BAGIAN HUKUM/Perwal 22 Tahun 2024 Layanan Pusat Data.pdf',
        kop: BK_KOP,
        head: BK_HEAD,
        nomor: '22',
        tahun: '2024',
        title: 'PENYELENGGARAAN LAYANAN PUSAT DATA PEMERINTAH KOTA BATU KEMBAR',
        menimbang: ['bahwa untuk efisiensi dan keamanan penyimpanan data dan sistem informasi perlu pengaturan layanan pusat data;'],
        mengingat: [PERPRES_SPBE + ';'],
        pasal: [
          'Pusat Data Kota adalah fasilitas yang digunakan untuk penempatan sistem elektronik dan komponen terkait untuk keperluan penempatan, penyimpanan dan pengolahan data, yang dikelola Dinas Komunikasi dan Informatika.',
          '(1) Seluruh perangkat daerah wajib menempatkan aplikasi dan data pada Pusat Data Kota.\n(2) Perangkat daerah dilarang menyelenggarakan ruang server sendiri.',
          'Pengelolaan layanan pusat data meliputi penyediaan ruang, colocation, virtual server, pencadangan dan pemulihan data.',
          'Pusat Data Kota terhubung (interkoneksi) dengan Pusat Data Nasional, dan pemanfaatan layanan Pusat Data Nasional dilaksanakan sesuai ketentuan peraturan perundang-undangan.',
          'Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: BK_PLACE,
        date: '9 September 2024',
        name: 'Dr. RAHMAT HIDAYAT, M.Si.',
        berita: 'BERITA DAERAH KOTA BATU KEMBAR TAHUN 2024 NOMOR 22',
      }),
    ],
  },
  // ======================= 8 Kebijakan Keamanan Informasi — draft with an invitation
  {
    name: 'kk9 Ranah Tinggi: rancangan Perbup Manajemen Keamanan Informasi dan undangan rapat penyusunan',
    indicator: 8,
    instansi: RANAH_TINGGI,
    range: [1, 1],
    because: 'tingkat 1: baru rancangan Peraturan Bupati (nomor kosong, belum ditandatangani) dan undangan rapat penyusunan; tingkat 2 mensyaratkan kebijakan telah ditetapkan',
    docs: [
      {
        path: 'DISKOMINFO/Rancangan Perbup Manajemen Keamanan Informasi.docx',
        pages: [
          `${RT_KOP}\nRANCANGAN\nPERATURAN ${RT_HEAD}\nNOMOR ... TAHUN 2025\nTENTANG\nMANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n` +
            'Pasal 1\nManajemen keamanan informasi meliputi penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja dan perbaikan berkelanjutan.\n' +
            'Pasal 2\nPenanggung jawab keamanan informasi adalah Kepala Dinas Komunikasi, Informatika dan Persandian.\nPasal 3\n[ketentuan penerapan di perangkat daerah masih dibahas]\n' +
            'Ditetapkan di Ranah Tinggi\npada tanggal ...\nBUPATI RANAH TINGGI,\n(belum ditandatangani)\nDRAF - UNTUK PEMBAHASAN',
        ],
      },
      {
        path: 'DISKOMINFO/Undangan Rapat Penyusunan Perbup Keamanan Informasi.pdf',
        pages: [
          `${RT_KOP}\n${RT_KOMINFO}\nRanah Tinggi, 6 Oktober 2025\nNomor : 005/318/Diskominfo/X/2025\nSifat : Segera\nPerihal : Undangan Rapat Penyusunan Rancangan Peraturan Bupati tentang Manajemen Keamanan Informasi\n` +
            'Yth. Kepala Bagian Hukum Setdakab; Inspektur; Kepala Perangkat Daerah terkait\ndi Ranah Tinggi\nDengan hormat, mengharap kehadiran Bapak/Ibu pada:\nHari/Tanggal : Senin, 13 Oktober 2025\nPukul : 09.00 WIB\nTempat : Ruang Rapat Diskominfo dan Persandian\nAcara : Pembahasan rancangan Peraturan Bupati tentang Manajemen Keamanan Informasi SPBE\nKepala Dinas,\nttd',
        ],
      },
    ],
  },
  // ======================= 9 Kebijakan Audit TIK — complete, reviewed, recommendations only
  {
    name: 'kk9 Batu Kembar: Perwal Audit TIK tiga jenis audit untuk seluruh perangkat daerah, notulen reviu 2024 dengan rekomendasi revisi saja',
    indicator: 9,
    instansi: BATU_KEMBAR,
    range: [4, 4],
    because: 'tingkat 4: Perwal mengatur audit infrastruktur, aplikasi dan keamanan SPBE bagi seluruh perangkat daerah (tingkat 3) dan telah direviu 5 November 2024 (tingkat 4); rekomendasi revisi belum ditindaklanjuti dengan kebijakan baru (tingkat 5)',
    docs: [
      peraturan({
        path: 'BAGIAN HUKUM/Perwal 8 Tahun 2023 Audit TIK.pdf',
        kop: BK_KOP,
        head: BK_HEAD,
        nomor: '8',
        tahun: '2023',
        title: 'PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        menimbang: ['bahwa untuk memastikan keandalan dan keamanan sistem pemerintahan berbasis elektronik perlu pengaturan audit teknologi informasi dan komunikasi;'],
        mengingat: [PERPRES_SPBE + ';'],
        pasal: [
          'Audit TIK meliputi:\na. audit infrastruktur SPBE;\nb. audit aplikasi SPBE; dan\nc. audit keamanan SPBE.',
          'Audit TIK dilaksanakan terhadap seluruh perangkat daerah di lingkungan Pemerintah Kota Batu Kembar paling sedikit 1 (satu) kali dalam 2 (dua) tahun.',
          'Audit TIK dilaksanakan oleh auditor internal dan/atau lembaga pelaksana audit TIK yang terakreditasi.',
          'Hasil audit TIK dilaporkan kepada Wali Kota melalui Tim Koordinasi SPBE dan ditindaklanjuti oleh perangkat daerah.',
          'Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.',
        ],
        place: BK_PLACE,
        date: '20 Maret 2023',
        name: 'Dr. RAHMAT HIDAYAT, M.Si.',
        berita: 'BERITA DAERAH KOTA BATU KEMBAR TAHUN 2023 NOMOR 8',
      }),
      notulen({
        path: 'DISKOMINFO/Notulen Reviu Perwal Audit TIK.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'REVIU DAN EVALUASI PERATURAN WALI KOTA NOMOR 8 TAHUN 2023 TENTANG PELAKSANAAN AUDIT TIK',
        hari: 'Selasa, 5 November 2024',
        tempat: 'Ruang Rapat Diskominfo',
        pimpinan: 'Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE',
        peserta: 'Inspektorat, Bagian Hukum, Diskominfo, Bappeda',
        rows: [
          ['Kesesuaian dengan Peraturan BRIN Nomor 2 Tahun 2022 tentang audit TIK', 'Perwal belum mengacu standar dan tata cara audit TIK nasional', 'Direkomendasikan revisi Perwal pada tahun 2025'],
          ['Frekuensi audit', 'Siklus dua tahunan belum dapat dipenuhi seluruh perangkat daerah', 'Perlu prioritas berbasis risiko dalam revisi'],
        ],
        place: BK_PLACE,
        date: '5 November 2024',
      }),
    ],
  },
  // ======================= 10 Kebijakan Tim Koordinasi — revision enacted after the review
  {
    name: 'kk9 Ranah Tinggi: SK Tim Koordinasi SPBE 2023, reviu Oktober 2024 dan SK perubahan Februari 2025',
    indicator: 10,
    instansi: RANAH_TINGGI,
    range: [5, 5],
    because: 'tingkat 5: SK 2023 mengatur tugas tim untuk seluruh perangkat daerah dan koordinasi dengan Pemerintah Provinsi dan Instansi Pusat (tingkat 3–4), direviu 29 Oktober 2024, dan hasilnya ditindaklanjuti SK baru 17 Februari 2025',
    docs: [
      keputusan({
        path: 'BAGIAN HUKUM/SK Bupati Tim Koordinasi SPBE 2023.pdf',
        kop: RT_KOP,
        head: RT_HEAD,
        nomor: '100.3.3.2/212/KPTS/2023',
        title: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN RANAH TINGGI',
        menimbang: ['bahwa untuk melaksanakan Pasal 72 Peraturan Presiden Nomor 95 Tahun 2018 perlu membentuk Tim Koordinasi SPBE;'],
        mengingat: [PERPRES_SPBE + ';'],
        diktum: [
          'Membentuk Tim Koordinasi SPBE Kabupaten Ranah Tinggi dengan susunan sebagaimana tercantum dalam Lampiran.',
          'Tim Koordinasi SPBE bertugas mengoordinasikan perencanaan, penerapan, pemantauan dan evaluasi SPBE pada seluruh perangkat daerah.',
          'Tim Koordinasi SPBE melakukan koordinasi dengan Tim Koordinasi SPBE Provinsi dan Instansi Pusat dalam rangka keterpaduan SPBE.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: RT_PLACE,
        date: '2 Mei 2023',
        name: 'H. ZULKARNAIN, S.H.',
      }),
      notulen({
        path: 'DISKOMINFO/Notulen Evaluasi SK Tim Koordinasi SPBE 2024.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'REVIU DAN EVALUASI KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SPBE',
        hari: 'Selasa, 29 Oktober 2024',
        tempat: 'Ruang Rapat Sekretaris Daerah',
        pimpinan: 'Sekretaris Daerah',
        peserta: 'Asisten, Bappeda, Diskominfo dan Persandian, Bagian Organisasi, Inspektorat',
        rows: [
          ['Susunan keanggotaan', 'Nomenklatur perangkat daerah berubah setelah Perda SOTK 2024', 'Sesuaikan susunan tim'],
          ['Tugas tim', 'Belum memuat tugas manajemen risiko SPBE dan pengawasan audit TIK', 'Tambahkan tugas dalam SK perubahan'],
        ],
        place: RT_PLACE,
        date: '29 Oktober 2024',
      }),
      keputusan({
        path: 'BAGIAN HUKUM/SK Bupati Tim Koordinasi SPBE 2025.pdf',
        kop: RT_KOP,
        head: RT_HEAD,
        nomor: '100.3.3.2/041/KPTS/2025',
        title: 'PERUBAHAN ATAS KEPUTUSAN BUPATI NOMOR 100.3.3.2/212/KPTS/2023 TENTANG TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        menimbang: ['bahwa berdasarkan hasil reviu dan evaluasi tanggal 29 Oktober 2024 perlu menyesuaikan susunan dan tugas Tim Koordinasi SPBE;'],
        mengingat: [PERPRES_SPBE + ';'],
        diktum: [
          'Mengubah susunan keanggotaan Tim Koordinasi SPBE sesuai nomenklatur perangkat daerah berdasarkan Perda SOTK 2024.',
          'Menambah tugas Tim Koordinasi SPBE: menetapkan kebijakan manajemen risiko SPBE dan mengawasi tindak lanjut audit TIK pada seluruh perangkat daerah.',
          'Tim tetap berkoordinasi dengan Tim Koordinasi SPBE Provinsi dan Instansi Pusat.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: RT_PLACE,
        date: '17 Februari 2025',
        name: 'H. ZULKARNAIN, S.H.',
      }),
    ],
  },
  // ======================= 13 Keterpaduan Rencana dan Anggaran — 19 dari 27 OPD
  {
    name: 'kk9 Batu Kembar: rekap konsultasi belanja TIK, 19 dari 27 OPD berkonsultasi ke Diskominfo',
    indicator: 13,
    instansi: BATU_KEMBAR,
    range: [2, 2],
    because: 'tingkat 2: rencana dan anggaran SPBE tertuang dalam RKA, tetapi hanya 19 dari 27 perangkat daerah yang mengonsultasikannya kepada Diskominfo (tingkat 3 mensyaratkan seluruhnya)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Konsultasi Belanja TIK TA 2025.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'LAPORAN HASIL KONSULTASI RENCANA DAN ANGGARAN BELANJA TIK PERANGKAT DAERAH TAHUN ANGGARAN 2025',
        nomor: '027/155/Diskominfo/2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Sesuai Surat Edaran Wali Kota tentang konsultasi belanja TIK, perangkat daerah mengonsultasikan rencana belanja TIK dalam RKA-SKPD kepada Diskominfo sebelum pembahasan TAPD.'] },
          {
            judul: 'HASIL KONSULTASI',
            isi: [
              'Uraian : Perangkat daerah yang memiliki belanja TIK\nJumlah : 27 OPD',
              'Uraian : Perangkat daerah yang telah berkonsultasi\nJumlah : 19 dari 27 OPD',
              'Uraian : Perangkat daerah yang belum berkonsultasi\nJumlah : 8 OPD (antara lain Dinas PUPR, RSUD, Satpol PP)',
              'Uraian : Nilai belanja TIK yang dikonsultasikan\nJumlah : Rp 14.220.000.000',
            ],
          },
          { judul: 'KESIMPULAN', isi: ['Konsultasi belum dilaksanakan oleh seluruh perangkat daerah.'] },
          { judul: 'PENUTUP', isi: ['Laporan ini disampaikan kepada Ketua TAPD.'] },
        ],
        place: BK_PLACE,
        date: '28 Oktober 2024',
        signer: 'Kepala Diskominfo Kota Batu Kembar,\nttd',
      }),
    ],
  },
  // ======================= 16 Pusat Data — all units, SOP, no PDN / review
  {
    name: 'kk9 Ranah Tinggi: pusat data kabupaten dipakai seluruh perangkat daerah dengan SOP penempatan server',
    indicator: 16,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    because: 'tingkat 3: laporan menunjukkan seluruh 31 perangkat daerah menempatkan aplikasi di pusat data kabupaten dan ada SOP pengoperasian baku; tidak ada interkoneksi dengan PDN maupun reviu penggunaan (tingkat 4)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Layanan Pusat Data 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN PENYELENGGARAAN LAYANAN PUSAT DATA KABUPATEN RANAH TINGGI SEMESTER I TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Pusat data kabupaten dikelola Bidang Aplikasi dan Infrastruktur Diskominfo dan Persandian.'] },
          {
            judul: 'PENGGUNAAN LAYANAN',
            isi: [
              'Uraian : Perangkat daerah pengguna colocation/virtual server\nJumlah : 31 dari 31 perangkat daerah (seluruh perangkat daerah)',
              'Uraian : Jumlah virtual server\nJumlah : 146',
              'Uraian : Ketersediaan layanan\nJumlah : 99,6%',
            ],
          },
          { judul: 'PROSEDUR', isi: ['Penempatan dan pengoperasian server mengikuti SOP Nomor 12/SOP/Diskominfo/2024.'] },
          { judul: 'PENUTUP', isi: ['Demikian laporan ini.'] },
        ],
        place: RT_PLACE,
        date: '8 Juli 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
      sop({
        path: 'DISKOMINFO/SOP Penempatan Server Pusat Data.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        nomor: '12/SOP/Diskominfo/2024',
        dibuat: '5 Februari 2024',
        efektif: '1 Maret 2024',
        disahkan: 'Kepala Dinas Komunikasi, Informatika dan Persandian',
        judul: 'Penempatan dan Pengoperasian Server pada Pusat Data Kabupaten',
        dasar: [PERPRES_SPBE],
        keterkaitan: 'SOP Pencadangan Data; SOP Penanganan Insiden',
        rows: [
          ['Mengajukan permohonan penempatan server/VM melalui formulir', 'Admin perangkat daerah', 'Formulir permohonan, 1 hari'],
          ['Memverifikasi kebutuhan sumber daya', 'Pengelola pusat data', 'Lembar verifikasi, 2 hari'],
          ['Menyiapkan virtual server dan akses', 'Administrator sistem', 'VM aktif, 2 hari'],
          ['Memantau kinerja dan mencadangkan data harian', 'Operator pusat data', 'Log pemantauan, harian'],
        ],
      }),
    ],
  },
  // ======================= 19 Pelaksanaan Tim Koordinasi — program partly done
  {
    name: 'kk9 Batu Kembar: laporan Tim Koordinasi SPBE 2025, 5 dari 8 program kerja terlaksana',
    indicator: 19,
    instansi: BATU_KEMBAR,
    range: [2, 2],
    because: 'tingkat 2: tim memiliki program kerja tahunan dan melaksanakannya sesuai rencana, tetapi hanya 5 dari 8 program yang terlaksana (tingkat 3 mensyaratkan seluruhnya)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Pelaksanaan Tim Koordinasi SPBE 2025.pdf',
        kop: BK_KOP,
        unit: 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
        title: 'LAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE KOTA BATU KEMBAR TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Program kerja tim ditetapkan dalam rapat pleno 15 Januari 2025 sesuai Keputusan Wali Kota tentang Tim Koordinasi SPBE.'] },
          {
            judul: 'CAPAIAN PROGRAM KERJA',
            isi: [
              'Uraian : Penyusunan Arsitektur SPBE\nStatus : terlaksana',
              'Uraian : Penyusunan Peta Rencana SPBE\nStatus : terlaksana',
              'Uraian : Evaluasi mandiri SPBE\nStatus : terlaksana',
              'Uraian : Konsolidasi aplikasi perangkat daerah\nStatus : terlaksana',
              'Uraian : Bimbingan teknis SPBE\nStatus : terlaksana',
              'Uraian : Penyusunan manajemen risiko SPBE\nStatus : belum terlaksana',
              'Uraian : Audit TIK\nStatus : belum terlaksana (anggaran tidak tersedia)',
              'Uraian : Sosialisasi program kerja kepada perangkat daerah\nStatus : belum terlaksana',
            ],
          },
          { judul: 'KESIMPULAN', isi: ['Sebanyak 5 dari 8 program kerja telah terlaksana.'] },
          { judul: 'PENUTUP', isi: ['Program yang belum terlaksana dijadwalkan ulang pada tahun 2026.'] },
        ],
        place: BK_PLACE,
        date: '1 Desember 2025',
        signer: 'Sekretaris Tim Koordinasi SPBE,\nttd',
      }),
    ],
  },
  // ======================= 21 Manajemen Risiko — pedoman, all units, undated review note
  {
    name: 'kk9 Ranah Tinggi: manajemen risiko SPBE sesuai pedoman di seluruh perangkat daerah, catatan reviu tanpa tanggal',
    indicator: 21,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    because: 'tingkat 3: register risiko seluruh perangkat daerah disusun mengacu Perbup pedoman manajemen risiko SPBE; catatan reviu tidak bertanggal sehingga reviu periodik yang mutakhir tidak terbukti, dan kebijakan strategis oleh Tim Koordinasi tidak ditunjukkan (tingkat 4)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Penerapan Manajemen Risiko SPBE 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE KABUPATEN RANAH TINGGI TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Penerapan manajemen risiko SPBE berpedoman pada Peraturan Bupati Ranah Tinggi Nomor 5 Tahun 2024 tentang Pedoman Manajemen Risiko SPBE yang mengacu PermenPANRB Nomor 5 Tahun 2020.'] },
          {
            judul: 'PELAKSANAAN',
            isi: [
              'Uraian : Penetapan konteks risiko SPBE\nKeterangan : seluruh 31 perangkat daerah',
              'Uraian : Identifikasi, analisis dan evaluasi risiko (register risiko)\nKeterangan : 31 register risiko, 214 risiko teridentifikasi',
              'Uraian : Rencana penanganan risiko\nKeterangan : disusun untuk risiko tingkat tinggi dan sangat tinggi',
            ],
          },
          { judul: 'PENUTUP', isi: ['Register risiko menjadi lampiran laporan ini.'] },
        ],
        place: RT_PLACE,
        date: '15 Agustus 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
      {
        path: 'DISKOMINFO/Catatan Reviu Risiko SPBE.docx',
        pages: [
          'CATATAN REVIU PENERAPAN MANAJEMEN RISIKO SPBE\n' +
            'Uraian : Kelengkapan register risiko\nCatatan : 4 perangkat daerah belum mengisi level risiko residual\n' +
            'Uraian : Pemantauan\nCatatan : pemantauan triwulanan belum dilakukan\n' +
            'Rekomendasi : lengkapi register dan jadwalkan pemantauan\n(tanpa tanggal dan tanpa tanda tangan)',
        ],
      },
    ],
  },
  // ======================= 22 Keamanan Informasi — 9 perangkat daerah only
  {
    name: 'kk9 Batu Kembar: pengendalian keamanan informasi baru diterapkan pada 9 perangkat daerah',
    indicator: 22,
    instansi: BATU_KEMBAR,
    range: [2, 2],
    because: 'tingkat 2: pengendalian keamanan informasi (kebijakan kata sandi, antivirus terpusat, pencadangan) telah tersedia tetapi baru dilaksanakan pada 9 dari 34 perangkat daerah (tingkat 3 mensyaratkan seluruhnya berbasis risiko)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Pengendalian Keamanan Informasi 2025.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'LAPORAN PENERAPAN PENGENDALIAN KEAMANAN INFORMASI TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Bidang Persandian dan Keamanan Informasi melaksanakan pengendalian keamanan informasi secara bertahap.'] },
          {
            judul: 'PENGENDALIAN YANG DITERAPKAN',
            isi: [
              'Uraian : Kebijakan kata sandi dan autentikasi dua faktor\nCakupan : 9 perangkat daerah',
              'Uraian : Antivirus terpusat pada perangkat kerja\nCakupan : 9 perangkat daerah',
              'Uraian : Pencadangan data aplikasi harian\nCakupan : 9 perangkat daerah',
            ],
          },
          { judul: 'KONDISI', isi: ['Pengendalian baru diterapkan pada 9 dari 34 perangkat daerah; perangkat daerah lainnya dijadwalkan tahun 2026.'] },
          { judul: 'PENUTUP', isi: ['Demikian laporan ini.'] },
        ],
        place: BK_PLACE,
        date: '3 November 2025',
        signer: 'Kepala Diskominfo,\nttd',
      }),
    ],
  },
  // ======================= 24 Aset TIK — pedoman, all units, review outside the window
  {
    name: 'kk9 Ranah Tinggi: pedoman manajemen aset TIK diterapkan seluruh perangkat daerah, reviu terakhir 2022',
    indicator: 24,
    instansi: RANAH_TINGGI,
    range: [3, 3],
    because: 'tingkat 3: manajemen aset TIK mengikuti pedoman yang memuat perencanaan, pengadaan, pemanfaatan dan penghapusan; reviu terakhir Juni 2022 di luar masa dua tahun sehingga reviu periodik (tingkat 4) tidak terbukti',
    docs: [
      keputusan({
        path: 'DISKOMINFO/Kepbup Pedoman Manajemen Aset TIK.pdf',
        kop: RT_KOP,
        head: RT_HEAD,
        nomor: '500.12/88/KPTS/2021',
        title: 'PEDOMAN MANAJEMEN ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI',
        menimbang: ['bahwa untuk tertib pengelolaan aset TIK perlu pedoman manajemen aset TIK;'],
        mengingat: [PERPRES_SPBE + ';'],
        diktum: [
          'Menetapkan Pedoman Manajemen Aset TIK sebagaimana tercantum dalam Lampiran.',
          'Pedoman memuat proses perencanaan, pengadaan, pemanfaatan/penggunaan, pemeliharaan dan penghapusan aset TIK.',
          'Pedoman berlaku bagi seluruh perangkat daerah.',
          'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        ],
        place: RT_PLACE,
        date: '11 Oktober 2021',
        name: 'H. ZULKARNAIN, S.H.',
      }),
      laporan({
        path: 'DISKOMINFO/Laporan Inventarisasi Aset TIK 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN PENGELOLAAN ASET TIK TAHUN 2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Pengelolaan aset TIK dilaksanakan berdasarkan Pedoman Manajemen Aset TIK (Keputusan Bupati Nomor 500.12/88/KPTS/2021).'] },
          {
            judul: 'PELAKSANAAN',
            isi: [
              'Uraian : Perencanaan kebutuhan aset TIK\nKeterangan : 31 perangkat daerah',
              'Uraian : Inventarisasi dan pemanfaatan\nKeterangan : 4.812 aset tercatat',
              'Uraian : Penghapusan\nKeterangan : 212 unit diusulkan',
            ],
          },
          { judul: 'REVIU', isi: ['Reviu penerapan pedoman terakhir dilaksanakan pada tanggal 14 Juni 2022.'] },
          { judul: 'PENUTUP', isi: ['Demikian.'] },
        ],
        place: RT_PLACE,
        date: '20 Mei 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
      notulen({
        path: 'DISKOMINFO/Notulen Reviu Aset TIK 2022.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'REVIU PENERAPAN MANAJEMEN ASET TIK',
        hari: 'Selasa, 14 Juni 2022',
        tempat: 'Ruang Rapat Diskominfo dan Persandian',
        pimpinan: 'Kepala Dinas',
        peserta: 'BPKD, Bappeda, pengelola aset OPD',
        rows: [['Pencatatan aset perangkat lunak', 'Lisensi belum tercatat', 'Tambahkan kolom lisensi pada inventaris']],
        place: RT_PLACE,
        date: '14 Juni 2022',
      }),
    ],
  },
  // ======================= 26 Manajemen Pengetahuan — optimum
  {
    name: 'kk9 Batu Kembar: PUSTAKA KEMBAR di seluruh perangkat daerah, reviu Agustus 2024 dan perbaikan Maret 2025',
    indicator: 26,
    instansi: BATU_KEMBAR,
    range: [5, 5],
    because: 'tingkat 5: manajemen pengetahuan berpedoman Perwal dan memakai aplikasi PUSTAKA KEMBAR yang terintegrasi SSO di seluruh 34 perangkat daerah (tingkat 3–4), reviu 27 Agustus 2024, dan perbaikan Maret 2025 menindaklanjuti rekomendasinya',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Manajemen Pengetahuan 2024.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'LAPORAN PENERAPAN MANAJEMEN PENGETAHUAN SPBE TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Penerapan berpedoman pada Peraturan Wali Kota Batu Kembar Nomor 14 Tahun 2023 tentang Pedoman Manajemen Pengetahuan SPBE dan arahan Tim Koordinasi SPBE.'] },
          {
            judul: 'PELAKSANAAN',
            isi: [
              'Uraian : Aplikasi manajemen pengetahuan\nKeterangan : PUSTAKA KEMBAR, terintegrasi SSO ASN dan E-NASKAH KEMBAR',
              'Uraian : Perangkat daerah pengguna\nKeterangan : 34 dari 34 perangkat daerah',
              'Uraian : Artikel pengetahuan, SOP dan pelajaran\nKeterangan : 1.947 entri',
            ],
          },
          { judul: 'PENUTUP', isi: ['Laporan menjadi bahan reviu tahunan.'] },
        ],
        place: BK_PLACE,
        date: '15 Juli 2024',
        signer: 'Kepala Diskominfo,\nttd',
      }),
      notulen({
        path: 'DISKOMINFO/Notulen Reviu Manajemen Pengetahuan 2024.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'REVIU DAN EVALUASI PENERAPAN MANAJEMEN PENGETAHUAN SPBE',
        hari: 'Selasa, 27 Agustus 2024',
        tempat: 'Ruang Rapat Tim Koordinasi SPBE',
        pimpinan: 'Asisten Administrasi Umum',
        peserta: 'Diskominfo, BKPSDM, Bagian Organisasi, perwakilan OPD',
        rows: [
          ['Pemanfaatan pengetahuan', 'Pencarian PUSTAKA KEMBAR lambat dan tidak menemukan isi lampiran', 'Perbaiki mesin pencarian dengan indeks teks lampiran'],
          ['Kontribusi pegawai', 'Kontribusi belum dihargai', 'Kaitkan kontribusi dengan angka kredit dan e-Kinerja Lokal'],
        ],
        place: BK_PLACE,
        date: '27 Agustus 2024',
      }),
      laporan({
        path: 'DISKOMINFO/Laporan Perbaikan PUSTAKA KEMBAR 2025.pdf',
        kop: BK_KOP,
        unit: BK_KOMINFO,
        title: 'LAPORAN TINDAK LANJUT HASIL REVIU MANAJEMEN PENGETAHUAN SPBE',
        nomor: '480/092/Diskominfo/III/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Laporan menindaklanjuti keputusan rapat reviu tanggal 27 Agustus 2024.'] },
          {
            judul: 'PERBAIKAN',
            isi: [
              'Uraian : Indeks teks lampiran pada mesin pencarian PUSTAKA KEMBAR\nStatus : selesai, rilis 10 Maret 2025',
              'Uraian : Poin kontribusi pengetahuan tercatat di e-Kinerja Lokal\nStatus : selesai, berlaku 1 Maret 2025',
            ],
          },
          { judul: 'PENUTUP', isi: ['Perbaikan berlaku bagi seluruh perangkat daerah.'] },
        ],
        place: BK_PLACE,
        date: '14 Maret 2025',
        signer: 'Kepala Diskominfo,\nttd',
      }),
    ],
  },
  // ======================= 27 Manajemen Perubahan — planned, some units
  {
    name: 'kk9 Ranah Tinggi: rencana manajemen perubahan SPBE dilaksanakan di sebagian perangkat daerah',
    indicator: 27,
    instansi: RANAH_TINGGI,
    range: [2, 2],
    because: 'tingkat 2: manajemen perubahan dilaksanakan dengan rencana (jadwal sosialisasi, pendampingan, evaluasi adopsi) tetapi baru di 12 perangkat daerah dan belum seluruh perangkat daerah, tanpa pedoman (tingkat 3)',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Manajemen Perubahan SPBE 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN PELAKSANAAN RENCANA MANAJEMEN PERUBAHAN PENERAPAN E-NASKAH DAN SIKEU RANAH',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Rencana manajemen perubahan disusun Januari 2025 untuk peralihan dari naskah kertas ke naskah elektronik dan penatausahaan keuangan elektronik.'] },
          {
            judul: 'PELAKSANAAN',
            isi: [
              'Uraian : Sosialisasi dan pelatihan pengguna\nCakupan : 12 perangkat daerah',
              'Uraian : Pendampingan (agen perubahan)\nCakupan : 12 perangkat daerah',
              'Uraian : Survei kesiapan perubahan\nCakupan : 12 perangkat daerah',
            ],
          },
          { judul: 'KONDISI', isi: ['Kegiatan manajemen perubahan belum seluruh perangkat daerah; 19 perangkat daerah lainnya dijadwalkan 2026. Pedoman manajemen perubahan belum ditetapkan.'] },
          { judul: 'PENUTUP', isi: ['Demikian.'] },
        ],
        place: RT_PLACE,
        date: '30 September 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
    ],
  },
  // ======================= 29 Audit Infrastruktur — internal team with pedoman
  {
    name: 'kk9 Batu Kembar: audit infrastruktur SPBE oleh tim internal Inspektorat dan Diskominfo sesuai pedoman',
    indicator: 29,
    instansi: BATU_KEMBAR,
    range: [3, 3],
    because: 'tingkat 3: audit infrastruktur direncanakan dalam PKPT dan dilaksanakan sesuai pedoman audit infrastruktur atas seluruh hal pokok teknis oleh tim auditor internal; bukan auditor eksternal bersertifikat (tingkat 4)',
    docs: [
      laporan({
        path: 'INSPEKTORAT/Laporan Audit Infrastruktur SPBE 2025.pdf',
        kop: BK_KOP,
        unit: 'INSPEKTORAT DAERAH',
        title: 'LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025',
        nomor: '700/LHA-TIK/03/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Audit dilaksanakan sesuai PKPT Inspektorat Tahun 2025 dan mengacu pada pedoman audit infrastruktur SPBE dalam Peraturan Wali Kota Nomor 8 Tahun 2023.'] },
          {
            judul: 'TIM AUDIT',
            isi: ['Uraian : Pelaksana\nKeterangan : tim auditor internal gabungan Inspektorat Daerah dan Diskominfo Kota Batu Kembar (4 orang), tanpa auditor eksternal'],
          },
          {
            judul: 'RUANG LINGKUP DAN HASIL',
            isi: [
              'Uraian : Pusat data (daya, pendingin, akses fisik)\nHasil : 2 temuan',
              'Uraian : Jaringan intra pemerintah\nHasil : 3 temuan',
              'Uraian : Perangkat komputasi dan penyimpanan\nHasil : 1 temuan',
            ],
          },
          { judul: 'PENUTUP', isi: ['Rekomendasi disampaikan kepada Kepala Diskominfo.'] },
        ],
        place: BK_PLACE,
        date: '18 Juni 2025',
        signer: 'Inspektur Kota Batu Kembar,\nttd',
      }),
    ],
  },
  // ======================= 31 Audit Keamanan — external certified, followed up
  {
    name: 'kk9 Ranah Tinggi: audit keamanan oleh lembaga eksternal dengan auditor bersertifikat CISA dan ISO 27001 LA, tindak lanjut perbaikan',
    indicator: 31,
    instansi: RANAH_TINGGI,
    range: [5, 5],
    because: 'tingkat 5: audit keamanan SPBE sesuai rencana dan pedoman dilakukan lembaga eksternal dengan auditor bersertifikat (tingkat 4), dan hasilnya ditindaklanjuti dengan perbaikan keamanan yang dilaporkan setelah audit',
    docs: [
      laporan({
        path: 'DISKOMINFO/Laporan Audit Keamanan SPBE 2024.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN HASIL AUDIT KEAMANAN SPBE KABUPATEN RANAH TINGGI TAHUN 2024',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Audit keamanan dilaksanakan sesuai rencana audit TIK tahun 2024 dan pedoman audit keamanan SPBE.'] },
          {
            judul: 'PELAKSANA AUDIT',
            isi: ['Uraian : Lembaga\nKeterangan : PT Sentinel Audit Nusantara, lembaga pelaksana audit TIK eksternal', 'Uraian : Auditor\nKeterangan : 3 auditor bersertifikat CISA dan ISO/IEC 27001 Lead Auditor'],
          },
          {
            judul: 'HASIL AUDIT',
            isi: ['Uraian : Aplikasi LAPOR RANAH dan SIKEU RANAH\nTemuan : 2 kerentanan tinggi (SQL injection, sesi tidak kedaluwarsa)', 'Uraian : Infrastruktur pusat data\nTemuan : firewall tanpa peninjauan aturan berkala'],
          },
          { judul: 'PENUTUP', isi: ['Rekomendasi perbaikan disampaikan kepada Diskominfo dan Persandian.'] },
        ],
        place: RT_PLACE,
        date: '22 November 2024',
        signer: 'Lead Auditor, ttd\nKepala Diskominfo dan Persandian, ttd',
      }),
      laporan({
        path: 'DISKOMINFO/Laporan Tindak Lanjut Audit Keamanan 2025.pdf',
        kop: RT_KOP,
        unit: RT_KOMINFO,
        title: 'LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE',
        nomor: '005/144/Diskominfo/IV/2025',
        bab: [
          { judul: 'PENDAHULUAN', isi: ['Menindaklanjuti laporan hasil audit keamanan SPBE tanggal 22 November 2024.'] },
          {
            judul: 'PERBAIKAN',
            isi: [
              'Uraian : Perbaikan kerentanan SQL injection dan batas waktu sesi\nStatus : selesai, diuji ulang 10 Februari 2025',
              'Uraian : Peninjauan aturan firewall setiap triwulan\nStatus : berjalan sejak Januari 2025',
            ],
          },
          { judul: 'PENUTUP', isi: ['Seluruh rekomendasi telah ditindaklanjuti.'] },
        ],
        place: RT_PLACE,
        date: '15 April 2025',
        signer: 'Kepala Diskominfo dan Persandian,\nttd',
      }),
    ],
  },
];
