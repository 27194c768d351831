/**
 * `eviden transisi` on a workspace scanned with spbe-2020: SPBE evidence shows under the Pemdi indicators the
 * crosswalk names as candidates; the coordinator accepts one with `eviden map --instrumen pemdi-2026` (an audit line
 * naming the instrument), the SPBE mappings stay as they were, and the PDF carries the proposal mark.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, MINIMAL_CONFIG, runEviden, SK_TIM_KOORDINASI, textPdf, type TempWorkspace } from '../helpers/workspace.ts';
import type { TransitionMap } from '../../src/types/transition.ts';

const CHROMIUM = process.env.EVIDEN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[test/cli/transisi] ${CHROMIUM} tidak ada: uji PDF peta transisi dilewati.`);

let ws: TempWorkspace;
const SK = 'BagianHukum/SK Tim Koordinasi SPBE.pdf';

function transisi(): TransitionMap {
  const r = runEviden(ws.root, 'transisi', '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as TransitionMap;
}

function statusUnder(map: TransitionMap, no: number, file: string): string | undefined {
  return map.indicators.find((i) => i.no === no)?.carries.flatMap((c) => c.documents).find((d) => d.path === file)?.status;
}

beforeAll(async () => {
  ws = makeWorkspace(MINIMAL_CONFIG);
  mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
  writeFileSync(path.join(ws.watch, SK), await textPdf([SK_TIM_KOORDINASI]));
  const scan = runEviden(ws.root, 'scan', '--quiet');
  expect(scan.code, scan.stderr).toBe(0);
}, 120_000);

afterAll(() => ws.cleanup());

describe('eviden transisi', () => {
  it('lists the SPBE evidence under the Pemdi indicators it may carry over to, marked as a proposal', () => {
    const text = runEviden(ws.root, 'transisi');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Peta transisi SPBE → Pemdi');
    expect(text.stdout).toContain('UNSURE');
    expect(text.stdout).toMatch(/Indikator Pemdi 4 Kolaborasi Pemdi[\s\S]*indikator SPBE 10 \(Kebijakan Internal Tim Koordinasi SPBE\)[\s\S]*\[kandidat, perlu ditinjau\] BagianHukum\/SK Tim Koordinasi SPBE\.pdf/);
    const map = transisi();
    expect(statusUnder(map, 4, SK)).toBe('kandidat');
    // SPBE 10 is not Pemdi 10 (Keamanan): the numbers never mix.
    expect(statusUnder(map, 10, SK)).toBeUndefined();
  }, 60_000);

  it('accepting a candidate is a reviewer decision for pemdi-2026 with an audit line; the SPBE mappings stay', () => {
    const before = runEviden(ws.root, 'docs', '--json');
    const r = runEviden(ws.root, 'map', SK, '--add', '4', '--instrumen', 'pemdi-2026', '--note', 'SK dibawa ke Pemdi');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('instrumen pemdi-2026');
    const audit = readFileSync(path.join(ws.root, '.eviden', 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; detail: Record<string, unknown> });
    expect(audit.filter((e) => e.type === 'decision').at(-1)?.detail).toMatchObject({ action: 'add', indicator: 4, instrument: 'pemdi-2026', note: 'SK dibawa ke Pemdi' });
    expect(statusUnder(transisi(), 4, SK)).toBe('diterima');
    expect(runEviden(ws.root, 'docs', '--json').stdout).toBe(before.stdout);
  }, 60_000);

  it.skipIf(!hasChromium)('writes the PDF "Peta transisi SPBE → Pemdi" with the proposal mark', () => {
    const r = runEviden(ws.root, 'transisi', '--pdf', '--json');
    expect(r.code, r.stderr).toBe(0);
    const file = (JSON.parse(r.stdout) as { pdf: string }).pdf;
    expect(path.basename(file)).toBe('peta-transisi-spbe-pemdi-2026.pdf');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('PETA TRANSISI SPBE → PEMDI');
    expect(text).toContain('UNSURE');
    expect(text).toContain('SK Tim Koordinasi');
  }, 120_000);
});
