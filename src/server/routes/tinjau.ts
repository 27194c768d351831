/** Perlu ditinjau: unmapped documents, candidates, low-confidence mappings, errors, possible misfiles. */
import type { Handler } from '../router.ts';
import { jsonResponse } from '../http.ts';
import { reviewQueue } from '../models/review-queue.ts';
import { page } from './page.ts';

export const reviewPage: Handler = (req, ctx) => page(req, ctx, 'tinjau', 'tinjau', 'Perlu ditinjau', reviewQueue(ctx.state()));

export const reviewApi: Handler = (_req, ctx) => jsonResponse(reviewQueue(ctx.state()));
