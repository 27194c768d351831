/** Renders a dashboard page with its layout chrome (reviewer, CSRF token, navigation, notices). */
import type { ServerContext } from '../context.ts';
import { htmlResponse, type RouteRequest, type RouteResponse } from '../http.ts';
import type { Chrome, NavKey } from '../views.ts';
import { reviewQueue } from '../models/review-queue.ts';
import { opdHome } from '../scope.ts';
import { formatDateTime } from '../../shared/format.ts';

/** Notices a redirect may ask for by code (never free text from the URL). */
const NOTICES: Record<string, { kind: 'ok' | 'galat'; text: string }> = {
  tersimpan: { kind: 'ok', text: 'Penilaian tersimpan di eviden.config.yaml dan dicatat di jejak audit.' },
  'tanpa-perubahan': { kind: 'ok', text: 'Tidak ada perubahan untuk disimpan.' },
  keputusan: { kind: 'ok', text: 'Keputusan dicatat di jejak audit; analisis kesenjangan sudah diperbarui.' },
  peninjau: { kind: 'ok', text: 'Nama peninjau disimpan di peramban ini.' },
  pekerjaan: { kind: 'ok', text: 'Pekerjaan dimulai; kemajuannya tampil di bawah.' },
  sibuk: { kind: 'galat', text: 'Pekerjaan lain masih berjalan; tunggu sampai selesai.' },
  'akses-dicabut': { kind: 'ok', text: 'Tautan akses dicabut dan dicatat di jejak audit; sesi yang memakainya langsung berakhir.' },
};

/** A notice that carries a count (`?pesan=keputusan-massal&jumlah=3`); the count is the only value read from the URL. */
function countedNotice(req: RouteRequest): { kind: 'ok' | 'galat'; text: string } | null {
  const n = Number(req.query.get('jumlah'));
  const counted = Number.isInteger(n) && n > 0 && n < 100_000;
  switch (req.query.get('pesan')) {
    case 'keputusan-massal':
      return { kind: 'ok', text: `${counted ? `${n} keputusan` : 'Keputusan'} dicatat di jejak audit; analisis kesenjangan sudah diperbarui.` };
    case 'unggah':
      return {
        kind: 'ok',
        text: `${counted ? `${n} berkas` : 'Berkas'} diunggah ke folder OPD dan dibaca eviden; status tiap berkas tampil di "Unggahan terbaru". Berkas yang masih "diproses" (mis. pindaian yang dibaca OCR) selesai dalam beberapa menit: muat ulang halaman ini.`,
      };
    default:
      return null;
  }
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
    opd: opdChrome(req, ctx),
  };
}

function opdChrome(req: RouteRequest, ctx: ServerContext): Chrome['opd'] {
  if (req.who.kind !== 'opd') return null;
  const { opd, nama, berlakuSampai } = req.who.access;
  return {
    kode: opd,
    nama: ctx.workspace().config.opd.find((o) => o.kode === opd)?.nama ?? opd,
    href: opdHome(opd),
    untuk: nama,
    berlaku: formatDateTime(berlakuSampai),
  };
}

export function page(req: RouteRequest, ctx: ServerContext, name: string, nav: NavKey, title: string, model: object, status = 200): RouteResponse {
  return htmlResponse(ctx.views.page(name, model, chromeOf(req, ctx, nav, title)), status);
}
