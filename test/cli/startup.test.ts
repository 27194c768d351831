/**
 * What a command loads at start, and the compiled dist/ that bin/eviden.js builds when it is missing or stale.
 * Module lists, not timings: the time figures are in `npm run bench` (section "Start CLI").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';

/** Packages that only scanning, rendering or the dashboard need. */
const HEAVY = ['pdfjs-dist', 'puppeteer-core', 'tesseract.js', '@napi-rs/canvas', '@cantoo/pdf-lib', 'handlebars', 'chokidar', 'mammoth'];

let tmp: string;
let hook: string;

/** The packages (under node_modules) whose files a run of the CLI resolved. */
function packagesLoaded(root: string | null, ...args: string[]): Set<string> {
  const log = path.join(tmp, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, path.join(REPO_ROOT, 'bin/eviden.js'), ...(root ? ['--workspace', root] : []), ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVIDEN_MODULE_LOG: log },
  });
  expect(r.status, r.stderr).toBe(0);
  const urls = readFileSync(log, 'utf8').split('\n');
  return new Set(urls.map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => p !== undefined));
}

describe('CLI start', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-start-'));
    hook = path.join(tmp, 'hook.mjs');
    // A resolve hook that appends every resolved URL to the file named by EVIDEN_MODULE_LOG.
    writeFileSync(path.join(tmp, 'resolve.mjs'), [
      "import { appendFileSync } from 'node:fs';",
      'export async function resolve(specifier, context, next) {',
      '  const result = await next(specifier, context);',
      "  appendFileSync(process.env.EVIDEN_MODULE_LOG, result.url + '\\n');",
      '  return result;',
      '}',
    ].join('\n'));
    writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(tmp, 'resolve.mjs')).href)});\n`);
    ws = makeWorkspace();
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
    const scan = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'scan', '--quiet'], { encoding: 'utf8' });
    expect(scan.status, scan.stderr).toBe(0);
  });
  afterAll(() => {
    ws?.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('--help loads commander only: no database, config schema, PDF, OCR, browser or dashboard code', () => {
    const loaded = packagesLoaded(null, '--help');
    expect([...loaded].filter((p) => [...HEAVY, 'better-sqlite3', 'zod', 'yaml'].includes(p))).toEqual([]);
    expect(loaded.has('commander')).toBe(true);
  });

  it('docs --json and index --json load no PDF, OCR, browser or dashboard code; index opens no database', () => {
    const docs = packagesLoaded(ws.root, 'docs', '--json');
    expect([...docs].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(docs.has('better-sqlite3')).toBe(true);
    // The sample workspace of the repository claims a level for every indicator.
    const index = packagesLoaded(REPO_ROOT, 'index', '--json');
    expect([...index].filter((p) => [...HEAVY, 'better-sqlite3'].includes(p))).toEqual([]);
  });

  it('serve --help and report --help do not load the dashboard or the renderer', () => {
    for (const command of ['serve', 'report', 'scan']) {
      const loaded = packagesLoaded(null, command, '--help');
      expect([...loaded].filter((p) => [...HEAVY, 'better-sqlite3'].includes(p)), command).toEqual([]);
    }
  });
});

describe('bin/eviden.js and dist/', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'eviden-dist-'));
    for (const entry of ['bin', 'src', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
      cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  function help(): { code: number | null; stderr: string; stdout: string } {
    const env = { ...process.env };
    delete env.EVIDEN_FROM_SOURCE;
    const r = spawnSync(process.execPath, [path.join(copy, 'bin/eviden.js'), '--help'], { encoding: 'utf8', env });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout };
  }

  it('builds dist/ on the first run of a fresh copy, uses it afterwards, and rebuilds after a source changes', () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    const first = help();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Menyusun dist\//);
    expect(first.stdout).toMatch(/Pemakaian: eviden/);
    expect(existsSync(path.join(copy, 'dist/cli/main.js'))).toBe(true);

    const second = help();
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');

    // A `git pull` gives the changed sources a newer modification time.
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(copy, 'src/cli/help.ts'), later, later);
    const third = help();
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toMatch(/Menyusun dist\//);
    expect(help().stderr).toBe('');
  });
});
