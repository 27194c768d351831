/** Consistency rules for an instrument beyond its shape: tree levels, unique numbers, nested weights, level texts. */
import { instrumentSchema } from './schema.ts';
import type { Group, Indicator, Instrument } from '../types/instrument.ts';
import { UserError } from '../shared/errors.ts';

/** Weights are decimals with at most two places; sums may differ from the parent by float noise only. */
export const WEIGHT_TOLERANCE = 1e-6;

/** Total of the top-level group weights: weights are percentages of the whole index. */
export const TOTAL_WEIGHT = 100;

function num(value: number): string {
  return String(Number(value.toFixed(6))).replace('.', ',');
}

function sum(values: number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

function groupLabel(group: Group): string {
  return `${group.tingkat} ${group.no} (${group.nama})`;
}

function levelKeys(inst: Instrument): string[] {
  const keys: string[] = [];
  for (let level = inst.tingkatMin; level <= inst.tingkatMax; level += 1) keys.push(String(level));
  return keys;
}

function indicatorProblems(inst: Instrument, indicator: Indicator): string[] {
  const expected = levelKeys(inst).join(',');
  const fields: Array<[string, Record<string, string> | undefined]> = [
    ['kriteria', indicator.kriteria],
    ['buktiDukung', indicator.buktiDukung],
    ['pemenuhan', indicator.pemenuhan],
  ];
  const problems: string[] = [];
  for (const [field, texts] of fields) {
    if (texts === undefined) continue;
    const actual = Object.keys(texts)
      .sort((a, b) => Number(a) - Number(b))
      .join(',');
    if (actual !== expected) {
      problems.push(`indikator ${indicator.no}: "${field}" memuat tingkat [${actual}], seharusnya [${expected}]`);
    }
  }
  const scale = indicator.skalaEksternal;
  if (indicator.sumberNilai === 'eksternal' && scale === undefined) {
    problems.push(`indikator ${indicator.no}: sumberNilai "eksternal" memerlukan "skalaEksternal" (indeks mitra dan rentang tiap tingkat)`);
  }
  if (scale !== undefined) {
    const levels = inst.tingkatMax - inst.tingkatMin + 1;
    if (scale.band.length !== levels) {
      problems.push(`indikator ${indicator.no}: "skalaEksternal.band" memuat ${scale.band.length} rentang, seharusnya ${levels}`);
    }
    if (scale.band.some(([from, to], i) => from >= to || (i > 0 && from !== scale.band[i - 1]?.[1]))) {
      problems.push(`indikator ${indicator.no}: rentang "skalaEksternal.band" harus naik dan bersambung (akhir satu rentang = awal berikutnya)`);
    }
  }
  return problems;
}

function treeProblems(inst: Instrument, groups: Group[], depth: number, problems: string[]): void {
  const expectedLevel = inst.hierarki[depth];
  const isLeafLevel = depth === inst.hierarki.length - 1;
  for (const group of groups) {
    if (group.tingkat !== expectedLevel) {
      problems.push(
        `${groupLabel(group)}: tingkat hierarki "${group.tingkat}", seharusnya "${expectedLevel ?? '(tidak ada)'}"`,
      );
    }
    if (isLeafLevel) {
      if (group.groups.length > 0) problems.push(`${groupLabel(group)}: tingkat terbawah tidak boleh punya subkelompok`);
      if (group.indicators.length === 0) problems.push(`${groupLabel(group)}: tidak punya indikator`);
      const total = sum(group.indicators.map((i) => i.bobot));
      if (Math.abs(total - group.bobot) > WEIGHT_TOLERANCE) {
        problems.push(`${groupLabel(group)}: bobot indikatornya berjumlah ${num(total)}, seharusnya ${num(group.bobot)}`);
      }
      for (const indicator of group.indicators) problems.push(...indicatorProblems(inst, indicator));
    } else {
      if (group.indicators.length > 0) {
        problems.push(`${groupLabel(group)}: indikator hanya boleh ada di tingkat "${inst.hierarki.at(-1)}"`);
      }
      if (group.groups.length === 0) problems.push(`${groupLabel(group)}: tidak punya subkelompok`);
      const total = sum(group.groups.map((g) => g.bobot));
      if (Math.abs(total - group.bobot) > WEIGHT_TOLERANCE) {
        problems.push(`${groupLabel(group)}: bobot subkelompoknya berjumlah ${num(total)}, seharusnya ${num(group.bobot)}`);
      }
      treeProblems(inst, group.groups, depth + 1, problems);
    }
  }
}

function duplicates(values: number[]): number[] {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    else seen.add(v);
  }
  return [...dup].sort((a, b) => a - b);
}

