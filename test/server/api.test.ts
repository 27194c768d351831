import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture.ts';
import { call, callHtml, callJson, testContext, type TestContext } from './context.ts';
import { ringkasanApi, ringkasanPage } from '../../src/server/routes/ringkasan.ts';
import { indicatorApi, indicatorPage, saveAssessmentApi, saveAssessmentForm } from '../../src/server/routes/indikator.ts';
import { decisionApi, decisionForm, documentApi, documentPage } from '../../src/server/routes/dokumen.ts';
import { opdApi } from '../../src/server/routes/opd.ts';
import { reviewApi } from '../../src/server/routes/tinjau.ts';
import { searchApi } from '../../src/server/routes/cari.ts';
import { archivedFile } from '../../src/server/routes/berkas.ts';
import { downloadOutput, jobApi, startJobApi, startJobForm } from '../../src/server/routes/laporan.ts';
import { saveReviewer } from '../../src/server/routes/peninjau.ts';
import { HttpError } from '../../src/server/http.ts';
import { listEvents } from '../../src/store/audit.ts';
import { writePreviousResults } from '../../src/history/previous-results.ts';
import { upsertLocation } from '../../src/store/locations.ts';
import type { SummaryModel } from '../../src/server/models/summary.ts';
import type { IndicatorModel } from '../../src/server/models/indicator.ts';
import type { ReviewQueue } from '../../src/server/models/review-queue.ts';
import type { SearchModel } from '../../src/server/routes/cari.ts';
import type { DocumentModel } from '../../src/server/models/document.ts';
import type { OpdModel } from '../../src/server/models/opd.ts';
import type { Job } from '../../src/server/jobs.ts';
import { HEAT_STATUS_LABELS } from '../../src/shared/vocabulary.ts';

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

async function httpStatus(promise: Promise<unknown> | (() => unknown)): Promise<number> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    if (err instanceof HttpError) return err.status;
    throw err;
  }
  return 200;
}

const REVIEWER = 'Siti Rahma';

describe('GET /api/ringkasan', () => {
  it('shows last year\'s result beside this year once one is imported', async () => {
    expect((await callJson<{ riwayat: unknown }>(ringkasanApi, t.ctx)).riwayat).toBeNull();
    writePreviousResults(t.ctx.workspace().paths.history, [{
      tahun: 2025, instrumen: 'spbe-2020', nilai: { '10': 1, '19': 4 }, indeks: 2.1, predikat: 'Cukup',
      sumber: { berkas: 'LHE.pdf', sha256: 'x', jenis: 'lhe' }, diimpor: '2026-01-01T00:00:00Z', oleh: 'Penguji',
    }]);
    const s = await callJson<{ riwayat: { tahun: number; indeks: string; tren: string } }>(ringkasanApi, t.ctx);
    expect(s.riwayat).toMatchObject({ tahun: 2025, indeks: '2,10' });
    expect(s.riwayat.tren).toMatch(/^2025: 2,10 → 2026: /);
  });

  it('counts statuses and colours the heat map per OPD × indicator', async () => {
    const s = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    expect(s.instansi).toBe('Pemerintah Kabupaten Sukamaju');
    expect(s.status.kosong + s.status.kurang + s.status['di-bawah-target'] + s.status.lengkap).toBe(47);
    // Indicator 12 is claimed at 2 below the target 3, and its evidence supports the claim: below target, not complete.
    expect(s.heatmap.overall.find((c) => c.no === 12)?.status).toBe('di-bawah-target');
    expect(s.indeks).toBeNull();
    expect(s.indeksCatatan).toMatch(/^46 dari 47 indikator/);
    expect(s.dokumen).toEqual({ total: 5, terbaca: 4, bermasalah: 1, perluDitinjau: 4 });
    const row = (kode: string) => s.heatmap.rows.find((r) => r.kode === kode)!;
    expect(row('DISKOMINFO').cells.find((c) => c.no === 10)).toMatchObject({ status: 'kosong', href: '/indikator/10?opd=DISKOMINFO' });
    expect(row('DISKOMINFO').cells.find((c) => c.no === 1)?.status).toBe('tidak-wajib');
    expect(row('BAPPEDA').cells.find((c) => c.no === 12)?.status).not.toBe('kosong');
    expect(s.heatmap.overall).toHaveLength(47);
    expect(s.temuan.error).toBeGreaterThan(0);
  });

  it('names a cell of an OPD not responsible for the indicator with the same words in its title and in the legend', async () => {
    const s = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    const cell = s.heatmap.rows.find((r) => r.kode === 'DISKOMINFO')!.cells.find((c) => c.no === 1)!;
    expect(cell.status).toBe('tidak-wajib');
    const words = HEAT_STATUS_LABELS['tidak-wajib'];
    expect(cell.title).toBe(`Indikator 1 (${s.heatmap.indicators[0]!.nama}), Dinas Komunikasi dan Informatika: ${words}`);
    const html = await callHtml(ringkasanPage, t.ctx);
    expect(html).toContain(`<span class="sel sel-tidak-wajib"></span> ${words}</p>`);
  });

  it('charts the index per domain and aspek once every indicator has a claimed level', async () => {
    const penilaian = Array.from({ length: 47 }, (_, i) => `  "${i + 1}":\n    tingkat: 3\n`).join('');
    const text = readFileSync(fx.ws.paths.config, 'utf8').replace(/penilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, `penilaian:\n${penilaian}`);
    writeFileSync(fx.ws.paths.config, text);
    const s = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    expect(s.indeks).toEqual({ nilai: '3,00', predikat: 'Baik' });
    expect(s.charts.map((c) => c.judul)).toEqual(['Domain', 'Aspek']);
    expect(s.charts[0]!.bars).toHaveLength(4);
    expect(s.charts[0]!.bars[0]).toMatchObject({ nilai: '3,00', panjang: 174 });
    const html = await callHtml(ringkasanPage, t.ctx);
    expect(html).toContain('<svg viewBox="0 0 600');
    expect(html).toContain('id="nilai-indeks">3,00<');
  });
});

