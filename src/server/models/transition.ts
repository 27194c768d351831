/** The Transisi page model (pure): the transition map with its Indonesian labels and the decision each row allows. */
import type { TransitionMap } from '../../types/transition.ts';
import { CARRY_STATUS_LABELS, TRANSITION_STATUS_LABELS, carryLabels, kindLabel, sourceMarkLabel } from '../../shared/vocabulary.ts';

export interface TransitionPageModel {
  /** Why no map can be shown (no crosswalk for this instrument), or null. */
  problem: string | null;
  map: TransitionMap | null;
  mark: string;
  indicators: {
    no: number;
    nama: string;
    anchor: string;
    status: string;
    external: boolean;
    carries: {
      earlier: string;
      items: string;
      note: string;
      documents: { sha256: string; href: string; path: string; opd: string; kind: string; date: string | null; earlier: string; status: string; statusKode: string; indicator: number }[];
    }[];
    newItems: { code: string; text: string }[];
    newNote: string | null;
  }[];
}

export function transitionPageModel(map: TransitionMap | null, problem: string | null): TransitionPageModel {
  if (map === null) return { problem, map: null, mark: '', indicators: [] };
  return {
    problem: null,
    map,
    mark: sourceMarkLabel(map.mark),
    indicators: map.indicators.map((i) => ({
      no: i.no,
      nama: i.nama,
      anchor: `${map.to.name.toLowerCase()}-${i.no}`,
      status: TRANSITION_STATUS_LABELS[i.status],
      external: i.sumberNilai === 'eksternal',
      carries: i.carries.map((c) => ({
        ...carryLabels(map.from.name, c),
        note: c.note,
        documents: c.documents.map((d) => ({
          sha256: d.sha256,
          href: `/dokumen/${d.sha256}`,
          path: d.path,
          opd: d.opd ?? 'tanpa OPD',
          kind: kindLabel(d.kind),
          date: d.date,
          earlier: `${map.from.name} ${d.earlier.join(', ')}`,
          status: CARRY_STATUS_LABELS[d.status],
          statusKode: d.status,
          indicator: i.no,
        })),
      })),
      newItems: i.newItems.map((n) => ({ code: n.code, text: n.text })),
      newNote: i.newNote,
    })),
  };
}
