/** Ringkasan: index, predikat, indices per group, counts, the OPD × indicator heat map, and last year's result. */
import type { Handler } from '../router.ts';
import { jsonResponse } from '../http.ts';
import { summaryModel } from '../models/summary.ts';
import type { ServerContext } from '../context.ts';
import { compareYears, previousFor, trendCounts, trendText } from '../../history/compare.ts';
import { formatDecimal } from '../../shared/format.ts';
import { page } from './page.ts';

/** Last year's result beside this year's (from `eviden riwayat impor`), or null when none was imported. */
function yearOverYear(ctx: ServerContext) {
  const state = ctx.state();
  const results = state.previousResults;
  const previous = previousFor(results, state.assessment);
  if (!previous) return null;
  const c = compareYears(previous, results, state.assessment);
  return {
    tahun: c.tahunSebelumnya,
    indeks: c.indeksSebelumnya === null ? null : formatDecimal(c.indeksSebelumnya),
    ...trendCounts(c),
    tren: trendText(c),
  };
}

function model(ctx: ServerContext) {
  return { ...summaryModel(ctx.state()), riwayat: yearOverYear(ctx) };
}

export const ringkasanPage: Handler = (req, ctx) => page(req, ctx, 'ringkasan', 'ringkasan', 'Ringkasan', model(ctx));

export const ringkasanApi: Handler = (_req, ctx) => jsonResponse(model(ctx));
