/**
 * A phone photo is read twice, with and without its lighting levelled, and the better reading is kept: levelling
 * helps a photo of paper and can wash out a photo of a screen (light text on dark panels, small grey table text).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../../src/extract/options.ts';
import { betterReading, readingWorth } from '../../src/extract/reading-choice.ts';
import { artifactBytes } from '../../scripts/fixtures/artifact.ts';
import { screenPortalPeristiwaHidup } from '../../scripts/fixtures/pemdi-set/screens.ts';
import { extractionSetup } from './helpers/extraction.ts';

const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, parseTimeoutMs: 30_000, ocrTimeoutMs: 120_000 };

describe('choosing between two readings', () => {
  it('weighs the words of four letters or more by the confidence', () => {
    expect(readingWorth({ text: 'Surat keterangan lahir di RSUD', confidence: 50 })).toBe(2);
    expect(readingWorth({ text: 'a b c ab', confidence: 99 })).toBe(0);
  });

  it('keeps the first reading unless the second has clearly more words it is sure of', () => {
    const few = { text: 'Layanan Kelahiran', confidence: 90 };
    const more = { text: 'Layanan Kelahiran Surat keterangan lahir Puskesmas Akta kelahiran', confidence: 80 };
    expect(betterReading(few, more)).toBe(more);
    expect(betterReading(more, few)).toBe(more);
    // Level, as a reading broken into columns can be with a clean one: the first stays.
    const level = { text: 'Layanan Kelahiran Surat', confidence: 88 };
    const clean = { text: 'Layanan Kelahiran Surat', confidence: 86 };
    expect(betterReading(clean, level)).toBe(clean);
    const unsure = { text: 'Layanan Kelahiran Surat keterangan', confidence: 30 };
    expect(betterReading(few, unsure)).toBe(few);
  });
});

describe('a phone photo of a portal screen', { timeout: 300_000 }, () => {
  const extraction = extractionSetup('photo-reading', opts);

  it('keeps the menu and title that levelling the lighting would wash out', async () => {
    const bytes = await artifactBytes({ path: 'IMG_portal.jpg', form: 'photo', of: { screen: screenPortalPeristiwaHidup } });
    const result = await extraction.run(bytes, 'IMG_portal.jpg');
    expect(result.status).toBe('ok');
    const text = (result.pages[0]?.text ?? '').toLowerCase();
    expect(text).toContain('peristiwa hidup');
    // The menu and the header bar are light text on dark panels: levelling the lighting loses them.
    expect(text).toContain('semua layanan');
    expect(text).toContain('lacak permohonan');
  });
});
