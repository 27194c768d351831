/**
 * The sample workspace config and the `eviden init` template parse; every invalid field or broken YAML is reported in
 * Indonesian with file:line, the field and what to write instead; unknown keys and OPD codes are errors.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { applicationsOf, claimedLevels, claimOf, claimsOf, targetOf } from '../../src/config/claims.ts';
import { closestMatch, editDistance } from '../../src/shared/suggest.ts';
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
    const claims = claimsOf(config, 'spbe-2020');
    expect([...claims.keys()].sort((a, b) => a - b).map(String)).toEqual(ALL);
    const levels = [...claims.values()].map((p) => p.level);
    expect(new Set(levels)).toEqual(new Set([1, 2, 3, 4]));
    const written = [...claims.values()].filter((p) => p.penjelasan.trim() !== '');
    const empty = [...claims.values()].filter((p) => p.penjelasan.trim() === '');
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
      const cited = [...claimsOf(config, 'spbe-2020').values()].flatMap((p) => [...p.penjelasan.matchAll(/"([^"]+\.(?:pdf|png|jpe?g|docx|xlsx))"/g)].map((m) => m[1] ?? ''));
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
  /** English words zod and yaml use in their messages: none may reach the user. */
  const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|Unrecognized|must|Sequence|indicator|line \d|column \d|Map keys|Implicit)\b/;

  function problem(text: string): string {
    const err = errorOf(() => parseConfig(text, 'eviden.config.yaml'));
    expect(err.message).not.toMatch(ENGLISH);
    return err.message;
  }

  it('names file:line and the field, in Indonesian, for an unknown jenis, with the allowed values and a suggestion', () => {
    const text = CONFIG_TEXT.replace('  jenis: kabupaten\n', '  jenis: kabupatenn\n');
    const message = problem(text);
    expect(message).toContain('Konfigurasi tidak valid (eviden.config.yaml)');
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, 'jenis: kabupatenn')}: kolom "instansi.jenis"`);
    expect(message).toContain('Tulis salah satu dari: provinsi, kabupaten, kota, instansi pusat. Maksud Anda `kabupaten`?');
    expect(message).toContain('Perbaiki baris di atas');
  });

  it('rejects a misspelt key anywhere (laporan.kertass, pemetan, opd[].kodee) at its own line, suggesting the known key', () => {
    const text = CONFIG_TEXT.replace('  kertas: A4\n', '  kertass: F4\n')
      .replace('pemetaan:\n', 'pemetan:\n')
      .replace('  - kode: BAPPEDA\n', '  - kodee: BAPPEDA\n');
    expect(text).not.toBe(CONFIG_TEXT);
    const message = problem(text);
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, 'kertass: F4')}: kolom "laporan.kertass": Kunci \`kertass\` tidak dikenal. Maksud Anda \`kertas\`?`);
    expect(message).toContain('Kunci yang dikenal di sini: kertas, lampiranPer, ukuranLampiranMaksMB, tteBsre, tautanWeb.');
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, 'pemetan:')}: kolom "pemetan": Kunci \`pemetan\` tidak dikenal. Maksud Anda \`pemetaan\`?`);
    expect(message).toMatch(/kolom "opd\.\d+\.kodee": Kunci `kodee` tidak dikenal\. Maksud Anda `kode`\?/);
    // The missing kode of that OPD is reported too, in the same run.
    expect(message).toMatch(/kolom "opd\.1\.kode": Wajib diisi\. Tambahkan baris `kode: …` di butir ke-2 daftar `opd`\./);
  });

  it('rejects an unknown OPD code in penanggungJawab at its line, naming the known codes', () => {
    const text = CONFIG_TEXT.replace('"25": [BKPSDM]', '"25": [BKPSDMM]');
    expect(text).not.toBe(CONFIG_TEXT);
    const message = problem(text);
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, '"25": [BKPSDMM]')}: kolom "penanggungJawab.25.0": Kode OPD "BKPSDMM" tidak ada di daftar \`opd\`. Maksud Anda \`BKPSDM\`?`);
    expect(message).toMatch(/Kode yang dikenal: DISKOMINFO, .*BKPSDM.*\./);
  });

  it('rejects level 7 at the line of that indicator and says the largest allowed', () => {
    const text = CONFIG_TEXT.replace('  "26":\n    tingkat: 1\n', '  "26":\n    tingkat: 7\n');
    expect(text).not.toBe(CONFIG_TEXT);
    const message = problem(text);
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, 'tingkat: 7')}: kolom "penilaian.26.tingkat": Nilai 7 terlalu besar; tulis angka paling besar 5.`);
  });

  it('explains wrong types with the value written and an example', () => {
    const text = CONFIG_TEXT.replace('tahun: 2026\n', 'tahun: "dua ribu"\n').replace('  polling: false\n', '  polling: ya\n');
    const message = problem(text);
    expect(message).toContain('kolom "tahun": Harus berupa angka, tertulis "dua ribu". Tulis angka tanpa tanda kutip.');
    expect(message).toContain('kolom "pemantauan.polling": Harus berupa true atau false, tertulis "ya". Tulis `true` (ya) atau `false` (tidak), mis. `polling: false`.');
  });

  it('reports a missing required field and where to add it', () => {
    const text = CONFIG_TEXT.replace('  kota: Sukamaju\n', '');
    expect(problem(text)).toContain('kolom "instansi.kota": Wajib diisi. Tambahkan baris `kota: …` di bawah `instansi:`.');
  });

  it('reports broken YAML as a full Indonesian sentence with its line, column and the line itself', () => {
    const text = CONFIG_TEXT.replace('tahun: 2026\n', 'tahun: [2026\n');
    const message = problem(text);
    expect(message).toMatch(/^Berkas konfigurasi eviden\.config\.yaml:\d+ bukan YAML yang sah \(baris \d+, kolom \d+\): Kurung "\[" atau "\{" tidak ditutup\./);
    expect(message).toContain(`eviden.config.yaml:${lineOf(text, 'tahun: [2026')} bukan YAML`);
    expect(message).toMatch(/\| tahun: \[2026\n +\| {8}\^$/);
  });

  it('explains a list item that lost its "-" (yaml: "Sequence item without - indicator")', () => {
    const text = 'instansi:\n  kop:\n    - A\n    # catatan\n    B\n';
    const err = errorOf(() => parseConfig(text, 'c.yaml'));
    expect(err.message).not.toMatch(ENGLISH);
    expect(err.message).toMatch(/^Berkas konfigurasi c\.yaml:5 bukan YAML yang sah \(baris 5, kolom \d+\): .+\. Bila baris ini butir daftar, awali dengan "- " seperti baris di atasnya\.\n5 \|     B\n/);
  });

  it('explains tabs, duplicate keys, unclosed quotes and stray colons in Indonesian', () => {
    const cases: [string, RegExp][] = [
      [CONFIG_TEXT.replace('  kota: Sukamaju\n', '\tkota: Sukamaju\n'), /Indentasi memakai tab/],
      [CONFIG_TEXT.replace('tahun: 2026\n', 'tahun: 2026\ntahun: 2027\n'), /Kunci `tahun` sudah ditulis sebelumnya/],
      [CONFIG_TEXT.replace('  kota: Sukamaju\n', '  kota: "Sukamaju\n'), /Tanda kutip tidak ditutup|tanda kutip/],
      [CONFIG_TEXT.replace('  kota: Sukamaju\n', '  kota: Suka: maju\n'), /dua titik dua pada satu baris/],
    ];
    for (const [text, expected] of cases) {
      const message = problem(text);
      expect(message).toMatch(/^Berkas konfigurasi eviden\.config\.yaml:\d+ bukan YAML yang sah \(baris \d+, kolom \d+\): /);
      expect(message).toMatch(expected);
    }
  });
});

describe('closestMatch', () => {
  it('suggests the known word a typo meant, and nothing for an unrelated word', () => {
    expect(closestMatch('kertass', ['kertas', 'lampiranPer'])).toBe('kertas');
    expect(closestMatch('pemetan', ['pemetaan', 'pemantauan'])).toBe('pemetaan');
    expect(closestMatch('Kertas', ['kertas'])).toBe('kertas');
    expect(closestMatch('warna', ['kertas', 'lampiranPer', 'tteBsre'])).toBeNull();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('loadConfig', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('catches a missing logo when the config is loaded, at the line of instansi.logo', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-config-'));
    const file = path.join(dir, 'eviden.config.yaml');
    writeFileSync(file, CONFIG_TEXT.replace('logo: lambang-sukamaju.png', 'logo: lambang-hilang.png'));
    const err = errorOf(() => loadConfig(file));
    expect(err.message).toContain(`${file}:${lineOf(CONFIG_TEXT, 'logo: lambang-sukamaju.png')}: kolom "instansi.logo": Berkas logo ${path.join(dir, 'lambang-hilang.png')} tidak ditemukan.`);
    writeFileSync(path.join(dir, 'lambang-hilang.png'), readFileSync(path.join(REPO_ROOT, 'lambang-sukamaju.png')));
    expect(loadConfig(file).instansi.logo).toBe('lambang-hilang.png');
  });

  it('checks the indicator numbers of `aplikasi` against the instrument packs, at their lines', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-config-'));
    const file = path.join(dir, 'eviden.config.yaml');
    const text = `${CONFIG_TEXT}\naplikasi:\n  "34": [SIMPATIK]\n  "99": [SIAP-KITA]\n  pemdi-2026:\n    "3": [SIMPATIK]\n    "30": [e-Ngantor]\n  spbe-2021:\n    "1": [X1]\n`;
    writeFileSync(file, text);
    const message = errorOf(() => loadConfig(file)).message;
    expect(message).toContain(`${file}:${lineOf(text, '"99": [SIAP-KITA]')}: kolom "aplikasi.99": Indikator 99 tidak ada di instrumen spbe-2020 (nomor 1–47). Kunci \`aplikasi\` memetakan nama aplikasi`);
    expect(message).toContain(`${file}:${lineOf(text, '"30": [e-Ngantor]')}: kolom "aplikasi.pemdi-2026.30": Indikator 30 tidak ada di instrumen pemdi-2026 (nomor 1–20).`);
    expect(message).toContain(`${file}:${lineOf(text, 'spbe-2021:')}: kolom "aplikasi.spbe-2021": Instrumen \`spbe-2021\` tidak dikenal. Maksud Anda \`spbe-2020\`?`);
    expect(message).not.toContain('aplikasi.34');
    expect(message).not.toContain('aplikasi.pemdi-2026.3:');
  });

  it('loads the sample workspace config with its logo', () => {
    expect(loadConfig(CONFIG_FILE).instansi.logo).toBe('lambang-sukamaju.png');
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

describe('aplikasi (the workspace\'s own application names, src/config/claims.ts)', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the names of the instrument, unkeyed ones for the pack owning that form, keyed ones for theirs', () => {
    const config = parseConfig(`${CONFIG_TEXT}\naplikasi:\n  "34": [SIMPATIK, SIMPATIK]\n  "41": [e-Ngantor, SIKAP]\n  "42": []\n  pemdi-2026:\n    "3": [SIMPATIK]\n`, 'c.yaml');
    expect(applicationsOf(config, 'spbe-2020')).toEqual([
      { indicator: 34, names: ['SIMPATIK'] },
      { indicator: 41, names: ['e-Ngantor', 'SIKAP'] },
    ]);
    expect(applicationsOf(config, 'pemdi-2026')).toEqual([{ indicator: 3, names: ['SIMPATIK'] }]);
    expect(applicationsOf(parseConfig(CONFIG_TEXT, 'c.yaml'), 'spbe-2020')).toEqual([]);
  });

  it('rejects a one-letter name and a name that is not text, in Indonesian', () => {
    const err = errorOf(() => parseConfig(`${CONFIG_TEXT}\naplikasi:\n  "34": [S]\n  "41": SIKAP\n`, 'c.yaml'));
    expect(err.message).toContain('kolom "aplikasi.34.0": Teksnya terlalu pendek; paling sedikit 2 karakter.');
    expect(err.message).toMatch(/kolom "aplikasi\.41": Harus berupa daftar, tertulis "SIKAP"/);
  });

  it('is documented in the `eviden init` template, and its example loads once written out', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-config-'));
    const text = renderInitConfig({ nama: 'Pemerintah Kabupaten Sukamaju', kota: 'Sukamaju', tahun: 2026, instrumen: PACKS });
    expect(text).toContain('aplikasi: {}\n');
    const example = text.replace(/^#   ("34": \[SIMPATIK\])\n#   ("41": \[e-Ngantor, SIKAP\])\naplikasi: \{\}\n/m, 'aplikasi:\n  $1\n  $2\n');
    expect(example).not.toBe(text);
    const file = path.join(dir, 'eviden.config.yaml');
    writeFileSync(file, example);
    expect(applicationsOf(loadConfig(file), 'spbe-2020')).toEqual([
      { indicator: 34, names: ['SIMPATIK'] },
      { indicator: 41, names: ['e-Ngantor', 'SIKAP'] },
    ]);
  });
});
