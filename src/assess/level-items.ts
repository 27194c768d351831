/** What one evidence item shows for a level requirement: a signal, a content check found in its text, or in its name. */
import type { LevelProfiles } from '../types/levels.ts';
import type { EvidenceItem } from './evidence.ts';
import { kindLabel } from '../shared/vocabulary.ts';
import { dateText, fileName } from './messages.ts';
import { signalLabel } from './signals.ts';
import { firstPhrase, listSome } from './text.ts';

export interface Shown {
  /** The signal or check shown. */
  name: string;
  /** 1-based page of the line, or null when no page is known. */
  page: number | null;
  /** The line of text, the phrase found in the file name or mapping reasons, or the signal's description. */
  phrase: string | null;
}

/**
 * Whether `item` shows the signal or check `name`: the classifier's signal, a fact read from the text, or (only for
 * classifications stored before facts) one of the check's phrases among the file name and mapping reasons. A text
 * whose facts were read and lack the check does not show it: the mapping reasons may quote its considerations.
 */
export function shows(item: EvidenceItem, name: string, checks: LevelProfiles['checks']): Shown | null {
  if (item.signals.includes(name)) return { name, page: null, phrase: signalLabel(name) };
  if (item.facts !== null) {
    const fact = item.facts.find((f) => f.check === name);
    return fact === undefined ? null : { name, page: fact.page, phrase: fact.phrase };
  }
  const check = checks[name];
  if (check === undefined) return null;
  const phrase = firstPhrase(item.haystack, check.phrases);
  return phrase === null ? null : { name, page: null, phrase };
}

/** The Indonesian label of a signal or check. */
export function labelOf(name: string, checks: LevelProfiles['checks']): string {
  return checks[name]?.label ?? signalLabel(name);
}

/** `"Perbup 5.pdf" (peraturan, 12 Maret 2024)`. */
export function describeItem(item: EvidenceItem): string {
  const date = item.date === null ? '' : `, ${dateText(item.date)}`;
  return `"${fileName(item.path)}" (${kindLabel(item.kind)}${date})`;
}

/** `"a.pdf" (detail), "b.pdf", dan 2 lainnya`: up to three file names with an optional detail each. */
export function namesText(items: readonly EvidenceItem[], detail?: (item: EvidenceItem) => string): string {
  return listSome(items.map((i) => `"${fileName(i.path)}"${detail ? ` (${detail(i)})` : ''}`));
}
