/**
 * Documents that name an indicator's topic in other words than the instrument: an English review of the
 * architecture, minutes of a coordination team named after digital transformation, minutes on the service bus
 * called "penghubung layanan" or on integrating applications, a katalog data, an English network assessment, a
 * heading broken mid-word, an audit of the data centre.
 */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

describe('an English architecture review', () => {
  it('is evidence for the architecture (level 4: the document is reviewed)', () => {
    const text = 'Architecture Review\nSukamaju Regency: Business, Data, Application and Infrastructure Layers\nAnnual review deliverable, November 2025\nThe review compared the regency architecture reference models with the national e-government architecture and checked each domain.\nGaps: the application domain lists 14 systems not in the inventory.';
    expect(accepted(classify(text))).toEqual([11]);
  });

  it('a code review or a review of another topic is not', () => {
    const text = 'Code Review\nLicensing application release 2.3, November 2025\nThe review covered 42 merge requests; 6 needed changes before release.\nStatic analysis found no critical issues.';
    expect(accepted(classify(text))).not.toContain(11);
  });
});

describe('minutes without the usual name', () => {
  it('of a digital transformation team led by the Sekda are the coordination team at work', () => {
    const text = 'NOTULEN RAPAT KOORDINASI\nTIM PERCEPATAN TRANSFORMASI DIGITAL KABUPATEN SUKAMAJU\nHari/Tanggal : Selasa, 22 April 2025\nPimpinan Rapat : Sekretaris Daerah selaku Ketua Tim\nPembahasan:\n1. Capaian program kerja tim triwulan I.\n2. Setiap Perangkat Daerah melaporkan rencana pengembangan aplikasi kepada tim.\n3. Rapat tim berikutnya dijadwalkan Juli 2025.';
    expect(accepted(classify(text))).toEqual([19]);
  });

  it('on integrating applications through the "penghubung layanan" are evidence for the service bus', () => {
    const text = 'NOTULEN RAPAT\nINTEGRASI ANTAR APLIKASI LAYANAN\nHari/Tanggal : Rabu, 5 November 2025\nPembahasan:\n1. Aplikasi kependudukan dan perizinan saling bertukar data melalui penghubung layanan yang dikelola Diskominfo.\n2. Setiap layanan pertukaran data didaftarkan dalam katalog layanan integrasi beserta dokumentasi API-nya.\n3. Penghubung layanan kabupaten akan dihubungkan ke penghubung layanan nasional.';
    expect(accepted(classify(text))).toEqual([18]);
  });
});

describe('registers and reports in other words', () => {
  it('a katalog data of the walidata is the data list of indicator 23; a catalogue of goods is not', () => {
    const text = 'KATALOG DATA KABUPATEN SUKAMAJU TAHUN 2025\nDisusun oleh Walidata\nNo | Nama Data | Produsen Data | Periode | Format\n1 | Jumlah penduduk | Disdukcapil | Semester | CSV\n2 | Panjang jalan | Dinas PUPR | Tahunan | CSV';
    expect(accepted(classify(text))).toEqual([23]);
    const goods = 'KATALOG PRODUK UMKM KABUPATEN SUKAMAJU TAHUN 2025\nNo | Nama Produk | Produsen | Harga\n1 | Keripik pisang | UD Sari | Rp15.000\n2 | Batik tulis | Sanggar Melati | Rp350.000';
    expect(accepted(classify(goods))).toEqual([]);
  });

  it('an English assessment of the intra-government network is evidence for the network service (17)', () => {
    const text = 'NETWORK ASSESSMENT REPORT\nIntra-Government Network of Sukamaju Regency\n1. Findings\nThe intra-government network connects 30 Perangkat Daerah to the data centre; link availability was 98.7% and six links exceeded 85% bandwidth utilisation.\n2. Recommendations\nUpgrade the congested links and move two offices from VPN onto the closed network.';
    expect(accepted(classify(text))).toContain(17);
  });
});

