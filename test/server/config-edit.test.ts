import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAssessmentEdit, saveAssessmentEdit } from '../../src/config/edit.ts';
import { parseConfig } from '../../src/config/load.ts';
import { claimOf } from '../../src/config/claims.ts';
import { UserError } from '../../src/shared/errors.ts';
import { CONFIG } from './fixture.ts';
import { REPO_ROOT } from '../helpers/workspace.ts';

const FILE = 'eviden.config.yaml';

describe('applyAssessmentEdit', () => {
  it('sets a level and a multi-line penjelasan and keeps comments and the layout of other keys', () => {
    const penjelasan = 'FAKTA: SK Bupati Nomor 045/123/KEP/2026.\r\nANALISIS: memuat tugas tim.   \nJUSTIFIKASI: Tingkat 2.';
    const { text, config, changed } = applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 2, penjelasan });
    expect(changed).toBe(true);
    expect(config.penilaian['10']).toEqual({
      tingkat: 2,
      penjelasan: 'FAKTA: SK Bupati Nomor 045/123/KEP/2026.\nANALISIS: memuat tugas tim.\nJUSTIFIKASI: Tingkat 2.',
    });
    // Everything outside `penilaian` is byte-for-byte the same, comments and flow lists included.
    const before = CONFIG.split('penilaian:')[0]!;
    expect(text.startsWith(before)).toBe(true);
    expect(text).toContain('  nama: Pemerintah Kabupaten Sukamaju   # nama resmi instansi');
    expect(text).toContain('    tingkat: 2 # diisi koordinator');
    expect(text).toContain('penjelasan: |-\n      FAKTA: SK Bupati');
    // The existing entries are quoted, so the new one is too.
    expect(text).toContain('  "10":\n    tingkat: 2');
    expect(text.endsWith(CONFIG.slice(CONFIG.indexOf('penandatangan:')))).toBe(true);
  });

  it('removes a claim with null and a penjelasan with an empty text, dropping an entry left empty', () => {
    const first = applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 11, tingkat: 3, penjelasan: 'satu baris' });
    expect(first.config.penilaian['11']).toEqual({ tingkat: 3, penjelasan: 'satu baris' });
    const second = applyAssessmentEdit(first.text, FILE, { instrument: 'spbe-2020', indicator: 11, tingkat: null, penjelasan: '' });
    expect(second.config.penilaian['11']).toBeUndefined();
    expect(second.text).toBe(CONFIG);
  });

  it('keeps a long one-line penjelasan on one line in a block, without folding or escaping', () => {
    const penjelasan = `FAKTA: Keputusan Bupati "Sukamaju" Nomor 045/123/KEP/2026 # pasal 3, ${'halaman 4 '.repeat(12).trim()}.`;
    const { text, config } = applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 10, penjelasan });
    expect(config.penilaian['10']?.penjelasan).toBe(penjelasan);
    expect(text).toContain(`    penjelasan: |-\n      ${penjelasan}\n`);
  });

  it('leaves fields that are not given as they are', () => {
    const { config } = applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 12, penjelasan: 'Peta Rencana ditetapkan.' });
    expect(config.penilaian['12']).toEqual({ tingkat: 2, penjelasan: 'Peta Rencana ditetapkan.' });
  });

  it('reports no change when the file already says the same', () => {
    const result = applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 12, tingkat: 2 });
    expect(result.changed).toBe(false);
    expect(result.text).toBe(CONFIG);
  });

  it('turns an empty flow map `penilaian: {}` into a block map with a plain number key', () => {
    const text = CONFIG.replace(/penilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, 'penilaian: {}\n');
    const result = applyAssessmentEdit(text, FILE, { instrument: 'spbe-2020', indicator: 3, tingkat: 1 });
    expect(result.text).toContain('penilaian:\n  3:\n    tingkat: 1\npenandatangan:');
    expect(result.config.penilaian['3']?.tingkat).toBe(1);
  });

  it('adds `penilaian` when the file has none', () => {
    const text = CONFIG.replace(/# Penilaian mandiri[^\n]*\npenilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, '');
    expect(text).not.toContain('penilaian');
    const result = applyAssessmentEdit(text, FILE, { instrument: 'spbe-2020', indicator: 19, tingkat: 4 });
    expect(result.config.penilaian['19']?.tingkat).toBe(4);
    expect(parseConfig(result.text, FILE).instansi.nama).toBe('Pemerintah Kabupaten Sukamaju');
  });

  it('refuses a level the schema rejects, naming the field', () => {
    expect(() => applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 6 })).toThrow(UserError);
    expect(() => applyAssessmentEdit(CONFIG, FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 6 })).toThrow(/penilaian\.10\.tingkat/);
  });

  it('refuses to edit a file that is not valid YAML', () => {
    expect(() => applyAssessmentEdit('instansi: [', FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 2 })).toThrow(/bukan YAML yang sah/);
  });
});

