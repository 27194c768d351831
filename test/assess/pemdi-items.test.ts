import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { creditValue } from '../../src/assess/level-climb.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Config } from '../../src/types/config.ts';
import { makeConfig, makeDoc, makeInput } from './fixtures.ts';
import { readLevelFacts } from '../../src/classify/level-facts.ts';

const pack = loadPack('pemdi-2026');
const config: Config = { ...makeConfig({ penanggungJawab: { '1': ['DISKOMINFO'] } }), instrumen: 'pemdi-2026' };

function analysis(no: number, docs: Parameters<typeof makeDoc>[0][]) {
  const a = assess(makeInput(docs.map(makeDoc), config, pack));
  const found = a.indicators.find((i) => i.id === no)?.levels;
  if (found === undefined) throw new Error(`no analysis for ${no}`);
  return found;
}

describe('berjenjang climb with linear credit inside the band (Pemdi level profiles)', () => {
  it('reproduces the assessor values from the accepted item counts of the 2026 deck', () => {
    const bands = pack.levels;
    // I1: L1 1/1, L2 2/4 → 2,0; I17: L1 2/2, L2 2/2 → 2,5; I2: L1 2/2 → 1,5; I12: L1 1/2 → 1,25; I13: L1 1/3 → 1,1667.
    expect(creditValue(bands, 1, 2 / 4, 5)).toBeCloseTo(2, 12);
    expect(creditValue(bands, 2, 0, 5)).toBeCloseTo(2.5, 12);
    expect(creditValue(bands, 1, 0, 5)).toBeCloseTo(1.5, 12);
    expect(creditValue(bands, 0, 1 / 2, 5)).toBeCloseTo(1.25, 12);
    expect(creditValue(bands, 0, 1 / 3, 5)).toBeCloseTo(7 / 6, 12);
    expect(creditValue(bands, 0, 0, 5)).toBe(1);
    expect(creditValue(bands, 5, 0, 5)).toBe(5);
    expect(creditValue({ credit: 'integer', bands: pack.levels.bands }, 1, 0.5, 5)).toBe(1);
  });

  it('lists per level the items with and without evidence, and a level with a missing item stops the climb', () => {
    const draft = { sha: 'a1', paths: ['DISKOMINFO/Rancangan Renstra.pdf'], kind: 'rencana' as const, maps: [{ indicator: 1 }], facts: ['i1-ran', 'tahap-awal'] };
    const renstra = { sha: 'a2', paths: ['DISKOMINFO/Renstra.pdf'], kind: 'rencana' as const, maps: [{ indicator: 1 }], facts: ['i1-ran', 'i1-tim-koordinasi', 'cakupan-seluruh'] };
    const result = analysis(1, [draft, renstra]);
    expect(result.level).toBe(1);
    expect(result.value).toBeCloseTo(2, 12);
    const l2 = result.levels.find((l) => l.level === 2);
    expect(l2?.requirements.map((r) => [r.id, r.met])).toEqual([['i1-l2-01', true], ['i1-l2-02', false], ['i1-l2-03', true], ['i1-l2-04', false]]);
    expect(l2?.requirements.find((r) => r.met)?.evidence.map((e) => e.path)).toEqual(['DISKOMINFO/Renstra.pdf']);
    expect(result.next?.missing.join(' ')).toContain('I1-L2-02');
    // Items of level 3 that have evidence do not count while level 2 is incomplete.
    const l3 = result.levels.find((l) => l.level === 3);
    expect(l3?.requirements.some((r) => r.met)).toBe(true);
    expect(result.level).toBe(1);
  });

  it('an item meets only documents of its own stage and scope (draft, all services, review)', () => {
    const doc = (sha: string, facts: string[]) => ({ sha, paths: [`DISKOMINFO/${sha}.pdf`], kind: 'rencana' as const, maps: [{ indicator: 1 }], facts });
    const met = (facts: string[]) =>
      analysis(1, [doc('x', facts)])
        .levels.flatMap((l) => l.requirements)
        .filter((r) => r.met)
        .map((r) => r.id);
    // A draft meets the draft item (I1-L1-01 "Rancangan …"), not the items of the finished plan.
    expect(met(['i1-ran', 'tahap-awal'])).toEqual(['i1-l1-01']);
    // A finished plan also meets the draft item, and the plan items of part of the services, not the "seluruh" items.
    expect(met(['i1-ran'])).toEqual(['i1-l1-01', 'i1-l2-01']);
    // Showing all services adds the "Seluruh substansi …" item.
    expect(met(['i1-ran', 'cakupan-seluruh'])).toEqual(['i1-l1-01', 'i1-l2-01', 'i1-l3-01']);
    // The changed plan (I1-L5-02 "Perubahan substansi RAN Pemdi …") needs a plan that shows the change.
    expect(met(['i1-ran', 'i1-perubahan'])).toEqual(['i1-l1-01', 'i1-l2-01', 'i1-l5-02']);
    // A follow-up of a review is evidence for the follow-up item only; the review item (I1-L4-01) needs the review.
    expect(met(['i1-ran', 'i1-tindak-lanjut'])).toEqual(['i1-l5-01']);
    expect(met(['i1-ran', 'i1-reviu'])).toEqual(['i1-l4-01']);
    // A report that mentions the plan is no planning document (I1-L1-01 … "perencanaan IP"), nor is a decree a review.
    const report = { sha: 'r', paths: ['DISKOMINFO/r.pdf'], kind: 'laporan' as const, maps: [{ indicator: 1 }], facts: ['i1-ran'] };
    const decree = { sha: 'k', paths: ['DISKOMINFO/k.pdf'], kind: 'keputusan' as const, maps: [{ indicator: 1 }], facts: ['i1-reviu'] };
    const metBy = (d: typeof report | typeof decree) => analysis(1, [d]).levels.flatMap((l) => l.requirements).filter((r) => r.met).map((r) => r.id);
    expect(metBy(report)).toEqual([]);
    expect(metBy(decree)).toEqual([]);
  });

  it('a plan or minutes that mention the SIAP Digital architecture or a budget do not meet those items', () => {
    const metBy = (kind: Parameters<typeof makeDoc>[0]['kind'], facts: string[]) =>
      analysis(1, [{ sha: `p-${kind}`, paths: [`DISKOMINFO/${kind}.pdf`], kind, maps: [{ indicator: 1 }], facts }])
        .levels.flatMap((l) => l.requirements)
        .filter((r) => r.met)
        .map((r) => r.id);
    // A Renja scheduling "Penyusunan Arsitektur Pemdi … di SIAP Digital" plans the filling-in, it does not show it.
    expect(metBy('rencana', ['i1-siap-digital'])).toEqual([]);
    expect(metBy('lainnya', ['i1-siap-digital'])).toEqual(['i1-l2-02']);
    // Minutes noting "anggaran dialokasikan bertahap" are no planning and budget document; the plan is.
    expect(metBy('notulen', ['i1-anggaran'])).toEqual([]);
    expect(metBy('rencana', ['i1-anggaran'])).toEqual(['i1-l2-04']);
  });

  it('an item needs its own distinguishing evidence, not the topic alone', () => {
    const metBy = (no: number, kind: Parameters<typeof makeDoc>[0]['kind'], facts: string[]) =>
      analysis(no, [{ sha: `${no}-${kind}-${facts.join('-')}`, paths: [`DISKOMINFO/${no}.pdf`], kind, maps: [{ indicator: no }], facts }])
        .levels.flatMap((l) => l.requirements)
        .filter((r) => r.met)
        .map((r) => r.id);
    // Minutes or an agreement that say the code is kept in a repository are no repository (I13-L3-04); a repository
    // screen with its content (commits, folders) is.
    expect(metBy(13, 'notulen', ['i13-pengembangan', 'i13-repositori'])).not.toContain('i13-l3-04');
    expect(metBy(13, 'lainnya', ['i13-pengembangan', 'i13-repositori'])).not.toContain('i13-l3-04');
    expect(metBy(13, 'tangkapan-layar', ['i13-repositori', 'i13-isi-repositori'])).toContain('i13-l3-04');
    // Data-subject rights named in a decree are no mechanism for them (I8-L2-04: SOP, alur, formulir, kanal).
    expect(metBy(8, 'keputusan', ['i8-dpo', 'i8-hak-subjek'])).toEqual(['i8-l2-03']);
    expect(metBy(8, 'sop', ['i8-hak-subjek', 'i8-mekanisme'])).toContain('i8-l2-04');
    // An SOP that cites the decree appointing the DPO is no appointment (I8-L2-03).
    expect(metBy(8, 'sop', ['i8-dpo'])).not.toContain('i8-l2-03');
    // An external audit report is no follow-up of the external audit (I9-L5-01), an audit report no audit plan (I9-L1-02).
    expect(metBy(9, 'laporan-audit', ['i9-audit-eksternal', 'i9-rencana-audit'])).toEqual(['i9-l4-01']);
    // Cryptography applied meets I11-L2-01 only with the algorithms of Kepka BSSN 443/2025.
    expect(metBy(11, 'laporan', ['i11-kriptografi'])).toEqual(['i11-l1-01', 'i11-l3-01']);
    expect(metBy(11, 'laporan', ['i11-kriptografi', 'i11-algoritma'])).toContain('i11-l2-01');
    // A topology shows no dashboard of the data-centre ecosystem and no use of the intranet (I14-L1-01, I14-L1-02).
    expect(metBy(14, 'lainnya', ['i14-pusat-data', 'i14-jaringan-intra', 'i14-topologi'])).toEqual(['i14-l1-03']);
    // The partner decides the level: an agreement with a university is collaboration beyond government (I4-L3-02).
    const pks = metBy(4, 'kerja-sama', ['i4-antar-instansi', 'i4-multipihak', 'i4-mitra-nonpemerintah']);
    expect(pks).toContain('i4-l3-02');
    expect(pks).not.toContain('i4-l2-02');
    expect(metBy(4, 'kerja-sama', ['i4-antar-instansi'])).toContain('i4-l2-02');
    // The ASN share items (20%, 50% … of the ASN) need a count of the ASN; a map mentioning AI meets none of them.
    expect(metBy(3, 'laporan', ['i3-peta-kompetensi', 'i3-ai'])).not.toContain('i3-l3-04');
    expect(metBy(3, 'laporan', ['i3-ai', 'persentase-asn'])).toContain('i3-l3-04');
  });

  it('a review item needs the review itself, not only its subject', () => {
    const plan = { sha: 'b1', paths: ['DISKOMINFO/Laporan.pdf'], kind: 'laporan' as const, maps: [{ indicator: 2 }], facts: ['i2-manajemen-layanan'] };
    const l4 = analysis(2, [plan]).levels.find((l) => l.level === 4);
    expect(l4?.requirements.map((r) => r.met)).toEqual([false]);
    const review = { ...plan, sha: 'b2', facts: ['i2-manajemen-layanan', 'i2-reviu'] };
    expect(analysis(2, [review]).levels.find((l) => l.level === 4)?.requirements.map((r) => r.met)).toEqual([true]);
  });
});

