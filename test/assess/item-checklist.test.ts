/** The coded-item checklist over a small assessment of the real Pemdi pack: states, the berjenjang stop, locking. */
import { describe, expect, it } from 'vitest';
import { itemChecklist, itemsBySha } from '../../src/assess/item-checklist.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Assessment, EvidenceRef, IndicatorAssessment, LevelResult } from '../../src/types/assessment.ts';

const pack = loadPack('pemdi-2026');
const items = pack.items!;

const ref = (sha256: string): EvidenceRef => ({ sha256, path: `Diskominfo/${sha256}.pdf`, opd: 'DISKOMINFO', pages: 1, score: 0.9, confidence: 'tinggi', source: 'content', kind: 'laporan', date: null });

/** Indicator 13 with the given requirement ids met by document `a`. */
function assessment(met: string[], climb: 'stepwise' | 'highest' = 'stepwise'): Assessment {
  const levels: LevelResult[] = [1, 2, 3, 4, 5].map((level) => ({
    level, label: '', criterion: '', met: false,
    requirements: items.items.filter((i) => i.indicator === 13 && i.level === level).map((i) => {
      const ok = met.includes(i.code.toLowerCase());
      return { id: i.code.toLowerCase(), label: i.text, met: ok, evidence: ok ? [{ sha256: 'a', path: 'Diskominfo/a.pdf', opd: 'DISKOMINFO', kind: 'laporan', date: null, page: 1, phrase: null }] : [], missing: ok ? null : 'x', notes: [] };
    }),
  }));
  const ind: IndicatorAssessment = {
    id: 13, nama: 'Aplikasi', claimedLevel: 1.5, targetLevel: 2, supportedLevel: 0, penjelasan: '', supportReasons: [], status: 'kurang',
    penanggungJawab: [], documents: [ref('a'), ref('b')], candidates: [], findings: [],
    levels: { climb, credit: 'linear', level: 0, value: 1.17, levels, next: null },
  };
  return { instansi: 'X', tahun: 2026, instrument: 'pemdi-2026', indeks: null, indeksBukti: { instrument: 'pemdi-2026', indeks: 1, predikat: 'Kurang', groups: {} }, indeksTarget: { instrument: 'pemdi-2026', indeks: 2, predikat: 'Cukup', groups: {} }, indicators: [ind], matrix: [], findings: [] };
}

describe('itemChecklist', () => {
  it('stops at the first incomplete level and locks the levels above it', () => {
    const i13 = itemChecklist(assessment(['i13-l1-01', 'i13-l2-01']), pack.instrument, items).find((c) => c.no === 13)!;
    expect(i13.stop).toBe(1);
    expect(i13.levels.map((l) => l.locked)).toEqual([false, true, true, true, true]);
    expect(i13.levels[0]?.items.map((r) => r.state)).toEqual(['ada', 'belum', 'belum']);
    expect(i13.levels[1]?.items[0]?.state).toBe('ada');
    expect(i13.value).toBe(1.17);
  });

  it('names the accepted documents meeting no item, and every code a document meets', () => {
    const checklist = itemChecklist(assessment(['i13-l1-01', 'i13-l2-01']), pack.instrument, items);
    expect(checklist.find((c) => c.no === 13)?.unitemized.map((e) => e.sha256)).toEqual(['b']);
    expect(itemsBySha(checklist).get('a')).toEqual(['I13-L1-01', 'I13-L2-01']);
  });

  it('locks nothing when the climb is not berjenjang, and never asks to upload external items', () => {
    const checklist = itemChecklist(assessment(['i13-l1-01'], 'highest'), pack.instrument, items);
    expect(checklist.find((c) => c.no === 13)?.levels.some((l) => l.locked)).toBe(false);
    const i5 = checklist.find((c) => c.no === 5)!;
    expect(i5.external).toBe(true);
    expect(i5.stop).toBeNull();
    expect(i5.levels.flatMap((l) => l.items).every((r) => r.state === 'eksternal')).toBe(true);
  });
});
