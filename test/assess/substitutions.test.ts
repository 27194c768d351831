/**
 * Substitutions the assessors reject (pemdi-2026 substitutions.yaml): documents classified from their text, then
 * assessed; the finding names the items, the assessors' reason, what to upload instead and the source mark.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { classifyWithFacts } from '../../src/app/classify-documents.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { parseSubstitutions } from '../../src/instrument/substitutions.ts';
import type { Config } from '../../src/types/config.ts';
import type { DocumentKind } from '../../src/types/classification.ts';
import type { Finding, IndicatorAssessment, RequirementResult } from '../../src/types/assessment.ts';
import { makeConfig, makeDoc, makeInput } from './fixtures.ts';
import { pagesOf, SUKAMAJU } from '../classify/helpers.ts';

const pack = loadPack('pemdi-2026');
const config: Config = { ...makeConfig(), instrumen: 'pemdi-2026' };

/** The findings of `rule` on indicator `no` for one document classified from `text` (optionally with its kind forced). */
function findingsFor(no: number, path: string, text: string, kind?: DocumentKind, rule = 'rejectedSubstitution'): Finding[] {
  const sha = path.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 12).padEnd(12, '0');
  const c = classifyWithFacts({ sha256: sha.padEnd(64, '0'), paths: [path], pages: pagesOf(text) }, pack, { threshold: 0.5, instansi: SUKAMAJU });
  expect([...c.mappings, ...c.candidates].map((m) => m.indicator), `${path} maps to ${no} or is its candidate`).toContain(no);
  const doc = makeDoc({ sha, paths: [path] });
  doc.classification = kind === undefined ? c : { ...c, kind };
  const indicator = assess(makeInput([doc], config, pack)).indicators.find((i) => i.id === no);
  return (indicator?.findings ?? []).filter((f) => f.rule === rule);
}

const KAMI = `LAPORAN HASIL PENILAIAN INDEKS KAMI VERSI 4.2
DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU TAHUN 2023
Penilaian keamanan informasi dengan Indeks Keamanan Informasi menunjukkan tingkat kematangan I+.
Rekomendasi perbaikan tata kelola keamanan informasi.`;

const IKASANDI = `LAPORAN HASIL PENGUKURAN IKASANDI
Instrumen Pengukuran Kematangan Keamanan Siber dan Sandi Pemerintah Kabupaten Sukamaju 2026
Nilai area Keamanan Siber 1,42. Hasil Indeks KAMI tahun sebelumnya menjadi bahan pembanding.`;

const SLA_LIST = `DAFTAR LAYANAN DIGITAL DAN SERVICE LEVEL AGREEMENT
Pemerintah Kabupaten Sukamaju
1. Layanan perizinan daring: waktu respons 1 jam, ketersediaan 99%.
2. Layanan pengaduan: waktu penyelesaian 3 hari kerja.`;

const SLA_DASHBOARD = `DASBOR PEMANTAUAN SLA LAYANAN DIGITAL
Fasilitas dukungan pengguna (helpdesk) Kabupaten Sukamaju
Capaian SLA per layanan bulan Mei 2026: perizinan 98%, pengaduan 95%.`;

