import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { collectEvidence } from '../../src/assess/evidence.ts';
import { supportedLevel } from '../../src/assess/supported-level.ts';
import { parseLevelProfiles, readLevelProfiles } from '../../src/instrument/level-profiles.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import type { IndicatorAssessment } from '../../src/types/assessment.ts';
import { ARSITEKTUR_DOMAINS, TODAY, makeConfig, makeDoc, makeInput, type DocSpec } from './fixtures.ts';

function indicatorOf(docs: DocSpec[], no: number, config = makeConfig()): IndicatorAssessment {
  const result = assess(makeInput(docs.map(makeDoc), config)).indicators.find((i) => i.id === no);
  if (!result) throw new Error(`indikator ${no} tidak ada`);
  return result;
}

/** The level profiles' checks of the six Arsitektur domains, as the classifier stores them when the text shows them. */
const ARSITEKTUR_CHECKS = ['ars-proses-bisnis', 'ars-data', 'ars-infrastruktur', 'ars-aplikasi', 'ars-keamanan', 'ars-layanan'];
const draft: DocSpec = { sha: 'a1', paths: ['DISKOMINFO/Raperbup Arsitektur SPBE.pdf'], kind: 'rancangan', maps: [{ indicator: 1 }] };
const partial: DocSpec = {
  sha: 'a2',
  paths: ['DISKOMINFO/Perbup 12 2023 Arsitektur SPBE.pdf'],
  kind: 'peraturan',
  enacted: true,
  date: '2023-03-12',
  maps: [{ indicator: 1, phrases: ['Arsitektur SPBE', 'Proses Bisnis', 'Data dan Informasi'] }],
};
// All six domains, and integration between agencies (level 4 of indicator 1 asks for it besides the review).
const full: DocSpec = { ...partial, maps: [{ indicator: 1, phrases: ['Arsitektur SPBE', ...ARSITEKTUR_DOMAINS, 'integrasi'] }] };
const freshReview: DocSpec = {
  sha: 'a3',
  paths: ['DISKOMINFO/Laporan Evaluasi Kebijakan Arsitektur 2025.pdf'],
  kind: 'laporan-evaluasi',
  date: '2025-02-03',
  maps: [{ indicator: 1 }],
};
const oldReview: DocSpec = { ...freshReview, sha: 'a4', paths: ['DISKOMINFO/Laporan Evaluasi 2022.pdf'], date: '2022-05-10' };
const invitation: DocSpec = { sha: 'a8', paths: ['DISKOMINFO/Undangan Rapat Evaluasi Kebijakan Arsitektur.pdf'], kind: 'undangan', date: '2025-01-20', maps: [{ indicator: 1 }] };
const newerPolicy: DocSpec = { ...full, sha: 'a7', paths: ['DISKOMINFO/Perbup 5 2025 Perubahan.pdf'], date: '2025-04-01' };