function collect(groups: Group[], byLevel: Map<string, number[]>, indicatorNos: number[]): void {
  for (const group of groups) {
    byLevel.set(group.tingkat, [...(byLevel.get(group.tingkat) ?? []), group.no]);
    indicatorNos.push(...group.indicators.map((i) => i.no));
    collect(group.groups, byLevel, indicatorNos);
  }
}

/** Every inconsistency of a shape-valid instrument, in Indonesian; empty when the instrument is sound. */
export function instrumentProblems(inst: Instrument): string[] {
  const problems: string[] = [];
  const levelCount = inst.tingkatMax - inst.tingkatMin + 1;
  if (levelCount < 2) problems.push(`tingkatMax (${inst.tingkatMax}) harus lebih besar dari tingkatMin (${inst.tingkatMin})`);
  for (const capability of ['proses', 'layanan'] as const) {
    const labels = inst.labelTingkat[capability];
    if (labels.length !== levelCount) {
      problems.push(`labelTingkat.${capability} berisi ${labels.length} label, seharusnya ${levelCount}`);
    }
  }
  const mins = inst.predikat.map((p) => p.min);
  if (mins.some((m, i) => i > 0 && m >= (mins[i - 1] ?? Infinity))) {
    problems.push('predikat harus urut dari batas bawah tertinggi ke terendah, tanpa batas yang sama');
  }
  const lowest = mins.at(-1);
  if (lowest !== undefined && lowest > inst.tingkatMin) {
    problems.push(`batas bawah predikat terendah (${num(lowest)}) harus ≤ tingkatMin (${inst.tingkatMin})`);
  }

  if (new Set(inst.hierarki).size !== inst.hierarki.length) problems.push('nama dalam hierarki harus unik');
  treeProblems(inst, inst.groups, 0, problems);
  const total = sum(inst.groups.map((g) => g.bobot));
  if (Math.abs(total - TOTAL_WEIGHT) > WEIGHT_TOLERANCE) {
    problems.push(`bobot ${inst.hierarki[0]} teratas berjumlah ${num(total)}, seharusnya ${TOTAL_WEIGHT}`);
  }

  const byLevel = new Map<string, number[]>();
  const indicatorNos: number[] = [];
  collect(inst.groups, byLevel, indicatorNos);
  for (const [level, nos] of byLevel) {
    const dup = duplicates(nos);
    if (dup.length > 0) problems.push(`nomor ${level} ganda: ${dup.join(', ')}`);
  }
  const dupIndicators = duplicates(indicatorNos);
  if (dupIndicators.length > 0) problems.push(`nomor indikator ganda: ${dupIndicators.join(', ')}`);
  return problems;
}

/** Validates raw JSON as an instrument (shape, then consistency); `source` names the file in errors. */
export function parseInstrument(raw: unknown, source: string): Instrument {
  const parsed = instrumentSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(akar berkas)';
      return `  - kolom "${field}": ${issue.message}`;
    });
    throw new UserError(`Berkas instrumen ${source} tidak sesuai format:\n${lines.join('\n')}\nPerbaiki berkas tersebut.`);
  }
  const problems = instrumentProblems(parsed.data);
  if (problems.length > 0) {
    throw new UserError(
      `Berkas instrumen ${source} tidak konsisten:\n${problems.map((p) => `  - ${p}`).join('\n')}\nPerbaiki berkas tersebut.`,
    );
  }
  return parsed.data;
}
