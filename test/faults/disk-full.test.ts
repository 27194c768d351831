/**
 * The disk filling up during a scan (a small tmpfs holds the whole workspace): a clear Indonesian error, the
 * database and the archive intact, and the next run, once there is room, finishes the job.
 * Needs `mount -t tmpfs` (root); skipped with a note where that is not permitted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MINIMAL_CONFIG, textPdf, SK_TIM_KOORDINASI } from '../helpers/workspace.ts';
import { noiseBytes } from '../extract/helpers/fixtures.ts';
import { expectConsistent, pendingCount, runCli, snapshot, tempFiles } from './harness.ts';

const mountPoint = mkdtempSync(path.join(os.tmpdir(), 'eviden-penuh-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint]).status === 0;
if (!mounted) console.log(`[faults] mount -t tmpfs tidak diizinkan di mesin ini: uji disk penuh dilewati.`);

describe.skipIf(!mounted)('disk full during scan (tmpfs)', () => {
  const root = path.join(mountPoint, 'ws');
  const watch = path.join(root, 'watch');

  beforeAll(async () => {
    mkdirSync(path.join(watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(root, 'eviden.config.yaml'), MINIMAL_CONFIG);
    writeFileSync(path.join(watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
    // Incompressible files: the originals fit, their archive copies do not.
    for (let i = 1; i <= 4; i++) writeFileSync(path.join(watch, `BagianHukum/lampiran-${i}.bin`), noiseBytes(450_000, i));
  });

  afterAll(() => {
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('stops with a clear Indonesian error and leaves the database and archive intact', () => {
    const r = runCli(root, 'scan', '--quiet');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('Ruang disk habis');
    expect(r.stderr).not.toMatch(/ENOSPC|SQLITE_FULL|tak terduga/);
    expectConsistent(root, 'after the disk filled up');
  });

  it('continues on the next run once there is room, with nothing left half-done', () => {
    expect(spawnSync('mount', ['-o', 'remount,size=40m', mountPoint]).status).toBe(0);
    const r = runCli(root, 'scan', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expectConsistent(root, 'after the next run');
    expect(tempFiles(root)).toEqual([]);
    expect(pendingCount(root)).toBe(0);
    expect(snapshot(root).locations.filter((l) => l.endsWith(' 1'))).toHaveLength(5);
    expect(runCli(root, 'verify').status).toBe(0);
  });
});
