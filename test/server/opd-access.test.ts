/**
 * OPD staff on the dashboard: access links (only a hash stored, expiry, revocation), the scope of an OPD session on
 * every registered route of a real server, and uploads into watch/<OPD>/ through the ingest path.
 */
import http from 'node:http';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, makePdf, type Fixture } from './fixture.ts';
import { TODAY } from './context.ts';
import { createServer, type DashboardServer } from '../../src/server/app.ts';
import { dashboardRoutes, isPublicPath } from '../../src/server/routes/index.ts';
import type { Handler } from '../../src/server/router.ts';
import { accessForKey, createOpdAccess, readOpdAccess, revokeOpdAccess } from '../../src/store/opd-access.ts';
import { grantOpdAccess, revokeAccess } from '../../src/app/opd-access.ts';
import { listEvents } from '../../src/store/audit.ts';
import { alternativeName, safeUploadName } from '../../src/ingest/upload-placement.ts';

const TOKEN = 'Kantor-Bappeda-2026-rahasia-akses-7Qx';

interface DocView {
  locations: { path: string }[];
  events: { path: string | null }[];
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
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

/** A multipart/form-data body: fields first (in order), then files. */
function multipart(fields: Record<string, string>, files: { name: string; data: Buffer | Uint8Array }[]): { type: string; body: Buffer } {
  const boundary = `----evidenUji${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="${f.name.replace(/"/g, '%22')}"\r\nContent-Type: application/pdf\r\n\r\n`));
    parts.push(Buffer.from(f.data));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

/** A browser with cookies: the CSRF cookie from a first page, then a session. */
class Browser {
  cookies: Record<string, string> = {};
  constructor(readonly base: string) {}
  header(): string {
    return Object.entries(this.cookies).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  }
  async get(p: string, headers: Record<string, string> = {}): Promise<Reply> {
    const r = await raw(`${this.base}${p}`, { headers: { Cookie: this.header(), ...headers } });
    this.keep(r);
    return r;
  }
  async post(p: string, type: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
    const r = await raw(`${this.base}${p}`, { method: 'POST', headers: { Cookie: this.header(), 'Content-Type': type, ...headers }, body });
    this.keep(r);
    return r;
  }
  form(p: string, fields: Record<string, string>): Promise<Reply> {
    return this.post(p, 'application/x-www-form-urlencoded', new URLSearchParams({ _csrf: this.cookies.eviden_csrf ?? '', ...fields }).toString());
  }
  upload(p: string, files: { name: string; data: Buffer | Uint8Array }[], csrf = this.cookies.eviden_csrf ?? ''): Promise<Reply> {
    const m = multipart({ _csrf: csrf }, files);
    return this.post(p, m.type, m.body);
  }
  private keep(r: Reply): void {
    for (const line of r.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const value = decodeURIComponent(pair!.slice(eq + 1));
      if (/Max-Age=0/.test(line)) delete this.cookies[pair!.slice(0, eq)];
      else this.cookies[pair!.slice(0, eq)] = value;
    }
  }
}

/** Opens an access link the way a browser does: GET the page, then press the button (POST with the CSRF token). */
async function openLink(browser: Browser, key: string): Promise<Reply> {
  const page = await browser.get(`/akses/${key}`);
  expect(page.status, page.body).toBe(200);
  return browser.form(`/akses/${key}`, {});
}

