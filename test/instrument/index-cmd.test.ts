import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/shared/package-root.ts';

const bin = path.join(packageRoot(), 'bin', 'eviden.js');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temporary workspace with a minimal valid config plus `extra` YAML lines. */
function workspace(extra: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-index-'));
  dirs.push(dir);
  const config = [
    'instansi:',
    '  nama: Pemerintah Kabupaten Contoh',
    '  jenis: kabupaten',
    '  kota: Contoh',
    '  kop: ["PEMERINTAH KABUPATEN CONTOH"]',
    'tahun: 2026',
    'penandatangan:',
    '  koordinator: { nama: Budi, jabatan: Sekretaris Daerah }',
    extra,
  ].join('\n');
  writeFileSync(path.join(dir, 'eviden.config.yaml'), `${config}\n`);
  return dir;
}

/** `penilaian:` YAML with the given levels, unkeyed (spbe-2020's form) or under an instrument id. */
function penilaian(levels: Record<number | string, number | string>, instrument?: string): string {
  const indent = instrument === undefined ? '  ' : '    ';
  const rows = Object.entries(levels).map(([no, t]) => `${indent}"${no}": { tingkat: ${t} }`);
  return ['penilaian:', ...(instrument === undefined ? [] : [`  ${instrument}:`]), ...rows].join('\n');
}

