import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture.ts';
import { TODAY } from './context.ts';
import { createServer, type DashboardServer } from '../../src/server/app.ts';
import {
  authenticate, clientAddress, type AccessKeys, csrfValid, hostAllowed, resolveToken, SESSION_COOKIE,
} from '../../src/server/auth.ts';
import { createSessionStore } from '../../src/server/sessions.ts';
import { createAuthThrottle } from '../../src/server/throttle.ts';
import { UserError } from '../../src/shared/errors.ts';

const TOKEN = 'Kantor-Diskominfo-2026-rahasia-9f3b';
const NO_KEYS: AccessKeys = { byKey: () => null, byId: () => null };

/** A raw request, so headers like Host and Origin can be set freely. */
function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

function cookieValue(headers: http.IncomingHttpHeaders, name: string): string {
  const line = (headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`)) ?? '';
  return decodeURIComponent(line.slice(name.length + 1).split(';')[0] ?? '');
}

describe('access rules (pure)', () => {
  it('requires a strong token, and generates one off loopback when none is given', () => {
    expect(() => resolveToken('0.0.0.0', 'pendek')).toThrow(UserError);
    expect(() => resolveToken('0.0.0.0', 'rahasia-kantor-2026')).toThrow(/terlalu lemah: pakai minimal 24 karakter/);
    expect(() => resolveToken('0.0.0.0', 'a'.repeat(40))).toThrow(/10 karakter berbeda/);
    expect(resolveToken('0.0.0.0', TOKEN)).toEqual({ token: TOKEN, generated: false });
    const made = resolveToken('192.168.1.10', '  ');
    expect(made.generated).toBe(true);
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(resolveToken('0.0.0.0', undefined).token).not.toBe(made.token);
    expect(resolveToken('127.0.0.1', undefined)).toEqual({ token: null, generated: false });
    expect(resolveToken('::1', undefined).token).toBeNull();
  });

  it('accepts the token as Bearer or a live server-side session only', () => {
    const sessions = createSessionStore();
    const id = sessions.create();
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: `Bearer ${TOKEN}`, cookies: {} }).kind).toBe('ok');
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: 'Bearer salah-salah-salah', cookies: { [SESSION_COOKIE]: id } }).kind).toBe('wrong');
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: undefined, cookies: { [SESSION_COOKIE]: id } }).kind).toBe('ok');
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: undefined, cookies: { [SESSION_COOKIE]: TOKEN } }).kind).toBe('none');
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: undefined, cookies: {} }).kind).toBe('none');
    expect(authenticate(null, sessions, NO_KEYS, { authorization: undefined, cookies: {} }).kind).toBe('ok');
    sessions.end(id);
    expect(authenticate(TOKEN, sessions, NO_KEYS, { authorization: undefined, cookies: { [SESSION_COOKIE]: id } }).kind).toBe('none');
  });

  it('ends sessions at their expiry; every login is a new random id', () => {
    let now = 0;
    const sessions = createSessionStore(1000, () => now);
    const a = sessions.create();
    const b = sessions.create();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    now = 999;
    expect(sessions.valid(a)).toBe(true);
    now = 1000;
    expect(sessions.valid(a)).toBe(false);
    expect(sessions.valid('x')).toBe(false);
  });

  it('checks Host on a loopback bind and CSRF tokens exactly', () => {
    expect(hostAllowed('127.0.0.1:8470', '127.0.0.1', 8470)).toBe(true);
    expect(hostAllowed('localhost:8470', '127.0.0.1', 8470)).toBe(true);
    expect(hostAllowed('[::1]:8470', '127.0.0.1', 8470)).toBe(true);
    expect(hostAllowed('evil.example:8470', '127.0.0.1', 8470)).toBe(false);
    expect(hostAllowed('127.0.0.1:9999', '127.0.0.1', 8470)).toBe(false);
    expect(hostAllowed(undefined, '127.0.0.1', 8470)).toBe(false);
    expect(hostAllowed('kantor.local:8470', '0.0.0.0', 8470)).toBe(true);
    const t = 'ab'.repeat(24);
    expect(csrfValid(t, t)).toBe(true);
    expect(csrfValid(t, 'cd'.repeat(24))).toBe(false);
    expect(csrfValid(undefined, t)).toBe(false);
    expect(csrfValid('x', 'x')).toBe(false);
  });

  it('throttles failures per client, and all failing clients when guesses come from many addresses', () => {
    let now = 0;
    const throttle = createAuthThrottle({ perClient: 3, overall: 10, windowMs: 1000 }, () => now);
    for (let i = 0; i < 3; i++) throttle.failed('10.0.0.5');
    expect(throttle.blocked('10.0.0.5')).toBe(true);
    expect(throttle.blocked('10.0.0.6')).toBe(false);
    now = 1001;
    expect(throttle.blocked('10.0.0.5')).toBe(false);
    // Ten addresses guessing once each: each of them now waits, a client that never failed does not.
    for (let i = 0; i < 10; i++) throttle.failed(`10.1.0.${i}`);
    expect(throttle.blocked('10.1.0.3')).toBe(true);
    expect(throttle.blocked('10.2.0.1')).toBe(false);
    throttle.succeeded('10.1.0.3');
    expect(throttle.blocked('10.1.0.3')).toBe(false);
  });

  it('reads X-Forwarded-For only from a reverse proxy on this machine', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9, 10.0.0.7')).toBe('10.0.0.7');
    expect(clientAddress('::ffff:127.0.0.1', '10.0.0.7')).toBe('10.0.0.7');
    expect(clientAddress('10.0.0.8', '10.0.0.7')).toBe('10.0.0.8');
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
  });
});

describe('server on a non-loopback address', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let base = '';

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, host: '0.0.0.0', port: 0, token: TOKEN, today: TODAY, renderers: {} });
    const url = await server.listen();
    base = `http://127.0.0.1:${new URL(url).port}`;
  });

  afterAll(async () => {
    await server.close();
    fx.cleanup();
  });

  it('generates a strong token when none is given, and it works as Bearer', async () => {
    const other = createServer({ workspace: fx.ws, db: fx.db, host: '0.0.0.0', port: 0, today: TODAY, renderers: {} });
    expect(other.generatedToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const url = `http://127.0.0.1:${new URL(await other.listen()).port}`;
    try {
      expect((await raw(`${url}/api/ringkasan`)).status).toBe(401);
      expect((await raw(`${url}/api/ringkasan`, { headers: { Authorization: `Bearer ${other.generatedToken}` } })).status).toBe(200);
    } finally {
      await other.close();
    }
    expect(server.generatedToken).toBeNull();
  });

  it('throttles wrong Bearer tokens per client without locking out the others', async () => {
    const attacker = { 'X-Forwarded-For': '10.9.9.9' };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await raw(`${base}/api/ringkasan`, { headers: { ...attacker, Authorization: `Bearer tebakan-${i}-xxxxxxxxxxxxxxxxxxxx` } })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Once blocked, even the right token is not checked for that client …
    const blocked = await raw(`${base}/api/ringkasan`, { headers: { ...attacker, Authorization: `Bearer ${TOKEN}` } });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    // … while another client gets in.
    expect((await raw(`${base}/api/ringkasan`, { headers: { 'X-Forwarded-For': '10.9.9.10', Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('answers 401 without the token: a login page for pages, JSON for the API, nothing from the archive', async () => {
    const page = await raw(`${base}/`);
    expect(page.status).toBe(401);
    expect(page.body).toContain('<form method="post" action="/masuk"');
    expect(page.body).not.toContain('Peta status');
    const api = await raw(`${base}/api/ringkasan`);
    expect(api.status).toBe(401);
    expect(api.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(JSON.parse(api.body)).toEqual({ galat: expect.stringMatching(/token akses/) });
    expect((await raw(`${base}/berkas/${fx.sk.sha256}`)).status).toBe(401);
    expect((await raw(`${base}/peristiwa`)).status).toBe(401);
    expect((await raw(`${base}/api/keputusan`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('accepts the Bearer token for the API', async () => {
    const res = await raw(`${base}/api/ringkasan`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).instansi).toBe('Pemerintah Kabupaten Sukamaju');
  });

  it('logs in with the form: a wrong token is 401, the right one sets an HttpOnly SameSite=Strict cookie', async () => {
    const form = await raw(`${base}/masuk`);
    const csrf = cookieValue(form.headers, 'eviden_csrf');
    const post = (token: string) =>
      raw(`${base}/masuk`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `eviden_csrf=${csrf}` },
        body: new URLSearchParams({ _csrf: csrf, token, kembali: '/tinjau' }).toString(),
      });
    const wrong = await post('bukan-token-yang-benar');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('Token akses salah');
    const ok = await post(TOKEN);
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/tinjau');
    const setCookie = (ok.headers['set-cookie'] ?? []).find((c) => c.startsWith('eviden_sesi='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const session = cookieValue(ok.headers, 'eviden_sesi');
    const after = await raw(`${base}/tinjau`, { headers: { Cookie: `eviden_sesi=${session}` } });
    expect(after.status).toBe(200);
    expect(after.body).toContain('Perlu ditinjau');
    expect(after.body).toContain('action="/keluar"');
    // A second login is another session: the cookie is not a fixed value derived from the token.
    expect(cookieValue((await post(TOKEN)).headers, 'eviden_sesi')).not.toBe(session);
  });

  it('ends the session on the server at logout: the old cookie no longer opens anything', async () => {
    const form = await raw(`${base}/masuk`);
    const csrf = cookieValue(form.headers, 'eviden_csrf');
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `eviden_csrf=${csrf}` };
    const login = await raw(`${base}/masuk`, { method: 'POST', headers, body: new URLSearchParams({ _csrf: csrf, token: TOKEN, kembali: '/' }).toString() });
    const session = cookieValue(login.headers, 'eviden_sesi');
    const withSession = { ...headers, Cookie: `eviden_csrf=${csrf}; eviden_sesi=${session}` };
    expect((await raw(`${base}/api/ringkasan`, { headers: withSession })).status).toBe(200);
    const out = await raw(`${base}/keluar`, { method: 'POST', headers: withSession, body: new URLSearchParams({ _csrf: csrf }).toString() });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/masuk');
    expect((await raw(`${base}/api/ringkasan`, { headers: withSession })).status).toBe(401);
  });
});

describe('server on loopback', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let base = '';

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, port: 0, today: TODAY, reviewer: 'Siti Rahma', renderers: {} });
    base = (await server.listen()).replace(/\/$/, '');
  });

  afterAll(async () => {
    await server.close();
    fx.cleanup();
  });

  it('sets the security headers, with no inline scripts allowed', async () => {
    const res = await raw(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toMatch(/<script>|<script [^>]*>[^<]|style="/);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await raw(`${base}/api/ringkasan`, { headers: { Host: 'evil.example' } });
    expect(res.status).toBe(421);
  });

  it('needs the CSRF token in forms and refuses other origins', async () => {
    const first = await raw(`${base}/`);
    const csrf = cookieValue(first.headers, 'eviden_csrf');
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      raw(`${base}/indikator/10/penilaian`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `eviden_csrf=${csrf}`, ...headers },
        body: new URLSearchParams(body).toString(),
      });
    expect((await post({ tingkat: '2', penjelasan: 'x' })).status).toBe(403);
    expect((await post({ _csrf: 'ab'.repeat(24), tingkat: '2', penjelasan: 'x' })).status).toBe(403);
    expect((await post({ _csrf: csrf, tingkat: '2', penjelasan: 'x' }, { Origin: 'http://evil.example' })).status).toBe(403);
    const ok = await post({ _csrf: csrf, tingkat: '2', penjelasan: 'JUSTIFIKASI: Tingkat 2.' }, { Origin: base });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/indikator/10?pesan=tersimpan#penilaian');
    const text = await raw(`${base}/api/indikator/10`);
    expect(JSON.parse(text.body)).toMatchObject({ claimedLevel: 2, penjelasan: 'JUSTIFIKASI: Tingkat 2.' });
  });

  it('keeps redirects on this site even with control characters in the target (no open redirect, no 500)', async () => {
    const first = await raw(`${base}/`);
    const csrf = cookieValue(first.headers, 'eviden_csrf');
    for (const kembali of ['/\t/evil.example/x', '/\n/evil.example', '/\f', '/\u0000x', '/ /evil.example', '/\u007f']) {
      const res = await raw(`${base}/peninjau`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `eviden_csrf=${csrf}` },
        body: new URLSearchParams({ _csrf: csrf, nama: 'Siti Rahma', kembali }).toString(),
      });
      expect(res.status, JSON.stringify(kembali)).toBe(303);
      expect(res.headers.location, JSON.stringify(kembali)).toBe('/?pesan=peninjau');
    }
  });

  it('strips bidi overrides from a penjelasan a reviewer saves', async () => {
    const first = await raw(`${base}/`);
    const csrf = cookieValue(first.headers, 'eviden_csrf');
    const res = await raw(`${base}/indikator/10/penilaian`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `eviden_csrf=${csrf}` },
      body: new URLSearchParams({ _csrf: csrf, tingkat: '2', penjelasan: 'Lihat SK\u202Efdp.exe\u202C dan notulen.\nBaris kedua.' }).toString(),
    });
    expect(res.status).toBe(303);
    const saved = JSON.parse((await raw(`${base}/api/indikator/10`)).body) as { penjelasan: string };
    expect(saved.penjelasan).toBe('Lihat SKfdp.exe dan notulen.\nBaris kedua.');
  });

  it('refuses other body types and oversized bodies', async () => {
    const plain = await raw(`${base}/api/keputusan`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
    const big = await raw(`${base}/api/penilaian`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ penjelasan: 'x'.repeat(300_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('never turns a request path into a file path', async () => {
    for (const p of ['/berkas/..%2F..%2Feviden.config.yaml', '/aset/..%2F..%2F..%2Fpackage.json', '/unduh/..%2Feviden.config.yaml', '/aset/layout.hbs', '/berkas/../eviden.config.yaml']) {
      const res = await raw(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('instansi:');
    }
    const pdf = await raw(`${base}/berkas/${fx.sk.sha256}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="SK Tim Koordinasi SPBE 2026.pdf"/);
  });

  it('answers 405 for a wrong method and keeps API errors as JSON', async () => {
    expect((await raw(`${base}/indikator/10`, { method: 'DELETE' })).status).toBe(405);
    const missing = await raw(`${base}/api/indikator/99`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ galat: expect.stringMatching(/Indikator "99" tidak ada/) });
  });
});

describe('server over HTTPS (--tls-cert, --tls-key)', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let dir: string;
  let cert: Buffer;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'kunci.pem'), '-out', path.join(dir, 'sertifikat.pem')], { stdio: 'ignore' });
    cert = readFileSync(path.join(dir, 'sertifikat.pem'));
    fx = await makeFixture();
    server = createServer({
      workspace: fx.ws, db: fx.db, host: '127.0.0.1', port: 0, token: TOKEN, today: TODAY, renderers: {},
      tls: { cert, key: readFileSync(path.join(dir, 'kunci.pem')) },
    });
    base = (await server.listen()).replace(/\/$/, '');
  });

  afterAll(async () => {
    await server.close();
    fx.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders }> =>
    new Promise((resolve, reject) => {
      https.get(url, { ca: cert, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      }).on('error', reject);
    });

  it('serves the dashboard over TLS with Secure cookies and HSTS', async () => {
    expect(base).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await get(`${base}/api/ringkasan`, { Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    for (const c of res.headers['set-cookie'] ?? []) expect(c).toMatch(/; Secure$/);
    await expect(raw(`${base.replace('https', 'http')}/api/ringkasan`)).rejects.toThrow();
  });
});
