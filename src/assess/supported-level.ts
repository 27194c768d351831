/**
 * The highest level the accepted evidence of one indicator supports, read from the indicator's level profile in its
 * pack, with Indonesian reasons and the structured analysis. A suggestion for the coordinator and the assessors: it
 * never replaces the claimed level.
 */
import type { Indicator, Instrument, Substitution } from '../types/instrument.ts';
import type { LevelProfiles } from '../types/levels.ts';
import type { EvidenceItem } from './evidence.ts';
import { yearsBefore } from './dates.ts';
import type { LevelEstimate } from './ladder.ts';
import { analyseLevels } from './level-climb.ts';
import { levelReasons } from './level-reasons.ts';
import { namesText } from './level-items.ts';
import { splitReviews } from './reviews.ts';

export interface SupportOptions {
  /** ISO date used as today. */
  today: string;
  /** `pemetaan.masaBerlakuReviuTahun`: reviews older than this do not count. */
  reviewYears: number;
  /** The indicator's substitutions the assessors reject (the pack's; empty for a pack without them). */
  substitutions: readonly Substitution[];
}

/** Estimates the level supported by `items` (the indicator's accepted, readable evidence). */
export function supportedLevel(
  instrument: Instrument,
  profiles: LevelProfiles,
  indicator: Indicator,
  items: readonly EvidenceItem[],
  opts: SupportOptions,
): LevelEstimate {
  const cutoff = yearsBefore(opts.today, opts.reviewYears);
  // A screenshot of a login page only shows that an application exists: it supports no level. Another instansi's
  // document (a neighbour's portal filed as a reference) shows that instansi's service, not ours.
  const usable = items.filter((i) => !i.loginOnly && i.otherInstansi === null);
  const logins = items.filter((i) => i.loginOnly);
  const foreign = items.filter((i) => !i.loginOnly && i.otherInstansi !== null);
  const profile = profiles.indicators[String(indicator.no)] ?? { indicator: indicator.no, levels: [] };
  const analysis = analyseLevels(profile, usable, {
    profiles,
    labels: instrument.labelTingkat[indicator.kapabilitas],
    criteria: indicator.kriteria,
    cutoff,
    reviewYears: opts.reviewYears,
    substitutions: opts.substitutions,
  });
  const reviews = splitReviews(usable, cutoff);
  const loginNote = logins.length > 0 ? [`${namesText(logins)} hanya menampilkan halaman login; halaman login saja tidak mendukung tingkat apa pun.`] : [];
  const foreignNote = foreign.map((i) => `${namesText([i])} milik instansi lain (${i.otherInstansi ?? ''}), bukan layanan atau dokumen instansi ini, sehingga tidak mendukung tingkat; konfirmasi pemetaannya bila dokumen itu memang milik instansi ini.`);
  const notes = [...loginNote, ...foreignNote];
  const reasons = usable.length === 0 ? (notes.length > 0 ? notes : ['Belum ada bukti dukung yang diterima untuk indikator ini.']) : [...levelReasons(analysis), ...notes];
  return {
    level: analysis.level,
    value: analysis.value,
    reasons,
    analysis,
    expiredReviews: reviews.expired,
    hasCurrentReview: reviews.counted.length > 0,
  };
}
