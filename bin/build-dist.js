#!/usr/bin/env node
// Compiles src/ into dist/ (`npm run build`, `make build`, and bin/eviden.js when dist/ is missing or older than
// src/). It builds into a fresh folder and swaps it in, so a command started meanwhile never sees half a build,
// and records a stamp of the sources it was built from in dist/.stamp.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.stamp');

/** Newest modification time and number of the TypeScript sources: changes after any edit, pull or checkout. */
export function sourceStamp() {
  let newest = 0;
  let count = 0;
  for (const entry of readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    count += 1;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return `${newest}:${count}`;
}

/** True when dist/ was built from the current sources. */
export function distIsCurrent() {
  try {
    return readFileSync(stampFile, 'utf8') === sourceStamp();
  } catch {
    return false;
  }
}

/** Builds dist/; returns an Indonesian error message, or null when it worked. */
export function buildDist() {
  let tsc;
  try {
    tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return 'paket typescript tidak terpasang (jalankan "npm ci" di folder eviden)';
  }
  const stamp = sourceStamp();
  const fresh = `${dist}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', fresh], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    return `kompilasi gagal:\n${run.stdout}${run.stderr}`;
  }
  writeFileSync(path.join(fresh, '.stamp'), stamp);
  const old = `${dist}.${process.pid}.old`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(fresh, dist);
  rmSync(old, { recursive: true, force: true });
  return null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = buildDist();
  if (problem !== null) {
    console.error(`Kesalahan: dist/ tidak dapat disusun: ${problem}`);
    process.exitCode = 1;
  }
}
