/** Extraction options and their mapping from `eviden.config.yaml`. */
import type { Config } from '../types/config.ts';
import type { OcrPoolOptions } from './ocr-pool.ts';

export interface ExtractOptions {
  /** Highest resolution a scanned page is rendered at for OCR (config ocr.dpi; default 300). */
  dpi: number;
  /** Scans coarser than this are enlarged up to it before OCR (default 150). */
  minDpi: number;
  /** Largest bitmap handed to OCR, in megapixels; bigger pages and images are downscaled (default 40). */
  maxMegapixels: number;
  /** Pages read per document; the rest are skipped and the document is marked 'too-large' (default 2000). */
  maxPages: number;
  /** Time allowed to OCR one page (default 180 s). */
  ocrTimeoutMs: number;
  /** Time allowed for one parsing step: opening a file, or reading and rendering one page (default 60 s). */
  parseTimeoutMs: number;
  /** False reads text layers only: scanned pages and images are not OCR'd. */
  ocr: boolean;
  /** OCR at most this many scanned pages per document (null: all). */
  maxOcrPages: number | null;
  /** A DOCX may unpack to at most this many bytes in total (default 256 MB, or 3× batas.ukuranBerkasMB if larger). */
  maxUnpackedBytes: number;
  /** …and no entry above 10 MB may unpack to more than this many times its packed size (default 200). */
  maxUnpackRatio: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  dpi: 300,
  minDpi: 150,
  maxMegapixels: 40,
  maxPages: 2000,
  ocrTimeoutMs: 180_000,
  parseTimeoutMs: 60_000,
  ocr: true,
  maxOcrPages: null,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxUnpackRatio: 200,
};

export function extractOptionsFromConfig(config: Config): ExtractOptions {
  return {
    ...DEFAULT_EXTRACT_OPTIONS,
    dpi: config.ocr.dpi,
    minDpi: Math.min(DEFAULT_EXTRACT_OPTIONS.minDpi, config.ocr.dpi),
    maxMegapixels: config.batas.megapikselGambar,
    maxPages: config.batas.halamanPerDokumen,
    ocrTimeoutMs: config.ocr.batasWaktuDetik * 1000,
    maxUnpackedBytes: Math.max(DEFAULT_EXTRACT_OPTIONS.maxUnpackedBytes, 3 * config.batas.ukuranBerkasMB * 1024 * 1024),
  };
}

/** OCR pool settings from the config; `cacheDir` is the workspace's cache folder. */
export function ocrPoolOptionsFromConfig(config: Config, cacheDir: string): OcrPoolOptions {
  return {
    languages: config.ocr.bahasa,
    cacheDir,
    size: config.ocr.pekerja,
    pageTimeoutMs: config.ocr.batasWaktuDetik * 1000,
  };
}
