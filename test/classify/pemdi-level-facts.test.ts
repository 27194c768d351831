import { describe, expect, it } from 'vitest';
import { readLevelFacts } from '../../src/classify/level-facts.ts';
import { loadPack } from '../../src/instrument/registry.ts';

const pemdi = loadPack('pemdi-2026');
const shows = (text: string, check: string): boolean => readLevelFacts(pemdi.levels, [{ no: 1, text }], pemdi.rules.aliases).some((f) => f.check === check);

describe('Pemdi level facts: an item check needs its subject, not a word every document holds', () => {
  it('a budget, not the fiscal year in the heading (I1-L2-04)', () => {
    expect(shows('RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN ANGGARAN 2027', 'i1-anggaran')).toBe(false);
    expect(shows('Program penyelenggaraan persandian dengan pagu indikatif Rp920.000.000', 'i1-anggaran')).toBe(true);
  });

  it('a changed plan, not the intention to change it (I1-L5-02)', () => {
    expect(shows('Tema talenta digital akan dimasukkan dalam perubahan Renstra tahun depan.', 'i1-perubahan')).toBe(false);
    expect(shows('Substansi RAN Pemdi telah dituangkan dalam Perubahan Renstra 2025–2029.', 'i1-perubahan')).toBe(true);
  });

  it('the IKASANDI measurement, not the BSSN unit of the same name (I10-L1-01)', () => {
    expect(shows('Yth. Deputi Bidang Keamanan Siber dan Sandi Pemerintahan dan Pembangunan Manusia', 'i10-ikasandi')).toBe(false);
    expect(shows('Hasil pengukuran keamanan siber dan sandi tahun 2026', 'i10-ikasandi')).toBe(true);
  });

  it('integration with the national level, not any national thing (I19-L3-01)', () => {
    expect(shows('Layanan tutup pada hari libur nasional dan cuti bersama.', 'i19-nasional')).toBe(false);
    expect(shows('Kanal pengaduan telah terintegrasi dengan SP4N-LAPOR! sejak Maret 2026.', 'i19-nasional')).toBe(true);
  });

  it('the risk of personal data, not any risk (I8-L2-07)', () => {
    expect(shows('Risiko keterlambatan pengadaan server dicatat oleh panitia.', 'i8-risiko')).toBe(false);
    expect(shows('Matriks risiko pemrosesan data pribadi pada layanan perizinan terlampir.', 'i8-risiko')).toBe(true);
  });

  it('an international forum, not an international standard (I3-L2-05)', () => {
    expect(shows('Materi pelatihan mengikuti standar internasional ISO/IEC 27001.', 'i3-forum-internasional')).toBe(false);
    expect(shows('Dua ASN menjadi pembicara pada konferensi internasional GovTech Asia 2026.', 'i3-forum-internasional')).toBe(true);
  });
});

describe('Pemdi level facts: the IKASANDI values of a row of cards, read under the areas in their order', () => {
  const CARDS = 'Hasil Pengukuran IKASANDI 2026\nKeamanan Siber   Penanganan Insiden Siber   Kematangan Persandian   Status\n2,71   1,88   2,05   Terverifikasi';

  it('gives each area the value in its place', () => {
    expect(shows(CARDS, 'i10-nilai-3')).toBe(true);
    expect(shows(CARDS, 'i12-nilai-2')).toBe(true);
    expect(shows(CARDS, 'i12-nilai-3')).toBe(false);
    expect(shows(CARDS, 'i11-nilai-5')).toBe(false);
  });

  it('reads no value when the row below holds fewer values than the areas named', () => {
    const short = 'Keamanan Siber   Penanganan Insiden Siber   Kematangan Persandian\n2,71';
    expect(shows(short, 'i10-nilai-3')).toBe(false);
    expect(shows(short, 'i12-nilai-2')).toBe(false);
  });
});

describe("Pemdi level facts: the item checks read the lexicon's forms and the documents' own wording", () => {
  it('reads an item check in the forms the lexicon gives its phrase (English vendor reports)', () => {
    expect(shows('Encryption of data at rest was deployed for the SIMPEG database (AES-256).', 'i11-kriptografi')).toBe(true);
    expect(shows('This independent audit covered the data centre and the public service applications.', 'i9-audit-eksternal')).toBe(true);
    expect(shows('The internal team reviewed the password policy.', 'i9-audit-eksternal')).toBe(false);
  });

  it('a monitoring-and-evaluation report is a review of the user support it monitors (I19-L4)', () => {
    expect(shows('LAPORAN MONITORING DAN EVALUASI SERUNI HELPDESK 2026', 'i19-reviu')).toBe(true);
    expect(shows('Helpdesk melayani 1.126 tiket pada Januari–September 2026.', 'i19-reviu')).toBe(false);
  });

  it("a letter's 'Dasar :' list cites other documents' subjects", () => {
    const spt = 'SURAT PERINTAH TUGAS\nDasar : 1. Peraturan Wali Kota Nomor 31 Tahun 2026 tentang Tata Kelola Pelindungan Data Pribadi.\nUntuk : melaksanakan fungsi Pejabat Pelindungan Data Pribadi.';
    expect(shows(spt, 'i8-ropa')).toBe(false);
    expect(shows(spt, 'i8-dpo')).toBe(true);
  });

  it('the IKASANDI measurement, not a BSSN directorate of the same name (I10-L1-01)', () => {
    expect(shows('Kepada: Kepala BSSN c.q. Direktur Keamanan Siber dan Sandi Pemerintahan Daerah.', 'i10-ikasandi')).toBe(false);
  });

  it('an integration report item needs its matrix (I16-L1-01, L1-02, L2-02)', () => {
    expect(shows('Matriks pemantauan integrasi: SIMPATI – SIAK (REST API), e-Kinerja – SIMPEG (web service).', 'i16-matriks')).toBe(true);
    expect(shows('Data kependudukan dialirkan ke aplikasi perizinan melalui Sistem Penghubung Layanan Pemerintah.', 'i16-matriks')).toBe(false);
  });
});

describe('Pemdi level facts: the evidence an item names, not a statement about it', () => {
  it('a plan to improve competences reports no improvement (I3-L2-02 …)', () => {
    expect(shows('Peta ini dipakai untuk rencana pengembangan kompetensi digital 2027.', 'i3-kompetensi')).toBe(false);
    expect(shows('Pengembangan kompetensi digital diikuti 212 ASN pada 2026.', 'i3-kompetensi')).toBe(true);
  });

  it("the repository's content, not an agreement to store the source code there (I13-L3-04)", () => {
    expect(shows('Kode sumber disimpan pada repositori aplikasi Pemerintah Kota.', 'i13-isi-repositori')).toBe(false);
    expect(shows('Repository  Language  Last commit  Updated\ne-retribusi-pasar  PHP  fix: pembulatan tarif', 'i13-isi-repositori')).toBe(true);
  });
});
