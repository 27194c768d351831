/**
 * Benchmark: supported level on the blind level scenarios (scripts/fixtures/scenarios), each written from one
 * indicator's criteria with the range of levels those criteria allow. Per scenario: a temporary workspace
 * (config with the current year), the documents under watch/<OPD>/, `runScan`, `loadWorkspaceState`, and the
 * indicator's supported level from the assessment. Kept thin: the pipeline decides, this only compares.
 */
import type { BenchLine } from './types.ts';
import { withScannedSet } from './scan-set.ts';
import { loadWorkspaceState } from '../src/app/state.ts';
import { todayIso } from '../src/shared/format.ts';
import { allScenarios, writeScenarioDocs } from '../scripts/fixtures/scenarios/set.ts';
import type { Scenario } from '../scripts/fixtures/scenarios/types.ts';
import { styleConfig } from '../scripts/fixtures/style/set.ts';

interface ScenarioResult {
  got: number | null;
  /** How many of the scenario's documents the assessment used for the indicator. */
  used: number;
  docs: number;
}

function runScenario(s: Scenario, today: string): Promise<ScenarioResult> {
  const year = Number(today.slice(0, 4));
  const layout = { config: styleConfig(year), write: (watch: string) => writeScenarioDocs(watch, s, year) };
  return withScannedSet(`eviden-bench-skenario-${s.id}-`, layout, ({ db, ws, set: docs }) => {
    const result = loadWorkspaceState(db, ws, today).assessment.indicators.find((i) => i.id === s.indicator);
    return { got: result ? result.supportedLevel : null, used: result ? result.documents.length : 0, docs: docs.length };
  });
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
