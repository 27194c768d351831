/**
 * The highest level the accepted evidence of one indicator supports, with Indonesian reasons. A suggestion for the
 * coordinator and the assessors: it never replaces the claimed level.
 */
import type { Indicator, Instrument } from '../types/instrument.ts';
import type { EvidenceItem } from './evidence.ts';
import { yearsBefore } from './dates.ts';
import type { LadderContext, LevelEstimate } from './ladder.ts';
import { processLevel } from './process-ladder.ts';
import { serviceLevel } from './service-ladder.ts';

export interface SupportOptions {
  /** ISO date used as today. */
  today: string;
  /** `pemetaan.masaBerlakuReviuTahun`: reviews older than this do not count. */
  reviewYears: number;
}

function ladderContext(instrument: Instrument, indicator: Indicator, opts: SupportOptions): LadderContext {
  return {
    instrumentId: instrument.id,
    labels: instrument.labelTingkat[indicator.kapabilitas],
    cutoff: yearsBefore(opts.today, opts.reviewYears),
    reviewYears: opts.reviewYears,
  };
}

/** Estimates the level supported by `items` (the indicator's accepted, readable evidence). */
export function supportedLevel(
  instrument: Instrument,
  indicator: Indicator,
  items: readonly EvidenceItem[],
  opts: SupportOptions,
): LevelEstimate {
  const ctx = ladderContext(instrument, indicator, opts);
  return indicator.kapabilitas === 'layanan' ? serviceLevel(items, ctx) : processLevel(indicator, items, ctx);
}
