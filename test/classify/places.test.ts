import { describe, expect, it } from 'vitest';
import { linePlaces } from '../../src/classify/places.ts';
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { SUKAMAJU } from './helpers.ts';

const PERPRES_AS_EXTRACTED = [
  'SALINAN',
  'Menimbang',
  'PRESIDEN',
  'REPUBLIK INDONESIA',
  'PERATURAN PRESIDEN REPUBLIK INDONESIA',
  'NOMOR 39 TAHUN 2019',
  'TENTANG',
  'SATU DATA INDONESIA',
  'DENGAN RAHMAT TUHAN YANG MAHA ESA',
  'a. bahwa untuk mewujudkan keterpaduan perencanaan, pelaksanaan, evaluasi, dan pengendalian pembangunan;',
];

describe('title area when a margin label comes first', () => {
  it('keeps reading the title after a lone "Menimbang" that text extraction put above it', () => {
    const places = linePlaces(0, PERPRES_AS_EXTRACTED);
    expect(places[4]).toBe('judul');
    expect(places[7]).toBe('tentang');
  });

  it('still ends the title at "Menimbang" when the considerations follow it', () => {
    const lines = ['KEPUTUSAN BUPATI UJI', 'TENTANG', 'TIM KOORDINASI SPBE', 'Menimbang', 'a. bahwa untuk mengoordinasikan SPBE perlu dibentuk tim;'];
    const places = linePlaces(0, lines);
    expect(places[2]).toBe('tentang');
    expect(places[3]).not.toBe('judul');
  });

  it('treats such a national regulation as a distractor', () => {
    const text = [...PERPRES_AS_EXTRACTED, 'Pasal 1 Satu Data Indonesia adalah kebijakan tata kelola data pemerintah. Data induk, data referensi, walidata, interoperabilitas data.'].join('\n');
    const c = classifyDocument({ sha256: 'a'.repeat(64), paths: ['Diskominfo/Perpres 39 2019.pdf'], pages: [{ no: 1, text }] }, loadPack('spbe-2020').rules, { threshold: 0.5, instansi: SUKAMAJU });
    expect(c.mappings).toEqual([]);
  });
});

describe('the address field of a memo', () => {
  it('"Yth. : …" is a field like "Kepada :": the subject after it is still the "tentang" clause', () => {
    const lines = ['NOTA DINAS', 'Yth. : Sekretaris Daerah', 'Dari : Kepala Bappeda', 'Perihal : Hasil Penelaahan Belanja TIK 2026', 'Bersama ini kami sampaikan hasil penelaahan atas usulan belanja TIK Perangkat Daerah tahun 2026.'];
    const places = linePlaces(0, lines);
    expect(places[0]).toBe('judul');
    expect(places[3]).toBe('tentang');
  });

  it('a letter addressed "Yth. Kepala …" still starts its body there', () => {
    const places = linePlaces(0, ['SURAT EDARAN', 'Yth. Kepala Perangkat Daerah', 'Perihal : Penggunaan Pusat Data']);
    expect(places[2]).toBe('isi');
  });
});

describe('lines a laid-out page wrapped', () => {
  it('the wrapped rest of a long field is not a title line', () => {
    const lines = [
      'LAPORAN HASIL PEMERIKSAAN',
      'ATAS PENGELOLAAN SISTEM INFORMASI PERANGKAT DAERAH',
      'Sasaran pemeriksaan: kesesuaian fungsi, pengendalian akses dan pengelolaan data pada aplikasi',
      'SIMPEG daerah dan aplikasi perizinan.',
    ];
    const places = linePlaces(0, lines);
    expect(places[1]).toBe('judul');
    expect(places[3]).toBe('isi');
  });

  it('a short field does not swallow the title line after it', () => {
    const places = linePlaces(0, ['Nomor : 12/LAP/2025', 'Laporan Pengelolaan Pusat Data']);
    expect(places[1]).toBe('judul');
  });

  it('a consideration that lost its "Menimbang" to another column (": a. bahwa …") starts the body', () => {
    const lines = [
      'Menimbang',
      'KEPUTUSAN WALI KOTA UJI',
      'TENTANG',
      'PENETAPAN DOKUMEN',
      ': a. bahwa dalam rangka memberikan kerangka dasar keterpaduan proses bisnis,',
      'data dan informasi, infrastruktur, aplikasi dan keamanan pemerintahan berbasis',
    ];
    const places = linePlaces(0, lines);
    expect(places[3]).toBe('tentang');
    expect(places[5]).toBe('isi');
  });
});

describe('a field whose colon OCR misread', () => {
  it('"Auditor - Kreasi Audit Teknologi" is a field, not a title line; a title with a dash after two words stays one', () => {
    const places = linePlaces(0, ['Independent Audit of Network Infrastructure', 'Auditor - Kreasi Audit Teknologi (certified lead auditors)', 'Date + 18 June 2025']);
    expect(places[0]).toBe('judul');
    expect(places[1]).toBe('isi');
    expect(places[2]).toBe('isi');
    expect(linePlaces(0, ['SPBE Risk Management – Kepulauan Sangir Laut Regency'])[0]).toBe('judul');
  });
});

