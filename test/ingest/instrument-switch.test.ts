import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, type TempWorkspace } from '../helpers/workspace.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { runScan } from '../../src/app/scan.ts';
import { createExtractor } from '../../src/app/extractor.ts';
import { recordDecisions } from '../../src/app/decide.ts';
import { loadWorkspaceState } from '../../src/app/state.ts';
import type { Extractor } from '../../src/ingest/extractor.ts';
import type { WorkspaceState } from '../../src/types/state.ts';

function indicator(state: WorkspaceState, no: number) {
  const found = state.assessment.indicators.find((i) => i.id === no);
  if (found === undefined) throw new Error(`indicator ${no} missing`);
  return found;
}

/** Every indicator that has accepted documents. */
function withDocuments(state: WorkspaceState): number[] {
  return state.assessment.indicators.filter((i) => i.documents.length > 0).map((i) => i.id);
}

describe('a workspace that switches from spbe-2020 to pemdi-2026 and back', () => {
  let ws: TempWorkspace;
  let db: Db;
  let extractor: Extractor;
  let configFile: string;
  let spbeConfig: string;

  const useInstrument = (id: string): void => {
    writeFileSync(configFile, spbeConfig.replace(/^tahun: 2026$/m, `tahun: 2026\ninstrumen: ${id}`));
  };

  beforeAll(async () => {
    ws = makeWorkspace();
    const dir = path.join(ws.watch, 'BagianHukum', 'Indikator 10');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'SK Tim Koordinasi SPBE 2025.pdf'), await textPdf([SK_TIM_KOORDINASI], 'SK Tim Koordinasi'));
    const w = openWorkspace(ws.root);
    configFile = w.paths.config;
    spbeConfig = readFileSync(configFile, 'utf8');
    db = openDb(w.paths.database);
    extractor = createExtractor(w);
    await runScan(db, w, { quiet: true, extractor });
    recordDecisions(db, w, { ref: 'BagianHukum/Indikator 10/SK Tim Koordinasi SPBE 2025.pdf', add: [11], remove: [], confirm: true, reviewer: 'Rina', note: 'uji' });
  });

  afterAll(async () => {
    await extractor?.close();
    db?.close();
    ws?.cleanup();
  });

  it('maps and claims under spbe-2020', () => {
    const state = loadWorkspaceState(db, openWorkspace(ws.root));
    expect(indicator(state, 10).documents.length).toBeGreaterThan(0);
    expect(indicator(state, 10).claimedLevel).toBe(3);
    expect(indicator(state, 11).documents.length).toBeGreaterThan(0);
  });

  it('shows none of the SPBE mappings, decisions or claims under pemdi-2026, before and after a scan', async () => {
    useInstrument('pemdi-2026');
    const before = loadWorkspaceState(db, openWorkspace(ws.root));
    expect(before.instrument.id).toBe('pemdi-2026');
    expect(withDocuments(before)).toEqual([]);
    expect(before.assessment.indicators.map((i) => i.claimedLevel).filter((l) => l !== null)).toEqual([]);
    // Kriptografi (pemdi 11) does not get the reviewer's SPBE decision for indicator 11, nor Tim Koordinasi (10) its claim.
    expect(indicator(before, 11).documents).toEqual([]);
    expect(indicator(before, 10).penjelasan).toBe('');
    await runScan(db, openWorkspace(ws.root), { quiet: true, extractor });
    const after = loadWorkspaceState(db, openWorkspace(ws.root));
    expect(indicator(after, 11).documents).toEqual([]);
    expect(after.assessment.indicators.map((i) => i.claimedLevel).filter((l) => l !== null)).toEqual([]);
  });

  it('finds the SPBE mappings and decisions again when switched back, without a rescan', () => {
    useInstrument('spbe-2020');
    const state = loadWorkspaceState(db, openWorkspace(ws.root));
    expect(indicator(state, 10).documents.length).toBeGreaterThan(0);
    expect(indicator(state, 11).documents.length).toBeGreaterThan(0);
    expect(indicator(state, 10).claimedLevel).toBe(3);
  });
});
