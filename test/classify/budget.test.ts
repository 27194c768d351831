/**
 * Budget documents (DPA, DPPA, RKA, Renja, English budget lines) are evidence for indicator 13 only through their IT
 * programme, activity and spending lines (instrument: "Dokumen RKA/KL atau DPA-SKPD yang berisi program/kegiatan
 * penerapan SPBE").
 */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

const DPPA_HEAD = 'DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN (DPPA)\nSEKRETARIAT DAERAH KABUPATEN SUKAMAJU TAHUN ANGGARAN 2025\nUraian Belanja | Sebelum Perubahan (Rp) | Sesudah Perubahan (Rp)';

describe('a budget document', () => {
  it('with IT spending lines supports 13', () => {
    const text = `${DPPA_HEAD}
Belanja Jasa Tenaga Ahli Pengembangan Sistem Informasi Kepegawaian | 150.000.000 | 210.000.000
Belanja Lisensi Perangkat Lunak Perkantoran | 95.000.000 | 95.000.000
Belanja Sewa Server dan Hosting | 48.000.000 | 48.000.000
Belanja Alat Tulis Kantor | 40.000.000 | 32.000.000`;
    const c = classify(text);
    expect(c.kind).toBe('anggaran');
    expect(accepted(c)).toEqual([13]);
  });

  it('without IT lines, or with one passing "aplikasi", supports nothing', () => {
    const text = `${DPPA_HEAD}
Belanja Alat Tulis Kantor | 40.000.000 | 32.000.000
Belanja Makanan dan Minuman Rapat | 85.000.000 | 60.000.000
Honorarium Operator Aplikasi Absensi | 24.000.000 | 24.000.000
Belanja Perjalanan Dinas Dalam Daerah | 120.000.000 | 110.000.000`;
    expect(accepted(classify(text))).toEqual([]);
  });

  it('English budget lines are a budget; a table row is no title', () => {
    const it = 'Annex 3: Budget Lines\nDigital Government Programme 2026 – Sukamaju Regency\nLine | Description | Amount (IDR million)\n3.1 | Data centre hosting in the national government cloud | 1,450\n3.2 | Bandwidth subscription for agency offices | 820\n3.3 | Application development: licensing system | 960\n3.4 | Information security: annual vulnerability assessment | 300';
    const c = classify(it);
    expect(c.kind).toBe('anggaran');
    expect(accepted(c)).toEqual([13]);
    const flood = 'Annex 2: Budget Lines\nFlood Mitigation Programme 2026\nLine | Description | Amount (IDR million)\n2.1 | Dredging of the river channel | 4,200\n2.2 | Construction of retention ponds | 6,800\n2.3 | Community early warning drills | 150';
    expect(accepted(classify(flood))).toEqual([]);
  });

  it('a Renja with IT programmes and indicative ceilings supports 13', () => {
    const text = 'RENCANA KERJA (RENJA)\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU TAHUN 2026\nNo | Program / Kegiatan | Target | Pagu Indikatif (Rp)\n1 | Program Aplikasi Informatika | 40 aplikasi | 2.300.000.000\n1.1 | Penyelenggaraan sistem jaringan intra pemerintah daerah | 52 kantor | 1.700.000.000\n1.2 | Pengelolaan pusat data pemerintah daerah | 99,5% | 2.900.000.000';
    expect(accepted(classify(text))).toContain(13);
  });

  it('minutes reviewing the units\' IT spending proposals support 13; proposals without IT lines do not', () => {
    const it = 'NOTULEN RAPAT\nPEMBAHASAN USULAN BELANJA PERANGKAT DAERAH TAHUN 2026\nHari/Tanggal : Kamis, 14 Agustus 2025\nPembahasan:\n1. Diskominfo menelaah usulan pengadaan komputer, server, langganan internet dan pembangunan aplikasi dari Perangkat Daerah.\n2. Usulan pembangunan aplikasi yang fungsinya sudah tersedia dicoret; pengadaan server dialihkan ke pusat data.\n3. Hasil penelaahan menjadi dasar penyusunan RKA Perangkat Daerah 2026.';
    expect(accepted(classify(it))).toEqual([13]);
    const gedung = 'NOTULEN RAPAT\nPEMBAHASAN USULAN BELANJA PERANGKAT DAERAH TAHUN 2026\nHari/Tanggal : Kamis, 14 Agustus 2025\nPembahasan:\n1. Bagian Umum menelaah usulan pemeliharaan gedung, kendaraan dinas dan pengadaan mebel.\n2. Usulan rehabilitasi gedung yang belum mendesak ditunda.\n3. Hasil penelaahan menjadi dasar penyusunan RKA Perangkat Daerah 2026.';
    expect(accepted(classify(gedung))).toEqual([]);
  });
});
