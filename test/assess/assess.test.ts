import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { computeIndex } from '../../src/instrument/index-formula.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import { opdSummaries, summarize } from '../../src/assess/summary.ts';
import { ARSITEKTUR_DOMAINS, makeConfig, makeDoc, makeInput, SPBE, type DocSpec } from './fixtures.ts';

const policy: DocSpec = {
  sha: 'p1',
  paths: ['DISKOMINFO/Perbup Arsitektur.pdf'],
  kind: 'peraturan',
  enacted: true,
  date: '2023-03-12',
  maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS }, { indicator: 10, score: 0.6 }],
};
const skTim: DocSpec = { sha: 'p2', paths: ['SETDA/SK Tim Koordinasi.pdf', 'DISKOMINFO/SK Tim (salinan).pdf'], kind: 'keputusan', enacted: true, maps: [{ indicator: 10, score: 0.9 }] };
const shot: DocSpec = { sha: 'p3', paths: ['BKPSDM/unggah.png'], kind: 'tangkapan-layar', maps: [{ indicator: 36 }] };
const config = makeConfig({
  penanggungJawab: { '1': ['DISKOMINFO', 'SETDA'], '10': ['SETDA'], '36': ['BKPSDM'], '5': ['DISKOMINFO'] },
  penilaian: { '1': { tingkat: 3, penjelasan: 'Perbup Arsitektur' }, '36': { tingkat: 2, penjelasan: 'unggah.png' } },
  target: { indikator: { '36': 2 } },
});

