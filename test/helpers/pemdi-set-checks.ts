/**
 * The checks every labelled Pemdi evidence set passes (test/fixtures): its declared size, valid item codes of
 * evidence-scored indicators, all 16 such indicators covered, unlabelled distractors, the committed labels.json
 * matching the generator, and the generator writing each file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './workspace.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import { formatPemdiLabels, generatePemdiSet, labelOf, pemdiLabels, type PemdiEntry, type PemdiFile } from '../../scripts/fixtures/pemdi-set/entry.ts';

const pack = loadPack('pemdi-2026');
const items = new Map((pack.items?.items ?? []).map((i) => [i.code, i]));
export const evidenceScored = allIndicators(pack.instrument)
  .filter((i) => i.sumberNilai !== 'eksternal')
  .map((i) => i.no);

export interface PemdiSetUnderTest {
  name: string;
  entries: PemdiEntry[];
  declared: number;
  /** The folder under bench/ holding labels.json. */
  labels: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export function describePemdiSet(half: PemdiSetUnderTest): void {
  describe(half.name, () => {
    it('declares its number of documents', () => {
      expect(half.entries.length).toBe(half.declared);
    });

    it('labels only item codes of the pack, of evidence-scored indicators', () => {
      for (const entry of half.entries) {
        for (const code of entry.items) {
          const item = items.get(code);
          expect(item, `${entry.artifact.path}: ${code}`).toBeDefined();
          expect(evidenceScored, `${entry.artifact.path}: ${code}`).toContain(item?.indicator);
          expect(item?.kind, `${entry.artifact.path}: ${code}`).not.toBe('nilaiEksternal');
        }
        expect(new Set(entry.items).size, entry.artifact.path).toBe(entry.items.length);
      }
    });

    it('covers all 16 evidence-scored indicators and keeps distractors unlabelled', () => {
      const labels = half.entries.map(labelOf);
      expect([...new Set(labels.flatMap((l) => l.indicators))].sort((a, b) => a - b)).toEqual(evidenceScored);
      expect(labels.filter((l) => l.items.length === 0).length).toBeGreaterThanOrEqual(5);
    });

    it(`matches the committed bench/${half.labels}/labels.json`, () => {
      const committed = readFileSync(path.join(REPO_ROOT, 'bench', half.labels, 'labels.json'), 'utf8');
      expect(committed).toBe(formatPemdiLabels(pemdiLabels(half.entries)));
    });

    describe('generator', () => {
      let dir = '';
      let files: PemdiFile[] = [];
      beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-pemdi-set-'));
        files = await generatePemdiSet(half.entries, dir);
      });
      afterAll(() => rmSync(dir, { recursive: true, force: true }));

      it('writes the declared number of files, each with its labels', () => {
        expect(filesUnder(dir).length).toBe(half.declared);
        expect(files.map((f) => f.file)).toEqual(half.entries.map((e) => e.artifact.path));
        for (const f of files) expect(statSync(path.join(dir, f.file)).size, f.file).toBeGreaterThan(1000);
      });
    });
  });
}
