/**
 * Indicator numbers named by a file's location: `I10`, `Ind 10`, `Indikator 10`, `Indikator_01`,
 * `Indikator1a-…`, `IK-10_…`, a folder `10 - Tim Koordinasi`, ranges and lists ("Indikator 1-10",
 * "Indikator 10 dan 19"). Years ("2025") and other numbers ("Nomor 10", "Perbup 81") are not hints.
 */
import type { PageText } from './document.ts';

export interface PathHint {
  indicator: number;
  /** The part of the path that named it, e.g. "Indikator_10". */
  fragment: string;
}

/** The indicator numbers of the instrument (its pack's `indicatorNumbers`). */
export interface NumberRange {
  min: number;
  max: number;
}

const NUM = '0?(\\d{1,2})(?![0-9])';
const LIST_TAIL = `((?:\\s*(?:,|&|\\+|dan|and)\\s*${NUM})*)`;
const RANGE_TAIL = `(?:\\s*(?:-|–|s\\.?\\s?d\\.?|sampai|hingga)\\s*${NUM}(?![a-z]))?`;
const PREFIXED = new RegExp(
  `(?:^|[^a-z0-9])((?:indikator|indicator|ind|ik)(?:\\s*ke)?[\\s._-]*${NUM}[a-z]?${RANGE_TAIL}${LIST_TAIL})`,
  'gi',
);
/** Upper-case only, so "Core_i5" is no hint. */
const BARE_I = new RegExp(`(?:^|[^A-Za-z0-9])(I-?${NUM})(?![0-9])`, 'g');
const LEADING = /^\s*0?(\d{1,2})\s*(?:-|–|_|\.|\))\s*(?=\p{L})/u;
const LIST_NUMBERS = new RegExp(NUM, 'g');

function inRange(n: number, range: NumberRange): boolean {
  return Number.isInteger(n) && n >= range.min && n <= range.max;
}

function numbersIn(fragment: string, range: NumberRange): number[] {
  const valid = (n: number): boolean => inRange(n, range);
  const head = /(?:indikator|indicator|ind|ik)(?:\s*ke)?[\s._-]*/i.exec(fragment);
  const rest = head === null ? fragment : fragment.slice(head.index + head[0].length);
  const span = /^0?(\d{1,2})[a-z]?\s*(?:-|–|s\.?\s?d\.?|sampai|hingga)\s*0?(\d{1,2})$/i.exec(rest.trim());
  if (span !== null) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (valid(from) && valid(to) && to > from && to - from <= 20) {
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    }
  }
  return [...rest.matchAll(LIST_NUMBERS)].map((m) => Number(m[1])).filter(valid);
}

/** Hints from one path segment (a folder name or a file name without extension). */
function segmentHints(segment: string, isFolder: boolean, range: NumberRange): PathHint[] {
  const valid = (n: number): boolean => inRange(n, range);
  const hints: PathHint[] = [];
  for (const m of segment.matchAll(PREFIXED)) {
    const fragment = (m[1] ?? '').trim();
    for (const n of numbersIn(fragment, range)) hints.push({ indicator: n, fragment });
  }
  for (const m of segment.matchAll(BARE_I)) {
    const n = Number(m[2]);
    if (valid(n)) hints.push({ indicator: n, fragment: m[1] ?? '' });
  }
  const leading = isFolder ? LEADING.exec(segment) : null;
  if (leading !== null && valid(Number(leading[1]))) hints.push({ indicator: Number(leading[1]), fragment: segment.trim() });
  return hints;
}

function withoutExtension(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '');
}

/** Hints from every path of the document to indicators in `range`, one per indicator (the first fragment wins). */
export function pathHints(paths: readonly string[], range: NumberRange): PathHint[] {
  const byIndicator = new Map<number, PathHint>();
  for (const p of paths) {
    const segments = p.split(/[\\/]+/).filter((s) => s.length > 0);
    segments.forEach((segment, i) => {
      const isFile = i === segments.length - 1;
      const text = isFile ? withoutExtension(segment) : segment;
      for (const hint of segmentHints(text, !isFile, range)) if (!byIndicator.has(hint.indicator)) byIndicator.set(hint.indicator, hint);
    });
  }
  return [...byIndicator.values()].sort((a, b) => a.indicator - b.indicator);
}

/**
 * The descriptive part of the location as a pseudo page (file name and sub-folders, without the OPD
 * folder), so phrases such as "Tim Koordinasi SPBE" in a file name count as a path signal.
 */
export function pathText(paths: readonly string[]): PageText[] {
  const lines = paths.flatMap((p) => {
    const segments = p.split(/[\\/]+/).filter((s) => s.length > 0);
    const relevant = segments.length > 1 ? segments.slice(1) : segments;
    return relevant.map((s, i) => (i === relevant.length - 1 ? withoutExtension(s) : s).replace(/[_+]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
  });
  return [{ no: 0, text: lines.join('\n') }];
}
