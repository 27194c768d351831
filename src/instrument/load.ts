/** Reads instrument data files from `src/instrument/data/<id>.json` (found from the package root, so dist/ works too). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Instrument } from './types.ts';
import { parseInstrument } from './validate.ts';
import { UserError, errorMessage } from '../shared/errors.ts';

export { allIndicators, findIndicator, groupPathOf, levelLabel } from './tree.ts';

/** The nearest folder at or above `start` holding a package.json. */
export function packageRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json tidak ditemukan di atas ${start}`);
    dir = parent;
  }
  return dir;
}

/** tsc does not copy JSON into dist/, so both the sources and the build read the data from src/. */
export function instrumentDataDir(): string {
  return path.join(packageRoot(), 'src', 'instrument', 'data');
}

/** Ids of the instruments shipped with eviden, sorted. */
export function listInstruments(): string[] {
  return readdirSync(instrumentDataDir())
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function loadInstrument(id: string): Instrument {
  const available = listInstruments();
  if (!available.includes(id)) {
    throw new UserError(
      `Instrumen "${id}" tidak dikenal. Instrumen yang tersedia: ${available.join(', ')}. ` +
        'Periksa kolom "instrumen" di eviden.config.yaml (atau opsi --instrumen).',
    );
  }
  const file = path.join(instrumentDataDir(), `${id}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Berkas instrumen ${file} tidak dapat dibaca sebagai JSON: ${errorMessage(err)}`);
  }
  const inst = parseInstrument(raw, file);
  if (inst.id !== id) throw new UserError(`Berkas instrumen ${file} memuat id "${inst.id}"; samakan dengan nama berkasnya ("${id}").`);
  return inst;
}
