/** The content-addressed archive: an immutable copy of every content ever seen, named by its SHA-256. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import type { FileType } from '../types/documents.ts';

const EXTENSIONS: Record<FileType, string> = {
  pdf: '.pdf',
  png: '.png',
  jpeg: '.jpg',
  tiff: '.tif',
  docx: '.docx',
  unknown: '.bin',
};

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Archive path relative to the state folder, e.g. `archive/ab/ab12….pdf`. */
export function archiveRelPath(sha256: string, type: FileType): string {
  return path.posix.join('archive', sha256.slice(0, 2), `${sha256}${EXTENSIONS[type]}`);
}

/** Writes the bytes into the archive unless that content is already there (atomic: temp file + rename). */
export function archiveContent(stateDir: string, sha256: string, type: FileType, bytes: Uint8Array): string {
  const rel = archiveRelPath(sha256, type);
  const abs = path.join(stateDir, rel);
  if (!existsSync(abs)) {
    mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    chmodSync(tmp, 0o444);
    renameSync(tmp, abs);
  }
  return rel;
}
