/**
 * Signing in: with the access token (only when the server requires one), or with an OPD access link; signing out.
 * Both set an HttpOnly, SameSite=Strict cookie naming a server-side session. Wrong tokens and unusable links count
 * as failed authentications (throttled per client and overall).
 */
import type { Handler } from '../router.ts';
import { cookie, htmlResponse, localPath, redirect, type RouteRequest, type RouteResponse } from '../http.ts';
import { secretsEqual, SESSION_COOKIE, type AccessKeys } from '../auth.ts';
import { SESSION_TTL_MS, type SessionStore } from '../sessions.ts';
import type { AuthThrottle } from '../throttle.ts';
import type { ServerContext } from '../context.ts';
import { opdHome } from '../scope.ts';
import { formatDateTime } from '../../shared/format.ts';
import type { OpdAccess } from '../../store/opd-access.ts';

const THROTTLED = 'Terlalu banyak percobaan yang salah. Tunggu satu menit lalu coba lagi.';

function barePage(req: RouteRequest, ctx: ServerContext, name: string, title: string, model: object, status: number): RouteResponse {
  const ws = ctx.workspace();
  const html = ctx.views.page(name, model, {
    title, nav: 'masuk', reviewer: null, csrf: req.csrf, instansi: ws.config.instansi.nama, tahun: ws.config.tahun, bare: true,
  });
  return htmlResponse(html, status);
}

export function loginPage(req: RouteRequest, ctx: ServerContext, status = 401, galat: string | null = null): RouteResponse {
  const here = req.query.size > 0 ? `${req.path}?${req.query.toString()}` : req.path;
  return barePage(req, ctx, 'masuk', 'Masuk', { kembali: localPath(req.query.get('kembali') ?? req.form.kembali ?? here, '/'), galat }, status);
}

export function loginRoutes(token: string, throttle: AuthThrottle, sessions: SessionStore): { show: Handler; submit: Handler } {
  return {
    show: (req, ctx) => loginPage(req, ctx, 200),
    submit: (req, ctx) => {
      if (throttle.blocked(req.remote)) return loginPage(req, ctx, 429, THROTTLED);
      if (!secretsEqual(req.form.token ?? '', token)) {
        throttle.failed(req.remote);
        return loginPage(req, ctx, 401, 'Token akses salah. Tanyakan token kepada koordinator yang menjalankan "eviden serve".');
      }
      throttle.succeeded(req.remote);
      const back = localPath(req.form.kembali, '/');
      const session = cookie(SESSION_COOKIE, sessions.create(), { maxAgeSeconds: SESSION_TTL_MS / 1000 });
      return redirect(back === '/masuk' ? '/' : back, [session]);
    },
  };
}

/** POST /keluar: ends the session (coordinator or OPD) on the server and in the browser. */
export function logoutRoute(sessions: SessionStore, tokenMode: boolean): Handler {
  return (req) => {
    sessions.end(req.cookies[SESSION_COOKIE]);
    return redirect(tokenMode ? '/masuk' : '/', [cookie(SESSION_COOKIE, '', { maxAgeSeconds: 0 })]);
  };
}

/**
 * GET /akses/:kunci shows whose link it is and a button; POST /akses/:kunci (same-site form with the CSRF token)
 * opens the OPD session. The GET never signs in, so a link preview does nothing, and the session cookie is set by a
 * same-site request (a SameSite=Strict cookie set while arriving from a chat app would not be sent on at once).
 */
export function accessLinkRoutes(keys: AccessKeys, throttle: AuthThrottle, sessions: SessionStore): { show: Handler; submit: Handler } {
  const refused = (req: RouteRequest, ctx: ServerContext, status: number, galat: string): RouteResponse =>
    barePage(req, ctx, 'akses', 'Tautan akses OPD', { galat }, status);
  const check = (req: RouteRequest, ctx: ServerContext): { access: OpdAccess } | { refusal: RouteResponse } => {
    if (throttle.blocked(req.remote)) return { refusal: refused(req, ctx, 429, THROTTLED) };
    const access = keys.byKey(req.params.kunci ?? '');
    if (access) return { access };
    throttle.failed(req.remote);
    return {
      refusal: refused(req, ctx, 403, 'Tautan akses ini tidak berlaku: salah salin, sudah kedaluwarsa, atau sudah dicabut. Mintalah tautan baru kepada koordinator SPBE.'),
    };
  };
  const opdName = (ctx: ServerContext, kode: string): string => ctx.workspace().config.opd.find((o) => o.kode === kode)?.nama ?? kode;
  return {
    show: (req, ctx) => {
      const checked = check(req, ctx);
      if ('refusal' in checked) return checked.refusal;
      const { access } = checked;
      return barePage(req, ctx, 'akses', 'Tautan akses OPD', {
        galat: null,
        opd: opdName(ctx, access.opd),
        nama: access.nama,
        berlaku: formatDateTime(access.berlakuSampai),
        aksi: `/akses/${encodeURIComponent(req.params.kunci ?? '')}`,
      }, 200);
    },
    submit: (req, ctx) => {
      const checked = check(req, ctx);
      if ('refusal' in checked) return checked.refusal;
      const { access } = checked;
      throttle.succeeded(req.remote);
      const until = Date.parse(access.berlakuSampai);
      const id = sessions.create({ kind: 'opd', aksesId: access.id }, until);
      const maxAge = Math.max(1, Math.floor(Math.min(SESSION_TTL_MS, until - Date.now()) / 1000));
      return redirect(opdHome(access.opd), [cookie(SESSION_COOKIE, id, { maxAgeSeconds: maxAge })]);
    },
  };
}
