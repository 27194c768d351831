/**
 * Transisi: the transition map SPBE → Pemdi (GET /transisi, GET /api/transisi), and the coordinator's decision on a
 * carried-over document (POST /transisi/keputusan), recorded for the newer instrument with an audit line.
 */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, redirect } from '../http.ts';
import { loadTransition, transitionPack } from '../../app/transition.ts';
import { recordDecisions } from '../../app/decide.ts';
import { getDocument } from '../../store/documents.ts';
import { UserError } from '../../shared/errors.ts';
import { transitionPageModel } from '../models/transition.ts';
import { indicatorNumber, noteText, sha256Param } from '../validate.ts';
import type { ServerContext } from '../context.ts';
import { page } from './page.ts';
import { reviewerOrAsk } from './reviewer.ts';

function mapOrProblem(ctx: ServerContext) {
  try {
    return { map: loadTransition(ctx.db, ctx.workspace()), problem: null };
  } catch (err) {
    if (err instanceof UserError) return { map: null, problem: err.message };
    throw err;
  }
}

export const transitionPage: Handler = (req, ctx) => {
  const { map, problem } = mapOrProblem(ctx);
  const title = map === null ? 'Transisi' : `Peta transisi ${map.from.name} → ${map.to.name}`;
  return page(req, ctx, 'transisi', 'transisi', title, transitionPageModel(map, problem));
};

export const transitionApi: Handler = (_req, ctx) => {
  const { map, problem } = mapOrProblem(ctx);
  if (map === null) throw new HttpError(404, problem ?? 'Tidak ada peta transisi.');
  return jsonResponse(map);
};

/** POST /transisi/keputusan (form: sha256, indikator, aksi terima|tolak, catatan). */
export const transitionDecisionForm: Handler = (req, ctx) => {
  const back = '/transisi';
  const reviewer = reviewerOrAsk(req, back);
  if (typeof reviewer !== 'string') return reviewer;
  const ws = ctx.workspace();
  const pack = transitionPack(ws);
  const sha256 = sha256Param(req.form.sha256);
  if (!getDocument(ctx.db, sha256)) throw new HttpError(404, 'Dokumen dengan SHA-256 ini tidak ada di indeks.');
  const indicator = indicatorNumber(req.form.indikator, pack.instrument);
  const verb = req.form.aksi;
  if (verb !== 'terima' && verb !== 'tolak') throw new HttpError(400, 'Aksi tidak dikenal: pilih terima atau tolak.');
  recordDecisions(ctx.db, ws, {
    ref: sha256,
    add: verb === 'terima' ? [indicator] : [],
    remove: verb === 'tolak' ? [indicator] : [],
    confirm: false,
    reviewer,
    note: noteText(req.form.catatan),
    instrument: pack.id,
  });
  return redirect(`/transisi?pesan=keputusan#${pack.transition.names.to.toLowerCase()}-${indicator}`);
};