describe('process ladder (indicator 1, kebijakan internal)', () => {
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    { name: 'nothing', docs: [], level: 0, reason: /Belum ada bukti dukung/ },
    { name: 'draft → 1', docs: [draft], level: 1, reason: /Tingkat 2 \(Terkelola\) belum didukung: lampirkan peraturan, keputusan, atau surat edaran yang sudah ditetapkan/ },
    { name: 'unsigned peraturan → 1', docs: [{ ...partial, enacted: false }], level: 1, reason: /belum terlihat ditetapkan\/ditandatangani/ },
    { name: 'enacted, partial content → 2', docs: [draft, partial], level: 2, reason: /belum terlihat pada bukti: Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Layanan SPBE/ },
    { name: 'enacted, all 6 domains → 3', docs: [full], level: 3, reason: /Tingkat 3 \(Terdefinisi\): kebijakan yang memuat referensi dan seluruh domain Arsitektur SPBE: "Perbup 12 2023 Arsitektur SPBE.pdf": "proses bisnis"/ },
    {
      name: 'content split over two documents → 3',
      docs: [partial, { ...partial, sha: 'a6', paths: ['SETDA/SK.pdf'], kind: 'keputusan', maps: [{ indicator: 1, phrases: ['Infrastruktur SPBE', 'Aplikasi SPBE', 'Keamanan SPBE', 'Layanan SPBE'] }] }],
      level: 3,
      reason: /Tingkat 3 \(Terdefinisi\): kebijakan yang memuat referensi dan seluruh domain Arsitektur SPBE: .*"SK.pdf"/,
    },
    { name: 'content read from the text → 3', docs: [{ ...partial, facts: ARSITEKTUR_CHECKS }], level: 3, reason: /hlm\. 1: "ars-infrastruktur"/ },
    // The mapping reasons quote phrases from anywhere (a "Menimbang" names "layanan SPBE"): once the text's facts were
    // read, only they count.
    { name: 'facts read from the text override the mapping phrases → 2', docs: [{ ...full, facts: ARSITEKTUR_CHECKS.slice(0, 4) }], level: 2, reason: /belum terlihat pada bukti: Keamanan SPBE dan Layanan SPBE/ },
    { name: 'fresh review → 4', docs: [full, freshReview], level: 4, reason: /Tingkat 4 \(Terpadu dan Terukur\): .*reviu\/evaluasi kebijakan yang masih berlaku: "Laporan Evaluasi Kebijakan Arsitektur 2025.pdf" \(laporan reviu\/evaluasi, 3 Februari 2025\)/ },
    { name: 'review without integration stays 3', docs: [{ ...full, maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS }] }, freshReview], level: 3, reason: /tunjukkan pengaturan integrasi SPBE antar Instansi Pusat/ },
    { name: 'old review stays 3', docs: [full, oldReview], level: 3, reason: /sudah lebih dari 2 tahun; lampirkan hasil reviu yang lebih baru/ },
    // Was 4: an undated review counted as current. It counts only once a reviewer confirms it.
    { name: 'undated review stays 3', docs: [full, { ...freshReview, date: null }], level: 3, reason: /tanpa tanggal yang terbaca; reviu tanpa tanggal baru dihitung setelah peninjau mengonfirmasi pemetaannya/ },
    { name: 'undated review confirmed by a reviewer → 4', docs: [full, { ...freshReview, date: null, maps: [{ indicator: 1, source: 'reviewer' }] }], level: 4, reason: /Tingkat 4 \(Terpadu dan Terukur\)/ },
    { name: 'an invitation alone proves no review', docs: [full, invitation], level: 3, reason: /hanya undangan rapat reviu\/evaluasi; undangan bukan bukti reviu/ },
    { name: 'review before level 3 does not jump', docs: [partial, freshReview], level: 2, reason: /Tanda tingkat 4 \(terpadu dan terukur\) sudah ada .*, tetapi tingkat 3 harus didukung lebih dulu/ },
    // Was 5: minutes with a follow-up signal. Level 5 of a kebijakan asks for the new policy itself.
    {
      name: 'minutes of a follow-up are no new policy',
      docs: [full, freshReview, { sha: 'a5', paths: ['DISKOMINFO/Notulen rekomendasi.pdf'], kind: 'notulen', date: '2025-06-01', signals: ['tindak-lanjut'], maps: [{ indicator: 1 }] }],
      level: 4,
      reason: /Tingkat 5 \(Optimum\) belum didukung: lampirkan kebijakan baru\/perubahan yang ditetapkan sesudah reviu/,
    },
    {
      name: 'newer enacted version after the review → 5',
      docs: [{ ...full, date: '2022-01-10' }, { ...freshReview, date: '2024-06-01' }, newerPolicy],
      level: 5,
      reason: /Tingkat 5 \(Optimum\): kebijakan baru atau perubahan yang ditetapkan sesudah reviu sebagai tindak lanjutnya: "Perbup 5 2025 Perubahan.pdf" \(peraturan, 1 April 2025\)/,
    },
    {
      name: 'a newer version dated before the review is no follow-up',
      docs: [{ ...full, date: '2022-01-10' }, { ...freshReview, date: '2025-06-01' }, newerPolicy],
      level: 4,
      reason: /"Perbup 5 2025 Perubahan.pdf" \(1 April 2025\)[^.]*bertanggal sebelum "Laporan Evaluasi Kebijakan Arsitektur 2025.pdf" \(1 Juni 2025\)/,
    },
    // Was 5: a review "carrying its own follow-up". A report recommending a revision is not the revision.
    { name: 'a review recommending a revision stays 4', docs: [full, { ...freshReview, signals: ['reviu', 'tindak-lanjut'] }], level: 4, reason: /Tingkat 5 \(Optimum\) belum didukung/ },
  ];
  it.each(cases)('$name', ({ docs, level, reason }) => {
    const result = indicatorOf(docs, 1);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });

  it('never overwrites the claimed level', () => {
    const config = makeConfig({ penilaian: { '1': { tingkat: 5, penjelasan: 'x' } } });
    const result = indicatorOf([draft], 1, config);
    expect(result.claimedLevel).toBe(5);
    expect(result.supportedLevel).toBe(1);
  });
});

