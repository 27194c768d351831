import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, renameSync, rmSync, openSync, writeSync, closeSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';
import { waitFor } from '../helpers/wait.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { startWatchSession, type WatchSession } from '../../src/app/watch.ts';
import { createExtractor } from '../../src/app/extractor.ts';
import type { Extractor } from '../../src/ingest/extractor.ts';
import { presentLocation, listLocations } from '../../src/store/locations.ts';
import { getDocument } from '../../src/store/documents.ts';
import { listEvents } from '../../src/store/audit.ts';

describe('eviden watch keeps the index current', () => {
  let ws: TempWorkspace;
  let db: Db;
  let extractor: Extractor;
  let session: WatchSession;
  const logs: string[] = [];
  let batches = 0;

  const doc = (rel: string) => {
    const loc = presentLocation(db, rel);
    return loc ? getDocument(db, loc.sha256) : null;
  };
  const put = (rel: string, bytes: Uint8Array) => {
    mkdirSync(path.dirname(path.join(ws.watch, rel)), { recursive: true });
    writeFileSync(path.join(ws.watch, rel), bytes);
  };

  beforeAll(async () => {
    ws = makeWorkspace();
    // A file present before start-up is reconciled like scan does.
    put('BagianHukum/awal.pdf', await textPdf([['LAPORAN AWAL', 'sudah ada sebelum watch dimulai']]));
    const w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    extractor = createExtractor(w);
    session = await startWatchSession(
      db,
      w,
      { polling: false, stableMs: 300, rescanMs: 0, renderPdf: false, log: (l) => logs.push(l), onUpdated: () => { batches += 1; } },
      extractor,
    );
  });

  afterAll(async () => {
    await session?.close();
    await extractor?.close();
    db?.close();
    ws?.cleanup();
  });

  it('reconciles files that were there at start-up and writes output/gaps.json', async () => {
    await waitFor('awal.pdf ingested', () => doc('BagianHukum/awal.pdf')?.status === 'ok');
    await session.watching.settled();
    expect(existsSync(path.join(ws.root, 'output/gaps.json'))).toBe(true);
    expect(batches).toBeGreaterThan(0);
  });

  it('holds a file written in slow chunks until it is complete', async () => {
    const bytes = await textPdf([SK_TIM_KOORDINASI]);
    const abs = path.join(ws.watch, 'BagianHukum/lambat.pdf');
    const fd = openSync(abs, 'w');
    const chunk = Math.ceil(bytes.length / 5);
    for (let i = 0; i < 5; i++) {
      writeSync(fd, bytes.subarray(i * chunk, (i + 1) * chunk));
      // While incomplete the file must not be ingested as a corrupt document.
      expect(doc('BagianHukum/lambat.pdf')?.status ?? 'belum').not.toBe('corrupt');
      await new Promise((r) => setTimeout(r, 120));
    }
    closeSync(fd);
    const d = await waitFor('slow file ingested', () => doc('BagianHukum/lambat.pdf'));
    await waitFor('slow file extracted', () => doc('BagianHukum/lambat.pdf')?.status === 'ok');
    expect(d.sha256).toHaveLength(64);
    const versions = listLocations(db).filter((l) => l.path === 'BagianHukum/lambat.pdf');
    expect(versions).toHaveLength(1);
  });

  it('ingests a burst of 200 files', async () => {
    const bytes = await Promise.all(Array.from({ length: 200 }, (_, i) => textPdf([[`NOTULEN RAPAT KE-${i}`, 'Tim Koordinasi SPBE']])));
    bytes.forEach((b, i) => put(`Diskominfo/burst/notulen-${String(i).padStart(3, '0')}.pdf`, b));
    await waitFor('200 files indexed', () => listLocations(db).filter((l) => l.present && l.path.startsWith('Diskominfo/burst/')).length === 200, 120_000);
    await session.watching.settled();
    const gaps = JSON.parse(readFileSync(path.join(ws.root, 'output/gaps.json'), 'utf8')) as { indicators: unknown[] };
    expect(gaps.indicators.length).toBe(47);
  });

  it('lets other commands read the database while the watcher runs', () => {
    const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'docs', '--json'], { encoding: 'utf8' });
    const docs = JSON.parse(out) as { path: string; status: string }[];
    expect(docs.filter((d) => d.path.startsWith('Diskominfo/burst/'))).toHaveLength(200);
  });

  it('treats a .part file renamed to its final name as one new file', async () => {
    const bytes = await textPdf([['LAPORAN AUDIT TIK', 'Audit Infrastruktur SPBE']]);
    put('Diskominfo/audit.pdf.part', bytes);
    renameSync(path.join(ws.watch, 'Diskominfo/audit.pdf.part'), path.join(ws.watch, 'Diskominfo/audit.pdf'));
    await waitFor('renamed file ingested', () => doc('Diskominfo/audit.pdf')?.status === 'ok');
    expect(listLocations(db).some((l) => l.path.endsWith('.part'))).toBe(false);
  });

  it('keeps the old content archived when a path gets a new version', async () => {
    const first = doc('BagianHukum/awal.pdf')!;
    put('BagianHukum/awal.pdf', await textPdf([['LAPORAN AWAL', 'versi kedua yang diperbaiki']]));
    await waitFor('new version', () => doc('BagianHukum/awal.pdf')?.sha256 !== first.sha256 && doc('BagianHukum/awal.pdf')?.status === 'ok');
    const old = listLocations(db).find((l) => l.path === 'BagianHukum/awal.pdf' && l.sha256 === first.sha256);
    expect(old?.present).toBe(false);
    expect(old?.replacedAt).not.toBeNull();
    expect(existsSync(path.join(ws.root, '.eviden', first.archivePath))).toBe(true);
  });

  it('marks an unlinked file as removed and keeps its archive', async () => {
    const d = doc('Diskominfo/audit.pdf')!;
    rmSync(path.join(ws.watch, 'Diskominfo/audit.pdf'));
    await waitFor('removal noticed', () => listLocations(db).find((l) => l.path === 'Diskominfo/audit.pdf')?.present === false);
    expect(existsSync(path.join(ws.root, '.eviden', d.archivePath))).toBe(true);
  });

  it('moves a file between OPD folders without reading it again', async () => {
    const before = doc('BagianHukum/lambat.pdf')!;
    const extractedBefore = listEvents(db, { sha256: before.sha256 }).filter((e) => e.type === 'extracted').length;
    mkdirSync(path.join(ws.watch, 'Diskominfo/pindahan'), { recursive: true });
    renameSync(path.join(ws.watch, 'BagianHukum/lambat.pdf'), path.join(ws.watch, 'Diskominfo/pindahan/lambat.pdf'));
    const moved = await waitFor('moved file', () => presentLocation(db, 'Diskominfo/pindahan/lambat.pdf'));
    await waitFor('old place removed', () => presentLocation(db, 'BagianHukum/lambat.pdf') === null);
    expect(moved.sha256).toBe(before.sha256);
    expect(moved.opd).toBe('KOMINFO');
    const extractedAfter = listEvents(db, { sha256: before.sha256 }).filter((e) => e.type === 'extracted').length;
    expect(extractedAfter).toBe(extractedBefore);
  });
});
