/** Scan progress by pages: the rate, the estimate of the time left and the Indonesian wording. */
import { describe, expect, it } from 'vitest';
import { describeCounts, formatDuration, pageRate, secondsLeft, type ScanCounts } from '../../src/shared/scan-progress.ts';

const base: ScanCounts = { files: 25, filesDone: 0, pagesKnown: 0, filesOpened: 0, pages: 0, ocrPages: 0, seconds: 0 };

describe('scan progress', () => {
  it('formats durations in Indonesian units', () => {
    expect(formatDuration(0)).toBe('0 dtk');
    expect(formatDuration(44.6)).toBe('45 dtk');
    expect(formatDuration(60)).toBe('1 mnt');
    expect(formatDuration(200)).toBe('3 mnt 20 dtk');
    expect(formatDuration(3900)).toBe('1 jam 5 mnt');
  });

  it('waits for a few pages before it tells a rate or an estimate', () => {
    expect(pageRate({ ...base, pages: 2, seconds: 10 })).toBeNull();
    expect(secondsLeft({ ...base, pages: 2, seconds: 10, filesOpened: 1, pagesKnown: 46 })).toBeNull();
    expect(describeCounts({ ...base, pages: 2, seconds: 10 })).toBe('2 hal. · menghitung kecepatan…');
  });

  it('estimates the pages left in open files and, for unopened files, the average of the opened ones', () => {
    // 22 files done with 1 page each, then a 46-page scan opened: 23 files opened, 68 pages known, 30 read.
    const c: ScanCounts = { ...base, files: 25, filesDone: 22, filesOpened: 23, pagesKnown: 68, pages: 30, ocrPages: 8, seconds: 15 };
    expect(pageRate(c)).toBe(2);
    // (68 − 30) pages left in the open file + 2 unopened files × 68/23 pages, at 2 pages per second.
    expect(secondsLeft(c)).toBeCloseTo((38 + (2 * 68) / 23) / 2, 6);
    expect(describeCounts(c)).toBe('30 hal. (8 OCR) · 2,0 hal./dtk · sisa ± 22 dtk');
  });
});
