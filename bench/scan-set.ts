/**
 * A generated set through the real pipeline, as staff's files reach eviden: a temporary workspace with the set's
 * config, the files under watch/<OPD>/, `runScan` (archive, pdf.js, OCR, classification), then what the pipeline found
 * per path. Nothing is kept afterwards. Shared by the mapping and decision benches and the end-to-end runner of the
 * generalisation set.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScan } from '../src/app/scan.ts';
import { loadDocumentViews } from '../src/app/state.ts';
import { CONFIG_FILE, openWorkspace } from '../src/config/workspace.ts';
import { openDb, type Db } from '../src/store/db.ts';
import type { Workspace } from '../src/types/config.ts';
import type { DocumentView } from '../src/types/state.ts';
import { labelDiff } from './mapping-quality.ts';
import type { BenchLine } from './types.ts';

/** How to lay out the workspace: its config (the YAML text, or a function writing it and what it refers to into the root) and its files. */
export interface SetLayout<S> {
  config: string | ((root: string) => void);
  /** Writes the set's files under `watch` (the workspace's watch/ folder); returns what the caller scores them by. */
  write: (watch: string) => Promise<S>;
}

/** The scanned workspace, open while the caller reads it. */
export interface ScannedSet<S> {
  db: Db;
  ws: Workspace;
  set: S;
  /** Seconds `runScan` took. */
  seconds: number;
}

/** Lays the set out in a fresh temporary workspace, scans it and hands the open workspace to `read`; removes it all afterwards. */
export async function withScannedSet<S, R>(prefix: string, layout: SetLayout<S>, read: (scanned: ScannedSet<S>) => R | Promise<R>): Promise<R> {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    if (typeof layout.config === 'string') writeFileSync(path.join(root, CONFIG_FILE), layout.config);
    else layout.config(root);
    const set = await layout.write(path.join(root, 'watch'));
    const ws = openWorkspace(root);
    const db = openDb(ws.paths.database);
    try {
      const started = performance.now();
      await runScan(db, ws, { quiet: true });
      const seconds = (performance.now() - started) / 1000;
      return await read({ db, ws, set, seconds });
    } finally {
      db.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** What the pipeline found for one file. */
export interface Found {
  /** Accepted indicators, sorted. */
  indicators: number[];
  /** The document's status after extraction (ok, no-text, …). */
  status: string;
  view: DocumentView;
}

/** What was found per path relative to watch/ (every location of a document carries its mappings). */
export function foundByPath(views: readonly DocumentView[]): Map<string, Found> {
  const byPath = new Map<string, Found>();
  for (const view of views) {
    const indicators = [...new Set((view.classification?.mappings ?? []).map((m) => m.indicator))].sort((a, b) => a - b);
    for (const loc of view.locations) byPath.set(loc.path, { indicators, status: view.doc.status, view });
  }
  return byPath;
}

/** A generated file with its path under watch/ and the indicators it is labelled with. */
export interface LabelledFile {
  file: string;
  expected: readonly number[];
}

/** One labelled file after the scan: its accepted indicators (none when it was not indexed). */
export interface Outcome<F extends LabelledFile> {
  file: F;
  expected: readonly number[];
  got: number[];
  found: Found | undefined;
}

/** Scans a labelled set; each file with what was accepted for it, in the set's order. */
export async function scanLabelledSet<F extends LabelledFile>(prefix: string, layout: SetLayout<readonly F[]>): Promise<{ outcomes: Outcome<F>[]; seconds: number }> {
  return withScannedSet(prefix, layout, ({ db, ws, set, seconds }) => {
    const byPath = foundByPath(loadDocumentViews(db, ws));
    const outcomes = set.map((file): Outcome<F> => {
      const found = byPath.get(file.file);
      return { file, expected: file.expected, got: found?.indicators ?? [], found };
    });
    return { outcomes, seconds };
  });
}

/** The files the scan did not index or could not read, as "path (status)". */
export function notOk<F extends LabelledFile>(outcomes: readonly Outcome<F>[]): string[] {
  return outcomes.filter((o) => o.found?.status !== 'ok').map((o) => `${o.file.file} (${o.found?.status ?? 'tidak terindeks'})`);
}

/** How many files labelled with no indicator got one (`name` says what they are), each named with what it got. */
export function distractorLine<F extends LabelledFile>(name: string, outcomes: readonly Outcome<F>[]): BenchLine {
  const distractors = outcomes.filter((o) => o.expected.length === 0);
  const mapped = distractors.filter((o) => o.got.length > 0);
  return {
    name,
    value: mapped.length,
    unit: `dari ${distractors.length}`,
    note: mapped.length > 0 ? mapped.map((o) => `${o.file.file} → [${o.got.join(',')}]`).join('; ') : 'tidak ada',
  };
}

/** The files whose accepted indicators differ from their labels, with how many pairs differ: most first, then by path. */
export function differing<F extends LabelledFile>(outcomes: readonly Outcome<F>[]): (Outcome<F> & { diff: number })[] {
  return outcomes
    .map((o) => ({ ...o, diff: labelDiff(o) }))
    .filter((o) => o.diff > 0)
    .sort((a, b) => b.diff - a.diff || a.file.file.localeCompare(b.file.file));
}