describe('GET /api/indikator/:no', () => {
  it('shows the criteria with target/supported marks, the candidate with its reasons, and per-OPD status', async () => {
    const m = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '10' }, query: new URLSearchParams('opd=DISKOMINFO') });
    expect(m.namaPendek).toBe('Kebijakan Internal Tim Koordinasi SPBE');
    expect(m.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(m.levels.find((l) => l.target)?.level).toBe(3);
    expect(m.claimedLevel).toBeNull();
    expect(m.status).toBe('kosong');
    expect(m.evidence).toEqual([]);
    expect(m.candidates).toHaveLength(1);
    expect(m.candidates[0]).toMatchObject({ sha256: fx.sk.sha256, confidence: 'sedang', href: `/dokumen/${fx.sk.sha256}` });
    expect(m.candidates[0]!.reasons[0]).toMatchObject({ phrase: 'tim koordinasi SPBE', pages: [1] });
    expect(m.perOpd).toEqual([expect.objectContaining({ kode: 'DISKOMINFO', status: 'kosong', selected: true })]);
    expect(m.panduan).toMatch(/^FAKTA: .*\nANALISIS: .*\nJUSTIFIKASI: /);
    // No accepted evidence: no level is met, and the next level says what to add.
    expect(m.levels.map((l) => l.met)).toEqual([false, false, false, false, false]);
    expect(m.levels[1]?.requirements[0]).toMatchObject({ met: false, evidence: [], missing: expect.stringMatching(/^lampirkan peraturan, keputusan, atau surat edaran/) });
    expect(m.nextLevel).toEqual({ level: 1, missing: ['Lampirkan rancangan kebijakan, notulen atau undangan rapat penyusunannya.'] });
  });

  it('answers 404 for a number outside the instrument or not a number', async () => {
    for (const no of ['0', '48', 'abc', '10a', '1e1']) {
      expect(await httpStatus(call(indicatorApi, t.ctx, { params: { no } }))).toBe(404);
    }
  });
});

