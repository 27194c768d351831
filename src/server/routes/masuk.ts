/** Login with the access token (only when the server requires one): sets an HttpOnly, SameSite=Strict cookie. */
import type { Handler } from '../router.ts';
import { cookie, htmlResponse, localPath, redirect, type RouteRequest } from '../http.ts';
import { secretsEqual, SESSION_COOKIE } from '../auth.ts';
import { SESSION_TTL_MS, type SessionStore } from '../sessions.ts';
import type { AuthThrottle } from '../throttle.ts';
import type { ServerContext } from '../context.ts';

export function loginPage(req: RouteRequest, ctx: ServerContext, status = 401, galat: string | null = null) {
  const ws = ctx.workspace();
  const here = req.query.size > 0 ? `${req.path}?${req.query.toString()}` : req.path;
  const html = ctx.views.page(
    'masuk',
    { kembali: localPath(req.query.get('kembali') ?? req.form.kembali ?? here, '/'), galat },
    { title: 'Masuk', nav: 'masuk', reviewer: null, csrf: req.csrf, instansi: ws.config.instansi.nama, tahun: ws.config.tahun, bare: true },
  );
  return htmlResponse(html, status);
}

export function loginRoutes(token: string, throttle: AuthThrottle, sessions: SessionStore): { show: Handler; submit: Handler; logout: Handler } {
  return {
    show: (req, ctx) => loginPage(req, ctx, 200),
    submit: (req, ctx) => {
      if (throttle.blocked(req.remote)) {
        return loginPage(req, ctx, 429, 'Terlalu banyak percobaan yang salah. Tunggu satu menit lalu coba lagi.');
      }
      if (!secretsEqual(req.form.token ?? '', token)) {
        throttle.failed(req.remote);
        return loginPage(req, ctx, 401, 'Token akses salah. Tanyakan token kepada koordinator yang menjalankan "eviden serve".');
      }
      throttle.succeeded(req.remote);
      const back = localPath(req.form.kembali, '/');
      const session = cookie(SESSION_COOKIE, sessions.create(), { maxAgeSeconds: SESSION_TTL_MS / 1000 });
      return redirect(back === '/masuk' ? '/' : back, [session]);
    },
    logout: (req) => {
      sessions.end(req.cookies[SESSION_COOKIE]);
      return redirect('/masuk', [cookie(SESSION_COOKIE, '', { maxAgeSeconds: 0 })]);
    },
  };
}
