/** Locates the project's `templates/` folder by walking up from this module to the package root. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRootFrom(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json tidak ditemukan di atas ${start}`);
    dir = parent;
  }
}

let cachedRoot: string | null = null;

/** The folder holding package.json (works from src/ via tsx and from dist/ after a build). */
export function packageRoot(): string {
  cachedRoot ??= packageRootFrom(path.dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}

export function templatesDir(): string {
  return path.join(packageRoot(), 'templates');
}
