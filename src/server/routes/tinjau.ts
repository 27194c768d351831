/**
 * Perlu ditinjau: candidates grouped by document with filters and sorting, and decisions on many candidates at once
 * (one reason for all). After a decision the page comes back to the same filters, at the row the reviewer was on.
 */
import type { Handler } from '../router.ts';
import { HttpError, jsonResponse, redirect, type RouteRequest } from '../http.ts';
import { NO_FILTERS, filterQuery, reviewQueue, rowId, type QueueFilters, type QueueSort } from '../models/review-queue.ts';
import { recordDecisions } from '../../app/decide.ts';
import { findIndicator } from '../../instrument/tree.ts';
import type { Instrument } from '../../types/instrument.ts';
import type { ServerContext } from '../context.ts';
import { noteText } from '../validate.ts';
import { page } from './page.ts';
import { apiReviewer, jsonObject, reviewerOrAsk } from './reviewer.ts';

const SORTS: readonly QueueSort[] = ['dampak', 'skor', 'nama'];

function isSort(value: string): value is QueueSort {
  return SORTS.some((s) => s === value);
}

/** Filters from a query string; unknown values are ignored (the filter form only offers valid ones). */
export function parseFilters(query: URLSearchParams, ctx: ServerContext): QueueFilters {
  const state = ctx.state();
  const opd = query.get('opd') ?? '';
  const indikator = Number(query.get('indikator') ?? '');
  const keyakinan = query.get('keyakinan') ?? '';
  const jenis = query.get('jenis') ?? '';
  const urut = query.get('urut') ?? '';
  const opds = new Set(state.workspace.config.opd.map((o) => o.kode));
  return {
    opd: opd === '-' || opds.has(opd) ? opd : '',
    indikator: Number.isInteger(indikator) && findIndicator(state.instrument, indikator) ? indikator : null,
    keyakinan: ['tinggi', 'sedang', 'rendah'].includes(keyakinan) ? keyakinan : '',
    jenis: /^[a-z-]{1,40}$/.test(jenis) ? jenis : '',
    urut: isSort(urut) ? urut : NO_FILTERS.urut,
  };
}

export const reviewPage: Handler = (req, ctx) =>
  page(req, ctx, 'tinjau', 'tinjau', 'Perlu ditinjau', reviewQueue(ctx.state(), parseFilters(req.query, ctx)));

export const reviewApi: Handler = (req, ctx) => jsonResponse(reviewQueue(ctx.state(), parseFilters(req.query, ctx)));

type Verb = 'terima' | 'tolak';

interface Choice {
  sha256: string;
  indicator: number;
}

function parseChoice(raw: string, instrument: Instrument): Choice {
  const m = /^([0-9a-f]{64}):(\d{1,3})$/.exec(raw);
  const indicator = Number(m?.[2]);
  if (!m || !findIndicator(instrument, indicator)) throw new HttpError(400, `Pilihan "${raw.slice(0, 80)}" tidak sah: tulis <sha256>:<nomor indikator>.`);
  return { sha256: m[1] ?? '', indicator };
}

/** Records one decision per chosen indicator, one document at a time; returns the documents decided on. */
export function decideMany(ctx: ServerContext, verb: Verb, choices: Choice[], reviewer: string, note: string): string[] {
  const bySha = new Map<string, number[]>();
  for (const c of choices) bySha.set(c.sha256, [...(bySha.get(c.sha256) ?? []), c.indicator]);
  for (const [sha256, indicators] of bySha) {
    recordDecisions(ctx.db, ctx.workspace(), {
      ref: sha256,
      add: verb === 'terima' ? indicators : [],
      remove: verb === 'tolak' ? indicators : [],
      confirm: false,
      reviewer,
      note,
    });
  }
  return [...bySha.keys()];
}

/**
 * `aksi`: `terima`/`tolak` for the ticked `pilih` boxes, `terima@<sha>` for every `item` of one row, or
 * `terima@<sha>:<no>` for one item.
 */
function choicesOf(req: RouteRequest, instrument: Instrument): { verb: Verb; choices: Choice[] } {
  const [verbPart = '', target] = (req.form.aksi ?? '').split('@', 2);
  if (verbPart !== 'terima' && verbPart !== 'tolak') throw new HttpError(400, 'Aksi tidak dikenal: pilih Terima atau Tolak.');
  let raw: string[];
  if (target === undefined) raw = req.formLists.pilih ?? [];
  else if (target.includes(':')) raw = [target];
  else raw = (req.formLists.item ?? []).filter((v) => v.startsWith(`${target}:`));
  if (raw.length === 0) throw new HttpError(400, 'Belum ada kandidat yang dipilih. Centang kandidatnya dulu, lalu tekan Terima atau Tolak.');
  return { verb: verbPart, choices: raw.map((v) => parseChoice(v, instrument)) };
}

/** The first row, from the first one decided on, that is still in the queue (else the one before it). */
function anchorAfter(ctx: ServerContext, filters: QueueFilters, order: string[], decided: string[]): string {
  const remaining = new Set(reviewQueue(ctx.state(), filters).rows.map((r) => r.sha256));
  const start = Math.max(0, Math.min(...decided.map((s) => order.indexOf(s)).filter((i) => i >= 0)));
  const after = order.slice(start).find((s) => remaining.has(s));
  const before = order.slice(0, start).reverse().find((s) => remaining.has(s));
  const target = after ?? before;
  return target ? `#${rowId(target)}` : '#kandidat';
}

/** POST /tinjau/keputusan (form: aksi, pilih[], item[], baris[], catatan, saring). */
export const bulkDecisionForm: Handler = (req, ctx) => {
  const filters = parseFilters(new URLSearchParams(req.form.saring ?? ''), ctx);
  const query = filterQuery(filters);
  const back = `/tinjau${query ? `?${query}` : ''}`;
  const reviewer = reviewerOrAsk(req, back);
  if (typeof reviewer !== 'string') return reviewer;
  const { verb, choices } = choicesOf(req, ctx.state().instrument);
  const decided = decideMany(ctx, verb, choices, reviewer, noteText(req.form.catatan));
  const order = (req.formLists.baris ?? []).filter((s) => /^[0-9a-f]{64}$/.test(s));
  return redirect(`${back}${query ? '&' : '?'}pesan=keputusan-massal&jumlah=${choices.length}${anchorAfter(ctx, filters, order, decided)}`);
};

/** POST /api/tinjau {aksi: "terima"|"tolak", pilihan: [{sha256, indikator}], catatan?, peninjau?} */
export const bulkDecisionApi: Handler = (req, ctx) => {
  const body = jsonObject(req.json);
  const verb = body.aksi;
  if (verb !== 'terima' && verb !== 'tolak') throw new HttpError(400, 'Kolom "aksi" harus "terima" atau "tolak".');
  if (!Array.isArray(body.pilihan) || body.pilihan.length === 0) {
    throw new HttpError(400, 'Kolom "pilihan" harus daftar {sha256, indikator} yang tidak kosong.');
  }
  const instrument = ctx.state().instrument;
  const choices = body.pilihan.map((p: unknown) => {
    const o = jsonObject(p);
    return parseChoice(`${String(o.sha256 ?? '').toLowerCase()}:${String(o.indikator ?? '')}`, instrument);
  });
  const decided = decideMany(ctx, verb, choices, apiReviewer(req, body), noteText(body.catatan));
  return jsonResponse({ aksi: verb, keputusan: choices.length, dokumen: decided.length });
};
