/**
 * Level scenarios for what an electronic service's screen shows (indicators 32–47), from the service criteria:
 * "hanya memberikan layanan informasi" (1: a portal of information and infographics, even when its texts name
 * payments, approvals or submissions as topics); transaction features such as disposisi, tanda tangan
 * elektronik, persetujuan or pembayaran on the screen (3); level 4 asks for "layanan kolaborasi dengan layanan
 * elektronik lain", which a screen of one service's own transactions does not show.
 */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { KOTA, PROV } from './instansi.ts';

export const SCENARIOS: LevelScenario[] = [
  {
    name: 'Kota: e-Office dengan disposisi, tanda tangan elektronik tersertifikasi, dan persetujuan naskah',
    instansi: KOTA,
    indicator: 37,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (otomasi alur kerja, mekanisme persetujuan); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'SETDA/Tangkapan layar e-Office naskah dinas.png',
        pages: [
          'e-Office Pemerintah Kota Tanjung Raya\nKotak Masuk | Konsep Naskah | Disposisi | Arsip\nSurat Undangan Rapat Koordinasi Nomor 005/112/Setda\n' +
            'Disposisi kepada: Kepala Bagian Organisasi — "Hadiri dan laporkan"\nStatus: Menunggu persetujuan Sekretaris Daerah\n' +
            'Tanda tangan elektronik tersertifikasi  [Setujui dan Tandatangani]  [Kembalikan]\nRiwayat disposisi dan persetujuan',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan keuangan dengan pengajuan SPP, verifikasi, persetujuan SP2D dan tanda tangan elektronik',
    indicator: 34,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (alur kerja, validasi, persetujuan); satu layanan sendiri, belum kolaborasi (4)',
    docs: [
      {
        path: 'BPKAD/Screenshot Sistem Penatausahaan Keuangan.png',
        pages: [
          'SIMKEUDA Kabupaten Sukamaju - Penatausahaan Keuangan\nDaftar SPP-LS Tahun 2025\nNo. SPP 0412/SPP-LS/2025  Dinas Kesehatan  Rp 245.000.000\n' +
            'Tahapan: Pengajuan SPP > Verifikasi SPM > Persetujuan SP2D > Tanda tangan elektronik Kuasa BUD\nStatus: Terverifikasi, menunggu persetujuan\n[Setujui]  [Tolak]  [Cetak SP2D]',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: layanan pengaduan dengan disposisi aduan, notifikasi, dan lacak status',
    instansi: PROV,
    indicator: 42,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi pengaduan (otomasi alur kerja, status); tidak terlihat kolaborasi dengan layanan pengaduan lain (4)',
    docs: [
      {
        path: 'BIRO ORGANISASI/Tangkapan layar aplikasi pengaduan.png',
        pages: [
          'Aplikasi Pengaduan Masyarakat Provinsi Nusa Makmur - Admin\nAduan #2025-08812: Jalan provinsi rusak di ruas Makmur - Sijunjung\n' +
            'Status: Diverifikasi > Didisposisikan ke Dinas PUPR > Ditindaklanjuti\nDisposisi: Dinas Pekerjaan Umum dan Penataan Ruang (batas 5 hari kerja)\n' +
            'Kirim notifikasi ke pelapor  |  Lacak status aduan  |  Persetujuan penutupan aduan',
        ],
      },
    ],
  },
  {
    name: 'Kota: SIMBADA sewa aset dengan pengajuan, persetujuan, dan pembayaran kode billing',
    instansi: KOTA,
    indicator: 38,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (pengajuan, persetujuan, pembayaran); tidak terlihat kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'BPKAD/Tangkapan layar SIMBADA sewa aset.png',
        pages: [
          'SIMBADA Kota Tanjung Raya - Pemanfaatan Barang Milik Daerah\nPermohonan sewa aset: Gedung Serbaguna Blok C\nPengajuan oleh: CV Maju Jaya\n' +
            'Tahapan: Pengajuan > Verifikasi pengelola barang > Persetujuan Wali Kota > Pembayaran\nKode billing: 8201 2025 0917 334\nStatus pembayaran: Menunggu pembayaran',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: portal perencanaan yang hanya memuat informasi dan infografis',
    indicator: 32,
    range: [1, 1],
    because: 'tingkat 1: "hanya memberikan layanan informasi terkait perencanaan"; tidak ada pencarian, unggah atau unduh (2)',
    docs: [
      {
        path: 'BAPPEDA/Tangkapan layar portal perencanaan.png',
        pages: [
          'Portal Perencanaan Pembangunan Kabupaten Sukamaju\nBeranda | Profil | Infografis | Berita\nInfografis RKPD 2026: prioritas pembangunan dan pagu indikatif\n' +
            'Informasi: Musrenbang kecamatan dilaksanakan Februari - Maret; usulan yang disepakati diteruskan ke forum perangkat daerah untuk mendapat persetujuan.\n' +
            'Berita: Bupati membuka Musrenbang RKPD 2026',
        ],
      },
    ],
  },
  {
    name: 'Kota: portal informasi kepegawaian dengan infografis ASN dan informasi persyaratan pengajuan cuti',
    instansi: KOTA,
    indicator: 36,
    range: [1, 1],
    because: 'tingkat 1: hanya layanan informasi kepegawaian; informasi tentang persyaratan pengajuan bukan fitur pengajuan',
    docs: [
      {
        path: 'BKPSDM/Tangkapan layar portal informasi kepegawaian.png',
        pages: [
          'Portal Informasi Kepegawaian Kota Tanjung Raya\nInfografis ASN 2025: 4.812 PNS, 1.204 PPPK; sebaran per golongan dan jabatan\n' +
            'Informasi layanan: persyaratan pengajuan cuti tahunan, persyaratan kenaikan pangkat, jadwal verifikasi berkas kenaikan pangkat periode Oktober\n' +
            'Pengumuman: hasil seleksi PPPK 2025',
        ],
      },
    ],
  },
  {
    name: 'Provinsi: portal keuangan dengan infografis APBD dan informasi tata cara pembayaran pajak',
    instansi: PROV,
    indicator: 34,
    range: [1, 1],
    because: 'tingkat 1: hanya informasi keuangan daerah; tata cara pembayaran yang diinformasikan bukan fitur pembayaran',
    docs: [
      {
        path: 'BPKAD/Tangkapan layar portal transparansi anggaran.png',
        pages: [
          'Portal Transparansi Anggaran Provinsi Nusa Makmur\nInfografis APBD 2025: Pendapatan Rp 6,2 T  Belanja Rp 6,4 T  Pembiayaan Rp 0,2 T\n' +
            'Informasi: tata cara pembayaran pajak kendaraan bermotor di Samsat dan bank persepsi; realisasi transaksi non tunai perangkat daerah 96%\n' +
            'Berita: APBD Perubahan 2025 mendapat persetujuan DPRD',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: portal data dengan infografis statistik saja',
    indicator: 43,
    range: [1, 1],
    because: 'tingkat 1: hanya layanan informasi data; tidak ada pencarian atau unduh dataset (2)',
    docs: [
      {
        path: 'DISKOMINFO/Tangkapan layar portal data Sukamaju.png',
        pages: [
          'Portal Data Kabupaten Sukamaju\nInfografis: Sukamaju Dalam Angka 2025\nJumlah penduduk 812.440 jiwa | Angka kemiskinan 9,1% | IPM 71,3\n' +
            'Informasi: data disajikan oleh perangkat daerah produsen data setelah validasi oleh walidata.',
        ],
      },
    ],
  },
  {
    name: 'Kabupaten: layanan pengawasan dengan tanda tangan elektronik BSrE dan persetujuan LHP',
    indicator: 39,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi (persetujuan, tanda tangan elektronik); tanda tangan elektronik adalah fitur transaksi, bukan kolaborasi dengan layanan lain (4)',
    docs: [
      {
        path: 'INSPEKTORAT/Tangkapan layar aplikasi pengawasan.png',
        pages: [
          'SIWAS Kabupaten Sukamaju - Sistem Informasi Pengawasan\nLaporan Hasil Pemeriksaan Nomor 700/LHP-12/2025\nReviu oleh Pengendali Teknis: selesai\n' +
            'Persetujuan Inspektur: menunggu\nTanda tangan elektronik (BSrE)  [Setujui dan TTE]  [Kembalikan ke Ketua Tim]\nStatus tindak lanjut rekomendasi: 3 dari 5 selesai',
        ],
      },
    ],
  },
  {
    name: 'Provinsi (English): asset service screen with lease approval, e-signature and payment',
    instansi: PROV,
    indicator: 38,
    range: [3, 3],
    because: 'level 3: transaction features (workflow, approval, electronic signature, payment); nothing shows collaboration with another service (4)',
    docs: [
      {
        path: 'BPKAD/Screenshot regional asset service lease.png',
        pages: [
          'SIMBMD Nusa Makmur - Regional Asset Management Service\nLease request LR-2025-0144: Convention Hall, Block B\n' +
            'Workflow: Submitted > Verified by asset manager > Approved by the Regional Secretary\nElectronic signature: signed\nPayment: lease bill issued, paid via virtual account\n[Download lease agreement]',
        ],
      },
    ],
  },
  {
    name: 'Kota: layanan perencanaan dengan usulan, verifikasi, dan persetujuan kegiatan',
    instansi: KOTA,
    indicator: 32,
    range: [3, 3],
    because: 'tingkat 3: layanan transaksi perencanaan (otomasi alur kerja, validasi, mekanisme persetujuan); belum terlihat kolaborasi dengan layanan penganggaran (4)',
    docs: [
      {
        path: 'BAPPEDA/Tangkapan layar e-Perencanaan usulan kegiatan.png',
        pages: [
          'e-Perencanaan Kota Tanjung Raya\nUsulan Kegiatan Renja 2026 - Dinas Perhubungan\nKegiatan: Penerangan Jalan Umum Kawasan Pasar  Pagu: Rp 1.250.000.000\n' +
            'Alur: Diajukan OPD > Verifikasi Bappeda > Persetujuan Kepala Bappeda\nStatus: Terverifikasi\n[Setujui]  [Kembalikan dengan catatan]',
        ],
      },
    ],
  },
];
