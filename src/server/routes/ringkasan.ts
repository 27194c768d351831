/** Ringkasan: index, predikat, indices per group, counts and the OPD × indicator heat map. */
import type { Handler } from '../router.ts';
import { jsonResponse } from '../http.ts';
import { summaryModel } from '../models/summary.ts';
import { page } from './page.ts';

export const ringkasanPage: Handler = (req, ctx) => page(req, ctx, 'ringkasan', 'ringkasan', 'Ringkasan', summaryModel(ctx.state()));

export const ringkasanApi: Handler = (_req, ctx) => jsonResponse(summaryModel(ctx.state()));
