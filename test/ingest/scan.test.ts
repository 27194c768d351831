import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, renameSync, rmSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { runScan } from '../../src/app/scan.ts';
import { createExtractor } from '../../src/app/extractor.ts';
import type { Extractor } from '../../src/ingest/extractor.ts';
import { listLocations } from '../../src/store/locations.ts';
import { listEvents } from '../../src/store/audit.ts';
import { searchDocuments } from '../../src/app/search.ts';

function cli(root: string, ...args: string[]): string {
  return execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function write(ws: TempWorkspace, rel: string, bytes: Uint8Array | string): void {
  const abs = path.join(ws.watch, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
}

describe('eviden scan on a temporary workspace', () => {
  let ws: TempWorkspace;
  let db: Db;
  let extractor: Extractor;
  let sk: Uint8Array;

  beforeAll(async () => {
    ws = makeWorkspace();
    sk = await textPdf([SK_TIM_KOORDINASI], 'SK Tim Koordinasi');
    write(ws, 'BagianHukum/Indikator 10/SK Tim Koordinasi SPBE 2025.pdf', sk);
    write(ws, 'Diskominfo/salinan SK tim.pdf', sk); // same content, second place
    write(ws, 'Dinas Antah Berantah/undangan.pdf', await textPdf([['UNDANGAN', 'Peringatan Hari Jadi Kabupaten Uji ke-70']]));
    write(ws, 'BagianHukum/rusak.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog');
    write(ws, 'BagianHukum/kosong.pdf', '');
    write(ws, 'BagianHukum/~$draft.docx', 'lock');
    write(ws, 'BagianHukum/unduhan.pdf.part', 'partial');
    write(ws, 'BagianHukum/Thumbs.db', 'x');
    write(ws, 'BagianHukum/.tersembunyi.pdf', sk);
    const w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    extractor = createExtractor(w);
  });

  afterAll(async () => {
    await extractor?.close();
    db?.close();
    ws?.cleanup();
  });

  it('ingests every evidence file, skips temporary files, and gives each a status', async () => {
    const w = openWorkspace(ws.root);
    const r = await runScan(db, w, { quiet: true, extractor });
    expect(r.files).toBe(5);
    const paths = listLocations(db).map((l) => l.path).sort();
    expect(paths).toEqual([
      'BagianHukum/Indikator 10/SK Tim Koordinasi SPBE 2025.pdf',
      'BagianHukum/kosong.pdf',
      'BagianHukum/rusak.pdf',
      'Dinas Antah Berantah/undangan.pdf',
      'Diskominfo/salinan SK tim.pdf',
    ]);
    const statuses = Object.fromEntries(r.problems.map((p) => [p.path, p.status]));
    expect(statuses['BagianHukum/rusak.pdf']).toBe('corrupt');
    expect(statuses['BagianHukum/kosong.pdf']).toBe('empty');
    for (const p of r.problems) expect(p.message).toMatch(/\S/);
  });

  it('keeps one archived copy per content and never touches the originals', () => {
    const archived = readdirSync(path.join(ws.root, '.eviden/archive'), { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(ws.root, '.eviden/archive', f)).isFile());
    expect(archived).toHaveLength(4); // sk (twice in watch/), undangan, rusak, kosong
    expect(readFileSync(path.join(ws.watch, 'Diskominfo/salinan SK tim.pdf'))).toEqual(Buffer.from(sk));
  });

  it('reports OPDs: known folders resolve, an unknown folder stays null', () => {
    const byPath = new Map(listLocations(db).map((l) => [l.path, l.opd]));
    expect(byPath.get('Diskominfo/salinan SK tim.pdf')).toBe('KOMINFO');
    expect(byPath.get('Dinas Antah Berantah/undangan.pdf')).toBeNull();
  });

  it('indexes text for full-text search with page numbers', () => {
    const found = searchDocuments(db, openWorkspace(ws.root), 'tim koordinasi', { limit: 10, pagesPerDocument: 3 });
    expect(found.documents.length).toBeGreaterThan(0);
    expect(found.documents[0]!.best[0]!.page).toBe(1);
    expect(found.documents[0]!.best[0]!.snippet.toLowerCase()).toContain('koordinasi');
  });

  it('does not read unchanged files again on a rescan', async () => {
    const w = openWorkspace(ws.root);
    const before = listEvents(db).length;
    const r = await runScan(db, w, { quiet: true, extractor });
    expect(r.unchanged).toBe(5);
    expect(r.extracted).toBe(0);
    expect(listEvents(db).length - before).toBeLessThanOrEqual(1); // at most the classification note
  });

  it('follows moves, removals and new versions without losing the archived copy', async () => {
    const w = openWorkspace(ws.root);
    renameSync(path.join(ws.watch, 'Diskominfo/salinan SK tim.pdf'), path.join(ws.watch, 'Diskominfo/SK-tim-2025.pdf'));
    rmSync(path.join(ws.watch, 'Dinas Antah Berantah/undangan.pdf'));
    write(ws, 'BagianHukum/rusak.pdf', await textPdf([['LAPORAN', 'Versi perbaikan']]));
    const r = await runScan(db, w, { quiet: true, extractor });
    expect(r.moved).toBe(1);
    expect(r.removed).toBe(1);
    expect(r.replaced).toBe(1);
    expect(r.extracted).toBe(1); // only the new version; the moved content is not read again
    const removed = listLocations(db).find((l) => l.path === 'Dinas Antah Berantah/undangan.pdf');
    expect(removed?.present).toBe(false);
    expect(removed?.removedAt).not.toBeNull();
  });

  it('prints docs --json as one JSON document with the documented fields', () => {
    const out = JSON.parse(cli(ws.root, 'docs', '--json', '--text')) as Record<string, unknown>[];
    expect(Array.isArray(out)).toBe(true);
    const sk = out.find((d) => d.path === 'BagianHukum/Indikator 10/SK Tim Koordinasi SPBE 2025.pdf');
    expect(sk).toBeDefined();
    for (const key of ['path', 'locations', 'opd', 'sha256', 'kind', 'pages', 'ocrPages', 'status', 'message', 'indicators', 'text']) {
      expect(sk).toHaveProperty(key);
    }
    expect(sk!.status).toBe('ok');
    expect((sk!.locations as { present: boolean }[]).filter((l) => l.present)).toHaveLength(2);
    expect((sk!.text as string[])[0]).toMatch(/TIM KOORDINASI/);
  });
});

describe('eviden scan --kinerja', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    write(ws, 'BagianHukum/SK Tim Koordinasi.pdf', await textPdf(Array.from({ length: 12 }, () => SK_TIM_KOORDINASI)));
    write(ws, 'Diskominfo/undangan.pdf', await textPdf([['UNDANGAN', 'Rapat koordinasi Tim SPBE']]));
  });
  afterAll(() => ws?.cleanup());

  it('prints the time of each stage and how busy the threads were to stderr; --json carries the same figures', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'scan', '--json', '--kinerja'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { pages: number; classified: number; kinerja: { stages: Record<string, number>; mainThreadBusy: number; extractionThreadsBusy: number[] } };
    expect(out.pages).toBe(13);
    expect(out.classified).toBe(2);
    expect(out.kinerja.stages.ekstraksi).toBeGreaterThan(0);
    expect(out.kinerja.stages.hash).toBeGreaterThan(0);
    expect(out.kinerja.stages.pemetaan).toBeGreaterThan(0);
    expect(out.kinerja.mainThreadBusy).toBeGreaterThan(0);
    expect(out.kinerja.mainThreadBusy).toBeLessThanOrEqual(1);
    expect(out.kinerja.extractionThreadsBusy.length).toBeGreaterThan(0);
    for (const stage of ['hash', 'arsip', 'ekstraksi', 'simpan', 'pemetaan']) expect(r.stderr).toMatch(new RegExp(`^  ${stage} +[\\d,]+ detik$`, 'm'));
    expect(r.stderr).toMatch(/thread utama sibuk \d+ %; thread ekstraksi sibuk \d+ %/);
    // Documents classified while others were read are counted and searchable like the rest.
    const docs = JSON.parse(cli(ws.root, 'docs', '--json')) as { path: string; indicators: unknown[] }[];
    expect(docs).toHaveLength(2);
  });
});