function levelsFor(count: number, level: (no: number) => number): Record<number, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, k) => [k + 1, level(k + 1)]));
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function eviden(args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

// Domain 1 = 3,70 (seven 4s, three 3s), domain 2 = 3,40 (Tabel 11), domains 3 and 4 all 3.
const tabel11 = { 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3 } as Record<number, number>;
const example = levelsFor(47, (no) => tabel11[no] ?? (no <= 7 ? 4 : 3));
const exampleIndex = (3.7 * 13 + 3.4 * 25 + 3 * 16.5 + 3 * 45.5) / 100;

describe('eviden index', () => {
  it('--json prints exactly the documented document from the workspace claims', () => {
    const dir = workspace(penilaian(example));
    const run = eviden(['--workspace', dir, 'index', '--json']);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      instrument: string;
      indeks: number;
      predikat: string;
      aspek: Array<{ no: number; nama: string; indeks: number }>;
      domain: Array<{ no: number; nama: string; indeks: number }>;
    };
    expect(Object.keys(doc)).toEqual(['instrument', 'indeks', 'predikat', 'aspek', 'domain']);
    expect(doc.instrument).toBe('spbe-2020');
    expect(doc.indeks).toBeCloseTo(exampleIndex, 12);
    expect(doc.predikat).toBe('Baik');
    expect(doc.aspek.map((a) => a.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.aspek[1]).toEqual({ no: 2, nama: 'Perencanaan Strategis SPBE', indeks: 3 });
    expect(doc.domain.map((d) => Number(d.indeks.toFixed(9)))).toEqual([3.7, 3.4, 3, 3]);
    expect(Object.keys(doc.domain[0] ?? {})).toEqual(['no', 'nama', 'indeks']);
  });

  it('prints a table with decimal commas and the total with its predicate', () => {
    const dir = workspace(penilaian(example));
    const levels = path.join(dir, 'tingkat.yaml');
    writeFileSync(levels, Object.entries(example).map(([no, t]) => `${no}: ${t}`).join('\n'));
    const run = eviden(['--workspace', dir, 'index', '--levels', levels]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Domain 2 {2}Tata Kelola SPBE +25,00 % +3,40$/m);
    expect(run.stdout).toMatch(/^ {2}Aspek 6 {2}Pelaksanaan Audit TIK +4,50 % +3,00$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Indeks SPBE: ${exampleIndex.toFixed(2).replace('.', ',')} (Baik)`);
  });

  it('computes an aspect-only instrument chosen in the config (domain is [])', () => {
    const dir = workspace(`instrumen: pemdi-2026\n${penilaian(levelsFor(20, () => 4), 'pemdi-2026')}`);
    const run = eviden(['--workspace', dir, 'index', '--json']);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { instrument: string; indeks: number; predikat: string; aspek: unknown[]; domain: unknown[] };
    // Claims of 4 everywhere, but the external indicators 5, 6, 7, 18 (14 %) count 1,00 until imported: 4 − 0,14 × 3.
    expect(doc).toMatchObject({ instrument: 'pemdi-2026', predikat: 'Sangat Baik', domain: [] });
    expect(doc.indeks).toBeCloseTo(3.58, 12);
    expect(doc.aspek).toHaveLength(7);
  });

  it('fails with exit code 2 naming a missing indicator and the config file', () => {
    const levels = { ...example };
    delete levels[12];
    const dir = workspace(penilaian(levels));
    const run = eviden(['--workspace', dir, 'index', '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Tingkat belum diisi untuk 1 indikator: 12 (Peta Rencana SPBE).');
    expect(run.stderr).toContain(`penilaian.<nomor>.tingkat di ${path.join(dir, 'eviden.config.yaml')}`);
  });

  it('fails naming an out-of-range indicator and the levels file, without a workspace', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-index-'));
    dirs.push(dir);
    const file = path.join(dir, 'tingkat.json');
    writeFileSync(file, JSON.stringify({ ...example, 32: 6 }));
    const run = eviden(['index', '--instrumen', 'spbe-2020', '--levels', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Tingkat 6 untuk indikator 32 (Layanan Perencanaan) tidak sah: harus bilangan bulat 1–5.');
    expect(run.stderr).toContain(`Perbaiki tingkat di berkas ${file}`);
  });

  it('accepts decimal levels for an instrument whose pack allows them (pemdi-2026)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-index-'));
    dirs.push(dir);
    const file = path.join(dir, 'tingkat.json');
    writeFileSync(file, JSON.stringify(levelsFor(20, (no) => (no === 1 ? 2.5 : 3))));
    const run = eviden(['index', '--instrumen', 'pemdi-2026', '--levels', file, '--json']);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { instrument: string; indeks: number };
    // Indicator 1 weighs 5 %: 3 − 0,5 × 5 / 100.
    expect(doc.indeks).toBeCloseTo(2.975, 12);
  });

  it('computes the 2026 assessor result from decimal claims written "1,25" or 2.5 in the config (index 1,24, Kurang)', () => {
    const values: Record<number, string> = {
      1: '2', 2: '"1,5"', 3: '"1,26"', 4: '1.3', 5: '1', 6: '1', 7: '1', 8: '1', 9: '1', 10: '1',
      11: '"1,5"', 12: '"1,25"', 13: '1.1666667', 14: '1', 15: '1', 16: '1', 17: '2.5', 18: '1', 19: '1', 20: '"1,3"',
    };
    const dir = workspace(`instrumen: pemdi-2026\n${penilaian(values, 'pemdi-2026')}`);
    const run = eviden(['--workspace', dir, 'index']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Indeks Pemdi: 1,24 (Kurang)');
    expect(run.stdout).toMatch(/^Aspek 4 {2}Keamanan Pemerintah Digital +15,00 % +1,17$/m);
    expect(run.stderr).toContain('sumber sekunder');
  });

  it('never uses the claims of another instrument after the workspace switches to pemdi-2026', () => {
    const dir = workspace(`instrumen: pemdi-2026\n${penilaian(example)}`);
    const run = eviden(['--workspace', dir, 'index']);
    expect(run.status).toBe(2);
    // The four externally scored indicators count as 1,00 until their partner index is imported.
    expect(run.stderr).toContain('Tingkat belum diisi untuk 16 indikator');
    expect(run.stderr).toContain('Isi kolom penilaian.pemdi-2026.<nomor>.tingkat');
    expect(run.stderr).toContain('Penilaian untuk instrumen lain (spbe-2020) tidak dipakai untuk pemdi-2026.');
  });

  it('refuses a decimal claim for an instrument of whole levels (spbe-2020)', () => {
    const dir = workspace(penilaian({ ...example, 12: '"2,5"' }));
    const run = eviden(['--workspace', dir, 'index']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Tingkat 2,5 untuk indikator 12 (Peta Rencana SPBE) tidak sah: harus bilangan bulat 1–5.');
  });

  it('imports a partner index with eviden nilai-eksternal and computes the index with it', () => {
    const values = levelsFor(20, () => 1);
    const dir = workspace(`instrumen: pemdi-2026\n${penilaian(values, 'pemdi-2026')}`);
    const imported = eviden(['--workspace', dir, 'nilai-eksternal', '5', '68,75', '--sumber', 'Portal SDI (Bappenas)', '--tanggal', '2026-10-15', '--json']);
    expect(imported.status).toBe(0);
    const doc = JSON.parse(imported.stdout) as { indikator: { indikator: number; nilai: number; diimpor: boolean }[] };
    expect(doc.indikator.map((r) => [r.indikator, r.nilai, r.diimpor])).toEqual([[5, 3.75, true], [6, 1, false], [7, 1, false], [18, 1, false]]);
    const run = eviden(['--workspace', dir, 'index']);
    expect(run.status).toBe(0);
    // Aspect 3 (15 %): (5 × 3,75 + 3 + 3 + 4) / 15 = 1,9167; index 1 + 0,15 × 0,9167.
    expect(run.stdout).toMatch(/^Aspek 3 {2}Data +15,00 % +1,92$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Indeks Pemdi: 1,14 (Kurang)');
    const refused = eviden(['--workspace', dir, 'nilai-eksternal', '3', '2', '--sumber', 'x', '--tanggal', '2026-01-01']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Indikator eksternal: 5, 6, 7, 18.');
  });
});
