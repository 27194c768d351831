/** The extraction stage as the ingest pipeline sees it: bytes in, page texts and a status out. */
import type { FileType } from '../types/documents.ts';
import type { ExtractResult } from '../extract/extract-file.ts';
import type { PageEvents } from '../shared/scan-progress.ts';

export type ExtractionOutcome = Omit<ExtractResult, 'pageCount'>;

export interface Extractor {
  detect(bytes: Uint8Array): FileType;
  /** `events` hears the page count and each page as it is read (progress). */
  extract(bytes: Uint8Array, fileName: string, events?: PageEvents): Promise<ExtractionOutcome>;
  /** Starts the parsing thread ahead of the first file, so a long-running watcher answers its first file fast. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}
