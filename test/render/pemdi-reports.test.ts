/**
 * The official documents and gap reports of the generated Pemdi sample workspace, rendered to PDF and read back:
 * the two-level hierarchy (aspek → indikator, no domain), decimal values with a comma, the pack's labels and
 * regulation in the Dasar Hukum, the secondary-source note, and the gap report's item codes per level.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfBrowser } from '../../src/render/browser.ts';
import { renderDocuments, type RenderResult } from '../../src/render/documents.ts';
import { buildReportModel } from '../../src/render/model/report.ts';
import { buildGapModel } from '../../src/render/model/gap.ts';
import { supportedValue } from '../../src/assess/values.ts';
import { gapsTable } from '../../src/assess/reporters/table.ts';
import { computeSupportedIndex } from '../../src/instrument/index-formula.ts';
import { parseDecimalText } from '../../src/shared/format.ts';
import { buildPemdiSample, type PemdiSample } from '../helpers/pemdi-sample.ts';
import { squeeze, squeezedText } from './pdf-tools.ts';

const browser = new PdfBrowser();
let sample: PemdiSample;
let rendered: RenderResult;

/** The whole text of an output in reading order, whitespace removed (so line wrapping never matters). */
function text(name: string): string {
  const file = rendered.files.find((f) => path.basename(f.path) === name)?.path;
  if (!file) throw new Error(`${name} tidak dibuat`);
  return squeezedText(file);
}

beforeAll(async () => {
  sample = await buildPemdiSample();
  rendered = await renderDocuments(sample.state, { outputDir: sample.state.workspace.paths.output, browser });
}, 240_000);

afterAll(async () => {
  await browser.close();
  sample?.cleanup();
});

