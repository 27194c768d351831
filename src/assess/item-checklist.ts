/**
 * The checklist of coded evidence items (a pack's `items.yaml`, e.g. Pemdi `I13-L2-01`): per indicator and level, in
 * the order the evaluation application asks for them, which items have accepted evidence and which do not, and where
 * a berjenjang climb stops (a level above the first incomplete one is only assessed once that level is accepted).
 * One home for this view: the packet names its files from it, the gap reports, the upload checklist and the isian
 * print it. Pure: the assessment and the pack's items in, plain rows out.
 */
import type { Assessment, IndicatorAssessment, LevelCitation } from '../types/assessment.ts';
import type { EvidenceItem, EvidenceItemKind, EvidenceItems, Instrument } from '../types/instrument.ts';
import type { WorkspaceState } from '../types/state.ts';
import { allIndicators, levelLabel } from '../instrument/tree.ts';

/** `ada`: accepted evidence meets the item; `belum`: none does; `eksternal`: a partner index, never an upload. */
export type ItemState = 'ada' | 'belum' | 'eksternal';

/** One accepted document that meets an item. */
export interface ItemEvidence {
  sha256: string;
  path: string;
  opd: string | null;
}

export interface ItemRow {
  code: string;
  text: string;
  kind: EvidenceItemKind;
  state: ItemState;
  evidence: ItemEvidence[];
}

export interface LevelChecklist {
  level: number;
  /** The level's name, e.g. "Membangun". */
  label: string;
  /** Every item of the level has evidence (external items count as given). */
  complete: boolean;
  /** Above the berjenjang stop: not assessed until the stop level is complete. */
  locked: boolean;
  items: ItemRow[];
}

export interface IndicatorChecklist {
  no: number;
  nama: string;
  /** The indicator's value comes from a partner index (no uploads). */
  external: boolean;
  claimed: number | null;
  /** The value the evidence supports (decimal under linear credit), or null without a level analysis. */
  value: number | null;
  /** The first incomplete level, where a berjenjang climb stops; null when every level is complete or none stops. */
  stop: number | null;
  levels: LevelChecklist[];
  /** Accepted documents of the indicator that meet none of its items (still to be given an item, or not evidence). */
  unitemized: ItemEvidence[];
}

function uniqueBySha(citations: readonly LevelCitation[]): ItemEvidence[] {
  const seen = new Map<string, ItemEvidence>();
  for (const c of citations) if (!seen.has(c.sha256)) seen.set(c.sha256, { sha256: c.sha256, path: c.path, opd: c.opd });
  return [...seen.values()];
}

/** The evidence meeting an item: the level requirement whose id is the item's code (see the pack's levels file). */
function evidenceOf(a: IndicatorAssessment | undefined, item: EvidenceItem): ItemEvidence[] {
  const level = a?.levels?.levels.find((l) => l.level === item.level);
  const req = level?.requirements.find((r) => r.id.toLowerCase() === item.code.toLowerCase());
  return req?.met ? uniqueBySha(req.evidence) : [];
}

function rowOf(a: IndicatorAssessment | undefined, item: EvidenceItem): ItemRow {
  const evidence = item.kind === 'nilaiEksternal' ? [] : evidenceOf(a, item);
  const state: ItemState = item.kind === 'nilaiEksternal' ? 'eksternal' : evidence.length > 0 ? 'ada' : 'belum';
  return { code: item.code, text: item.text, kind: item.kind, state, evidence };
}

export function itemChecklist(assessment: Assessment, instrument: Instrument, items: EvidenceItems): IndicatorChecklist[] {
  const byNo = new Map(assessment.indicators.map((a) => [a.id, a]));
  return allIndicators(instrument).map((ind) => {
    const a = byNo.get(ind.no);
    const external = ind.sumberNilai === 'eksternal';
    const levels: LevelChecklist[] = [];
    for (let level = instrument.tingkatMin; level <= instrument.tingkatMax; level++) {
      const rows = items.items.filter((i) => i.indicator === ind.no && i.level === level).map((i) => rowOf(a, i));
      levels.push({ level, label: levelLabel(instrument, ind, level), complete: rows.every((r) => r.state !== 'belum'), locked: false, items: rows });
    }
    const stepwise = a?.levels?.climb !== 'highest';
    const stop = external ? null : (levels.find((l) => !l.complete)?.level ?? null);
    for (const l of levels) l.locked = stepwise && stop !== null && l.level > stop;
    const itemized = new Set(levels.flatMap((l) => l.items.flatMap((r) => r.evidence.map((e) => e.sha256))));
    return {
      no: ind.no,
      nama: ind.namaPendek,
      external,
      claimed: a?.claimedLevel ?? null,
      value: a?.levels?.value ?? null,
      stop,
      levels,
      unitemized: (a?.documents ?? []).filter((d) => !itemized.has(d.sha256)).map((d) => ({ sha256: d.sha256, path: d.path, opd: d.opd })),
    };
  });
}

/** The checklist of a workspace state, or null when its instrument has no coded items. */
export function checklistOf(state: Pick<WorkspaceState, 'assessment' | 'instrument' | 'pack'>): IndicatorChecklist[] | null {
  return state.pack.items === null ? null : itemChecklist(state.assessment, state.instrument, state.pack.items);
}

/** Every item code each accepted document meets, by document (for the manifest). */
export function itemsBySha(checklist: readonly IndicatorChecklist[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const ind of checklist) {
    for (const l of ind.levels) for (const r of l.items) for (const e of r.evidence) out.set(e.sha256, [...(out.get(e.sha256) ?? []), r.code]);
  }
  return out;
}
