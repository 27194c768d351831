#!/usr/bin/env node
// Entry point: runs the compiled CLI from dist/ when it exists (and EVIDEN_FROM_SOURCE is unset), else the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!process.env.EVIDEN_FROM_SOURCE && existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