describe('a heading in capitals broken mid-word', () => {
  it('is read as one title ("TIM KOOR-/DINASI" is the coordination team)', () => {
    const text = 'PERATURAN BUPATI SUKAMAJU\nNOMOR 6 TAHUN 2025\nTENTANG\nTIM KOOR-\nDINASI SISTEM PEMERINTAHAN BER-\nBASIS ELEKTRONIK\nBUPATI SUKAMAJU,\nPasal 2\nTim diketuai Sekretaris Daerah.\nDitetapkan di Sukamaju pada tanggal 3 Maret 2025';
    expect(accepted(classify(text))).toContain(10);
  });
});

describe('an audit of the data centre', () => {
  it('is evidence of the infrastructure audit (29), not of the data centre service (16)', () => {
    const text = 'DATA CENTRE AUDIT REPORT\nAudit of the Sukamaju Regency Data Centre\nAuditor: PT Audit Teknologi Mandiri\n1. Audit Objective\nTo assess power, cooling, physical security and capacity of the data centre.\n2. Audit Findings\nThe UPS runtime is below the operating procedure; access logs of the server room are not reviewed.\n3. Audit Opinion\nAdequate with exceptions.';
    expect(accepted(classify(text))).toEqual([29]);
    const ops = 'LAPORAN PENGELOLAAN PUSAT DATA KABUPATEN SUKAMAJU 2025\nPusat data melayani 40 aplikasi Perangkat Daerah dengan layanan colocation dan server virtual; ketersediaan 99,6%.';
    expect(accepted(classify(ops))).toContain(16);
  });
});

describe('an application examined without the word "audit"', () => {
  it('a "laporan pemeriksaan" of an application by an outside team is the application audit', () => {
    const text =
      'Laporan Pemeriksaan Independen Aplikasi e-Retribusi Pasar\nDisusun oleh: Tim Penguji dari Politeknik Negeri Sukamaju atas permintaan Dinas Komunikasi dan Informatika Kabupaten Sukamaju\nPeriode pemeriksaan: 14-25 Juli 2025\n' +
      'Yang diperiksa: kesesuaian fungsi dengan dokumen kebutuhan, kontrol input dan validasi data, pembagian hak akses, jejak transaksi (log) dan ketepatan perhitungan retribusi.\n' +
      'Temuan utama: (1) perhitungan denda keterlambatan tidak sesuai Perda; (2) pengguna kolektor dapat menghapus transaksi tanpa persetujuan.\nRekomendasi: perbaikan rumus denda dan pembatasan hak hapus; pemeriksaan tindak lanjut dijadwalkan Desember 2025.';
    expect(accepted(classify(text, ['Diskominfo/Aplikasi/pemeriksaan e-retribusi.pdf']))).toEqual([30]);
  });
});