describe("an application's header and a long title in capitals", () => {
  it('"SIMRENDA - Sistem Informasi …" heads a screen (title), while "AUDITOR - KREASI AUDIT" and "Auditor - …" stay fields', () => {
    expect(linePlaces(0, ['SIWAS - Sistem Informasi Pengawasan Internal', 'Beranda | Profil | Informasi'])[0]).toBe('judul');
    expect(linePlaces(0, ['SIMKEUDA - Pengaturan Integrasi', 'Status sinkronisasi terakhir: Berhasil'])[0]).toBe('judul');
    expect(linePlaces(0, ['Independent Audit of Network Infrastructure', 'AUDITOR - KREASI AUDIT TEKNOLOGI'])[1]).not.toBe('judul');
  });
  it("a header naming the application with its region and its long full name (11 words) is a title line; a sentence after a dash is not", () => {
    const header = 'SIPBJ Sukamaju - Sistem Informasi Pengadaan Barang dan Jasa Kabupaten Sukamaju';
    expect(linePlaces(0, [header, 'Beranda | Profil | Informasi | Berita | Kontak'])[0]).toBe('judul');
    expect(linePlaces(0, ['SIPBJ - Sistem ini dipakai oleh seluruh perangkat daerah untuk mengelola paket pengadaan tahun ini.'])[0]).toBe('isi');
    expect(linePlaces(0, ['Laporan Sukamaju - rekapitulasi pengadaan barang dan jasa seluruh perangkat daerah tahun 2025'])[0]).toBe('isi');
  });
  it('a title in capitals of 11–14 words is a title line; a sentence of as many words ends the title area', () => {
    const title = 'LAPORAN PENGEMBANGAN SISTEM INFORMASI PENGADAAN BARANG DAN JASA (SIPBJ SUKAMAJU) TAHUN 2025';
    expect(linePlaces(0, ['NOTULEN RAPAT', title])[1]).toBe('judul');
    expect(linePlaces(0, ['NOTULEN RAPAT', 'Laporan pengembangan sistem informasi pengadaan barang dan jasa pada tahun 2025 ini', 'Judul lain'])[2]).toBe('isi');
  });
});

describe("the official's comma closes a decree's title", () => {
  // A phone photo of a Keputusan: OCR lost "MEMUTUSKAN : KESATU : Menet" and broke the dictum into short lines.
  const PHOTO = [
    'KEPUTUSAN BUPATI KEPULAUAN UJI NOMOR 100.3.3.2/45/ KEP 2025',
    'TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN',
    'KEPULAUAN UJI TAHUN 2025-2029 BUPATI KEPULAUAN UJI,',
    'ipkan Arsitektur SPBE Kabupaten sebagaimana tercantum',
    'arsitektur proses bisnis, data dan Informasi, infrastruktur, aplikasi,',
    'dalam Lampiran yang memuat',
    'keamanan dan layanan SPBE,',
    'KEDUA : Arsitektur SPBE menjadi acuan Perangkat Daerah dan direviu paling sedikit',
    'sekali dalam satu tahun.',
  ];

  it('lines after "BUPATI X," are the dictum, not title lines, whether the official ends a subject line or stands alone', () => {
    const places = linePlaces(0, PHOTO);
    expect(places.slice(0, 3)).toEqual(['judul', 'tentang', 'tentang']);
    expect(places.slice(3, 7)).toEqual(['isi', 'isi', 'isi', 'isi']);
    const alone = linePlaces(0, ['KEPUTUSAN BUPATI UJI', 'TENTANG', 'TIM KOORDINASI SPBE', 'BUPATI UJI,', 'ipkan tim koordinasi', 'dengan susunan']);
    expect(alone[2]).toBe('tentang');
    expect(alone.slice(4)).toEqual(['isi', 'isi']);
  });

  it('"PERATURAN BUPATI X," in a subject names a regulation and the subject goes on', () => {
    const places = linePlaces(0, ['PERATURAN BUPATI UJI', 'TENTANG PERUBAHAN ATAS PERATURAN BUPATI UJI,', 'NOMOR 5 TAHUN 2020 TENTANG PETA PROSES BISNIS']);
    expect(places[2]).toBe('tentang');
  });

  it('a decree on the SPBE architecture whose dictum lists the business-process domain maps 11, not 14; one named after the map maps 14', () => {
    const rules = loadPack('spbe-2020').rules;
    const classify = (path: string, lines: string[]): number[] =>
      classifyDocument({ sha256: 'b'.repeat(64), paths: [path], pages: [{ no: 1, text: lines.join('\n') }] }, rules, { threshold: 0.5, instansi: SUKAMAJU })
        .mappings.map((m) => m.indicator)
        .sort((a, b) => a - b);
    const sukamaju = (lines: string[]): string[] => lines.map((l) => l.replaceAll('KEPULAUAN UJI', 'SUKAMAJU'));
    expect(classify('BagianHukum/Kepbup arsitektur.pdf', sukamaju(PHOTO))).toEqual([11]);
    const peta = sukamaju([
      'KEPUTUSAN BUPATI KEPULAUAN UJI NOMOR 100.3.3.2/46/ KEP 2025',
      'TENTANG PETA PROSES BISNIS PEMERINTAH KABUPATEN',
      'KEPULAUAN UJI BUPATI KEPULAUAN UJI,',
      'ipkan Peta Proses Bisnis Pemerintah Kabupaten sebagaimana tercantum dalam Lampiran,',
      'KEDUA : Peta proses bisnis menjadi acuan Perangkat Daerah dalam penyusunan SOP dan pengembangan aplikasi.',
    ]);
    expect(classify('BagianHukum/Kepbup peta proses bisnis.pdf', peta)).toEqual([14]);
  });
});

