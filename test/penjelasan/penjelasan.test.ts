import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runEviden, makeWorkspace, textPdf, SK_TIM_KOORDINASI, SHARED_DIR, hasShared, MINIMAL_CONFIG, type TempWorkspace } from '../helpers/workspace.ts';
import { readDocumentFacts, titleCase } from '../../src/penjelasan/facts.ts';
import { draftPenjelasan, factSentence, ownCriterion } from '../../src/penjelasan/draft.ts';
import { openPdf, readPage } from '../../src/extract/pdf-text.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { findIndicator } from '../../src/instrument/tree.ts';
import type { IndicatorAssessment } from '../../src/types/assessment.ts';

const page = (text: string, no = 1) => ({ no, text });

describe('document facts for the penjelasan', () => {
  it('reads jenis, nomor, tahun, tentang and the date of a regulation', () => {
    const f = readDocumentFacts([page(SK_TIM_KOORDINASI.join('\n'))]);
    expect(f).toMatchObject({
      jenis: 'Keputusan Bupati Uji',
      nomor: '100/45/KEP/2025',
      tahun: 2025,
      tentang: 'Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kabupaten Uji',
      tanggal: '2025-10-06',
    });
  });

  it('reads a heading OCR flattened onto one line, and an OCR-damaged year', () => {
    const f = readDocumentFacts([page('PERATURAN WALI KOTA TIRTA NOMOR 7 TAHUN 2O24 TENTANG ARSITEKTUR SPBE KOTA TIRTA\nDENGAN RAHMAT TUHAN')]);
    expect(f).toMatchObject({ jenis: 'Peraturan Wali Kota Tirta', nomor: '7', tahun: 2024, tentang: 'Arsitektur SPBE Kota Tirta' });
  });

  it('reads "NOMOR … TENTANG" with the subject on the next line', () => {
    const f = readDocumentFacts([page('PERATURAN BUPATI MINAHASA SELATAN\nNOMOR 15 TAHUN 2025 TENTANG\nPENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDENGAN RAHMAT TUHAN YANG MAHA ESA')]);
    expect(f).toMatchObject({ nomor: '15', tahun: 2025, tentang: 'Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik' });
  });

  it('takes the title of a report, never a kop line, and states nothing it cannot read', () => {
    const f = readDocumentFacts([page('PEMERINTAH KABUPATEN UJI\nINSPEKTORAT\nLAPORAN HASIL AUDIT TEKNOLOGI INFORMASI\nDAN KOMUNIKASI\nRingkasan hasil audit aplikasi.')]);
    expect(f.jenis).toBeNull();
    expect(f.nomor).toBeNull();
    expect(f.judul).toBe('Laporan Hasil Audit Teknologi Informasi dan Komunikasi');
    expect(readDocumentFacts([page('catatan tanpa judul apa pun')])).toMatchObject({ jenis: null, nomor: null, tentang: null, judul: null, tanggal: null });
  });

  it('keeps acronyms and small words right when title-casing', () => {
    expect(titleCase('DOKUMEN PELAKSANAAN ANGGARAN (DPA-SKPD) DAN RENCANA TIK')).toBe('Dokumen Pelaksanaan Anggaran (DPA-SKPD) dan Rencana TIK');
  });

  it.skipIf(!hasShared)('reads the numbers, years and titles of the real regulations (../shared/corpus/real)', async () => {
    const expected: Record<string, { nomor: string; tahun: number; tentang: string }> = {
      'Manajemen_Risiko_SPBE_Permenpan_RB_Nomor_5_Tahun_2020.pdf': { nomor: '5', tahun: 2020, tentang: 'Pedoman Manajemen Risiko Sistem Pemerintahan Berbasis Elektronik' },
      'PAN_RB_No_59_Tahun_2020_SPBE.pdf': { nomor: '59', tahun: 2020, tentang: 'Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik' },
      'Manajemen_Data_SPBE_Peraturan_Bappenas_16_Tahun_2020.pdf': { nomor: '16', tahun: 2020, tentang: 'Manajemen Data Sistem Pemerintahan Berbasis Elektronik' },
      'Perpres_Nomor_39_Tahun_2019_Satu_Data_Indonesia.pdf': { nomor: '39', tahun: 2019, tentang: 'Satu Data Indonesia' },
      'Permen_PANRB_No__89_Tahun_2021.pdf': { nomor: '89', tahun: 2021, tentang: 'Penjenjangan Kinerja Instansi Pemerintah' },
    };
    for (const [file, want] of Object.entries(expected)) {
      const { doc } = await openPdf(new Uint8Array(readFileSync(path.join(SHARED_DIR, 'corpus/real', file))));
      const pages = [];
      for (let no = 1; no <= 2; no++) pages.push({ no, text: (await readPage(doc, no)).reading.text });
      await doc.destroy();
      expect(readDocumentFacts(pages), file).toMatchObject(want);
    }
    const perbup = readFileSync(path.join(SHARED_DIR, 'corpus/real/Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt'), 'utf8');
    expect(readDocumentFacts([page(perbup)])).toMatchObject({ jenis: 'Peraturan Bupati Minahasa Selatan', nomor: '15', tahun: 2025, tanggal: '2025-10-06' });
  });
});