describe('OPD access keys (store)', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await makeFixture();
  });
  afterAll(() => fx.cleanup());

  it('keeps only a hash of the secret, opens only while active, and revokes', () => {
    const file = fx.ws.paths.opdAccess;
    const now = new Date('2026-11-29T08:00:00Z');
    const { access, key } = createOpdAccess(file, { opd: 'BAPPEDA', nama: 'Siti', days: 7, now });
    expect(key).toMatch(/^[0-9a-f]{8}\.[A-Za-z0-9_-]{32}$/);
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(key.split('.')[1]);
    expect(stored).toContain(access.hash);
    const all = readOpdAccess(file);
    expect(accessForKey(all, key, '2026-11-30T00:00:00Z')?.opd).toBe('BAPPEDA');
    // A wrong secret with the right id, an unknown id, garbage: nothing.
    expect(accessForKey(all, `${access.id}.${'A'.repeat(32)}`, '2026-11-30T00:00:00Z')).toBeNull();
    expect(accessForKey(all, `00000000.${key.split('.')[1]}`, '2026-11-30T00:00:00Z')).toBeNull();
    expect(accessForKey(all, 'x', '2026-11-30T00:00:00Z')).toBeNull();
    // Seven days later it has expired.
    expect(accessForKey(all, key, '2026-12-06T08:00:01Z')).toBeNull();
    revokeOpdAccess(file, access.id, new Date('2026-11-30T00:00:00Z'));
    expect(accessForKey(readOpdAccess(file), key, '2026-11-30T01:00:00Z')).toBeNull();
  });

  it('refuses an OPD that is not in the config, and records grants and revocations in the audit trail', () => {
    expect(() => grantOpdAccess(fx.db, fx.ws, { opd: 'DINKES', nama: null, days: 30, oleh: 'Budi' })).toThrow(/tidak ada di daftar opd.*DISKOMINFO, BAPPEDA/);
    const { access, key } = grantOpdAccess(fx.db, fx.ws, { opd: 'diskominfo', nama: null, days: 30, oleh: 'Budi' });
    expect(access.opd).toBe('DISKOMINFO');
    revokeAccess(fx.db, fx.ws, access.id, 'Budi');
    const events = listEvents(fx.db, { limit: 5 }).filter((e) => e.type.startsWith('access-'));
    expect(events.map((e) => [e.type, e.actor, e.detail.aksesId])).toEqual([
      ['access-revoked', 'Budi', access.id],
      ['access-created', 'Budi', access.id],
    ]);
    expect(readFileSync(fx.ws.paths.auditLog, 'utf8')).not.toContain(key.split('.')[1]);
  });
});

describe('upload names', () => {
  it('keeps only a safe last path part, and refuses names eviden would skip', () => {
    expect(safeUploadName('../../etc/passwd')).toBe('passwd');
    expect(safeUploadName('C:\\Users\\staf\\SK Tim SPBE.pdf')).toBe('SK Tim SPBE.pdf');
    expect(safeUploadName('laporan\u202Efdp.exe')).toBe('laporanfdp.exe');
    expect(safeUploadName('a\u0000b\tc\n.pdf')).toBe('abc.pdf');
    expect(safeUploadName('..hidden.pdf')).toBe('hidden.pdf');
    expect(safeUploadName('tanya?.pdf')).toBe('tanya_.pdf');
    expect(safeUploadName('CON.pdf')).toBe('_CON.pdf');
    expect(safeUploadName('   ')).toBeNull();
    expect(safeUploadName('..')).toBeNull();
    expect(safeUploadName('~$draf.docx')).toBeNull();
    expect(safeUploadName('unduhan.crdownload')).toBeNull();
    const long = safeUploadName(`${'Keputusan Bupati '.repeat(30)}.pdf`)!;
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(alternativeName('Peta Rencana SPBE.pdf', 2)).toBe('Peta Rencana SPBE (2).pdf');
    expect(alternativeName('catatan', 3)).toBe('catatan (3)');
  });
});

/** Concrete values for a route's parameters: the OPD's own targets, or another OPD's. */
function concretePath(pattern: string, fx: Fixture, key: string, target: 'own' | 'other'): string {
  const values: Record<string, string> = {
    kode: target === 'own' ? 'BAPPEDA' : 'DISKOMINFO',
    sha: target === 'own' ? fx.peta.sha256 : fx.sk.sha256,
    no: '12',
    jenis: 'laporan',
    nama: 'gaps.json',
    id: '1',
    kunci: key,
  };
  return pattern.replace(/:([a-z]+)/g, (_m, name: string) => encodeURIComponent(values[name] ?? 'x'));
}

/**
 * Every route an OPD session may reach, and how: `own` only for its own OPD page or documents (another OPD's is
 * refused), `always` for the public pages and logout. Every other registered route must answer 403. A new route is
 * walked too, so it cannot reach OPD staff unless it is added here on purpose.
 */
