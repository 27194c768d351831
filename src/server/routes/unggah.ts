/**
 * Uploads into `watch/<OPD folder>/` from the dashboard (for staff who cannot reach the share): the form on the OPD
 * page (multipart) and the API (raw body). Each file gets a safe name that never replaces a file, then goes through
 * the ingest path; the form waits a little for the result, the API until the end.
 */
import { lstatSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, redirect, type RouteRequest } from '../http.ts';
import { CSRF_COOKIE } from '../auth.ts';
import type { ServerContext } from '../context.ts';
import { receiveUpload } from '../upload-body.ts';
import { placeUpload, safeUploadName } from '../../ingest/upload-placement.ts';
import { RefusedFileError } from '../../ingest/open-checked.ts';
import type { Uploader, UploadedDocument } from '../../app/upload.ts';

/** How long the form waits for the uploaded files to be read before showing the OPD page anyway. */
const FORM_WAIT_MS = 20_000;

function uploaderOf(req: RouteRequest): Uploader {
  if (req.who.kind === 'opd') {
    const a = req.who.access;
    return { actor: `OPD ${a.opd} (akses ${a.id}${a.nama ? `, ${a.nama}` : ''})`, aksesId: a.id };
  }
  return { actor: req.reviewer ?? 'koordinator', aksesId: null };
}

/** The OPD's folder under watch/, which must be a plain folder there (created when missing). */
function opdFolder(ctx: ServerContext, kode: string | undefined): { kode: string; folder: string; dir: string } {
  const ws = ctx.workspace();
  const opd = ws.config.opd.find((o) => o.kode === kode);
  if (!opd) throw new HttpError(404, `OPD "${(kode ?? '').slice(0, 64)}" tidak ada di konfigurasi.`);
  const dir = path.join(ws.paths.watch, opd.folder);
  if (/[/\\]/.test(opd.folder) || opd.folder === '..' || opd.folder.startsWith('.') || path.dirname(dir) !== ws.paths.watch) {
    throw new HttpError(409, `Folder OPD "${opd.folder}" di eviden.config.yaml bukan satu folder langsung di bawah watch/; unggah tidak dapat dipakai. Perbaiki kolom folder di konfigurasi.`);
  }
  const s = lstatSync(dir, { throwIfNoEntry: false });
  if (s && !s.isDirectory()) {
    throw new HttpError(409, `watch/${opd.folder} bukan folder biasa (mungkin tautan simbolik); eviden tidak menaruh berkas di sana. Jadikan folder biasa.`);
  }
  return { kode: opd.kode, folder: opd.folder, dir };
}

/** Receives, names and places every file, then hands each to the ingest path (promises in upload order). */
async function acceptUpload(req: RouteRequest, ctx: ServerContext): Promise<{ kode: string; results: Promise<UploadedDocument>[] }> {
  if (!req.body) throw new HttpError(400, 'Isian unggah tidak ada.');
  const { kode, folder, dir } = opdFolder(ctx, req.params.kode);
  const files = await receiveUpload(req.body, {
    dir,
    maxFileBytes: ctx.workspace().config.batas.unggahMB * 1024 * 1024,
    csrfCookie: req.cookies[CSRF_COOKIE],
    rawName: req.query.get('nama'),
  });
  const named = files.map((f) => ({ file: f, name: safeUploadName(f.name) }));
  const unusable = named.find((n) => n.name === null);
  if (unusable) {
    for (const n of named) rmSync(n.file.tempFile, { force: true });
    throw new HttpError(400, `Nama berkas "${unusable.file.name.slice(0, 120)}" tidak dapat dipakai (kosong, atau nama berkas sementara/kunci yang dilewati eviden seperti ~$… atau ….tmp). Ganti namanya lalu unggah lagi; tidak ada berkas yang disimpan.`);
  }
  const by = uploaderOf(req);
  const results = named.map(({ file, name }) => ingestPlaced(ctx, `${folder}/${placeUpload(file.tempFile, name!)}`, kode, by));
  return { kode, results };
}

function ingestPlaced(ctx: ServerContext, relPath: string, kode: string, by: Uploader): Promise<UploadedDocument> {
  return ctx.uploads.ingest(relPath, kode, by).catch((err: unknown) => {
    throw err instanceof RefusedFileError ? new HttpError(409, err.message) : err;
  });
}

/** POST /opd/:kode/unggah (multipart form, field `berkas`): back to the OPD page with the uploads listed. */
export const uploadForm: Handler = async (req, ctx) => {
  const { kode, results } = await acceptUpload(req, ctx);
  let timer: NodeJS.Timeout | undefined;
  const waited = await Promise.race([
    Promise.allSettled(results),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), FORM_WAIT_MS))),
  ]);
  clearTimeout(timer);
  const failed = waited?.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return redirect(`/opd/${encodeURIComponent(kode)}?pesan=unggah&jumlah=${results.length}#unggahan`);
};

/** POST /api/opd/:kode/unggah?nama=BERKAS (application/octet-stream): the document and its status once read. */
export const uploadApi: Handler = async (req, ctx) => {
  const { results } = await acceptUpload(req, ctx);
  const done = await Promise.all(results);
  return jsonResponse({ berkas: done.map((d) => ({ path: d.path, sha256: d.sha256, status: d.status, pesan: d.message })) }, 201);
};
