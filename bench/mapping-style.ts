/**
 * Benchmark: out-of-sample mapping quality on the style set (scripts/fixtures/style, fictional Provinsi Teluk Damar),
 * written from the failure classes of issue 9 independently of the classifier's rules and never used for tuning.
 * The real pipeline runs end to end: a temporary workspace, files under watch/<OPD>/, `runScan` (archive, pdf.js,
 * OCR, classification), then the accepted mappings from `loadDocumentViews`. Precision, recall and F1 are
 * micro-averaged over (document, indicator) pairs, overall and per failure class.
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
import { CLASS_LABEL, STYLE_CLASSES } from '../scripts/fixtures/style/entry.ts';
import { formatStyleLabels, generateStyleSet, styleConfig, styleLabels, type StyleFile } from '../scripts/fixtures/style/set.ts';

const LABELS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-style', 'labels.json');

interface Outcome {
  file: StyleFile;
  got: number[];
}

const list = (ns: number[]): string => `[${ns.join(',')}]`;

function tally(outcomes: Outcome[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  for (const o of outcomes) count(c, o.file.expected, o.got);
  return c;
}

function labelsFileLine(): BenchLine {
  const expected = formatStyleLabels(styleLabels());
  const same = existsSync(LABELS_FILE) && readFileSync(LABELS_FILE, 'utf8') === expected;
  return {
    name: 'bench/eval-style/labels.json sesuai generator',
    value: same ? 1 : 0,
    unit: 'ya/tidak',
    note: same ? 'sesuai' : 'berbeda: jalankan node --import tsx scripts/fixtures/style/write-labels.ts',
  };
}

/** Scans the style set in a temporary workspace; returns each file with its accepted indicators. */
async function scanStyleSet(root: string): Promise<{ outcomes: Outcome[]; seconds: number; notOk: string[] }> {
  writeFileSync(path.join(root, CONFIG_FILE), styleConfig(2026));
  const { files } = await generateStyleSet(path.join(root, 'watch'));
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
  const notOk: string[] = [];
  const outcomes = files.map((file): Outcome => {
    const found = byPath.get(file.file);
    if (!found || found.status !== 'ok') notOk.push(`${file.file} (${found?.status ?? 'tidak terindeks'})`);
    return { file, got: found?.indicators ?? [] };
  });
  return { outcomes, seconds, notOk };
}

export async function benchMappingStyle(): Promise<BenchLine[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-bench-style-'));
  try {
    const { outcomes, seconds, notOk } = await scanStyleSet(root);
    const lines: BenchLine[] = [
      { name: `Pindai ${outcomes.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / outcomes.length, 1)} s/berkas` },
      ...qualityLines('semua berkas', tally(outcomes)),
    ];
    for (const cls of STYLE_CLASSES) {
      const group = outcomes.filter((o) => o.file.cls === cls);
      if (group.length > 0) lines.push(...qualityLines(`kelas ${CLASS_LABEL[cls]}`, tally(group)));
    }

    const distractors = outcomes.filter((o) => o.file.expected.length === 0);
    const mapped = distractors.filter((o) => o.got.length > 0);
    lines.push({
      name: 'Bukan bukti (distraktor dan regulasi instansi lain) dengan pemetaan',
      value: mapped.length,
      unit: `dari ${distractors.length}`,
      note: mapped.length > 0 ? mapped.map((o) => `${o.file.file} → ${list(o.got)}`).join('; ') : 'tidak ada',
    });
    if (notOk.length > 0) lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: notOk.length, unit: 'berkas', note: notOk.join('; ') });

    const errors = outcomes
      .map((o) => ({ ...o, diff: o.got.filter((n) => !o.file.expected.includes(n)).length + o.file.expected.filter((n) => !o.got.includes(n)).length }))
      .filter((o) => o.diff > 0)
      .sort((a, b) => b.diff - a.diff || a.file.file.localeCompare(b.file.file));
    lines.push({ name: 'Berkas dengan selisih label', value: errors.length, unit: `dari ${outcomes.length}` });
    for (const o of errors) {
      lines.push({ name: `Selisih ${o.file.file}`, value: o.diff, unit: 'pasangan', note: `${CLASS_LABEL[o.file.cls]}; label ${list(o.file.expected)}, hasil ${list(o.got)}` });
    }
    lines.push(labelsFileLine());
    return lines;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
