/**
 * Which of two OCR readings of one picture to keep. A reading is worth the words it recovered: tokens of four
 * letters or more (short tokens are as often noise as words), weighed by Tesseract's mean confidence. The first
 * reading is the one the picture was prepared for; the second replaces it only when clearly worth more, because a
 * reading that breaks lines into columns counts its word fragments too ('keterpa', 'menyelengg') and can come out
 * level with a clean one. Pure.
 */
import type { OcrResult } from './ocr-pool.ts';

const WORD = /\p{L}{4,}/gu;

/** The number of words of four letters or more in `text`, times the mean confidence (0–100) as a share. */
export function readingWorth(reading: OcrResult): number {
  const words = reading.text.match(WORD)?.length ?? 0;
  return words * (Math.max(0, Math.min(100, reading.confidence)) / 100);
}

/** How much more the second reading must be worth to replace the first. */
const CLEARLY_MORE = 1.25;

/** `first` unless `second` is clearly worth more. */
export function betterReading(first: OcrResult, second: OcrResult): OcrResult {
  return readingWorth(second) > CLEARLY_MORE * readingWorth(first) ? second : first;
}
