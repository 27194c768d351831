/**
 * The dashboard prints indicator values as users write them: "1,25" with the Indonesian comma, never "1.25"; the
 * JSON API keeps numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture.ts';
import { call, callHtml, callJson, testContext, type TestContext } from './context.ts';
import { indicatorApi, indicatorListPage, indicatorPage, saveAssessmentApi, saveAssessmentForm } from '../../src/server/routes/indikator.ts';
import { HttpError } from '../../src/server/http.ts';
import type { IndicatorModel } from '../../src/server/models/indicator.ts';
import { dashboardHelpers } from '../../src/server/view-helpers.ts';

let fx: Fixture;
let t: TestContext;

beforeEach(async () => {
  fx = await makeFixture();
  const config = readFileSync(fx.ws.paths.config, 'utf8')
    .replace(/^tahun: 2026$/m, 'tahun: 2026\ninstrumen: pemdi-2026')
    .replace(/penilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, 'penilaian:\n  pemdi-2026:\n    "3":\n      tingkat: "1,25"\n');
  writeFileSync(fx.ws.paths.config, config);
  t = testContext(fx);
});

afterEach(() => {
  t.hub.close();
  fx.cleanup();
});

describe('decimal values on the dashboard', () => {
  it('the indicator page and the list show a decimal claim with a comma; the API keeps the number', async () => {
    const model = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '3' } });
    expect(model.claimedLevel).toBe(1.25);
    const html = await callHtml(indicatorPage, t.ctx, { params: { no: '3' } });
    expect(html).toContain('<strong id="tingkat-klaim">1,25</strong>');
    expect(html).not.toMatch(/>1\.25</);
    const list = await callHtml(indicatorListPage, t.ctx);
    expect(list).toMatch(/<td class="angka">1,25<\/td>/);
    expect(list).not.toMatch(/>\s*1\.25\s*</);
  });

  it('the claim field takes a typed value, shows the decimal claim with a comma and offers the levels and the supported value', async () => {
    const html = await callHtml(indicatorPage, t.ctx, { params: { no: '3' } });
    expect(html).not.toContain('<select id="tingkat"');
    expect(html).toMatch(/<input id="tingkat" name="tingkat" type="text" inputmode="decimal"[^>]* value="1,25"/);
    const datalist = /<datalist id="tingkat-saran">([\s\S]*?)<\/datalist>/.exec(html)?.[1] ?? '';
    const offered = [...datalist.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1]);
    expect(offered.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    const model = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '3' } });
    if (!Number.isInteger(model.supportedValue)) expect(offered).toContain(dashboardHelpers.nilai!(model.supportedValue));
    expect(model.klaim).toMatchObject({ desimal: true, teks: '1,25', min: '1', max: '5' });
  });

  it('saves a decimal claim typed with a comma or a dot, and refuses what is no such value with a message saying what to write', async () => {
    const save = (tingkat: string) => call(saveAssessmentForm, t.ctx, { method: 'POST', params: { no: '4' }, form: { tingkat, penjelasan: '' }, reviewer: 'Siti Rahma' });
    expect(await save('2,5')).toMatchObject({ type: 'redirect', location: '/indikator/4?pesan=tersimpan#penilaian' });
    expect(t.ctx.state().assessment.indicators.find((i) => i.id === 4)?.claimedLevel).toBe(2.5);
    expect(await callHtml(indicatorPage, t.ctx, { params: { no: '4' } })).toMatch(/<input id="tingkat"[^>]* value="2,50"/);
    expect(await save('1.75')).toMatchObject({ type: 'redirect' });
    expect(t.ctx.state().assessment.indicators.find((i) => i.id === 4)?.claimedLevel).toBe(1.75);
    const refused = async (tingkat: string | number): Promise<string> => {
      const error = await Promise.resolve()
        .then(() => call(saveAssessmentApi, t.ctx, { method: 'POST', json: { indikator: 4, tingkat, peninjau: 'Siti Rahma' } }))
        .then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(400);
      return (error as HttpError).message;
    };
    expect(await refused('1,255')).toBe('Tingkat "1,255" tidak sah: tulis paling banyak 2 angka di belakang koma (mis. 1,25).');
    expect(await refused(1.255)).toMatch(/paling banyak 2 angka di belakang koma/);
    expect(await refused('5,5')).toBe('Tingkat "5,5" tidak sah: tingkat harus dari 1 sampai 5.');
    expect(await refused('satu')).toBe('Tingkat "satu" tidak sah: tulis angka 1–5, boleh desimal dengan koma (mis. 1,25).');
    expect(t.ctx.state().assessment.indicators.find((i) => i.id === 4)?.claimedLevel).toBe(1.75);
  });

  it('the value helper prints whole levels plainly and decimals with two digits after the comma', () => {
    const nilai = dashboardHelpers.nilai!;
    expect(nilai(3)).toBe('3');
    expect(nilai(1.5)).toBe('1,50');
    expect(nilai(null)).toBe('');
  });
});

describe('the claim field of a whole-level instrument (SPBE)', () => {
  let spbe: Fixture;
  let st: TestContext;
  beforeEach(async () => {
    spbe = await makeFixture();
    st = testContext(spbe);
  });
  afterEach(() => {
    st.hub.close();
    spbe.cleanup();
  });

  it('offers the whole levels to choose, with the claim selected, and refuses a decimal saying the instrument takes whole levels', async () => {
    const html = await callHtml(indicatorPage, st.ctx, { params: { no: '12' } });
    expect(html).not.toContain('inputmode="decimal"');
    expect(html).toMatch(/<select id="tingkat" name="tingkat">[\s\S]*<option value="2" selected>2 · /);
    const error = await Promise.resolve()
      .then(() => call(saveAssessmentForm, st.ctx, { method: 'POST', params: { no: '12' }, form: { tingkat: '2,5', penjelasan: '' }, reviewer: 'Siti Rahma' }))
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe('Tingkat "2,5" tidak sah: instrumen spbe-2020 hanya memakai tingkat bilangan bulat 1–5.');
  });
});
