/**
 * Dashboard Transisi: the SPBE evidence of the workspace under the Pemdi indicators the crosswalk names, marked as a
 * proposal; Terima records a reviewer decision for pemdi-2026 (audit line), never touching the SPBE mappings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture.ts';
import { call, callHtml, callJson, testContext, type TestContext } from './context.ts';
import { transitionApi, transitionDecisionForm, transitionPage } from '../../src/server/routes/transisi.ts';
import { HttpError } from '../../src/server/http.ts';
import { listEvents } from '../../src/store/audit.ts';
import type { TransitionMap } from '../../src/types/transition.ts';

let fx: Fixture;
let t: TestContext;

beforeEach(async () => {
  fx = await makeFixture();
  t = testContext(fx);
});

afterEach(() => {
  t.hub.close();
  fx.cleanup();
});

function statusUnder(map: TransitionMap, no: number, sha256: string): string | undefined {
  return map.indicators.find((i) => i.no === no)?.carries.flatMap((c) => c.documents).find((d) => d.sha256 === sha256)?.status;
}

describe('Transisi page', () => {
  it('shows the SPBE evidence under Pemdi 1 as a candidate, with the proposal mark and a decision form', async () => {
    const html = await callHtml(transitionPage, t.ctx, { reviewer: 'Siti Rahma' });
    expect(html).toContain('Peta transisi SPBE → Pemdi');
    expect(html).toContain('UNSURE');
    expect(html).toMatch(/id="pemdi-1"[\s\S]*Dari SPBE 12 Peta Rencana SPBE[\s\S]*Peta Rencana[\s\S]*kandidat, perlu ditinjau[\s\S]*Terima untuk Pemdi 1/);
    const map = await callJson<TransitionMap>(transitionApi, t.ctx);
    expect(statusUnder(map, 1, fx.peta.sha256)).toBe('kandidat');
    // SPBE 12 is not Pemdi 12 (Penanganan Insiden Siber).
    expect(statusUnder(map, 12, fx.peta.sha256)).toBeUndefined();
  });

  it('Terima records a pemdi-2026 decision with an audit line; the SPBE assessment is unchanged', async () => {
    const spbeBefore = t.ctx.state().assessment.indicators.find((i) => i.id === 12)?.documents.map((d) => d.sha256);
    const form = { sha256: fx.peta.sha256, indikator: '1', aksi: 'terima', catatan: 'dibawa ke Pemdi' };
    const ask = await call(transitionDecisionForm, t.ctx, { method: 'POST', form });
    expect(ask).toMatchObject({ type: 'redirect', location: '/peninjau?kembali=%2Ftransisi' });
    const done = await call(transitionDecisionForm, t.ctx, { method: 'POST', form, reviewer: 'Siti Rahma' });
    expect(done).toMatchObject({ type: 'redirect', location: '/transisi?pesan=keputusan#pemdi-1' });
    const event = listEvents(fx.db, { sha256: fx.peta.sha256 }).filter((e) => e.type === 'decision').at(-1);
    expect(event).toMatchObject({ actor: 'Siti Rahma', detail: { action: 'add', indicator: 1, instrument: 'pemdi-2026', note: 'dibawa ke Pemdi' } });
    expect(statusUnder(await callJson<TransitionMap>(transitionApi, t.ctx), 1, fx.peta.sha256)).toBe('diterima');
    expect(t.ctx.state().assessment.indicators.find((i) => i.id === 12)?.documents.map((d) => d.sha256)).toEqual(spbeBefore);
  });

  it('refuses an indicator the newer instrument does not have', async () => {
    const form = { sha256: fx.peta.sha256, indikator: '47', aksi: 'terima' };
    await expect(call(transitionDecisionForm, t.ctx, { method: 'POST', form, reviewer: 'Siti Rahma' })).rejects.toBeInstanceOf(HttpError);
  });
});
