/**
 * Every dashboard page in real headless Chromium at 1366 × 900 and 1280 × 800 on a workspace with real long file
 * names: no horizontal overflow, buttons inside the window, reasons folded; and the review queue driven from the
 * keyboard keeps its place after a decision. Full-page screenshots go to $EVIDEN_SHOTS_DIR (default
 * <tmp>/dashboard-shots) for a human to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRichFixture, type RichFixture } from './fixture-rich.ts';
import { TODAY } from './context.ts';
import { createServer, type DashboardServer } from '../../src/server/app.ts';
import { listEvents } from '../../src/store/audit.ts';

const CHROMIUM = process.env.EVIDEN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[test/server/layout] ${CHROMIUM} tidak ada: uji tata letak dasbor dilewati.`);

const SHOTS = process.env.EVIDEN_SHOTS_DIR ?? path.join(os.tmpdir(), 'dashboard-shots');
const REVIEWER = 'Siti Rahma';
const WIDE = { width: 1366, height: 900 };
const NARROW = { width: 1280, height: 800 };
const VIEWPORTS = [WIDE, NARROW];
const NOT_FOUND = '/indikator/999';

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** Elements whose right edge passes the window, for the failure message. */
  offenders: string[];
}

/** The page's horizontal overflow and the elements that cause it. */
async function overflowOf(page: Page): Promise<Overflow> {
  const innerWidth = Number(await page.evaluate('window.innerWidth'));
  const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
  const offenders = await page.$$eval(
    'body *',
    (els, width) =>
      els
        .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > width + 0.5)
        .slice(0, 8)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]} → ${Math.round(el.getBoundingClientRect().right)}`),
    innerWidth,
  );
  return { scrollWidth, innerWidth, offenders };
}

describe.skipIf(!hasChromium)('dashboard layout in Chromium (1366 × 900 and 1280 × 800)', () => {
  let fx: RichFixture;
  let server: DashboardServer;
  let browser: Browser;
  let base = '';
  const problems: string[] = [];

  beforeAll(async () => {
    fx = await makeRichFixture();
    server = createServer({ workspace: fx.ws, db: fx.db, port: 0, today: TODAY, pollMs: 60_000, renderers: {} });
    base = (await server.listen()).replace(/\/$/, '');
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    page.setDefaultNavigationTimeout(120_000);
    await page.goto(`${base}/peninjau`, { waitUntil: 'load' });
    await page.type('#nama', REVIEWER);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/peninjau"] button[type="submit"]')]);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fx?.cleanup();
  });

  /** A fresh tab per page: the built-in PDF viewer of a document page can stall the tab's next navigation. */
  async function open(url: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultNavigationTimeout(120_000);
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (err) => problems.push(`pageerror ${url}: ${String(err)}`));
    page.on('console', (msg) => {
      // The 404 page is expected to answer 404: Chromium logs that status as a console error.
      if (msg.type() === 'error' && !(url === NOT_FOUND && /status of 404/.test(msg.text()))) problems.push(`console ${url}: ${msg.text()}`);
    });
    await page.setViewport(viewport);
    const res = await page.goto(`${base}${url}`, { waitUntil: 'load' });
    expect(res?.status(), url).toBeLessThan(500);
    return page;
  }

  const pages = (): [string, string][] => [
    ['ringkasan', '/'],
    ['indikator-daftar', '/indikator'],
    ['indikator-10', '/indikator/10'],
    ['indikator-12', '/indikator/12'],
    ['indikator-28', '/indikator/28'],
    ['opd-daftar', '/opd'],
    ['opd-diskominfo', '/opd/DISKOMINFO'],
    ['opd-bappeda', '/opd/BAPPEDA'],
    ['dokumen-daftar', '/dokumen'],
    ['dokumen-buku', `/dokumen/${fx.buku.sha256}`],
    ['dokumen-kepmenko', `/dokumen/${fx.kepmenko.sha256}`],
    ['tinjau', '/tinjau'],
    ['tinjau-saring', '/tinjau?opd=DISKOMINFO&urut=skor'],
    ['cari', '/cari?q=tim+koordinasi'],
    ['laporan', '/laporan'],
    ['peninjau', '/peninjau'],
    ['tidak-ditemukan', NOT_FOUND],
  ];

  for (const viewport of VIEWPORTS) {
    it(`shows every page without horizontal overflow at ${viewport.width} × ${viewport.height}`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      for (const [name, url] of pages()) {
        const page = await open(url, viewport);
        const o = await overflowOf(page);
        expect(o.scrollWidth, `${url}: ${o.offenders.join(', ')}`).toBeLessThanOrEqual(o.innerWidth);
        // Every button is inside the window (the Tolak button of long-named rows was cut off).
        const cut = await page.$$eval(
          'button, .tombol',
          (els, width) => els.filter((b) => b.getBoundingClientRect().width > 0 && b.getBoundingClientRect().right > width).map((b) => b.textContent),
          viewport.width,
        );
        expect(cut, url).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true });
        await page.close();
      }
    });
  }

  it('folds the reasons to one summary line and wraps long file names inside their cells', async () => {
    const page = await open('/indikator/10', NARROW);
    const details = await page.$$eval('#bukti details.alasan', (ds) => ds.map((d) => ({ open: Boolean(Reflect.get(d, 'open')), summary: d.querySelector('summary')?.textContent ?? '' })));
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => !d.open && d.summary.length > 0)).toBe(true);
    const name = await page.$eval('#bukti a.nama-berkas', (a) => ({ title: a.getAttribute('title'), right: a.getBoundingClientRect().right, cell: a.closest('td')?.getBoundingClientRect().right ?? 0 }));
    expect(name.title).toBe(fx.kepmenko.path);
    expect(name.right).toBeLessThanOrEqual(name.cell);
    await page.close();
  });

  it('drives the review queue from the keyboard and comes back at the next document after a decision', async () => {
    const page = await open('/tinjau?opd=DISKOMINFO', WIDE);
    const rows = await page.$$eval('[data-baris]', (els) => els.map((e) => e.id));
    expect(rows.length).toBeGreaterThan(1);
    expect(await page.$eval('[data-baris].aktif', (e) => e.id)).toBe(rows[0]);
    await page.keyboard.press('j');
    expect(await page.$eval('[data-baris].aktif', (e) => e.id)).toBe(rows[1]);
    await page.keyboard.press('x');
    const ticked = await page.$$eval(`#${rows[1]} input[data-pilih]`, (bs) => bs.filter((b) => Boolean(Reflect.get(b, 'checked'))).length);
    expect(ticked).toBeGreaterThan(0);
    expect(await page.$eval('[data-jumlah-pilih]', (e) => e.textContent)).toBe(`${ticked} dipilih`);
    await page.keyboard.press('c');
    await page.keyboard.type('Bukan bukti instansi');
    await page.keyboard.press('Escape');
    const decided = await page.$eval(`#${rows[1]}`, (e) => e.getAttribute('data-baris'));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('t')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/tinjau');
    expect(url.searchParams.get('opd')).toBe('DISKOMINFO');
    expect(await page.$eval('.pesan.ok', (e) => e.textContent)).toContain(`${ticked} keputusan dicatat`);
    // The page opens at the row after the one decided on, and makes it the active one.
    const next = rows[2] ?? rows[0];
    expect(url.hash).toBe(`#${next}`);
    expect(await page.$eval('[data-baris].aktif', (e) => e.id)).toBe(next);
    const top = await page.$eval(`#${next}`, (e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(WIDE.height);
    const notes = listEvents(fx.db, { sha256: decided ?? '' }).filter((e) => e.type === 'decision').map((e) => [e.detail.action, e.detail.note]);
    expect(notes).toHaveLength(ticked);
    expect(notes.every(([action, note]) => action === 'reject' && note === 'Bukan bukti instansi')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'tinjau-setelah-keputusan-1366.png') });
    await page.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems.join('\n')).toBe('');
  });
});
