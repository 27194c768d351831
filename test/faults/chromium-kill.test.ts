/**
 * Chromium (Debian's, launched by puppeteer-core) killed in the middle of `eviden report`: killed once, the document
 * is printed again on a fresh browser and the run succeeds; killed again and again, the run stops with one Indonesian
 * message. Either way no temp file and no truncated PDF is left in output/, and the files the run did not reach are
 * untouched (same inode and bytes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, type TempWorkspace } from '../helpers/workspace.ts';
import { waitFor } from '../helpers/wait.ts';
import { qpdfCheck } from '../render/pdf-tools.ts';
import { exited, runCli, startCli, tempFiles, writeFiles } from './harness.ts';

const hasChromium = existsSync(process.env.EVIDEN_CHROMIUM ?? '/usr/bin/chromium');
if (!hasChromium) console.log('[faults] Chromium tidak terpasang: uji Chromium dimatikan di tengah laporan dilewati.');

/** Chromium processes started by `pid` (its own children; the wrapper script execs the browser). */
function chromiumChildren(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [comm, ppid] = [stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])];
      if (ppid === pid && comm.startsWith('chrom')) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

interface OutputFile {
  ino: number;
  bytes: Buffer;
}

function outputPdfs(root: string): Map<string, OutputFile> {
  const dir = path.join(root, 'output');
  const files = new Map<string, OutputFile>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.pdf')) continue;
    const file = path.join(e.parentPath, e.name);
    files.set(e.name, { ino: statSync(file).ino, bytes: readFileSync(file) });
  }
  return files;
}

function expectNothingHalfWritten(root: string): void {
  expect(tempFiles(root)).toEqual([]);
  for (const e of readdirSync(path.join(root, 'output'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    expect(e.name, 'only finished outputs').toMatch(/\.(pdf|json|csv)$/);
    if (e.name.endsWith('.pdf')) expect(qpdfCheck(path.join(e.parentPath, e.name)).status, e.name).toBe(0);
  }
}

/** Runs `eviden report`, killing Chromium once the progress shows `after` documents done (once, or every new one). */
async function reportWithKills(root: string, after: string, every: boolean): Promise<{ status: number | null; stderr: string; done: string[]; kills: number }> {
  const child = startCli(root, 'report');
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const killed = new Set<number>();
  let armed = true;
  const killer = setInterval(() => {
    if (!armed || !stderr.includes(after)) return;
    for (const pid of chromiumChildren(child.pid!)) {
      if (killed.has(pid)) continue;
      process.kill(pid, 'SIGKILL');
      killed.add(pid);
      armed = every;
    }
  }, 10);
  const status = await exited(child);
  clearInterval(killer);
  const done = [...stderr.matchAll(/^Menyusun draf \d+\/\d+: (.+)$/gm)].map((m) => m[1]!);
  return { status, stderr, done, kills: killed.size };
}

describe.skipIf(!hasChromium)('Chromium killed in the middle of a report', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    writeFiles(ws, [
      ['BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', await textPdf([SK_TIM_KOORDINASI])],
      ['Diskominfo/laporan.pdf', await textPdf([['LAPORAN PELAKSANAAN SPBE', 'Tahun 2025']])],
    ]);
    expect(runCli(ws.root, 'scan', '--quiet').status).toBe(0);
    const first = runCli(ws.root, 'report', '--quiet');
    expect(first.status, first.stderr).toBe(0);
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('killed each time it starts: stops with an Indonesian message, nothing half-written, unreached files untouched', async () => {
    const before = outputPdfs(ws.root);
    const r = await reportWithKills(ws.root, 'Menyusun draf 3/', true);
    expect(r.status, r.stderr).toBe(2);
    expect(r.kills).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toMatch(/Kesalahan: Chromium (berhenti di tengah penyusunan|\(.*\) gagal dijalankan saat menyusun) \S+\.pdf .*juga setelah dijalankan ulang/);
    expect(r.stderr).toContain('Tidak ada berkas setengah jadi di output/');
    expect(r.stderr).toContain('Jalankan perintah yang sama lagi');
    expect(r.stderr).not.toMatch(/tak terduga|Protocol error \(Target.setDiscoverTargets\)\. /);
    expectNothingHalfWritten(ws.root);
    const after = outputPdfs(ws.root);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const unreached = [...before.keys()].filter((name) => !r.done.includes(name));
    expect(unreached.length).toBeGreaterThan(0);
    for (const name of unreached) {
      expect(after.get(name)!.ino, `${name} untouched`).toBe(before.get(name)!.ino);
      expect(after.get(name)!.bytes.equals(before.get(name)!.bytes), `${name} untouched`).toBe(true);
    }
  });

  it('killed once: the document is printed again on a fresh Chromium and the run succeeds', async () => {
    const before = outputPdfs(ws.root);
    const r = await reportWithKills(ws.root, 'Menyusun draf 3/', false);
    expect(r.status, r.stderr).toBe(0);
    expect(r.kills).toBe(1);
    expect(r.stderr).not.toContain('Kesalahan');
    expect(r.done).toHaveLength(before.size);
    expectNothingHalfWritten(ws.root);
    expect([...outputPdfs(ws.root).keys()].sort()).toEqual([...before.keys()].sort());
  });
});
