/** The extraction stage as the ingest pipeline sees it: bytes in, page texts and a status out. */
import type { DocStatus, FileType, PageText } from '../store/types.ts';

export interface ExtractionOutcome {
  type: FileType;
  status: DocStatus;
  message: string;
  pages: PageText[];
  ocrPages: number;
  encrypted: boolean;
  /** Non-fatal notes in Indonesian (e.g. OCR failed on some pages), shown after a scan. */
  warnings: string[];
}

export interface Extractor {
  detect(head: Uint8Array): FileType;
  extract(bytes: Uint8Array, fileName: string): Promise<ExtractionOutcome>;
  /** Starts the parsing thread ahead of the first file, so a long-running watcher answers its first file fast. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}