describe('rejectedSubstitution: evidence the assessors reject in place of what the item asks for', () => {
  it('Indeks KAMI offered for IKASANDI: a warning with the reason, what to upload and the SECONDARY mark', () => {
    const [f, ...rest] = findingsFor(10, 'DISKOMINFO/Indeks KAMI 2023.pdf', KAMI);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    // The rules do not accept an Indeks KAMI report for indicator 10; as a candidate it is flagged before anyone accepts it.
    expect(f?.message).toMatch(/^Kandidat "watch\/DISKOMINFO\/Indeks KAMI 2023\.pdf"/);
    expect(f?.path).toBe('DISKOMINFO/Indeks KAMI 2023.pdf');
    expect(f?.message).toContain('tampaknya hasil Indeks KAMI');
    expect(f?.message).toContain('bukan hasil penilaian IKASANDI area Keamanan Siber');
    expect(f?.message).toContain('Indeks KAMI 2023 tidak sesuai');
    expect(f?.message).toContain('Unggah sebagai gantinya: hasil penilaian IKASANDI');
    expect(f?.message).toContain('SECONDARY');
    expect(f?.message).toMatch(/I10-L1-01/);
  });

  it('an IKASANDI result that also names Indeks KAMI is what the item asks for: no finding', () => {
    expect(findingsFor(10, 'DISKOMINFO/IKASANDI 2026.pdf', IKASANDI)).toEqual([]);
  });

  it('the lexicon recognises another form of a concept ("indeks keamanan informasi" for Indeks KAMI)', () => {
    const text = KAMI.replace(/INDEKS KAMI VERSI 4\.2/, 'INDEKS KEAMANAN INFORMASI').replace(/dengan Indeks Keamanan Informasi /, '');
    expect(text).not.toMatch(/KAMI/);
    expect(findingsFor(10, 'DISKOMINFO/Penilaian keamanan.pdf', text).map((f) => f.rule)).toEqual(['rejectedSubstitution']);
  });

  it('a list of SLAs offered for the SLA monitoring items is a finding; the monitoring dashboard is not', () => {
    const [f] = findingsFor(19, 'DISKOMINFO/Daftar SLA.pdf', SLA_LIST);
    expect(f?.message).toContain('daftar layanan dengan SLA-nya');
    expect(f?.message).toContain('dasbor pemantauan SLA');
    expect(f?.message).toMatch(/I19-L1-02/);
    expect(findingsFor(19, 'DISKOMINFO/Dasbor SLA.pdf', SLA_DASHBOARD)).toEqual([]);
  });

  it('a screenshot is never "a list": the offered side excludes the kind', () => {
    expect(findingsFor(19, 'DISKOMINFO/Daftar SLA.png', SLA_LIST, 'tangkapan-layar')).toEqual([]);
  });

  it('an Arsitektur SPBE document offered for the SIAP Digital items of indicator 15 is marked with the verdict', () => {
    const text = `PERATURAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2022\nTENTANG\nARSITEKTUR SPBE\nPasal 5 Arsitektur SPBE memuat domain arsitektur proses bisnis dan peta proses bisnis layanan.`;
    const [f] = findingsFor(15, 'BAGOR/Indikator 15/Perbup Arsitektur SPBE.pdf', text, 'peraturan');
    expect(f?.message).toContain('arsitektur proses bisnis yang diisi di SIAP Digital');
    expect(f?.message).toContain('penjelasan pasal Arsitektur SPBE tidak tepat');
    const filled = `${text}\nProses bisnis layanan perizinan telah diisi pada SIAP Digital.`;
    expect(findingsFor(15, 'BAGOR/Indikator 15/Probis SIAP Digital.pdf', filled, 'peraturan')).toEqual([]);
  });

  it('an extension of a verdict to other items carries the UNSURE mark', () => {
    const text = `DOKUMEN ARSITEKTUR PEMERINTAH DIGITAL KABUPATEN SUKAMAJU\nArsitektur SPBE sebagai kerangka tata kelola pemerintah digital dan rencana aksi.`;
    const found = findingsFor(1, 'DISKOMINFO/Arsitektur SPBE.pdf', text, 'dokumen-arsitektur');
    expect(found.some((f) => f.message.includes('UNSURE') && f.message.includes('SIAP Digital'))).toBe(true);
  });

  it('the SPBE pack has no substitutions, so its assessment never shows the rule', () => {
    expect(loadPack('spbe-2020').substitutions).toEqual([]);
    expect(pack.substitutions.length).toBeGreaterThanOrEqual(7);
    for (const s of pack.substitutions) expect(s.items.every((code) => code.startsWith(`I${s.indicator}-`)), s.id).toBe(true);
  });
});

/** Indicator `no` assessed with documents classified from their texts and accepted for it (as a reviewer would). */
function assessAccepted(no: number, docs: { path: string; text: string; kind?: DocumentKind }[]): IndicatorAssessment {
  const assessed = docs.map(({ path, text, kind }) => {
    const sha = path.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 12).padEnd(12, '0');
    const c = classifyWithFacts({ sha256: sha.padEnd(64, '0'), paths: [path], pages: pagesOf(text) }, pack, { threshold: 0.5, instansi: SUKAMAJU });
    const own = [...c.mappings, ...c.candidates].filter((m) => m.indicator === no);
    expect(own.length, `${path} maps to ${no} or is its candidate`).toBeGreaterThan(0);
    const doc = makeDoc({ sha, paths: [path] });
    doc.classification = { ...c, ...(kind === undefined ? {} : { kind }), mappings: own, candidates: [] };
    return doc;
  });
  const indicator = assess(makeInput(assessed, config, pack)).indicators.find((i) => i.id === no);
  if (indicator === undefined) throw new Error(`no indicator ${no}`);
  return indicator;
}

function requirement(a: IndicatorAssessment, code: string): RequirementResult | undefined {
  return a.levels?.levels.flatMap((l) => l.requirements).find((r) => r.id.toUpperCase() === code);
}

