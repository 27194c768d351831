/**
 * Benchmark: out-of-sample mapping quality on the second style set (scripts/fixtures/style-2, fictional Kabupaten
 * Muara Selasih), written from the failure classes of issue 9 by a writer who does not tune the rules, labelled from
 * the instrument's criteria, and never used for tuning. The real pipeline runs end to end: a temporary workspace,
 * files under watch/<OPD>/, `runScan` (archive, pdf.js, OCR, classification), then the accepted mappings from
 * `loadDocumentViews`. Precision, recall and F1 are micro-averaged over (document, indicator) pairs, overall and per
 * failure class. The lines name no file, so the figures can be shared without revealing the set.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLine } from './types.ts';
import { count, qualityLines, type Counts } from './mapping-quality.ts';
import { runScan } from '../src/app/scan.ts';
import { loadDocumentViews } from '../src/app/state.ts';
import { CONFIG_FILE, openWorkspace } from '../src/config/workspace.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { openDb } from '../src/store/db.ts';
import { STYLE2_CLASSES, STYLE2_CLASS_LABEL } from '../scripts/fixtures/style-2/entry.ts';
import { formatStyle2Labels, generateStyle2Set, style2Config, style2Labels, type Style2File } from '../scripts/fixtures/style-2/set.ts';

const LABELS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-style-2', 'labels.json');

interface Outcome {
  file: Style2File;
  got: number[];
}

function tally(outcomes: Outcome[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  for (const o of outcomes) count(c, o.file.expected, o.got);
  return c;
}

function labelsFileLine(): BenchLine {
  const same = existsSync(LABELS_FILE) && readFileSync(LABELS_FILE, 'utf8') === formatStyle2Labels(style2Labels());
  return {
    name: 'bench/eval-style-2/labels.json sesuai generator',
    value: same ? 1 : 0,
    unit: 'ya/tidak',
    note: same ? 'sesuai' : 'berbeda: jalankan node --import tsx scripts/fixtures/style-2/write-labels.ts',
  };
}

/** Scans the set in a temporary workspace; returns each file with its accepted indicators. */
async function scanStyle2Set(root: string): Promise<{ outcomes: Outcome[]; seconds: number; notOk: number }> {
  writeFileSync(path.join(root, CONFIG_FILE), style2Config(2026));
  const { files } = await generateStyle2Set(path.join(root, 'watch'));
  const ws = openWorkspace(root);
  const db = openDb(ws.paths.database);
  const byPath = new Map<string, { indicators: number[]; status: string }>();
  let seconds = 0;
  try {
    const started = performance.now();
    await runScan(db, ws, { quiet: true });
    seconds = (performance.now() - started) / 1000;
    for (const view of loadDocumentViews(db, ws)) {
      const indicators = [...new Set((view.classification?.mappings ?? []).map((m) => m.indicator))].sort((a, b) => a - b);
      for (const loc of view.locations) byPath.set(loc.path, { indicators, status: view.doc.status });
    }
  } finally {
    db.close();
  }
  let notOk = 0;
  const outcomes = files.map((file): Outcome => {
    const found = byPath.get(file.file);
    if (!found || found.status !== 'ok') notOk += 1;
    return { file, got: found?.indicators ?? [] };
  });
  return { outcomes, seconds, notOk };
}

export async function benchMappingStyle2(): Promise<BenchLine[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-bench-style2-'));
  try {
    const { outcomes, seconds, notOk } = await scanStyle2Set(root);
    const lines: BenchLine[] = [
      { name: `Pindai ${outcomes.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / outcomes.length, 1)} s/berkas` },
      ...qualityLines('semua berkas', tally(outcomes)),
    ];
    for (const cls of STYLE2_CLASSES) {
      const group = outcomes.filter((o) => o.file.cls === cls);
      if (group.length > 0) lines.push(...qualityLines(`kelas ${STYLE2_CLASS_LABEL[cls]}`, tally(group)));
    }
    const negatives = outcomes.filter((o) => o.file.expected.length === 0);
    lines.push({ name: 'Bukan bukti (distraktor dan naskah instansi lain) dengan pemetaan', value: negatives.filter((o) => o.got.length > 0).length, unit: `dari ${negatives.length}` });
    lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: notOk, unit: 'berkas' });
    const differing = outcomes.filter((o) => o.got.some((n) => !o.file.expected.includes(n)) || o.file.expected.some((n) => !o.got.includes(n)));
    lines.push({ name: 'Berkas dengan selisih label', value: differing.length, unit: `dari ${outcomes.length}` });
    lines.push(labelsFileLine());
    return lines;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
