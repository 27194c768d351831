/**
 * The disk filling up (a small tmpfs holds the whole workspace), during a scan and during a report: a clear
 * Indonesian error, the database and the archive intact, earlier outputs intact, no temp file or truncated PDF, and
 * the next run, once there is room, finishes the job; an upload from the dashboard is refused whole (507). Needs `mount -t tmpfs` (root); skipped with a note where that
 * is not permitted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MINIMAL_CONFIG, textPdf, SK_TIM_KOORDINASI } from '../helpers/workspace.ts';
import { noiseBytes } from '../extract/helpers/fixtures.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { createServer, type DashboardServer } from '../../src/server/app.ts';
import {
  expectConsistent, expectNothingHalfWritten, expectUnreachedUntouched, tmpfs, outputPdfs, pendingCount, reportedDone, runCli,
  scannedAndReported, snapshot, tempFiles,
} from './harness.ts';

const expectDiskFullMessage = (status: number | null, stderr: string): void => {
  expect(status, stderr).toBe(2);
  expect(stderr).toContain('Ruang disk habis');
  expect(stderr).not.toMatch(/ENOSPC|SQLITE_FULL|tak terduga/);
};

const scanDisk = tmpfs('3m', 'uji disk penuh saat pemindaian');

describe.skipIf(!scanDisk)('disk full during scan (tmpfs)', () => {
  const root = path.join(scanDisk?.dir ?? '', 'ws');
  const watch = path.join(root, 'watch');

  beforeAll(async () => {
    scanDisk!.mount();
    mkdirSync(path.join(watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(root, 'eviden.config.yaml'), MINIMAL_CONFIG);
    writeFileSync(path.join(watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
    // Incompressible files: the originals fit, their archive copies do not.
    for (let i = 1; i <= 4; i++) writeFileSync(path.join(watch, `BagianHukum/lampiran-${i}.bin`), noiseBytes(450_000, i));
  });

  afterAll(() => scanDisk!.unmount());

  it('stops with a clear Indonesian error and leaves the database and archive intact', () => {
    const r = runCli(root, 'scan', '--quiet');
    expectDiskFullMessage(r.status, r.stderr);
    expectConsistent(root, 'after the disk filled up');
  });

  it('continues on the next run once there is room, with nothing left half-done', () => {
    scanDisk!.resize('40m');
    const r = runCli(root, 'scan', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expectConsistent(root, 'after the next run');
    expect(tempFiles(root)).toEqual([]);
    expect(pendingCount(root)).toBe(0);
    expect(snapshot(root).locations.filter((l) => l.endsWith(' 1'))).toHaveLength(5);
    expect(runCli(root, 'verify').status).toBe(0);
  });
});

const reportDisk = tmpfs('40m', 'uji disk penuh saat laporan');

describe.skipIf(!reportDisk)('disk full during report (tmpfs)', () => {
  const root = path.join(reportDisk?.dir ?? '', 'ws');

  beforeAll(async () => {
    reportDisk!.mount();
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'eviden.config.yaml'), MINIMAL_CONFIG);
    await scannedAndReported(root);
  }, 120_000);

  afterAll(() => reportDisk!.unmount());

  it('stops with a clear Indonesian error; database, archive and earlier outputs intact, nothing half-written', () => {
    const before = outputPdfs(root);
    const state = snapshot(root);
    // Room for the lampiran check and small files, not for the 39-page laporan.
    reportDisk!.fill(300_000);
    const r = runCli(root, 'report');
    expectDiskFullMessage(r.status, r.stderr);
    expectConsistent(root, 'after the disk filled up during the report');
    expect(snapshot(root)).toEqual(state);
    expectNothingHalfWritten(root);
    expectUnreachedUntouched(before, outputPdfs(root), reportedDone(r.stderr));
  });

  it('succeeds on the next run once there is room', () => {
    reportDisk!.unfill();
    const r = runCli(root, 'report');
    expect(r.status, r.stderr).toBe(0);
    expect(reportedDone(r.stderr)).toHaveLength(8);
    expectNothingHalfWritten(root);
    expect(runCli(root, 'verify').status).toBe(0);
  });
});

const uploadDisk = tmpfs('8m', 'uji disk penuh saat unggah dasbor');

describe.skipIf(!uploadDisk)('disk full during a dashboard upload (tmpfs)', () => {
  const root = path.join(uploadDisk?.dir ?? '', 'ws');
  let db: Db;
  let server: DashboardServer;
  let base = '';
  const upload = (name: string, bytes: Buffer): Promise<Response> =>
    fetch(`${base}/api/opd/HUKUM/unggah?nama=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });

  beforeAll(async () => {
    uploadDisk!.mount();
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'eviden.config.yaml'), MINIMAL_CONFIG);
    const ws = openWorkspace(root);
    db = openDb(ws.paths.database);
    server = createServer({ workspace: ws, db, port: 0, renderers: {} });
    base = (await server.listen()).replace(/\/$/, '');
  });

  afterAll(async () => {
    await server.close();
    db.close();
    uploadDisk!.unmount();
  });

  it('answers 507 with the Indonesian message and keeps no part of the file; the same upload succeeds once there is room', async () => {
    const pdf = Buffer.from(await textPdf([SK_TIM_KOORDINASI]));
    const big = Buffer.concat([pdf, noiseBytes(2_000_000, 7)]);
    uploadDisk!.fill(500_000);
    const full = await upload('SK Tim Koordinasi.pdf', big);
    expect(full.status).toBe(507);
    expect(((await full.json()) as { galat: string }).galat).toContain('Ruang disk habis');
    const folder = path.join(root, 'watch', 'BagianHukum');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    uploadDisk!.unfill();
    const ok = await upload('SK Tim Koordinasi.pdf', pdf);
    expect(ok.status).toBe(201);
    expect(readdirSync(folder)).toEqual(['SK Tim Koordinasi.pdf']);
    expect(tempFiles(root)).toEqual([]);
  });
});
