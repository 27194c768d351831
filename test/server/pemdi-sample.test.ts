/**
 * The dashboard on the generated Pemdi sample workspace: the claim field of a decimal instrument, the OPD page's plan
 * in supported values with the comma, and externally scored indicators (5, 6, 7, 18, given OPDs in the sample's
 * penanggungJawab) never on an OPD's to-do list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPemdiSample, type PemdiSample } from '../helpers/pemdi-sample.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { callHtml, callJson, testContext, type TestContext } from './context.ts';
import { indicatorPage } from '../../src/server/routes/indikator.ts';
import { opdApi, opdListPage, opdPage } from '../../src/server/routes/opd.ts';
import type { OpdModel } from '../../src/server/models/opd.ts';
import { ringkasanApi, ringkasanPage } from '../../src/server/routes/ringkasan.ts';
import type { SummaryModel } from '../../src/server/models/summary.ts';
import { renderPlan } from '../../src/cli/commands/rencana.ts';
import { workspacePlan } from '../../src/server/models/opd.ts';

const EXTERNAL = [5, 6, 7, 18];

/** The text of each cell of each body row of the page's first table (tags dropped, spaces squeezed). */
function tableRows(html: string): { head: string[]; rows: string[][] } {
  const text = (cell: string): string => cell.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  const table = html.match(/<table class="tabel">([\s\S]*?)<\/table>/)?.[1] ?? '';
  const head = [...(table.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1] ?? ''));
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1] ?? '')));
  return { head, rows };
}

let sample: PemdiSample;
let db: Db;
let t: TestContext;

beforeAll(async () => {
  sample = await buildPemdiSample();
  const ws = openWorkspace(sample.root);
  db = openDb(ws.paths.database);
  t = testContext({ ws, db });
}, 120_000);

afterAll(() => {
  t?.hub.close();
  db?.close();
  sample?.cleanup();
});