describe('Pemdi item I8-L1-03 (the unit or officer that handles data protection)', () => {
  const sop = (extra: string) => {
    const text =
      'DINAS KOMUNIKASI DAN INFORMATIKA\nSTANDAR OPERASIONAL PROSEDUR\nPENANGANAN PERMINTAAN INFORMASI PUBLIK\nDasar Hukum:\n' +
      '1. Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;\n' +
      `2. Peraturan Bupati Sukamaju Nomor 7 Tahun 2025 tentang Penunjukan Pejabat Pelindungan Data Pribadi;\nUraian Prosedur:\n1. Petugas mencatat permintaan.\n${extra}`;
    const facts = readLevelFacts(pack.levels, [{ no: 1, text }], pack.rules.aliases);
    return { sha: 'c1', paths: ['DISKOMINFO/SOP Layanan Informasi.pdf'], kind: 'sop' as const, maps: [{ indicator: 8 }], facts };
  };
  const metI8L103 = (extra: string): boolean | undefined =>
    analysis(8, [sop(extra)])
      .levels.flatMap((l) => l.requirements)
      .find((r) => r.id === 'i8-l1-03')?.met;

  it('is not met by an SOP that only cites the appointing regulation in its Dasar Hukum', () => {
    expect(metI8L103('')).toBe(false);
  });

  it('is met when the SOP itself describes the officer who handles the requests', () => {
    expect(metI8L103('2. Permintaan yang memuat data pribadi diteruskan kepada Pejabat Pelindungan Data Pribadi.')).toBe(true);
  });
});
