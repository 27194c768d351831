/**
 * Benchmark: supported level on the blind level scenarios (scripts/fixtures/scenarios), each written from one
 * indicator's criteria with the range of levels those criteria allow. Per scenario: a temporary workspace
 * (config with the current year), the documents under watch/<OPD>/, `runScan`, `loadWorkspaceState`, and the
 * indicator's supported level from the assessment. Kept thin: the pipeline decides, this only compares.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchLine } from './types.ts';
import { runScan } from '../src/app/scan.ts';
import { loadWorkspaceState } from '../src/app/state.ts';
import { CONFIG_FILE, openWorkspace } from '../src/config/workspace.ts';
import { todayIso } from '../src/shared/format.ts';
import { openDb } from '../src/store/db.ts';
import { allScenarios, writeScenarioDocs } from '../scripts/fixtures/scenarios/set.ts';
import type { Scenario } from '../scripts/fixtures/scenarios/types.ts';
import { styleConfig } from '../scripts/fixtures/style/set.ts';

interface ScenarioResult {
  got: number | null;
  /** How many of the scenario's documents the assessment used for the indicator. */
  used: number;
  docs: number;
}

async function runScenario(s: Scenario, today: string): Promise<ScenarioResult> {
  const year = Number(today.slice(0, 4));
  const root = mkdtempSync(path.join(os.tmpdir(), `eviden-bench-skenario-${s.id}-`));
  try {
    writeFileSync(path.join(root, CONFIG_FILE), styleConfig(year));
    const docs = await writeScenarioDocs(path.join(root, 'watch'), s, year);
    const ws = openWorkspace(root);
    const db = openDb(ws.paths.database);
    try {
      await runScan(db, ws, { quiet: true });
      const result = loadWorkspaceState(db, ws, today).assessment.indicators.find((i) => i.id === s.indicator);
      return { got: result ? result.supportedLevel : null, used: result ? result.documents.length : 0, docs: docs.length };
    } finally {
      db.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const range = (r: [number, number]): string => (r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`);

export async function benchLevelScenarios(): Promise<BenchLine[]> {
  const today = todayIso();
  const lines: BenchLine[] = [];
  let inRange = 0;
  const scenarios = allScenarios();
  for (const s of scenarios) {
    const r = await runScenario(s, today);
    const ok = r.got !== null && r.got >= s.range[0] && r.got <= s.range[1];
    if (ok) inRange++;
    lines.push({
      name: `${s.id} indikator ${s.indicator} (${s.kasus})`,
      value: r.got ?? 0,
      unit: 'tingkat',
      note: `harapan ${range(s.range)}, hasil ${r.got ?? 'tidak dinilai'} — ${ok ? 'dalam rentang' : 'DI LUAR RENTANG'}; dokumen dipakai ${r.used}/${r.docs}; ${s.judul}`,
    });
  }
  lines.push({ name: 'Skenario dalam rentang kriteria', value: inRange, unit: `dari ${scenarios.length}`, note: `tanggal penilaian ${today}` });
  return lines;
}
