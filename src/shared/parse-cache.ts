/**
 * A disk cache of data read from text files (the config, the instrument packs): parsing YAML and checking it
 * against the schemas costs most of a short command's time, and the same bytes read by the same code always give
 * the same result. An entry is keyed by the input bytes and by a stamp of the running code (newest modification
 * time and number of its module files), so editing either one simply misses. The cache only ever speeds things
 * up: an unwritable folder, a damaged entry or a value JSON cannot hold exactly all fall back to parsing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { packageRoot } from './package-root.ts';

/** The cache folder (EVIDEN_PARSE_CACHE overrides it; "off" disables the cache). */
function cacheDir(): string | null {
  const env = process.env.EVIDEN_PARSE_CACHE;
  if (env === 'off') return null;
  return env ?? path.join(packageRoot(), 'node_modules', '.cache', 'eviden');
}

let stamp: string | null = null;

/** Newest modification time and count of the running code's module files (dist/ or src/). */
function codeStamp(): string {
  if (stamp !== null) return stamp;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let newest = 0;
  let count = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.[jt]s$/.test(entry.name)) continue;
    count += 1;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  stamp = `${root}:${newest}:${count}`;
  return stamp;
}

function readEntry(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes atomically (parallel processes may write the same entry) and drops older entries of the same kind. */
function writeEntry(dir: string, kind: string, file: string, json: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`${kind}-`) && path.join(dir, name) !== file && !name.endsWith('.tmp')) unlinkSync(path.join(dir, name));
    }
  } catch {
    // A cache that cannot be written is only slower.
  }
}

/**
 * `parse()`'s result for these inputs, from the cache when an earlier run stored it. `kind` names the kind of
 * data (one entry is kept per kind and `scope`, e.g. per pack). `parse` may throw: errors are never cached.
 */
export function cachedParse<T>(kind: string, scope: string, inputs: readonly (string | Uint8Array)[], parse: () => T): T {
  const dir = cacheDir();
  if (dir === null) return parse();
  const hash = createHash('sha256').update(codeStamp()).update('\0').update(scope);
  for (const input of inputs) hash.update('\0').update(input);
  const name = `${kind}-${createHash('sha256').update(scope).digest('hex').slice(0, 12)}`;
  const file = path.join(dir, `${name}-${hash.digest('hex').slice(0, 32)}.json`);
  const hit = readEntry(file);
  if (hit !== undefined) return hit as T;
  const value = parse();
  const json = JSON.stringify(value);
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) writeEntry(dir, name, file, json);
  return value;
}
