/**
 * The pack's lexicon for retrieval: a document's form of a concept ("steering committee", "enterprise
 * architecture", "pemerintah digital") is also read as the concept's first form, the instrument's own words ("tim
 * koordinasi SPBE", "arsitektur SPBE", "SPBE"), so a text in other words still meets the instrument's texts.
 */
import type { AliasIndex } from '../document.ts';
import { buildDocModel } from '../document.ts';
import type { Lexicon } from '../lexicon.ts';
import type { TermMap } from './terms.ts';

export interface Fold {
  /** The form as document tokens (skeleton, aliases folded). */
  from: string[];
  /** The term ids of the concept's first form. */
  to: number[];
}

/** Folds keyed by their first token, longest first. */
export type FoldIndex = ReadonlyMap<string, readonly Fold[]>;

function tokensOf(text: string, aliases: AliasIndex): string[] {
  return buildDocModel([{ no: 1, text }], aliases).tokens;
}

export function buildFolds(lexicon: Lexicon, aliases: AliasIndex, terms: TermMap, ids: ReadonlyMap<string, number>): FoldIndex {
  const index = new Map<string, Fold[]>();
  for (const forms of lexicon.concepts) {
    const [first, ...others] = forms;
    if (first === undefined) continue;
    const canonical = tokensOf(first, aliases);
    const to = canonical.flatMap((t) => {
      const id = ids.get(terms.termOf(t) ?? '');
      return id === undefined ? [] : [id];
    });
    if (to.length === 0) continue;
    for (const form of others) {
      const from = tokensOf(form, aliases);
      const head = from[0];
      if (head === undefined || from.join(' ') === canonical.join(' ')) continue;
      const list = index.get(head) ?? [];
      list.push({ from, to });
      list.sort((a, b) => b.from.length - a.from.length);
      index.set(head, list);
    }
  }
  return index;
}

/** The fold whose form starts at token `t` of `tokens` and ends before `end`, or undefined. */
export function foldAt(folds: FoldIndex, tokens: readonly string[], t: number, end: number): Fold | undefined {
  const list = folds.get(tokens[t] ?? '');
  return list?.find((f) => t + f.from.length <= end && f.from.every((token, k) => tokens[t + k] === token));
}