describe('POST /api/keputusan', () => {
  it('accepting a candidate changes the gap and is recorded with the reviewer name', async () => {
    const res = await callJson<{ indicators: number[] }>(decisionApi, t.ctx, {
      method: 'POST',
      json: { sha256: fx.sk.sha256, aksi: 'terima', indikator: 10, peninjau: REVIEWER, catatan: 'SK sudah ditetapkan' },
    });
    expect(res.indicators).toEqual([10]);
    const m = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '10' } });
    expect(m.status).not.toBe('kosong');
    expect(m.evidence.map((e) => e.sha256)).toEqual([fx.sk.sha256]);
    expect(m.candidates).toEqual([]);
    const s = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    expect(s.heatmap.rows.find((r) => r.kode === 'DISKOMINFO')!.cells.find((c) => c.no === 10)?.status).not.toBe('kosong');
    const event = listEvents(fx.db, { sha256: fx.sk.sha256 })[0]!;
    expect(event).toMatchObject({ type: 'decision', actor: REVIEWER, detail: { action: 'add', indicator: 10, note: 'SK sudah ditetapkan' } });
    expect(readFileSync(fx.ws.paths.auditLog, 'utf8')).toContain(`"actor":"${REVIEWER}"`);
  });

  it('rejecting removes the mapping', async () => {
    await callJson(decisionApi, t.ctx, { method: 'POST', json: { sha256: fx.peta.sha256, aksi: 'tolak', indikator: 12 }, reviewer: REVIEWER });
    const m = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '12' } });
    expect(m.status).toBe('kosong');
  });

  it('validates the action, the indicator, the hash and the reviewer', async () => {
    const post = (json: Record<string, unknown>, reviewer: string | null = REVIEWER) =>
      httpStatus(call(decisionApi, t.ctx, { method: 'POST', json, reviewer }));
    expect(await post({ sha256: fx.sk.sha256, aksi: 'hapus', indikator: 10 })).toBe(400);
    expect(await post({ sha256: fx.sk.sha256, aksi: 'terima', indikator: 48 })).toBe(400);
    expect(await post({ sha256: fx.sk.sha256, aksi: 'terima' })).toBe(400);
    expect(await post({ sha256: '../../etc/passwd', aksi: 'terima', indikator: 10 })).toBe(404);
    expect(await post({ sha256: 'f'.repeat(64), aksi: 'terima', indikator: 10 })).toBe(404);
    expect(await post({ sha256: fx.sk.sha256, aksi: 'terima', indikator: 10 }, null)).toBe(400);
    expect(await post({ sha256: fx.sk.sha256, aksi: 'terima', indikator: 10, peninjau: 'x' }, null)).toBe(400);
    expect(listEvents(fx.db).filter((e) => e.type === 'decision')).toEqual([]);
  });

  it('the form variant asks for a reviewer name first and redirects back with a notice', async () => {
    const form = { aksi: 'terima', indikator: '10', kembali: '/tinjau' };
    const ask = await call(decisionForm, t.ctx, { method: 'POST', params: { sha: fx.sk.sha256 }, form });
    expect(ask).toEqual({ type: 'redirect', location: '/peninjau?kembali=%2Ftinjau', cookies: undefined });
    const done = await call(decisionForm, t.ctx, { method: 'POST', params: { sha: fx.sk.sha256 }, form, reviewer: REVIEWER });
    expect(done).toMatchObject({ type: 'redirect', location: '/tinjau?pesan=keputusan' });
    const offsite = await call(decisionForm, t.ctx, {
      method: 'POST', params: { sha: fx.sk.sha256 }, form: { ...form, kembali: '//evil.example/x' }, reviewer: REVIEWER,
    });
    expect(offsite).toMatchObject({ type: 'redirect', location: `/dokumen/${fx.sk.sha256}?pesan=keputusan` });
  });
});

