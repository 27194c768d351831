import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { collectEvidence } from '../../src/assess/evidence.ts';
import { supportedLevel } from '../../src/assess/supported-level.ts';
import { loadInstrument } from '../../src/instrument/load.ts';
import type { IndicatorAssessment } from '../../src/assess/types.ts';
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
    { name: 'coverage signal → 3', docs: [{ ...partial, maps: [{ indicator: 1, signals: ['cakupan-seluruh'] }] }], level: 3, reason: /mencakup seluruh/ },
    { name: 'fresh review → 4', docs: [full, freshReview], level: 4, reason: /Tingkat 4 \(Terpadu dan Terukur\): reviu\/evaluasi "Laporan Evaluasi Kebijakan Arsitektur 2025.pdf" \(3 Februari 2025\) masih berlaku/ },
    { name: 'old review stays 3', docs: [full, oldReview], level: 3, reason: /sudah lebih dari 2 tahun/ },
    { name: 'undated review → 4 with a warning', docs: [full, { ...freshReview, date: null }], level: 4, reason: /tanpa tanggal yang terbaca/ },
    { name: 'review before level 3 does not jump', docs: [partial, freshReview], level: 2, reason: /baru dihitung untuk tingkat 4 setelah tingkat 3/ },
    { name: 'follow-up signal → 5', docs: [full, freshReview, followUp], level: 5, reason: /Tingkat 5 \(Optimum\): "Notulen rekomendasi.pdf" menunjukkan tindak lanjut/ },
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
    const pemdi = loadInstrument('pemdi-2026');
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
      reason: /menunjukkan "layanan-kolaborasi"/,
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