describe('Pemdi reports', () => {
  it('groups the laporan by aspek only, numbered 1–7, with decimal values', () => {
    const model = buildReportModel(sample.state, rendered.plan, null, 'draf');
    expect(model.bagian.map((b) => b.label)).toEqual(['Aspek 1', 'Aspek 2', 'Aspek 3', 'Aspek 4', 'Aspek 5', 'Aspek 6', 'Aspek 7']);
    expect(model.bagian.every((b) => b.subbagian.length === 0)).toBe(true);
    expect(model.hierarki).toEqual({ judul: 'Aspek', teks: 'aspek', metode: 'indeks aspek dan Indeks Pemdi' });
    const i1 = model.ringkasan.rekap.find((r) => r.no === 1);
    expect(i1).toMatchObject({ klaim: '2,25', didukung: '2,25' });
    // An externally scored indicator shows its imported value (Indeks SDI 68,75 → 3,75), not a missing claim.
    expect(model.ringkasan.rekap.find((r) => r.no === 5)?.klaim).toBe('3,75');
    expect(model.ringkasan.belumDinilai).toBe(0);
  });

  it('reads the status the assessment decided: a value that matches the claim but not the target is "Di bawah target"', () => {
    const model = buildReportModel(sample.state, rendered.plan, null, 'draf');
    const gap = buildGapModel(sample.state, rendered.plan, null, null);
    const assessed = new Map(sample.state.assessment.indicators.map((a) => [a.id, a]));
    // Indicator 3: claimed 1,20, supported 1,20, target 2.
    expect(assessed.get(3)).toMatchObject({ claimedLevel: 1.2, targetLevel: 2, status: 'di-bawah-target' });
    const below = sample.state.assessment.indicators.filter((a) => a.status !== 'eksternal' && supportedValue(a) < a.targetLevel);
    expect(below.length).toBeGreaterThan(0);
    for (const a of below) {
      expect(model.ringkasan.rekap.find((r) => r.no === a.id)?.status.kode, `rekap ${a.id}`).not.toBe('lengkap');
      expect(gap.indikator.find((i) => i.no === a.id)?.status.kode, `gaps ${a.id}`).not.toBe('lengkap');
    }
    for (const r of model.ringkasan.rekap) expect(r.status.kode, `rekap ${r.no}`).toBe(assessed.get(r.no)?.status);
    expect(model.ringkasan.dibawahTarget).toBe(sample.state.assessment.indicators.filter((a) => a.status === 'di-bawah-target').length);
    const t = text('laporan-kesenjangan-2026.pdf');
    const i3 = t.slice(t.indexOf(squeeze('Indikator 3.')), t.indexOf(squeeze('Indikator 4.')));
    expect(i3).toContain(squeeze('Status Di bawah target'));
    // Decimal values are printed with the Indonesian comma everywhere, findings included ("diklaim tingkat 1,25").
    for (const name of ['laporan-kesenjangan-2026.pdf', 'laporan-penilaian-mandiri-2026-draf.pdf']) {
      expect(text(name), name).not.toMatch(/(tingkat|nilai|klaim)\d+\.\d/i);
    }
    const messages = gap.indikator.flatMap((i) => i.tindakan.map((f) => f.pesan));
    expect(messages.some((m) => /diklaim tingkat \d+,\d\d/.test(m))).toBe(true);
    expect(text('laporan-penilaian-mandiri-2026-draf.pdf')).toContain(squeeze(`${model.ringkasan.dibawahTarget} indikator didukung bukti untuk tingkat yang dipilih tetapi masih di bawah target`));
  });

  it('counts the externally scored indicators in the summaries, so the statuses add up to every indicator', () => {
    const external = sample.state.assessment.indicators.filter((a) => a.status === 'eksternal').length;
    expect(external).toBeGreaterThan(0);
    const gap = buildGapModel(sample.state, rendered.plan, null, null).ringkasan;
    expect(gap.eksternal).toBe(external);
    expect(gap.lengkap + gap.dibawahTarget + gap.kurang + gap.kosong + gap.eksternal).toBe(gap.indikator);
    const report = buildReportModel(sample.state, rendered.plan, null, 'draf').ringkasan;
    expect(report.lengkap + report.dibawahTarget + report.kurang + report.kosong + report.eksternal).toBe(report.jumlahIndikator);
    expect(text('laporan-kesenjangan-2026.pdf')).toContain(squeeze('Bukti kurang Belum ada bukti Nilai indeks eksternal Berkas bermasalah'));
    expect(text('laporan-penilaian-mandiri-2026-draf.pdf')).toContain(squeeze(`${report.kosong} indikator belum memiliki bukti dukung; ${external} indikator dinilai dari indeks eksternal, bukan dari bukti dukung.`));
    expect(gapsTable(sample.state.assessment, { color: false })).toMatch(new RegExp(`^Indikator: .* · ${report.kosong} kosong · ${external} nilai indeks eksternal `, 'm'));
  });

  it('says "belum ada bukti" for the supported value of an indicator without evidence, with the value the index counts', () => {
    const empty = sample.state.assessment.indicators.filter((a) => a.status === 'kosong');
    expect(empty.length).toBeGreaterThan(0);
    const gap = buildGapModel(sample.state, rendered.plan, null, null);
    const report = buildReportModel(sample.state, rendered.plan, null, 'draf');
    const shown = new Map<number, number>();
    for (const a of empty) {
      const g = gap.indikator.find((i) => i.no === a.id)?.didukung ?? '';
      expect(g, `gaps ${a.id}`).toMatch(/^\d+,\d\d \(belum ada bukti\)$/);
      const section = report.bagian.flatMap((b) => [...b.indikator, ...b.subbagian.flatMap((s) => s.indikator)]).find((i) => i.no === a.id);
      expect(section?.didukung?.teks, `laporan ${a.id}`).toBe(g);
      shown.set(a.id, parseDecimalText(g.split(' ')[0] ?? '') ?? Number.NaN);
    }
    // The value printed is the one the index of the evidence counts: recomputed from it, the index is the same.
    const values = new Map(sample.state.assessment.indicators.map((a) => [a.id, shown.get(a.id) ?? supportedValue(a)]));
    expect(computeSupportedIndex(sample.state.instrument, values).indeks).toBeCloseTo(sample.state.assessment.indeksBukti.indeks, 10);
    const t = text('laporan-kesenjangan-2026.pdf');
    const i8 = t.slice(t.indexOf(squeeze('Indikator 8.')), t.indexOf(squeeze('Indikator 9.')));
    expect(sample.state.assessment.indicators.find((a) => a.id === 8)?.status).toBe('kosong');
    expect(i8).toContain(squeeze('didukung bukti: 1,00 (belum ada bukti)'));
    expect(i8).not.toContain(squeeze('didukung bukti: 1,00 (Merintis)'));
  });

  it('prints the hierarchy, values, regulation and source note of the pack in the laporan', () => {
    const t = text('laporan-penilaian-mandiri-2026-draf.pdf');
    expect(t).toContain(squeeze('Tabel 1. Indeks per aspek'));
    expect(t).toContain(squeeze('Gambar 1. Indeks aspek dibandingkan dengan target'));
    expect(t).toContain(squeeze('Aspek 1 Tata Kelola dan Manajemen'));
    expect(t).not.toMatch(/Domain|Aspek I\b/);
    expect(t).toContain(squeeze('2,25 (Membangun)'));
    expect(t).toContain(squeeze('Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital'));
    expect(t).toContain(squeeze('disusun dari sumber sekunder'));
    expect(t).toContain(squeeze('indeks aspek dan Indeks Pemdi dihitung'));
  });

  it('writes the berita acara and the pernyataan with the pack\'s programme, evaluation and aspek', () => {
    const ba = text('berita-acara-penilaian-mandiri-2026-draf.pdf');
    expect(ba).toContain(squeeze('PENILAIAN MANDIRI PEMERINTAH DIGITAL (PEMDI)'));
    expect(ba).not.toContain(squeeze('Sistem Pemerintahan Berbasis Elektronik'));
    expect(ba).toContain(squeeze('c. Indeks aspek'));
    expect(ba).toContain(squeeze('Aspek 1 2,88'));
    expect(ba).toContain(squeeze('20 (dua puluh) indikator'));
    expect(ba).toContain(squeeze('melalui aplikasi Evaluasi Kinerja Pemerintah Digital'));
    const pn = text('pernyataan-persetujuan-publikasi-2026-draf.pdf');
    expect(pn).toContain(squeeze('PERSETUJUAN PUBLIKASI HASIL EVALUASI KINERJA PEMERINTAH DIGITAL'));
    expect(pn).toContain(squeeze('Indeks Pemdi 1,'));
  });

  it('lists in the gap report, per level, the item codes with and without evidence and the berjenjang stop', () => {
    const t = text('laporan-kesenjangan-2026.pdf');
    expect(t).toContain(squeeze('Butir bukti per tingkat'));
    const i1 = t.slice(t.indexOf(squeeze('Indikator 1. Tingkat Kematangan')));
    expect(i1).toContain(squeeze('I1-L2-02'));
    expect(i1).toContain(squeeze('Belum ada bukti'));
    expect(i1).toContain(squeeze('penilaian berjenjang berhenti di tingkat ini'));
    expect(i1).toContain(squeeze('didukung bukti: 2,25 (Membangun)'));
    expect(t).toContain(squeeze('disusun dari sumber sekunder'));
    expect(t).not.toContain(squeeze('Yang masih kurang'));
  });
});
