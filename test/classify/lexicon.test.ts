/**
 * The mapping lexicon: what practitioners call the instrument's concepts, so a document written in other words
 * (the instrument's own equivalents, English vendor reports, the "Pemerintah Digital" vocabulary) still maps.
 */
import { describe, expect, it } from 'vitest';
import { expandPhrase, parseLexicon } from '../../src/classify/lexicon.ts';
import { UserError } from '../../src/shared/errors.ts';
import { accepted, classify } from './helpers.ts';

const lexicon = parseLexicon(
  { formatVersion: 1, instrument: 'uji', concepts: [{ forms: ['SPBE', 'pemerintah digital'] }, { forms: ['peta rencana', 'roadmap'] }] },
  'uji.yaml',
  'uji',
);

describe('expandPhrase', () => {
  it('replaces each form of a concept by the others, up to two substitutions', () => {
    expect(expandPhrase('peta rencana SPBE', lexicon).sort()).toEqual(['peta rencana pemerintah digital', 'roadmap SPBE', 'roadmap pemerintah digital'].sort());
    expect(expandPhrase('audit keamanan', lexicon)).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(expandPhrase('SPBEX', lexicon)).toEqual([]);
  });

  it('takes the first whole-word place of a form, in any case, across any spacing, beside punctuation', () => {
    // Inside "xSPBE" and "SPBÉSPBE" it is no word; the third "spbe" is, and only it is replaced.
    expect(expandPhrase('xSPBE SPBÉSPBE (spbe) SPBE', lexicon)).toContain('xSPBE SPBÉSPBE (pemerintah digital) SPBE');
    expect(expandPhrase('Peta   Rencana', lexicon)).toContain('roadmap');
    expect(expandPhrase('naskah ñroadmap', lexicon)).toEqual([]);
    expect(expandPhrase('tahap 2roadmap3', lexicon)).toEqual([]);
  });

  it('rejects a form with spaces around it', () => {
    expect(() => parseLexicon({ formatVersion: 1, instrument: 'uji', concepts: [{ forms: ['satu ', 'dua'] }] }, 'x.yaml', 'uji')).toThrow(/spasi/);
  });

  it('rejects a lexicon for another instrument, naming the file', () => {
    expect(() => parseLexicon({ formatVersion: 1, instrument: 'lain', concepts: [] }, 'x.yaml', 'uji')).toThrow(UserError);
    expect(() => parseLexicon({ formatVersion: 1, instrument: 'uji', concepts: [{ forms: ['satu'] }] }, 'x.yaml', 'uji')).toThrow(/x\.yaml/);
  });
});

