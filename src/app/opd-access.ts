/**
 * The coordinator's OPD access links: make one for an OPD (the key is shown once), list them, revoke one. Each
 * change is written to the audit trail with who made it; the key itself never is.
 */
import type { Db } from '../store/db.ts';
import type { Workspace } from '../types/config.ts';
import { recordEvent } from '../store/audit.ts';
import { accessState, createOpdAccess, readOpdAccess, revokeOpdAccess, type OpdAccess } from '../store/opd-access.ts';
import { UserError } from '../shared/errors.ts';

export interface AccessRow {
  id: string;
  opd: string;
  opdNama: string;
  nama: string | null;
  dibuat: string;
  berlakuSampai: string;
  dicabut: string | null;
  keadaan: 'aktif' | 'kedaluwarsa' | 'dicabut';
}

/** The path of an access link on the dashboard (append it to the dashboard's address). */
export function accessLinkPath(key: string): string {
  return `/akses/${key}`;
}

function opdName(ws: Workspace, kode: string): string {
  return ws.config.opd.find((o) => o.kode === kode)?.nama ?? kode;
}

export function grantOpdAccess(
  db: Db,
  ws: Workspace,
  opts: { opd: string; nama: string | null; days: number; oleh: string; now?: Date },
): { access: OpdAccess; key: string } {
  const opd = ws.config.opd.find((o) => o.kode.toLowerCase() === opts.opd.trim().toLowerCase());
  if (!opd) {
    const known = ws.config.opd.map((o) => o.kode).join(', ') || '(daftar opd di konfigurasi masih kosong)';
    throw new UserError(`OPD "${opts.opd.slice(0, 64)}" tidak ada di daftar opd eviden.config.yaml. Kode yang dikenal: ${known}.`);
  }
  const now = opts.now ?? new Date();
  const made = createOpdAccess(ws.paths.opdAccess, { opd: opd.kode, nama: opts.nama, days: opts.days, now });
  recordEvent(db, ws.paths.auditLog, {
    at: now.toISOString(),
    type: 'access-created',
    actor: opts.oleh,
    sha256: null,
    path: null,
    detail: { aksesId: made.access.id, opd: opd.kode, nama: opts.nama, berlakuSampai: made.access.berlakuSampai },
  });
  return made;
}

export function revokeAccess(db: Db, ws: Workspace, id: string, oleh: string, now = new Date()): OpdAccess {
  const before = readOpdAccess(ws.paths.opdAccess).find((a) => a.id === id.trim().toLowerCase());
  const revoked = revokeOpdAccess(ws.paths.opdAccess, id, now);
  if (before?.dicabut === null) {
    recordEvent(db, ws.paths.auditLog, {
      at: now.toISOString(),
      type: 'access-revoked',
      actor: oleh,
      sha256: null,
      path: null,
      detail: { aksesId: revoked.id, opd: revoked.opd },
    });
  }
  return revoked;
}

export function listAccess(ws: Workspace, now = new Date()): AccessRow[] {
  const at = now.toISOString();
  return readOpdAccess(ws.paths.opdAccess).map((a) => ({
    id: a.id,
    opd: a.opd,
    opdNama: opdName(ws, a.opd),
    nama: a.nama,
    dibuat: a.dibuat,
    berlakuSampai: a.berlakuSampai,
    dicabut: a.dicabut,
    keadaan: accessState(a, at),
  }));
}
