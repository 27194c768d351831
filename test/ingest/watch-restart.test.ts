import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeWorkspace, scannedPdf, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';
import { waitFor } from '../helpers/wait.ts';

function startWatch(root: string): ChildProcess {
  return spawn(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', root, 'watch', '--stabil', '0.2', '--rescan', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

interface Row {
  status: string;
  ocr_pages: number;
}

describe('eviden watch after kill -9 in the middle of OCR', () => {
  let ws: TempWorkspace;
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    ws?.cleanup();
  });

  it('resumes the interrupted extraction on restart and processes nothing twice', async () => {
    ws = makeWorkspace();
    const first = startWatch(ws.root);
    children.push(first);
    const dbFile = path.join(ws.root, '.eviden/eviden.db');
    await waitFor('database created', () => {
      try {
        new Database(dbFile, { readonly: true }).close();
        return true;
      } catch {
        return false;
      }
    });
    const lines = Array.from({ length: 14 }, (_, i) => `Pasal ${i + 1} Tim Koordinasi SPBE melaksanakan tugas koordinasi.`);
    const pdf = await scannedPdf([lines, lines, lines, lines]);
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/scan-sk.pdf'), pdf);

    const query = (sql: string): Row | undefined => {
      const db = new Database(dbFile, { readonly: true, timeout: 5000 });
      try {
        return db.prepare(sql).get() as Row | undefined;
      } finally {
        db.close();
      }
    };
    const pending = await waitFor('document registered, OCR running', () => query('SELECT status, ocr_pages FROM documents'), 60_000);
    expect(pending.status).toBe('pending');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const second = startWatch(ws.root);
    children.push(second);
    const done = await waitFor('extraction finished after restart', () => {
      const r = query('SELECT status, ocr_pages FROM documents');
      return r && r.status !== 'pending' ? r : null;
    }, 180_000, 200);
    expect(done.status).toBe('ok');
    expect(done.ocr_pages).toBe(4);
    const db = new Database(dbFile, { readonly: true });
    const ingested = db.prepare("SELECT count(*) AS n FROM events WHERE type = 'ingested'").get() as { n: number };
    const extracted = db.prepare("SELECT count(*) AS n FROM events WHERE type = 'extracted'").get() as { n: number };
    const pages = db.prepare('SELECT count(*) AS n FROM pages').get() as { n: number };
    db.close();
    expect(ingested.n).toBe(1);
    expect(extracted.n).toBe(1);
    expect(pages.n).toBe(4);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
  });
});
