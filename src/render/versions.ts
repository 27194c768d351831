/** Versions an output depends on besides the workspace: the templates (and the renderer's version) and the pack. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceState } from '../types/state.ts';
import { packageRoot } from '../shared/package-root.ts';
import type { Versions } from './output-plan.ts';
import { templatesDir } from './paths.ts';

let templates: string | null = null;

/** Fingerprint of templates/*.hbs, style.css and the package version (computed once per process). */
function templatesVersion(): string {
  if (templates) return templates;
  const dir = templatesDir();
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  hash.update(pkg.version);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.hbs') || f.endsWith('.css')).sort()) {
    hash.update(name).update(readFileSync(path.join(dir, name)));
  }
  templates = hash.digest('hex').slice(0, 16);
  return templates;
}

export function versionsOf(state: Pick<WorkspaceState, 'instrument' | 'pack'>): Versions {
  const instrumen = createHash('sha256').update(JSON.stringify([state.pack, state.instrument])).digest('hex').slice(0, 16);
  return { templat: templatesVersion(), instrumen };
}