describe('a rejected substitution meets no item: the berjenjang climb stops at it', () => {
  const KAMI_SIBER = `LAPORAN HASIL PENILAIAN INDEKS KAMI VERSI 4.2
Pemerintah Kabupaten Sukamaju, bahan pengukuran keamanan siber dan sandi tahun 2026
Tingkat kelengkapan penerapan standar ISO 27001 kategori II.`;

  it('an accepted list of SLAs is set aside for I19-L1-02: level 1 is not met and the value is the share of its items', () => {
    const a = assessAccepted(19, [{ path: 'DISKOMINFO/Daftar SLA.pdf', text: SLA_LIST }]);
    const item = requirement(a, 'I19-L1-02');
    expect(item?.met).toBe(false);
    expect(item?.notes[0]).toMatch(/"Daftar SLA\.pdf" \([^)]*\) tampaknya daftar layanan dengan SLA-nya, bukan dasbor pemantauan SLA; asesor menolak/);
    expect(requirement(a, 'I19-L1-01')?.met).toBe(true);
    expect(a.supportedLevel).toBe(0);
    // Pemdi linear credit within level 1 (band 1,0–1,5): one of its two items met.
    expect(a.levels?.value).toBeCloseTo(1.25, 5);
    expect(a.levels?.next?.missing.join(' ')).toContain('asesor menolak pengganti ini');
    const [f] = a.findings.filter((x) => x.rule === 'rejectedSubstitution');
    expect(f?.message).toMatch(/^Berkas "watch\/DISKOMINFO\/Daftar SLA\.pdf".* untuk butir I19-L1-02 tampaknya/);
  });

  it('with the monitoring dashboard beside it the item is met, citing the dashboard only', () => {
    const a = assessAccepted(19, [
      { path: 'DISKOMINFO/Daftar SLA.pdf', text: SLA_LIST },
      { path: 'DISKOMINFO/Dasbor SLA.pdf', text: `${SLA_DASHBOARD}\nDokumen SLA per proses layanan: pendaftaran 1 jam, verifikasi 2 jam.` },
    ]);
    const item = requirement(a, 'I19-L1-02');
    expect(item?.met).toBe(true);
    expect(item?.evidence.map((e) => e.path)).toEqual(['DISKOMINFO/Dasbor SLA.pdf']);
  });

  it('an accepted Indeks KAMI report that names keamanan siber dan sandi does not meet the IKASANDI item of level 1', () => {
    const a = assessAccepted(10, [{ path: 'DISKOMINFO/Indeks KAMI 2026.pdf', text: KAMI_SIBER }]);
    expect(requirement(a, 'I10-L1-01')?.met).toBe(false);
    expect(requirement(a, 'I10-L1-01')?.rejected).toHaveLength(1);
    expect(a.supportedLevel).toBe(0);
    expect(a.status).not.toBe('lengkap');
    const [f] = a.findings.filter((x) => x.rule === 'rejectedSubstitution');
    expect(f?.message).toMatch(/untuk butir I10-L1-01 tampaknya hasil Indeks KAMI/);
  });

  it('the IKASANDI result itself meets the item (the set-aside is the substitution, not the indicator)', () => {
    const a = assessAccepted(10, [{ path: 'DISKOMINFO/IKASANDI 2026.pdf', text: IKASANDI }]);
    expect(requirement(a, 'I10-L1-01')?.met).toBe(true);
    expect(a.supportedLevel).toBeGreaterThanOrEqual(1);
  });
});

describe('substitutions file validation', () => {
  const base = {
    formatVersion: 1,
    instrument: 'pemdi-2026',
    substitutions: [
      {
        id: 'x', items: ['I10-L1-01'], offered: { label: 'a', concepts: ['Indeks KAMI'] }, required: { label: 'b', concepts: ['IKASANDI'] },
        reason: 'r', upload: 'u', mark: 'SECONDARY', basis: 'b',
      },
    ],
  };
  const lexicon = { concepts: [['Indeks KAMI', 'indeks keamanan informasi'], ['IKASANDI', 'indeks kematangan keamanan siber dan sandi']] };

  it('expands each named concept into every one of its forms', () => {
    const data = parseSubstitutions(base, 'x.yaml', 'pemdi-2026', pack.items, lexicon);
    expect(data.checks['ganti-x-ditawarkan']?.phrases).toEqual(['Indeks KAMI', 'indeks keamanan informasi']);
    expect(data.substitutions[0]?.indicator).toBe(10);
  });

  it('names the file and the problem: an unknown concept, an unknown item, items of two indicators', () => {
    const bad = { ...base, substitutions: [{ ...base.substitutions[0], items: ['I10-L1-01', 'I9-L9-01'], offered: { label: 'a', concepts: ['Indeks X'] } }] };
    expect(() => parseSubstitutions(bad, 'x.yaml', 'pemdi-2026', pack.items, lexicon)).toThrow(/x\.yaml[\s\S]*konsep "Indeks X"[\s\S]*/);
    expect(() => parseSubstitutions(bad, 'x.yaml', 'pemdi-2026', pack.items, lexicon)).toThrow(/satu indikator/);
  });
});
