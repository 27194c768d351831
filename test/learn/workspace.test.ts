/**
 * Learning from reviewers through the real pipeline: generated PDFs in watch/, a scan, decisions recorded as
 * `eviden map` records them, the document views, explain, and moving decisions to another workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, REPO_ROOT, textPdf, type TempWorkspace } from '../helpers/workspace.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { runScan } from '../../src/app/scan.ts';
import { recordDecisions } from '../../src/app/decide.ts';
import { loadDocumentView, loadDocumentViews } from '../../src/app/state.ts';
import { resolveDocument } from '../../src/app/resolve-document.ts';
import { explainClassification } from '../../src/classify/index.ts';
import { listEvents } from '../../src/store/audit.ts';
import type { Workspace } from '../../src/types/config.ts';
import type { Mapping } from '../../src/types/classification.ts';
import { LAPORAN_LITERASI, SK_PANITIA, SK_TIM_2024, SK_TIM_2025 } from './texts.ts';

/** A text PDF of the text, 38 lines a page. */
async function pdfOf(text: string): Promise<Uint8Array> {
  const lines = text.split('\n');
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 38) pages.push(lines.slice(i, i + 38));
  return textPdf(pages);
}

function write(ws: TempWorkspace, rel: string, bytes: Uint8Array): void {
  const abs = path.join(ws.watch, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
}

function cli(root: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVIDEN_REVIEWER: 'Penguji Provinsi' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const SK_2024 = 'BagianHukum/SK Tim Koordinasi SPBE 2024.pdf';
const SK_2025 = 'Diskominfo/SK Tim Koordinasi SPBE 2025.pdf';
const PANITIA = 'BagianHukum/SK Panitia HUT RI.pdf';

function mappingOf(db: Db, ws: Workspace, file: string, indicator: number): Mapping | undefined {
  const view = loadDocumentView(db, ws, resolveDocument(db, ws, file).sha256);
  return view?.classification?.mappings.find((m) => m.indicator === indicator);
}

function decide(db: Db, ws: Workspace, file: string, d: { add?: number[]; remove?: number[] }): void {
  recordDecisions(db, ws, { ref: file, add: d.add ?? [], remove: d.remove ?? [], confirm: false, reviewer: 'Rina Peninjau', note: 'uji' });
}

describe('decisions teach similar documents', () => {
  let ws: TempWorkspace;
  let w: Workspace;
  let db: Db;

  beforeAll(async () => {
    ws = makeWorkspace();
    write(ws, SK_2024, await pdfOf(SK_TIM_2024));
    write(ws, SK_2025, await pdfOf(SK_TIM_2025));
    write(ws, PANITIA, await pdfOf(SK_PANITIA));
    write(ws, 'Diskominfo/Laporan Literasi Digital.pdf', await pdfOf(LAPORAN_LITERASI));
    w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    await runScan(db, w, { quiet: true });
  });
  afterAll(() => {
    db?.close();
    ws?.cleanup();
  });

  it("gives next year's version the decision on the decided one, with the reason, and not the same-kop document", () => {
    expect(mappingOf(db, w, SK_2025, 44)).toBeUndefined();
    decide(db, w, SK_2024, { add: [44] }); // an odd but explicit decision, so nothing else explains the mapping
    const inherited = mappingOf(db, w, SK_2025, 44);
    expect(inherited?.source).toBe('kemiripan');
    expect(inherited?.inherited?.from).toBe(SK_2024);
    expect(mappingOf(db, w, PANITIA, 44)).toBeUndefined();
    const view = loadDocumentView(db, w, resolveDocument(db, w, SK_2025).sha256)!;
    const lines = explainClassification(view.classification!, new Map([[44, 'Layanan JDIH']]));
    expect(lines.join('\n')).toMatch(/Indikator 44 \(Layanan JDIH\): skor [\d,]+ \((tinggi|sedang)\), sumber kemiripan dengan dokumen yang sudah diputuskan — mirip dengan BagianHukum\/SK Tim Koordinasi SPBE 2024\.pdf yang sudah ditambahkan \(kemiripan \d+%\)/);
  });

  it('propagates a rejection, and a direct decision on the document wins over a propagated one', () => {
    const before = mappingOf(db, w, SK_2025, 10);
    expect(before?.source).toBe('content');
    decide(db, w, SK_2024, { remove: [10] });
    expect(mappingOf(db, w, SK_2025, 10)).toBeUndefined();
    const view = loadDocumentView(db, w, resolveDocument(db, w, SK_2025).sha256)!;
    expect(view.classification!.candidates.find((m) => m.indicator === 10)?.reasons[0]?.phrase).toContain('yang sudah ditolak');
    // The reviewer overrides the propagated rejection on the 2025 version itself.
    decide(db, w, SK_2025, { add: [10] });
    expect(mappingOf(db, w, SK_2025, 10)?.source).toBe('reviewer');
    // …and the 2024 version does not inherit it back: its own decision stands.
    expect(mappingOf(db, w, SK_2024, 10)).toBeUndefined();
  });

  it('moves decisions to another workspace with eviden keputusan ekspor/impor, reporting each and never overwriting', async () => {
    const file = path.join(ws.root, 'keputusan.json');
    const exported = cli(ws.root, 'keputusan', 'ekspor', file);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('3 keputusan untuk 2 dokumen ditulis');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { decisions: { file: string; signature: string | null; origin: string; indicator: number }[] };
    expect(data.decisions.map((d) => [d.file, d.indicator])).toContainEqual([SK_2024, 44]);
    expect(data.decisions.every((d) => d.signature?.startsWith('minhash-v1') && d.origin === 'Pemerintah Kabupaten Uji')).toBe(true);

    // The province: another kabupaten's SK (next year's version, new content hash) and a local decision on the same SK_2025.
    const prov = makeWorkspace();
    try {
      write(prov, 'Kab Uji/SK Tim 2025.pdf', await pdfOf(SK_TIM_2025));
      write(prov, 'Kab Lain/SK Tim Koordinasi SPBE Kab Lain.pdf', await pdfOf(SK_TIM_2025.replace(/Uji/g, 'Lain').replace(/Ujiraya/g, 'Lainraya')));
      expect(cli(prov.root, 'scan', '--quiet').code).toBe(0);
      expect(cli(prov.root, 'map', 'Kab Uji/SK Tim 2025.pdf', '--remove', '10').code).toBe(0);

      const r = cli(prov.root, 'keputusan', 'impor', file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('2 diterapkan, 0 sudah ada, 1 bertentangan');
      expect(r.stdout).toMatch(/bertentangan \(tidak diterapkan\): Diskominfo\/SK Tim Koordinasi SPBE 2025\.pdf — indikator 10 tambah \(Rina Peninjau, Pemerintah Kabupaten Uji\); di sini: tolak oleh Penguji Provinsi/);
      expect(r.stdout).toMatch(/diterapkan: BagianHukum\/SK Tim Koordinasi SPBE 2024\.pdf — indikator 44 tambah/);
      // Importing again changes nothing: what was applied is now present, the conflict stays a conflict.
      const again = cli(prov.root, 'keputusan', 'impor', file, '--json');
      const parsed = JSON.parse(again.stdout) as { applied: number; present: number; conflicting: number };
      expect(parsed).toMatchObject({ applied: 0, present: 2, conflicting: 1 });

      const pw = openWorkspace(prov.root);
      const pdb = openDb(pw.paths.database);
      try {
        // The local decision stands; the other kabupaten's SK follows the imported decisions by similarity.
        expect(mappingOf(pdb, pw, 'Kab Uji/SK Tim 2025.pdf', 10)).toBeUndefined();
        const other = mappingOf(pdb, pw, 'Kab Lain/SK Tim Koordinasi SPBE Kab Lain.pdf', 44);
        expect(other?.source).toBe('kemiripan');
        expect(other?.reasons[0]?.phrase).toMatch(/^mirip dengan BagianHukum\/SK Tim Koordinasi SPBE 2024\.pdf \(Pemerintah Kabupaten Uji\) yang sudah ditambahkan/);
        const events = listEvents(pdb).filter((e) => e.type === 'imported' || (e.type === 'decision' && e.detail.imported === true));
        expect(events.filter((e) => e.type === 'decision')).toHaveLength(2);
        expect(events.filter((e) => e.type === 'imported')).toHaveLength(2);
        expect(loadDocumentViews(pdb, pw)).toHaveLength(2);
      } finally {
        pdb.close();
      }
    } finally {
      prov.cleanup();
    }
  });

  it('refuses a file that is not a decisions file, naming it', () => {
    const bad = path.join(ws.root, 'bukan.json');
    writeFileSync(bad, '{"format": "lain"}');
    const r = cli(ws.root, 'keputusan', 'impor', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Berkas ${bad} tidak dapat diimpor: bukan berkas keputusan eviden`);
    expect(execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), 'keputusan', 'ekspor', '--help'], { encoding: 'utf8' })).toContain('Pemakaian: eviden keputusan ekspor');
  });
});
