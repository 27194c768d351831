/** Faults other than kill -9: a stale temp file, another process holding the write lock, an archived file damaged on disk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, type TempWorkspace } from '../helpers/workspace.ts';
import { expectConsistent, exited, runCli, startCli, writeFiles } from './harness.ts';
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
    const holder = spawn(process.execPath, ['-e', `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(path.join(ws.root, '.eviden/eviden.db'))});
      db.exec('BEGIN IMMEDIATE'); db.prepare("INSERT INTO queue (path, enqueued_at) VALUES ('kunci', 'x')").run();
      process.stdout.write('locked\\n');
      process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    `], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const scan = startCli(ws.root, 'scan', '--quiet');
    let stderr = '';
    let stdout = '';
    scan.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    scan.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    await waitFor('the scan to say it waits for the lock', () => stderr.includes('Database sedang dikunci proses lain'), 120_000);
    holder.stdin!.write('lepas\n');
    await exited(holder);
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
