/** Laporan: start the report and packet render jobs, follow their progress, download what output/ holds. */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, redirect } from '../http.ts';
import { isJobKind, JOB_KINDS, JOB_LABELS, type JobKind } from '../jobs.ts';
import { findOutput, listOutputs, outputContentType } from '../outputs.ts';
import { outputGroups } from '../models/laporan.ts';
import type { ServerContext } from '../context.ts';
import { checkOutputs } from '../../app/output-status.ts';
import { checkReadiness, readinessGroups, suratNumbers } from '../../render/readiness.ts';
import { listEvents } from '../../store/audit.ts';
import { page } from './page.ts';
import { apiReviewer, jsonObject, reviewerOrAsk } from './reviewer.ts';

function jobKind(raw: string | undefined): JobKind {
  if (!raw || !isJobKind(raw)) throw new HttpError(404, 'Jenis pekerjaan tidak dikenal: pilih "laporan", "paket", atau "final".');
  return raw;
}

async function model(ctx: ServerContext, selected: string | null) {
  const ws = ctx.workspace();
  const state = ctx.state();
  const available = ctx.jobs.available();
  const jobs = ctx.jobs.list();
  const outputs = await checkOutputs(state, listEvents(ctx.db, { limit: 100_000 }));
  // Surat numbers may be entered in the Finalkan form, so only the other checks disable it; the job checks them all.
  const nomor = suratNumbers(ws.config);
  const kesiapan = readinessGroups(checkReadiness(state, outputs.plans.final.lampiran, nomor).filter((p) => p.check !== 'nomor'));
  const usang = [
    ...outputs.stale.map((o) => ({ file: o.file, reasons: o.reasons })),
    ...outputs.packets.flatMap((p) => p.stale.map((s) => ({ file: `${p.dir.split('/').pop() ?? ''}/${s.file}`, reasons: [s.reason] }))),
  ];
  return {
    busy: jobs.some((j) => j.status === 'berjalan'),
    kinds: JOB_KINDS.map((kind) => ({
      kind,
      label: JOB_LABELS[kind],
      available: available.includes(kind),
      final: kind === 'final',
      siap: kind !== 'final' || kesiapan.length === 0,
    })),
    kesiapan,
    nomor,
    usang,
    /** Short lists are shown open; long ones (e.g. after an update of eviden) folded. */
    usangSedikit: usang.length <= 8,
    mutakhir: outputs.current.length,
    jobs: jobs.map((j) => ({
      ...j,
      selected: j.id === selected,
      fileLinks: j.files.map((f) => ({ name: f, href: `/unduh/${encodeURIComponent(f)}` })),
    })),
    outputs: outputGroups(listOutputs(ws.paths.output), ws.config.tahun, ws.config.opd),
  };
}

export const reportsPage: Handler = async (req, ctx) => page(req, ctx, 'laporan', 'laporan', 'Laporan', await model(ctx, req.query.get('pekerjaan')));

export const startJobForm: Handler = (req, ctx) => {
  const kind = jobKind(req.params.jenis);
  const reviewer = reviewerOrAsk(req, '/laporan');
  if (typeof reviewer !== 'string') return reviewer;
  if (!ctx.jobs.available().includes(kind)) throw new HttpError(503, `${JOB_LABELS[kind]} belum dapat disusun dari dasbor ini.`);
  const input = kind === 'final' ? { nomorBeritaAcara: req.form.nomorBeritaAcara ?? '', nomorPernyataan: req.form.nomorPernyataan ?? '' } : {};
  const job = ctx.jobs.start(kind, reviewer, input);
  return redirect(job ? `/laporan?pesan=pekerjaan&pekerjaan=${encodeURIComponent(job.id)}` : '/laporan?pesan=sibuk');
};

export const startJobApi: Handler = (req, ctx) => {
  const kind = jobKind(req.params.jenis);
  const reviewer = apiReviewer(req, req.json === null ? {} : jsonObject(req.json));
  if (!ctx.jobs.available().includes(kind)) throw new HttpError(503, `${JOB_LABELS[kind]} belum dapat disusun dari dasbor ini.`);
  const job = ctx.jobs.start(kind, reviewer);
  if (!job) throw new HttpError(409, 'Pekerjaan lain masih berjalan; tunggu sampai selesai.');
  return jsonResponse(job, 202);
};

export const jobsApi: Handler = (_req, ctx) => jsonResponse(ctx.jobs.list());

export const jobApi: Handler = (req, ctx) => {
  const job = ctx.jobs.get(req.params.id ?? '');
  if (!job) throw new HttpError(404, 'Pekerjaan tidak ditemukan.');
  return jsonResponse(job);
};

export const outputsApi: Handler = (_req, ctx) => jsonResponse(listOutputs(ctx.workspace().paths.output));

/** GET /unduh/:nama: only a name from the listing of output/ is served. */
export const downloadOutput: Handler = (req, ctx) => {
  const name = req.params.nama ?? '';
  const file = findOutput(ctx.workspace().paths.output, name);
  if (!file) throw new HttpError(404, 'Berkas keluaran tidak ditemukan di folder output/.');
  return { type: 'file', file, contentType: outputContentType(name), fileName: name.split('/').pop() ?? name, inline: false };
};