describe('assess', () => {
  const a = assess(makeInput([policy, skTim, shot].map(makeDoc), config));

  it('lists every indicator of the instrument in order with its levels and status', () => {
    expect(a.indicators.map((i) => i.id)).toEqual(Array.from({ length: 47 }, (_, k) => k + 1));
    const one = a.indicators[0];
    expect(one).toMatchObject({ id: 1, claimedLevel: 3, targetLevel: 3, supportedLevel: 3, status: 'lengkap', penanggungJawab: ['DISKOMINFO', 'SETDA'] });
    const i36 = a.indicators.find((i) => i.id === 36);
    expect(i36).toMatchObject({ claimedLevel: 2, targetLevel: 2, supportedLevel: 2, status: 'lengkap' });
    expect(a.indicators.find((i) => i.id === 2)?.status).toBe('kosong');
    expect(a.indicators.find((i) => i.id === 10)?.status).toBe('kurang');
  });

  it('carries the claim (level and penjelasan), the target and the supported level of every indicator', () => {
    expect(a.indicators[0]).toMatchObject({ claimedLevel: 3, penjelasan: 'Perbup Arsitektur', targetLevel: 3 });
    expect(a.indicators.find((i) => i.id === 2)).toMatchObject({ claimedLevel: null, penjelasan: '', targetLevel: 3, supportedLevel: 0 });
  });

  it('computes the index from evidence and the target index with the one formula, and no claimed index while claims are missing', () => {
    expect(a.indeks).toBeNull();
    // The supported index: Σ level × weight / 100 over the supported levels (0 where nothing is supported).
    const flat = allIndicators(SPBE).reduce((acc, i) => acc + (a.indicators.find((x) => x.id === i.no)?.supportedLevel ?? 0) * i.bobot, 0) / 100;
    expect(a.indeksBukti.indeks).toBeCloseTo(flat, 12);
    expect(a.indeksBukti.indeks).toBeGreaterThan(0);
    expect(a.indeksBukti.predikat).toBe('Kurang');
    expect(a.indeksBukti.groups.aspek).toHaveLength(8);
    const targets = new Map(a.indicators.map((i) => [i.id, i.targetLevel]));
    expect(a.indeksTarget).toEqual(computeIndex(SPBE, targets));
  });

  it('computes the claimed index once every indicator has a claimed level', () => {
    const all = Object.fromEntries(allIndicators(SPBE).map((i) => [String(i.no), { tingkat: i.no === 1 ? 4 : 3 }]));
    const full = assess(makeInput([policy].map(makeDoc), makeConfig({ penilaian: all })));
    expect(full.indeks).toEqual(computeIndex(SPBE, new Map(allIndicators(SPBE).map((i) => [i.no, i.no === 1 ? 4 : 3]))));
  });

  it('documents are ordered by score (highest first) and carry kind, date and OPD', () => {
    const docs = a.indicators.find((i) => i.id === 10)?.documents ?? [];
    // the indicator names a document by its first present path (code-point order); cells use their own folder's path
    expect(docs.map((d) => d.path)).toEqual(['DISKOMINFO/SK Tim (salinan).pdf', 'DISKOMINFO/Perbup Arsitektur.pdf']);
    expect(docs[1]).toMatchObject({ opd: 'DISKOMINFO', kind: 'peraturan', date: '2023-03-12', score: 0.6, pages: 3 });
  });

  it('has one matrix cell per OPD × indicator it is responsible for, in config order', () => {
    expect(a.matrix.map((c) => `${c.opd}:${c.indicator}`)).toEqual(['DISKOMINFO:1', 'DISKOMINFO:5', 'SETDA:1', 'SETDA:10', 'BKPSDM:36']);
  });

  it('a cell holds only the documents in that OPD folder, with that folder path', () => {
    const setda10 = a.matrix.find((c) => c.opd === 'SETDA' && c.indicator === 10);
    expect(setda10?.documents.map((d) => d.path)).toEqual(['SETDA/SK Tim Koordinasi.pdf']);
    expect(setda10?.status).toBe('kurang');
    expect(setda10?.opdNama).toBe('Sekretariat Daerah');
  });

  it('a cell is kosong when that OPD supplied nothing, even if another OPD did, and says so', () => {
    const setda1 = a.matrix.find((c) => c.opd === 'SETDA' && c.indicator === 1);
    expect(setda1?.status).toBe('kosong');
    expect(a.indicators[0]?.status).toBe('lengkap');
    expect(setda1?.findings.map((f) => f.rule)).toEqual(['opdNoEvidence']);
    expect(setda1?.findings[0]?.message).toMatch(/sejauh ini datang dari Dinas Komunikasi dan Informatika \(DISKOMINFO\)/);
    const kominfo5 = a.matrix.find((c) => c.opd === 'DISKOMINFO' && c.indicator === 5);
    expect(kominfo5?.findings[0]?.message).toMatch(/Belum ada OPD lain yang menyerahkan bukti/);
  });

  it('summaries count indicators, cells and findings', () => {
    const s = summarize(a);
    expect(Object.keys(s).sort()).toEqual(['cells', 'findings', 'indicators']);
    expect(s.indicators).toEqual({ lengkap: 2, 'di-bawah-target': 0, kurang: 1, kosong: 44, eksternal: 0 });
    expect(s.cells).toEqual({ lengkap: 2, 'di-bawah-target': 0, kurang: 1, kosong: 2, eksternal: 0 });
    expect(s.findings.error).toBe(44);
    const opds = opdSummaries(a);
    expect(opds.map((o) => [o.kode, o.indicators, o.kosong])).toEqual([
      ['DISKOMINFO', [1, 5], [5]],
      ['SETDA', [1, 10], [1]],
      ['BKPSDM', [36], []],
    ]);
    expect(opds[1]?.findings.warning).toBe(1);
  });

  it('carries instansi, tahun, instrument, date, OPDs and the index as given', () => {
    expect(a).toMatchObject({ instansi: 'Pemerintah Kabupaten Sukamaju', tahun: 2025, instrument: 'spbe-2020', tanggal: '2025-12-01', indeks: null });
    expect(a.opd?.map((o) => o.kode)).toEqual(['DISKOMINFO', 'SETDA', 'BKPSDM']);
  });

  it('is deterministic: input order does not change the output', () => {
    const docs = [policy, skTim, shot, { ...policy, sha: 'p9', paths: ['Dinkes/x.pdf', 'Dinkes/y.pdf'] }];
    const forward = assess(makeInput(docs.map(makeDoc), config));
    const backward = assess(makeInput([...docs].reverse().map(makeDoc), config));
    const shuffledLocations = assess(
      makeInput(
        docs.map((d) => {
          const doc = makeDoc(d);
          return { ...doc, locations: [...doc.locations].reverse() };
        }),
        config,
      ),
    );
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(JSON.stringify(shuffledLocations)).toBe(JSON.stringify(forward));
  });
});
