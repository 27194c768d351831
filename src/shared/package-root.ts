/** The installed package's root folder: data files (instrument packs, templates) are read from there, also by dist/. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
