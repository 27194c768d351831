/** Indonesian building blocks for reasons and finding messages: files, OPDs, kinds, dates, evidence needed. */
import type { Config } from '../types/config.ts';
import type { Indicator } from '../types/instrument.ts';
import type { LevelAnalysis } from '../types/assessment.ts';
import { formatDate } from '../shared/format.ts';
import { shorten } from '../shared/format.ts';

/** The file's name only: "DISKOMINFO/01/Perbup.pdf" → "Perbup.pdf". */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** How messages point at a file in the shared folder: "watch/DISKOMINFO/Perbup.pdf". */
export function fileRef(path: string): string {
  return `"watch/${path}"`;
}

/** "12 Maret 2024", or "tanpa tanggal". */
export function dateText(date: string | null): string {
  return date === null ? 'tanpa tanggal' : formatDate(date);
}

/** "indikator 12 (Peta Rencana SPBE)". */
export function indicatorText(indicator: Indicator): string {
  return `indikator ${indicator.no} (${indicator.namaPendek})`;
}

/**
 * The whole level whose evidence a claimed or required value rests on: a level itself, and for a decimal value
 * (Pemdi 2,25: level 1 done and most of level 2) the level it lies in. Messages name that level's evidence.
 */
export function wholeLevel(value: number): number {
  return Math.floor(value + 1e-9);
}

/**
 * The evidence the instrument expects for `level`, shortened for one message (each paragraph to its first clause),
 * ending with "." or "…" so callers do not add punctuation.
 */
export function evidenceNeeded(indicator: Indicator, level: number, max = 240): string {
  const source = indicator.buktiDukung[String(level)] ?? indicator.kriteria[String(level)] ?? '';
  const clauses = source
    .split('\n')
    .map((line) => line.split(';')[0]?.trim() ?? '')
    .filter((line) => line !== '');
  const perClause = Math.max(60, Math.floor(max / Math.max(1, clauses.length)));
  const text = shorten(clauses.map((c) => shorten(c, perClause).replace(/[\s.;:,]+$/, '')).join(' + '), max);
  return text.endsWith('…') ? text : `${text}.`;
}

export interface OpdNames {
  /** "Dinas Komunikasi dan Informatika (DISKOMINFO)", or the kode when the config does not list it. */
  label(kode: string): string;
  /** The OPD's name, or the kode. */
  nama(kode: string): string;
  /** The watch/ folder of the OPD ("watch/<kode>/" when unknown). */
  folder(kode: string): string;
}

export function opdNames(config: Config): OpdNames {
  const byKode = new Map(config.opd.map((o) => [o.kode, o]));
  return {
    label: (kode) => {
      const o = byKode.get(kode);
      return o ? `${o.nama} (${o.kode})` : kode;
    },
    nama: (kode) => byKode.get(kode)?.nama ?? kode,
    folder: (kode) => `watch/${byKode.get(kode)?.folder ?? kode}/`,
  };
}

/** The suffix after a file reference: " (OPD DISKOMINFO)", or " (folder tanpa OPD)". */
export function opdSuffix(kode: string | null): string {
  return kode === null ? ' (folder tanpa OPD)' : ` (OPD ${kode})`;
}

/**
 * What `level` still needs: the requirements of that level the evidence does not meet yet (so a message never asks
 * again for an item that already has evidence), or the evidence the instrument expects for the level when the
 * analysis does not reach it or meets all of it.
 */
export function stillNeeded(indicator: Indicator, analysis: LevelAnalysis, level: number, max = 240): string {
  const unmet = analysis.levels.find((l) => l.level === level)?.requirements.filter((r) => !r.met) ?? [];
  if (unmet.length === 0) return evidenceNeeded(indicator, level, max);
  const text = shorten(unmet.map((r) => r.label.replace(/[\s.;:,]+$/, '')).join(' + '), max);
  return text.endsWith('…') ? text : `${text}.`;
}
