/**
 * GET /berkas/:sha256: the archived copy of a document. The hash is validated and looked up in the database; the
 * file served is the one the database names under the archive folder, never a path taken from the request.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from '../router.ts';
import { HttpError, type RouteResponse } from '../http.ts';
import { getDocument } from '../../store/documents.ts';
import { locationsOf } from '../../store/locations.ts';
import type { FileType } from '../../types/documents.ts';
import { sha256Param } from '../validate.ts';

const TYPES: Record<FileType, { contentType: string; inline: boolean; ext: string }> = {
  pdf: { contentType: 'application/pdf', inline: true, ext: '.pdf' },
  png: { contentType: 'image/png', inline: true, ext: '.png' },
  jpeg: { contentType: 'image/jpeg', inline: true, ext: '.jpg' },
  tiff: { contentType: 'image/tiff', inline: false, ext: '.tif' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', inline: false, ext: '.docx' },
  unknown: { contentType: 'application/octet-stream', inline: false, ext: '.bin' },
};

export const archivedFile: Handler = (req, ctx): RouteResponse => {
  const sha256 = sha256Param(req.params.sha);
  const doc = getDocument(ctx.db, sha256);
  if (!doc) throw new HttpError(404, 'Berkas dengan SHA-256 ini tidak ada di arsip.');
  const { paths } = ctx.workspace();
  const file = path.resolve(paths.state, doc.archivePath);
  const inArchive = path.relative(paths.archive, file);
  if (inArchive.startsWith('..') || path.isAbsolute(inArchive)) throw new HttpError(404, 'Berkas arsip tidak ditemukan.');
  if (!existsSync(file)) {
    throw new HttpError(404, `Salinan arsip ${doc.archivePath} hilang dari .eviden/. Jalankan "eviden scan" agar berkasnya diarsipkan ulang.`);
  }
  const type = TYPES[doc.type];
  const location = locationsOf(ctx.db, sha256).sort((a, b) => Number(b.present) - Number(a.present))[0];
  const fileName = location ? path.posix.basename(location.path) : `${sha256.slice(0, 12)}${type.ext}`;
  return { type: 'file', file, contentType: type.contentType, fileName, inline: type.inline };
};