describe('the structured level analysis', () => {
  it('gives every level its criterion, requirements with citations, and what the next level misses', () => {
    const result = indicatorOf([{ ...full, facts: [...ARSITEKTUR_CHECKS.map((check) => ({ check, page: 2, phrase: check })), { check: 'integrasi', page: 4, phrase: 'Pasal 9 integrasi SPBE antar Pemerintah Daerah' }] }], 1);
    const analysis = result.levels;
    expect(analysis?.level).toBe(3);
    expect(analysis?.value).toBe(3);
    expect(analysis?.levels.map((l) => [l.level, l.met])).toEqual([[1, true], [2, true], [3, true], [4, false], [5, false]]);
    const four = analysis?.levels[3];
    expect(four?.criterion).toMatch(/^Kriteria tingkat 3 telah terpenuhi, kebijakan internal Arsitektur SPBE/);
    expect(four?.requirements.map((r) => [r.id, r.met])).toEqual([['integrasi', true], ['reviu', false]]);
    expect(four?.requirements[0]?.evidence[0]).toMatchObject({ path: 'DISKOMINFO/Perbup 12 2023 Arsitektur SPBE.pdf', opd: 'DISKOMINFO', kind: 'peraturan', date: '2023-03-12', page: 4, phrase: 'Pasal 9 integrasi SPBE antar Pemerintah Daerah' });
    expect(analysis?.next).toEqual({ level: 4, missing: ['lampirkan notulen, laporan, atau catatan hasil reviu/evaluasi kebijakan (undangan rapat saja tidak cukup)'] });
  });

  it('linear credit counts the share of the next level met; highest climb skips an unmet level (a Pemdi-style pack)', () => {
    const pack = loadPack('pemdi-2026');
    const indicator = pack.instrument.groups.flatMap((g) => g.indicators).find((i) => i.kapabilitas === 'proses');
    if (!indicator) throw new Error('tidak ada indikator proses');
    const item = { id: 'ada', label: 'dokumen', missing: 'lampirkan dokumen' };
    const raw = (climb: string) => ({
      formatVersion: 1,
      instrument: 'pemdi-2026',
      climb,
      credit: 'linear',
      ladders: {
        berjenjang: {
          '1': [item],
          '2': [{ id: 'sop', label: 'SOP', missing: 'lampirkan SOP', kinds: ['sop'] }, { id: 'laporan', label: 'laporan', missing: 'lampirkan laporan', kinds: ['laporan'] }],
          '3': [{ id: 'cakupan', label: 'cakupan', missing: 'tunjukkan cakupan', any: ['seluruh-unit'] }],
          '4': [{ id: 'reviu', label: 'reviu', missing: 'lampirkan reviu', review: true }],
          '5': [{ id: 'lanjut', label: 'perbaikan', missing: 'lampirkan perbaikan', after: 'reviu', any: ['perbaikan-dilakukan'] }],
        },
      },
      defaults: { proses: 'berjenjang' },
    });
    const doc = makeDoc({ sha: 'c1', paths: ['SETDA/SOP.pdf'], kind: 'sop', maps: [{ indicator: indicator.no, phrases: ['seluruh unit kerja'] }] });
    const items = collectEvidence([doc]).get(indicator.no)?.accepted ?? [];
    const stepwise = supportedLevel(pack.instrument, parseLevelProfiles(raw('stepwise'), 'uji', pack.instrument), indicator, items, { today: TODAY, reviewYears: 2, substitutions: [] });
    expect(stepwise.level).toBe(1);
    expect(stepwise.value).toBe(1.5);
    const highest = supportedLevel(pack.instrument, parseLevelProfiles(raw('highest'), 'uji', pack.instrument), indicator, items, { today: TODAY, reviewYears: 2, substitutions: [] });
    expect(highest.level).toBe(3);
  });
});

describe('contradicting checks (contradictedBy) where a condition asks for a check', () => {
  const pack = loadPack('spbe-2020');
  const indicator = allIndicators(pack.instrument).find((i) => i.no === 16);
  // Levels 3–5 ask for an SOP, which the report is not: the climb stops at 2 at most.
  const level = (name: string, kinds?: string[]) => [{ id: name, label: name, missing: name, ...(kinds !== undefined ? { kinds } : {}) }];
  const raw = (contradictedBy: string[]) => ({
    formatVersion: 1,
    instrument: 'spbe-2020',
    climb: 'stepwise',
    credit: 'integer',
    checks: {
      semua: { label: 'semua unit', phrases: ['semua unit'], contradictedBy },
      sebagian: { label: 'sebagian unit', phrases: ['sebagian unit'] },
    },
    ladders: { uji: { '1': level('ada'), '2': [{ id: 'semua', label: 'semua', missing: 'semua', any: ['semua'] }], '3': level('tiga', ['sop']), '4': level('empat', ['sop']), '5': level('lima', ['sop']) } },
    defaults: { proses: 'uji', layanan: 'uji' },
  });
  const support = (facts: string[], contradictedBy: string[]): number => {
    if (indicator === undefined) throw new Error('indikator 16 tidak ada');
    const doc = makeDoc({ sha: 'd1', paths: ['DISKOMINFO/Laporan.pdf'], kind: 'laporan', facts, maps: [{ indicator: 16 }] });
    const items = collectEvidence([doc]).get(16)?.accepted ?? [];
    return supportedLevel(pack.instrument, parseLevelProfiles(raw(contradictedBy), 'uji', pack.instrument), indicator, items, { today: TODAY, reviewYears: 2, substitutions: [] }).level;
  };

  it('an item showing a contradicting check does not count for the check it contradicts', () => {
    expect(support(['semua'], ['sebagian'])).toBe(2);
    expect(support(['semua', 'sebagian'], ['sebagian'])).toBe(1);
    expect(support(['semua', 'sebagian'], [])).toBe(2);
  });

  it('names a contradicting check that does not exist', () => {
    expect(() => parseLevelProfiles(raw(['tidak-ada']), 'uji', pack.instrument)).toThrow(/pemeriksaan "semua": "contradictedBy" memuat "tidak-ada"/);
  });
});

