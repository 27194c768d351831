/**
 * Documents as phone photos and scans read them: lines broken at the page's columns, marks lost. A photographed
 * news story is a news item, not a screen, whatever menu-like words its story holds; a berita acara's "Pada hari ini
 * …" sentence broken into short lines is its body, not more title lines naming another region.
 */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

// A news item as OCR reads a photo of its print: lines at the column width, the colon after "Penulis" lost.
const NEWS_PHOTO = `2
Layanan Pengaduan Sukamaju Raih Penghargaan Provinsi
Sukamaju — Aplikasi layanan pengaduan masyarakat Kabupaten Sukamaju
masuk tiga besar penghargaan inovasi pelayanan publik tingkat provinsi.
Warga dapat menyampaikan aduan dari ponsel dan memantau tindak lanjutnya.
"Tahun depan kami tambah kanal pesan singkat,” kata Kepala Dinas
Komunikasi dan Informatika.
Penulis Redaksi Sukamaju Pos | Selasa, 7 Oktober 2025`;

// A berita acara photographed at an angle: its opening sentence broken into the lines of two columns, the unit's
// region name carried onto the next line.
const BA_PHOTO = `BERITA ACARA
USER ACCEPTANCE TEST APLIKASI E-PERIZINAN
Nomor ' 027/41/Diskominfo/2025
Pada hari ini Senin tanggal 1 8 Agustus 2025
Sukamaju telah dilaksanakan
Perizinan Terpadu.
Hasil pengujian: 41 skenario diterima,
Aplikasi dinyatakan diterima dan siap
bertempat di Dinas Komunikasi
dan Informatika Kabupaten
Paseban pengujian penerimaan
pengguna aplikasi e-Perizinan oleh Dinas
3 skenario diperbaiki penyedia dan diuji ulang
dioperasikan`;

describe('photographed and scanned documents', () => {
  it('a photo of a printed news story is a news item, not a screen capture', () => {
    const c = classify(NEWS_PHOTO, ['Diskominfo/Indikator 36/berita layanan pengaduan.jpg']);
    expect(c.kind).toBe('siaran-pers');
    expect(c.notEvidence).toBe('siaran-pers');
    expect(accepted(c)).toEqual([]);
  });

  it("a berita acara's opening sentence broken into short lines is body, not a title naming a region", () => {
    const c = classify(BA_PHOTO, ['Diskominfo/BA UAT e-Perizinan.jpg']);
    expect(c.issuer?.case).not.toBe('instansi-lain');
    expect(c.notEvidence ?? null).toBeNull();
    expect(accepted(c)).toContain(15);
  });

  it("a portal's menu with 'Berita' among its items is no news breadcrumb: the home screen stays a screen", () => {
    const c = classify('JDIH - Jaringan Dokumentasi dan Informasi Hukum Kabupaten Sukamaju\nBeranda | Profil | Informasi | Berita | Kontak\nInformasi: Peraturan daerah yang ditayangkan: 214\nInformasi: Peraturan bupati yang ditayangkan: 388', ['BAGIAN HUKUM/Tangkapan layar beranda JDIH.png']);
    expect(c.kind).toBe('tangkapan-layar');
    expect(c.notEvidence ?? null).toBeNull();
  });
});
