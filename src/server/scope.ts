/**
 * What an OPD session may reach: its own OPD page, the documents that lie in its OPD's folder (and their archived
 * files), and uploads into that folder. Everything else is refused with one Indonesian message.
 */
import type { Access } from './router.ts';
import type { RouteRequest } from './http.ts';
import type { ServerContext } from './context.ts';
import { locationsOf } from '../store/locations.ts';

/** The route's `:kode` is the session's OPD. */
export const ownOpd: Access = { own: (req, _ctx, opd) => req.params.kode === opd };

/** The route's `:sha` is a document with a present file in the OPD's folder. */
export const ownDocument: Access = {
  own: (req, ctx, opd) => {
    const sha = req.params.sha ?? '';
    return /^[0-9a-f]{64}$/.test(sha) && locationsOf(ctx.db, sha).some((l) => l.present && l.opd === opd);
  },
};

/** Any signed-in session (logging out). */
export const anySession: Access = { own: () => true };

export function allowedForOpd(access: Access, req: RouteRequest, ctx: ServerContext, opd: string): boolean {
  if (access === 'publik') return true;
  if (access === 'koordinator') return false;
  return access.own(req, ctx, opd);
}

export function outOfScopeMessage(opdNama: string): string {
  return (
    `Akses OPD ${opdNama} hanya mencakup halaman OPD ini, dokumen di folder OPD ini, dan unggah berkas. ` +
    'Halaman ini hanya untuk koordinator; hubungi koordinator SPBE bila Anda memerlukannya.'
  );
}

/** Where an OPD session lands (its own page). */
export function opdHome(opd: string): string {
  return `/opd/${encodeURIComponent(opd)}`;
}
