import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProgram } from '../../src/cli/program.ts';
import { makeWorkspace, textPdf, SK_TIM_KOORDINASI, REPO_ROOT, type TempWorkspace } from '../helpers/workspace.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runWith(env: Record<string, string | undefined>, root: string | null, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), ...(root ? ['--workspace', root] : []), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function run(root: string | null, ...args: string[]): Run {
  return runWith({ EVIDEN_REVIEWER: 'Penguji' }, root, ...args);
}

/** process.env without EVIDEN_REVIEWER (spawnSync drops undefined values). */
const NO_REVIEWER = { EVIDEN_REVIEWER: undefined };

const COMMANDS = ['init', 'scan', 'docs', 'search', 'explain', 'map', 'keputusan', 'gaps', 'index', 'penjelasan', 'rencana', 'isian', 'riwayat', 'watch', 'serve', 'akses', 'report', 'packet', 'verify'];

describe('eviden command line', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = makeWorkspace();
    mkdirSync(path.join(ws.watch, 'BagianHukum'), { recursive: true });
    mkdirSync(path.join(ws.watch, 'Diskominfo'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'BagianHukum/SK Tim Koordinasi.pdf'), await textPdf([SK_TIM_KOORDINASI]));
    writeFileSync(path.join(ws.watch, 'BagianHukum/undangan.pdf'), await textPdf([['UNDANGAN', 'Malam ramah tamah Hari Jadi Kabupaten Uji']]));
    writeFileSync(path.join(ws.watch, 'BagianHukum/Notulen_Rapat.pdf'), await textPdf([['NOTULEN RAPAT', 'Bagian Hukum membahas rancangan peraturan.']]));
    writeFileSync(path.join(ws.watch, 'Diskominfo/Notulen_Rapat.pdf'), await textPdf([['NOTULEN RAPAT', 'Diskominfo membahas pusat data.']]));
    writeFileSync(
      path.join(ws.watch, 'Diskominfo/Paparan_Evaluasi_SPBE_Kabupaten_Uji_Tahun_Anggaran_2022.pdf'),
      await textPdf([['PAPARAN EVALUASI SPBE', 'Kabupaten Uji tahun 2022']]),
    );
    expect(run(ws.root, 'scan', '--quiet').code).toBe(0);
  });
  afterAll(() => ws?.cleanup());

  it('has Indonesian --help for every command', () => {
    const program = buildProgram();
    const names = program.commands.map((c) => c.name());
    for (const c of COMMANDS) {
      expect(names, c).toContain(c);
      const help = program.commands.find((x) => x.name() === c)!.helpInformation();
      expect(help, c).toMatch(/Pemakaian: eviden/);
      expect(help.length, c).toBeGreaterThan(60);
      // One word for defaults, no English terms from commander.
      expect(help, c).not.toMatch(/default|\[options\]|\[command\]|<dir>|<n>|Usage|Options:/i);
    }
    expect(program.helpInformation()).toContain('init [opsi] [folder]');
    expect(program.commands.find((x) => x.name() === 'search')!.helpInformation()).toContain('jumlah dokumen maksimum (bawaan: 10)');
    expect(program.commands.find((x) => x.name() === 'map')!.helpInformation()).not.toContain('(bawaan: )');
    const main = run(null, '--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('folder workspace');
  });

  it('answers a mistyped command or option in Indonesian, with exit code 2', () => {
    const opt = run(ws.root, 'scan', '--tidak-ada');
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("opsi tidak dikenal '--tidak-ada'");
    const cmd = run(ws.root, 'scna');
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Mungkin maksud Anda scan?');
  });

  it('names the file, line and field of a bad config, with exit code 2', () => {
    const bad = makeWorkspace('instansi:\n  nama: X\n  jenis: kabupatenn\n  kota: Y\n  kop: [A]\ntahun: 2026\npenandatangan:\n  koordinator: { nama: A, jabatan: B }\n');
    try {
      const r = run(bad.root, 'docs');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/eviden\.config\.yaml:3/);
      expect(r.stderr).toContain('instansi.jenis');
      expect(r.stdout).toBe('');
    } finally {
      bad.cleanup();
    }
  });

  it('says how to start when the workspace has no config', () => {
    const r = run(path.join(ws.root, 'tidak-ada'), 'gaps');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak ada|tidak ditemukan/);
  });

  it('prints gaps --json with the documented shape and writes gaps.json and gaps.csv', () => {
    const r = run(ws.root, 'gaps', '--json');
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as {
      instansi: string;
      tahun: number;
      instrument: string;
      indicators: { id: number; nama: string; claimedLevel: number | null; targetLevel: number; supportedLevel: number; status: string; documents: unknown[]; findings: { rule: string; severity: string; message: string }[] }[];
      matrix: { opd: string; indicator: number; status: string }[];
    };
    expect(g.instansi).toBe('Pemerintah Kabupaten Uji');
    expect(g.tahun).toBe(2026);
    expect(g.instrument).toBe('spbe-2020');
    expect(g.indicators).toHaveLength(47);
    const i10 = g.indicators.find((i) => i.id === 10)!;
    expect(i10.documents.length).toBeGreaterThan(0);
    expect(i10.claimedLevel).toBe(3);
    const i20 = g.indicators.find((i) => i.id === 20)!;
    expect(i20.status).toBe('kosong');
    expect(i20.findings.length).toBeGreaterThan(0);
    expect(g.matrix.some((c) => c.opd === 'HUKUM' && c.indicator === 10)).toBe(true);
    expect(existsSync(path.join(ws.root, 'output/gaps.json'))).toBe(true);
    expect(readFileSync(path.join(ws.root, 'output/gaps.csv'), 'utf8')).toMatch(/;/);
  });

  it('shows one indicator\'s levels with gaps --indikator: criteria, cited evidence, and what the next level needs', () => {
    const text = run(ws.root, 'gaps', '--indikator', '10');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Indikator 10: Kebijakan Internal Tim Koordinasi SPBE/);
    expect(text.stdout).toMatch(/Tingkat 1 \(Rintisan\): terpenuhi[\s\S]*BagianHukum\/SK Tim Koordinasi\.pdf/);
    expect(text.stdout).toMatch(/Untuk mencapai tingkat \d:/);
    const json = run(ws.root, 'gaps', '--indikator', '10', '--json');
    const parsed = JSON.parse(json.stdout) as { indikator: number; analisis: { level: number; levels: { level: number; requirements: { evidence: { path: string }[] }[] }[] } };
    expect(parsed.indikator).toBe(10);
    expect(parsed.analisis.levels).toHaveLength(5);
    expect(parsed.analisis.levels[0]?.requirements[0]?.evidence[0]?.path).toBe('BagianHukum/SK Tim Koordinasi.pdf');
    const unknown = run(ws.root, 'gaps', '--indikator', '99');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Indikator 99 tidak ada di instrumen spbe-2020 \(nomor 1–47\)/);
  });

  it('explains a mapping and records a reviewer decision that survives a rescan', () => {
    const ex = run(ws.root, 'explain', 'watch/BagianHukum/SK Tim Koordinasi.pdf');
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain('Indikator 10');
    const undangan = JSON.parse(run(ws.root, 'explain', 'BagianHukum/undangan.pdf', '--json').stdout) as { sha256: string; classification: { mappings: unknown[] } };
    expect(undangan.classification.mappings).toHaveLength(0);
    const m = run(ws.root, 'map', undangan.sha256.slice(0, 10), '--add', '20', '--json');
    expect(m.code).toBe(0);
    expect((JSON.parse(m.stdout) as { indicators: number[] }).indicators).toEqual([20]);
    expect(run(ws.root, 'scan', '--quiet').code).toBe(0);
    const docs = JSON.parse(run(ws.root, 'docs', '--json').stdout) as { sha256: string; indicators: { indicator: number; source: string }[] }[];
    const d = docs.find((x) => x.sha256 === undangan.sha256)!;
    expect(d.indicators.map((i) => [i.indicator, i.source])).toEqual([[20, 'reviewer']]);
    const audit = readFileSync(path.join(ws.root, '.eviden/audit.jsonl'), 'utf8');
    expect(audit).toMatch(/"type":"decision","actor":"Penguji"/);
  });

  it('records adding an already accepted mapping as a confirmation', () => {
    const r = run(ws.root, 'map', 'BagianHukum/SK Tim Koordinasi.pdf', '--add', '10', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { decisions: { indicator: number; action: string }[]; indicators: number[] };
    expect(out.decisions).toEqual([expect.objectContaining({ indicator: 10, action: 'confirm' })]);
    expect(out.indicators).toContain(10);
  });

  it('rejects an unknown indicator in a decision with a clear message', () => {
    const r = run(ws.root, 'map', 'BagianHukum/undangan.pdf', '--add', '99');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Indikator 99');
  });

  it('accepts a file name without its folder when only one file has it, and lists the matches when several do', () => {
    const one = run(ws.root, 'map', 'Paparan_Evaluasi_SPBE_Kabupaten_Uji_Tahun_Anggaran_2022.pdf', '--add', '19', '--json');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ path: 'Diskominfo/Paparan_Evaluasi_SPBE_Kabupaten_Uji_Tahun_Anggaran_2022.pdf', indicators: [19] });
    const two = run(ws.root, 'map', 'Notulen_Rapat.pdf', '--add', '19');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Nama "Notulen_Rapat.pdf" cocok dengan 2 berkas:');
    expect(two.stderr).toContain('watch/BagianHukum/Notulen_Rapat.pdf');
    expect(two.stderr).toContain('watch/Diskominfo/Notulen_Rapat.pdf');
    expect(two.stderr).toContain('Tulis path lengkapnya');
  });

  it('takes the reviewer from --reviewer, EVIDEN_REVIEWER or `peninjau` in the config, never from the system user', () => {
    const none = runWith(NO_REVIEWER, ws.root, 'map', 'BagianHukum/Notulen_Rapat.pdf', '--add', '19');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Sebutkan nama peninjau');
    expect(none.stderr).toContain('`peninjau: Nama Lengkap`');
    const flag = runWith(NO_REVIEWER, ws.root, 'map', 'BagianHukum/Notulen_Rapat.pdf', '--add', '19', '--reviewer', 'Rina Marlina', '--json');
    expect(flag.code).toBe(0);
    expect(JSON.parse(flag.stdout)).toMatchObject({ reviewer: 'Rina Marlina' });
    const configFile = path.join(ws.root, 'eviden.config.yaml');
    const original = readFileSync(configFile, 'utf8');
    try {
      writeFileSync(configFile, `${original}peninjau: Budi Santoso\n`);
      const configured = runWith(NO_REVIEWER, ws.root, 'map', 'Diskominfo/Notulen_Rapat.pdf', '--remove', '19', '--json');
      expect(configured.code).toBe(0);
      expect(JSON.parse(configured.stdout)).toMatchObject({ reviewer: 'Budi Santoso' });
    } finally {
      writeFileSync(configFile, original);
    }
    const actors = readFileSync(path.join(ws.root, '.eviden/audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; actor: string })
      .filter((e) => e.type === 'decision')
      .map((e) => e.actor);
    expect(actors).toContain('Budi Santoso');
    expect(actors).not.toContain(os.userInfo().username);
  });

  it('searches the full text, grouped by document with a total and the best pages of each', () => {
    const r = run(ws.root, 'search', 'ramah', 'tamah', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { totalPages: number; totalDocuments: number; documents: { path: string; matchedPages: number; best: { page: number }[] }[] };
    expect(out).toMatchObject({ totalPages: 1, totalDocuments: 1 });
    expect(out.documents[0]).toMatchObject({ path: 'BagianHukum/undangan.pdf', matchedPages: 1, best: [{ page: 1 }] });
    const text = run(ws.root, 'search', 'notulen', 'rapat');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('"notulen rapat": 2 halaman cocok di 2 dokumen');
    expect(text.stdout).toMatch(/1\. (BagianHukum|Diskominfo)\/Notulen_Rapat\.pdf \(.*\), 1 halaman cocok\n {5}hal\. 1: .*\[NOTULEN\] \[RAPAT\]/);
  });

  it('shows pages as they are read during a scan, and names folders that match no OPD', async () => {
    mkdirSync(path.join(ws.watch, 'Kiriman WA'), { recursive: true });
    writeFileSync(path.join(ws.watch, 'Kiriman WA/foto rapat.pdf'), await textPdf([['FOTO RAPAT'], ['HALAMAN DUA']]));
    const r = run(ws.root, 'scan');
    expect(r.code).toBe(0);
    // stderr is not a terminal here: plain lines, one per file read, with the pages and the totals.
    expect(r.stderr).toMatch(/Membaca teks 1\/1: Kiriman WA\/foto rapat\.pdf \(2 hal\.\) · total 2 hal\./);
    expect(r.stdout).toContain('Folder tak dikenal   : 1 folder tidak cocok dengan OPD mana pun');
    expect(r.stdout).toContain('    - watch/Kiriman WA/: 1 berkas');
  });

  it('creates a workspace with init that the other commands accept', () => {
    const dir = path.join(ws.root, 'baru');
    const r = run(null, 'init', dir, '--nama', 'Pemerintah Kota Contoh', '--kota', 'Contoh', '--tahun', '2026');
    expect(r.code).toBe(0);
    // Absolute paths, so the coordinator knows where the files are whatever folder the command ran in.
    expect(r.stdout).toContain(`  - ${path.join(dir, 'eviden.config.yaml')}: `);
    expect(r.stdout).toContain(`  - ${path.join(dir, 'watch', '<folder OPD>')}/: `);
    expect(r.stdout).toContain(`eviden --workspace "${dir}" scan`);
    expect(existsSync(path.join(dir, 'watch'))).toBe(true);
    expect(run(dir, 'docs').code).toBe(0);
    expect(run(null, 'init', dir).code).toBe(2);
  });
});
