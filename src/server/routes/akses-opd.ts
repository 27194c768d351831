/**
 * The coordinator's OPD access links on the OPD page: make one (its link is shown once, on the answer page, never in
 * a URL or the log), and revoke one. The same use-cases as `eviden akses buat` and `eviden akses cabut`.
 */
import type { Handler } from '../router.ts';
import { HttpError, redirect } from '../http.ts';
import { cleanReviewerName, isLoopbackHost } from '../auth.ts';
import { accessLinkPath, grantOpdAccess, listAccess, revokeAccess } from '../../app/opd-access.ts';
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS } from '../../store/opd-access-limits.ts';
import { formatDateTime } from '../../shared/format.ts';
import { page } from './page.ts';
import { reviewerOrAsk } from './reviewer.ts';

function days(raw: string | undefined): number {
  const text = (raw ?? '').trim() || String(DEFAULT_VALID_DAYS);
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_VALID_DAYS) throw new HttpError(400, `Masa berlaku "${text.slice(0, 10)}" tidak sah: tulis jumlah hari 1–${MAX_VALID_DAYS}.`);
  return n;
}

/** POST /opd/:kode/akses (form: nama, berlaku): a new access link for this OPD. */
export const grantAccessForm: Handler = (req, ctx) => {
  const kode = req.params.kode ?? '';
  const back = `/opd/${encodeURIComponent(kode)}#akses-staf`;
  const reviewer = reviewerOrAsk(req, back);
  if (typeof reviewer !== 'string') return reviewer;
  const rawName = (req.form.nama ?? '').trim();
  const nama = rawName === '' ? null : cleanReviewerName(rawName);
  if (rawName !== '' && nama === null) throw new HttpError(400, 'Nama penerima tautan harus 2–80 karakter (atau kosongkan).');
  const ws = ctx.workspace();
  if (!ws.config.opd.some((o) => o.kode === kode)) throw new HttpError(404, `OPD "${kode.slice(0, 64)}" tidak ada di konfigurasi.`);
  const { access, key } = grantOpdAccess(ctx.db, ws, { opd: kode, nama, days: days(req.form.berlaku), oleh: reviewer });
  const host = new URL(req.origin).hostname;
  return page(req, ctx, 'akses-baru', 'opd', 'Tautan akses OPD', {
    kode,
    opdNama: ws.config.opd.find((o) => o.kode === kode)?.nama ?? kode,
    nama: access.nama,
    id: access.id,
    berlaku: formatDateTime(access.berlakuSampai),
    tautan: `${req.origin}${accessLinkPath(key)}`,
    lokal: isLoopbackHost(host),
    kembali: back,
  });
};

/** POST /opd/:kode/akses/:id/cabut: revokes the link; its sessions end at their next request. */
export const revokeAccessForm: Handler = (req, ctx) => {
  const kode = req.params.kode ?? '';
  const back = `/opd/${encodeURIComponent(kode)}`;
  const reviewer = reviewerOrAsk(req, `${back}#akses-staf`);
  if (typeof reviewer !== 'string') return reviewer;
  const id = req.params.id ?? '';
  const ws = ctx.workspace();
  if (!listAccess(ws).some((a) => a.opd === kode && a.id === id)) throw new HttpError(404, `Akses "${id.slice(0, 20)}" tidak ada untuk OPD ini.`);
  revokeAccess(ctx.db, ws, id, reviewer);
  return redirect(`${back}?pesan=akses-dicabut#akses-staf`);
};
