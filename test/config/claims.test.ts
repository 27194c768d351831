import { describe, expect, it } from 'vitest';
import { claimOf, claimedLevels, instrumentsIn, targetOf } from '../../src/config/claims.ts';
import { applyAssessmentEdit } from '../../src/config/edit.ts';
import { parseConfig } from '../../src/config/load.ts';
import { UserError } from '../../src/shared/errors.ts';

const FILE = 'eviden.config.yaml';
const HEAD = `instansi:
  nama: Pemerintah Kabupaten Contoh
  jenis: kabupaten
  kota: Contoh
  kop: ["PEMERINTAH KABUPATEN CONTOH"]
tahun: 2026
penandatangan:
  koordinator: { nama: Budi, jabatan: Sekretaris Daerah }
`;

/** An SPBE workspace (unkeyed claims, as written before instruments were keyed) that switched to pemdi-2026. */
const SWITCHED = `${HEAD}instrumen: pemdi-2026
target:
  bawaan: 3
  indikator:
    "19": 4
    pemdi-2026:
      "19": 2
penilaian:
  "10":
    tingkat: 3
    penjelasan: SK Tim Koordinasi SPBE.
  "11":
    tingkat: 4
    penjelasan: Arsitektur SPBE ditetapkan.
  pemdi-2026:
    "12":
      tingkat: "1,25"
      penjelasan: Dokumentasi penanganan insiden.
    "17": { tingkat: 2.5 }
`;

describe('claims kept per instrument', () => {
  const config = parseConfig(SWITCHED, FILE);

  it('reads the unkeyed entries as spbe-2020 claims and the keyed ones as that instrument\'s', () => {
    expect(claimOf(config, 'spbe-2020', 11)).toEqual({ level: 4, penjelasan: 'Arsitektur SPBE ditetapkan.' });
    expect([...claimedLevels(config, 'spbe-2020')]).toEqual([[10, 3], [11, 4]]);
    expect([...claimedLevels(config, 'pemdi-2026')]).toEqual([[12, 1.25], [17, 2.5]]);
    expect(instrumentsIn(config.penilaian)).toEqual(['pemdi-2026', 'spbe-2020']);
  });

  it('never gives Kriptografi (pemdi 11) the claim made for Arsitektur SPBE (spbe 11)', () => {
    expect(claimOf(config, 'pemdi-2026', 11)).toEqual({ level: null, penjelasan: '' });
    expect(claimOf(config, 'pemdi-2026', 10)).toEqual({ level: null, penjelasan: '' });
  });

  it('keeps targets per instrument too', () => {
    expect(targetOf(config, 'spbe-2020', 19)).toBe(4);
    expect(targetOf(config, 'pemdi-2026', 19)).toBe(2);
    expect(targetOf(config, 'pemdi-2026', 20)).toBe(3);
  });

  it('names a wrong key or value with its path', () => {
    const bad = `${HEAD}penilaian:\n  Pemdi 2026:\n    "1": { tingkat: 2 }\n`;
    expect(() => parseConfig(bad, FILE)).toThrow(UserError);
    expect(() => parseConfig(bad, FILE)).toThrow(/penilaian/);
    const badLevel = `${HEAD}penilaian:\n  pemdi-2026:\n    "1": { tingkat: "dua" }\n`;
    expect(() => parseConfig(badLevel, FILE)).toThrow(/penilaian\.pemdi-2026\.1\.tingkat/);
    const tooBig = `${HEAD}penilaian:\n  pemdi-2026:\n    "1": { tingkat: "5,5" }\n`;
    expect(() => parseConfig(tooBig, FILE)).toThrow(/penilaian\.pemdi-2026\.1\.tingkat/);
  });
});

describe('the writer keeps each instrument\'s claims apart', () => {
  it('writes a pemdi-2026 claim under penilaian.pemdi-2026 and leaves the SPBE claims byte for byte', () => {
    const result = applyAssessmentEdit(SWITCHED, FILE, { instrument: 'pemdi-2026', indicator: 11, tingkat: 1.5, penjelasan: 'Laporan kriptografi.' });
    expect(result.changed).toBe(true);
    const spbePart = SWITCHED.split('  pemdi-2026:\n    "12"')[0] ?? '';
    expect(spbePart).toContain('Arsitektur SPBE ditetapkan.');
    expect(result.text.startsWith(spbePart)).toBe(true);
    expect(claimOf(result.config, 'pemdi-2026', 11)).toEqual({ level: 1.5, penjelasan: 'Laporan kriptografi.' });
    expect(claimOf(result.config, 'spbe-2020', 11)).toEqual({ level: 4, penjelasan: 'Arsitektur SPBE ditetapkan.' });
  });

  it('starts penilaian.<id> in a file that has only unkeyed SPBE claims, and removes it when emptied again', () => {
    const spbeOnly = SWITCHED.replace(/ {2}pemdi-2026:\n {4}"12":[\s\S]*$/, '');
    const added = applyAssessmentEdit(spbeOnly, FILE, { instrument: 'pemdi-2026', indicator: 1, tingkat: 2 });
    expect(added.text).toContain('  pemdi-2026:\n    1:\n      tingkat: 2\n');
    expect(claimOf(added.config, 'spbe-2020', 1).level).toBeNull();
    const removed = applyAssessmentEdit(added.text, FILE, { instrument: 'pemdi-2026', indicator: 1, tingkat: null });
    expect(removed.text).toBe(spbeOnly);
  });

  it('edits an unkeyed spbe-2020 entry where it stands', () => {
    const result = applyAssessmentEdit(SWITCHED, FILE, { instrument: 'spbe-2020', indicator: 10, tingkat: 4 });
    expect(result.text).toBe(SWITCHED.replace('    tingkat: 3\n', '    tingkat: 4\n'));
  });
});
