import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allIndicators } from '../../src/instrument/tree.ts';
import { PdfBrowser } from '../../src/render/browser.ts';
import { renderDocuments, type RenderResult } from '../../src/render/documents.ts';
import { UserError } from '../../src/shared/errors.ts';
import { formatDecimal } from '../../src/shared/format.ts';
import { buildFixture, MARKUP_PENJELASAN, MARKUP_TITLE, type Fixture, removeFixtures } from './fixture-state.ts';
import { outlines, pageTexts, pdfInfo, qpdfCheck, squeeze, squeezedText } from './pdf-tools.ts';

const browser = new PdfBrowser();
let fx: Fixture;
let result: RenderResult;
const fileOf = (kind: string): string => result.files.find((f) => f.kind === kind)!.path;

beforeAll(async () => {
  fx = await buildFixture({ logo: true });
  result = await renderDocuments(fx.state, { outputDir: path.join(fx.root, 'output'), browser });
}, 120_000);

afterAll(async () => {
  await browser.close();
  removeFixtures();
});

describe('rendered documents', () => {
  it('writes every document under output/ with deterministic names, all passing qpdf --check', () => {
    const rel = result.files.map((f) => path.relative(path.join(fx.root, 'output'), f.path));
    expect(rel).toEqual(expect.arrayContaining([
      'laporan-penilaian-mandiri-2026-draf.pdf',
      'berita-acara-penilaian-mandiri-2026-draf.pdf',
      'pernyataan-persetujuan-publikasi-2026-draf.pdf',
      'laporan-kesenjangan-2026.pdf',
      'kesenjangan/kesenjangan-Diskominfo.pdf',
      'lampiran/lampiran-II-19.pdf',
    ]));
    for (const f of result.files) {
      expect(qpdfCheck(f.path).status, f.path).toBe(0);
      expect(Number(pdfInfo(f.path).Pages), f.path).toBe(f.pages);
      expect(readFileSync(f.path).length).toBe(f.bytes);
    }
  });

  it('has the report headings, all 47 indicator names, the index with a decimal comma and the predikat', () => {
    const text = squeezedText(fileOf('laporan'));
    for (const heading of ['LAPORANHASILPENILAIANMANDIRISPBE', 'RINGKASAN', 'DASARHUKUMDANMETODOLOGI', 'HASILPENILAIANPERINDIKATOR', 'PENUTUP', 'Tabel1.Indeksperdomaindanaspek', 'Gambar1.']) {
      expect(text).toContain(heading);
    }
    for (const ind of allIndicators(fx.state.instrument)) expect(text, `indikator ${ind.no}`).toContain(squeeze(ind.nama));
    const indeks = fx.state.assessment.indeks!;
    expect(text).toContain(formatDecimal(indeks.indeks));
    expect(formatDecimal(indeks.indeks)).toMatch(/^\d,\d\d$/);
    expect(text).toContain(`Predikat${indeks.predikat}`);
    expect(text).toContain('Penjelasanbelumdiisi.');
    expect(text).toContain('LampiranII.19hal.2');
    expect(text).toContain('Tingkat4–TerpadudanTerukur');
    expect(text).toContain('NIP19680512199403');
  });

  it('prints evidence text and penjelasan literally: markup never becomes markup', () => {
    const report = squeezedText(fileOf('laporan'));
    expect(report).toContain(squeeze(MARKUP_PENJELASAN));
    expect(report).toContain(squeeze(MARKUP_TITLE));
    const gap = squeezedText(fileOf('kesenjangan'));
    expect(gap).toContain(squeeze(MARKUP_TITLE));
  });

  it('uses the page footer "Halaman x dari y" and bookmarks from the headings', () => {
    const pages = pageTexts(fileOf('laporan'));
    pages.forEach((p, i) => expect(p).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    const tree = outlines(fileOf('laporan'));
    expect(tree.map((n) => n.title)).toEqual(['RINGKASAN', 'DASAR HUKUM DAN METODOLOGI', 'HASIL PENILAIAN PER INDIKATOR', 'PENUTUP', 'CATATAN DRAF']);
    const bab3 = tree.find((n) => n.title === 'HASIL PENILAIAN PER INDIKATOR')!;
    expect(bab3.kids.map((k) => k.title)).toEqual(['Domain I Kebijakan Internal SPBE', 'Domain II Tata Kelola SPBE', 'Domain III Manajemen SPBE', 'Domain IV Layanan SPBE']);
  });

  it('marks every page of a draft DRAF and keeps tool notes out of the body, in the Catatan Draf annex only', () => {
    for (const kind of ['laporan', 'berita-acara', 'pernyataan']) {
      const pages = pageTexts(fileOf(kind));
      pages.forEach((p, i) => expect(p, `${kind} hal. ${i + 1}`).toMatch(/DRAF/));
    }
    const pages = pageTexts(fileOf('laporan'));
    const annex = pages.findIndex((p) => p.includes('CATATAN DRAF'));
    expect(annex).toBeGreaterThan(0);
    const body = pages.slice(0, annex).join('\n');
    expect(body).not.toMatch(/eviden\.config\.yaml|eviden (scan|report|map)|penilaian\."\d+"|Temuan yang masih terbuka/);
    const notes = pages.slice(annex).join('\n');
    expect(notes).toContain('Indikator tanpa penjelasan');
    expect(notes).toContain('Temuan yang masih terbuka');
    const ba = squeezedText(fileOf('berita-acara'));
    expect(ba).toContain('DRAF–belumuntukditandatangani');
  });

  it('writes the berita acara and pernyataan with the config values', () => {
    const indeks = formatDecimal(fx.state.assessment.indeks!.indeks);
    const ba = squeezedText(fileOf('berita-acara'));
    for (const s of ['BERITAACARA', 'PEMERINTAHKABUPATENSUKAMAJUTAHUN2026', 'PadahariiniMinggutanggalDuaPuluhSembilanbulanNovembertahunDuaRibuDuaPuluhEnam', indeks, 'Sukamaju,29November2026', 'Drs.H.AhmadSuryadi,M.Si.', '47(empatpuluhtujuh)indikator']) {
      expect(ba).toContain(s);
    }
    const pp = squeezedText(fileOf('pernyataan'));
    for (const s of ['SURATPERNYATAAN', 'PERSETUJUANPUBLIKASI', `IndeksSPBE${indeks}`, 'SEKRETARISDAERAHKABUPATENSUKAMAJU', 'selakuKoordinatorSPBE']) {
      expect(pp).toContain(s);
    }
    expect(result.files.find((f) => f.kind === 'pernyataan')!.pages).toBe(1);
    expect(result.files.find((f) => f.kind === 'berita-acara')!.pages).toBe(1);
  });

  it('writes an overall gap report and one per OPD with missing evidence and problem files', () => {
    const overall = squeezedText(fileOf('kesenjangan'));
    expect(overall).toContain('LAPORANKESENJANGANBUKTIDUKUNG');
    expect(overall).toContain('SELURUHPERANGKATDAERAH');
    expect(overall).toContain('Memerlukankatasandi');
    expect(overall).toContain('Berkasrusak');
    const opdFiles = result.files.filter((f) => f.kind === 'kesenjangan-opd').map((f) => path.basename(f.path));
    expect(opdFiles).toEqual(['kesenjangan-BagianHukum.pdf', 'kesenjangan-Bappeda.pdf', 'kesenjangan-Diskominfo.pdf', 'kesenjangan-Inspektorat.pdf']);
    const dis = squeezedText(result.files.find((f) => f.path.endsWith('kesenjangan-Diskominfo.pdf'))!.path);
    expect(dis).toContain('DINASKOMUNIKASIDANINFORMATIKA');
    expect(dis).toContain(squeeze('Indikator 19. Tingkat Kematangan Pelaksanaan Tim Koordinasi SPBE'));
    expect(dis).not.toContain(squeeze('Indikator 29.'));
  });

  it('gives the same bytes for the same inputs', async () => {
    const again = await renderDocuments(fx.state, { outputDir: path.join(fx.root, 'output-2'), browser, scope: 'resmi' });
    for (const f of again.files) {
      const first = result.files.find((r) => path.basename(r.path) === path.basename(f.path))!;
      expect(readFileSync(f.path).equals(readFileSync(first.path)), path.basename(f.path)).toBe(true);
    }
  }, 120_000);
});

describe('paper, logo and missing chromium', () => {
  it('renders F4 (215 × 330 mm) and a kop without a logo', async () => {
    const f4 = await buildFixture({ kertas: 'F4' });
    const r = await renderDocuments(f4.state, { outputDir: path.join(f4.root, 'output'), browser, scope: 'resmi' });
    const pp = r.files.find((f) => f.kind === 'pernyataan')!.path;
    expect(pdfInfo(pp)['Page size']).toMatch(/^609\.\d+ x 935\.\d+ pts/);
    expect(squeezedText(pp)).toContain('PEMERINTAHKABUPATENSUKAMAJUSEKRETARIATDAERAH');
    expect(qpdfCheck(pp).status).toBe(0);
  }, 120_000);

  it('says in Indonesian to run make setup when Chromium is missing', async () => {
    const previous = process.env.EVIDEN_CHROMIUM;
    process.env.EVIDEN_CHROMIUM = '/nonexistent/chromium';
    const missing = new PdfBrowser();
    try {
      await expect(missing.pdf('<p>x</p>', { paper: { name: 'A4', widthMm: 210, heightMm: 297 }, name: 'uji.pdf', footerHtml: '' })).rejects.toThrow(UserError);
      await expect(missing.pdf('<p>x</p>', { paper: { name: 'A4', widthMm: 210, heightMm: 297 }, name: 'uji.pdf', footerHtml: '' })).rejects.toThrow(/make setup/);
    } finally {
      if (previous === undefined) delete process.env.EVIDEN_CHROMIUM;
      else process.env.EVIDEN_CHROMIUM = previous;
      await missing.close();
    }
  });

  it('restarts Chromium once when it crashed between documents', async () => {
    const paper = { name: 'A4' as const, widthMm: 210, heightMm: 297 };
    await browser.pdf('<p>sebelum</p>', { paper, name: 'uji.pdf', footerHtml: '<span></span>' });
    const pid = browser.pid();
    expect(pid).not.toBeNull();
    process.kill(pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const bytes = await browser.pdf('<p>sesudah</p>', { paper, name: 'uji.pdf', footerHtml: '<span></span>' });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(browser.pid()).not.toBe(pid);
  });

  it('blocks every network request from a template', async () => {
    const html = '<html><body><img src="http://127.0.0.1:9/x.png"><p>ok</p></body></html>';
    const started = Date.now();
    const bytes = await browser.pdf(html, { paper: { name: 'A4', widthMm: 210, heightMm: 297 }, name: 'uji.pdf', footerHtml: '<span></span>' });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
