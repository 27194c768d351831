/**
 * Fault-injection harness: a mixed workspace (text PDFs, a scan, a photo, a DOCX, a damaged PDF, a duplicate), the CLI
 * as a child process that can be killed with SIGKILL, the invariants every interrupted state must keep, and a
 * snapshot of what a finished run leaves so an interrupted history can be compared with an uninterrupted one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import Database from 'better-sqlite3';
import { REPO_ROOT, SK_TIM_KOORDINASI, scannedPdf, textPdf, type TempWorkspace } from '../helpers/workspace.ts';
import { docx, textImage } from '../extract/helpers/fixtures.ts';
import { qpdfCheck } from '../render/pdf-tools.ts';

export const CLI = path.join(REPO_ROOT, 'bin/eviden.js');

/** Kill points per scenario: a few in `make test`, 20 in `make soak` (EVIDEN_FAULT_KILLS=20). */
export const KILLS = Number(process.env.EVIDEN_FAULT_KILLS ?? 5);

/** The evidence files, by path under watch/. */
export async function mixedFiles(): Promise<Map<string, Uint8Array>> {
  const sk = await textPdf([SK_TIM_KOORDINASI], 'SK Tim Koordinasi');
  return new Map<string, Uint8Array>([
    ['BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', sk],
    ['BagianHukum/Perbup Arsitektur SPBE.pdf', await textPdf([
      ['PERATURAN BUPATI UJI', 'TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK'],
      ['BAB II', 'Arsitektur SPBE Kabupaten Uji disusun untuk jangka waktu lima tahun.'],
      ['BAB III', 'Peta rencana SPBE memuat tata kelola, manajemen, dan layanan SPBE.'],
    ])],
    ['Diskominfo/notulen rapat pindaian.pdf', await scannedPdf([['NOTULEN RAPAT KOORDINASI', 'Tim Koordinasi SPBE Kabupaten Uji']])],
    ['Diskominfo/foto papan informasi.jpg', textImage('Layanan pengaduan masyarakat terpadu Kabupaten Uji', { dpi: 200, width: 1200, noisy: true })],
    ['Diskominfo/laporan evaluasi.docx', await docx(['LAPORAN EVALUASI SPBE\nReviu penerapan SPBE tahun 2025', 'Tindak lanjut hasil reviu'])],
    ['Bappeda/rusak.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog')],
    ['Bappeda/salinan SK tim.pdf', sk],
  ]);
}

