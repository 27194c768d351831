/**
 * Access links for OPD staff: each gives one OPD's staff a scoped, read-only view of the dashboard plus upload.
 * The key (`<id>.<secret>`) is shown once when it is made; `.eviden/akses-opd.json` keeps only the SHA-256 of the
 * secret (192 random bits, so a plain hash suffices), the OPD, the expiry and whether it was revoked.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import { MAX_VALID_DAYS } from './opd-access-limits.ts';

export interface OpdAccess {
  /** Public part of the key, 8 hex digits; names the access in lists, the audit trail and `akses cabut`. */
  id: string;
  opd: string;
  /** Who the link is for (optional label shown in the audit trail). */
  nama: string | null;
  dibuat: string;
  berlakuSampai: string;
  dicabut: string | null;
  /** SHA-256 (hex) of the secret part of the key. */
  hash: string;
}

const accessSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{8}$/),
  opd: z.string().min(1),
  nama: z.string().nullable(),
  dibuat: z.string(),
  berlakuSampai: z.string(),
  dicabut: z.string().nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
const fileSchema = z.strictObject({ versi: z.literal(1), akses: z.array(accessSchema) });

export { DEFAULT_VALID_DAYS, MAX_VALID_DAYS } from './opd-access-limits.ts';

const KEY = /^([0-9a-f]{8})\.([A-Za-z0-9_-]{32})$/;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function readOpdAccess(file: string): OpdAccess[] {
  if (!existsSync(file)) return [];
  try {
    return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).akses;
  } catch (err) {
    throw new UserError(`Berkas akses OPD ${file} tidak sah (${errorMessage(err).split('\n')[0]}). Pulihkan dari cadangan atau hapus berkasnya lalu buat ulang tautan akses.`);
  }
}

function writeOpdAccess(file: string, akses: OpdAccess[]): void {
  writeFileAtomic(file, `${JSON.stringify({ versi: 1, akses }, null, 2)}\n`);
}

/** The state of an access at `now`: usable, expired or revoked. */
export function accessState(a: OpdAccess, now: string): 'aktif' | 'kedaluwarsa' | 'dicabut' {
  if (a.dicabut !== null) return 'dicabut';
  return a.berlakuSampai > now ? 'aktif' : 'kedaluwarsa';
}

/** Makes a new access for an OPD and returns it with its key (the only time the key exists outside the browser). */
export function createOpdAccess(file: string, opts: { opd: string; nama: string | null; days: number; now: Date }): { access: OpdAccess; key: string } {
  if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > MAX_VALID_DAYS) {
    throw new UserError(`Masa berlaku harus bilangan bulat 1–${MAX_VALID_DAYS} hari.`);
  }
  const all = readOpdAccess(file);
  let id: string;
  do id = randomBytes(4).toString('hex');
  while (all.some((a) => a.id === id));
  const secret = randomBytes(24).toString('base64url');
  const access: OpdAccess = {
    id,
    opd: opts.opd,
    nama: opts.nama,
    dibuat: opts.now.toISOString(),
    berlakuSampai: new Date(opts.now.getTime() + opts.days * 86_400_000).toISOString(),
    dicabut: null,
    hash: hashOf(secret),
  };
  writeOpdAccess(file, [...all, access]);
  return { access, key: `${id}.${secret}` };
}

/** Revokes an access now; sessions opened with it end at their next request. */
export function revokeOpdAccess(file: string, id: string, now: Date): OpdAccess {
  const all = readOpdAccess(file);
  const found = all.find((a) => a.id === id.trim().toLowerCase());
  if (!found) throw new UserError(`Akses "${id.slice(0, 20)}" tidak ada. Lihat ID-nya dengan "eviden akses daftar".`);
  if (found.dicabut !== null) return found;
  const revoked = { ...found, dicabut: now.toISOString() };
  writeOpdAccess(file, all.map((a) => (a === found ? revoked : a)));
  return revoked;
}

/** The access a key opens while it is usable, else null (unknown, wrong secret, expired or revoked). */
export function accessForKey(all: readonly OpdAccess[], key: string, now: string): OpdAccess | null {
  const m = KEY.exec(key.trim());
  if (!m) return null;
  const found = all.find((a) => a.id === m[1]);
  if (!found) return null;
  const same = timingSafeEqual(Buffer.from(hashOf(m[2]!), 'hex'), Buffer.from(found.hash, 'hex'));
  return same && accessState(found, now) === 'aktif' ? found : null;
}

/** The access list as on disk now, reread only when the file changes (the server checks every request with it). */
export function opdAccessReader(file: string): () => OpdAccess[] {
  let stamp = '';
  let cached: OpdAccess[] = [];
  return () => {
    let now: string;
    try {
      const s = statSync(file);
      now = `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      now = 'hilang';
    }
    if (now !== stamp) {
      // A file that became invalid opens nothing rather than keeping old keys alive.
      try {
        cached = readOpdAccess(file);
      } catch {
        cached = [];
      }
      stamp = now;
    }
    return cached;
  };
}