describe('POST /api/penilaian', () => {
  it('saves level and penjelasan to the config (comments kept) and audits it', async () => {
    const penjelasan = 'FAKTA: Keputusan Bupati Nomor 045/123/KEP/2026.\nANALISIS: memuat tugas.\nJUSTIFIKASI: Tingkat 2.';
    const saved = await callJson(saveAssessmentApi, t.ctx, { method: 'POST', json: { indikator: 10, tingkat: 2, penjelasan }, reviewer: REVIEWER });
    expect(saved).toEqual({ indicator: 10, tingkat: 2, penjelasan, changed: true });
    const text = readFileSync(fx.ws.paths.config, 'utf8');
    expect(text).toContain('# Penilaian mandiri: tingkat dan penjelasan per indikator');
    expect(text).toContain('FAKTA: Keputusan Bupati Nomor 045/123/KEP/2026.');
    expect(t.ctx.workspace().config.penilaian['10']).toEqual({ tingkat: 2, penjelasan });
    const m = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '10' } });
    expect(m.claimedLevel).toBe(2);
    expect(m.penjelasan).toBe(penjelasan);
    const event = listEvents(fx.db).find((e) => e.type === 'assessment-edited');
    expect(event).toMatchObject({ actor: REVIEWER, detail: { indicator: 10, tingkatSebelum: null, tingkat: 2, penjelasanDiubah: true } });
  });

  it('rejects invalid input without touching the file', async () => {
    const before = readFileSync(fx.ws.paths.config, 'utf8');
    const post = (json: Record<string, unknown>) => httpStatus(call(saveAssessmentApi, t.ctx, { method: 'POST', json, reviewer: REVIEWER }));
    expect(await post({ indikator: 10, tingkat: 6 })).toBe(400);
    expect(await post({ indikator: 10, tingkat: '3; rm' })).toBe(400);
    expect(await post({ indikator: 48, tingkat: 3 })).toBe(400);
    expect(await post({ indikator: 10, penjelasan: 'x'.repeat(8001) })).toBe(400);
    expect(await post([] as unknown as Record<string, unknown>)).toBe(400);
    expect(readFileSync(fx.ws.paths.config, 'utf8')).toBe(before);
  });

  it('the form variant needs a reviewer and redirects to the editor with a notice', async () => {
    const form = { tingkat: '3', penjelasan: 'JUSTIFIKASI: Tingkat 3.' };
    expect(await call(saveAssessmentForm, t.ctx, { method: 'POST', params: { no: '10' }, form })).toMatchObject({
      type: 'redirect', location: '/peninjau?kembali=%2Findikator%2F10',
    });
    expect(await call(saveAssessmentForm, t.ctx, { method: 'POST', params: { no: '10' }, form, reviewer: REVIEWER })).toMatchObject({
      type: 'redirect', location: '/indikator/10?pesan=tersimpan#penilaian',
    });
    expect(await call(saveAssessmentForm, t.ctx, { method: 'POST', params: { no: '10' }, form, reviewer: REVIEWER })).toMatchObject({
      location: '/indikator/10?pesan=tanpa-perubahan#penilaian',
    });
  });
});

