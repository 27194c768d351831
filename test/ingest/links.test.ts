/** Links and other non-regular entries in watch/ are never read, archived or served; each gets a status and a message. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, symlinkSync, rmSync, statSync, renameSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, type TempWorkspace } from '../helpers/workspace.ts';
import { waitFor } from '../helpers/wait.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { runScan } from '../../src/app/scan.ts';
import { startWatchSession, type WatchSession } from '../../src/app/watch.ts';
import { createExtractor } from '../../src/app/extractor.ts';
import type { Extractor } from '../../src/ingest/extractor.ts';
import { listLocations, presentLocation } from '../../src/store/locations.ts';
import { listDocuments } from '../../src/store/documents.ts';
import { openChecked, RefusedFileError } from '../../src/ingest/open-checked.ts';
import { sha256Of } from '../../src/store/archive.ts';

function put(ws: TempWorkspace, rel: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(path.join(ws.watch, rel)), { recursive: true });
  writeFileSync(path.join(ws.watch, rel), bytes);
}

/** Every file under .eviden/archive, read back: nothing from outside watch/ may be among them. */
function archivedContents(root: string): string[] {
  const dir = path.join(root, '.eviden/archive');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => sha256Of(readFileSync(path.join(dir, f))));
}

describe('links in watch/', () => {
  let ws: TempWorkspace;
  let outside: string;
  let secret: Uint8Array;
  let db: Db;
  let extractor: Extractor;

  beforeAll(async () => {
    ws = makeWorkspace();
    outside = mkdtempSync(path.join(os.tmpdir(), 'eviden-outside-'));
    secret = await textPdf([['RAHASIA', 'berkas di luar workspace']]);
    writeFileSync(path.join(outside, 'rahasia.pdf'), secret);
    put(ws, 'BagianHukum/SK.pdf', await textPdf([SK_TIM_KOORDINASI]));
    symlinkSync(path.join(outside, 'rahasia.pdf'), path.join(ws.watch, 'BagianHukum/tautan.pdf'));
    symlinkSync(outside, path.join(ws.watch, 'BagianHukum/folder-luar'));
    symlinkSync('/etc/passwd', path.join(ws.watch, 'passwd'));
    execFileSync('mkfifo', [path.join(ws.watch, 'BagianHukum/pipa.pdf')]);
    put(ws, 'BagianHukum/.tersembunyi.pdf', 'x');
    put(ws, 'Diskominfo/.rahasia/a.pdf', 'x');
    put(ws, 'Diskominfo/.rahasia/b.pdf', 'x');
    put(ws, 'Diskominfo/.DS_Store', 'x');
    const w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    extractor = createExtractor(w);
  });

  afterAll(async () => {
    await extractor?.close();
    db?.close();
    ws?.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('scan refuses links and pipes with a status and a message, and archives nothing from outside', async () => {
    const r = await runScan(db, openWorkspace(ws.root), { quiet: true, extractor });
    expect(listLocations(db).map((l) => l.path)).toEqual(['BagianHukum/SK.pdf']);
    const refused = Object.fromEntries(r.problems.map((p) => [p.path, p.status]));
    expect(refused).toEqual({ 'BagianHukum/folder-luar': 'link', 'BagianHukum/pipa.pdf': 'not-regular', 'BagianHukum/tautan.pdf': 'link', passwd: 'link' });
    for (const p of r.problems) expect(p.message).toContain(`"${p.path}"`);
    expect(archivedContents(ws.root)).not.toContain(sha256Of(secret));
  });

  it('names hidden files and folders in the summary, but not system files', async () => {
    const r = await runScan(db, openWorkspace(ws.root), { quiet: true, extractor });
    expect(r.hidden).toEqual(['BagianHukum/.tersembunyi.pdf', 'Diskominfo/.rahasia/']);
  });

  it('forgets a file that became a link (the archived copy of the old content stays)', async () => {
    const file = path.join(ws.watch, 'BagianHukum/SK.pdf');
    renameSync(file, path.join(ws.root, 'SK-lama.pdf'));
    symlinkSync(path.join(outside, 'rahasia.pdf'), file);
    const r = await runScan(db, openWorkspace(ws.root), { quiet: true, extractor });
    expect(r.removed).toBe(1);
    expect(presentLocation(db, 'BagianHukum/SK.pdf')).toBeNull();
    expect(listDocuments(db).map((d) => d.sha256)).not.toContain(sha256Of(secret));
    rmSync(file);
    renameSync(path.join(ws.root, 'SK-lama.pdf'), file);
  });
});

describe('opening a listed file (the race between listing and reading)', () => {
  let ws: TempWorkspace;
  let outside: string;
  beforeAll(() => {
    ws = makeWorkspace();
    outside = mkdtempSync(path.join(os.tmpdir(), 'eviden-outside-'));
    writeFileSync(path.join(outside, 'f.pdf'), 'rahasia');
  });
  afterAll(() => {
    ws.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      if (err instanceof RefusedFileError) return err.status;
      throw err;
    }
    return 'opened';
  };

  it('refuses a file swapped for a link after it was listed', () => {
    put(ws, 'A/f.pdf', 'isi');
    const listed = statSync(path.join(ws.watch, 'A/f.pdf'));
    rmSync(path.join(ws.watch, 'A/f.pdf'));
    symlinkSync(path.join(outside, 'f.pdf'), path.join(ws.watch, 'A/f.pdf'));
    expect(refusal(() => openChecked(ws.watch, 'A/f.pdf', listed))).toBe('link');
  });

  it('refuses a file replaced by another one after it was listed', () => {
    put(ws, 'B/f.pdf', 'isi');
    const listed = statSync(path.join(ws.watch, 'B/f.pdf'));
    put(ws, 'B/g.pdf', 'lain');
    renameSync(path.join(ws.watch, 'B/g.pdf'), path.join(ws.watch, 'B/f.pdf'));
    expect(refusal(() => openChecked(ws.watch, 'B/f.pdf', listed))).toBe('changed');
  });

  it('refuses a path whose folder became a link to elsewhere, even for the very file listed', () => {
    symlinkSync(outside, path.join(ws.watch, 'C'));
    const listed = statSync(path.join(outside, 'f.pdf'));
    expect(refusal(() => openChecked(ws.watch, 'C/f.pdf', listed))).toBe('link');
  });

  it('opens a regular file that is what was listed', () => {
    put(ws, 'D/f.pdf', 'isi');
    expect(refusal(() => openChecked(ws.watch, 'D/f.pdf', statSync(path.join(ws.watch, 'D/f.pdf'))))).toBe('opened');
  });
});

describe('eviden watch and links', () => {
  let ws: TempWorkspace;
  let outside: string;
  let db: Db;
  let extractor: Extractor;
  let session: WatchSession;
  const logs: string[] = [];

  beforeAll(async () => {
    ws = makeWorkspace();
    outside = mkdtempSync(path.join(os.tmpdir(), 'eviden-outside-'));
    writeFileSync(path.join(outside, 'rahasia.pdf'), await textPdf([['RAHASIA', 'berkas di luar workspace']]));
    mkdirSync(path.join(ws.watch, 'BagianHukum'));
    symlinkSync(outside, path.join(ws.watch, 'BagianHukum/folder-luar'));
    const w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    extractor = createExtractor(w);
    session = await startWatchSession(db, w, { polling: false, stableMs: 200, rescanMs: 0, renderPdf: false, log: (l) => logs.push(l) }, extractor);
  });

  afterAll(async () => {
    await session?.close();
    await extractor?.close();
    db?.close();
    ws?.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('logs a link that arrives as refused and never ingests it', async () => {
    symlinkSync(path.join(outside, 'rahasia.pdf'), path.join(ws.watch, 'BagianHukum/tautan.pdf'));
    put(ws, 'BagianHukum/SK.pdf', await textPdf([SK_TIM_KOORDINASI]));
    await waitFor('SK.pdf ingested', () => presentLocation(db, 'BagianHukum/SK.pdf'));
    await waitFor('link refused', () => logs.some((l) => l.includes('ditolak (link)') && l.includes('BagianHukum/tautan.pdf')));
    await session.watching.settled();
    expect(listLocations(db).map((l) => l.path)).toEqual(['BagianHukum/SK.pdf']);
  });

  it('does not descend into a linked folder', () => {
    expect(logs.some((l) => l.includes('folder-luar') && l.includes('ditolak (link)'))).toBe(true);
    expect(listLocations(db).some((l) => l.path.includes('folder-luar'))).toBe(false);
  });
});
