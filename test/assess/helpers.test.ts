import { describe, expect, it } from 'vitest';
import { isWithinWindow, yearsBefore } from '../../src/assess/dates.ts';
import { evidenceNeeded } from '../../src/assess/messages.ts';
import { baseName, hasPhrase, listSome, normalize } from '../../src/assess/text.ts';
import { shorten } from '../../src/shared/format.ts';
import { findIndicator } from '../../src/instrument/tree.ts';
import { SPBE } from './fixtures.ts';

describe('dates', () => {
  it.each([
    ['2025-12-01', 2, '2023-12-01'],
    ['2024-02-29', 1, '2023-03-01'],
    ['2025-12-01', 1.5, '2024-06-01'],
  ])('yearsBefore(%s, %s) = %s', (today, years, expected) => {
    expect(yearsBefore(today, years)).toBe(expected);
  });

  it('a review exactly on the cutoff is too old; one day later still counts', () => {
    expect(isWithinWindow('2023-12-01', '2023-12-01')).toBe(false);
    expect(isWithinWindow('2023-12-02', '2023-12-01')).toBe(true);
  });
});

describe('text', () => {
  it('normalizes and matches whole words only', () => {
    expect(normalize('Perbup_SPBE-2023.PDF')).toBe('perbup spbe 2023 pdf');
    expect(hasPhrase(normalize('integrasi API SIASN'), 'api')).toBe(true);
    expect(hasPhrase(normalize('kapitalisasi'), 'api')).toBe(false);
    expect(baseName('DISKOMINFO/01/Perbup SPBE.v2.pdf')).toBe('Perbup SPBE.v2');
  });

  it('shortens at a word boundary and lists a few items', () => {
    expect(shorten('satu dua tiga empat lima', 14)).toBe('satu dua tiga…');
    expect(shorten('pendek', 14)).toBe('pendek');
    expect(listSome(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, dan 2 lainnya');
    expect(listSome(['a', 'b'])).toBe('a dan b');
  });
});

describe('evidenceNeeded', () => {
  it('takes the first clause of each paragraph of the level evidence and ends the sentence', () => {
    const ind = findIndicator(SPBE, 11);
    if (!ind) throw new Error('indikator 11 tidak ada');
    const text = evidenceNeeded(ind, 4);
    expect(text).toMatch(/^Dokumen yang memuat Arsitektur SPBE .* \+ Terdapat notulensi\/catatan\/laporan hasil reviu/);
    expect(text.length).toBeLessThanOrEqual(240);
    expect(text).toMatch(/[.…]$/);
    expect(text).not.toMatch(/\.\.$/);
  });
});
