#!/usr/bin/env node
// Entry point: runs the compiled CLI from dist/. When dist/ is missing or was built from older sources (a fresh
// clone, `npm ci`, `git pull`), it is built first, once (a few seconds). EVIDEN_FROM_SOURCE=1 runs the TypeScript
// sources through tsx instead, and so does a machine where dist/ cannot be built.
import { distIsCurrent, buildDist } from './build-dist.js';

async function runSource() {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}

if (process.env.EVIDEN_FROM_SOURCE) {
  await runSource();
} else {
  let current = distIsCurrent();
  if (!current) {
    process.stderr.write('Menyusun dist/ dari sumber (sekali setelah pemasangan atau pembaruan)…\n');
    const problem = buildDist();
    if (problem !== null) process.stderr.write(`Catatan: dist/ tidak dapat disusun (${problem}); memakai sumber TypeScript.\n`);
    current = problem === null;
  }
  if (current) await import(new URL('../dist/cli/main.js', import.meta.url).href);
  else await runSource();
}
