/**
 * The dashboard HTTP server (node:http): security headers, Host/token/CSRF checks, body parsing, then the router's
 * handler; the handler's plain response is written here. Live updates come from the change poller and the jobs.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/db.ts';
import type { Workspace } from '../types/config.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import {
  CSRF_COOKIE, REVIEWER_COOKIE, authenticate, cleanReviewerName, clientAddress, csrfValid, hostAllowed, newCsrfToken,
  originAllowed, resolveToken,
} from './auth.ts';
import { createSessionStore } from './sessions.ts';
import { createAuthThrottle, type AuthThrottle } from './throttle.ts';
import { createContext, type ServerContext } from './context.ts';
import { createEventHub, pollForChanges } from './events.ts';
import {
  HttpError, cookie, mediaType, parseCookies, parseForm, parseJson, readBody, redirect, type RouteRequest, type RouteResponse,
} from './http.ts';
import { createJobRunner, type JobKind, type RenderFn } from './jobs.ts';
import { createRouter } from './router.ts';
import { dashboardRoutes, isPublicPath } from './routes/index.ts';
import { assetRoute } from './routes/aset.ts';
import { accessLinkRoutes, loginPage, loginRoutes, logoutRoute } from './routes/masuk.ts';
import { allowedForOpd, opdHome, outOfScopeMessage } from './scope.ts';
import { accessKeys } from './access-keys.ts';
import { createUploadIngest, type UploadIngest } from '../app/upload.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { chromeOf } from './routes/page.ts';
import { createViews, dashboardDir } from './views.ts';
import { setSecurityHeaders, writeResponse } from './respond.ts';
import { workspaceRenderers } from './renderers.ts';
import { recordRender } from './actions/record-render.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './address.ts';
import { recordEvent } from '../store/audit.ts';


export interface ServerOptions {
  workspace: Workspace;
  db: Db;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The access token; off loopback without one, a random token is generated (see `accessToken`). */
  token?: string | null;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: Buffer; key: Buffer } | null;
  /** Failed-authentication throttle (tests pass one with a fake clock). */
  throttle?: AuthThrottle;
  /** Reviewer name for browsers that have not given one. */
  reviewer?: string | null;
  /** Render jobs offered on the Laporan page; the report and packet renderers by default. */
  renderers?: Partial<Record<JobKind, RenderFn>>;
  /** Fixed "today" for the assessment (tests). */
  today?: string;
  /** Takes uploaded files through the ingest path (tests pass their own); made from the workspace by default. */
  uploads?: UploadIngest;
  /** The extractor of a watcher in the same process (`serve --watch`), shared by uploads. */
  extractor?: Extractor;
  /** How often to look for changes made by another process (`eviden watch`). */
  pollMs?: number;
  log?: (line: string) => void;
}

export interface DashboardServer {
  listen(): Promise<string>;
  close(): Promise<void>;
  /** `http://host:port/` (or https) once listening. */
  readonly url: string;
  /** The token eviden generated because none was given (to be shown to whoever started it), else null. */
  readonly generatedToken: string | null;
  readonly context: ServerContext;
  /** Tell open pages that the data changed (e.g. from the server's own watcher). */
  notifyChanged(): void;
}

