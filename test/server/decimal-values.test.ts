/**
 * The dashboard prints indicator values as users write them: "1,25" with the Indonesian comma, never "1.25"; the
 * JSON API keeps numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture.ts';
import { callHtml, callJson, testContext, type TestContext } from './context.ts';
import { indicatorApi, indicatorListPage, indicatorPage } from '../../src/server/routes/indikator.ts';
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

  it('the value helper prints whole levels plainly and decimals with two digits after the comma', () => {
    const nilai = dashboardHelpers.nilai!;
    expect(nilai(3)).toBe('3');
    expect(nilai(1.5)).toBe('1,50');
    expect(nilai(null)).toBe('');
  });
});
