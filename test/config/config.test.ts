/** The sample workspace config and the `eviden init` template parse; invalid fields name file:line and field. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { claimedLevels, claimOf, claimsOf, targetOf } from '../../src/config/claims.ts';
import { guessJenis, renderInitConfig } from '../../src/config/init-template.ts';
import { createOpdResolver } from '../../src/ingest/opd.ts';
import { UserError } from '../../src/shared/errors.ts';
import { REPO_ROOT } from '../helpers/workspace.ts';

const CONFIG_FILE = path.join(REPO_ROOT, 'eviden.config.yaml');
const CONFIG_TEXT = readFileSync(CONFIG_FILE, 'utf8');
const ALL = Array.from({ length: 47 }, (_, i) => String(i + 1));

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" tidak ada di teks`);
  return index + 1;
}

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('tidak ada galat');
}

describe('eviden.config.yaml of the sample workspace (Kabupaten Sukamaju)', () => {
  const config = parseConfig(CONFIG_TEXT, 'eviden.config.yaml');

  it('describes the fictional kabupaten and the 2026 round of the 2020 instrument', () => {
    expect(config.instansi).toMatchObject({ nama: 'Pemerintah Kabupaten Sukamaju', jenis: 'kabupaten', kota: 'Sukamaju' });
    expect(config.instansi.kop.slice(0, 2)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'DINAS KOMUNIKASI DAN INFORMATIKA']);
    expect(config.tahun).toBe(2026);
    expect(config.instrumen).toBe('spbe-2020');
    expect(config.penandatangan.koordinator.jabatan).toMatch(/^Sekretaris Daerah/);
    expect(config.penandatangan.koordinator.nip.replace(/\s/g, '')).toMatch(/^\d{18}$/);
    expect(config.penandatangan.penanggungJawab?.jabatan).toBe('Kepala Dinas Komunikasi dan Informatika');
  });

  it('assigns every one of the 47 indicators to OPD codes that exist', () => {
    const codes = new Set(config.opd.map((o) => o.kode));
    expect(codes.size).toBe(config.opd.length);
    expect(Object.keys(config.penanggungJawab).sort((a, b) => Number(a) - Number(b))).toEqual(ALL);
    for (const [indicator, owners] of Object.entries(config.penanggungJawab)) {
      expect(owners.length, `indikator ${indicator}`).toBeGreaterThan(0);
      for (const kode of owners) expect(codes.has(kode), `indikator ${indicator}: ${kode}`).toBe(true);
    }
    expect(config.penanggungJawab['10']).toEqual(['HUKUM', 'DISKOMINFO']);
    expect(config.penanggungJawab['25']).toEqual(['BKPSDM']);
  });

  it('claims a level for every indicator, with a mix of 1–4, and fakta → analisis → justifikasi explanations', () => {
    expect(Object.keys(config.penilaian).sort((a, b) => Number(a) - Number(b))).toEqual(ALL);
    const levels = Object.values(config.penilaian).map((p) => p.tingkat);
    expect(new Set(levels)).toEqual(new Set([1, 2, 3, 4]));
    const written = Object.values(config.penilaian).filter((p) => p.penjelasan.trim() !== '');
    const empty = Object.values(config.penilaian).filter((p) => p.penjelasan.trim() === '');
    expect(written.length).toBeGreaterThanOrEqual(25);
    expect(empty.length).toBeGreaterThanOrEqual(10);
    for (const p of written) {
      const fakta = p.penjelasan.indexOf('FAKTA:');
      const analisis = p.penjelasan.indexOf('ANALISIS:');
      const justifikasi = p.penjelasan.indexOf('JUSTIFIKASI:');
      expect(fakta).toBe(0);
      expect(analisis).toBeGreaterThan(fakta);
      expect(justifikasi).toBeGreaterThan(analisis);
    }
  });

  it('keeps the default target 3 and the documented overrides', () => {
    expect(config.target.bawaan).toBe(3);
    expect(config.target.indikator).toEqual({ '19': 4, '42': 4 });
  });

  const watch = path.join(REPO_ROOT, 'watch');
  describe.skipIf(!existsSync(path.join(watch, 'Diskominfo')))('against the generated watch/ folder', () => {
    const files = readdirSync(watch, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);

    it('cites files that exist, except the one deliberately missing spreadsheet', () => {
      const cited = Object.values(config.penilaian).flatMap((p) => [...p.penjelasan.matchAll(/"([^"]+\.(?:pdf|png|jpe?g|docx|xlsx))"/g)].map((m) => m[1] ?? ''));
      expect(cited.length).toBeGreaterThan(20);
      const missing = [...new Set(cited.filter((name) => !files.includes(name)))];
      expect(missing).toEqual(['Daftar Inventaris Aset TIK 2025.xlsx']);
    });

    it('maps every OPD folder in watch/ to an OPD, except the one unknown folder', () => {
      const resolve = createOpdResolver(config.opd);
      const folders = readdirSync(watch, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      const unknown = folders.filter((f) => resolve(`${f}/x.pdf`).opd === null);
      expect(unknown).toEqual(['Kiriman WA Grup SPBE']);
      expect(resolve('Bagian Organisasi/x.docx').opd).toBe('ORGANISASI');
    });
  });
});

const PACKS = [
  { id: 'spbe-2020', keterangan: 'Indeks SPBE, 47 indikator' },
  { id: 'pemdi-2026', keterangan: 'Indeks Pemdi, 20 indikator, eksperimental' },
];

describe('renderInitConfig (eviden init)', () => {
  it('renders a commented config that parses, for names that need quoting', () => {
    for (const [nama, kota] of [
      ['Pemerintah Kabupaten Sukamaju', 'Sukamaju'],
      ['Pemerintah Kota Tanjung Harapan', "Tanjung Harapan: Kota 'Baru'"],
      ['Pemerintah Provinsi "Nusa Damai"', 'Damai # Raya'],
    ] as const) {
      const text = renderInitConfig({ nama, kota, tahun: 2027, instrumen: PACKS });
      expect(text).toMatch(/^# =+\n# Konfigurasi eviden/);
      const config = parseConfig(text, 'eviden.config.yaml');
      expect(config.instansi.nama).toBe(nama);
      expect(config.instansi.kota).toBe(kota);
      expect(config.instansi.kop[0]).toBe(nama.toUpperCase());
      expect(config.tahun).toBe(2027);
      expect(config.opd.map((o) => o.kode)).toEqual(['DISKOMINFO', 'HUKUM', 'BAPPEDA']);
      expect(config.penilaian['10']?.penjelasan).toMatch(/^FAKTA: .* ANALISIS: .* JUSTIFIKASI: Tingkat 3\.$/);
      expect(config.target.bawaan).toBe(3);
      expect(config.instrumen).toBe('spbe-2020');
      expect(text).toContain('#   pemdi-2026 = Indeks Pemdi, 20 indikator, eksperimental\n');
    }
  });

  it('guesses the kind of agency from its name', () => {
    expect(guessJenis('Pemerintah Kabupaten Sukamaju')).toBe('kabupaten');
    expect(guessJenis('Pemerintah Kota Tanjung Harapan')).toBe('kota');
    expect(guessJenis('Pemerintah Provinsi Jawa Barat Raya')).toBe('provinsi');
    expect(guessJenis('Kementerian Urusan Contoh')).toBe('instansi pusat');
    expect(parseConfig(renderInitConfig({ nama: 'Pemerintah Kota Sukamaju', kota: 'Sukamaju', tahun: 2026, instrumen: PACKS }), 'c.yaml').instansi.jenis).toBe('kota');
  });
});

describe('invalid configuration', () => {
  it('names file:line and the field, in Indonesian, for an unknown jenis', () => {
    const text = CONFIG_TEXT.replace('  jenis: kabupaten\n', '  jenis: kabupatenn\n');
    const err = errorOf(() => parseConfig(text, 'eviden.config.yaml'));
    expect(err.message).toContain('Konfigurasi tidak valid (eviden.config.yaml)');
    expect(err.message).toContain(`eviden.config.yaml:${lineOf(text, 'jenis: kabupatenn')}: kolom "instansi.jenis"`);
    expect(err.message).toContain('Perbaiki kolom di atas');
  });

  it('rejects level 7 at the line of that indicator', () => {
    const text = CONFIG_TEXT.replace('  "26":\n    tingkat: 1\n', '  "26":\n    tingkat: 7\n');
    expect(text).not.toBe(CONFIG_TEXT);
    const err = errorOf(() => parseConfig(text, 'eviden.config.yaml'));
    expect(err.message).toContain(`eviden.config.yaml:${lineOf(text, 'tingkat: 7')}: kolom "penilaian.26.tingkat"`);
    expect(err.message).toMatch(/terlalu besar/);
  });

  it('reports a missing required field', () => {
    const text = CONFIG_TEXT.replace('  kota: Sukamaju\n', '');
    const err = errorOf(() => parseConfig(text, 'eviden.config.yaml'));
    expect(err.message).toContain('kolom "instansi.kota": wajib diisi');
  });

  it('reports broken YAML with its line', () => {
    const text = CONFIG_TEXT.replace('tahun: 2026\n', 'tahun: [2026\n');
    const err = errorOf(() => parseConfig(text, 'eviden.config.yaml'));
    expect(err.message).toMatch(/^Berkas konfigurasi eviden\.config\.yaml:\d+ bukan YAML yang sah/);
  });
});

describe('claims and targets (src/config/claims.ts)', () => {
  const config = parseConfig(
    `${CONFIG_TEXT}\n`.replace(/^penilaian:[\s\S]*?(?=^\S)/m, 'penilaian:\n  "10": { tingkat: 3, penjelasan: "SK Tim" }\n  "12": { penjelasan: "belum" }\n'),
    'c.yaml',
  );

  it('read the claimed level and penjelasan of one indicator, empty when there is none', () => {
    expect(claimOf(config, config.instrumen, 10)).toEqual({ level: 3, penjelasan: 'SK Tim' });
    expect(claimOf(config, config.instrumen, 12)).toEqual({ level: null, penjelasan: 'belum' });
    expect(claimOf(config, config.instrumen, 11)).toEqual({ level: null, penjelasan: '' });
    expect(claimedLevels(config, config.instrumen)).toEqual(new Map([[10, 3]]));
    expect([...claimsOf(config, config.instrumen).keys()]).toEqual([10, 12]);
  });

  it('take an indicator’s own target before the default', () => {
    const withTarget = { ...config, target: { bawaan: 3, indikator: { '36': 2 } } };
    expect(targetOf(withTarget, withTarget.instrumen, 36)).toBe(2);
    expect(targetOf(withTarget, withTarget.instrumen, 1)).toBe(3);
  });
});