function isApi(pathname: string): boolean {
  return pathname.startsWith('/api/');
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** A POST from a page of another site is refused (Origin and Fetch metadata), whatever its body. */
function checkSameSite(req: IncomingMessage): void {
  if (!originAllowed(req.headers.origin, req.headers.host) || req.headers['sec-fetch-site'] === 'cross-site') {
    throw new HttpError(403, 'Permintaan dari situs lain ditolak.');
  }
}

export function createServer(opts: ServerOptions): DashboardServer {
  const host = opts.host ?? DEFAULT_HOST;
  const { token, generated } = resolveToken(host, opts.token ?? undefined);
  const tls = opts.tls ?? null;
  const sessions = createSessionStore();
  const keys = accessKeys(opts.workspace.paths.opdAccess, () => ctx.workspace());
  const uploads = opts.uploads ?? createUploadIngest(opts.db, () => ctx.workspace(), opts.extractor);
  const throttle = opts.throttle ?? createAuthThrottle();
  const log = opts.log ?? (() => undefined);
  const hub = createEventHub();
  const jobs = createJobRunner({
    renderers: opts.renderers ?? workspaceRenderers(() => ctx.state(), (event) => recordEvent(ctx.db, ctx.workspace().paths.auditLog, event)),
    outputDir: opts.workspace.paths.output,
    onChange: (job) => hub.broadcast('pekerjaan', job),
    onFinish: (job) => recordRender(ctx, job),
  });
  const ctx = createContext({
    db: opts.db,
    workspace: opts.workspace,
    views: createViews(),
    hub,
    jobs,
    uploads,
    defaultReviewer: opts.reviewer ?? null,
    today: opts.today,
  });
  const router = createRouter(
    dashboardRoutes({
      assets: assetRoute(path.join(dashboardDir(), 'assets')),
      login: token ? loginRoutes(token, throttle, sessions) : null,
      logout: logoutRoute(sessions, token !== null),
      accessLink: accessLinkRoutes(keys, throttle, sessions),
    }),
  );
  let port = opts.port ?? DEFAULT_PORT;
  let url = '';
  const broadcastVersion = (versi: string): void => hub.broadcast('pembaruan', { versi });

  const errorResponse = (req: RouteRequest, status: number, message: string): RouteResponse => {
    if (isApi(req.path) || req.path === '/peristiwa') return { type: 'json', status, data: { galat: message } };
    let html: string;
    try {
      html = ctx.views.page('galat', { status, pesan: message }, chromeOf(req, ctx, 'ringkasan', 'Kesalahan'));
    } catch {
      html = `<!doctype html><meta charset="utf-8"><title>Kesalahan</title><p>${message.replace(/[<>&"]/g, ' ')}</p>`;
    }
    return { type: 'html', status, html };
  };

  const openEvents = (res: ServerResponse): void => {
    hub.subscribe(res);
    res.write(`event: pembaruan\ndata: ${JSON.stringify({ versi: ctx.version() })}\n\n`);
  };
  // Over HTTPS every cookie is Secure: the browser never sends it over plain HTTP.
  const secure = (cookies: string[] | undefined): string[] => (cookies ?? []).map((c) => (tls ? `${c}; Secure` : c));
  const write = (res: ServerResponse, out: RouteResponse, cookies: string[]): void =>
    writeResponse(res, 'cookies' in out ? { ...out, cookies: secure(out.cookies) } : out, secure(cookies), openEvents);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    const parsed = new URL(req.url ?? '/', 'http://dasbor.invalid');
    const method = req.method ?? 'GET';
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    let csrf = cookies[CSRF_COOKIE] ?? '';
    if (!/^[0-9a-f]{48}$/.test(csrf)) {
      csrf = newCsrfToken();
      setCookies.push(cookie(CSRF_COOKIE, csrf));
    }
    const request: RouteRequest = {
      method,
      path: parsed.pathname,
      params: {},
      query: parsed.searchParams,
      form: {},
      formLists: {},
      json: null,
      cookies,
      reviewer: cleanReviewerName(cookies[REVIEWER_COOKIE]) ?? ctx.defaultReviewer,
      csrf,
      remote: clientAddress(req.socket.remoteAddress ?? '', req.headers['x-forwarded-for']),
      who: { kind: 'tamu' },
      origin: `${tls ? 'https' : 'http'}://${req.headers.host ?? hostForUrl(host)}`,
    };
    try {
      // Without a token, the Host check keeps pages of other sites out (DNS rebinding); with one, the token does.
      if (token === null && !hostAllowed(req.headers.host, host, port)) {
        throw new HttpError(421, 'Alamat (Host) permintaan tidak dikenal. Buka dasbor lewat alamat yang dicetak "eviden serve".');
      }
      const publicPath = isPublicPath(method, request.path);
      const wantsHtml = method === 'GET' && !isApi(request.path) && request.path !== '/peristiwa';
      if (token !== null && !publicPath && throttle.blocked(request.remote)) {
        res.setHeader('Retry-After', '60');
        const message = 'Terlalu banyak percobaan token yang salah. Tunggu satu menit lalu coba lagi.';
        write(res, wantsHtml ? loginPage(request, ctx, 429, message) : { type: 'json', status: 429, data: { galat: message } }, setCookies);
        return;
      }
      const auth = authenticate(token, sessions, keys, { authorization: req.headers.authorization, cookies });
      if (auth.kind === 'wrong') throttle.failed(request.remote);
      if (auth.kind === 'ok') {
        request.who = auth.principal;
        request.signedIn = auth.session;
      } else if (!publicPath) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="eviden"');
        const galat = auth.kind === 'wrong' ? 'Token akses salah.' : 'Perlu token akses (Authorization: Bearer …).';
        write(res, wantsHtml ? loginPage(request, ctx) : { type: 'json', status: 401, data: { galat } }, setCookies);
        return;
      }
      const match = router.match(method, request.path);
      if (match.kind === 'none') throw new HttpError(404, 'Halaman tidak ditemukan.');
      if (match.kind === 'wrong-method') {
        res.setHeader('Allow', match.allowed.join(', '));
        throw new HttpError(405, 'Metode permintaan tidak diizinkan untuk alamat ini.');
      }
      const { route } = match;
      request.params = match.params;
      if (request.who.kind === 'tamu' && route.access !== 'publik') throw new HttpError(401, 'Perlu masuk dulu.');
      if (request.who.kind === 'opd' && !allowedForOpd(route.access, request, ctx, request.who.access.opd)) {
        const opd = request.who.access.opd;
        // The coordinator's home page is the OPD's own page for its staff.
        if (method === 'GET' && request.path === '/') {
          write(res, redirect(opdHome(opd)), setCookies);
          return;
        }
        throw new HttpError(403, outOfScopeMessage(ctx.workspace().config.opd.find((o) => o.kode === opd)?.nama ?? opd));
      }
      if (method === 'POST') {
        checkSameSite(req);
        if (route.rawBody) {
          req.setTimeout(60_000, () => req.destroy());
          request.body = { contentType: req.headers['content-type'] ?? '', stream: req };
        }
        else await readPost(req, request);
      }
      write(res, await route.handler(request, ctx), setCookies);
    } catch (err) {
      const status = err instanceof HttpError ? err.status : err instanceof UserError ? 400 : 500;
      if (status === 500) log(`Kesalahan saat melayani ${method} ${request.path}: ${errorMessage(err)}`);
      const message = status === 500 ? 'Terjadi kesalahan di server. Lihat log "eviden serve" untuk rinciannya.' : errorMessage(err);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      write(res, errorResponse(request, status, message), setCookies);
    }
  };

  /** Parses the body and applies the CSRF rules: forms need the token field; JSON needs its content type. */
  const readPost = async (req: IncomingMessage, request: RouteRequest): Promise<void> => {
    const type = mediaType(req);
    const body = await readBody(req);
    if (type === 'application/x-www-form-urlencoded') {
      const parsed = parseForm(body);
      request.form = parsed.form;
      request.formLists = parsed.lists;
      if (!csrfValid(request.cookies[CSRF_COOKIE], request.form._csrf)) {
        throw new HttpError(403, 'Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu kirim lagi.');
      }
    } else if (type === 'application/json') {
      request.json = parseJson(body);
    } else {
      throw new HttpError(415, 'Kirim isian sebagai formulir (application/x-www-form-urlencoded) atau JSON (application/json).');
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => void handle(req, res);
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, listener) : http.createServer(listener);
  server.headersTimeout = 20_000;
  // Long enough for an upload of batas.unggahMB over a slow office line; small bodies have their own deadline
  // (readBody) and an upload that stalls is cut after a minute without data.
  server.requestTimeout = 15 * 60_000;
  let poller: { stop(): void } | null = null;

  return {
    get url() {
      return url;
    },
    generatedToken: generated ? token : null,
    context: ctx,
    notifyChanged: () => broadcastVersion(ctx.version()),
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'EADDRINUSE') reject(new UserError(`Port ${port} di ${host} sudah dipakai. Pilih port lain dengan --port.`));
          else if (err.code === 'EADDRNOTAVAIL') reject(new UserError(`Alamat ${host} tidak ada di komputer ini. Periksa --host.`));
          else reject(err);
        });
        server.listen(port, host, () => {
          port = (server.address() as AddressInfo).port;
          url = `${tls ? 'https' : 'http'}://${hostForUrl(host)}:${port}/`;
          poller = pollForChanges(ctx.version, broadcastVersion, opts.pollMs ?? 2000);
          resolve(url);
        });
      });
    },
    async close() {
      poller?.stop();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await uploads.close();
    },
  };
}
