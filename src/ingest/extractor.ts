/** The extraction stage as the ingest pipeline sees it: bytes in, page texts and a status out. */
import type { FileType } from '../types/documents.ts';
import type { ExtractResult, OcrCheckpoint } from '../extract/extract-file.ts';
import type { PageEvents } from '../shared/scan-progress.ts';

export type ExtractionOutcome = Omit<ExtractResult, 'pageCount'>;

export interface Extractor {
  detect(bytes: Uint8Array): FileType;
  /** `events` hears the page count and each page as it is read (progress); `checkpoint` keeps OCR'd pages. */
  extract(bytes: Uint8Array, fileName: string, events?: PageEvents, checkpoint?: OcrCheckpoint): Promise<ExtractionOutcome>;
  /**
   * Starts the parsing threads ahead of the first file: a watcher answers its first file fast, and a scan loads
   * pdf.js in them while it hashes and archives the new files.
   */
  warmUp(): Promise<void>;
  /** Share of the time each parsing thread was busy (scan --kinerja); empty when not known. */
  busy(): number[];
  close(): Promise<void>;
}