describe('process ladder, other indicators', () => {
  it('indicator 5 (all units): "seluruh perangkat daerah" gives 3, without it 2', () => {
    const base: DocSpec = { sha: 'b1', paths: ['DISKOMINFO/Perbup Pusat Data.pdf'], kind: 'peraturan', enacted: true, maps: [{ indicator: 5, phrases: ['Pusat Data'] }] };
    expect(indicatorOf([base], 5).supportedLevel).toBe(2);
    const all = { ...base, maps: [{ indicator: 5, phrases: ['Pusat Data', 'seluruh perangkat daerah'] }] };
    const result = indicatorOf([all], 5);
    expect(result.supportedLevel).toBe(3);
    expect(result.supportReasons.join(' ')).toMatch(/"Perbup Pusat Data.pdf": "seluruh perangkat daerah"/);
  });

  it('indicator 11: a formal dokumen-arsitektur counts without being "enacted"; a keputusan must be', () => {
    const dok: DocSpec = { sha: 'b2', paths: ['DISKOMINFO/Dokumen Arsitektur SPBE.pdf'], kind: 'dokumen-arsitektur', maps: [{ indicator: 11, phrases: ['Arsitektur SPBE'] }] };
    expect(indicatorOf([dok], 11).supportedLevel).toBe(2);
    const sk: DocSpec = { sha: 'b3', paths: ['DISKOMINFO/SK.pdf'], kind: 'keputusan', enacted: false, maps: [{ indicator: 11 }] };
    expect(indicatorOf([sk], 11).supportedLevel).toBe(1);
  });

  it('indicator 1 is policy only: a dokumen-arsitektur is not the set policy', () => {
    const dok: DocSpec = { sha: 'b4', paths: ['DISKOMINFO/Dokumen Arsitektur SPBE.pdf'], kind: 'dokumen-arsitektur', maps: [{ indicator: 1 }] };
    const result = indicatorOf([dok], 1);
    expect(result.supportedLevel).toBe(1);
    expect(result.supportReasons.join(' ')).toMatch(/peraturan, keputusan, atau surat edaran yang sudah ditetapkan/);
  });

  // Was 1: a document of kind "lainnya" could never reach level 2.
  it('indicator 24: a register of kind "lainnya" documents the implementation (2)', () => {
    const register: DocSpec = { sha: 'b5', paths: ['DISKOMINFO/Register Aset TIK 2025.pdf'], kind: 'lainnya', date: '2025-02-01', maps: [{ indicator: 24 }] };
    expect(indicatorOf([register], 24).supportedLevel).toBe(2);
  });

  it('a review dated before every policy reviewed none of them, unless a policy amends an earlier one', () => {
    const enactedLater: DocSpec = { ...full, date: '2025-06-01' };
    const early = indicatorOf([enactedLater, freshReview], 1);
    expect(early.supportedLevel).toBe(3);
    expect(early.supportReasons.join(' ')).toMatch(/bertanggal sebelum "Perbup 12 2023 Arsitektur SPBE.pdf" \(1 Juni 2025\)/);
    // The policy in force before the review, then the review: the review counts.
    expect(indicatorOf([full, freshReview], 1).supportedLevel).toBe(4);
    // An amendment after the review presupposes the policy reviewed, which was not uploaded: the review counts, and
    // the amendment follows it up.
    const amendment: DocSpec = { ...enactedLater, signals: ['tindak-lanjut'] };
    expect(indicatorOf([amendment, freshReview], 1).supportedLevel).toBe(5);
    // A policy without a date read leaves the order unknown.
    expect(indicatorOf([{ ...full, date: null }, freshReview], 1).supportedLevel).toBe(4);
  });

  it('a partial count of units in another document of the same year or later overrules "seluruh perangkat daerah"', () => {
    const sop: DocSpec = { sha: 'b1', paths: ['DISKOMINFO/SOP Pusat Data.pdf'], kind: 'sop', date: '2025-02-03', maps: [{ indicator: 16 }], facts: ['seluruh-unit', 'prosedur-baku'] };
    const partialReport = (date: string, kind: DocSpec['kind'] = 'laporan'): DocSpec => ({
      sha: 'b2',
      paths: ['DISKOMINFO/Laporan Pemanfaatan Pusat Data.pdf'],
      kind,
      date,
      maps: [{ indicator: 16 }],
      facts: ['cakupan-sebagian-angka'],
    });
    const overruled = indicatorOf([sop, partialReport('2025-12-01')], 16);
    expect(overruled.supportedLevel).toBe(2);
    expect(overruled.supportReasons.join(' ')).toMatch(/"SOP Pusat Data.pdf" \(SOP, 3 Februari 2025\) tidak dihitung: "Laporan Pemanfaatan Pusat Data.pdf"/);
    // A count of an earlier year is progress since; a review's findings are no statement of scope.
    expect(indicatorOf([sop, partialReport('2024-06-01')], 16).supportedLevel).toBe(3);
    expect(indicatorOf([sop, partialReport('2025-12-01', 'laporan-evaluasi')], 16).supportedLevel).toBe(3);
  });

  it('the review window follows masaBerlakuReviuTahun', () => {
    const config = makeConfig({ masaBerlakuReviuTahun: 4 });
    // The policy the 2022 review reviewed was in force by then (a review dated before the policy reviews none of it).
    const olderPolicy: DocSpec = { ...full, date: '2021-06-01' };
    expect(indicatorOf([olderPolicy, oldReview], 1, config).supportedLevel).toBe(4);
    expect(indicatorOf([olderPolicy, oldReview], 1).supportedLevel).toBe(3);
  });

  it('works on another instrument with the generic ladders', () => {
    const pack = loadPack('pemdi-2026');
    const indicator = pack.instrument.groups.flatMap((g) => g.indicators).find((i) => i.kapabilitas === 'proses');
    if (!indicator) throw new Error('tidak ada indikator proses');
    const doc = makeDoc({ sha: 'c1', paths: ['SETDA/SOP.pdf'], kind: 'sop', maps: [{ indicator: indicator.no, phrases: ['seluruh unit kerja'] }] });
    const items = collectEvidence([doc]).get(indicator.no)?.accepted ?? [];
    // pemdi-2026 has its own item profiles; a pack without a levels file gets these generic ladders.
    const est = supportedLevel(pack.instrument, readLevelProfiles(null, pack.instrument), indicator, items, { today: TODAY, reviewYears: 2, substitutions: [] });
    expect(est.level).toBe(3);
  });
});

