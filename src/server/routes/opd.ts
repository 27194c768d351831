/** OPD: the list of OPDs with their cell counts, and one OPD's indicators and what is missing. */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse } from '../http.ts';
import { opdModel, opdPlan, workspacePlan } from '../models/opd.ts';
import { countByStatus, opdSummaries } from '../../assess/summary.ts';
import type { ServerContext } from '../context.ts';
import { page } from './page.ts';
import { listUploads } from '../../store/audit.ts';
import { getDocument } from '../../store/documents.ts';
import { MAX_FILES } from '../upload-body.ts';
import { listAccess } from '../../app/opd-access.ts';
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS } from '../../store/opd-access-limits.ts';

function modelOr404(ctx: ServerContext, kode: string | undefined) {
  const model = /^[A-Za-z0-9_-]{1,64}$/.test(kode ?? '') ? opdModel(ctx.state(), kode ?? '') : null;
  if (!model) throw new HttpError(404, `OPD "${(kode ?? '').slice(0, 64)}" tidak ada di konfigurasi.`);
  return model;
}

/** When the OPD's newest file present in watch/ was first seen, or null. */
function lastUpload(state: ReturnType<ServerContext['state']>, kode: string): string | null {
  const seen = state.documents.flatMap((d) => d.locations.filter((l) => l.present && l.opd === kode).map((l) => l.firstSeen));
  return seen.sort().at(-1) ?? null;
}

export const opdListPage: Handler = (req, ctx) => {
  const state = ctx.state();
  const summaries = new Map(opdSummaries(state.assessment).map((s) => [s.kode, s]));
  const plan = workspacePlan(state);
  const rows = state.workspace.config.opd.map((o) => {
    const s = summaries.get(o.kode);
    return {
      kode: o.kode,
      nama: o.nama,
      folder: o.folder,
      href: `/opd/${encodeURIComponent(o.kode)}`,
      indikator: s?.indicators.length ?? 0,
      sel: s?.cells ?? countByStatus([]),
      temuan: s?.findings ?? { error: 0, warning: 0, info: 0 },
      dokumen: state.documents.filter((d) => d.locations.some((l) => l.present && l.opd === o.kode)).length,
      terakhir: lastUpload(state, o.kode),
      rencana: opdPlan(plan, o.kode),
    };
  });
  return page(req, ctx, 'opd-daftar', 'opd', 'OPD', { rows, tenggat: rows[0]?.rencana.tenggat ?? null });
};

/** The newest dashboard uploads into the OPD's folder, with each document's status now. */
function recentUploads(ctx: ServerContext, kode: string) {
  return listUploads(ctx.db, kode, 10).map((e) => {
    const doc = e.sha256 ? getDocument(ctx.db, e.sha256) : null;
    return { at: e.at, path: e.path ?? '', oleh: e.actor, status: doc?.status ?? 'pending', pesan: doc?.message ?? '', href: e.sha256 ? `/dokumen/${e.sha256}` : null };
  });
}

export const opdPage: Handler = (req, ctx) => {
  const model = modelOr404(ctx, req.params.kode);
  const unggah = { aksi: `/opd/${encodeURIComponent(model.kode)}/unggah`, batasMB: ctx.workspace().config.batas.unggahMB, maks: MAX_FILES };
  // The coordinator manages the OPD's access links here; OPD staff never see them.
  const akses = req.who.kind === 'koordinator'
    ? { daftar: listAccess(ctx.workspace()).filter((a) => a.opd === model.kode).reverse(), aksi: `/opd/${encodeURIComponent(model.kode)}/akses`, bawaan: DEFAULT_VALID_DAYS, maks: MAX_VALID_DAYS }
    : null;
  return page(req, ctx, 'opd', 'opd', model.nama, { ...model, unggah, unggahan: recentUploads(ctx, model.kode), akses });
};

export const opdApi: Handler = (req, ctx) => jsonResponse(modelOr404(ctx, req.params.kode));
