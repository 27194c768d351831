import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, REPO_ROOT, MINIMAL_CONFIG, type TempWorkspace } from '../helpers/workspace.ts';
import { currentDeadline, improvementPlan } from '../../src/plan/improvement-plan.ts';
import { columnName, sheetNames, workbookBytes } from '../../src/shared/xlsx.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { submissionSheet } from '../../src/plan/submission-sheet.ts';
import { unzip } from '../helpers/unzip.ts';
import { parseConfig } from '../../src/config/load.ts';
import type { Assessment, IndicatorAssessment } from '../../src/types/assessment.ts';


const emptyAssessment: Assessment = {
  instansi: 'Uji', tahun: 2026, instrument: 'spbe-2020', indeks: null,
  indeksBukti: { instrument: 'spbe-2020', indeks: 0, predikat: 'Kurang', groups: {} },
  indeksTarget: { instrument: 'spbe-2020', indeks: 3, predikat: 'Baik', groups: {} },
  indicators: [], matrix: [], findings: [],
};

describe('the XLSX writer', () => {
  it('names columns and sheets as Excel wants them', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(sheetNames(['A/B', 'Ringkasan', 'ringkasan', 'x'.repeat(40)])).toEqual(['A B', 'Ringkasan', 'ringkasan 2', 'x'.repeat(31)]);
  });

  it('writes a workbook whose sheets hold the rows, with formula-like text kept as text', async () => {
    const bytes = await workbookBytes([
      { name: 'Ringkasan', header: ['No', 'Nama'], rows: [[1, '=HYPERLINK("http://x")'], [2, 'A & B <c>']] },
      { name: 'DISKOMINFO', header: ['X'], rows: [] },
    ]);
    const parts = unzip(bytes);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml']));
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="DISKOMINFO" sheetId="2" r:id="rId2"/>');
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="A2" s="2"><v>1</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('A &amp; B &lt;c&gt;');
    // Deterministic: the same tables give the same bytes.
    expect((await workbookBytes([{ name: 'A', header: ['x'], rows: [['y']] }])).equals(await workbookBytes([{ name: 'A', header: ['x'], rows: [['y']] }]))).toBe(true);
  });
});

describe('the improvement plan', () => {
  const inst = loadPack('spbe-2020').instrument;
  const config = parseConfig(`${MINIMAL_CONFIG}\ntenggat:\n  - { putaran: Klarifikasi, tanggal: 2026-07-15 }\n  - { putaran: Penilaian mandiri, tanggal: 2026-05-31 }\n`, 'eviden.config.yaml');
  const ind = (id: number, supportedLevel: number, targetLevel: number, penanggungJawab: string[]): IndicatorAssessment => ({
    id, nama: `I${id}`, claimedLevel: null, targetLevel, supportedLevel, penjelasan: '', supportReasons: [], status: 'kurang',
    penanggungJawab, documents: [], candidates: [], findings: [],
  });
  const assessment = {
    instansi: 'Uji', tahun: 2026, instrument: 'spbe-2020', indeks: null,
    indeksBukti: { instrument: 'spbe-2020', indeks: 1, predikat: 'Kurang', groups: {} },
    indeksTarget: { instrument: 'spbe-2020', indeks: 3, predikat: 'Baik', groups: {} },
    indicators: [ind(10, 1, 3, ['HUKUM']), ind(19, 3, 3, ['KOMINFO']), ind(21, 0, 2, [])], matrix: [], findings: [],
  } satisfies Assessment;

  it('lists, per OPD, the evidence missing for each level up to the target, with the current round', () => {
    const plan = improvementPlan(assessment, inst, config, '2026-06-01');
    expect(plan.items.map((i) => [i.indikator, i.tingkat])).toEqual([[10, 2], [10, 3], [21, 1], [21, 2]]);
    expect(plan.perOpd.map((o) => [o.kode, o.items.length])).toEqual([['HUKUM', 2]]);
    expect(plan.tanpaPenanggungJawab.map((i) => i.indikator)).toEqual([21, 21]);
    expect(plan.items[0]?.bukti.length).toBeGreaterThan(20);
    expect(plan.tenggat).toEqual({ putaran: 'Klarifikasi', tanggal: '2026-07-15', sisaHari: 44 });
  });

  it('names the last round, passed, once every deadline is over, and none when none is set', () => {
    expect(currentDeadline(config.tenggat, '2026-08-01')).toMatchObject({ putaran: 'Klarifikasi', sisaHari: -17 });
    expect(currentDeadline([], '2026-08-01')).toBeNull();
  });

  it('refuses a deadline that is not a date', () => {
    expect(() => parseConfig(`${MINIMAL_CONFIG}\ntenggat:\n  - { putaran: X, tanggal: 31 Mei }\n`, 'eviden.config.yaml')).toThrow(/TTTT-BB-HH/);
  });
});

describe('eviden rencana', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace(`${MINIMAL_CONFIG}\ntenggat:\n  - { putaran: Penilaian mandiri, tanggal: 2099-05-31 }\n`);
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
  });
  afterAll(() => ws.cleanup());

  it('prints the plan per OPD and writes the workbook with one sheet per OPD', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'rencana'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tenggat Penilaian mandiri: 31 Mei 2099');
    expect(r.stdout).toContain('Bagian Hukum (HUKUM)');
    expect(r.stdout).toContain('Belum ada penanggung jawab');
    const parts = unzip(readFileSync(path.join(ws.root, 'output/rencana-peningkatan.xlsx')));
    const workbook = parts.get('xl/workbook.xml') ?? '';
    for (const name of ['Ringkasan', 'HUKUM', 'KOMINFO', 'Tanpa penanggung jawab']) expect(workbook).toContain(`<sheet name="${name}"`);
  });

  it('writes the isian for the national application: claim, penjelasan and packet file names per indicator', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'isian'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('tanpa penjelasan');
    const sheet = unzip(readFileSync(path.join(ws.root, 'output/isian-aplikasi-2026.xlsx'))).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet.match(/<row /g)).toHaveLength(48);
    expect(sheet).toContain('SK Tim Koordinasi SPBE terlampir.');
  });
});

describe('the isian sheet', () => {
  it('names each indicator\'s evidence as the packet does', () => {
    const ind = { id: 10, nama: 'N', namaPendek: 'Tim', claimedLevel: 3, targetLevel: 3, supportedLevel: 2, penjelasan: 'P', supportReasons: [], status: 'kurang' as const,
      penanggungJawab: [], documents: [{ sha256: 'a', path: 'X/SK.pdf', opd: 'HUKUM', pages: 1, score: 1, confidence: 'tinggi', source: 'content', kind: 'keputusan', date: null }], candidates: [], findings: [] };
    const sheet = submissionSheet({ ...emptyAssessment, indicators: [ind] }, [{ indicator: 10, item: null, sha256: 'a', path: 'X/SK.pdf', opd: 'HUKUM', type: 'pdf', fileName: 'I10_HUKUM_SK.pdf' }]);
    expect(sheet.rows).toEqual([[10, 'Tim', 3, 'P', 'I10_HUKUM_SK.pdf', 2]]);
  });
});
