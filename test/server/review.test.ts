/**
 * The review workflow on a coordinator-sized workspace: the queue grouped by document, its filters and impact
 * order, decisions on many candidates with one reason, the position after a decision, search grouped by document
 * with evidence first, and the Laporan page's groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRichFixture, type RichFixture } from './fixture-rich.ts';
import { call, callHtml, callJson, testContext, type TestContext } from './context.ts';
import { bulkDecisionApi, bulkDecisionForm, reviewApi, reviewPage } from '../../src/server/routes/tinjau.ts';
import { searchApi } from '../../src/server/routes/cari.ts';
import { documentPage } from '../../src/server/routes/dokumen.ts';
import { reportsPage } from '../../src/server/routes/laporan.ts';
import { opdApi, opdPage } from '../../src/server/routes/opd.ts';
import { narrowToOpd } from '../../src/assess/reporters/narrow.ts';
import type { OpdModel } from '../../src/server/models/opd.ts';
import { indicatorApi, indicatorPage } from '../../src/server/routes/indikator.ts';
import type { IndicatorModel } from '../../src/server/models/indicator.ts';
import { ringkasanApi, ringkasanPage } from '../../src/server/routes/ringkasan.ts';
import type { SummaryModel } from '../../src/server/models/summary.ts';
import { supportedValue } from '../../src/assess/values.ts';
import { formatDecimal } from '../../src/shared/format.ts';
import { outputGroups } from '../../src/server/models/laporan.ts';
import { listOutputs } from '../../src/server/outputs.ts';
import { HttpError } from '../../src/server/http.ts';
import { listEvents } from '../../src/store/audit.ts';
import type { ReviewQueue } from '../../src/server/models/review-queue.ts';
import type { SearchModel } from '../../src/server/routes/cari.ts';

const REVIEWER = 'Siti Rahma';

let fx: RichFixture;
let t: TestContext;

beforeAll(async () => {
  fx = await makeRichFixture();
  t = testContext(fx);
});

afterAll(() => {
  t.hub.close();
  fx.cleanup();
});

async function queue(query = ''): Promise<ReviewQueue> {
  return callJson<ReviewQueue>(reviewApi, t.ctx, { query: new URLSearchParams(query) });
}

describe('review queue grouped by document', () => {
  it('puts the thirty candidates of the 94-page book in one row, with the first five open', async () => {
    const q = await queue();
    const book = q.rows.find((r) => r.sha256 === fx.buku.sha256)!;
    expect(book.items).toHaveLength(29);
    expect(book.shown).toHaveLength(5);
    expect(book.folded).toHaveLength(24);
    // The low-confidence accepted mapping (28) is in the same row, to be confirmed.
    expect(book.items.find((i) => i.indicator === 28)).toMatchObject({ accepted: true, kind: 'yakin-rendah' });
    expect(q.rows.filter((r) => r.sha256 === fx.buku.sha256)).toHaveLength(1);
    expect(q.itemCount).toBe(q.rows.reduce((n, r) => n + r.items.length, 0));
  });

  it('sorts by impact: rows with the most indicators still without evidence first, empty indicators first in a row', async () => {
    const q = await queue();
    const empties = q.rows.map((r) => r.emptyIndicators);
    expect(empties).toEqual([...empties].sort((a, b) => b - a));
    expect(q.rows[0]!.sha256).toBe(fx.buku.sha256);
    for (const row of q.rows) {
      const order = row.items.map((i) => ({ kosong: 0, kurang: 1, 'di-bawah-target': 2, lengkap: 3, eksternal: 3 })[i.status]);
      expect(order, row.path).toEqual([...order].sort((a, b) => a - b));
    }
    const byName = await queue('urut=nama');
    expect(byName.rows.map((r) => r.path)).toEqual([...byName.rows.map((r) => r.path)].sort((a, b) => a.localeCompare(b)));
  });

  it('filters by OPD, indicator, confidence and document kind, and ignores unknown filter values', async () => {
    expect((await queue('opd=BAPPEDA')).rows.every((r) => r.opd === 'BAPPEDA')).toBe(true);
    const ten = await queue('indikator=10');
    expect(ten.rows.map((r) => r.sha256).sort()).toEqual([fx.buku.sha256, fx.permen.sha256].sort());
    expect(ten.rows.every((r) => r.items.every((i) => i.indicator === 10))).toBe(true);
    expect(ten.filtered).toBe(true);
    expect(ten.query).toBe('indikator=10');
    const sedang = await queue('keyakinan=sedang');
    expect(sedang.rows.flatMap((r) => r.items).every((i) => i.confidence === 'sedang')).toBe(true);
    expect((await queue('jenis=keputusan')).rows.map((r) => r.sha256)).toEqual([fx.kepmenko.sha256]);
    const odd = await queue('opd=TIDAKADA&indikator=999&keyakinan=pasti&urut=acak');
    expect(odd.filtered).toBe(false);
    expect(odd.rows.length).toBe((await queue()).rows.length);
    expect((await queue('opd=-')).opdTidakDikenal.map((d) => d.sha256)).toEqual([fx.kiriman.sha256]);
  });

  it('renders the filter form, the bulk form and the keyboard shortcuts on the page', async () => {
    const html = await callHtml(reviewPage, t.ctx, { query: new URLSearchParams('opd=DISKOMINFO'), reviewer: REVIEWER });
    expect(html).toContain('<option value="DISKOMINFO" selected>');
    expect(html).toContain('name="saring" value="opd&#x3D;DISKOMINFO"');
    expect(html).toContain(`id="dok-${fx.buku.sha256.slice(0, 12)}"`);
    expect(html).toContain('Pintasan papan ketik');
    expect(html).toMatch(/<kbd>s<\/kbd><\/dt><dd>terima kandidat yang dipilih/);
    expect(html).toContain('24 kandidat lain');
  });
});

describe('search grouped by document', () => {
  it('gives a total, the best pages of each document, and evidence before the national regulation', async () => {
    const r = await callJson<SearchModel>(searchApi, t.ctx, { query: new URLSearchParams('q=tim koordinasi') });
    expect(r.totalDocuments).toBe(r.documents.length + r.notEvidence.length);
    expect(r.totalPages).toBeGreaterThan(r.totalDocuments);
    const book = r.documents.find((d) => d.sha256 === fx.buku.sha256)!;
    expect(book.matchedPages).toBeGreaterThan(3);
    expect(book.best).toHaveLength(3);
    expect(book.more).toBe(book.matchedPages - 3);
    expect(r.notEvidence.map((d) => d.sha256)).toEqual([fx.permen.sha256]);
    // The regulation matches on all its 12 pages, more than any evidence, and is still listed after it.
    expect(r.notEvidence[0]!.matchedPages).toBe(12);
    expect(r.documents[0]!.standing).toBe('bukti');
  });
});

describe('decisions on many candidates at once', () => {
  it('rejects the ticked candidates with one reason and comes back to the same filters at the next row', async () => {
    const before = (await queue('opd=DISKOMINFO')).rows.map((r) => r.sha256);
    const picks = [1, 2, 10].map((no) => `${fx.permen.sha256}:${no}`);
    const res = await call(bulkDecisionForm, t.ctx, {
      method: 'POST',
      reviewer: REVIEWER,
      form: { aksi: 'tolak', catatan: 'Peraturan nasional, bukan bukti instansi', saring: 'opd=DISKOMINFO' },
      formLists: { pilih: picks, baris: before, item: picks },
    });
    expect(res.type).toBe('redirect');
    const location = res.type === 'redirect' ? res.location : '';
    expect(location).toMatch(/^\/tinjau\?opd=DISKOMINFO&pesan=keputusan-massal&jumlah=3#dok-[0-9a-f]{12}$/);
    const after = await queue('opd=DISKOMINFO');
    expect(after.rows.map((r) => r.sha256)).not.toContain(fx.permen.sha256);
    // Back at the first remaining row after the one decided on (or the one before it when it was last).
    const at = before.indexOf(fx.permen.sha256);
    const expected = before.slice(at).find((s) => after.rows.some((r) => r.sha256 === s)) ?? before.slice(0, at).reverse().find((s) => after.rows.some((r) => r.sha256 === s));
    expect(location.endsWith(`#dok-${expected!.slice(0, 12)}`)).toBe(true);
    const events = listEvents(fx.db, { sha256: fx.permen.sha256 }).filter((e) => e.type === 'decision');
    expect(events.map((e) => [e.actor, e.detail.action, e.detail.note])).toEqual([
      [REVIEWER, 'reject', 'Peraturan nasional, bukan bukti instansi'],
      [REVIEWER, 'reject', 'Peraturan nasional, bukan bukti instansi'],
      [REVIEWER, 'reject', 'Peraturan nasional, bukan bukti instansi'],
    ]);
  });

  it('accepts every candidate of one row with its row button, and one item with its own button', async () => {
    const q = await queue();
    const kep = q.rows.find((r) => r.sha256 === fx.kepmenko.sha256)!;
    const res = await call(bulkDecisionForm, t.ctx, {
      method: 'POST', reviewer: REVIEWER,
      form: { aksi: `terima@${fx.kepmenko.sha256}`, saring: '' },
      formLists: { item: q.rows.flatMap((r) => r.items.map((i) => i.value)), baris: q.rows.map((r) => r.sha256) },
    });
    expect(res).toMatchObject({ type: 'redirect' });
    expect(kep.items.map((i) => i.indicator)).toEqual([19]);
    expect((await queue()).rows.some((r) => r.sha256 === fx.kepmenko.sha256)).toBe(false);
    const one = await call(bulkDecisionForm, t.ctx, {
      method: 'POST', reviewer: REVIEWER, form: { aksi: `terima@${fx.peta.sha256}:2` }, formLists: { baris: [fx.peta.sha256] },
    });
    expect(one).toMatchObject({ type: 'redirect' });
    expect((await queue()).rows.some((r) => r.sha256 === fx.peta.sha256)).toBe(false);
  });

  it('asks for a reviewer first, and refuses an empty choice or a forged value', async () => {
    expect(await call(bulkDecisionForm, t.ctx, { method: 'POST', form: { aksi: 'tolak', saring: 'opd=BAPPEDA' } })).toMatchObject({
      type: 'redirect', location: '/peninjau?kembali=%2Ftinjau%3Fopd%3DBAPPEDA',
    });
    const status = async (over: Parameters<typeof call>[2]): Promise<number> => {
      try {
        await call(bulkDecisionForm, t.ctx, { method: 'POST', reviewer: REVIEWER, ...over });
        return 200;
      } catch (err) {
        if (err instanceof HttpError) return err.status;
        throw err;
      }
    };
    expect(await status({ form: { aksi: 'tolak' }, formLists: {} })).toBe(400);
    expect(await status({ form: { aksi: 'hapus' }, formLists: { pilih: [`${fx.buku.sha256}:1`] } })).toBe(400);
    expect(await status({ form: { aksi: 'tolak' }, formLists: { pilih: ['../etc/passwd:1'] } })).toBe(400);
    expect(await status({ form: { aksi: 'tolak' }, formLists: { pilih: [`${fx.buku.sha256}:99`] } })).toBe(400);
  });

  it('takes the same decisions as JSON', async () => {
    const r = await callJson<{ keputusan: number; dokumen: number }>(bulkDecisionApi, t.ctx, {
      method: 'POST',
      json: { aksi: 'terima', pilihan: [{ sha256: fx.buku.sha256, indikator: 1 }, { sha256: fx.buku.sha256, indikator: 2 }], catatan: 'Bab 1 dan 2', peninjau: 'Budi' },
    });
    expect(r).toMatchObject({ keputusan: 2, dokumen: 1 });
    const book = (await queue()).rows.find((row) => row.sha256 === fx.buku.sha256)!;
    expect(book.items.map((i) => i.indicator)).not.toContain(1);
  });
});

describe('summary', () => {
  it('shows the index from evidence beside the claimed index, as the report does', async () => {
    const summary = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    const a = t.ctx.state().assessment;
    expect(summary.indeks).toBeNull();
    expect(summary.indeksBukti).toEqual({ nilai: formatDecimal(a.indeksBukti.indeks), predikat: a.indeksBukti.predikat });
    expect(summary.indeksBukti.nilai).toMatch(/^\d,\d\d$/);
    const html = await callHtml(ringkasanPage, t.ctx);
    expect(html).toContain('Menurut bukti dukung');
    expect(html).toContain(`<p class="angka-besar angka-bukti" id="nilai-indeks-bukti">${summary.indeksBukti.nilai}</p>`);
  });
});

describe('the dashboard reads the status the assessment decided', () => {
  it('does not call an indicator "Lengkap" when its evidence only matches a claim lowered below the target', async () => {
    const state = t.ctx.state();
    const assessed = state.assessment.indicators.find((i) => i.id === 10)!;
    expect(assessed).toMatchObject({ claimedLevel: 2, targetLevel: 3, status: 'di-bawah-target' });
    expect(supportedValue(assessed)).toBeLessThan(3);
    const ten = await callJson<IndicatorModel>(indicatorApi, t.ctx, { params: { no: '10' } });
    expect(ten).toMatchObject({ claimedLevel: 2, targetLevel: 3, status: 'di-bawah-target' });
    const html = await callHtml(indicatorPage, t.ctx, { params: { no: '10' } });
    expect(html).toMatch(/<h1>Indikator 10 · [^<]*<\/h1>\s*<span class="status status-di-bawah-target">Di bawah target<\/span>/);
    const summary = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    expect(summary.status['di-bawah-target']).toBe(state.assessment.indicators.filter((i) => i.status === 'di-bawah-target').length);
    expect(summary.heatmap.overall.find((c) => c.no === 10)).toMatchObject({ status: 'di-bawah-target', title: expect.stringContaining('Di bawah target') });
    // Every OPD cell of the indicator with evidence carries the same status: no "Lengkap" below the target there either.
    const cells = summary.heatmap.rows.flatMap((r) => r.cells.filter((c) => c.no === 10 && c.status !== 'tidak-wajib' && c.status !== 'kosong'));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatchObject({ status: 'di-bawah-target', title: expect.stringContaining('Di bawah target') });
    const ringkasan = await callHtml(ringkasanPage, t.ctx);
    expect(ringkasan).toMatch(/Di bawah target<\/span> <strong id="jumlah-di-bawah-target">[1-9]/);
  });

  it('no indicator whose supported value is below its target is "Lengkap", in the assessment or the dashboard', async () => {
    const indicators = t.ctx.state().assessment.indicators;
    const below = indicators.filter((i) => i.status !== 'eksternal' && supportedValue(i) < i.targetLevel);
    expect(below.length).toBeGreaterThan(0);
    for (const i of below) expect(i.status, `indikator ${i.id}`).not.toBe('lengkap');
    const summary = await callJson<SummaryModel>(ringkasanApi, t.ctx);
    const belowNos = new Set(below.map((i) => i.id));
    for (const c of [...summary.heatmap.overall, ...summary.heatmap.rows.flatMap((r) => r.cells)]) {
      if (belowNos.has(c.no)) expect(c.status, `indikator ${c.no}`).not.toBe('lengkap');
    }
  });
});

describe('OPD page', () => {
  it('lists what to add for each incomplete indicator with the texts `eviden gaps --opd` prints', async () => {
    const m = await callJson<OpdModel>(opdApi, t.ctx, { params: { kode: 'DISKOMINFO' } });
    const urgency = { kosong: 0, kurang: 1, 'di-bawah-target': 2, lengkap: 3, eksternal: 3 };
    const order = m.todo.map((r) => [urgency[r.status], r.no]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(m.todo.length).toBeGreaterThan(0);
    const narrowed = narrowToOpd(t.ctx.state().assessment, 'DISKOMINFO');
    const cli = new Set([...narrowed.indicators.flatMap((i) => i.findings), ...narrowed.matrix.flatMap((c) => c.findings)].map((f) => f.message));
    for (const row of m.todo) {
      expect(row.advice.length, `indikator ${row.no}`).toBeGreaterThan(0);
      for (const f of row.advice) expect(cli.has(f.message), f.message).toBe(true);
    }
    const kosong = m.todo.find((r) => r.status === 'kosong')!;
    expect(kosong.advice.some((f) => f.rule === 'opdNoEvidence' && f.message.includes('watch/Diskominfo/'))).toBe(true);
    expect(m.rows.every((r) => r.responsible)).toBe(true);
    expect(m.others.every((r) => !r.responsible)).toBe(true);
  });

  it('never says "belum ada bukti" above "semua sudah punya bukti"', async () => {
    const full = await callHtml(opdPage, t.ctx, { params: { kode: 'BKPSDM' } });
    expect(full).not.toContain('Belum ada bukti dari OPD ini');
    expect(full).toContain('Setiap indikator tanggungan sudah punya bukti dari OPD ini');
    const empty = await callHtml(opdPage, t.ctx, { params: { kode: 'DISKOMINFO' } });
    expect(empty).toContain('Belum ada bukti dari OPD ini');
    expect(empty).not.toContain('sudah punya bukti dari OPD ini');
    expect(empty).toContain('Yang perlu dilengkapi OPD ini');
  });
});

describe('Laporan page', () => {
  it('lists the official PDFs first in their order, then the packet, per-OPD gap reports, lampiran and data', async () => {
    const groups = outputGroups(listOutputs(fx.ws.paths.output), 2026, fx.ws.config.opd);
    expect(groups.map((g) => g.key)).toEqual(['resmi', 'paket', 'kesenjangan-opd', 'lampiran', 'isi-paket', 'data']);
    expect(groups[1]!.files.map((f) => f.label)).toEqual(['Paket lengkap (zip)', 'Manifest paket, SHA-256 (JSON)', 'Manifest paket, SHA-256 (CSV)']);
    expect(groups.find((g) => g.key === 'isi-paket')!.open).toBe(false);
    expect(groups[0]!.files.map((f) => f.label)).toEqual([
      'Laporan Penilaian Mandiri', 'Berita Acara Penilaian Mandiri', 'Pernyataan Persetujuan Publikasi', 'Laporan Kesenjangan (seluruh instansi)',
    ]);
    expect(groups[0]!.open).toBe(true);
    const opd = groups.find((g) => g.key === 'kesenjangan-opd')!;
    expect(opd.files).toHaveLength(8);
    expect(opd.files.map((f) => f.label)).toContain('Badan Perencanaan Pembangunan Daerah');
    expect(opd.open).toBe(false);
    expect(groups.find((g) => g.key === 'lampiran')!.files).toHaveLength(11);
  });

  it('shows sizes in kB and MB with a decimal comma', async () => {
    const html = await callHtml(reportsPage, t.ctx);
    expect(html).toContain('<td class="angka">1,0 MB</td>');
    expect(html).toContain('<td class="angka">184 kB</td>');
    expect(html).toContain('<td class="angka">23,5 MB</td>');
    expect(html).not.toMatch(/\d\.\d{3} KB/);
    const listing = html.slice(html.indexOf('id="keluaran"'));
    expect(listing.indexOf('Laporan Penilaian Mandiri')).toBeLessThan(listing.indexOf('kesenjangan-BAPPEDA.pdf'));
  });

  it('says which outputs are stale and why, and lists what the final still needs beside Finalkan', async () => {
    const html = await callHtml(reportsPage, t.ctx);
    const stale = html.slice(html.indexOf('id="kemutakhiran"'), html.indexOf('id="keluaran"'));
    expect(stale).toMatch(/\d+ dokumen sudah usang/);
    expect(stale).toContain('laporan-penilaian-mandiri-2026.pdf</strong>: dibuat oleh versi eviden yang belum mencatat sidik masukan');
    expect(html).toContain('Belum dapat difinalkan. Lengkapi dulu:');
    expect(html).not.toContain('Nomor surat belum diisi');
    const withJobs = testContext(fx, { final: () => Promise.resolve([]) });
    const offered = await callHtml(reportsPage, withJobs.ctx);
    expect(offered).toMatch(/<button type="submit" class="tombol utama" disabled>Finalkan<\/button>/);
    expect(offered).toContain('name="nomorBeritaAcara"');
    expect(offered).toContain('name="nomorPernyataan"');
  });
});

describe('Dokumen page: issuer and why a document is no evidence', () => {
  it('names the issuer and its case, and says the national regulation is no evidence', async () => {
    const html = await callHtml(documentPage, t.ctx, { params: { sha: fx.permen.sha256 } });
    expect(html).toContain('<dt>Penerbit</dt><dd>Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (instansi pusat, untuk dirinya atau berlaku nasional)</dd>');
    expect(html).toMatch(/bukan bukti dukung<\/span>: instrumen evaluasi/);
    const own = await callHtml(documentPage, t.ctx, { params: { sha: fx.peta.sha256 } });
    expect(own).not.toContain('bukan bukti dukung</span>');
  });
});