/** A penilaian written by hand: folded and literal blocks wrapped short, a long plain line, quotes, comments. */
const HAND = `${CONFIG.split('penilaian:')[0]}penilaian:
  # Domain 1
  "10":
    tingkat: 3   # dinaikkan setelah rapat
    penjelasan: >-
      FAKTA: Keputusan Bupati
      Nomor 045/123/KEP/2026,
      berkas "SK Tim.pdf".

      JUSTIFIKASI: Tingkat 3.
  "11":
    penjelasan: |
        Baris satu diindentasi delapan spasi.
          Baris dua lebih dalam.
  "12":
    tingkat: 2 # diisi koordinator
    penjelasan: Peta Rencana SPBE Kabupaten Sukamaju 2026-2030 ditetapkan dengan Peraturan Bupati Nomor 12 Tahun 2026 tentang Peta Rencana.
  "13": { tingkat: 1, penjelasan: "Draf \\"awal\\"  belum ditetapkan" }

  # Domain 2
  "19":
    tingkat: 4
${CONFIG.slice(CONFIG.indexOf('penandatangan:'))}`;

/** The one changed region between two texts, by lines: what was there and what is there now. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe('applyAssessmentEdit keeps hand-formatted penjelasan of other indicators', () => {
  it('reads the hand-written fixture as intended', () => {
    const config = parseConfig(HAND, FILE);
    expect(config.penilaian['10']?.penjelasan).toBe('FAKTA: Keputusan Bupati Nomor 045/123/KEP/2026, berkas "SK Tim.pdf".\nJUSTIFIKASI: Tingkat 3.');
    expect(config.penilaian['11']?.penjelasan).toBe('Baris satu diindentasi delapan spasi.\n  Baris dua lebih dalam.\n');
    expect(config.penilaian['13']).toEqual({ tingkat: 1, penjelasan: 'Draf "awal"  belum ditetapkan' });
  });

  it('changes only the tingkat line when one level changes', () => {
    const { text, changed } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 12, tingkat: 3 });
    expect(changed).toBe(true);
    expect(text).toBe(HAND.replace('    tingkat: 2 # diisi koordinator', '    tingkat: 3 # diisi koordinator'));
  });

  it('keeps a folded block byte for byte when the form sends its penjelasan back unchanged with a new level', () => {
    const same = claimOf(parseConfig(HAND, FILE), 'spbe-2020', 10).penjelasan;
    const { text } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 4, penjelasan: same.replace(/\n/g, '\r\n') });
    expect(text).toBe(HAND.replace('    tingkat: 3   # dinaikkan setelah rapat', '    tingkat: 4   # dinaikkan setelah rapat'));
  });

  it('rewrites only the edited penjelasan; the blocks, the long line, the flow entry and the comments of others stay', () => {
    const { text, config } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 19, penjelasan: 'FAKTA: baru.\nJUSTIFIKASI: Tingkat 4.' });
    expect(config.penilaian['19']).toEqual({ tingkat: 4, penjelasan: 'FAKTA: baru.\nJUSTIFIKASI: Tingkat 4.' });
    expect(changedLines(HAND, text)).toEqual({ removed: [], added: ['    penjelasan: |-', '      FAKTA: baru.', '      JUSTIFIKASI: Tingkat 4.'] });
    expect(text.startsWith(HAND.slice(0, HAND.indexOf('    tingkat: 4\n') + '    tingkat: 4\n'.length))).toBe(true);
  });

  it('adds a new indicator after the last entry without touching the others', () => {
    const { text, config } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 20, tingkat: 2, penjelasan: 'Satu baris saja' });
    expect(config.penilaian['20']).toEqual({ tingkat: 2, penjelasan: 'Satu baris saja' });
    expect(changedLines(HAND, text)).toEqual({ removed: [], added: ['  "20":', '    tingkat: 2', '    penjelasan: Satu baris saja'] });
    expect(text.replace('  "20":\n    tingkat: 2\n    penjelasan: Satu baris saja\n', '')).toBe(HAND);
  });

  it('removes one entry by its lines only', () => {
    const { text, config } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 19, tingkat: null });
    expect(config.penilaian['19']).toBeUndefined();
    expect(text).toBe(HAND.replace('  "19":\n    tingkat: 4\n', ''));
  });

  it('edits an entry written as a flow map on one line, leaving the others', () => {
    const { text, config } = applyAssessmentEdit(HAND, FILE, { instrument: 'spbe-2020', indicator: 13, tingkat: 2 });
    expect(config.penilaian['13']).toEqual({ tingkat: 2, penjelasan: 'Draf "awal"  belum ditetapkan' });
    const others = (t: string): string => t.replace(/ {2}"13":[\s\S]*?(?=\n\n {2}# Domain 2)/, '');
    expect(others(text)).toBe(others(HAND));
  });

  it('changes a handful of lines of the 47-indicator sample config, never the other entries', () => {
    const sample = readFileSync(path.join(REPO_ROOT, 'eviden.config.yaml'), 'utf8');
    const before = parseConfig(sample, FILE);
    const { text, config } = applyAssessmentEdit(sample, FILE, { instrument: 'spbe-2020', indicator: 2, tingkat: 2, penjelasan: 'FAKTA: diganti.' });
    const oldEntry = sample.slice(sample.indexOf('  "2":\n'), sample.indexOf('  "3":\n')).split('\n').slice(1, -1);
    expect(changedLines(sample, text)).toEqual({ removed: oldEntry, added: ['    tingkat: 2', '    penjelasan: |-', '      FAKTA: diganti.'] });
    for (const [no, entry] of Object.entries(before.penilaian)) {
      if (no !== '2') expect(config.penilaian[no], `indikator ${no}`).toEqual(entry);
    }
    const entryOf = (t: string, no: string): string => t.slice(t.indexOf(`  "${no}":\n`), t.indexOf(`  "${Number(no) + 1}":\n`));
    expect(entryOf(text, '1')).toBe(entryOf(sample, '1'));
    expect(entryOf(text, '3')).toBe(entryOf(sample, '3'));
  });
});

describe('saveAssessmentEdit', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the edited config and leaves the file untouched when nothing changes', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-edit-'));
    const file = path.join(dir, FILE);
    writeFileSync(file, CONFIG);
    const saved = saveAssessmentEdit(file, { instrument: 'spbe-2020', indicator: 10, tingkat: 3, penjelasan: 'JUSTIFIKASI: Tingkat 3.' });
    expect(saved.changed).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(saved.text);
    const inode = statSync(file).ino;
    const again = saveAssessmentEdit(file, { instrument: 'spbe-2020', indicator: 10, tingkat: 3 });
    expect(again.changed).toBe(false);
    expect(statSync(file).ino).toBe(inode);
  });

  it('does not write an invalid result', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-edit-'));
    const file = path.join(dir, FILE);
    writeFileSync(file, CONFIG);
    expect(() => saveAssessmentEdit(file, { instrument: 'spbe-2020', indicator: 10, tingkat: 0 })).toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe(CONFIG);
  });
});
