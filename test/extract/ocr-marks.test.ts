/**
 * The marks Tesseract makes of dashes, bullets and colons, as it read them from the phone photos and scans of the
 * generalisation set (scripts/fixtures/generalise-e2e), are put back before the text is stored.
 */
import { describe, expect, it } from 'vitest';
import { tidyOcrMarks } from '../../src/extract/ocr-marks.ts';
import { classify } from '../classify/helpers.ts';

describe('tidyOcrMarks', () => {
  it("reads a lone '~' between words as a dash and at the start of a line as a bullet", () => {
    expect(tidyOcrMarks('Karangasti ~ Pemerintah Provinsi Nusa Karang terus memperbarui portal')).toBe('Karangasti – Pemerintah Provinsi Nusa Karang terus memperbarui portal');
    expect(tidyOcrMarks('~ Operator menyampaikan rencana perluasan sinyal di 12')).toBe('- Operator menyampaikan rencana perluasan sinyal di 12');
    expect(tidyOcrMarks('SPBE Risk Management ~ Kepulauan Sangir Laut Regency')).toBe('SPBE Risk Management – Kepulauan Sangir Laut Regency');
  });

  it("reads '©', '«', '»' after a field's label as its colon", () => {
    expect(tidyOcrMarks('Nomor » 005/UPID-DU/XI/2025')).toBe('Nomor : 005/UPID-DU/XI/2025');
    expect(tidyOcrMarks('KEDUA © Arsitektur SPBE menjadi acuan Perangkat Daerah')).toBe('KEDUA : Arsitektur SPBE menjadi acuan Perangkat Daerah');
    expect(tidyOcrMarks('Pimpinan Rapat «Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE')).toBe('Pimpinan Rapat : Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE');
    expect(tidyOcrMarks('Dari © Kepala Bappeda')).toBe('Dari : Kepala Bappeda');
  });

  it('drops a lone mark that ends a line and leaves marks inside words and in sentences alone', () => {
    expect(tidyOcrMarks('DINAS KESEHATAN KOTA BANDAR SERUNI  ~\nbahwa «')).toBe('DINAS KESEHATAN KOTA BANDAR SERUNI\nbahwa');
    const kept = 'P~NY~L~NGG~R~~N J~R~NG~N\nPermintaan layanan dan laporan gangguan © disampaikan melalui meja layanan';
    expect(tidyOcrMarks(kept)).toBe(kept);
    expect(tidyOcrMarks('Teks tanpa tanda.\n\nBaris kedua')).toBe('Teks tanpa tanda.\n\nBaris kedua');
  });

  it('gives a photographed letter its fields back, so it reads as the letter it is', () => {
    const photo = ['NOTA DINAS', 'Kepada © Sekretaris Daerah', 'Dari © Kepala Dinas Komunikasi dan Informatika', 'Nomor » 800/77/Diskominfo/2025', 'Perihal © Laporan hasil uji penetrasi aplikasi layanan'].join('\n');
    const fields = (text: string): number => text.split('\n').filter((l) => /^(kepada|dari|nomor|perihal)\s*:/i.test(l)).length;
    expect(fields(photo)).toBe(0);
    expect(fields(tidyOcrMarks(photo))).toBe(4);
  });

  it("gives a photographed news story its dateline back: 'BERITA DAERAH' over the story is news, not evidence", () => {
    // The photo of the generalisation set's berita-portal-data as OCR read it: the dash read as '~', the lede cut.
    const photo = `BERITA DAERAH
Portal Satu Data Nusa Karang Kini Sajikan 1.200 Dataset

Karangasti ~ Pemerintah Provinsi Nusa Karang terus memperbarui po

otal data terbuka, Hingga Juni
2025 tercatat 1,200 dataset dari 38 perangkat daetaly

Kepala Dinas Kominto mengajak masyarakat memantaatkan data terbuka untuk penelitan dan usaha

Sumber nusakarangprov go 1d`;
    const read = classify(photo, ['Diskominfo/Statistik/berita portal satu data.jpg']);
    expect(read.kind).not.toBe('siaran-pers');
    const tidied = classify(tidyOcrMarks(photo), ['Diskominfo/Statistik/berita portal satu data.jpg']);
    expect(tidied.kind).toBe('siaran-pers');
    expect(tidied.mappings).toEqual([]);
  });
});
