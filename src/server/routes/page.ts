/** Renders a dashboard page with its layout chrome (reviewer, CSRF token, navigation, notices). */
import type { ServerContext } from '../context.ts';
import { htmlResponse, type RouteRequest, type RouteResponse } from '../http.ts';
import type { Chrome, NavKey } from '../views.ts';
import { reviewQueue } from '../models/review-queue.ts';

/** Notices a redirect may ask for by code (never free text from the URL). */
const NOTICES: Record<string, { kind: 'ok' | 'galat'; text: string }> = {
  tersimpan: { kind: 'ok', text: 'Penilaian tersimpan di eviden.config.yaml dan dicatat di jejak audit.' },
  'tanpa-perubahan': { kind: 'ok', text: 'Tidak ada perubahan untuk disimpan.' },
  keputusan: { kind: 'ok', text: 'Keputusan dicatat di jejak audit; analisis kesenjangan sudah diperbarui.' },
  peninjau: { kind: 'ok', text: 'Nama peninjau disimpan di peramban ini.' },
  pekerjaan: { kind: 'ok', text: 'Pekerjaan dimulai; kemajuannya tampil di bawah.' },
  sibuk: { kind: 'galat', text: 'Pekerjaan lain masih berjalan; tunggu sampai selesai.' },
};

/** A notice that carries a count (`?pesan=keputusan-massal&jumlah=3`); the count is the only value read from the URL. */
function countedNotice(req: RouteRequest): { kind: 'ok' | 'galat'; text: string } | null {
  if (req.query.get('pesan') !== 'keputusan-massal') return null;
  const n = Number(req.query.get('jumlah'));
  const count = Number.isInteger(n) && n > 0 && n < 100_000 ? `${n} keputusan` : 'Keputusan';
  return { kind: 'ok', text: `${count} dicatat di jejak audit; analisis kesenjangan sudah diperbarui.` };
}

function currentPath(req: RouteRequest): string {
  const query = new URLSearchParams(req.query);
  query.delete('pesan');
  query.delete('jumlah');
  const q = query.toString();
  return q ? `${req.path}?${q}` : req.path;
}

export function chromeOf(req: RouteRequest, ctx: ServerContext, nav: NavKey, title: string): Chrome {
  const ws = ctx.workspace();
  const notice = countedNotice(req) ?? NOTICES[req.query.get('pesan') ?? ''] ?? null;
  return {
    title,
    nav,
    reviewer: req.reviewer,
    csrf: req.csrf,
    instansi: ws.config.instansi.nama,
    tahun: ws.config.tahun,
    flash: notice,
    configProblem: ctx.configProblem(),
    reviewCount: reviewQueue(ctx.state()).total,
    program: ctx.state().pack.labels.programShort,
    sourceNote: ctx.state().pack.sourceNote,
    versi: ctx.version(),
    sini: currentPath(req),
    signedIn: req.signedIn === true,
  };
}

export function page(req: RouteRequest, ctx: ServerContext, name: string, nav: NavKey, title: string, model: object, status = 200): RouteResponse {
  return htmlResponse(ctx.views.page(name, model, chromeOf(req, ctx, nav, title)), status);
}
