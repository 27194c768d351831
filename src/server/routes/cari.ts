/** Cari: full-text search over every page (text layer and OCR), with page hits. */
import type { Handler } from '../router.ts';
import { jsonResponse } from '../http.ts';
import { searchDocuments, type DocumentHit } from '../../app/search.ts';
import type { ServerContext } from '../context.ts';
import { searchQuery } from '../validate.ts';
import { page } from './page.ts';

const LIMIT = 50;

export interface SearchModel {
  q: string;
  hits: (DocumentHit & { href: string })[];
  searched: boolean;
}

function search(ctx: ServerContext, raw: string | null): SearchModel {
  const q = searchQuery(raw);
  const hits = q === '' ? [] : searchDocuments(ctx.db, q, LIMIT);
  return { q, searched: q !== '', hits: hits.map((h) => ({ ...h, href: `/dokumen/${h.sha256}#hal-${h.page}` })) };
}

export const searchPage: Handler = (req, ctx) => page(req, ctx, 'cari', 'cari', 'Cari', search(ctx, req.query.get('q')));

export const searchApi: Handler = (req, ctx) => jsonResponse(search(ctx, req.query.get('q')));