describe('the draft', () => {
  const inst = loadPack('spbe-2020').instrument;
  const indicator = findIndicator(inst, 10)!;
  const assessment = (supportedLevel: number): IndicatorAssessment => ({
    id: 10, nama: indicator.nama, claimedLevel: 3, targetLevel: 3, supportedLevel, penjelasan: '', supportReasons: [],
    status: 'lengkap', penanggungJawab: [], documents: [], candidates: [], findings: [],
  });
  const sk = { fileName: 'SK Tim Koordinasi.pdf', kind: 'keputusan' as const, facts: readDocumentFacts([page(SK_TIM_KOORDINASI.join('\n'))]), pages: [1, 2, 3, 5] };

  it('names the document with its number, title, date, pages and file, then the criteria met and not met', () => {
    expect(factSentence(sk)).toBe(
      'Keputusan Bupati Uji Nomor 100/45/KEP/2025 tentang Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kabupaten Uji, ' +
        'ditetapkan tanggal 6 Oktober 2025, halaman 1–3, 5, terlampir pada berkas "SK Tim Koordinasi.pdf".',
    );
    const d = draftPenjelasan({ instansi: 'Pemerintah Kabupaten Uji', instrument: inst, indicator, assessment: assessment(2), evidence: [sk] });
    expect(d.level).toBe(2);
    expect(d.text.split('\n').map((l) => l.replace(/:.*$/, ':'))).toEqual(['FAKTA:', expect.any(String), 'ANALISIS:', expect.any(String), 'JUSTIFIKASI:', expect.any(String)]);
    expect(d.analisis[0]).toContain(`memenuhi kriteria tingkat 2 (${inst.labelTingkat.proses[1]}), yaitu ${ownCriterion(indicator.kriteria['2'])}`);
    expect(d.analisis[1]).toMatch(/^Tingkat 3 \(.+\) belum terpenuhi karena belum ada bukti bahwa /);
    expect(d.justifikasi).toContain('pada Pemerintah Kabupaten Uji dinilai pada Tingkat 2');
    expect(d.text).not.toMatch(/eviden|config|Catatan/);
  });

  it('says which file and page show each requirement of the supported level, from the level analysis', () => {
    const withLevels: IndicatorAssessment = {
      ...assessment(2),
      levels: {
        climb: 'stepwise', credit: 'integer', level: 2, value: 2, next: null,
        levels: [{
          level: 2, label: 'Terkelola', criterion: '', met: true,
          requirements: [{
            id: 'r', label: 'keputusan yang ditetapkan (SK, Perkada)', met: true, missing: null, notes: [],
            evidence: [
              { sha256: 'a', path: 'BagianHukum/SK Tim Koordinasi.pdf', opd: 'HUKUM', kind: 'keputusan', date: null, page: 3, phrase: null },
              { sha256: 'a', path: 'BagianHukum/SK Tim Koordinasi.pdf', opd: 'HUKUM', kind: 'keputusan', date: null, page: 2, phrase: null },
            ],
          }],
        }],
      },
    };
    const d = draftPenjelasan({ instansi: 'X', instrument: inst, indicator, assessment: withLevels, evidence: [sk] });
    expect(d.analisis).toContain('Keputusan yang ditetapkan ditunjukkan oleh berkas "SK Tim Koordinasi.pdf" (halaman 2–3).');
  });

  it('drafts nothing without accepted evidence or below level 1, and says why', () => {
    const none = draftPenjelasan({ instansi: 'X', instrument: inst, indicator, assessment: assessment(0), evidence: [] });
    expect(none.text).toBe('');
    expect(none.reason).toContain('Belum ada bukti dukung');
    const weak = draftPenjelasan({ instansi: 'X', instrument: inst, indicator, assessment: assessment(0), evidence: [sk] });
    expect(weak.text).toBe('');
    expect(weak.reason).toContain('belum mendukung tingkat 1');
  });

  it('at the top level names no next level', () => {
    const d = draftPenjelasan({ instansi: 'X', instrument: inst, indicator, assessment: assessment(5), evidence: [sk] });
    expect(d.analisis).toHaveLength(1);
  });
});


describe('eviden penjelasan', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    // Indicator 10 already has a penjelasan in the config; 19 has none.
    ws = makeWorkspace(MINIMAL_CONFIG);
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
  });
  afterAll(() => ws.cleanup());

  it('prints drafts, writes only empty penjelasan with --tulis, and replaces a written one only with --timpa', () => {
    const shown = runEviden(ws.root, 'penjelasan', '--json');
    expect(shown.code, shown.stderr).toBe(0);
    const drafts = JSON.parse(shown.stdout) as { indicator: number; text: string; penjelasanSekarang: string }[];
    const withText = drafts.filter((d) => d.text !== '');
    expect(withText.length).toBeGreaterThan(0);
    for (const d of withText) expect(d.text).toContain('Keputusan Bupati Uji Nomor 100/45/KEP/2025');
    const before = readFileSync(path.join(ws.root, 'eviden.config.yaml'), 'utf8');
    const written = runEviden(ws.root, 'penjelasan', '--tulis');
    expect(written.code, written.stderr).toBe(0);
    const after = readFileSync(path.join(ws.root, 'eviden.config.yaml'), 'utf8');
    expect(after).toContain('SK Tim Koordinasi SPBE terlampir.');
    const ten = drafts.find((d) => d.indicator === 10);
    if (ten && ten.text !== '') expect(written.stderr).toContain('Indikator 10: dilewati: penjelasan sudah diisi');
    const others = withText.filter((d) => d.penjelasanSekarang === '');
    if (others.length > 0) expect(after).not.toBe(before);
    expect(runEviden(ws.root, 'penjelasan', '--timpa').stderr).toContain('--timpa hanya berlaku bersama --tulis');
  });
});