describe('work described in the words Pemdas use', () => {
  it("a budgeting system named for what it manages ('Sistem Informasi Manajemen Anggaran') is the budgeting service", () => {
    const text = 'https://simanggar.sukamajukab.go.id/dokumen-rka\nSIMANGGAR - Sistem Informasi Manajemen Anggaran Kabupaten Sukamaju\nBeranda | Dokumen RKA | Unggah | Pencarian | Bantuan\nNama Dokumen  OPD  Tanggal Unggah  Aksi\nRKA-SKPD 2026 Dinas Pendidikan.pdf  Dinas Pendidikan  02-09-2025  [Unduh]';
    expect(accepted(classify(text, ['BPKAD/SS SIMANGGAR Dokumen RKA.png']))).toEqual([33]);
  });

  it("the IT proposals of the OPDs checked against the roadmap before budgeting are the plan's and budget's keterpaduan", () => {
    const text = 'BERITA ACARA\nPEMBAHASAN BERSAMA USULAN KEGIATAN BIDANG TEKNOLOGI INFORMASI PERANGKAT DAERAH TAHUN ANGGARAN 2026\nPada hari ini Selasa telah dilaksanakan pembahasan bersama antara Bappeda, BPKAD dan Dinas Komunikasi dan Informatika atas usulan kegiatan teknologi informasi 24 Perangkat Daerah dalam rancangan Renja dan RKA Tahun 2026.\n1. Sebanyak 37 usulan diperiksa kesesuaiannya dengan Arsitektur dan Peta Rencana SPBE Kabupaten.\n2. 22 usulan disetujui, 6 usulan ditolak karena tidak tercantum dalam Peta Rencana.\n3. Usulan yang disetujui dicantumkan dalam KUA-PPAS.';
    expect(accepted(classify(text, ['Bappeda/Renja 2026/BA pembahasan usulan TI.pdf']))).toEqual([13]);
  });

  it("a CSIRT's report of incidents handled is security management at work", () => {
    const text = 'PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\nLAPORAN KEGIATAN SUKAMAJU-CSIRT SEMESTER II TAHUN 2025\nA. Ringkasan\nSelama semester II, tim tanggap insiden siber menerima 37 laporan insiden; seluruh insiden ditangani.\nB. Pengendalian yang diterapkan\n1. Pemindaian kerentanan bulanan terhadap 52 subdomain;\n2. Penerapan autentikasi dua faktor untuk panel admin.';
    expect(accepted(classify(text, ['Persandian/CSIRT/Laporan Semester II 2025.pdf']))).toEqual([22]);
  });

  it("a monthly recap of the ICT help desk's tickets is service management", () => {
    const text = 'PEMERINTAH KABUPATEN SUKAMAJU\nREKAPITULASI TIKET DUKUNGAN PENGGUNA BULAN OKTOBER 2025\nUnit : Pusat Bantuan TIK Diskominfo (telepon, WhatsApp, portal tiket)\nJumlah tiket masuk : 412; selesai : 397; eskalasi ke vendor : 9.\nPemenuhan standar waktu: 93% tiket prioritas tinggi selesai dalam 4 jam.\nSurvei kepuasan pengguna: rata-rata 4,4 dari 5.';
    expect(accepted(classify(text, ['Pusat Bantuan/2025/Rekap Tiket Oktober 2025.pdf']))).toEqual([28]);
  });

  it('a stock-take of ICT devices is ICT asset management', () => {
    const text = 'LAPORAN STOCK OPNAME PERANGKAT TIK\nDinas Komunikasi dan Informatika Kabupaten Sukamaju - Semester I 2025\nPetugas mencocokkan daftar perangkat dengan barang di lapangan:\n- laptop/PC: 412 tercatat, 398 ditemukan, 14 rusak berat diusulkan dihapus;\n- lisensi perangkat lunak: 6 lisensi kantor akan habis Desember.\nSetiap perangkat diberi label QR dan pemegangnya dicatat.';
    expect(accepted(classify(text, ['Diskominfo/Sekretariat/Stock opname TIK sem I.pdf']))).toEqual([24]);
  });

  it("Diskominfo's technical review of an OPD's request for an application is the application's building", () => {
    const text = 'PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\nNOTA DINAS\nKepada : Yth. Kepala Dinas Komunikasi dan Informatika\nDari : Kepala Bidang Aplikasi Informatika\nTanggal : 3 Maret 2025\nHal : Pertimbangan Teknis Usulan Aplikasi Sistem Informasi Perizinan Kapal Perikanan\n1. Kebutuhan yang diusulkan telah dianalisis bersama tim DKP; dokumen analisis kebutuhan terlampir.\n2. Aplikasi disarankan dibangun sebagai modul aplikasi perizinan terpadu, kode sumber disimpan pada repositori Diskominfo.\n3. Tahapan pembangunan: rancangan, pengembangan, uji kelaikan, serah terima.';
    expect(accepted(classify(text, ['Diskominfo/Aptika/ND pertek aplikasi DKP.pdf']))).toEqual([15]);
  });


  it('a Keputusan Kepala Dinas setting the SOP of the data centre is the service at work, not the policy', () => {
    const text = 'KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU\nNOMOR 800/57/DISKOMINFO/2025\nTENTANG\nSTANDAR OPERASIONAL PROSEDUR PERMINTAAN LAYANAN PUSAT DATA\nKEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\nMenimbang : bahwa untuk menyeragamkan tata cara Perangkat Daerah memperoleh layanan pusat data, perlu menetapkan standar operasional prosedur;\nMEMUTUSKAN:\nKESATU : Menetapkan SOP Permintaan Layanan Pusat Data sebagaimana tercantum dalam Lampiran.\nDitetapkan di Sukamaju pada tanggal 2 Mei 2025';
    const c = classify(text, ['Diskominfo/Pusat Data/Kepdis SOP.pdf']);
    expect(c.kind).toBe('keputusan');
    expect(accepted(c)).toEqual([16]);
  });
});
