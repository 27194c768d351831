/** The reviewer's name: asked once with a small form, kept in a cookie, sent with every write. */
import type { Handler } from '../router.ts';
import { cookie, localPath, redirect } from '../http.ts';
import { cleanReviewerName, REVIEWER_COOKIE, REVIEWER_MAX } from '../auth.ts';
import { page } from './page.ts';

const ONE_YEAR = 365 * 24 * 3600;

export const reviewerPage: Handler = (req, ctx) =>
  page(req, ctx, 'peninjau', 'peninjau', 'Nama peninjau', {
    kembali: localPath(req.query.get('kembali') ?? undefined, '/'),
    nama: req.reviewer ?? '',
    max: REVIEWER_MAX,
    galat: null,
  });

export const saveReviewer: Handler = (req, ctx) => {
  const kembali = localPath(req.form.kembali, '/');
  const name = cleanReviewerName(req.form.nama);
  if (!name) {
    return page(req, ctx, 'peninjau', 'peninjau', 'Nama peninjau', {
      kembali,
      nama: (req.form.nama ?? '').slice(0, REVIEWER_MAX),
      max: REVIEWER_MAX,
      galat: `Tulis nama Anda (2–${REVIEWER_MAX} karakter).`,
    }, 400);
  }
  const join = kembali.includes('?') ? '&' : '?';
  return redirect(`${kembali}${join}pesan=peninjau`, [cookie(REVIEWER_COOKIE, name, { maxAgeSeconds: ONE_YEAR })]);
};
