/**
 * HTML → PDF with Debian's Chromium through puppeteer-core: one browser reused across documents, a fresh page per
 * document with JavaScript off and every request except data: URIs blocked, explicit timeouts, and one restart
 * when the browser crashed, disconnected or died while starting. Bytes are returned only once Chromium finished the
 * whole PDF; the callers write them atomically, so a crash never leaves a half-written file.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { Paper } from './model/common.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

const LAUNCH_TIMEOUT_MS = 30_000;
const CONTENT_TIMEOUT_MS = 60_000;
const PDF_TIMEOUT_MS = 120_000;

/** Margins of naskah dinas (cm): left 3, right 2, top 2, bottom 2.5; the footer sits in the bottom margin. */
export const PAGE_MARGIN = { top: '20mm', right: '20mm', bottom: '25mm', left: '30mm' } as const;

export interface PdfOptions {
  paper: Paper;
  /** The file being made (for the message when Chromium keeps failing). */
  name: string;
  /** Footer text left of "Halaman x dari y" (escaped by the caller's template). */
  footerHtml: string;
}

export function chromiumPath(): string {
  return process.env.EVIDEN_CHROMIUM ?? '/usr/bin/chromium';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The footer: document title left, "Halaman x dari y" right, optional note (TTE) on a second line. */
export function footerTemplate(title: string, note: string | null): string {
  const outer =
    "width:100%;box-sizing:border-box;padding:0 20mm 0 30mm;font-family:'Liberation Serif',serif;font-size:8pt;color:#333;";
  const inner = 'border-top:0.5pt solid #888;padding-top:1.5mm;display:flex;justify-content:space-between;';
  const noteHtml = note ? `<div style="font-size:7pt;margin-top:1mm;font-style:italic">${escapeHtml(note)}</div>` : '';
  return (
    `<div style="${outer}"><div style="${inner}">` +
    `<span>${escapeHtml(title)}</span>` +
    '<span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>' +
    `${noteHtml}</div>`
  );
}

const AFTER_FAILURE =
  'Tidak ada berkas setengah jadi di output/; berkas yang sudah selesai tetap utuh. Jalankan perintah yang sama lagi; ' +
  'bila terulang, pastikan memori komputer cukup atau pasang ulang Chromium dan fontnya dengan "make setup".';

/** Chromium could not be started (it exists, but died or refused while starting). */
class LaunchFailed extends Error {}

/** The browser went away under the page: crashed, killed, or its connection closed. */
function crashed(browser: Browser, err: unknown): boolean {
  return !browser.connected || /Target closed|Session closed|Connection closed|crash/i.test(errorMessage(err));
}

export class PdfBrowser {
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;

  private async launch(): Promise<Browser> {
    const executablePath = chromiumPath();
    if (!existsSync(executablePath)) {
      throw new UserError(
        `Chromium tidak ditemukan di ${executablePath}; laporan PDF tidak dapat dibuat. ` +
          'Jalankan "make setup" (atau "sudo apt-get install chromium"), ' +
          'atau isi EVIDEN_CHROMIUM dengan lokasi Chromium yang terpasang.',
      );
    }
    try {
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: CHROMIUM_ARGS,
        timeout: LAUNCH_TIMEOUT_MS,
      });
      browser.on('disconnected', () => {
        if (this.browser === browser) this.browser = null;
      });
      return browser;
    } catch (err) {
      throw new LaunchFailed(`Chromium (${executablePath}) gagal dijalankan`, { cause: err });
    }
  }

  private async ensure(): Promise<Browser> {
    if (this.browser?.connected) return this.browser;
    this.launching ??= this.launch().finally(() => {
      this.launching = null;
    });
    this.browser = await this.launching;
    return this.browser;
  }

  private async print(browser: Browser, html: string, opts: PdfOptions): Promise<Uint8Array> {
    const page: Page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        if (req.url().startsWith('data:')) void req.continue();
        else void req.abort('blockedbyclient');
      });
      page.setDefaultTimeout(CONTENT_TIMEOUT_MS);
      await page.setContent(html, { waitUntil: 'load', timeout: CONTENT_TIMEOUT_MS });
      return await page.pdf({
        width: `${opts.paper.widthMm}mm`,
        height: `${opts.paper.heightMm}mm`,
        margin: PAGE_MARGIN,
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: opts.footerHtml,
        outline: true,
        tagged: true,
        timeout: PDF_TIMEOUT_MS,
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /**
   * Prints the HTML to PDF bytes. When Chromium crashed or died while starting, retries once on a fresh browser;
   * failing again, an Indonesian UserError naming the file (nothing was written for it).
   */
  async pdf(html: string, opts: PdfOptions): Promise<Uint8Array> {
    let failure = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      let browser: Browser;
      try {
        browser = await this.ensure();
      } catch (err) {
        if (!(err instanceof LaunchFailed)) throw err;
        failure = `${err.message} saat menyusun ${opts.name} (${errorMessage(err.cause)})`;
        continue;
      }
      try {
        return await this.print(browser, html, opts);
      } catch (err) {
        if (!crashed(browser, err)) throw err;
        failure = `Chromium berhenti di tengah penyusunan ${opts.name} (${errorMessage(err)})`;
        await browser.close().catch(() => undefined);
        if (this.browser === browser) this.browser = null;
      }
    }
    throw new UserError(`${failure}, juga setelah dijalankan ulang. ${AFTER_FAILURE}`);
  }

  /** Process id of the running Chromium, or null (diagnostics; the crash-recovery test kills it). */
  pid(): number | null {
    return this.browser?.process()?.pid ?? null;
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.close().catch(() => undefined);
  }
}