describe('the Pemdi sample on the dashboard', () => {
  it('shows the decimal claim in the claim field and offers the supported value beside the levels', async () => {
    const i3 = t.ctx.state().assessment.indicators.find((i) => i.id === 3);
    expect([i3?.claimedLevel, i3?.levels?.value]).toEqual([1.2, 1.2]);
    const html = await callHtml(indicatorPage, t.ctx, { params: { no: '3' } });
    expect(html).toMatch(/<input id="tingkat" name="tingkat" type="text" inputmode="decimal"[^>]* value="1,20"/);
    expect(html).toContain('<option value="1,20">1,20 · nilai yang didukung bukti</option>');
  });

  it('the OPD page plans from the supported value, written with the comma', async () => {
    const html = await callHtml(opdPage, t.ctx, { params: { kode: 'BKPSDM' } });
    expect(html).toMatch(/SDM Pemdi<\/a> menuju tingkat 1 <span class="samar">\(kini 1,20, target 2\)<\/span>/);
    // Bappeda's I1 is 'lengkap' at 2,25 for target 2: no plan asks it for more.
    const bappeda = await callJson<OpdModel>(opdApi, t.ctx, { params: { kode: 'BAPPEDA' } });
    expect(bappeda.rows.map((r) => [r.no, r.status])).toEqual([[1, 'lengkap']]);
    expect(bappeda.rencana.items).toEqual([]);
  });

  it('lists every OPD with its cells below target beside the complete, short and empty ones, as the gap report does', async () => {
    const { matrix } = t.ctx.state().assessment;
    const { head, rows } = tableRows(await callHtml(opdListPage, t.ctx));
    const columns = ['Indikator', 'Lengkap', 'Di bawah target', 'Bukti kurang', 'Belum ada bukti'].map((h) => head.indexOf(h));
    expect(columns.every((i) => i > 0), head.join(' | ')).toBe(true);
    const below = matrix.filter((c) => c.status === 'di-bawah-target');
    expect(below.length).toBeGreaterThan(0);
    for (const kode of new Set(matrix.map((c) => c.opd))) {
      const row = rows.find((r) => r[0]?.endsWith(` ${kode}`));
      const cells = matrix.filter((c) => c.opd === kode);
      const count = (s: string): string => String(cells.filter((c) => c.status === s).length);
      expect(columns.map((i) => row?.[i]), kode).toEqual([String(cells.length), count('lengkap'), count('di-bawah-target'), count('kurang'), count('kosong')]);
    }
    // The OPD page counts its cells the same way.
    const kode = below[0]!.opd;
    const page = await callHtml(opdPage, t.ctx, { params: { kode } });
    const n = matrix.filter((c) => c.opd === kode && c.status === 'di-bawah-target').length;
    expect(page).toMatch(new RegExp(`<li><span class="status status-di-bawah-target">Di bawah target</span>\\s*<strong>${n}</strong></li>`));
  });

  it('shows an externally scored indicator in every OPD row of the heat map as scored from a partner index, not as no OPD\'s concern', async () => {
    const s = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    expect(s.heatmap.rows.length).toBeGreaterThan(1);
    for (const row of s.heatmap.rows) {
      for (const no of EXTERNAL) {
        const cell = row.cells.find((c) => c.no === no);
        expect(cell, `${row.kode} ${no}`).toMatchObject({ status: 'eksternal', href: `/indikator/${no}`, title: expect.stringMatching(/: Nilai indeks eksternal$/) });
      }
    }
    const html = await callHtml(ringkasanPage, t.ctx);
    expect(html).not.toMatch(/title="Indikator (5|6|7|18) \([^"]*\), [^"]*: bukan tanggungan/);
    expect(html).toContain('<a class="sel sel-eksternal" href="/indikator/5" title="Indikator 5 (Tata Kelola Data), Dinas Komunikasi dan Informatika: Nilai indeks eksternal">');
    expect(html).toMatch(/<span class="sel sel-eksternal"><\/span> Nilai indeks eksternal/);
  });

  it('plans an indicator without evidence as "belum ada bukti", with the value the index counts for it, never as level 1 reached', async () => {
    const i8 = t.ctx.state().assessment.indicators.find((i) => i.id === 8)!;
    // Pemdi counts an indicator with nothing accepted at the bottom of level 1's band (1,00), in the index too.
    expect([i8.status, i8.levels?.value]).toEqual(['kosong', 1]);
    const html = await callHtml(opdPage, t.ctx, { params: { kode: 'DISKOMINFO' } });
    expect(html).toMatch(/Pelindungan Data Pribadi<\/a> menuju tingkat 1 <span class="samar">\(kini belum ada bukti: dihitung 1, target 2\)<\/span>/);
    expect(html).not.toMatch(/Pelindungan Data Pribadi<\/a> menuju tingkat \d <span class="samar">\(kini 1,/);
    expect(renderPlan(workspacePlan(t.ctx.state()))).toMatch(/Indikator 8 Pelindungan Data Pribadi, menuju tingkat 1 \(kini belum ada bukti: dihitung 1, target 2\)/);
    const page = await callHtml(indicatorPage, t.ctx, { params: { no: '8' } });
    expect(page).toContain('<strong id="tingkat-bukti">belum ada bukti</strong> <span class="samar">(dihitung 1)</span>');
    // An indicator with evidence keeps its value.
    expect(await callHtml(indicatorPage, t.ctx, { params: { no: '3' } })).toContain('<strong id="tingkat-bukti">1,20</strong>');
  });

  it('never puts an externally scored indicator on an OPD to-do list, though OPDs are named responsible for it', async () => {
    const { config } = t.ctx.workspace();
    const named = EXTERNAL.flatMap((no) => config.penanggungJawab[String(no)] ?? []);
    expect(named.length).toBeGreaterThan(0);
    for (const kode of new Set(named)) {
      const m = await callJson<OpdModel>(opdApi, t.ctx, { params: { kode } });
      const listed = [...m.todo.map((r) => r.no), ...m.kosong.map((r) => r.no), ...m.rencana.items.map((i) => i.indikator), ...m.rows.map((r) => r.no)];
      expect(listed.filter((no) => EXTERNAL.includes(no)), kode).toEqual([]);
    }
    const diskominfo = await callJson<OpdModel>(opdApi, t.ctx, { params: { kode: 'DISKOMINFO' } });
    expect(diskominfo.todo.length).toBeGreaterThan(0);
  });
});
