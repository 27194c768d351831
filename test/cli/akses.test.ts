/** `eviden akses`: links for OPD staff made, listed and revoked from the command line (real CLI processes). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, runEviden, type TempWorkspace } from '../helpers/workspace.ts';
import { accessForKey, readOpdAccess } from '../../src/store/opd-access.ts';

describe('eviden akses', () => {
  let ws: TempWorkspace;
  const accessFile = (): string => path.join(ws.root, '.eviden', 'akses-opd.json');
  beforeAll(() => {
    ws = makeWorkspace();
  });
  afterAll(() => ws?.cleanup());

  it('makes a link for an OPD, printed once, with only its hash kept, and lists it', () => {
    const made = runEviden(ws.root, 'akses', 'buat', '--opd', 'hukum', '--nama', 'Rina Staf', '--berlaku', '14', '--alamat', 'https://eviden.kantor.go.id/dasbor', '--json');
    expect(made.code, made.stderr).toBe(0);
    const out = JSON.parse(made.stdout) as { id: string; opd: string; tautan: string; kunci: string; berlakuSampai: string };
    expect(out.opd).toBe('HUKUM');
    expect(out.tautan).toBe(`https://eviden.kantor.go.id/akses/${out.kunci}`);
    const secret = out.kunci.split('.')[1]!;
    expect(readFileSync(accessFile(), 'utf8')).not.toContain(secret);
    expect(readFileSync(path.join(ws.root, '.eviden', 'audit.jsonl'), 'utf8')).not.toContain(secret);
    expect(accessForKey(readOpdAccess(accessFile()), out.kunci, new Date().toISOString())?.nama).toBe('Rina Staf');
    const days = (Date.parse(out.berlakuSampai) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const text = runEviden(ws.root, 'akses', 'buat', '--opd', 'KOMINFO');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Tautan akses untuk KOMINFO, berlaku sampai .*:\n {2}http:\/\/127\.0\.0\.1:8470\/akses\/[0-9a-f]{8}\.[A-Za-z0-9_-]{32}\n/);
    expect(text.stderr).toContain('hanya terbuka di komputer ini');

    const list = runEviden(ws.root, 'akses', 'daftar');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${out.id}\\s+HUKUM\\s+Rina Staf\\s+.*aktif$`, 'm'));
    expect(list.stdout).not.toContain(secret);
  });

  it('revokes a link, recorded in the audit trail with who did it', () => {
    const [first] = (JSON.parse(runEviden(ws.root, 'akses', '--json').stdout) as { akses: { id: string }[] }).akses;
    const revoked = runEviden(ws.root, 'akses', 'cabut', first!.id);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Akses ${first!.id} untuk HUKUM dicabut`);
    const rows = (JSON.parse(runEviden(ws.root, 'akses', 'daftar', '--json').stdout) as { akses: { id: string; keadaan: string }[] }).akses;
    expect(rows.find((r) => r.id === first!.id)?.keadaan).toBe('dicabut');
    const audit = readFileSync(path.join(ws.root, '.eviden', 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; actor: string; detail: { aksesId?: string } });
    expect(audit.filter((e) => e.detail.aksesId === first!.id).map((e) => [e.type, e.actor])).toEqual([['access-created', 'Penguji'], ['access-revoked', 'Penguji']]);
  });

  it('says in Indonesian what is wrong, with exit code 2', () => {
    const unknown = runEviden(ws.root, 'akses', 'buat', '--opd', 'DINKES');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('OPD "DINKES" tidak ada di daftar opd eviden.config.yaml. Kode yang dikenal: HUKUM, KOMINFO.');
    expect(runEviden(ws.root, 'akses', 'buat', '--opd', 'HUKUM', '--berlaku', '400').stderr).toContain('--berlaku "400" tidak sah');
    expect(runEviden(ws.root, 'akses', 'buat', '--opd', 'HUKUM', '--alamat', 'ftp://x').stderr).toContain('http:// atau https://');
    const gone = runEviden(ws.root, 'akses', 'cabut', 'abcdef12');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('Akses "abcdef12" tidak ada');
  });
});
