/** Writes `output/gaps.json` and `output/gaps.csv` from an assessment (atomically). */
import path from 'node:path';
import type { WorkspaceState } from '../types/state.ts';
import { gapsJson } from '../assess/reporters/json.ts';
import { gapsCsv } from '../assess/reporters/csv.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';

export function writeGapOutputs(state: WorkspaceState): { json: string; csv: string } {
  const json = path.join(state.workspace.paths.output, 'gaps.json');
  const csv = path.join(state.workspace.paths.output, 'gaps.csv');
  writeFileAtomic(json, `${JSON.stringify(gapsJson(state.assessment), null, 2)}\n`);
  writeFileAtomic(csv, gapsCsv(state.assessment));
  return { json, csv };
}