describe('review queue, search, OPD and document', () => {
  it('queues candidates, low-confidence mappings, unmapped files, errors and unknown folders', async () => {
    const q = await callJson<ReviewQueue>(reviewApi, t.ctx);
    expect(q.rows.map((r) => [r.path, r.items.map((i) => [i.indicator, i.accepted, i.kind])])).toEqual([
      // Indicator 10 has no evidence yet: its candidate comes first.
      ['Diskominfo/SK Tim Koordinasi SPBE 2026.pdf', [[10, false, 'kandidat']]],
      ['Bappeda/Arsitektur SPBE.pdf', [[11, true, 'yakin-rendah']]],
    ]);
    expect(q.belumDipetakan.map((d) => d.path)).toEqual(['Lain-lain/tangkapan layar.png']);
    expect(q.opdTidakDikenal.map((d) => d.path)).toEqual(['Lain-lain/tangkapan layar.png']);
    expect(q.galat.map((d) => d.path)).toEqual(['Bappeda/rusak.pdf']);
    expect(q.total).toBe(4);
  });

  it('finds words on their page and marks the matches', async () => {
    const r = await callJson<SearchModel>(searchApi, t.ctx, { query: new URLSearchParams('q=tim koordinasi') });
    expect(r).toMatchObject({ totalPages: 1, totalDocuments: 1, notEvidence: [], hidden: 0 });
    expect(r.documents[0]).toMatchObject({ sha256: fx.sk.sha256, opd: 'DISKOMINFO', standing: 'kandidat', matchedPages: 1, more: 0 });
    expect(r.documents[0]!.best[0]).toMatchObject({ page: 1, href: `/dokumen/${fx.sk.sha256}#hal-1` });
    expect(r.documents[0]!.best[0]!.snippet).toMatch(/\[TIM\] \[KOORDINASI\]/);
    expect((await callJson<SearchModel>(searchApi, t.ctx, { query: new URLSearchParams('q=') })).documents).toEqual([]);
    expect((await callJson<SearchModel>(searchApi, t.ctx, { query: new URLSearchParams('q=" OR *') })).documents).toEqual([]);
  });

  it('shows an OPD as its gap report does, and 404s an unknown kode', async () => {
    const m = await callJson<OpdModel>(opdApi, t.ctx, { params: { kode: 'DISKOMINFO' } });
    expect(m.rows.map((r) => [r.no, r.status])).toEqual([[10, 'kosong'], [19, 'kosong']]);
    expect(m.kosong.map((k) => k.no)).toEqual([10, 19]);
    expect(m.rows[0]!.findings.length).toBeGreaterThan(0);
    // Its rencana peningkatan: every level up to the target of both empty indicators; no deadline configured.
    expect(m.rencana.items.map((i) => [i.indikator, i.tingkat])).toEqual([[10, 1], [10, 2], [10, 3], [19, 1], [19, 2], [19, 3]]);
    expect(m.rencana.tenggat).toBeNull();
    expect(await httpStatus(call(opdApi, t.ctx, { params: { kode: 'TIDAKADA' } }))).toBe(404);
    expect(await httpStatus(call(opdApi, t.ctx, { params: { kode: '../x' } }))).toBe(404);
  });

  it('shows a document with its pages, candidates and history', async () => {
    const d = await callJson<DocumentModel>(documentApi, t.ctx, { params: { sha: fx.sk.sha256 } });
    expect(d).toMatchObject({ path: 'Diskominfo/SK Tim Koordinasi SPBE 2026.pdf', viewer: 'pdf', fileHref: `/berkas/${fx.sk.sha256}`, pages: 2 });
    expect(d.pageTexts.map((p) => p.no)).toEqual([1, 2]);
    expect(d.candidates.map((c) => c.indicator)).toEqual([10]);
    expect(d.addable).toHaveLength(47);
    expect(d.events.map((e) => e.type)).toEqual(['ingested']);
    expect((await callJson<DocumentModel>(documentApi, t.ctx, { params: { sha: fx.gambar.sha256 } })).viewer).toBe('gambar');
  });

  it('escapes names and texts from the files in the HTML', async () => {
    upsertLocation(fx.db, {
      path: 'Diskominfo/<script>alert(1)</script>.pdf', sha256: fx.sk.sha256, opd: 'DISKOMINFO', folder: 'Diskominfo',
      size: 1, mtimeMs: 1, now: '2026-11-21T00:00:00.000Z',
    });
    const html = await callHtml(documentPage, t.ctx, { params: { sha: fx.sk.sha256 } });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.pdf');
    expect(html).not.toContain('<script>alert(1)');
    const page = await callHtml(indicatorPage, t.ctx, { params: { no: '10' }, query: new URLSearchParams('opd=<b>x</b>') });
    expect(page).not.toContain('<b>x</b>');
  });
});

describe('archived files and downloads', () => {
  it('serves a document only by its full hash, from the archive', async () => {
    const res = await call(archivedFile, t.ctx, { params: { sha: fx.sk.sha256.toUpperCase() } });
    expect(res).toMatchObject({ type: 'file', contentType: 'application/pdf', inline: true, fileName: 'SK Tim Koordinasi SPBE 2026.pdf' });
    if (res.type !== 'file') throw new Error('not a file');
    expect(path.relative(fx.ws.paths.archive, res.file).startsWith('..')).toBe(false);
    expect(readFileSync(res.file).subarray(0, 5).toString()).toBe('%PDF-');
    for (const sha of ['..%2F..%2Feviden.config.yaml', fx.sk.sha256.slice(0, 12), 'f'.repeat(64), `${fx.sk.sha256}.pdf`]) {
      expect(await httpStatus(call(archivedFile, t.ctx, { params: { sha } }))).toBe(404);
    }
  });

  it('downloads only files listed in output/', async () => {
    mkdirSync(path.join(fx.ws.paths.output, 'kesenjangan'), { recursive: true });
    writeFileSync(path.join(fx.ws.paths.output, 'kesenjangan', 'kesenjangan-BAPPEDA.pdf'), '%PDF-1.7');
    const res = await call(downloadOutput, t.ctx, { params: { nama: 'kesenjangan/kesenjangan-BAPPEDA.pdf' } });
    expect(res).toMatchObject({ type: 'file', inline: false, fileName: 'kesenjangan-BAPPEDA.pdf', contentType: 'application/pdf' });
    for (const nama of ['../eviden.config.yaml', '/etc/passwd', 'kesenjangan/../../eviden.config.yaml', 'kesenjangan']) {
      expect(await httpStatus(call(downloadOutput, t.ctx, { params: { nama } }))).toBe(404);
    }
  });
});

