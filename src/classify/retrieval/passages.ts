/**
 * The instrument's own texts per indicator, cut into passages the retrieval matches documents against: the name,
 * the question, the penjelasan (one passage per paragraph), and per level the criterion (kriteria), the evidence
 * expected (bukti dukung) and the fulfilment criterion (kriteria pemenuhan).
 */
import type { RetrievalMatch } from '../../types/classification.ts';
import type { Indicator } from '../../types/instrument.ts';

export type PassageSource = RetrievalMatch['source'];

export interface Passage {
  indicator: number;
  source: PassageSource;
  /** The level (1..5) of a criterion, evidence or fulfilment text; null for the name, question and penjelasan. */
  level: number | null;
  text: string;
}

const MIN_CHARS = 12;

function perLevel(indicator: number, source: PassageSource, texts: Readonly<Record<string, string>> | undefined): Passage[] {
  return Object.entries(texts ?? {})
    .map(([level, text]) => ({ indicator, source, level: Number(level), text }))
    .filter((p) => Number.isInteger(p.level) && p.text.trim().length >= MIN_CHARS)
    .sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
}

/** Every passage of the indicators, in indicator order. */
export function indicatorPassages(indicators: readonly Indicator[]): Passage[] {
  return indicators.flatMap((ind): Passage[] => {
    const paragraphs = ind.penjelasan.split(/\n+/).filter((t) => t.trim().length >= MIN_CHARS);
    return [
      { indicator: ind.no, source: 'nama', level: null, text: `${ind.nama}. ${ind.namaPendek}` },
      { indicator: ind.no, source: 'pertanyaan', level: null, text: ind.pertanyaan },
      ...paragraphs.map((text): Passage => ({ indicator: ind.no, source: 'penjelasan', level: null, text })),
      ...perLevel(ind.no, 'kriteria', ind.kriteria),
      ...perLevel(ind.no, 'bukti', ind.buktiDukung),
      ...perLevel(ind.no, 'pemenuhan', ind.pemenuhan),
    ];
  });
}