describe('photos and scans that lost the numbers of a list or the colon of a field', () => {
  // As tesseract read a phone photo of minutes: the items' numbers were lost and their lines broken short.
  const MINUTES_PHOTO = [
    'NOTULEN RAPAT',
    'PEMBAHASAN USULAN BELANJA PERANGKAT DAN APLIKASI PERANGKAT',
    'DAERAH TAHUN 2026',
    'Hari/Tanggal : Kamis, 14 Agustus 2025',
    'Tempat Ruang Rapat Bappeda Kabupaten Sukamaju',
    'Peserta : Bappeda, BPKAD, Diskominfo dan 26 Perangkat Daerah',
    'Pembahasan',
    '"',
    'Diskominfo menelaah 58 usulan pengadaan komputer, server, langganan internet dan',
    'pembangunan aplikasi dari Perangkat Daerah',
  ];

  it('a body section label on its own line ("Pembahasan", "I. PENDAHULUAN") ends the title area', () => {
    const places = linePlaces(0, MINUTES_PHOTO);
    expect(places[1]).toBe('judul');
    expect(places.slice(6)).not.toContain('judul');
    expect(linePlaces(0, ['LAPORAN EVALUASI LAYANAN', 'TAHUN 2025', 'I. PENDAHULUAN', 'Layanan aplikasi umum'])[3]).not.toBe('judul');
  });

  it('so the minutes map to the budget they discuss, not to an item as if the title named it', () => {
    const c = classifyDocument(
      { sha256: 'b'.repeat(64), paths: ['BAPPEDA/notulen belanja ti.jpg'], pages: [{ no: 1, text: MINUTES_PHOTO.join('\n') }] },
      loadPack('spbe-2020').rules,
      { threshold: 0.5, instansi: SUKAMAJU },
    );
    expect(c.mappings.map((m) => m.indicator)).toEqual([13]);
  });

  it('"Ruang lingkup - Pusat Data …" is a field whose colon OCR read as a dash; a title in capitals with a dash is a title', () => {
    const places = linePlaces(0, ['BADAN SIBER DAN SANDI NEGARA', 'LAPORAN HASIL PENILAIAN MANDIRI TERVERIFIKASI INDEKS KAMI', 'Ruang lingkup - Pusat Data dan layanan aplikasi Pemerintah Kabupaten']);
    expect(places[1]).toBe('judul');
    expect(places[2]).not.toBe('judul');
    expect(linePlaces(0, ['KUESIONER EVALUASI SPBE - DOMAIN 2 TATA KELOLA'])[0]).toBe('judul');
  });
});

describe('a heading that OCR or a flat layout joined into one long line', () => {
  it('a long title in capitals stays a title line however many words it joined', () => {
    const places = linePlaces(0, ['LAPORAN KEGIATAN BIMBINGAN TEKNIS KEAMANAN SIBER BAGI PRANATA KOMPUTER PEMERINTAH KABUPATEN KEPULAUAN SANGIR LAUT TAHUN 2025', 'Kegiatan diikuti 40 pranata komputer dari seluruh Perangkat Daerah.']);
    expect(places[0]).toBe('judul');
  });

  it('a title and its subtitle in title case stay title lines; a sentence or a menu bar of that length ends the title area', () => {
    expect(linePlaces(0, ['Laporan Pemutakhiran Daftar Perangkat dan Lisensi Semester I 2025 Diskominfo Kota Argapura', 'Isi'])[0]).toBe('judul');
    expect(linePlaces(0, ['Training Completion Report Digital Skills Programme for Civil Servants 2025 Bukit Barisan Provincial Government'])[0]).toBe('judul');
    expect(linePlaces(0, ['LAPORAN', 'Tim melaksanakan pemutakhiran daftar perangkat dan lisensi pada seluruh unit kerja', 'Aplikasi Umum'])[2]).toBe('isi');
    expect(linePlaces(0, ['SIMPEG', 'Beranda | Profil | Layanan | Berita | Kontak | Pengaduan | Data Statistik | Unduhan | Galeri', 'Aplikasi Umum'])[2]).toBe('isi');
  });
});
