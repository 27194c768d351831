import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { collectEvidence } from '../../src/assess/evidence.ts';
import { supportedLevel } from '../../src/assess/supported-level.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { IndicatorAssessment } from '../../src/types/assessment.ts';
import { ARSITEKTUR_DOMAINS, TODAY, makeConfig, makeDoc, makeInput, type DocSpec } from './fixtures.ts';

function indicatorOf(docs: DocSpec[], no: number, config = makeConfig()): IndicatorAssessment {
  const result = assess(makeInput(docs.map(makeDoc), config)).indicators.find((i) => i.id === no);
  if (!result) throw new Error(`indikator ${no} tidak ada`);
  return result;
}

const draft: DocSpec = { sha: 'a1', paths: ['DISKOMINFO/Raperbup Arsitektur SPBE.pdf'], kind: 'rancangan', maps: [{ indicator: 1 }] };
const partial: DocSpec = {
  sha: 'a2',
  paths: ['DISKOMINFO/Perbup 12 2023 Arsitektur SPBE.pdf'],
  kind: 'peraturan',
  enacted: true,
  date: '2023-03-12',
  maps: [{ indicator: 1, phrases: ['Arsitektur SPBE', 'Proses Bisnis', 'Data dan Informasi'] }],
};
const full: DocSpec = { ...partial, maps: [{ indicator: 1, phrases: ['Arsitektur SPBE', ...ARSITEKTUR_DOMAINS] }] };
const freshReview: DocSpec = {
  sha: 'a3',
  paths: ['DISKOMINFO/Laporan Evaluasi Kebijakan Arsitektur 2025.pdf'],
  kind: 'laporan-evaluasi',
  date: '2025-02-03',
  maps: [{ indicator: 1 }],
};
const oldReview: DocSpec = { ...freshReview, sha: 'a4', paths: ['DISKOMINFO/Laporan Evaluasi 2022.pdf'], date: '2022-05-10' };
const followUp: DocSpec = {
  sha: 'a5',
  paths: ['DISKOMINFO/Notulen rekomendasi.pdf'],
  kind: 'notulen',
  date: '2025-06-01',
  maps: [{ indicator: 1, signals: ['tindak-lanjut'] }],
};

describe('process ladder (indicator 1, kebijakan internal)', () => {
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    { name: 'nothing', docs: [], level: 0, reason: /Belum ada bukti dukung/ },
    { name: 'draft → 1', docs: [draft], level: 1, reason: /Tingkat 1 \(Rintisan\): ada rancangan/ },
    {
      name: 'unsigned peraturan → 1',
      docs: [{ ...partial, enacted: false }],
      level: 1,
      reason: /belum terlihat ditetapkan/,
    },
    { name: 'enacted, partial content → 2', docs: [draft, partial], level: 2, reason: /muatan yang belum terlihat pada bukti: Infrastruktur SPBE/ },
    { name: 'enacted, all 6 domains → 3', docs: [full], level: 3, reason: /Tingkat 3 \(Terdefinisi\): muatan lengkap/ },
    { name: 'content split over two documents → 3', docs: [partial, { ...partial, sha: 'a6', paths: ['SETDA/SK.pdf'], kind: 'keputusan', maps: [{ indicator: 1, phrases: ['Infrastruktur SPBE', 'Aplikasi SPBE', 'Keamanan SPBE', 'Layanan SPBE'] }] }], level: 3, reason: /muatan lengkap/ },
    { name: 'content signal → 3', docs: [{ ...partial, maps: [{ indicator: 1, signals: ['muatan-lengkap'] }] }], level: 3, reason: /memuat seluruh muatan yang disyaratkan/ },
    { name: 'fresh review → 4', docs: [full, freshReview], level: 4, reason: /Tingkat 4 \(Terpadu dan Terukur\): reviu\/evaluasi "Laporan Evaluasi Kebijakan Arsitektur 2025.pdf" \(3 Februari 2025\) masih berlaku/ },
    { name: 'old review stays 3', docs: [full, oldReview], level: 3, reason: /sudah lebih dari 2 tahun/ },
    { name: 'undated review → 4 with a warning', docs: [full, { ...freshReview, date: null }], level: 4, reason: /tanpa tanggal yang terbaca/ },
    { name: 'review before level 3 does not jump', docs: [partial, freshReview], level: 2, reason: /baru dihitung untuk tingkat 4 setelah tingkat 3/ },
    { name: 'follow-up signal → 5', docs: [full, freshReview, followUp], level: 5, reason: /Tingkat 5 \(Optimum\): "Notulen rekomendasi.pdf" \(1 Juni 2025\) menunjukkan tindak lanjut hasil reviu "Laporan Evaluasi Kebijakan Arsitektur 2025.pdf" \(3 Februari 2025\)/ },
    {
      name: 'newer enacted version after the review → 5',
      docs: [
        { ...full, date: '2022-01-10' },
        { ...freshReview, date: '2024-06-01' },
        { ...full, sha: 'a7', paths: ['DISKOMINFO/Perbup 5 2025 Perubahan.pdf'], date: '2025-04-01', maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS }] },
      ],
      level: 5,
      reason: /ditetapkan setelah reviu .* dan memperbarui/,
    },
    { name: 'fresh review without follow-up stays 4', docs: [full, freshReview], level: 4, reason: /Tingkat 5 \(Optimum\) belum didukung/ },
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

