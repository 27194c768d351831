/**
 * How to start the extraction worker thread. Compiled (`dist/extract/*.js`) it is a plain file next to
 * this one. From source (`src/extract/*.ts` under tsx or vitest) a worker does not inherit the TypeScript
 * loader (and `--import tsx` in a worker's execArgv is ignored on Node 20), so a small bootstrap
 * registers tsx inside the worker before importing the .ts entry.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerSpec {
  /** A file URL, or bootstrap code when `options.eval` is set. */
  entry: URL | string;
  options: WorkerOptions;
}

export function extractWorkerSpec(): WorkerSpec {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { entry: new URL('./extract-worker.js', self), options: {} };
  const entry = new URL('./extract-worker.ts', self).href;
  const tsxDir = path.dirname(createRequire(self).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { entry: bootstrap, options: { eval: true } };
}
