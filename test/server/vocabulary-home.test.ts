/**
 * Status and kind labels have one home (src/shared/vocabulary.ts): no other source file spells one of them as a
 * string literal, so a renderer cannot drift into its own wording (classification and extraction, which read such
 * words in documents, are left out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LABELS, DOC_PROBLEMS, DOC_STATUS_LABELS, HEAT_STATUS_LABELS, KIND_LABELS } from '../../src/shared/vocabulary.ts';
import { REPO_ROOT } from '../helpers/workspace.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('label tables', () => {
  it('are defined once: no source file outside vocabulary.ts has a status or kind label as a literal', () => {
    const home = path.join(REPO_ROOT, 'src', 'shared', 'vocabulary.ts');
    // Kind labels of one common word ("laporan", "SOP") are ordinary words in sentences; the longer ones are labels.
    const kinds = Object.values(KIND_LABELS).filter((l) => l.includes(' '));
    const problems = Object.values(DOC_PROBLEMS).flatMap((p) => [p.what, p.todo]);
    const labels = [...Object.values(HEAT_STATUS_LABELS), ...Object.values(DOC_STATUS_LABELS), ...Object.values(CONFIDENCE_LABELS), ...kinds, ...problems];
    expect(labels).toContain('Bukan tanggungan OPD ini');
    const found: string[] = [];
    // Classification and extraction read these words in documents (patterns, not labels).
    const readers = ['classify', 'extract'].map((d) => path.join(REPO_ROOT, 'src', d) + path.sep);
    for (const file of sources(path.join(REPO_ROOT, 'src')).filter((f) => f !== home && !readers.some((r) => f.startsWith(r)))) {
      const text = readFileSync(file, 'utf8');
      for (const label of labels) {
        if (text.includes(`'${label}'`)) found.push(`${path.relative(REPO_ROOT, file)}: ${label}`);
      }
    }
    expect(found).toEqual([]);
  });
});
