/**
 * Placing a finished upload under its final name in watch/<OPD>/ on a real folder: hard links where the file system
 * has them, name reservation where it does not (SMB/CIFS shares); never an overwrite, never a half-written name.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimByLink, claimByReservation, placeUpload, removeStaleUploads, uploadTempPath } from '../../src/ingest/upload-placement.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-unggah-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

function upload(dir: string, id: string, body: string): string {
  const temp = uploadTempPath(dir, id);
  writeFileSync(temp, body);
  return temp;
}

describe.each([
  ['hard link', claimByLink],
  ['name reservation (shares without hard links)', claimByReservation],
])('placeUpload by %s', (_label, claim) => {
  it('takes the free name, moves a taken one to " (2)", " (3)", and never replaces an existing file', () => {
    const dir = folderWith({ 'SK Tim.pdf': 'punya orang lain', 'SK Tim (2).pdf': 'juga punya orang lain' });
    expect(placeUpload(upload(dir, 'a', 'unggahan baru'), 'SK Tim.pdf', claim)).toBe('SK Tim (3).pdf');
    expect(placeUpload(upload(dir, 'b', 'dokumen lain'), 'Notulen.pdf', claim)).toBe('Notulen.pdf');
    expect(readFileSync(path.join(dir, 'SK Tim.pdf'), 'utf8')).toBe('punya orang lain');
    expect(readFileSync(path.join(dir, 'SK Tim (2).pdf'), 'utf8')).toBe('juga punya orang lain');
    expect(readFileSync(path.join(dir, 'SK Tim (3).pdf'), 'utf8')).toBe('unggahan baru');
    expect(readFileSync(path.join(dir, 'Notulen.pdf'), 'utf8')).toBe('dokumen lain');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('removeStaleUploads', () => {
  it("removes only eviden's upload temp files of a process that is gone, never the OPD's own files", () => {
    const watch = folderWith({});
    const opd = path.join(watch, 'BAPPEDA');
    mkdirSync(opd);
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `.eviden-unggah.${deadPid}.0b5c2d7e-1f.tmp`;
    const running = path.basename(uploadTempPath(opd, 'sedang-diunggah'));
    const own = ['SK Tim.pdf', `catatan.${deadPid}.tmp`, `draf.${deadPid}.abc.tmp`];
    for (const name of [stale, running, ...own]) writeFileSync(path.join(opd, name), 'isi');
    removeStaleUploads(watch);
    expect(readdirSync(opd).sort()).toEqual([running, ...own].sort());
  });
});
