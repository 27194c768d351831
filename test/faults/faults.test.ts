/**
 * Faults other than kill -9: a stale temp file, another process holding the write lock (released while eviden waits, or
 * held longer than the wait), an archived file damaged on disk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeWorkspace, scannedPdf, textPdf, SK_TIM_KOORDINASI, type TempWorkspace } from '../helpers/workspace.ts';
import { expectConsistent, exited, lockHolder, pendingCount, runCli, snapshot, startCli, writeFiles } from './harness.ts';
import { waitFor } from '../helpers/wait.ts';

/** The pid of a process that has already exited (so nothing can be writing its temp files). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('faults around a scan', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    writeFiles(ws, [
      ['BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', await textPdf([SK_TIM_KOORDINASI])],
      ['Diskominfo/laporan.pdf', await textPdf([['LAPORAN PELAKSANAAN SPBE', 'Tahun 2025']])],
    ]);
  });
  afterAll(() => ws.cleanup());

  it('removes the temp files a killed run left in the archive and output/, keeps those of a live process', () => {
    const archive = path.join(ws.root, '.eviden/archive/ab');
    mkdirSync(archive, { recursive: true });
    mkdirSync(path.join(ws.root, 'output'), { recursive: true });
    const dead = deadPid();
    const stale = [path.join(archive, `ab12.pdf.${dead}.tmp`), path.join(ws.root, 'output', `.gaps.json.${dead}.1764640000000.tmp`)];
    const live = path.join(archive, `cd34.pdf.${process.pid}.tmp`);
    for (const f of [...stale, live]) writeFileSync(f, 'setengah');
    const r = runCli(ws.root, 'scan', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    for (const f of stale) expect(existsSync(f), f).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('waits with a message while another process holds the write lock, then scans without damage', async () => {
    writeFiles(ws, [['Diskominfo/baru.pdf', await textPdf([['NOTULEN', 'Rapat koordinasi SPBE']])]]);
    // The holder keeps the write lock until the scan says it waits, then lets go.
    const holder = lockHolder(ws.root);
    await holder.lock();
    const scan = startCli(ws.root, 'scan', '--quiet');
    let stderr = '';
    let stdout = '';
    scan.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    scan.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    await waitFor('the scan to say it waits for the lock', () => stderr.includes('Database sedang dikunci proses lain'), 120_000);
    await holder.release();
    expect(await exited(scan), stderr).toBe(0);
    expect(stdout).toMatch(/1 baru/);
    expectConsistent(ws.root, 'after waiting for the lock');
  });

  it('verify names an archived file that was damaged on disk', () => {
    const dir = path.join(ws.root, '.eviden/archive');
    const archived = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf') && statSync(path.join(dir, f)).isFile());
    const victim = path.join(dir, archived[0]!);
    chmodSync(victim, 0o644);
    const bytes = readFileSync(victim);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(victim, bytes);
    const sha = path.basename(victim).split('.')[0]!;
    const db = new Database(path.join(ws.root, '.eviden/eviden.db'), { readonly: true });
    const { path: named } = db.prepare('SELECT path FROM locations WHERE sha256 = ? ORDER BY path LIMIT 1').get(sha) as { path: string };
    db.close();
    const r = runCli(ws.root, 'verify');
    expect(r.status).not.toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('[arsip]'));
    expect(line).toContain(`Salinan arsip untuk ${named} berubah`);
    expect(r.stdout.split('\n').filter((l) => l.includes('[arsip]'))).toHaveLength(1);
  });
});

describe('a write lock held longer than the wait', () => {
  let ws: TempWorkspace;
  const dbFile = (): string => path.join(ws.root, '.eviden/eviden.db');
  beforeAll(async () => {
    process.env.EVIDEN_LOCK_WAIT_MS = '1000';
    ws = makeWorkspace();
    writeFiles(ws, [['BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', await textPdf([SK_TIM_KOORDINASI])]]);
    expect(runCli(ws.root, 'scan', '--quiet').status).toBe(0);
  });
  afterAll(() => {
    delete process.env.EVIDEN_LOCK_WAIT_MS;
    ws.cleanup();
  });

  const expectLockMessage = (stderr: string): void => {
    expect(stderr).toContain('Database masih dikunci proses lain setelah 1 detik');
    expect(stderr).toContain('lalu jalankan perintah yang sama lagi');
    expect(stderr).not.toMatch(/SQLITE|database is locked|tak terduga/);
  };

  it('stops a scan and a reviewer decision with a message naming what to do, before changing anything', async () => {
    writeFiles(ws, [['Diskominfo/laporan.pdf', await textPdf([['LAPORAN PELAKSANAAN SPBE', 'Tahun 2025']])]]);
    const before = snapshot(ws.root);
    const holder = lockHolder(ws.root);
    await holder.lock();
    try {
      const scan = runCli(ws.root, 'scan', '--quiet');
      expect(scan.status, scan.stderr).toBe(2);
      expect(scan.stderr).toContain('sebelum mengubah apa pun');
      expectLockMessage(scan.stderr);
      const map = runCli(ws.root, 'map', 'BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', '--add', '19', '--reviewer', 'Uji');
      expect(map.status, map.stderr).toBe(2);
      expectLockMessage(map.stderr);
    } finally {
      await holder.release();
    }
    expectConsistent(ws.root, 'after the lock outlasted the wait');
    expect(snapshot(ws.root)).toEqual(before);
  });

  it('stops a scan whose lock is taken in the middle; the next run finishes it', async () => {
    writeFiles(ws, [['Diskominfo/notulen pindaian.pdf', await scannedPdf([['NOTULEN RAPAT KOORDINASI', 'Tim Koordinasi SPBE Kabupaten Uji']])]]);
    const holder = lockHolder(ws.root);
    const scan = startCli(ws.root, 'scan');
    let stderr = '';
    scan.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      // The first file is archived: the holder takes the lock while the scan still has writing to do (the OCR page).
      await waitFor('the scan to admit its first file', () => stderr.includes('Memindai 1/'), 120_000);
      await holder.lock();
      expect(await exited(scan), stderr).toBe(2);
    } finally {
      await holder.release();
    }
    expect(stderr).toContain('yang sudah tersimpan tetap utuh');
    expectLockMessage(stderr);
    expectConsistent(ws.root, 'after the lock was taken mid-scan');
    const db = new Database(dbFile(), { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM queue WHERE path = 'kunci'").get()).toEqual({ n: 0 });
    db.close();
    const next = runCli(ws.root, 'scan', '--quiet');
    expect(next.status, next.stderr).toBe(0);
    expect(pendingCount(ws.root)).toBe(0);
    expect(snapshot(ws.root).locations.filter((l) => l.endsWith(' 1'))).toHaveLength(3);
    expect(runCli(ws.root, 'verify').status).toBe(0);
  });
});
