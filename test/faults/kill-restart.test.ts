/**
 * kill -9 at random points during `scan` and during `watch` with files arriving: after every kill the database,
 * the full-text index, the archive and the audit trail are consistent; after a restart no temp file is left,
 * `eviden verify` passes, and the final state equals an uninterrupted run. EVIDEN_FAULT_KILLS sets the kill points
 * (5 in `make test`, 20 in `make soak`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace.ts';
import { waitFor } from '../helpers/wait.ts';
import {
  KILLS, exited, expectConsistent, mixedFiles, pendingCount, runCli, seeded, snapshot, startCli, tempFiles,
  writeFiles, type Snapshot,
} from './harness.ts';

let files: Map<string, Uint8Array>;
let reference: Snapshot;
let referenceMs = 0;
const workspaces: TempWorkspace[] = [];

function workspace(): TempWorkspace {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

beforeAll(async () => {
  files = await mixedFiles();
  const ref = workspace();
  writeFiles(ref, files);
  const started = Date.now();
  const r = runCli(ref.root, 'scan', '--quiet');
  referenceMs = Date.now() - started;
  expect(r.status, r.stderr).toBe(0);
  reference = snapshot(ref.root);
  expect(reference.documents.length).toBe(6); // the duplicate shares its content
}, 300_000);

afterAll(() => {
  for (const ws of workspaces) ws.cleanup();
});

function expectFinished(ws: TempWorkspace): void {
  expectConsistent(ws.root, 'finished');
  expect(tempFiles(ws.root), 'temp files left').toEqual([]);
  expect(pendingCount(ws.root)).toBe(0);
  const verify = runCli(ws.root, 'verify');
  expect(verify.status, `${verify.stdout}${verify.stderr}`).toBe(0);
  expect(snapshot(ws.root)).toEqual(reference);
}

describe('kill -9 during scan', () => {
  it(`keeps every invariant at ${KILLS} random kill points and ends like an uninterrupted scan`, async () => {
    const ws = workspace();
    writeFiles(ws, files);
    const random = seeded(20261202);
    const points: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const delay = Math.round(200 + random() * Math.max(500, referenceMs * 0.9));
      points.push(delay);
      const child = startCli(ws.root, 'scan', '--quiet');
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited(child);
      expectConsistent(ws.root, `after kill ${k + 1} at ${delay} ms`);
    }
    const last = runCli(ws.root, 'scan', '--quiet');
    expect(last.status, last.stderr).toBe(0);
    expectFinished(ws);
    console.log(`[faults] scan: ${KILLS} kill -9 at ${points.join(', ')} ms (uninterrupted scan ${referenceMs} ms): all invariants held`);
  }, 900_000);
});

describe('kill -9 during watch while files arrive', () => {
  it(`keeps every invariant at ${KILLS} random kill points and ends like an uninterrupted scan`, async () => {
    const ws = workspace();
    const entries = [...files];
    writeFiles(ws, entries.slice(0, 2));
    const arriving = entries.slice(2);
    const random = seeded(777);
    const points: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const child = startCli(ws.root, 'watch', '--stabil', '0.2', '--rescan', '0');
      // A file arrives while the watcher runs (once all arrived, files are moved around instead).
      const next = arriving[k];
      const delay = Math.round(300 + random() * Math.max(800, referenceMs * 0.9));
      points.push(delay);
      setTimeout(() => {
        if (next) writeFiles(ws, [next]);
      }, Math.round(delay * random()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited(child);
      expectConsistent(ws.root, `after watch kill ${k + 1} at ${delay} ms`);
    }
    writeFiles(ws, arriving.slice(KILLS));
    // The last watcher runs until everything is read, then stops cleanly.
    const child = startCli(ws.root, 'watch', '--stabil', '0.2', '--rescan', '0');
    let log = '';
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    await waitFor('the watcher to read every file', () => {
      if (pendingCount(ws.root) !== 0) return false;
      const s = snapshot(ws.root);
      return s.locations.filter((l) => l.endsWith(' 1')).length === files.size && s.mappings.length === reference.mappings.length;
    }, 300_000, 500);
    await waitFor('the analysis to be written', () => log.includes('Analisis diperbarui'), 60_000);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    rmSync(path.join(ws.root, 'output'), { recursive: true, force: true }); // gaps.json: not part of the comparison
    expectFinished(ws);
    console.log(`[faults] watch: ${KILLS} kill -9 at ${points.join(', ')} ms with files arriving: all invariants held`);
  }, 900_000);
});
