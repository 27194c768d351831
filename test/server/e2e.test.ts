/**
 * End-to-end: the dashboard in real headless Chromium against a server on a temporary workspace. Screenshots of the
 * main pages at 1366×768 go to $EVIDEN_SHOTS_DIR (default: <tmp>/dashboard-shots) for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, makePdf, type Fixture } from './fixture.ts';
import { TODAY } from './context.ts';
import { createServer, type DashboardServer } from '../../src/server/app.ts';
import { openDb } from '../../src/store/db.ts';
import { recordDecisions } from '../../src/app/decide.ts';
import { grantOpdAccess } from '../../src/app/opd-access.ts';

const CHROMIUM = process.env.EVIDEN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[test/server/e2e] ${CHROMIUM} tidak ada: uji ujung-ke-ujung dasbor dilewati.`);

const SHOTS = process.env.EVIDEN_SHOTS_DIR ?? path.join(os.tmpdir(), 'dashboard-shots');
const TOKEN = 'token-uji-dasbor-2026-Sukamaju-x7';
const REVIEWER = 'Siti Rahma';
const PENJELASAN =
  'FAKTA: Kebijakan internal Tim Koordinasi SPBE ditetapkan dengan Keputusan Bupati Sukamaju Nomor 045/123/KEP/2026, ' +
  'terlampir pada berkas SK Tim Koordinasi SPBE 2026.pdf.';

async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
    ],
  });
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').trim());
}

async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe.skipIf(!hasChromium)('dashboard in Chromium (loopback)', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let base = '';
  const problems: string[] = [];

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, port: 0, today: TODAY, pollMs: 200 });
    base = (await server.listen()).replace(/\/$/, '');
    browser = await launch();
    page = await freshPage();
  });

  /** A new tab with the test's timeouts and error listeners. */
  async function freshPage(): Promise<Page> {
    const p = await browser.newPage();
    // CI runs two test files at once on two cores: allow slow navigations rather than fail on load spikes.
    p.setDefaultNavigationTimeout(120_000);
    p.setDefaultTimeout(60_000);
    await p.setViewport({ width: 1366, height: 768 });
    p.on('pageerror', (err) => problems.push(`pageerror: ${String(err)}`));
    p.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    return p;
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fx?.cleanup();
  });

  it('opens the summary with the heat map', async () => {
    const res = await page.goto(`${base}/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await text(page, 'h1')).toBe('Ringkasan evaluasi SPBE 2026');
    expect(await page.$$eval('.peta tbody tr', (rows) => rows.length)).toBe(3);
    expect(await page.$eval('a.sel[href="/indikator/10?opd=DISKOMINFO"]', (a) => a.className)).toContain('sel-kosong');
    expect(await text(page, '#jumlah-kosong')).toBe('45');
    await page.waitForSelector('#status-langsung[data-keadaan="hidup"]');
    await shot(page, 'ringkasan');
  });

  it('opens an indicator from its heat-map cell, asks the reviewer once, confirms the candidate and the gap changes', async () => {
    await clickAndWait(page, 'a.sel[href="/indikator/10?opd=DISKOMINFO"]');
    expect(await text(page, 'h1')).toBe('Indikator 10 · Kebijakan Internal Tim Koordinasi SPBE');
    expect(await text(page, '.judul-baris .status')).toBe('Belum ada bukti');
    expect(await page.$eval('#per-opd tr.terpilih', (tr) => tr.id)).toBe('opd-DISKOMINFO');
    expect(await page.$eval('#kandidat button[value="terima"]', (b) => b.hasAttribute('disabled'))).toBe(true);
    await shot(page, 'indikator');

    await clickAndWait(page, '.peninjau a.tombol');
    expect(page.url()).toContain('/peninjau?kembali=');
    await page.type('#nama', REVIEWER);
    await clickAndWait(page, 'form[action="/peninjau"] button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/indikator/10');
    expect(await text(page, '.peninjau-nama strong')).toBe(REVIEWER);

    await clickAndWait(page, '#kandidat button[value="terima"]');
    expect(await text(page, '.pesan.ok')).toMatch(/Keputusan dicatat/);
    expect(await text(page, '.judul-baris .status')).not.toBe('Belum ada bukti');
    expect(await text(page, '#bukti tbody')).toContain('SK Tim Koordinasi SPBE 2026.pdf');
    expect(await page.$('#kandidat tbody')).toBeNull();

    await page.goto(`${base}/`, { waitUntil: 'load' });
    expect(await text(page, '#jumlah-kosong')).toBe('44');
    expect(await page.$eval('a.sel[href="/indikator/10?opd=DISKOMINFO"]', (a) => a.className)).not.toContain('sel-kosong');
    const decision = fx.db.prepare("SELECT actor, detail FROM events WHERE type = 'decision'").get() as { actor: string; detail: string };
    expect(decision.actor).toBe(REVIEWER);
    expect(JSON.parse(decision.detail)).toMatchObject({ action: 'add', indicator: 10 });
  });

  it('edits the claimed level and penjelasan, saved in the config and printed in the rendered report', async () => {
    await page.goto(`${base}/indikator/10`, { waitUntil: 'load' });
    await page.select('#tingkat', '2');
    await page.click('[data-sisip-kerangka]');
    expect(await page.$eval('#penjelasan', (t) => String(Reflect.get(t, 'value')))).toMatch(/^FAKTA: .*\nANALISIS: .*\nJUSTIFIKASI: /);
    await page.$eval('#penjelasan', (t) => Reflect.set(t, 'value', ''));
    await page.type('#penjelasan', PENJELASAN);
    expect(await text(page, '[data-penghitung]')).toBe(String(PENJELASAN.length));
    await clickAndWait(page, '#penilaian button[type="submit"]');
    expect(await text(page, '.pesan.ok')).toMatch(/Penilaian tersimpan/);
    expect(await text(page, '#tingkat-klaim')).toBe('2');
    const config = readFileSync(fx.ws.paths.config, 'utf8');
    expect(config).toContain(PENJELASAN);
    expect(config).toContain('# Konfigurasi eviden untuk uji dasbor');
    const edit = fx.db.prepare("SELECT actor FROM events WHERE type = 'assessment-edited'").get() as { actor: string };
    expect(edit.actor).toBe(REVIEWER);

    await page.goto(`${base}/laporan`, { waitUntil: 'load' });
    await clickAndWait(page, 'form[action="/laporan/laporan"] button');
    expect(page.url()).toContain('pekerjaan=');
    await page.waitForSelector('li[data-pekerjaan][data-keadaan="selesai"]', { timeout: 90_000 });
    const href = await page.$eval('li[data-keadaan="selesai"] a[href*="laporan-penilaian-mandiri-2026-draf.pdf"]', (a) => a.getAttribute('href'));
    expect(href).toBe('/unduh/laporan-penilaian-mandiri-2026-draf.pdf');
    await shot(page, 'laporan');
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
    }, `${base}${href}`);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    const file = path.join(fx.ws.paths.output, 'laporan-penilaian-mandiri-2026-draf.pdf');
    expect(Buffer.from(pdf.bytes).equals(readFileSync(file))).toBe(true);
    const reportText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(reportText).toContain('Keputusan Bupati Sukamaju Nomor 045/123/KEP/2026');
    const rendered = fx.db.prepare("SELECT actor, detail FROM events WHERE type = 'rendered'").get() as { actor: string; detail: string };
    expect(rendered.actor).toBe(REVIEWER);
    expect(JSON.parse(rendered.detail)).toMatchObject({ jenis: 'laporan', status: 'selesai' });
  });

  it('searches from the header box and links to the page hit', async () => {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.type('.cari-cepat input', 'tim koordinasi');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await text(page, '#jumlah-hasil')).toBe('1 halaman cocok di 1 dokumen');
    expect(await page.$$eval('.cuplikan mark', (ms) => ms.map((m) => m.textContent))).toEqual(['TIM', 'KOORDINASI']);
    await shot(page, 'cari');
    await clickAndWait(page, '.halaman-cocok a');
    expect(new URL(page.url()).hash).toBe('#hal-1');
    expect(await page.$eval('#hal-1 pre', (p) => p.textContent)).toContain('TIM KOORDINASI SISTEM PEMERINTAHAN');
    expect(await page.$eval('iframe.bingkai-pdf', (f) => f.getAttribute('src'))).toBe(`/berkas/${fx.sk.sha256}`);
    await shot(page, 'dokumen');
    // Headless Chromium's built-in PDF viewer can stall the next navigation of this tab under load: go on in a new tab.
    await page.close();
    page = await freshPage();
  });

  it('updates an open page without a reload when another process changes the data', async () => {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForSelector('#status-langsung[data-keadaan="hidup"]');
    const before = Number(await text(page, '#jumlah-kosong'));
    await page.evaluate('window.tandaUji = 1');
    const other = openDb(fx.ws.paths.database);
    try {
      recordDecisions(other, fx.ws, { ref: fx.peta.sha256, add: [], remove: [12], confirm: false, reviewer: 'Proses lain', note: '' });
    } finally {
      other.close();
    }
    await page.waitForFunction(`Number(document.getElementById('jumlah-kosong')?.textContent) === ${before + 1}`, { timeout: 15_000 });
    expect(await page.evaluate('window.tandaUji')).toBe(1);
  });

  it('shows the review queue and an OPD page', async () => {
    await page.goto(`${base}/tinjau`, { waitUntil: 'load' });
    expect(await text(page, '#galat')).toContain('Bappeda/rusak.pdf');
    expect(await text(page, '#belum-dipetakan')).toContain('tangkapan layar.png');
    await shot(page, 'tinjau');
    await page.goto(`${base}/opd/BAPPEDA`, { waitUntil: 'load' });
    expect(await text(page, 'h1')).toBe('Badan Perencanaan Pembangunan Daerah');
    await shot(page, 'opd');
    await page.type('#akses-nama', 'Siti, operator Bappeda');
    await clickAndWait(page, '#akses-staf button[type="submit"]');
    expect(await page.$eval('.tautan-akses', (i) => String(Reflect.get(i, 'value')))).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/akses\/[0-9a-f]{8}\./);
    await shot(page, 'akses-baru');
    await page.goto(`${base}/opd/BAPPEDA#akses-staf`, { waitUntil: 'load' });
    expect(await text(page, '#akses-staf tbody')).toContain('Siti, operator Bappeda');
    await page.$eval('#akses-staf', (el) => el.scrollIntoView());
    await shot(page, 'opd-akses');
    await page.goto(`${base}/dokumen/${fx.gambar.sha256}`, { waitUntil: 'load' });
    expect(await page.$eval('img.gambar-berkas', (img) => Reflect.get(img, 'naturalWidth'))).toBe(64);
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('dashboard in Chromium with an access token (0.0.0.0)', () => {
  let fx: Fixture;
  let server: DashboardServer;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    fx = await makeFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, host: '0.0.0.0', port: 0, token: TOKEN, today: TODAY, renderers: {} });
    base = `http://127.0.0.1:${new URL(await server.listen()).port}`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fx?.cleanup();
  });

  it('shows a 401 login page without the token and lets the right token in', async () => {
    const plain = await fetch(`${base}/api/ringkasan`);
    expect(plain.status).toBe(401);
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const res = await page.goto(`${base}/indikator/10`, { waitUntil: 'load' });
    expect(res?.status()).toBe(401);
    expect(await text(page, 'h1')).toBe('Masuk ke dasbor');
    await shot(page, 'masuk');
    await page.type('#token', 'token-yang-salah-sekali');
    const wrong = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
    expect(wrong[0]?.status()).toBe(401);
    await page.type('#token', TOKEN);
    await clickAndWait(page, 'button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/indikator/10');
    expect(await text(page, 'h1')).toBe('Indikator 10 · Kebijakan Internal Tim Koordinasi SPBE');
    const cookies = await browser.cookies();
    expect(cookies.find((c) => c.name === 'eviden_sesi')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await shot(page, 'masuk-berhasil');
    await clickAndWait(page, '.keluar button');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    const again = await page.goto(`${base}/indikator/10`, { waitUntil: 'load' });
    expect(again?.status()).toBe(401);
  });

  it('lets OPD staff in through an access link: their page in plain words, upload from the browser, nothing else', async () => {
    writeFileSync(fx.ws.paths.config, readFileSync(fx.ws.paths.config, 'utf8') + 'tenggat:\n  - { putaran: Penilaian mandiri, tanggal: 2026-12-20 }\n');
    const { key } = grantOpdAccess(fx.db, fx.ws, { opd: 'BAPPEDA', nama: 'Siti Operator', days: 30, oleh: 'Budi Santoso' });
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(120_000);
    page.setDefaultTimeout(60_000);
    await page.setViewport({ width: 1366, height: 768 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 403/.test(msg.text())) errors.push(msg.text());
    });
    await page.goto(`${base}/akses/${key}`, { waitUntil: 'load' });
    expect(await text(page, 'button[type="submit"]')).toBe('Masuk sebagai Badan Perencanaan Pembangunan Daerah');
    await shot(page, 'akses-opd');
    await clickAndWait(page, 'button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/opd/BAPPEDA');
    expect(await text(page, '.sisa-hari')).toBe('21 hari lagi');
    expect(await text(page, '.kalimat-utama')).toMatch(/OPD ini menanggung bukti untuk 2 indikator/);
    expect(await page.$$eval('.navigasi a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['/opd/BAPPEDA', '/opd/BAPPEDA#unggah']);
    await shot(page, 'opd-staf');

    const file = path.join(fx.root, 'Rencana Aksi SPBE 2026.pdf');
    writeFileSync(file, await makePdf([['RENCANA AKSI SPBE', 'Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju 2026']]));
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#berkas')]);
    await chooser.accept([file]);
    await clickAndWait(page, 'form.unggah button[type="submit"]');
    expect(await text(page, '.pesan.ok')).toMatch(/1 berkas diunggah/);
    expect(await text(page, '#unggahan tbody')).toContain('Bappeda/Rencana Aksi SPBE 2026.pdf');
    expect(await text(page, '#unggahan tbody')).toContain('Siti Operator');
    expect(readFileSync(path.join(fx.ws.paths.watch, 'Bappeda', 'Rencana Aksi SPBE 2026.pdf'))).toEqual(readFileSync(file));
    await page.$eval('#unggahan', (el) => el.scrollIntoView());
    await shot(page, 'opd-staf-unggah');

    const refused = await page.goto(`${base}/opd/DISKOMINFO`, { waitUntil: 'load' });
    expect(refused?.status()).toBe(403);
    expect(await text(page, '.pesan.galat')).toMatch(/hanya untuk koordinator/);
    await shot(page, 'opd-staf-ditolak');
    expect((await page.goto(`${base}/`, { waitUntil: 'load' }))?.url()).toBe(`${base}/opd/BAPPEDA`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
