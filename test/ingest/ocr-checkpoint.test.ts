/**
 * A scan killed (SIGKILL) in the middle of OCR keeps the pages already read: the next scan resumes the document at
 * the first page not read yet, and the checkpoints are gone once the document is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeWorkspace, scannedPdf, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';

const PAGES = 8;
const pageLines = (n: number): string[] => [`NOTULEN RAPAT HALAMAN ${n}`, 'Tim Koordinasi SPBE membahas arsitektur', `layanan digital bagian ${n}`];

function checkpointCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM ocr_checkpoints').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // the database or the table does not exist yet
  }
}

describe('OCR checkpoints', () => {
  let ws: TempWorkspace;
  let dbFile: string;
  beforeAll(async () => {
    ws = makeWorkspace();
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/notulen pindaian.pdf'), await scannedPdf(Array.from({ length: PAGES }, (_, i) => pageLines(i + 1))));
    dbFile = path.join(ws.root, '.eviden', 'eviden.db');
  });
  afterAll(() => ws?.cleanup());

  it('resumes a document mid-way after the scan is killed during OCR', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'scan', '--quiet'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let saved = 0;
    const deadline = Date.now() + 240_000;
    while (saved < 2 && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
      saved = checkpointCount(dbFile);
    }
    child.kill('SIGKILL');
    await exited;
    expect(saved, 'the scan should still be reading when it is killed').toBeGreaterThanOrEqual(2);

    const db = new Database(dbFile);
    const kept = db.prepare('SELECT page_no FROM ocr_checkpoints ORDER BY page_no').all() as { page_no: number }[];
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThan(PAGES);
    expect((db.prepare("SELECT status FROM documents").get() as { status: string }).status).toBe('pending');
    // Mark the kept pages: if the next run read them again, the marks would be replaced by OCR text.
    db.prepare("UPDATE ocr_checkpoints SET text = 'DARI TITIK SIMPAN ' || page_no").run();
    db.close();

    const again = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'scan', '--json'], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    const r = JSON.parse(again.stdout) as { extracted: number; pages: number; ocrPages: number };
    expect(r.extracted).toBe(1);
    expect(r.pages).toBe(PAGES);
    expect(r.ocrPages).toBe(PAGES);

    const after = new Database(dbFile, { readonly: true });
    const pages = after.prepare('SELECT page_no, text, source FROM pages ORDER BY page_no').all() as { page_no: number; text: string; source: string }[];
    const left = (after.prepare('SELECT count(*) AS n FROM ocr_checkpoints').get() as { n: number }).n;
    const status = (after.prepare('SELECT status FROM documents').get() as { status: string }).status;
    after.close();
    expect(status).toBe('ok');
    expect(left).toBe(0);
    expect(pages.map((p) => p.page_no)).toEqual(Array.from({ length: PAGES }, (_, i) => i + 1));
    const keptNos = new Set(kept.map((k) => k.page_no));
    for (const p of pages) {
      expect(p.source).toBe('ocr');
      if (keptNos.has(p.page_no)) expect(p.text).toBe(`DARI TITIK SIMPAN ${p.page_no}`);
      else expect(p.text).toMatch(new RegExp(`HALAMAN ${p.page_no}`));
    }
  });
});
