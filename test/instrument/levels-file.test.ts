import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLevels, readLevelsFile } from '../../src/instrument/levels-file.ts';
import { UserError } from '../../src/shared/errors.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-levels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('levels file (indicator number → level)', () => {
  it('reads JSON and YAML alike', () => {
    const json = path.join(dir, 'tingkat.json');
    const yaml = path.join(dir, 'tingkat.yaml');
    writeFileSync(json, '{"1": 3, "2": 4}');
    writeFileSync(yaml, '# klaim mandiri\n1: 3\n"2": 4\n');
    expect([...readLevelsFile(json)]).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(readLevelsFile(yaml)).toEqual(readLevelsFile(json));
  });

  it('reads decimals written with a comma or a point, as the 2026 assessor results write them', () => {
    expect([...parseLevels('1: 1,25\n2: 2.5\n"3": "3,0"\n4: 2\n', 'p.yaml')]).toEqual([
      [1, 1.25],
      [2, 2.5],
      [3, 3],
      [4, 2],
    ]);
    expect(() => parseLevels('1: 1,2,5\n', 'q.yaml')).toThrow(/q\.yaml[\s\S]*indikator "1": tingkat harus berupa angka/);
  });

  it('keeps out-of-range numbers for the index formula to reject by indicator', () => {
    expect(parseLevels('{"32": 6}', 'x.json').get(32)).toBe(6);
  });

  it('names the file and the bad key or value', () => {
    expect(() => parseLevels('{"satu": 3}', 'a.json')).toThrow(/a\.json[\s\S]*indikator "satu": kunci harus nomor indikator/);
    expect(() => parseLevels('{"7": "tiga"}', 'b.yaml')).toThrow(/b\.yaml[\s\S]*indikator "7": tingkat harus berupa angka/);
    expect(() => parseLevels('[3, 4]', 'c.yaml')).toThrow(/c\.yaml[\s\S]*pasangan nomor indikator dan tingkat/);
    expect(() => parseLevels('1: 3\n1: 4\n', 'd.yaml')).toThrow(/Berkas tingkat d\.yaml bukan YAML\/JSON yang sah/);
  });

  it('explains a missing file', () => {
    const missing = path.join(dir, 'tidak-ada.yaml');
    expect(() => readLevelsFile(missing)).toThrow(UserError);
    expect(() => readLevelsFile(missing)).toThrow(/tidak-ada\.yaml tidak dapat dibaca.*--levels/);
  });
});
