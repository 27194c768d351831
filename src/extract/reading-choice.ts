/**
 * Which of two OCR readings of one picture to keep. A reading is worth the words it recovered: tokens of four
 * letters or more (short tokens are as often noise as words), weighed by Tesseract's mean confidence, so that a
 * reading with more words wins unless it is much less sure of them. Pure.
 */
import type { OcrResult } from './ocr-pool.ts';

const WORD = /\p{L}{4,}/gu;

/** The number of words of four letters or more in `text`, times the mean confidence (0–100) as a share. */
export function readingWorth(reading: OcrResult): number {
  const words = reading.text.match(WORD)?.length ?? 0;
  return words * (Math.max(0, Math.min(100, reading.confidence)) / 100);
}

/** `first` unless `second` is worth more. */
export function betterReading(first: OcrResult, second: OcrResult): OcrResult {
  return readingWorth(second) > readingWorth(first) ? second : first;
}
