/**
 * Benchmark: what reviewers' decisions teach (src/learn). The real pipeline scans a labelled set in a temporary
 * workspace; a careful reviewer then decides on every other document (sorted by path): confirms the right
 * mappings, rejects the wrong mappings and candidates, adds what is missing. F1 on the other half, which nobody
 * decided on, is measured before and after: what changes comes from similar documents inheriting decisions and
 * from the per-indicator adjustments learned in the workspace.
 * Two sets: the tuning set (scripts/fixtures/eval-set.ts, for development) and the held-out set
 * (scripts/fixtures/heldout, Kota Tirtamulya, written independently; its figure is reported, never tuned on).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchLine } from './types.ts';
import { qualityLines, scores, tally, type Scored } from './mapping-quality.ts';
import { HELDOUT_CONFIG } from './mapping-heldout.ts';
import { foundByPath, withScannedSet, type Found, type LabelledFile, type SetLayout } from './scan-set.ts';
import { recordDecisions } from '../src/app/decide.ts';
import { loadDocumentViews } from '../src/app/state.ts';
import { CONFIG_FILE } from '../src/config/workspace.ts';
import type { Db } from '../src/store/db.ts';
import { loadAdjustments } from '../src/store/adjustments.ts';
import type { Workspace } from '../src/types/config.ts';
import type { DocumentView } from '../src/types/state.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import { generateEvalSet } from '../scripts/fixtures/eval-set.ts';
import { generateHeldoutSet } from '../scripts/fixtures/heldout/set.ts';

interface SetSpec {
  label: string;
  layout: SetLayout<readonly LabelledFile[]>;
}

/** The files' labels beside what is accepted for them now. */
const scored = (files: readonly LabelledFile[], found: Map<string, Found>): Scored<number>[] => files.map((f) => ({ expected: f.expected, got: found.get(f.file)?.indicators ?? [] }));

/** A careful reviewer's decisions on one document: every expected indicator added or confirmed, everything else rejected. */
function review(db: Db, ws: Workspace, f: LabelledFile, view: DocumentView): number {
  const c = view.classification;
  if (c === null) return 0;
  const proposed = [...c.mappings, ...c.candidates].map((m) => m.indicator);
  const remove = [...new Set(proposed.filter((n) => !f.expected.includes(n)))];
  if (f.expected.length + remove.length === 0) return 0;
  recordDecisions(db, ws, { ref: view.doc.sha256, add: [...f.expected], remove, confirm: false, reviewer: 'Peninjau Uji', note: 'bench' });
  return f.expected.length + remove.length;
}

function benchSet(spec: SetSpec): Promise<BenchLine[]> {
  return withScannedSet('eviden-bench-keputusan-', spec.layout, ({ db, ws, set: files }) => {
    const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
    const decided = sorted.filter((_, i) => i % 2 === 0);
    const other = sorted.filter((_, i) => i % 2 === 1);

    const before = foundByPath(loadDocumentViews(db, ws));
    const beforeCounts = tally(scored(other, before));
    let decisions = 0;
    for (const f of decided) {
      const found = before.get(f.file);
      if (found !== undefined) decisions += review(db, ws, f, found.view);
    }
    const after = foundByPath(loadDocumentViews(db, ws));
    const afterCounts = tally(scored(other, after));

    const inherited = other.flatMap((f) =>
      (after.get(f.file)?.view.classification?.mappings ?? []).filter((m) => m.source === 'kemiripan').map((m) => f.expected.includes(m.indicator)),
    );
    const adjustments = loadAdjustments(db, ws.config.instrumen);
    const f1Before = scores(beforeCounts).f1;
    const f1After = scores(afterCounts).f1;
    return [
      { name: `Keputusan dicatat, ${spec.label}`, value: decisions, unit: 'keputusan', note: `${decided.length} berkas diputuskan, ${other.length} berkas diukur` },
      ...qualityLines(`${spec.label}, paruh lain sebelum keputusan`, beforeCounts).slice(0, 1),
      ...qualityLines(`${spec.label}, paruh lain sesudah keputusan`, afterCounts),
      { name: `Selisih F1, ${spec.label}`, value: f1After - f1Before, unit: 'F1', note: `${formatDecimal(f1Before, 3)} → ${formatDecimal(f1After, 3)}` },
      {
        name: `Pemetaan dari dokumen mirip, ${spec.label}`,
        value: inherited.length,
        unit: 'pasangan',
        note: `${inherited.filter(Boolean).length} sesuai label`,
      },
      {
        name: `Penyesuaian skor per indikator, ${spec.label}`,
        value: adjustments.length,
        unit: 'indikator',
        note: adjustments.length === 0 ? 'tidak ada' : adjustments.map((a) => `${a.indicator}: ${a.offset > 0 ? '+' : ''}${formatDecimal(a.offset)}`).join('; '),
      },
    ];
  });
}

/** The tuning set in the sample workspace's config (Kabupaten Sukamaju). */
export function benchDecisionsTuning(): Promise<BenchLine[]> {
  return benchSet({
    label: 'set evaluasi',
    layout: {
      config: (root) => {
        copyFileSync(path.join(packageRoot(), CONFIG_FILE), path.join(root, CONFIG_FILE));
        const logo = /^\s*logo:\s*(\S+)/m.exec(readFileSync(path.join(root, CONFIG_FILE), 'utf8'))?.[1];
        if (logo !== undefined) copyFileSync(path.join(packageRoot(), logo), path.join(root, logo));
      },
      write: async (watch) => (await generateEvalSet(watch)).files,
    },
  });
}

/** The held-out set in its own Kota's config. Run for the figure only; never change code to improve it. */
export function benchDecisionsHeldout(): Promise<BenchLine[]> {
  return benchSet({
    label: 'set uji terpisah',
    layout: { config: HELDOUT_CONFIG, write: async (watch) => (await generateHeldoutSet(watch)).files },
  });
}
