/**
 * The transition map SPBE → Pemdi (pure): earlier evidence becomes candidates under the Pemdi indicators the
 * crosswalk names, never under the Pemdi indicator that merely has the same number; items no earlier evidence covers
 * are new; where a document stands for Pemdi (accepted, rejected, to review) comes from the Pemdi side only.
 */
import { describe, expect, it } from 'vitest';
import { transitionMap, type EarlierDocument, type NewerStanding } from '../../src/assess/transition.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { parseTransition, transitionSourceProblems } from '../../src/instrument/transition.ts';
import type { Transition } from '../../src/types/instrument.ts';

const pemdi = loadPack('pemdi-2026');
const spbe = loadPack('spbe-2020');
const transition = pemdi.transition as Transition;

const ARSITEKTUR: EarlierDocument = { sha256: 'a'.repeat(64), path: 'BagianHukum/Perbup Arsitektur SPBE.pdf', opd: 'HUKUM', kind: 'peraturan', date: '2022-05-02', indicators: [11] };
const SK_TIM: EarlierDocument = { sha256: 'b'.repeat(64), path: 'BagianHukum/SK Tim Koordinasi SPBE.pdf', opd: 'HUKUM', kind: 'keputusan', date: '2024-03-03', indicators: [10, 19] };

function map(documents: EarlierDocument[], standing: Map<string, NewerStanding> = new Map()) {
  return transitionMap({ transition, instrument: pemdi.instrument, items: pemdi.items, earlier: spbe.instrument, documents, standing });
}

describe('transition map SPBE → Pemdi', () => {
  it('puts SPBE evidence under the Pemdi indicator the crosswalk names, never under the same number', () => {
    const m = map([ARSITEKTUR]);
    const p1 = m.indicators.find((i) => i.no === 1);
    const carry = p1?.carries.find((c) => c.earlier.some((e) => e.no === 11));
    expect(carry?.earlier.find((e) => e.no === 11)?.nama).toBe('Arsitektur SPBE');
    expect(carry?.documents.map((d) => [d.path, d.earlier, d.status])).toEqual([[ARSITEKTUR.path, [11], 'kandidat']]);
    // Pemdi 11 is Kriptografi; SPBE 11 evidence has nothing to do there.
    const p11 = m.indicators.find((i) => i.no === 11);
    expect(p11?.nama).toMatch(/Kriptografi/);
    expect(p11?.carries.flatMap((c) => c.documents)).toEqual([]);
  });

  it('the items the carried evidence may fill are covered; the others of the indicator are new', () => {
    const p1 = map([ARSITEKTUR]).indicators.find((i) => i.no === 1);
    expect(p1?.covered).toEqual(['I1-L2-02', 'I1-L3-02', 'I1-L4-02']);
    const fresh = p1?.newItems.map((n) => n.code) ?? [];
    expect(fresh).toContain('I1-L1-01');
    expect(fresh).not.toContain('I1-L2-02');
    expect(fresh.length + 3).toBe(pemdi.items?.items.filter((i) => i.indicator === 1).length);
    // Without evidence every item is new.
    expect(map([]).indicators.find((i) => i.no === 1)?.newItems.length).toBe(fresh.length + 3);
  });

  it('a document stands as the Pemdi side says: accepted or rejected by a reviewer, mapped from its text, or a candidate; totals count each pair once', () => {
    const standing = new Map<string, NewerStanding>([
      [SK_TIM.sha256, { accepted: [4], rejected: [1], mapped: [] }],
      [ARSITEKTUR.sha256, { accepted: [], rejected: [], mapped: [15] }],
    ]);
    const m = map([ARSITEKTUR, SK_TIM], standing);
    const status = (no: number, sha: string) => m.indicators.find((i) => i.no === no)?.carries.flatMap((c) => c.documents).find((d) => d.sha256 === sha)?.status;
    expect(status(4, SK_TIM.sha256)).toBe('diterima');
    expect(status(1, SK_TIM.sha256)).toBe('ditolak');
    expect(status(1, ARSITEKTUR.sha256)).toBe('kandidat');
    // The Arsitektur SPBE Perbup stands under Pemdi 1 and 15 (proses bisnis domain), the SK under Pemdi 1 and 4.
    // Mapped by the Pemdi rules from its text is not accepted: it still waits for the coordinator's confirmation.
    expect(status(15, ARSITEKTUR.sha256)).toBe('dipetakan');
    expect(m.totals).toMatchObject({ candidates: 4, diterima: 1, dipetakan: 1, ditolak: 1, kandidat: 1 });
    expect(m.earlierDocuments).toBe(2);
    expect(m.mark).toBe('UNSURE');
    expect(m.from).toMatchObject({ id: 'spbe-2020', name: 'SPBE' });
    expect(m.to).toMatchObject({ id: 'pemdi-2026', name: 'Pemdi' });
  });

  it('an indicator scored from a partner index asks for no new items', () => {
    for (const no of [5, 6, 7, 18]) expect(map([]).indicators.find((i) => i.no === no)?.newItems).toEqual([]);
    expect(map([]).totals.candidates).toBe(0);
  });

  it('the shipped crosswalk names only SPBE indicators that exist; a wrong number or item is a problem naming it', () => {
    expect(transitionSourceProblems(transition, spbe.instrument)).toEqual([]);
    const wrong: Transition = { ...transition, indicators: [{ indicator: 1, status: 'update', carry: [{ from: [99], items: [], note: 'x' }], new: null }] };
    expect(transitionSourceProblems(wrong, spbe.instrument)).toEqual(['indikator 1: indikator 99 tidak ada di spbe-2020']);
    const raw = {
      formatVersion: 1, instrument: 'pemdi-2026', from: 'spbe-2020', mark: 'UNSURE', note: 'n', names: { from: 'SPBE', to: 'Pemdi' },
      indicators: { '1': { status: 'update', carry: [{ earlier: [11], items: ['I2-L1-01'], note: 'x' }] } },
    };
    expect(() => parseTransition(raw, 't.yaml', pemdi.instrument, pemdi.items)).toThrow(/t\.yaml[\s\S]*indikator 2 belum ada di peta transisi/);
    expect(() => parseTransition(raw, 't.yaml', pemdi.instrument, pemdi.items)).toThrow(/indikator 1: butir I2-L1-01 milik indikator lain/);
  });
});
