/** Dokumen: the list of documents, one document's page, and reviewer decisions on its mappings. */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, localPath, redirect, type RouteRequest } from '../http.ts';
import { documentModel } from '../models/document.ts';
import { getPages } from '../../store/pages.ts';
import { listEvents } from '../../store/audit.ts';
import { decideMapping, isDecisionVerb } from '../actions/decide-mapping.ts';
import { indicatorNumber, noteText, sha256Param } from '../validate.ts';
import type { ServerContext } from '../context.ts';
import { page } from './page.ts';
import { apiReviewer, jsonObject, reviewerOrAsk } from './reviewer.ts';

/** The document's model; OPD staff see only its places in their own OPD's folder and their history (not where other OPDs keep it). */
function modelOr404(req: RouteRequest, ctx: ServerContext) {
  const sha256 = sha256Param(req.params.sha);
  const model = documentModel(ctx.state(), sha256, getPages(ctx.db, sha256), listEvents(ctx.db, { sha256, limit: 100 }));
  if (!model) throw new HttpError(404, 'Dokumen dengan SHA-256 ini tidak ada di indeks.');
  if (req.who.kind !== 'opd') return model;
  const opd = req.who.access.opd;
  const locations = model.locations.filter((l) => l.opd === opd);
  const paths = new Set(locations.map((l) => l.path));
  return { ...model, locations, events: model.events.filter((e) => e.path === null || paths.has(e.path)) };
}

export const documentListPage: Handler = (req, ctx) => {
  const state = ctx.state();
  const rows = state.documents
    .filter((d) => d.locations.some((l) => l.present))
    .map((d) => ({
      sha256: d.doc.sha256,
      path: d.path,
      opd: d.opd,
      href: `/dokumen/${d.doc.sha256}`,
      status: d.doc.status,
      pages: d.doc.pages,
      ocrPages: d.doc.ocrPages,
      indicators: (d.classification?.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b),
      candidates: (d.classification?.candidates ?? []).length,
    }));
  return page(req, ctx, 'dokumen-daftar', 'dokumen', 'Dokumen', { rows });
};

export const documentPage: Handler = (req, ctx) => {
  const model = modelOr404(req, ctx);
  return page(req, ctx, 'dokumen', 'dokumen', model.path, model);
};

export const documentApi: Handler = (req, ctx) => jsonResponse(modelOr404(req, ctx));

function decisionIndicator(ctx: ServerContext, verb: string, raw: unknown): number | null {
  return verb === 'konfirmasi' ? null : indicatorNumber(raw, ctx.state().instrument);
}

/** POST /dokumen/:sha/keputusan (form: aksi, indikator, catatan, kembali). */
export const decisionForm: Handler = (req, ctx) => {
  const sha256 = sha256Param(req.params.sha);
  const back = localPath(req.form.kembali, `/dokumen/${sha256}`);
  const reviewer = reviewerOrAsk(req, back);
  if (typeof reviewer !== 'string') return reviewer;
  const verb = req.form.aksi;
  if (!isDecisionVerb(verb)) throw new HttpError(400, 'Aksi tidak dikenal: pilih terima, tolak, tambah, atau konfirmasi.');
  decideMapping(ctx, { sha256, verb, indicator: decisionIndicator(ctx, verb, req.form.indikator), reviewer, note: noteText(req.form.catatan) });
  const [pathPart, hash] = back.split('#', 2);
  const join = (pathPart ?? back).includes('?') ? '&' : '?';
  return redirect(`${pathPart}${join}pesan=keputusan${hash ? `#${hash}` : ''}`);
};

/** POST /api/keputusan {sha256, aksi, indikator?, catatan?, peninjau?} */
export const decisionApi: Handler = (req, ctx) => {
  const body = jsonObject(req.json);
  const verb = body.aksi;
  if (!isDecisionVerb(verb)) throw new HttpError(400, 'Kolom "aksi" harus salah satu dari: terima, tolak, tambah, konfirmasi.');
  const sha256 = sha256Param(body.sha256);
  const result = decideMapping(ctx, {
    sha256,
    verb,
    indicator: decisionIndicator(ctx, verb, body.indikator),
    reviewer: apiReviewer(req, body),
    note: noteText(body.catatan),
  });
  return jsonResponse(result);
};
