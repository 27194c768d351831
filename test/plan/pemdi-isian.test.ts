/**
 * `eviden isian` on the generated Pemdi sample workspace: the per-indicator sheet with decimal values and the item
 * copies' packet names, and the per-item-code sheet in the application's order; the rencana peningkatan (and so the
 * nota dinas) asks for the items without evidence, by code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceItems } from '../../src/render/packet.ts';
import { checklistOf } from '../../src/assess/item-checklist.ts';
import { nameEvidence } from '../../src/render/packet-names.ts';
import { submissionSheets, type SubmissionSheets } from '../../src/plan/submission-sheet.ts';
import { checklistIndicators } from '../../src/plan/upload-checklist.ts';
import { improvementPlan } from '../../src/plan/improvement-plan.ts';
import { buildPemdiSample, type PemdiSample } from '../helpers/pemdi-sample.ts';
import { unzip } from '../helpers/unzip.ts';
import { REPO_ROOT } from '../helpers/workspace.ts';

let sample: PemdiSample;
let sheets: SubmissionSheets;

beforeAll(async () => {
  sample = await buildPemdiSample();
  const named = nameEvidence(evidenceItems(sample.state));
  const checklist = checklistOf(sample.state);
  sheets = submissionSheets(sample.state.assessment, named, checklist === null ? null : checklistIndicators(checklist, named));
}, 120_000);

afterAll(() => sample?.cleanup());

describe('Pemdi isian', () => {
  it('gives each indicator its decimal claim and the packet names of its item copies', () => {
    const i1 = sheets.perIndicator.rows.find((r) => r[0] === 1);
    expect(i1?.[2]).toBe(2.25);
    expect(String(i1?.[4]).split('\n')).toEqual([
      'I1-L1-01_Rencana-Aksi-Pemerintah-Digital-2026.pdf',
      'I1-L2-01_Rencana-Aksi-Pemerintah-Digital-2026.pdf',
      'I1-L2-03_Rencana-Aksi-Pemerintah-Digital-2026.pdf',
      'I1-L2-04_Rencana-Aksi-Pemerintah-Digital-2026.pdf',
    ]);
    expect(i1?.[5]).toBe(2.25);
    // The imported Indeks SDI 68,75 converts to 3,75; the indicator has no claim of its own.
    expect(sheets.perIndicator.rows.find((r) => r[0] === 5)?.[2]).toBe(3.75);
  });

  it('lists every item code once, with its state and packet files', () => {
    const rows = sheets.perItem?.rows ?? [];
    expect(rows).toHaveLength(sample.state.pack.items?.items.length ?? -1);
    const row = (code: string) => rows.find((r) => r[2] === code);
    expect(row('I1-L2-02')?.[4]).toBe('Belum ada bukti');
    expect(row('I13-L1-01')?.[5]).toBe('I13-L1-01_Dokumentasi-Pengembangan-SiCantik-2026.pdf');
    // Above the berjenjang stop (I1 stops at level 2) the row says the level waits for the one below.
    expect(row('I1-L3-01')?.[4]).toBe('Belum ada bukti; tingkat ini dinilai setelah tingkat 2 lengkap');
  });

  it('writes both sheets from the command line', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', sample.root, 'isian'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('20 indikator dan 232 kode butir');
    const parts = unzip(readFileSync(path.join(sample.root, 'output/isian-aplikasi-2026.xlsx')));
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Isian per kode butir"');
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('I20-L1-02');
    // External indicators need no claim: only the evidence-scored ones without a penjelasan would be named.
    expect(r.stderr).not.toContain('indikator tanpa tingkat');
  });

  it('plans, per level up to the target, the item codes still without evidence and nothing for external indicators', () => {
    const { state } = sample;
    const plan = improvementPlan(state.assessment, state.instrument, state.workspace.config, state.today, state.pack.items);
    const i3 = plan.items.find((i) => i.indikator === 3 && i.tingkat === 1);
    expect(i3?.bukti).toContain('I3-L1-02');
    expect(i3?.bukti).not.toContain('I3-L1-01');
    expect(plan.items.some((i) => [5, 6, 7, 18].includes(i.indikator))).toBe(false);
  });

  it('plans from the supported value, as the status reads it: the decimal value, nothing once it reaches the target', () => {
    const { state } = sample;
    const plan = improvementPlan(state.assessment, state.instrument, state.workspace.config, state.today, state.pack.items);
    const i1 = state.assessment.indicators.find((i) => i.id === 1);
    // I1: level 1 complete and most of level 2 (value 2,25, target 2): 'lengkap', so nothing to plan though I1-L2-02 has no evidence.
    expect([i1?.status, i1?.supportedLevel, i1?.levels?.value, i1?.targetLevel]).toEqual(['lengkap', 1, 2.25, 2]);
    expect(plan.items.filter((i) => i.indikator === 1)).toEqual([]);
    // I3: part of level 1 (value 1,20, below target 2): levels 1 and 2 are planned and 'didukung' is that value, not level 0.
    const i3 = state.assessment.indicators.find((i) => i.id === 3);
    expect([i3?.supportedLevel, i3?.levels?.value]).toEqual([0, 1.2]);
    expect(plan.items.filter((i) => i.indikator === 3).map((i) => [i.tingkat, i.didukung])).toEqual([[1, 1.2], [2, 1.2]]);
  });

  it('plans an indicator without evidence even where its target is level 1, which its value 1,00 already reaches', () => {
    const { state } = sample;
    const i8 = state.assessment.indicators.find((i) => i.id === 8);
    expect([i8?.status, i8?.levels?.value]).toEqual(['kosong', 1]);
    const assessment = { ...state.assessment, indicators: state.assessment.indicators.map((i) => (i.id === 8 ? { ...i, targetLevel: 1 } : i)) };
    const plan = improvementPlan(assessment, state.instrument, state.workspace.config, state.today, state.pack.items);
    expect(plan.items.filter((i) => i.indikator === 8).map((i) => i.tingkat)).toEqual([1]);
  });
});
