/**
 * `eviden penjelasan` and the dashboard's draft: for each indicator, the draft penjelasan built from its accepted
 * evidence, beside the penjelasan already written. Writing a draft never replaces a written penjelasan unless
 * asked for explicitly.
 */
import path from 'node:path';
import type { Db } from '../store/db.ts';
import { getPages } from '../store/pages.ts';
import type { WorkspaceState } from '../types/state.ts';
import type { IndicatorAssessment } from '../types/assessment.ts';
import { findIndicator } from '../instrument/tree.ts';
import { readDocumentFacts, type DocumentFacts } from '../penjelasan/facts.ts';
import { draftPenjelasan, type DraftEvidence, type PenjelasanDraft } from '../penjelasan/draft.ts';
import { saveAssessmentEdit } from '../config/edit.ts';
import { recordEvent } from '../store/audit.ts';
import { nowIso } from './session.ts';

export interface IndicatorDraft {
  draft: PenjelasanDraft;
  /** The penjelasan in the config now ('' while empty). */
  current: string;
  claimedLevel: number | null;
}

/** Reads each document's facts once per call (the opening pages and the whole text for the date). */
function factsReader(db: Db): (sha256: string) => DocumentFacts {
  const cache = new Map<string, DocumentFacts>();
  return (sha256) => {
    let facts = cache.get(sha256);
    if (!facts) {
      facts = readDocumentFacts(getPages(db, sha256));
      cache.set(sha256, facts);
    }
    return facts;
  };
}

function evidenceOf(state: WorkspaceState, ind: IndicatorAssessment, facts: (sha: string) => DocumentFacts): DraftEvidence[] {
  const views = new Map(state.documents.map((d) => [d.doc.sha256, d]));
  return [...ind.documents]
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
    .map((ref) => {
      const mapping = views.get(ref.sha256)?.classification?.mappings.find((m) => m.indicator === ind.id);
      const pages = [...new Set((mapping?.reasons ?? []).flatMap((r) => r.pages))].sort((a, b) => a - b);
      const kind = views.get(ref.sha256)?.classification?.kind ?? 'lainnya';
      return { fileName: path.posix.basename(ref.path), kind, facts: facts(ref.sha256), pages };
    });
}

export function indicatorDrafts(db: Db, state: WorkspaceState, only?: number): IndicatorDraft[] {
  const facts = factsReader(db);
  return state.assessment.indicators
    .filter((ind) => only === undefined || ind.id === only)
    .flatMap((ind) => {
      const indicator = findIndicator(state.instrument, ind.id);
      if (!indicator) return [];
      const draft = draftPenjelasan({
        instansi: state.workspace.config.instansi.nama,
        instrument: state.instrument,
        indicator,
        assessment: ind,
        evidence: evidenceOf(state, ind, facts),
      });
      return [{ draft, current: ind.penjelasan, claimedLevel: ind.claimedLevel }];
    });
}

export type WriteOutcome = 'ditulis' | 'dilewati-sudah-ada' | 'dilewati-tanpa-draf' | 'sama';

/** Writes drafts into the penilaian mandiri: only where the penjelasan is empty, unless `overwrite`. */
export function writeDrafts(db: Db, state: WorkspaceState, drafts: IndicatorDraft[], opts: { overwrite: boolean; actor: string }): Map<number, WriteOutcome> {
  const ws = state.workspace;
  const out = new Map<number, WriteOutcome>();
  for (const { draft, current } of drafts) {
    if (draft.text === '') out.set(draft.indicator, 'dilewati-tanpa-draf');
    else if (current.trim() !== '' && !opts.overwrite) out.set(draft.indicator, 'dilewati-sudah-ada');
    else {
      const result = saveAssessmentEdit(ws.paths.config, { instrument: state.instrument.id, indicator: draft.indicator, penjelasan: draft.text });
      out.set(draft.indicator, result.changed ? 'ditulis' : 'sama');
      if (result.changed) {
        recordEvent(db, ws.paths.auditLog, {
          at: nowIso(),
          type: 'assessment-edited',
          actor: opts.actor,
          sha256: null,
          path: null,
          detail: { indikator: draft.indicator, sumber: 'draf penjelasan', menimpa: current.trim() !== '' },
        });
      }
    }
  }
  return out;
}
