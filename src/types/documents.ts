/** Plain data shapes of what the store holds. Shared by ingest, classify, assess, render and server. */

/** Type detected from the file's content (magic bytes), never from its extension. */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'docx' | 'unknown';

/**
 * Outcome of ingesting one content. `ok` means text was extracted (possibly empty for a blank page);
 * every other value is an error code with an Indonesian message on the document.
 */
export type DocStatus =
  | 'ok'
  | 'pending'
  | 'empty'
  | 'corrupt'
  | 'needs-password'
  | 'unsupported'
  | 'too-large'
  | 'image-too-large'
  /** A DOCX whose zip would unpack to far more than its size (a "zip bomb"); refused before unpacking. */
  | 'unpacked-too-large'
  | 'no-text';

/**
 * Why an entry of `watch/` was refused without being read: a symbolic link (`link`), something that is not a
 * regular file (`not-regular`: a device, socket or pipe), or a file swapped between listing and opening (`changed`).
 */
export type RefusalStatus = 'link' | 'not-regular' | 'changed';

/** Where the text of a page came from. */
export type PageSource = 'text' | 'ocr' | 'none';

export interface PageText {
  /** 1-based page number. */
  no: number;
  text: string;
  source: PageSource;
  /** Mean OCR confidence 0–100 for OCR pages, null otherwise. */
  confidence: number | null;
}

export interface DocumentRecord {
  sha256: string;
  size: number;
  type: FileType;
  status: DocStatus;
  /** Indonesian message naming the file and what to do; empty when status is ok. */
  message: string;
  pages: number;
  ocrPages: number;
  /** True when the PDF had an owner password only and was read after decryption. */
  encrypted: boolean;
  /** Archive path relative to the workspace's `.eviden/` folder. */
  archivePath: string;
  firstSeen: string;
  extractedAt: string | null;
}

export interface LocationRecord {
  /** Path relative to `watch/`, with `/` separators. */
  path: string;
  sha256: string;
  /** OPD kode from the config, or null when the folder matches no OPD. */
  opd: string | null;
  /** First folder under `watch/` (the OPD folder as written on disk). */
  folder: string;
  size: number;
  mtimeMs: number;
  /** False once the file disappeared from `watch/` (its archived copy stays). */
  present: boolean;
  firstSeen: string;
  lastSeen: string;
  removedAt: string | null;
  /** Set when a newer content replaced this one at the same path. */
  replacedAt: string | null;
}

/** A document with everything downstream stages need, as read from the store. */
export interface StoredDocument extends DocumentRecord {
  locations: LocationRecord[];
  pageTexts: PageText[];
}
