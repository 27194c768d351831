import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planInputOf, planLampiran, type LampiranPlan } from '../../src/render/lampiran/plan.ts';
import { buildGapModel, reportOpds } from '../../src/render/model/gap.ts';
import { buildBeritaAcaraModel, buildPernyataanModel } from '../../src/render/model/official.ts';
import { buildReportModel, type IndicatorSection } from '../../src/render/model/report.ts';
import { buildFixture, MARKUP_PENJELASAN, type Fixture, removeFixtures } from './fixture-state.ts';

afterAll(removeFixtures);

let fx: Fixture;
let plan: LampiranPlan;
beforeAll(async () => {
  fx = await buildFixture({ tteBsre: true });
  plan = planLampiran(planInputOf(fx.state));
});

function allSections(model: ReturnType<typeof buildReportModel>): IndicatorSection[] {
  return model.bagian.flatMap((d) => [...d.indikator, ...d.subbagian.flatMap((a) => a.indikator)]);
}

describe('report model', () => {
  it('walks domain → aspek → indikator over all 47 indicators in order', () => {
    const model = buildReportModel(fx.state, plan, null, 'draf');
    expect(model.bagian.map((b) => b.label)).toEqual(['Domain I', 'Domain II', 'Domain III', 'Domain IV']);
    expect(model.bagian[1]!.subbagian.map((a) => a.label)).toEqual(['Aspek 2', 'Aspek 3', 'Aspek 4']);
    expect(allSections(model).map((s) => s.no)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(model.ringkasan.rekap).toHaveLength(47);
    expect(model.ringkasan.tabel.filter((r) => r.jenis === 'domain')).toHaveLength(4);
    expect(model.ringkasan.tabel.filter((r) => r.jenis === 'aspek')).toHaveLength(8);
  });

  it('carries the claimed level with its criterion and label, the index and predikat', () => {
    const model = buildReportModel(fx.state, plan, null, 'draf');
    const i10 = allSections(model).find((s) => s.no === 10)!;
    expect(i10.klaim?.teks).toBe('Tingkat 4 – Terpadu dan Terukur');
    expect(i10.klaim?.kriteria).toMatch(/^Kriteria tingkat 3 telah terpenuhi/);
    const i37 = allSections(model).find((s) => s.no === 37)!;
    expect(i37.target?.teks).toBe('Tingkat 3 – Transaksi');
    expect(model.ringkasan.indeks).toBeCloseTo(fx.state.assessment.indeks!.indeks, 10);
    expect(model.ringkasan.predikat).toBe(fx.state.assessment.indeks!.predikat);
  });

  it('lists the legal basis of the instrument pack, marking secondary-sourced regulations', () => {
    const model = buildReportModel(fx.state, plan, null, 'draf');
    expect(model.dasarHukum).toEqual([
      expect.stringMatching(/^Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik$/),
      expect.stringMatching(/Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi/),
      expect.stringMatching(/Nomor 962 Tahun 2021 tentang Pedoman Teknis/),
    ]);
    expect(model.sumberInstrumen).toBeNull();
    const pemdi = { ...fx.state.pack, legalBasis: [{ text: 'Peraturan Contoh Nomor 8 Tahun 2026', secondary: true }], sourceNote: 'Disusun dari sumber sekunder.' };
    const secondary = buildReportModel({ ...fx.state, pack: pemdi }, plan, null, 'draf');
    expect(secondary.dasarHukum).toEqual([
      'Peraturan Contoh Nomor 8 Tahun 2026 (dikutip dari sumber sekunder; naskah resmi belum diverifikasi)',
    ]);
    expect(secondary.sumberInstrumen).toBe('Disusun dari sumber sekunder.');
  });

  it('compares with last year once a result is imported, listing only the indicators that went up or down', () => {
    expect(buildReportModel(fx.state, plan, null, 'draf').riwayat).toBeNull();
    const previousResults = [{
      tahun: 2025, instrumen: 'spbe-2020', nilai: { '1': 1, '2': 9 }, indeks: 2.5, predikat: 'Baik',
      sumber: { berkas: 'LHE.pdf', sha256: 'x', jenis: 'lhe' as const }, diimpor: '2026-01-01T00:00:00Z', oleh: 'Penguji',
    }];
    const r = buildReportModel({ ...fx.state, previousResults }, plan, null, 'draf').riwayat!;
    expect(r.tahunSebelumnya).toBe(2025);
    expect(r.indeksSebelumnya).toBe('2,50');
    // Indicator 2 was 9 (no level reaches that): it went down; indicators not in last year's result are left out.
    expect(r.berubah.find((b) => b.no === 2)).toMatchObject({ sebelumnya: '9', arah: 'turun' });
    expect(r.berubah.every((b) => b.no <= 2 && (b.arah === 'naik' || b.arah === 'turun'))).toBe(true);
    expect(r.tren).toMatch(/^2025: 2,50 → 2026: /);
  });

  it('names the programme, its index and the koordinator with the pack labels', () => {
    const spbe = buildReportModel(fx.state, plan, null, 'final');
    expect(spbe.program).toEqual({
      nama: 'Sistem Pemerintahan Berbasis Elektronik (SPBE)', singkat: 'SPBE', indeks: 'Indeks SPBE', koordinator: 'Koordinator SPBE',
      evaluasi: 'Pemantauan dan Evaluasi SPBE',
    });
    expect(spbe.hierarki).toEqual({ judul: 'Domain / Aspek', teks: 'domain dan aspek', metode: 'indeks aspek, indeks domain, dan Indeks SPBE' });
    expect(spbe.frame.footerTitle).toMatch(/^Laporan Penilaian Mandiri SPBE Tahun/);
    const labels = {
      program: 'Pemerintah Digital (Pemdi)', programShort: 'Pemerintah Digital', coordinatorRole: 'Koordinator Pemerintah Digital',
      evaluation: 'Evaluasi Kinerja Pemerintah Digital',
    };
    const other = { ...fx.state, pack: { ...fx.state.pack, labels } };
    expect(buildReportModel(other, plan, null, 'final').frame.footerTitle).toMatch(/^Laporan Penilaian Mandiri Pemerintah Digital Tahun/);
    const ba = buildBeritaAcaraModel(other, null, { mode: 'final', nomor: '' });
    expect(ba.program.nama).toBe('Pemerintah Digital (Pemdi)');
    expect(ba.ttd.penandatangan.at(-1)?.peran).toBe('selaku Koordinator Pemerintah Digital');
  });

  it('marks missing penjelasan for the placeholder and keeps markup as text', () => {
    const sections = allSections(buildReportModel(fx.state, plan, null, 'draf'));
    expect(sections.find((s) => s.no === 5)!.penjelasan).toBeNull();
    expect(sections.find((s) => s.no === 3)!.penjelasan).toEqual([MARKUP_PENJELASAN]);
    expect(sections.find((s) => s.no === 10)!.penjelasan).toHaveLength(2);
  });

  it('points each piece of evidence at its lampiran page or says why it is not included', () => {
    const i19 = allSections(buildReportModel(fx.state, plan, null, 'draf')).find((s) => s.no === 19)!;
    expect(i19.bukti.map((b) => `${b.berkas} | ${b.letak}`)).toEqual([
      'SK Tim Koordinasi SPBE 2023.pdf | Lampiran II.19 hal. 2',
      'Foto rapat koordinasi.jpg | Lampiran II.19 hal. 6',
      expect.stringMatching(/^Notulen Rapat Tim Koordinasi \(kata sandi\)\.pdf \| Tidak dilampirkan: berkas dilindungi kata sandi/),
    ]);
  });

  it('draws the chart with a target line at 3 on a 0–5 axis', () => {
    const chart = buildReportModel(fx.state, plan, null, 'draf').ringkasan.grafik;
    expect(chart.rows).toHaveLength(12);
    expect(chart.targetX).toBeCloseTo(chart.plotX + (3 / 5) * chart.plotWidth, 6);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('signs with the penanggung jawab and the Koordinator SPBE, electronically when TTE is on', () => {
    const model = buildReportModel(fx.state, plan, null, 'draf');
    expect(model.ttd.tte).toBe(true);
    expect(model.ttd.penandatangan.map((p) => p.nama)).toEqual(['Rina Kartika, S.Kom., M.T.', 'Drs. H. Ahmad Suryadi, M.Si.']);
    expect(model.ttd.penandatangan[1]!.nip).toBe('19680512 199403 1 007');
    expect(model.frame.tteNote).toMatch(/BSrE/);
  });
});

describe('gap model', () => {
  it('lists what is missing per level for an indicator without evidence', () => {
    const model = buildGapModel(fx.state, plan, null, null);
    expect(model.indikator).toHaveLength(47);
    const i2 = model.indikator.find((i) => i.no === 2)!;
    expect(i2.status.kode).toBe('kosong');
    expect(i2.kurang.map((k) => k.tingkat)).toEqual(['Tingkat 2 – Terkelola', 'Tingkat 3 – Terdefinisi']);
    expect(i2.kurang[0]!.bukti.length).toBeGreaterThan(10);
    expect(i2.tindakan[0]!.pesan).toMatch(/Belum ada bukti dukung/);
    expect(model.perOpd.map((o) => o.kode)).toEqual(['BagianHukum', 'Bappeda', 'Diskominfo', 'Inspektorat']);
  });

  it('lists unreadable and password-protected files', () => {
    const model = buildGapModel(fx.state, plan, null, null);
    expect(model.berkasBermasalah.map((b) => b.masalah).sort()).toEqual(['Berkas rusak', 'Memerlukan kata sandi']);
  });

  it('narrows to the indicators and files of one OPD', () => {
    const model = buildGapModel(fx.state, plan, null, 'Diskominfo');
    expect(model.opd?.nama).toBe('Dinas Komunikasi dan Informatika');
    expect(model.indikator.map((i) => i.no)).toEqual([3, 17, 19, 28, 37]);
    expect(model.indikator.find((i) => i.no === 19)!.ada.map((a) => a.opd)).toEqual(['Diskominfo', 'Diskominfo']);
    expect(model.berkasBermasalah.map((b) => b.berkas)).toEqual(['Diskominfo/Notulen Rapat Tim Koordinasi (kata sandi).pdf']);
    expect(model.perOpd).toEqual([]);
    expect(reportOpds(fx.state).map((o) => o.kode)).toEqual(['BagianHukum', 'Bappeda', 'Diskominfo', 'Inspektorat']);
  });

  it('puts a nota dinas to the OPD in front of its own report: what to add per level, and by when', () => {
    expect(buildGapModel(fx.state, plan, null, null).notaDinas).toBeNull();
    const nota = buildGapModel(fx.state, plan, null, 'Diskominfo').notaDinas!;
    expect(nota.kepada).toBe('Kepala Dinas Komunikasi dan Informatika');
    expect(nota.perihal).toMatch(/^Kelengkapan bukti dukung Penilaian Mandiri SPBE Tahun 2026$/);
    expect(nota.tenggat).toBeNull();
    expect(nota.butir.length).toBeGreaterThan(0);
    for (const b of nota.butir) expect([3, 17, 19, 28, 37]).toContain(b.indikator);
    const withDeadline = { ...fx.state, workspace: { ...fx.state.workspace, config: { ...fx.state.workspace.config, tenggat: [{ putaran: 'Penilaian mandiri', tanggal: '2099-05-31' }] } } };
    expect(buildGapModel(withDeadline, plan, null, 'Diskominfo').notaDinas!.tenggat).toBe('31 Mei 2099 (Penilaian mandiri)');
  });
});

describe('berita acara and pernyataan models', () => {
  it('take instansi, tahun, index, predikat and signatories from the config and assessment', () => {
    const ba = buildBeritaAcaraModel(fx.state, null, { mode: 'final', nomor: '' });
    expect(ba.instansi).toBe('Pemerintah Kabupaten Sukamaju');
    expect(ba.tahun).toBe(2026);
    expect(ba.hasil.indeks).toBeCloseTo(fx.state.assessment.indeks!.indeks, 10);
    expect(ba.hasil.domain.map((d) => d.label)).toEqual(['Domain I', 'Domain II', 'Domain III', 'Domain IV']);
    expect(ba.tanggalKata.hari).toBe('Minggu');
    expect(ba.ttd.penandatangan.map((p) => p.nama)).toEqual(['Drs. H. Ahmad Suryadi, M.Si.']);
    const pp = buildPernyataanModel(fx.state, null, { mode: 'final', nomor: '' });
    expect(pp.ttd.penandatangan.map((p) => p.jabatan)).toEqual(['Sekretaris Daerah Kabupaten Sukamaju']);
    expect(pp.regulasi).toMatch(/Nomor 59 Tahun 2020/);
  });
});

describe('kop per document', () => {
  const withKops = (): Fixture['state'] => {
    const config = structuredClone(fx.state.workspace.config);
    config.instansi.kop = ['Pemerintah Kabupaten Sukamaju', 'Dinas Komunikasi, Informatika, Statistik dan Persandian'];
    config.instansi.kontak = 'Telepon (0265) 555-0117, laman www.sukamajukab.go.id, pos-el diskominfo@sukamajukab.go.id';
    config.instansi.kopPemda = { baris: ['Pemerintah Kabupaten Sukamaju', 'Sekretariat Daerah'], alamat: 'Jalan Raya Pemuda Nomor 1', kontak: '' };
    return { ...fx.state, workspace: { ...fx.state.workspace, config } };
  };

  it('gives the laporan the Dinas kop and the letters the Sekda signs the Pemda/Setda kop', () => {
    const state = withKops();
    const lines = (kop: { lines: Array<{ teks: string }> }) => kop.lines.map((l) => l.teks);
    expect(lines(buildReportModel(state, plan, null, 'final').frame.kop)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN']);
    for (const model of [buildBeritaAcaraModel(state, null, { mode: 'final', nomor: '1' }), buildPernyataanModel(state, null, { mode: 'final', nomor: '2' })]) {
      expect(lines(model.frame.kop)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'SEKRETARIAT DAERAH']);
      expect(model.frame.kop.alamat?.teks).toBe('Jalan Raya Pemuda Nomor 1');
    }
    const config = structuredClone(state.workspace.config);
    delete config.instansi.kopPemda;
    const derived = buildBeritaAcaraModel({ ...state, workspace: { ...state.workspace, config } }, null, { mode: 'final', nomor: '1' });
    expect(lines(derived.frame.kop)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'SEKRETARIAT DAERAH']);
  });

  it('shrinks a long kop line and the contact line to fit one line instead of wrapping, and keeps short lines at full size', () => {
    const kop = buildReportModel(withKops(), plan, 'data:image/png;base64,AA==', 'final').frame.kop;
    expect(kop.lines[0]!.ukuran).toBe(14);
    expect(kop.lines[1]!.ukuran).toBeLessThan(16);
    expect(kop.lines[1]!.ukuran).toBeGreaterThanOrEqual(9.6);
    expect(kop.kontak!.ukuran).toBeLessThan(9.5);
    const wide = buildReportModel(withKops(), plan, null, 'final').frame.kop;
    expect(wide.lines[1]!.ukuran).toBeGreaterThan(kop.lines[1]!.ukuran);
  });
});