const OPD_REACHABLE: Record<string, 'own' | 'always'> = {
  'GET /opd/:kode': 'own',
  'POST /opd/:kode/unggah': 'own',
  'GET /api/opd/:kode': 'own',
  'POST /api/opd/:kode/unggah': 'own',
  'GET /dokumen/:sha': 'own',
  'GET /api/dokumen/:sha': 'own',
  'GET /berkas/:sha': 'own',
  'GET /aset/:nama': 'always',
  'GET /akses/:kunci': 'always',
  'POST /akses/:kunci': 'always',
  'GET /masuk': 'always',
  'POST /masuk': 'always',
  'POST /keluar': 'always',
};

const noop: Handler = () => ({ type: 'json', status: 200, data: null });
const ROUTES = dashboardRoutes({ assets: noop, login: { show: noop, submit: noop }, logout: noop, accessLink: { show: noop, submit: noop } });

describe('an OPD session on a server with a token', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let base = '';
  let key = '';
  let accessId = '';
  let staff: Browser;

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, host: '0.0.0.0', port: 0, token: TOKEN, today: TODAY, renderers: {} });
    base = `http://127.0.0.1:${new URL(await server.listen()).port}`;
    const made = grantOpdAccess(fx.db, fx.ws, { opd: 'BAPPEDA', nama: 'Siti Operator', days: 30, oleh: 'Budi Santoso' });
    key = made.key;
    accessId = made.access.id;
    staff = new Browser(base);
    const opened = await openLink(staff, key);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/opd/BAPPEDA');
  });

  afterAll(async () => {
    await server.close();
    fx.cleanup();
  });

  it('opens the link with a confirmation page and a server-side session cookie', async () => {
    const visitor = new Browser(base);
    const page = await visitor.get(`/akses/${key}`);
    expect(page.body).toContain('Masuk sebagai Badan Perencanaan Pembangunan Daerah');
    expect(page.headers['set-cookie']?.some((c) => c.startsWith('eviden_sesi='))).toBeFalsy();
    const res = await visitor.form(`/akses/${key}`, {});
    const line = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('eviden_sesi='))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).not.toContain(key.split('.')[1]);
    // A POST without the CSRF token opens nothing.
    const forged = await raw(`${base}/akses/${key}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(forged.status).toBe(403);
  });

  it('walks every registered route: only the OPD\'s own pages, documents and uploads are reachable', async () => {
    expect(ROUTES.length).toBeGreaterThan(35);
    for (const route of ROUTES) {
      const id = `${route.method} ${route.pattern}`;
      const kind = OPD_REACHABLE[id];
      // The public routes are exactly those reachable without signing in.
      expect(route.access === 'publik', id).toBe(isPublicPath(route.method, concretePath(route.pattern, fx, key, 'own')));
      const send = (p: string): Promise<Reply> =>
        route.method === 'GET'
          ? staff.get(p)
          : p.endsWith('/unggah')
            ? staff.upload(p, [{ name: 'uji-cakupan.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') }])
            : staff.post(p, p.startsWith('/api/') ? 'application/json' : 'application/x-www-form-urlencoded', p.startsWith('/api/') ? '{}' : `_csrf=${staff.cookies.eviden_csrf}`);
      if (kind === undefined) {
        const res = await send(concretePath(route.pattern, fx, key, 'own'));
        if (id === 'GET /') {
          expect(res.status, id).toBe(303);
          expect(res.headers.location).toBe('/opd/BAPPEDA');
          continue;
        }
        expect(res.status, `${id}: ${res.body.slice(0, 200)}`).toBe(403);
        expect(res.body, id).toMatch(/hanya untuk koordinator/);
      } else if (kind === 'own') {
        const other = await send(concretePath(route.pattern, fx, key, 'other'));
        expect(other.status, `${id} (OPD lain)`).toBe(403);
        const own = await send(concretePath(route.pattern, fx, key, 'own'));
        expect([200, 201, 303], `${id} (OPD sendiri): ${own.body.slice(0, 200)}`).toContain(own.status);
      } else if (id !== 'POST /keluar') {
        const res = await send(concretePath(route.pattern, fx, key, 'own'));
        expect(res.status, id).not.toBe(403);
      }
    }
    // Nothing the coordinator decides was touched by the walk.
    expect(listEvents(fx.db, { limit: 500 }).some((e) => e.type === 'decision' || e.type === 'assessment-edited')).toBe(false);
  });

  it('answers 401 on every route but the public ones without signing in', async () => {
    for (const route of ROUTES.filter((r) => r.access !== 'publik')) {
      const p = concretePath(route.pattern, fx, key, 'own');
      const res = await raw(`${base}${p}`, { method: route.method, headers: { 'Content-Type': 'application/json' }, body: route.method === 'POST' ? '{}' : undefined });
      expect(res.status, `${route.method} ${route.pattern}`).toBe(401);
    }
  });

  it('shows the OPD page in plain words, without coordinator navigation or other OPDs\' documents', async () => {
    const page = await staff.get('/opd/BAPPEDA');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Masuk sebagai staf <strong>Badan Perencanaan Pembangunan Daerah</strong> (Siti Operator)');
    expect(page.body).toContain('Yang perlu dilakukan OPD ini');
    expect(page.body).toContain('action="/opd/BAPPEDA/unggah"');
    expect(page.body).not.toContain('href="/indikator');
    expect(page.body).not.toContain('href="/laporan"');
    expect(page.body).not.toContain('action="/cari"');
    expect(page.body).not.toContain('SK Tim Koordinasi SPBE 2026.pdf');
    const doc = await staff.get(`/dokumen/${fx.peta.sha256}`);
    expect(doc.status).toBe(200);
    expect(doc.body).not.toContain('/keputusan');
    expect((await staff.get(`/berkas/${fx.peta.sha256}`)).status).toBe(200);
  });

  it('accepts the key as Bearer for the API, scoped the same way; wrong keys are throttled', async () => {
    expect((await raw(`${base}/api/opd/BAPPEDA`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await raw(`${base}/api/opd/DISKOMINFO`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(403);
    expect((await raw(`${base}/api/ringkasan`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(403);
    const guesser = { 'X-Forwarded-For': '10.7.7.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await raw(`${base}/akses/${accessId}.${String(i).padStart(32, 'x')}`, { headers: guesser })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(403));
    expect(statuses[10]).toBe(429);
    // The right link is not even checked for that client now; others still get in.
    expect((await raw(`${base}/akses/${key}`, { headers: guesser })).status).toBe(429);
    expect((await raw(`${base}/akses/${key}`, { headers: { 'X-Forwarded-For': '10.7.7.8' } })).status).toBe(200);
  });

  it('uploads into watch/<OPD>/: safe names, never overwriting, through the ingest path, with an audit line', async () => {
    const pdf = await makePdf([['KEPUTUSAN KEPALA BAPPEDA', 'tentang Rencana Aksi SPBE Kabupaten Sukamaju 2026']]);
    const first = await staff.upload('/opd/BAPPEDA/unggah', [{ name: '../../Rencana Aksi SPBE.pdf', data: pdf }, { name: 'Rencana Aksi SPBE.pdf', data: pdf }]);
    expect(first.status, first.body).toBe(303);
    expect(first.headers.location).toBe('/opd/BAPPEDA?pesan=unggah&jumlah=2#unggahan');
    const dir = path.join(fx.ws.paths.watch, 'Bappeda');
    expect(readFileSync(path.join(dir, 'Rencana Aksi SPBE.pdf'))).toEqual(Buffer.from(pdf));
    expect(existsSync(path.join(dir, 'Rencana Aksi SPBE (2).pdf'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('eviden-unggah'))).toEqual([]);
    expect(existsSync(path.join(fx.ws.paths.root, 'Rencana Aksi SPBE.pdf'))).toBe(false);
    const uploads = listEvents(fx.db, { limit: 200 }).filter((e) => e.type === 'uploaded' && e.path?.includes('Rencana'));
    expect(uploads.map((e) => e.path).sort()).toEqual(['Bappeda/Rencana Aksi SPBE (2).pdf', 'Bappeda/Rencana Aksi SPBE.pdf']);
    expect(uploads[0]!.actor).toBe(`OPD BAPPEDA (akses ${accessId}, Siti Operator)`);
    expect(uploads[0]!.detail.aksesId).toBe(accessId);
    const page = await staff.get('/opd/BAPPEDA');
    expect(page.body).toContain('Unggahan terbaru');
    expect(page.body).toContain('Bappeda/Rencana Aksi SPBE (2).pdf');
    const doc = JSON.parse((await staff.get(`/api/dokumen/${uploads[0]!.sha256}`)).body) as { status: string; pageTexts: { text: string }[] };
    expect(doc.status).toBe('ok');
    expect(doc.pageTexts[0]!.text).toContain('Rencana Aksi SPBE');
    expect(readFileSync(path.join(fx.ws.paths.output, 'gaps.json'), 'utf8')).toContain('"instrument"');
  });

  it('keeps every byte of a large upload, whatever it contains (boundary-like bytes across chunk edges)', async () => {
    const noise = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    // Sequences that start like the multipart delimiter, in many places.
    for (let at = 1000; at < noise.length - 100; at += 65_521) noise.write('\r\n------evidenUji\r\n--', at, 'latin1');
    const res = await staff.upload('/opd/BAPPEDA/unggah', [{ name: 'lampiran-besar.bin', data: noise }]);
    expect(res.status, res.body).toBe(303);
    expect(readFileSync(path.join(fx.ws.paths.watch, 'Bappeda', 'lampiran-besar.bin')).equals(noise)).toBe(true);
  });

  it('refuses uploads without the CSRF token, over the size limit, or with an unusable name, and keeps nothing', async () => {
    const dir = path.join(fx.ws.paths.watch, 'Bappeda');
    const before = readdirSync(dir).sort();
    const forged = await staff.upload('/opd/BAPPEDA/unggah', [{ name: 'palsu.pdf', data: Buffer.from('%PDF-1.4') }], 'f'.repeat(48));
    expect(forged.status).toBe(403);
    const config = readFileSync(fx.ws.paths.config, 'utf8');
    writeFileSync(fx.ws.paths.config, config.replace('tahun: 2026\n', 'tahun: 2026\nbatas: { unggahMB: 0.01 }\n'));
    try {
      const big = await staff.upload('/opd/BAPPEDA/unggah', [{ name: 'besar.pdf', data: Buffer.alloc(20_000, 65) }]);
      expect(big.status).toBe(413);
      expect(big.body).toMatch(/batas unggah/);
    } finally {
      writeFileSync(fx.ws.paths.config, config);
    }
    const temp = await staff.upload('/opd/BAPPEDA/unggah', [{ name: '~$draf.docx', data: Buffer.from('PK') }]);
    expect(temp.status).toBe(400);
    expect(temp.body).toMatch(/tidak dapat dipakai/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('lets the coordinator upload into any OPD folder over the API', async () => {
    const pdf = await makePdf([['NOTULEN RAPAT TIM SPBE', 'Diskominfo Kabupaten Sukamaju']]);
    const res = await raw(`${base}/api/opd/DISKOMINFO/unggah?nama=${encodeURIComponent('Notulen Rapat.pdf')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream' },
      body: Buffer.from(pdf),
    });
    expect(res.status, res.body).toBe(201);
    expect(JSON.parse(res.body)).toEqual({ berkas: [{ path: 'Diskominfo/Notulen Rapat.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'ok', pesan: '' }] });
  });

  it('shows OPD staff only their own places of a document another OPD also keeps', async () => {
    const copy = await raw(`${base}/api/opd/DISKOMINFO/unggah?nama=${encodeURIComponent('Salinan Peta.pdf')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream' },
      body: readFileSync(path.join(fx.ws.paths.watch, fx.peta.path)),
    });
    expect(JSON.parse(copy.body).berkas[0].sha256).toBe(fx.peta.sha256);
    const asCoordinator = JSON.parse((await raw(`${base}/api/dokumen/${fx.peta.sha256}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).body) as DocView;
    expect(asCoordinator.locations.map((l) => l.path).sort()).toEqual(['Bappeda/Peta Rencana SPBE.pdf', 'Diskominfo/Salinan Peta.pdf']);
    const asStaff = JSON.parse((await staff.get(`/api/dokumen/${fx.peta.sha256}`)).body) as DocView;
    expect(asStaff.locations.map((l) => l.path)).toEqual(['Bappeda/Peta Rencana SPBE.pdf']);
    expect(asStaff.events.some((e) => e.path === 'Diskominfo/Salinan Peta.pdf')).toBe(false);
  });

  it('lets the coordinator make and revoke links on the OPD page, the link shown once', async () => {
    const coordinator = new Browser(base);
    await coordinator.get('/masuk');
    const login = await coordinator.form('/masuk', { token: TOKEN, kembali: '/opd/BAPPEDA' });
    expect(login.status).toBe(303);
    coordinator.cookies.eviden_peninjau = 'Budi Santoso';
    const pageBefore = await coordinator.get('/opd/BAPPEDA');
    expect(pageBefore.body).toContain('id="akses-staf"');
    expect(pageBefore.body).toContain(`<code>${accessId}</code>`);
    const made = await coordinator.form('/opd/BAPPEDA/akses', { nama: 'Andi Staf', berlaku: '7' });
    expect(made.status).toBe(200);
    const link = /class="tautan-akses" value="([^"]+)"/.exec(made.body)![1]!;
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/akses/[0-9a-f]{8}\\.[A-Za-z0-9_-]{32}$`));
    const newKey = link.split('/akses/')[1]!;
    const newId = newKey.split('.')[0]!;
    expect(made.body).toContain('hanya terbuka di komputer ini');
    expect((await coordinator.get('/opd/BAPPEDA')).body).not.toContain(newKey);
    const andi = new Browser(base);
    await openLink(andi, newKey);
    const andiPage = await andi.get('/opd/BAPPEDA');
    expect(andiPage.status).toBe(200);
    expect(andiPage.body).not.toContain('akses-staf');
    const revoked = await coordinator.form(`/opd/BAPPEDA/akses/${newId}/cabut`, {});
    expect(revoked.status).toBe(303);
    expect(revoked.headers.location).toBe('/opd/BAPPEDA?pesan=akses-dicabut#akses-staf');
    expect((await andi.get('/opd/BAPPEDA')).status).toBe(401);
    expect((await coordinator.form(`/opd/DISKOMINFO/akses/${accessId}/cabut`, {})).status).toBe(404);
    const audit = listEvents(fx.db, { limit: 50 }).filter((e) => e.detail.aksesId === newId).map((e) => [e.type, e.actor]);
    expect(audit).toEqual([['access-revoked', 'Budi Santoso'], ['access-created', 'Budi Santoso']]);
  });

  it('ends the OPD session at once when the access is revoked', async () => {
    const other = new Browser(base);
    await openLink(other, key);
    expect((await other.get('/opd/BAPPEDA')).status).toBe(200);
    revokeAccess(fx.db, fx.ws, accessId, 'Budi Santoso');
    expect((await other.get('/opd/BAPPEDA')).status).toBe(401);
    expect((await raw(`${base}/api/opd/BAPPEDA`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);
    expect((await new Browser(base).get(`/akses/${key}`)).status).toBe(403);
  });
});

describe('an OPD session on loopback without a token', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let base = '';

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, port: 0, today: TODAY, renderers: {} });
    base = (await server.listen()).replace(/\/$/, '');
  });

  afterAll(async () => {
    await server.close();
    fx.cleanup();
  });

  it('is still limited to its OPD, and logging out returns the browser to the coordinator view', async () => {
    const { key } = grantOpdAccess(fx.db, fx.ws, { opd: 'DISKOMINFO', nama: null, days: 1, oleh: 'Budi Santoso' });
    const staff = new Browser(base);
    await openLink(staff, key);
    expect((await staff.get('/opd/DISKOMINFO')).status).toBe(200);
    expect((await staff.get('/opd/BAPPEDA')).status).toBe(403);
    expect((await staff.get(`/berkas/${fx.peta.sha256}`)).status).toBe(403);
    expect((await staff.get('/cari?q=SPBE')).status).toBe(403);
    const out = await staff.form('/keluar', {});
    expect(out.status).toBe(303);
    expect((await staff.get('/opd/BAPPEDA')).status).toBe(200);
  });
});
