/** Indikator: the list, one indicator's detail, and saving its claimed level and penjelasan. */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, redirect } from '../http.ts';
import { indicatorModel } from '../models/indicator.ts';
import { supportedValue } from '../../assess/values.ts';
import { indicatorNumber, levelValue, penjelasanText } from '../validate.ts';
import { editAssessment } from '../actions/edit-assessment.ts';
import type { ServerContext } from '../context.ts';
import { page } from './page.ts';
import { indicatorDrafts } from '../../app/penjelasan.ts';
import { apiReviewer, jsonObject, reviewerOrAsk } from './reviewer.ts';

function modelOr404(ctx: ServerContext, rawNo: unknown, opd: string | null) {
  const state = ctx.state();
  const no = indicatorNumber(rawNo, state.instrument, 404);
  const model = indicatorModel(state, no, opd);
  if (!model) throw new HttpError(404, `Indikator ${no} tidak ada dalam hasil penilaian.`);
  return model;
}

export const indicatorListPage: Handler = (req, ctx) => {
  const state = ctx.state();
  const opdNames = new Map((state.assessment.opd ?? []).map((o) => [o.kode, o.nama]));
  const rows = state.assessment.indicators.map((i) => ({
    no: i.id,
    nama: i.namaPendek ?? i.nama,
    href: `/indikator/${i.id}`,
    status: i.status,
    claimedLevel: i.claimedLevel,
    targetLevel: i.targetLevel,
    supportedLevel: i.supportedLevel,
    supportedValue: supportedValue(i),
    documents: i.documents.length,
    candidates: i.candidates.length,
    findings: i.findings.length,
    penanggungJawab: i.penanggungJawab.map((k) => opdNames.get(k) ?? k).join(', '),
  }));
  return page(req, ctx, 'indikator-daftar', 'indikator', 'Indikator', { rows });
};

/** The draft penjelasan from the accepted evidence, shown beside the written one ("Pakai draf"). */
function draftOf(ctx: ServerContext, no: number) {
  const found = indicatorDrafts(ctx.db, ctx.state(), no)[0];
  return found ? { text: found.draft.text, level: found.draft.level, reason: found.draft.reason } : null;
}

export const indicatorPage: Handler = (req, ctx) => {
  const model = modelOr404(ctx, req.params.no, req.query.get('opd'));
  return page(req, ctx, 'indikator', 'indikator', `Indikator ${model.no}`, { ...model, draf: draftOf(ctx, model.no) });
};

export const indicatorApi: Handler = (req, ctx) => {
  const model = modelOr404(ctx, req.params.no, req.query.get('opd'));
  return jsonResponse({ ...model, draf: draftOf(ctx, model.no) });
};

export const saveAssessmentForm: Handler = (req, ctx) => {
  const instrument = ctx.state().instrument;
  const no = indicatorNumber(req.params.no, instrument, 404);
  const back = `/indikator/${no}`;
  const reviewer = reviewerOrAsk(req, back);
  if (typeof reviewer !== 'string') return reviewer;
  const saved = editAssessment(ctx, {
    indicator: no,
    tingkat: levelValue(req.form.tingkat, instrument, ctx.state().pack.allowsDecimal),
    penjelasan: penjelasanText(req.form.penjelasan),
    reviewer,
  });
  return redirect(`${back}?pesan=${saved.changed ? 'tersimpan' : 'tanpa-perubahan'}#penilaian`);
};

/** POST /api/penilaian {indikator, tingkat? (1–5, a decimal where the pack allows one, or null), penjelasan?, peninjau?}: absent fields stay as they are. */
export const saveAssessmentApi: Handler = (req, ctx) => {
  const body = jsonObject(req.json);
  const instrument = ctx.state().instrument;
  const saved = editAssessment(ctx, {
    indicator: indicatorNumber(body.indikator, instrument),
    tingkat: 'tingkat' in body ? levelValue(body.tingkat, instrument, ctx.state().pack.allowsDecimal) : undefined,
    penjelasan: 'penjelasan' in body ? penjelasanText(body.penjelasan) : undefined,
    reviewer: apiReviewer(req, body),
  });
  return jsonResponse(saved);
};