describe('service ladder (indicator 36, kepegawaian)', () => {
  const shot = (sha: string, name: string, extra: Partial<DocSpec> = {}): DocSpec => ({
    sha,
    paths: [`BKPSDM/${name}`],
    kind: 'tangkapan-layar',
    maps: [{ indicator: 36 }],
    ...extra,
  });
  const review: DocSpec = { sha: 'd5', paths: ['BKPSDM/Laporan evaluasi SIMPEG.pdf'], kind: 'laporan-evaluasi', date: '2025-08-01', maps: [{ indicator: 36 }] };
  const improved: DocSpec = { sha: 'd9', paths: ['BKPSDM/Catatan rilis SIMPEG 3.pdf'], kind: 'laporan', date: '2025-10-01', maps: [{ indicator: 36 }], facts: ['perbaikan-dilakukan'] };
  const upToFour = [shot('d2', 'unggah dokumen.png'), shot('d3', 'persetujuan cuti.png'), shot('d4', 'integrasi siasn.png')];
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    { name: 'information only → 1', docs: [shot('d1', 'beranda simpeg.png')], level: 1, reason: /Tingkat 1 \(Informasi\)/ },
    { name: 'upload → 2', docs: [shot('d1', 'beranda.png'), shot('d2', 'unggah dokumen.png')], level: 2, reason: /Tingkat 2 \(Interaksi\): .*"unggah dokumen.png": "unggah"/ },
    { name: 'approval → 3', docs: [shot('d2', 'unggah dokumen.png'), shot('d3', 'persetujuan cuti.png')], level: 3, reason: /Tingkat 3 \(Transaksi\): fitur transaksi: "persetujuan cuti.png": "persetujuan"/ },
    // Was 1: transaction features counted only after upload/search words.
    { name: 'disposisi and e-signature without upload words → 3', docs: [shot('d3', 'disposisi tanda tangan elektronik.png')], level: 3, reason: /Tingkat 3 \(Transaksi\)/ },
    {
      name: 'integration → 4',
      docs: [shot('d2', 'unggah dokumen.png'), shot('d3', 'persetujuan cuti.png'), shot('d4', 'sinkron.png', { maps: [{ indicator: 36, phrases: ['terhubung dengan SIASN'] }] })],
      level: 4,
      reason: /Tingkat 4 \(Kolaborasi\): kolaborasi dengan layanan lain: "sinkron.png": "terhubung dengan"/,
    },
    // Was 5: a review alone. Level 5 asks for an improvement made after it.
    { name: 'a fresh review alone stays 4', docs: [...upToFour, review], level: 4, reason: /Tingkat 5 \(Optimum\) belum didukung: lampirkan bukti perbaikan layanan/ },
    { name: 'an improvement after the review → 5', docs: [...upToFour, review, improved], level: 5, reason: /perbaikan layanan sesudah reviu\/evaluasi: "Catatan rilis SIMPEG 3.pdf" hlm\. 1/ },
    { name: 'an improvement before the review does not count', docs: [...upToFour, review, { ...improved, date: '2025-03-01' }], level: 4, reason: /bertanggal sebelum "Laporan evaluasi SIMPEG.pdf" \(1 Agustus 2025\)/ },
    { name: 'integration without transaction stops at 2', docs: [shot('d2', 'unggah dokumen.png'), shot('d4', 'integrasi siasn.png')], level: 2, reason: /Tanda tingkat 4 \(kolaborasi\) sudah ada/ },
    {
      name: 'a collaboration signal instead of words',
      docs: [shot('d6', 'a.png', { facts: ['interaksi', 'transaksi'], signals: ['layanan-kolaborasi'], maps: [{ indicator: 36 }] })],
      level: 4,
      reason: /"a.png": "integrasi dengan layanan lain \(API, middleware, sistem penghubung layanan\)"/,
    },
    // The feature signals of the classifier drop no missing or planned feature: levels 2-3 read the content checks.
    { name: 'feature signals alone stay 1', docs: [shot('d6', 'a.png', { signals: ['layanan-interaksi', 'layanan-transaksi'], maps: [{ indicator: 36 }] })], level: 1, reason: /Tingkat 2 \(Interaksi\) belum didukung/ },
    { name: 'login page only → 0', docs: [shot('d7', 'login.png', { loginOnly: true })], level: 0, reason: /hanya menampilkan halaman login/ },
    { name: 'login signal counts as login-only', docs: [shot('d8', 'masuk.png', { signals: ['halaman-login'] })], level: 0, reason: /halaman login/ },
    // Another Pemda's screen filed in our folder shows that Pemda's service: it supports no level of ours, unless a
    // reviewer confirms the mapping.
    {
      name: "another Pemda's screenshot supports no level",
      docs: [shot('d1', 'beranda.png'), shot('d4', 'integrasi kota lain.png', { facts: ['interaksi', 'transaksi'], signals: ['layanan-kolaborasi'], issuer: { case: 'instansi-lain', issuer: 'Pemerintah Kota Tanjung Raya', namesUs: null } })],
      level: 1,
      reason: /"integrasi kota lain.png" milik instansi lain \(Pemerintah Kota Tanjung Raya\)/,
    },
    {
      name: "another Pemda's screenshot a reviewer confirmed counts",
      docs: [shot('d4', 'integrasi kota lain.png', { facts: ['interaksi', 'transaksi'], signals: ['layanan-kolaborasi'], maps: [{ indicator: 36, source: 'reviewer' }], issuer: { case: 'instansi-lain', issuer: 'Pemerintah Kota Tanjung Raya', namesUs: null } })],
      level: 4,
      reason: /Tingkat 4 \(Kolaborasi\)/,
    },
    { name: 'login page beside real screenshots is ignored', docs: [shot('d7', 'login.png', { loginOnly: true }), shot('d2', 'unggah.png')], level: 2, reason: /"login.png" hanya menampilkan halaman login/ },
  ];
  it.each(cases)('$name', ({ docs, level, reason }) => {
    const result = indicatorOf(docs, 36);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

describe('follow-up (level 5) of a kebijakan only by a policy set after a counted review (indicator 10)', () => {
  const perbup: DocSpec = {
    sha: 'e1',
    paths: ['SETDA/Perbup 27 Tahun 2024 Penyelenggaraan SPBE.pdf'],
    kind: 'peraturan',
    enacted: true,
    date: '2024-08-12',
    signals: ['cakupan-seluruh'],
    maps: [{ indicator: 10, phrases: ['Tim Koordinasi SPBE', 'antar instansi'] }],
  };
  const sk = (date: string | null): DocSpec => ({
    sha: 'e2',
    paths: ['SETDA/SK Tim Koordinasi SPBE 2025.pdf'],
    kind: 'keputusan',
    enacted: true,
    date,
    maps: [{ indicator: 10 }],
  });
  const review: DocSpec = {
    sha: 'e3',
    paths: ['DISKOMINFO/Notulen Rapat Reviu Kebijakan SPBE.pdf'],
    kind: 'notulen',
    date: '2025-10-15',
    signals: ['reviu'],
    maps: [{ indicator: 10 }],
  };
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    {
      name: 'policies dated before the review are not its follow-up',
      docs: [perbup, sk('2025-02-03'), review],
      level: 4,
      reason: /Tingkat 5 \(Optimum\) belum didukung: .*"Perbup 27 Tahun 2024 Penyelenggaraan SPBE.pdf" \(12 Agustus 2024\) dan "SK Tim Koordinasi SPBE 2025.pdf" \(3 Februari 2025\) bertanggal sebelum "Notulen Rapat Reviu Kebijakan SPBE.pdf" \(15 Oktober 2025\)/,
    },
    { name: 'a newer policy set after the review → 5', docs: [perbup, review, sk('2025-11-20')], level: 5, reason: /Tingkat 5 \(Optimum\): .*"SK Tim Koordinasi SPBE 2025.pdf" \(keputusan, 20 November 2025\)/ },
    { name: 'a policy set on the day of the review counts', docs: [perbup, review, sk('2025-10-15')], level: 5, reason: /\(keputusan, 15 Oktober 2025\)/ },
    {
      name: 'a report on the follow-up is no new policy',
      docs: [perbup, review, { sha: 'e5', paths: ['SETDA/Laporan Penyempurnaan Kebijakan Tim Koordinasi.pdf'], kind: 'laporan', date: '2025-11-01', maps: [{ indicator: 10 }] }],
      level: 4,
      reason: /lampirkan kebijakan baru\/perubahan yang ditetapkan sesudah reviu/,
    },
    { name: 'an undated policy does not count', docs: [perbup, review, sk(null)], level: 4, reason: /"SK Tim Koordinasi SPBE 2025.pdf" tanpa tanggal yang terbaca, sehingga belum terlihat dibuat sesudah/ },
    { name: 'an undated review is not counted before a reviewer confirms it', docs: [perbup, { ...review, date: null }, sk('2025-11-20')], level: 3, reason: /reviu tanpa tanggal baru dihitung setelah peninjau mengonfirmasi/ },
    {
      name: 'a follow-up of an expired review does not follow the current one',
      docs: [{ ...perbup, date: '2022-01-10' }, { ...review, sha: 'e6', paths: ['DISKOMINFO/Notulen Reviu 2022.pdf'], date: '2022-03-01' }, sk('2023-01-10'), review],
      level: 4,
      reason: /\(10 Januari 2023\) bertanggal sebelum "Notulen Rapat Reviu Kebijakan SPBE.pdf" \(15 Oktober 2025\)/,
    },
  ];
  it.each(cases)('$name', ({ docs, level, reason }) => {
    const result = indicatorOf(docs, 10);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

/** The content checks of the level profiles that level 3 of these indicators lists (levels.yaml, the one home). */
const PETA_RENCANA_CHECKS = ['pr-tata-kelola', 'pr-manajemen', 'pr-layanan', 'pr-infrastruktur', 'pr-aplikasi', 'pr-keamanan', 'pr-audit-tik'];
const MANAJEMEN_DATA_CHECKS = ['md-arsitektur-data', 'md-data-induk', 'md-data-referensi', 'md-basis-data', 'md-kualitas-data', 'md-interoperabilitas'];
const CONTENT: Record<number, string[]> = {
  1: ARSITEKTUR_CHECKS,
  11: ARSITEKTUR_CHECKS,
  2: PETA_RENCANA_CHECKS,
  12: PETA_RENCANA_CHECKS,
  // Level 3 of 23 is the implementation "dengan mengacu pada pedoman Manajemen Data yang mencakup …".
  23: [...MANAJEMEN_DATA_CHECKS, 'pedoman-manajemen-data'],
  8: ['smki-ruang-lingkup', 'smki-penanggung-jawab', 'smki-perencanaan', 'smki-dukungan', 'smki-evaluasi-kinerja', 'smki-perbaikan'],
  9: ['audit-infrastruktur', 'audit-aplikasi', 'audit-keamanan'],
};

describe('level 3 read from each indicator\'s criterion', () => {
  const FORMAL: Record<number, Pick<DocSpec, 'kind' | 'enacted'>> = {
    11: { kind: 'dokumen-arsitektur' },
    12: { kind: 'dokumen-peta-rencana' },
    13: { kind: 'anggaran' },
    21: { kind: 'sop' },
    23: { kind: 'laporan' },
  };
  const formal = (indicator: number, extra: Partial<DocSpec>): DocSpec => ({
    sha: `f${indicator}`,
    paths: ['DISKOMINFO/Dokumen Kebijakan.pdf'],
    date: '2024-05-02',
    ...(FORMAL[indicator] ?? { kind: 'peraturan', enacted: true }),
    maps: [{ indicator }],
    ...extra,
  });
  const cases: { name: string; indicator: number; doc: Partial<DocSpec>; level: number; reason: RegExp }[] = [
    ...[1, 2, 3, 8, 9, 11, 12, 23].map((indicator) => ({
      name: `indicator ${indicator}: cakupan-seluruh alone stays 2`,
      indicator,
      doc: { signals: ['cakupan-seluruh'] },
      level: 2,
      reason: /Tingkat 3 \(Terdefinisi\) belum didukung: tunjukkan/,
    })),
    ...Object.entries(CONTENT).map(([no, facts]) => ({
      name: `indicator ${no}: the whole content list read from the text → 3`,
      indicator: Number(no),
      doc: { facts },
      level: 3,
      reason: new RegExp(`Tingkat 3 \\(Terdefinisi\\): .*"Dokumen Kebijakan.pdf" hlm\\. 1: "${facts[0]}"`),
    })),
    // Indicator 3's own criteria: tingkat 3 is the Kondisi "hanya mengatur sebagian", tingkat 4 all six processes.
    {
      name: 'indicator 3: part of the Manajemen Data processes → 3',
      indicator: 3,
      doc: { facts: ['md-data-induk', 'md-data-referensi'] },
      level: 3,
      reason: /Tingkat 3 \(Terdefinisi\): kebijakan yang mengatur \(sebagian\) rangkaian proses Manajemen Data: "Dokumen Kebijakan.pdf" hlm\. 1: "md-data-induk"/,
    },
    {
      name: 'indicator 3: all six Manajemen Data processes → 4, no review asked',
      indicator: 3,
      doc: { facts: MANAJEMEN_DATA_CHECKS },
      level: 4,
      reason: /Tingkat 4 \(Terpadu dan Terukur\): kebijakan yang mengatur seluruh rangkaian proses Manajemen Data: "Dokumen Kebijakan.pdf" hlm\. 1: "md-arsitektur-data"/,
    },
    {
      name: 'indicator 23: the Manajemen Data checklist and the guideline → 3',
      indicator: 23,
      doc: { maps: [{ indicator: 23, phrases: ['arsitektur data', 'data induk', 'data referensi', 'basis data', 'kualitas data', 'interoperabilitas data', 'pedoman manajemen data'] }] },
      level: 3,
      reason: /"Dokumen Kebijakan.pdf": "arsitektur data", "Dokumen Kebijakan.pdf": "data induk"/,
    },
    ...[5, 6, 7, 10].map((indicator) => ({
      name: `indicator ${indicator}: cakupan-seluruh → 3`,
      indicator,
      doc: { signals: ['cakupan-seluruh'] },
      level: 3,
      reason: /Tingkat 3 \(Terdefinisi\): kebijakan yang mengatur seluruh unit kerja\/perangkat daerah: "Dokumen Kebijakan.pdf": "cakupan seluruh unit kerja\/perangkat daerah"\./,
    })),
    // Were 3: level 3 used "covers all units" where the criterion asks something else.
    ...[4, 13, 21].map((indicator) => ({
      name: `indicator ${indicator}: cakupan-seluruh alone stays 2`,
      indicator,
      doc: { signals: ['cakupan-seluruh'] },
      level: 2,
      reason: /Tingkat 3 \(Terdefinisi\) belum didukung/,
    })),
    { name: 'indicator 4: consultation with the ICT unit → 3', indicator: 4, doc: { facts: ['konsultasi-tik'] }, level: 3, reason: /konsultasi pembangunan aplikasi dengan unit pengelola TIK/ },
    { name: 'indicator 13: plans consulted with the ICT unit → 3', indicator: 13, doc: { facts: ['renja-anggaran', 'konsultasi-tik'] }, level: 3, reason: /dikonsultasikan kepada unit pengelola TIK/ },
    { name: 'indicator 21: risk management by the guideline → 3', indicator: 21, doc: { facts: ['pedoman-manajemen-risiko'] }, level: 3, reason: /mengacu pada pedoman manajemen risiko SPBE/ },
  ];
  it.each(cases)('$name', ({ indicator, doc, level, reason }) => {
    const result = indicatorOf([formal(indicator, doc)], indicator);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

describe('service ladder names signals in Indonesian (indicator 36)', () => {
  // Levels 2-3 read the content checks (facts); levels 4 the collaboration signals as well.
  const shot = (signals: string[], facts: string[]): DocSpec => ({ sha: 'g1', paths: ['BKPSDM/layar 1.png'], kind: 'tangkapan-layar', signals, facts, maps: [{ indicator: 36 }] });
  const cases: { signals: string[]; facts: string[]; level: number; reason: RegExp }[] = [
    { signals: ['layanan-kolaborasi'], facts: ['interaksi', 'transaksi'], level: 4, reason: /Tingkat 4 \(Kolaborasi\): .*"layar 1.png": "integrasi dengan layanan lain \(API, middleware, sistem penghubung layanan\)"\./ },
    { signals: ['integrasi-nasional'], facts: ['interaksi', 'transaksi'], level: 4, reason: /Tingkat 4 \(Kolaborasi\): .*"layar 1.png": "integrasi dengan layanan atau sistem nasional"\./ },
    // Was 1: transaction features prove level 3 (and so 2) without upload or search words.
    { signals: [], facts: ['transaksi'], level: 3, reason: /Tingkat 3 \(Transaksi\)/ },
  ];
  it.each(cases)('$signals $facts', ({ signals, facts, level, reason }) => {
    const result = indicatorOf([shot(signals, facts)], 36);
    expect(result.supportedLevel).toBe(level);
    const text = result.supportReasons.join('\n');
    expect(text).toMatch(reason);
    expect(text).not.toMatch(/"(layanan-[a-z]+|integrasi-nasional)"/);
  });
});
