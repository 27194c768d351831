/** Year over year: last year's result beside this year's claim and what the evidence supports. Pure. */
import type { Assessment } from '../types/assessment.ts';
import type { PreviousResult } from './previous-results.ts';
import { formatDecimal } from '../shared/format.ts';
import { supportedValue } from '../assess/values.ts';

export type Trend = 'naik' | 'turun' | 'tetap' | 'baru';

export interface YearRow {
  no: number;
  nama: string;
  /** Last year's value, or null when the earlier result has none for this indicator. */
  sebelumnya: number | null;
  klaim: number | null;
  /** The value the evidence supports (decimal under linear credit, Pemdi; the supported level otherwise). */
  didukung: number;
  /** This year's claim (else the supported value) against last year's value. */
  perubahan: number | null;
  arah: Trend;
}

export interface YearComparison {
  tahunSebelumnya: number;
  tahun: number;
  indeksSebelumnya: number | null;
  indeks: number | null;
  indeksBukti: number;
  rows: YearRow[];
  /** Every imported year of this instrument with its index, oldest first, then this year's claimed index. */
  tren: { tahun: number; indeks: number | null; sumber: 'riwayat' | 'klaim' }[];
}

function trendOf(change: number | null): Trend {
  if (change === null) return 'baru';
  if (Math.abs(change) < 1e-9) return 'tetap';
  return change > 0 ? 'naik' : 'turun';
}

/** The latest earlier result of the assessment's instrument before its year, or null when none is imported. */
export function previousFor(results: readonly PreviousResult[], assessment: Pick<Assessment, 'tahun' | 'instrument'>): PreviousResult | null {
  const earlier = results.filter((r) => r.instrumen === assessment.instrument && r.tahun < assessment.tahun);
  return earlier.at(-1) ?? null;
}

export function compareYears(previous: PreviousResult, results: readonly PreviousResult[], assessment: Assessment): YearComparison {
  const rows = assessment.indicators.map((ind): YearRow => {
    const before = previous.nilai[String(ind.id)];
    const sebelumnya = before ?? null;
    const didukung = supportedValue(ind);
    const now = ind.claimedLevel ?? didukung;
    const perubahan = sebelumnya === null ? null : Math.round((now - sebelumnya) * 100) / 100;
    return { no: ind.id, nama: ind.namaPendek ?? ind.nama, sebelumnya, klaim: ind.claimedLevel, didukung, perubahan, arah: trendOf(perubahan) };
  });
  const tren = results
    .filter((r) => r.instrumen === assessment.instrument && r.tahun < assessment.tahun)
    .map((r) => ({ tahun: r.tahun, indeks: r.indeks, sumber: 'riwayat' as const }));
  return {
    tahunSebelumnya: previous.tahun,
    tahun: assessment.tahun,
    indeksSebelumnya: previous.indeks,
    indeks: assessment.indeks?.indeks ?? null,
    indeksBukti: assessment.indeksBukti.indeks,
    rows,
    tren: [...tren, { tahun: assessment.tahun, indeks: assessment.indeks?.indeks ?? null, sumber: 'klaim' }],
  };
}

/** How many indicators went up, down, or stayed. */
export function trendCounts(c: YearComparison): Record<'naik' | 'turun' | 'tetap', number> {
  const count = (arah: Trend) => c.rows.filter((r) => r.arah === arah).length;
  return { naik: count('naik'), turun: count('turun'), tetap: count('tetap') };
}

/** "2021: 2,95 → 2026: 2,87 (klaim)". */
export function trendText(c: YearComparison): string {
  return c.tren.map((t) => `${t.tahun}: ${t.indeks === null ? '–' : formatDecimal(t.indeks)}${t.sumber === 'klaim' ? ' (klaim)' : ''}`).join(' → ');
}
