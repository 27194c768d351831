/**
 * Chromium (Debian's, launched by puppeteer-core) killed in the middle of `eviden report`: killed once, the document
 * is printed again on a fresh browser and the run succeeds; killed again and again, the run stops with one Indonesian
 * message. Either way no temp file and no truncated PDF is left in output/, and the files the run did not reach are
 * untouched (same inode and bytes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace.ts';
import { expectNothingHalfWritten, expectUnreachedUntouched, exited, outputPdfs, reportedDone, scannedAndReported, startCli } from './harness.ts';

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
  return { status, stderr, done: reportedDone(stderr), kills: killed.size };
}

describe.skipIf(!hasChromium)('Chromium killed in the middle of a report', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    await scannedAndReported(ws.root);
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
    expectUnreachedUntouched(before, outputPdfs(ws.root), r.done);
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
