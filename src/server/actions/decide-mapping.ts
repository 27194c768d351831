/** A reviewer's decision from the dashboard (accept, reject, add, confirm all), recorded through the CLI's use-case. */
import { recordDecisions, type DecisionResult } from '../../app/decide.ts';
import { getDocument } from '../../store/documents.ts';
import type { ServerContext } from '../context.ts';
import { HttpError } from '../http.ts';

/** `terima`: accept a candidate or confirm one mapping; `tolak`: reject; `tambah`: add by hand; `konfirmasi`: all accepted. */
export type DecisionVerb = 'terima' | 'tolak' | 'tambah' | 'konfirmasi';

export function isDecisionVerb(value: unknown): value is DecisionVerb {
  return value === 'terima' || value === 'tolak' || value === 'tambah' || value === 'konfirmasi';
}

export interface MappingDecision {
  sha256: string;
  verb: DecisionVerb;
  /** Required except for `konfirmasi`. */
  indicator: number | null;
  reviewer: string;
  note: string;
}

export function decideMapping(ctx: ServerContext, d: MappingDecision): DecisionResult {
  if (!getDocument(ctx.db, d.sha256)) throw new HttpError(404, 'Dokumen dengan SHA-256 ini tidak ada di indeks.');
  if (d.verb !== 'konfirmasi' && d.indicator === null) throw new HttpError(400, 'Pilih indikatornya dulu.');
  const one = d.indicator === null ? [] : [d.indicator];
  return recordDecisions(ctx.db, ctx.workspace(), {
    ref: d.sha256,
    add: d.verb === 'terima' || d.verb === 'tambah' ? one : [],
    remove: d.verb === 'tolak' ? one : [],
    confirm: d.verb === 'konfirmasi',
    reviewer: d.reviewer,
    note: d.note,
  });
}