describe('process ladder, other indicators', () => {
  it('indicator 5 (no checklist): "seluruh perangkat daerah" gives 3, without it 2', () => {
    const base: DocSpec = { sha: 'b1', paths: ['DISKOMINFO/Perbup Pusat Data.pdf'], kind: 'peraturan', enacted: true, maps: [{ indicator: 5, phrases: ['Pusat Data'] }] };
    expect(indicatorOf([base], 5).supportedLevel).toBe(2);
    const all = { ...base, maps: [{ indicator: 5, phrases: ['Pusat Data', 'seluruh perangkat daerah'] }] };
    const result = indicatorOf([all], 5);
    expect(result.supportedLevel).toBe(3);
    expect(result.supportReasons.join(' ')).toMatch(/menyebut cakupan "seluruh perangkat daerah"/);
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

  it('the review window follows masaBerlakuReviuTahun', () => {
    const config = makeConfig({ masaBerlakuReviuTahun: 4 });
    expect(indicatorOf([full, oldReview], 1, config).supportedLevel).toBe(4);
  });

  it('works on another instrument with the generic profile', () => {
    const pemdi = loadPack('pemdi-2026').instrument;
    const indicator = pemdi.groups.flatMap((g) => g.indicators).find((i) => i.kapabilitas === 'proses');
    if (!indicator) throw new Error('tidak ada indikator proses');
    const doc = makeDoc({ sha: 'c1', paths: ['SETDA/SOP.pdf'], kind: 'sop', maps: [{ indicator: indicator.no, phrases: ['seluruh unit kerja'] }] });
    const items = collectEvidence([doc]).get(indicator.no)?.accepted ?? [];
    const est = supportedLevel(pemdi, indicator, items, { today: TODAY, reviewYears: 2 });
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
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    { name: 'information only → 1', docs: [shot('d1', 'beranda simpeg.png')], level: 1, reason: /Tingkat 1 \(Informasi\)/ },
    { name: 'upload → 2', docs: [shot('d1', 'beranda.png'), shot('d2', 'unggah dokumen.png')], level: 2, reason: /Tingkat 2 \(Interaksi\): "unggah dokumen.png" menunjukkan "unggah"/ },
    { name: 'approval → 3', docs: [shot('d2', 'unggah dokumen.png'), shot('d3', 'persetujuan cuti.png')], level: 3, reason: /Tingkat 3 \(Transaksi\)/ },
    {
      name: 'integration → 4',
      docs: [shot('d2', 'unggah dokumen.png'), shot('d3', 'persetujuan cuti.png'), shot('d4', 'sinkron.png', { maps: [{ indicator: 36, phrases: ['terhubung dengan SIASN'] }] })],
      level: 4,
      reason: /Tingkat 4 \(Kolaborasi\): "sinkron.png" menunjukkan "terhubung"/,
    },
    {
      name: 'fresh service review → 5',
      docs: [
        shot('d2', 'unggah dokumen.png'),
        shot('d3', 'persetujuan cuti.png'),
        shot('d4', 'integrasi siasn.png'),
        { sha: 'd5', paths: ['BKPSDM/Laporan evaluasi SIMPEG.pdf'], kind: 'laporan-evaluasi', date: '2025-08-01', maps: [{ indicator: 36 }] },
      ],
      level: 5,
      reason: /Tingkat 5 \(Optimum\): reviu\/evaluasi/,
    },
    {
      name: 'integration without transaction stops at 2',
      docs: [shot('d2', 'unggah dokumen.png'), shot('d4', 'integrasi siasn.png')],
      level: 2,
      reason: /Tanda tingkat 4 \(kolaborasi\) sudah ada/,
    },
    {
      name: 'signals instead of words',
      docs: [shot('d6', 'a.png', { maps: [{ indicator: 36, signals: ['layanan-interaksi', 'layanan-transaksi', 'layanan-kolaborasi'] }] })],
      level: 4,
      reason: /menunjukkan integrasi dengan layanan lain \(API, middleware, sistem penghubung layanan\)/,
    },
    { name: 'login page only → 0', docs: [shot('d7', 'login.png', { loginOnly: true })], level: 0, reason: /hanya menampilkan halaman login/ },
    { name: 'login signal counts as login-only', docs: [shot('d8', 'masuk.png', { signals: ['halaman-login'] })], level: 0, reason: /halaman login/ },
    { name: 'login page beside real screenshots is ignored', docs: [shot('d7', 'login.png', { loginOnly: true }), shot('d2', 'unggah.png')], level: 2, reason: /"login.png" hanya menampilkan halaman login/ },
  ];
  it.each(cases)('$name', ({ docs, level, reason }) => {
    const result = indicatorOf(docs, 36);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

describe('follow-up (level 5) only after a counted review (indicator 10)', () => {
  // The sample workspace: a Perbup and an SK carry the follow-up signal but predate the review minutes.
  const perbup: DocSpec = {
    sha: 'e1',
    paths: ['SETDA/Perbup 27 Tahun 2024 Penyelenggaraan SPBE.pdf'],
    kind: 'peraturan',
    enacted: true,
    date: '2024-08-12',
    signals: ['cakupan-seluruh', 'tindak-lanjut'],
    maps: [{ indicator: 10 }],
  };
  const sk: DocSpec = {
    sha: 'e2',
    paths: ['SETDA/SK Tim Koordinasi SPBE 2025.pdf'],
    kind: 'keputusan',
    enacted: true,
    date: '2025-02-03',
    signals: ['tindak-lanjut'],
    maps: [{ indicator: 10 }],
  };
  const review: DocSpec = {
    sha: 'e3',
    paths: ['DISKOMINFO/Notulen Rapat Reviu Kebijakan SPBE.pdf'],
    kind: 'notulen',
    date: '2025-10-15',
    signals: ['reviu'],
    maps: [{ indicator: 10 }],
  };
  const minutes = (date: string | null): DocSpec => ({
    sha: 'e4',
    paths: ['DISKOMINFO/Notulen Rapat Kebijakan Tim Koordinasi.pdf'],
    kind: 'notulen',
    date,
    signals: ['tindak-lanjut'],
    maps: [{ indicator: 10 }],
  });
  const report = (date: string): DocSpec => ({
    sha: 'e5',
    paths: ['SETDA/Laporan Penyempurnaan Kebijakan Tim Koordinasi.pdf'],
    kind: 'laporan',
    date,
    maps: [{ indicator: 10 }],
  });
  const cases: { name: string; docs: DocSpec[]; level: number; reason: RegExp }[] = [
    {
      name: 'policies dated before the review are not its follow-up',
      docs: [perbup, sk, review],
      level: 4,
      reason: /Tingkat 5 \(Optimum\) belum didukung: .*"Perbup 27 Tahun 2024 Penyelenggaraan SPBE.pdf" \(12 Agustus 2024\) dan "SK Tim Koordinasi SPBE 2025.pdf" \(3 Februari 2025\) bertanggal sebelum reviu "Notulen Rapat Reviu Kebijakan SPBE.pdf" \(15 Oktober 2025\)/,
    },
    {
      name: 'a follow-up signal dated after the review → 5',
      docs: [perbup, review, minutes('2025-11-20')],
      level: 5,
      reason: /Tingkat 5 \(Optimum\): "Notulen Rapat Kebijakan Tim Koordinasi.pdf" \(20 November 2025\) menunjukkan tindak lanjut hasil reviu "Notulen Rapat Reviu Kebijakan SPBE.pdf" \(15 Oktober 2025\)/,
    },
    {
      name: 'a follow-up on the day of the review counts',
      docs: [perbup, review, minutes('2025-10-15')],
      level: 5,
      reason: /\(15 Oktober 2025\) menunjukkan tindak lanjut hasil reviu "Notulen Rapat Reviu/,
    },
    {
      name: 'the review carrying the follow-up itself → 5',
      docs: [perbup, { ...review, signals: ['reviu', 'tindak-lanjut'] }],
      level: 5,
      reason: /"Notulen Rapat Reviu Kebijakan SPBE.pdf" memuat rekomendasi atau tindak lanjut hasil reviu itu sendiri/,
    },
    {
      name: 'a file name naming a follow-up, dated before the review',
      docs: [{ ...perbup, signals: ['cakupan-seluruh'] }, review, report('2025-03-01')],
      level: 4,
      reason: /"Laporan Penyempurnaan Kebijakan Tim Koordinasi.pdf" \(1 Maret 2025\) bertanggal sebelum reviu/,
    },
    {
      name: 'a file name naming a follow-up, dated after the review → 5',
      docs: [review, report('2025-11-01'), { ...perbup, signals: ['cakupan-seluruh'] }],
      level: 5,
      reason: /\(1 November 2025\) memuat "penyempurnaan" sebagai tindak lanjut hasil reviu "Notulen Rapat Reviu Kebijakan SPBE.pdf"/,
    },
    {
      name: 'an undated follow-up does not count',
      docs: [{ ...perbup, signals: ['cakupan-seluruh'] }, review, minutes(null)],
      level: 4,
      reason: /"Notulen Rapat Kebijakan Tim Koordinasi.pdf" tanpa tanggal yang terbaca, sehingga belum terlihat dibuat setelah reviu/,
    },
    {
      name: 'an undated review cannot be followed by a dated document',
      docs: [perbup, { ...review, date: null }, minutes('2025-11-20')],
      level: 4,
      reason: /Reviu "Notulen Rapat Reviu Kebijakan SPBE.pdf" tanpa tanggal yang terbaca, sehingga belum terlihat bahwa tindak lanjutnya dibuat sesudahnya/,
    },
    {
      name: 'a follow-up of an expired review does not follow the current one',
      docs: [
        { ...perbup, signals: ['cakupan-seluruh'] },
        { ...review, sha: 'e6', paths: ['DISKOMINFO/Notulen Reviu 2022.pdf'], date: '2022-03-01' },
        minutes('2023-01-10'),
        review,
      ],
      level: 4,
      reason: /\(10 Januari 2023\) bertanggal sebelum reviu "Notulen Rapat Reviu Kebijakan SPBE.pdf" \(15 Oktober 2025\)/,
    },
  ];
  it.each(cases)('$name', ({ docs, level, reason }) => {
    const result = indicatorOf(docs, 10);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

describe('level 3: content checklist indicators need complete content, the others all units', () => {
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
      reason: /muatan yang belum terlihat pada bukti: .*; cakupan seluruh unit kerja\/perangkat daerah saja belum cukup/,
    })),
    ...[1, 2, 3, 8, 9, 11, 12, 23].map((indicator) => ({
      name: `indicator ${indicator}: muatan-lengkap → 3`,
      indicator,
      doc: { maps: [{ indicator, signals: ['muatan-lengkap'] }] },
      level: 3,
      reason: /Tingkat 3 \(Terdefinisi\): "Dokumen Kebijakan.pdf" memuat seluruh muatan yang disyaratkan\./,
    })),
    {
      name: 'indicator 23: the Manajemen Data checklist → 3',
      indicator: 23,
      doc: { maps: [{ indicator: 23, phrases: ['arsitektur data', 'data induk', 'data referensi', 'basis data', 'kualitas data', 'interoperabilitas data'] }] },
      level: 3,
      reason: /muatan lengkap terlihat pada bukti: arsitektur data, data induk/,
    },
    ...[4, 5, 6, 7, 10, 13, 21].map((indicator) => ({
      name: `indicator ${indicator}: cakupan-seluruh → 3`,
      indicator,
      doc: { signals: ['cakupan-seluruh'] },
      level: 3,
      reason: /Tingkat 3 \(Terdefinisi\): "Dokumen Kebijakan.pdf" mencakup seluruh unit kerja\/perangkat daerah\./,
    })),
  ];
  it.each(cases)('$name', ({ indicator, doc, level, reason }) => {
    const result = indicatorOf([formal(indicator, doc)], indicator);
    expect(result.supportedLevel).toBe(level);
    expect(result.supportReasons.join('\n')).toMatch(reason);
  });
});

describe('service ladder names signals in Indonesian (indicator 36)', () => {
  const shot = (signals: string[]): DocSpec => ({ sha: 'g1', paths: ['BKPSDM/layar 1.png'], kind: 'tangkapan-layar', signals, maps: [{ indicator: 36 }] });
  const cases: { signals: string[]; level: number; reason: RegExp }[] = [
    { signals: ['layanan-interaksi'], level: 2, reason: /Tingkat 2 \(Interaksi\): "layar 1.png" menunjukkan fitur interaksi \(unggah\/unduh dokumen, pencarian\)\./ },
    {
      signals: ['layanan-interaksi', 'layanan-transaksi'],
      level: 3,
      reason: /Tingkat 3 \(Transaksi\): "layar 1.png" menunjukkan fitur transaksi \(persetujuan, status, notifikasi\)\./,
    },
    {
      signals: ['layanan-interaksi', 'layanan-transaksi', 'integrasi-nasional'],
      level: 4,
      reason: /Tingkat 4 \(Kolaborasi\): "layar 1.png" menunjukkan integrasi dengan layanan atau sistem nasional\./,
    },
    {
      signals: ['layanan-transaksi'],
      level: 1,
      reason: /Tanda tingkat 3 \(transaksi\) sudah ada: "layar 1.png" menunjukkan fitur transaksi \(persetujuan, status, notifikasi\); tetapi/,
    },
  ];
  it.each(cases)('$signals', ({ signals, level, reason }) => {
    const result = indicatorOf([shot(signals)], 36);
    expect(result.supportedLevel).toBe(level);
    const text = result.supportReasons.join('\n');
    expect(text).toMatch(reason);
    expect(text).not.toMatch(/"(layanan-[a-z]+|integrasi-nasional)"/);
  });
});
