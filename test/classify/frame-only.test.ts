/**
 * The frame of a document without its content (frame-only.ts): a cover page, a table of contents, a form not filled
 * in. They name their subject in capitals as the whole document does, and an OPD may file them in the indicator's
 * folder; on their own they prove nothing, and the whole document (or the filled form) still maps.
 */
import { describe, expect, it } from 'vitest';
import { frameOnly } from '../../src/classify/frame-only.ts';
import { linePlaces } from '../../src/classify/places.ts';
import { accepted, candidates, classify } from './helpers.ts';

const COVER = 'DOKUMEN PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU TAHUN 2O25 - 2O29\n[logo]\nDINAS KOMUNIKASI DAN INFORMATIKA\nKABUPATEN SUKAMAJU\n2O25';
const CONTENTS = [
  'DAFTAR lSl',
  'KATA PENGANTAR ........................................ i',
  'BAB l PENDAHULUAN ..................................... l',
  'BAB ll ARSITEKTUR PROSES BISNIS ....................... 5',
  'BAB lll ARSITEKTUR DATA DAN INFORMASI ................. l2',
  'BAB lV ARSITEKTUR APLIKASI SPBE ....................... l9',
  'BAB V ARSITEKTUR INFRASTRUKTUR SPBE ................... 27',
  'BAB Vl ARSITEKTUR KEAMANAN SPBE ....................... 34',
  'BAB Vll ARSITEKTUR LAYANAN SPBE ....................... 4O',
].join('\n');
const BLANK_FORM = [
  'FORMULIR REGISTER RISIKO SPBE Perangkat Daerah : ............................................ Tahun : .........',
  'No | Sasaran SPBE | Kejadian Risiko | Penyebab | Dampak | Kemungkinan | Besaran Risiko | Rencana Penanganan',
  '1 | | | | | | |',
  '2 | | | | | | |',
  '3 | | | | | | |',
  'Mengetahui, Kepala Perangkat Daerah (..............................) NIP ..................',
].join('\n');
const FILLED_FORM = [
  'REGISTER RISIKO SPBE DINAS KESEHATAN TAHUN 2025',
  'No | Sasaran SPBE | Kejadian Risiko | Penyebab | Dampak | Kemungkinan | Besaran Risiko | Rencana Penanganan',
  '1 | Layanan SIMPUS tersedia | Server mati | Listrik padam | Layanan terhenti | 3 | 12 | Pasang UPS',
  '2 | Data pasien aman | Kebocoran data | Kata sandi lemah | Reputasi | 2 | 10 | Autentikasi dua faktor',
  'Sukamaju, 3 Maret 2025 Kepala Dinas Kesehatan ttd',
].join('\n');

describe('the frame of a document', () => {
  it('tells a cover, a table of contents and a blank form', () => {
    expect(frameOnly([COVER], false)).toBe('sampul');
    expect(frameOnly([CONTENTS], false)).toBe('daftar-isi');
    expect(frameOnly([BLANK_FORM], false)).toBe('formulir-kosong');
  });

  it('as a phone photo reads them: leaders turned to specks, pages and empty rows lost', () => {
    const contents = 'DAFTAR ISI\nKATA PENGANTAR .........o.. Tn al\nDAFTAR ISI.\nBAB | PENDAHULUAN s....oo.ooooooo\n1.2 Maksud dan Tujuan ........ .\nBAB II ARSITEKTUR PROSES BISNIS\nBAB IN ARSITEKTUR DATA DAN INFORMASI ...\nBAB IV ARSITEKTUR APLIKASI SPBE\nBAB VIII PENUTUP\n5\n19';
    const form = 'FORMULIR REGISTER RISIKO SPBE Perangkat Daerah : ... Tahun :\nNo | Sasaran SPBE | Kejadian Risiko | Penyebab | Dampak Kemungkinan (1-5) | Dampak (1-\nBesaran Risiko | Rencana Penanganan | Penanggung Jawab\nVHA\n2\nNu\nPetunjuk pengisian: dist oleh Perangkat Daerah dan disampaikan ke Diskominfo paling lambat ......\nMengetahui, Kepala Perangkat Daerah ( .JNIP';
    const cover = 'DOKUMEN PETA RENC. ANA SISTEM PEMERINTAHAN\nBERBASIS ELEKTRONIK KOTA\nRANTAU KEMUNING TAHUN 2025 - 2029\nlogo)\nDINAS KC IMUNIKASI DAN INFC IRMATIKA';
    expect(frameOnly([contents], false)).toBe('daftar-isi');
    const underTitle = 'BUKU PROFIL DINAS KOMUNIKASI, INFO!\nPROVINSI RIMBA RAYA TAHUN 2025\nDAFTAR ISI\nKATA PENGANTAR ....... |\nBAB I PENDAHULUAN\n1.1 LATAR BELAKANG\nBAB II GAMBARAN UMUM DIN\nBAB II] RENCANA STRATEGIS\n3.2 ARSITEKTUR DAN PETA RENCANA PEMERINTAH DIGITAL... 14 :\nBAB V PENUTUP .2';
    expect(frameOnly([underTitle], false)).toBe('daftar-isi');
    expect(frameOnly([form], false)).toBe('formulir-kosong');
    expect(frameOnly([cover], false)).toBe('sampul');
  });

  it('a filled form, a screen, a regulation heading and a document behind its table of contents are no frame', () => {
    expect(frameOnly([FILLED_FORM], false)).toBeNull();
    expect(frameOnly([`FORMULIR ${FILLED_FORM}\nPetunjuk pengisian: diisi oleh Perangkat Daerah.`], false)).toBeNull();
    expect(frameOnly(['SRIKANDI\nBeranda\nNaskah Masuk\nDisposisi\nKeluar'], false)).toBeNull();
    expect(frameOnly(['PERATURAN BUPATI SUKAMAJU\nNOMOR 5 TAHUN 2024\nTENTANG\nARSITEKTUR SPBE'], true)).toBeNull();
    const body = 'BAB II ARSITEKTUR PROSES BISNIS\nArsitektur proses bisnis memuat peta proses bisnis seluruh perangkat daerah dan referensinya.';
    expect(frameOnly([CONTENTS, body, body, body], false)).toBeNull();
  });

  it('filed in the indicator folder, the frame is no evidence: a candidate, and the reason asks for the whole document', () => {
    for (const [text, path, indicator] of [
      [COVER, 'Indikator 12/cover.jpg', 12],
      [CONTENTS, 'Indikator 11/scan_0002.pdf', 11],
      [BLANK_FORM, 'Indikator 21/template register risiko.pdf', 21],
    ] as const) {
      const c = classify(text, [path]);
      expect(accepted(c), path).toEqual([]);
      expect(candidates(c), path).toContain(indicator);
      expect(c.notEvidence, path).toBe('kerangka');
    }
  });

  it('the filled form maps', () => {
    expect(accepted(classify(FILLED_FORM, ['Dinkes/register risiko.pdf']))).toEqual([21]);
  });
});

describe('a table of contents entry is no heading', () => {
  it('the chapters listed with their pages are body text; the chapter heading itself is a heading', () => {
    const lines = ['LAPORAN KINERJA 2024', 'BAB ll ARSITEKTUR PROSES BISNIS ....................... 5', 'BAB V ARSITEKTUR INFRASTRUKTUR SPBE … … 27', 'Uraian singkat laporan ini.', 'BAB II ARSITEKTUR PROSES BISNIS'];
    const places = linePlaces(1, lines);
    expect(places.slice(1, 3)).toEqual(['isi', 'isi']);
    expect(places[4]).toBe('judul-bagian');
  });
});
