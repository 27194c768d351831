/** Letter-spaced headings collapsed into words before the title, kind and issuer are read (src/classify/letter-spacing.ts). */
import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing } from '../../src/classify/letter-spacing.ts';
import { accepted, classify } from './helpers.ts';

describe('collapseLetterSpacing', () => {
  it.each([
    ['P E R A T U R A N  B U P A T I  S U K A M A J U', 'PERATURAN BUPATI SUKAMAJU'],
    ['N O M O R  8  T A H U N  2 0 2 5', 'NOMOR 8 TAHUN 2025'],
    ['K E P U T U S A N', 'KEPUTUSAN'],
    ['T E N T A N G', 'TENTANG'],
    ['BUPATI S U K A M A J U ,', 'BUPATI SUKAMAJU ,'],
    // OCR kept no wider gap between the words: split where letters meet digits and before heading words.
    ['P E R A T U R A N B U P A T I S U K A M A J U', 'PERATURAN BUPATI SUKAMAJU'],
    ['N O M O R 8 T A H U N 2 0 2 5', 'NOMOR 8 TAHUN 2025'],
    ['L A P O R A N H A S I L A U D I T', 'LAPORAN HASIL AUDIT'],
    // … but not before a suffix ("PEMERINTAHAN" is one word).
    ['P E M E R I N T A H A N D A E R A H', 'PEMERINTAHAN DAERAH'],
  ])('"%s" → "%s"', (line, want) => {
    expect(collapseLetterSpacing(line)).toBe(want);
  });

  it.each([
    'Menimbang : a. bahwa untuk keterpaduan layanan perlu diatur',
    'Skor 1 2 3 4 5 menurut tingkat',
    'No | A | B | C | D',
    'Rapat di ruang B lantai 2',
  ])('leaves ordinary text alone: "%s"', (line) => {
    expect(collapseLetterSpacing(line)).toBe(line);
  });
});

describe('a letter-spaced regulation heading', () => {
  const SPACED = [
    'P E R A T U R A N  B U P A T I  S U K A M A J U',
    'N O M O R  5  T A H U N  2 0 2 4',
    'T E N T A N G',
    'A R S I T E K T U R  S I S T E M  P E M E R I N T A H A N  B E R B A S I S  E L E K T R O N I K',
    'BUPATI SUKAMAJU,',
    'Menimbang : bahwa arsitektur diperlukan sebagai kerangka dasar keterpaduan;',
    'Pasal 1 Arsitektur SPBE memuat referensi arsitektur dan domain proses bisnis, data dan informasi, infrastruktur, aplikasi, keamanan dan layanan SPBE.',
    'Ditetapkan di Sukamaju pada tanggal 2 Mei 2024',
  ].join('\n');

  it('is read as the regulation of ours it is, about its subject', () => {
    const c = classify(SPACED);
    expect(c.kind).toBe('peraturan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(accepted(c)).toEqual([1]);
  });

  it('still names its kind when OCR kept only one space between the words', () => {
    const c = classify(SPACED.replace(/ {2}/g, ' '));
    expect(c.kind).toBe('peraturan');
    expect(c.issuer?.case).toBe('sendiri');
    expect(classify('L A P O R A N H A S I L A U D I T\nINFRASTRUKTUR TIK TAHUN 2025\nTemuan audit infrastruktur.').kind).toBe('laporan-audit');
    expect(classify('N O T U L E N R A P A T\nHari/Tanggal : Kamis, 9 Oktober 2025').kind).toBe('notulen');
  });

  it('a letter-spaced report title names its kind', () => {
    expect(classify('L A P O R A N  H A S I L  A U D I T\nINFRASTRUKTUR TIK TAHUN 2025\nTemuan audit infrastruktur.').kind).toBe('laporan-audit');
    expect(classify('N O T U L E N  R A P A T\nHari/Tanggal : Kamis, 9 Oktober 2025').kind).toBe('notulen');
  });
});