describe('the SPBE 2020 lexicon in mapping', () => {
  it('a Steering Committee is the Tim Koordinasi (the instrument\'s own penjelasan)', () => {
    const sk = `KEPUTUSAN BUPATI SUKAMAJU
NOMOR 12 TAHUN 2025
TENTANG
PEMBENTUKAN KOMITE PENGARAH TIK KABUPATEN SUKAMAJU
Menimbang : bahwa untuk mengarahkan penerapan teknologi informasi perlu dibentuk komite pengarah;
KESATU : Membentuk Komite Pengarah TIK dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.
Ditetapkan di Sukamaju pada tanggal 3 Maret 2025`;
    const c = classify(sk);
    expect(accepted(c)).toEqual(expect.arrayContaining([10]));
    const reason = c.mappings.find((m) => m.indicator === 10)?.reasons[0];
    expect(reason?.phrase).toBe('komite pengarah TIK (padanan tim koordinasi SPBE)');
  });

  it('"Pemerintah Digital" where older texts say "SPBE"', () => {
    const text = 'PETA RENCANA PEMERINTAH DIGITAL\nKABUPATEN SUKAMAJU TAHUN 2025-2029\nDokumen ini memuat arah dan langkah pelaksanaan pemerintah digital.';
    expect(accepted(classify(text))).toContain(12);
  });

  it('a weaker rule term that the lexicon equates with a strong one counts as the strong one', () => {
    const text = `LAPORAN KEGIATAN\nPENGELOLAAN RUANG SERVER\nBULAN APRIL 2025\nPemeliharaan rutin UPS dan pendingin ruangan.\nPencadangan harian basis data ke server cadangan.`;
    const c = classify(text);
    expect(accepted(c)).toContain(16);
    expect(c.mappings.find((m) => m.indicator === 16)?.reasons[0]?.phrase).toBe('ruang server (padanan pusat data)');
  });

  it('an English data centre assessment and a BSSN security assessment', () => {
    const dc = `Data Centre Assessment\nSukamaju Regency Government\nThis report assesses the regency's data centre facility: power, cooling, racks and physical access.\nBackup is performed daily to a disaster recovery site.`;
    expect(accepted(classify(dc))).toContain(16);
    const itsa = `BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL ASESMEN KEAMANAN SISTEM ELEKTRONIK\nPADA PEMERINTAH KABUPATEN SUKAMAJU\nAsesmen keamanan dilakukan terhadap portal resmi.\nDitemukan 3 kerentanan kritis.`;
    expect(accepted(classify(itsa))).toContain(31);
  });

  it('an English vendor report on a penetration test of our systems', () => {
    const text = `PENETRATION TESTING REPORT
Prepared for Dinas Komunikasi dan Informatika Kabupaten Sukamaju
Executive summary: the security audit found 4 high vulnerabilities in the public web applications.
Audit findings and audit recommendations are listed per application.`;
    expect(accepted(classify(text))).toContain(31);
  });

  it('English compounds that put the modifier first ("digital government roadmap", "API integration")', () => {
    const roadmap = 'Digital Government Roadmap 2025-2029\nSukamaju Regency\nYear 1: consolidate the data centre; year 2: integrate services; year 3: open data portal.';
    expect(accepted(classify(roadmap))).toEqual([12]);
    const api = 'API Integration Report\nSukamaju Regency\n17 agency systems are connected through the API gateway; 42 APIs are published.';
    expect(accepted(classify(api))).toEqual([18]);
  });

  it('activities named in other words: a test run of an application, a check for security holes, user complaints', () => {
    const uji = 'LAPORAN HASIL UJI COBA\nAPLIKASI PELAYANAN TERPADU\nUji coba oleh petugas sebagai pengguna akhir: 52 skenario berjalan sesuai kebutuhan, 5 galat diperbaiki penyedia.';
    expect(accepted(classify(uji))).toEqual([15]);
    const celah = 'LAPORAN HASIL PEMERIKSAAN CELAH KEAMANAN\nSITUS WEB PERANGKAT DAERAH\nDitemukan 4 celah kritis (injeksi SQL) dan 9 celah tinggi; pemeriksaan ulang setelah perbaikan.';
    expect(accepted(classify(celah))).toEqual([31]);
    const keluhan = 'REKAPITULASI PERMINTAAN DAN KELUHAN PENGGUNA APLIKASI\nTRIWULAN III\n418 permintaan dan keluhan; 391 selesai; kategori terbanyak lupa kata sandi dan akun terkunci.';
    expect(accepted(classify(keluhan))).toEqual([28]);
  });

  it('the words Pemdas use for an inventory and for handling the impact of a change', () => {
    const inventaris = 'LAPORAN KEGIATAN\nPENCATATAN PERANGKAT KOMPUTER DAN LISENSI PERANGKAT LUNAK\nDiskominfo mencatat 1.200 komputer, 80 server dan 400 lisensi perangkat lunak beserta lokasi, pengguna dan masa berlakunya.';
    expect(accepted(classify(inventaris))).toEqual([24]);
    const perubahan = 'LAPORAN\nPENERAPAN TANDA TANGAN ELEKTRONIK: PENGELOLAAN DAMPAK PERUBAHAN CARA KERJA\nSosialisasi, pendampingan pejabat, dan penanganan penolakan pengguna selama peralihan dari naskah kertas.';
    expect(accepted(classify(perubahan))).toEqual([27]);
  });
});