describe('render jobs', () => {
  it('passes the surat numbers entered in the Finalkan form to the final job', async () => {
    const seen: unknown[] = [];
    const local = testContext(fx, {
      final: (_progress, reviewer, input) => {
        seen.push({ reviewer, input });
        return Promise.resolve([]);
      },
    });
    const form = { nomorBeritaAcara: '000.5/117/Setda/2026', nomorPernyataan: '000.5/118/Setda/2026' };
    const res = await call(startJobForm, local.ctx, { method: 'POST', params: { jenis: 'final' }, reviewer: REVIEWER, form });
    expect(res).toMatchObject({ type: 'redirect' });
    await local.ctx.jobs.idle();
    expect(seen).toEqual([{ reviewer: REVIEWER, input: form }]);
    local.hub.close();
  });

  it('runs an injected renderer in the background with progress and lists its files', async () => {
    const local = testContext(fx, {
      laporan: async (progress) => {
        progress({ done: 1, total: 2, label: 'Bagian 1' });
        const file = path.join(fx.ws.paths.output, 'laporan-uji.pdf');
        writeFileSync(file, '%PDF-1.7 uji');
        progress({ done: 2, total: 2, label: 'Bagian 2' });
        return [file, '/di/luar/output.pdf'];
      },
    });
    const started = await callJson<Job>(startJobApi, local.ctx, { method: 'POST', params: { jenis: 'laporan' }, reviewer: REVIEWER });
    expect(started.status).toBe('berjalan');
    await local.ctx.jobs.idle();
    const job = await callJson<Job>(jobApi, local.ctx, { params: { id: started.id } });
    expect(job).toMatchObject({ status: 'selesai', files: ['laporan-uji.pdf'], reviewer: REVIEWER, error: null });
    expect(local.jobEvents.map((j) => j.progress.label)).toEqual(['Memulai…', 'Bagian 1', 'Bagian 2', 'Selesai']);
    expect(await httpStatus(call(startJobApi, local.ctx, { method: 'POST', params: { jenis: 'paket' }, reviewer: REVIEWER }))).toBe(503);
    expect(await httpStatus(call(startJobApi, local.ctx, { method: 'POST', params: { jenis: 'hapus' }, reviewer: REVIEWER }))).toBe(404);
    local.hub.close();
  });

  it('reports a failing renderer as a failed job with its message', async () => {
    const local = testContext(fx, { paket: () => Promise.reject(new Error('Chromium tidak ditemukan')) });
    const started = await callJson<Job>(startJobApi, local.ctx, { method: 'POST', params: { jenis: 'paket' }, reviewer: REVIEWER });
    await local.ctx.jobs.idle();
    expect(local.ctx.jobs.get(started.id)).toMatchObject({ status: 'gagal', error: 'Chromium tidak ditemukan' });
    local.hub.close();
  });
});

describe('reviewer name form', () => {
  it('stores a cleaned name in a cookie and refuses an empty one', async () => {
    const res = await call(saveReviewer, t.ctx, { method: 'POST', form: { nama: '  Siti \t Rahma ', kembali: '/indikator/10' } });
    expect(res).toMatchObject({ type: 'redirect', location: '/indikator/10?pesan=peninjau' });
    if (res.type !== 'redirect') throw new Error('not a redirect');
    expect(res.cookies?.[0]).toMatch(/^eviden_peninjau=Siti%20Rahma; Path=\/; SameSite=Strict; HttpOnly; Max-Age=/);
    const bad = await call(saveReviewer, t.ctx, { method: 'POST', form: { nama: ' ', kembali: 'https://evil.example' } });
    expect(bad).toMatchObject({ type: 'html', status: 400 });
  });
});