export function writeFiles(ws: Pick<TempWorkspace, 'watch'>, files: Iterable<[string, Uint8Array]>): void {
  for (const [rel, bytes] of files) {
    const abs = path.join(ws.watch, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
  }
}

/** A workspace with two evidence PDFs, scanned and reported once (8 PDFs in output/: 2 lampiran, 6 from Chromium). */
export async function scannedAndReported(root: string): Promise<void> {
  writeFiles({ watch: path.join(root, 'watch') }, [
    ['BagianHukum/SK Tim Koordinasi SPBE 2025.pdf', await textPdf([SK_TIM_KOORDINASI])],
    ['Diskominfo/laporan.pdf', await textPdf([['LAPORAN PELAKSANAAN SPBE', 'Tahun 2025']])],
  ]);
  const scan = runCli(root, 'scan', '--quiet');
  expect(scan.status, scan.stderr).toBe(0);
  const report = runCli(root, 'report', '--quiet');
  expect(report.status, report.stderr).toBe(0);
}

/** A small tmpfs for the disk-full tests (they run as root). */
export interface Tmpfs {
  dir: string;
  /** Mounts it (in beforeAll: a suite that never runs, e.g. filtered out, leaves no mount behind). */
  mount(): void;
  /** Grows (or shrinks) it, e.g. '40m'. */
  resize(size: string): void;
  /** Takes all free space but about `leaveBytes` with a filler file. */
  fill(leaveBytes: number): void;
  /** Removes the filler file. */
  unfill(): void;
  unmount(): void;
}

let tmpfsAllowed: boolean | undefined;
let tmpfsCount = 0;

/** Whether this process may mount a tmpfs: a probe mounted and unmounted at once, the first time it is asked. */
function canMountTmpfs(): boolean {
  if (tmpfsAllowed === undefined) {
    const probe = mkdtempSync(path.join(os.tmpdir(), 'eviden-penuh-uji-'));
    tmpfsAllowed = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (tmpfsAllowed) spawnSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
  }
  return tmpfsAllowed;
}

/** A tmpfs of `size`, not mounted yet; null, with a visible note naming the skipped test, where mounting is not permitted. */
export function tmpfs(size: string, skipped: string): Tmpfs | null {
  if (!canMountTmpfs()) {
    console.log(`[faults] mount -t tmpfs tidak diizinkan di mesin ini: ${skipped} dilewati.`);
    return null;
  }
  const dir = path.join(os.tmpdir(), `eviden-penuh-${process.pid}-${++tmpfsCount}`);
  const filler = path.join(dir, 'pengisi.bin');
  return {
    dir,
    mount() {
      mkdirSync(dir, { recursive: true });
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status, `mount ${dir}`).toBe(0);
    },
    resize(to) {
      expect(spawnSync('mount', ['-o', `remount,size=${to}`, dir]).status).toBe(0);
    },
    fill(leaveBytes) {
      const { bavail, bsize } = statfsSync(dir);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
    },
    unfill() {
      rmSync(filler, { force: true });
    },
    unmount() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of the workspace (config and watch/ only), for the uninterrupted reference run. */
export function cloneWorkspace(from: TempWorkspace, to: TempWorkspace): void {
  cpSync(path.join(from.root, 'eviden.config.yaml'), path.join(to.root, 'eviden.config.yaml'));
  cpSync(from.watch, to.watch, { recursive: true });
}

export function runCli(root: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, '--workspace', root, ...args], { encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(root: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, '--workspace', root, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Another process that takes the database's write lock when told to and holds it until released. */
export interface LockHolder {
  lock(): Promise<void>;
  release(): Promise<void>;
}

export function lockHolder(root: string): LockHolder {
  const holder = spawn(process.execPath, ['-e', `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path.join(root, '.eviden/eviden.db'))}, { timeout: 60000 });
    require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
      if (line === 'lock') {
        db.exec('BEGIN IMMEDIATE');
        db.prepare("INSERT INTO queue (path, enqueued_at) VALUES ('kunci', 'x')").run();
        process.stdout.write('locked\\n');
      } else {
        db.exec('ROLLBACK'); db.close(); process.exit(0);
      }
    });
  `], { stdio: ['pipe', 'pipe', 'inherit'] });
  return {
    lock: () =>
      new Promise<void>((resolve) => {
        holder.stdout!.once('data', () => resolve());
        holder.stdin!.write('lock\n');
      }),
    async release() {
      holder.stdin!.write('release\n');
      await exited(holder);
    },
  };
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** A deterministic pseudo-random sequence in [0, 1), so a failing kill point can be replayed. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Temp files anywhere in .eviden/ or output/. */
export function tempFiles(root: string): string[] {
  return [...listAll(path.join(root, '.eviden')), ...listAll(path.join(root, 'output'))].filter((f) => f.endsWith('.tmp'));
}

function openState(root: string): Database.Database {
  return new Database(path.join(root, '.eviden/eviden.db'), { timeout: 10_000 });
}

/** What must hold after any kill, before anything repairs it. */
export function expectConsistent(root: string, when: string): void {
  const dbFile = path.join(root, '.eviden/eviden.db');
  if (!existsSync(dbFile)) return; // killed before the database was created
  const db = openState(root);
  try {
    expect(db.pragma('integrity_check', { simple: true }), `${when}: integrity_check`).toBe('ok');
    expect(() => db.exec("INSERT INTO pages_fts(pages_fts) VALUES('integrity-check')"), `${when}: FTS`).not.toThrow();
    const doubled = db.prepare('SELECT path FROM locations WHERE present = 1 GROUP BY path HAVING COUNT(*) > 1').all();
    expect(doubled, `${when}: one present document per path`).toEqual([]);
    const orphan = db.prepare('SELECT l.path FROM locations l LEFT JOIN documents d ON d.sha256 = l.sha256 WHERE d.sha256 IS NULL').all();
    expect(orphan, `${when}: every location has its document`).toEqual([]);
    for (const d of db.prepare("SELECT sha256, archive_path FROM documents").all() as { sha256: string; archive_path: string }[]) {
      const file = path.join(root, '.eviden', d.archive_path);
      expect(existsSync(file), `${when}: archive of ${d.sha256.slice(0, 12)}`).toBe(true);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex'), `${when}: archive intact`).toBe(d.sha256);
    }
  } finally {
    db.close();
  }
  const audit = path.join(root, '.eviden/audit.jsonl');
  if (existsSync(audit)) {
    const lines = readFileSync(audit, 'utf8').split('\n').filter((l) => l !== '');
    for (const line of lines) {
      const e = JSON.parse(line) as { at?: unknown; type?: unknown };
      expect(typeof e.at === 'string' && typeof e.type === 'string', `${when}: audit line ${line.slice(0, 60)}`).toBe(true);
    }
  }
}

/** A PDF in output/ as found: its inode (a rename gives a new one) and bytes. */
export interface OutputFile {
  ino: number;
  bytes: Buffer;
}

/** The PDFs under output/, by file name (unique across its folders). */
export function outputPdfs(root: string): Map<string, OutputFile> {
  const dir = path.join(root, 'output');
  const files = new Map<string, OutputFile>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.pdf')) continue;
    const file = path.join(e.parentPath, e.name);
    files.set(e.name, { ino: statSync(file).ino, bytes: readFileSync(file) });
  }
  return files;
}

/** No temp file in .eviden/ or output/, only finished kinds of output, and every PDF complete (qpdf --check). */
export function expectNothingHalfWritten(root: string): void {
  expect(tempFiles(root)).toEqual([]);
  for (const e of readdirSync(path.join(root, 'output'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    expect(e.name, 'only finished outputs').toMatch(/\.(pdf|json|csv)$/);
    if (e.name.endsWith('.pdf')) expect(qpdfCheck(path.join(e.parentPath, e.name)).status, e.name).toBe(0);
  }
}

/** After an interrupted run: the same PDFs as before, and those the run did not reach are the very same files. */
export function expectUnreachedUntouched(before: Map<string, OutputFile>, after: Map<string, OutputFile>, reached: readonly string[]): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const unreached = [...before.keys()].filter((name) => !reached.includes(name));
  expect(unreached.length).toBeGreaterThan(0);
  for (const name of unreached) {
    expect(after.get(name)!.ino, `${name} untouched`).toBe(before.get(name)!.ino);
    expect(after.get(name)!.bytes.equals(before.get(name)!.bytes), `${name} untouched`).toBe(true);
  }
}

/** The documents a report run says it finished ("Menyusun draf 3/8: laporan-….pdf"). */
export function reportedDone(stderr: string): string[] {
  return [...stderr.matchAll(/^Menyusun draf \d+\/\d+: (.+)$/gm)].map((m) => m[1]!);
}

export interface Snapshot {
  locations: string[];
  documents: string[];
  pages: string[];
  mappings: string[];
}

/** The state a finished run leaves, independent of timing (no clocks, no event counts). */
export function snapshot(root: string): Snapshot {
  const db = openState(root);
  try {
    const rows = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
    return {
      locations: rows<{ path: string; sha256: string; present: number }>('SELECT path, sha256, present FROM locations ORDER BY path, sha256').map(
        (r) => `${r.path} ${r.sha256.slice(0, 12)} ${r.present}`,
      ),
      documents: rows<{ sha256: string; type: string; status: string; pages: number; ocr_pages: number }>(
        'SELECT sha256, type, status, pages, ocr_pages FROM documents ORDER BY sha256',
      ).map((r) => `${r.sha256.slice(0, 12)} ${r.type} ${r.status} ${r.pages} ${r.ocr_pages}`),
      pages: rows<{ sha256: string; page_no: number; source: string; text: string }>('SELECT sha256, page_no, source, text FROM pages ORDER BY sha256, page_no').map(
        (r) => `${r.sha256.slice(0, 12)} ${r.page_no} ${r.source} ${createHash('sha256').update(r.text).digest('hex').slice(0, 12)}`,
      ),
      mappings: rows<{ sha256: string; json: string }>('SELECT sha256, json FROM classifications ORDER BY sha256').map((r) => {
        const c = JSON.parse(r.json) as { mappings?: { indicator: number }[] };
        return `${r.sha256.slice(0, 12)} ${(c.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b).join(',')}`;
      }),
    };
  } finally {
    db.close();
  }
}

export function pendingCount(root: string): number {
  if (!existsSync(path.join(root, '.eviden/eviden.db'))) return -1;
  const db = openState(root);
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM documents WHERE status = 'pending'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}
