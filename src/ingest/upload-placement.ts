/**
 * Where an uploaded file goes in `watch/<OPD folder>/`: a safe name made from the name the browser sent, and a
 * placement that never overwrites (a taken name gets " (2)", " (3)", …). The upload is written to a temp file in
 * the same folder first (a name scan and watch skip), then linked to its final name, so nobody sees it half-written.
 */
import { closeSync, linkSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isIgnoredPath } from './ignore.ts';
import { removeStaleTempFiles } from '../store/stale-temp.ts';

/** Longest file name most file systems (and SMB shares) accept, in UTF-8 bytes. */
const MAX_NAME_BYTES = 200;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const TEMP_PREFIX = '.eviden-unggah.';

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cuts the stem (never the extension) until the name fits. */
function fitLength(stem: string, ext: string): string {
  let s = stem;
  while (s.length > 1 && utf8Length(s + ext) > MAX_NAME_BYTES) s = s.slice(0, -1);
  return (s.trimEnd() || 'unggahan') + ext;
}

/**
 * A file name safe on the share, from what the browser sent: only its last path part (no folders, no `..`), no
 * control or invisible format characters (bidi overrides), none of `<>:"/\|?*`, no leading dots or spaces, no
 * trailing dots or spaces, not a Windows device name, at most 200 bytes. Null when nothing usable is left, or when
 * the name is one eviden skips (temporary or lock files such as `~$x.docx`, `*.tmp`, `*.part`), so the upload would
 * never become a document.
 */
export function safeUploadName(raw: string): string | null {
  const last = raw.split(/[/\\]/).at(-1) ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (cleaned === '') return null;
  const named = WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
  const dot = named.lastIndexOf('.');
  const ext = dot > 0 && named.length - dot <= 10 ? named.slice(dot) : '';
  const name = fitLength(ext ? named.slice(0, dot) : named, ext);
  return isIgnoredPath(name) ? null : name;
}

/** The n-th alternative of a name: `Laporan.pdf` → `Laporan (2).pdf` (still within the length limit). */
export function alternativeName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return fitLength(stem, ` (${n})${ext}`);
}

/** A temp file name for an upload in progress in `dir` (skipped by scan and watch: it ends in `.tmp`). */
export function uploadTempPath(dir: string, id: string): string {
  return path.join(dir, `${TEMP_PREFIX}${process.pid}.${id}.tmp`);
}

/** Error codes of a file system without hard links (many SMB/CIFS shares, FAT). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Makes `target` the temp file's name unless the name is taken (false then). */
type Claim = (tempFile: string, target: string) => boolean;

function isTaken(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'EEXIST';
}

/** A hard link fails when the name is taken, so the claim and the placement are one step. */
export const claimByLink: Claim = (tempFile, target) => {
  try {
    linkSync(tempFile, target);
    return true;
  } catch (err) {
    if (isTaken(err)) return false;
    throw err;
  }
};

/**
 * For shares without hard links: the name is reserved by creating it exclusively (empty), then the finished temp file
 * replaces that empty reservation in one rename, so the name never holds a half-written file and never another's file.
 */
export const claimByReservation: Claim = (tempFile, target) => {
  try {
    closeSync(openSync(target, 'wx'));
  } catch (err) {
    if (isTaken(err)) return false;
    throw err;
  }
  renameSync(tempFile, target);
  return true;
};

/**
 * Gives the finished temp file its final name in the same folder without ever replacing a file; a taken name moves
 * on to the next alternative. Hard links are tried first; on a share that has none, names are reserved instead.
 * Returns the name used; the temp file is gone afterwards.
 */
export function placeUpload(tempFile: string, name: string, claim: Claim = claimByLink): string {
  const dir = path.dirname(tempFile);
  try {
    for (let n = 1; n < 10_000; n++) {
      const candidate = n === 1 ? name : alternativeName(name, n);
      try {
        if (claim(tempFile, path.join(dir, candidate))) return candidate;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (claim === claimByLink && NO_HARD_LINKS.has(code)) return placeUpload(tempFile, name, claimByReservation);
        throw err;
      }
    }
    throw new Error(`tidak ada nama bebas untuk ${name} di ${dir}`);
  } finally {
    rmSync(tempFile, { force: true });
  }
}

/** Upload temp files by name, with the writing process's id (see `uploadTempPath`). */
const UPLOAD_TEMP_NAME = /^\.eviden-unggah\.(\d+)\.[0-9a-z-]+\.tmp$/i;

/** Removes upload temp files a killed server left in the OPD folders (only eviden's own, by their prefix). */
export function removeStaleUploads(watchDir: string): void {
  removeStaleTempFiles([watchDir], UPLOAD_TEMP_NAME);
}
