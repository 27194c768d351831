/**
 * The Pemdi tuning set (written by the PEMDI helper from the item texts; a held-out half must be written by someone
 * who does not tune the rules): short documents of a fictional kabupaten, each labelled with its indicator.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { pagesOf, SUKAMAJU } from './helpers.ts';

const rules = loadPack('pemdi-2026').rules;

const TUNING: Array<[number, string, string]> = [
  [1, 'Diskominfo/Rencana Aksi.pdf', 'RENCANA AKSI PEMERINTAH DIGITAL\nKABUPATEN SUKAMAJU TAHUN 2026\nSubstansi RAN Pemdi dalam Renstra dan Renja perangkat daerah.'],
  [2, 'Diskominfo/Risiko.pdf', 'LAPORAN PELAKSANAAN MANAJEMEN RISIKO DAN MANAJEMEN PERUBAHAN LAYANAN DIGITAL\nPemerintah Kabupaten Sukamaju'],
  [3, 'BKPSDM/Peta Kompetensi.pdf', 'PETA KOMPETENSI DIGITAL APARATUR SIPIL NEGARA\nKabupaten Sukamaju 2026\nKomunitas belajar dan pelatihan literasi digital.'],
  [4, 'Setda/MoU.pdf', 'NOTA KESEPAHAMAN KOLABORASI PEMERINTAH DIGITAL\nantara Pemerintah Kabupaten Sukamaju dan Universitas Sukamaju'],
  [8, 'Diskominfo/PDP.pdf', 'LAPORAN PELINDUNGAN DATA PRIBADI\nPenunjukan Pejabat Pelindungan Data Pribadi dan mekanisme hak subjek data.'],
  [9, 'Inspektorat/Audit.pdf', 'LAPORAN HASIL AUDIT INTERNAL KEAMANAN DAN TEKNOLOGI PEMERINTAH DIGITAL\nTim audit Kabupaten Sukamaju'],
  [11, 'Diskominfo/Kripto.pdf', 'LAPORAN PELAKSANAAN PENERAPAN TEKNOLOGI KRIPTOGRAFI\nEnkripsi data dan sertifikat elektronik pada layanan.'],
  [12, 'Diskominfo/TTIS.pdf', 'KEPUTUSAN BUPATI SUKAMAJU\nTENTANG\nPEMBENTUKAN TIM TANGGAP INSIDEN SIBER\nPenanganan insiden siber di lingkungan Pemerintah Kabupaten Sukamaju.'],
  [13, 'Diskominfo/Aplikasi.pdf', 'DOKUMENTASI PENGEMBANGAN APLIKASI E-PERIZINAN\nAnalisis kebutuhan, rancang bangun, uji kelaikan dan serah terima aplikasi.'],
  [14, 'Diskominfo/PDN.pdf', 'LAPORAN PEMANFAATAN PUSAT DATA NASIONAL DAN JARINGAN INTRA PEMERINTAH\nTopologi jaringan intra Kabupaten Sukamaju.'],
  [15, 'Bagor/Probis.pdf', 'PETA PROSES BISNIS LAYANAN PERIZINAN\nProses bisnis to-be pada SIAP Digital.'],
  [16, 'Diskominfo/Integrasi.pdf', 'LAPORAN PELAKSANAAN INTEGRASI APLIKASI\nMatriks integrasi melalui SPLP dan API.'],
  [17, 'Diskominfo/Portal.pdf', 'PORTAL LAYANAN DIGITAL PEMERINTAH KABUPATEN SUKAMAJU\nLayanan berbasis siklus hidup terhubung portal nasional.'],
  [19, 'Diskominfo/SLA.pdf', 'DASBOR PEMANTAUAN SLA LAYANAN DIGITAL\nFasilitas dukungan pengguna (helpdesk) dan waktu respons.'],
  [20, 'Ortala/SKM.pdf', 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT TERHADAP LAYANAN DIGITAL\nUmpan balik pengguna dan pelibatan kelompok rentan.'],
];

describe('pemdi-2026 mapping rules on the tuning set', () => {
  it.each(TUNING)('maps indicator %i (%s)', (no, path, text) => {
    const c = classifyDocument({ sha256: 'a'.repeat(64), paths: [path], pages: pagesOf(text) }, rules, { threshold: 0.5, instansi: SUKAMAJU });
    expect(c.mappings.map((m) => m.indicator)).toContain(no);
  });
});
