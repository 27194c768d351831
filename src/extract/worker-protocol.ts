/** Messages between the extraction host (main thread) and the extraction worker thread. */
import type { ImageType } from './image-header.ts';
import type { PreparedImage } from './image.ts';
import type { PageKind, RenderLimits } from './page-plan.ts';
import type { OcrImage } from './rasterize.ts';
import type { ZipLimits } from './zip-inflation.ts';

export interface PageResult {
  kind: PageKind;
  /** The text layer (for a scan: the few characters it carries, e.g. a header stamp). */
  text: string;
  /** The page's image for OCR, when it is a scan and rendering was asked for. */
  image: OcrImage | null;
  /** Where `image` came from: the scan embedded in the page, read as it is, or a rendering of the page. */
  imageFrom: OcrImageSource | null;
}

export type OcrImageSource = 'embedded' | 'rendered';

/** One page of a `read-pages` answer: its reading, or why this page could not be read. */
export type PageReply = PageResult | { error: WorkerFailure };

/** Each operation's arguments and result. Operations run one at a time. */
export interface WorkerOps {
  /** Opens a PDF, closing any previous one. */
  'open-pdf': { args: { bytes: Uint8Array }; result: { numPages: number; encrypted: boolean } };
  /**
   * Reads pages of the open PDF in order, each rendered for OCR when it is a scan and `render` is given. Several
   * pages per request spare text pages a round trip through the main thread each.
   */
  'read-pages': { args: { pageNos: number[]; render: RenderLimits | null }; result: { pages: PageReply[] } };
  'close-pdf': { args: Record<string, never>; result: null };
  'prepare-image': { args: { bytes: Uint8Array; type: ImageType; maxMegapixels: number }; result: PreparedImage };
  'read-docx': { args: { bytes: Uint8Array; limits: ZipLimits }; result: { pages: string[] } };
}

export type OpName = keyof WorkerOps;

export type WorkerRequest = { [K in OpName]: { id: number; op: K; args: WorkerOps[K]['args'] } }[OpName];

/** Why an operation failed, as far as the caller needs to tell cases apart. */
export type FailureCode = 'pdf-password' | 'pdf-invalid' | 'pdf-not-open' | 'image-unreadable' | 'image-too-large' | 'zip-too-large' | 'failed';

export interface WorkerFailure {
  code: FailureCode;
  message: string;
  /** zip-too-large: the unpacked size declared or reached. */
  unpackedBytes?: number;
}

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WorkerFailure };
