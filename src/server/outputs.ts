/** Files under output/ that the dashboard offers for download: found by listing the folder, never by a given path. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface OutputFile {
  /** Relative to output/, with `/` separators. */
  name: string;
  size: number;
  modified: string;
}

const MAX_DEPTH = 3;
const MAX_FILES = 500;

export function listOutputs(outputDir: string): OutputFile[] {
  const found: OutputFile[] = [];
  const walk = (dir: string, prefix: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found.length >= MAX_FILES || e.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      const abs = path.join(dir, e.name);
      if (e.isDirectory() && depth < MAX_DEPTH) walk(abs, rel, depth + 1);
      else if (e.isFile()) {
        const s = statSync(abs);
        found.push({ name: rel, size: s.size, modified: s.mtime.toISOString() });
      }
    }
  };
  walk(outputDir, '', 1);
  return found.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
}

/** The absolute path of a listed output file, or null when `name` is not exactly one of them. */
export function findOutput(outputDir: string, name: string): string | null {
  const hit = listOutputs(outputDir).find((f) => f.name === name);
  return hit ? path.join(outputDir, ...hit.name.split('/')) : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function outputContentType(name: string): string {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}
