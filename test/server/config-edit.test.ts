import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAssessmentEdit, saveAssessmentEdit } from '../../src/config/edit.ts';
import { parseConfig } from '../../src/config/load.ts';
import { UserError } from '../../src/shared/errors.ts';
import { CONFIG } from './fixture.ts';

const FILE = 'eviden.config.yaml';

describe('applyAssessmentEdit', () => {
  it('sets a level and a multi-line penjelasan and keeps comments and the layout of other keys', () => {
    const penjelasan = 'FAKTA: SK Bupati Nomor 045/123/KEP/2026.\r\nANALISIS: memuat tugas tim.   \nJUSTIFIKASI: Tingkat 2.';
    const { text, config, changed } = applyAssessmentEdit(CONFIG, FILE, { indicator: 10, tingkat: 2, penjelasan });
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
    const first = applyAssessmentEdit(CONFIG, FILE, { indicator: 11, tingkat: 3, penjelasan: 'satu baris' });
    expect(first.config.penilaian['11']).toEqual({ tingkat: 3, penjelasan: 'satu baris' });
    const second = applyAssessmentEdit(first.text, FILE, { indicator: 11, tingkat: null, penjelasan: '' });
    expect(second.config.penilaian['11']).toBeUndefined();
    expect(second.text).toBe(CONFIG);
  });

  it('keeps a long one-line penjelasan on one line in a block, without folding or escaping', () => {
    const penjelasan = `FAKTA: Keputusan Bupati "Sukamaju" Nomor 045/123/KEP/2026 # pasal 3, ${'halaman 4 '.repeat(12).trim()}.`;
    const { text, config } = applyAssessmentEdit(CONFIG, FILE, { indicator: 10, penjelasan });
    expect(config.penilaian['10']?.penjelasan).toBe(penjelasan);
    expect(text).toContain(`    penjelasan: |-\n      ${penjelasan}\n`);
  });

  it('leaves fields that are not given as they are', () => {
    const { config } = applyAssessmentEdit(CONFIG, FILE, { indicator: 12, penjelasan: 'Peta Rencana ditetapkan.' });
    expect(config.penilaian['12']).toEqual({ tingkat: 2, penjelasan: 'Peta Rencana ditetapkan.' });
  });

  it('reports no change when the file already says the same', () => {
    const result = applyAssessmentEdit(CONFIG, FILE, { indicator: 12, tingkat: 2 });
    expect(result.changed).toBe(false);
    expect(result.text).toBe(CONFIG);
  });

  it('turns an empty flow map `penilaian: {}` into a block map with a plain number key', () => {
    const text = CONFIG.replace(/penilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, 'penilaian: {}\n');
    const result = applyAssessmentEdit(text, FILE, { indicator: 3, tingkat: 1 });
    expect(result.text).toContain('penilaian:\n  3:\n    tingkat: 1\npenandatangan:');
    expect(result.config.penilaian['3']?.tingkat).toBe(1);
  });

  it('adds `penilaian` when the file has none', () => {
    const text = CONFIG.replace(/# Penilaian mandiri[^\n]*\npenilaian:\n  "12":\n    tingkat: 2 # diisi koordinator\n/, '');
    expect(text).not.toContain('penilaian');
    const result = applyAssessmentEdit(text, FILE, { indicator: 19, tingkat: 4 });
    expect(result.config.penilaian['19']?.tingkat).toBe(4);
    expect(parseConfig(result.text, FILE).instansi.nama).toBe('Pemerintah Kabupaten Sukamaju');
  });

  it('refuses a level the schema rejects, naming the field', () => {
    expect(() => applyAssessmentEdit(CONFIG, FILE, { indicator: 10, tingkat: 6 })).toThrow(UserError);
    expect(() => applyAssessmentEdit(CONFIG, FILE, { indicator: 10, tingkat: 6 })).toThrow(/penilaian\.10\.tingkat/);
  });

  it('refuses to edit a file that is not valid YAML', () => {
    expect(() => applyAssessmentEdit('instansi: [', FILE, { indicator: 10, tingkat: 2 })).toThrow(/bukan YAML yang sah/);
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
    const saved = saveAssessmentEdit(file, { indicator: 10, tingkat: 3, penjelasan: 'JUSTIFIKASI: Tingkat 3.' });
    expect(saved.changed).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(saved.text);
    const inode = statSync(file).ino;
    const again = saveAssessmentEdit(file, { indicator: 10, tingkat: 3 });
    expect(again.changed).toBe(false);
    expect(statSync(file).ino).toBe(inode);
  });

  it('does not write an invalid result', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-edit-'));
    const file = path.join(dir, FILE);
    writeFileSync(file, CONFIG);
    expect(() => saveAssessmentEdit(file, { indicator: 10, tingkat: 0 })).toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe(CONFIG);
  });
});
