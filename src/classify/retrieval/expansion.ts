/**
 * The pack lexicon on the index side: a passage of the instrument that names a concept ("manajemen risiko",
 * "tim koordinasi SPBE", "audit keamanan") also holds, weighted below its own words, the words of the concept's
 * other forms ("risk management", "steering committee", "security audit"), so a document in other words, English
 * ones above all, meets the indicator word by word even where it does not write a whole form. Forms are matched
 * as index terms (stemmed, aliases folded), so "pengelolaan data" is found in "mengelola data".
 */
import type { Lexicon } from '../lexicon.ts';
import type { TermMap } from './terms.ts';

/** A concept as the index terms of each of its forms (null for a token without letters). */
export type TermConcept = readonly (readonly (string | null)[])[];

export function termConcepts(lexicon: Lexicon, tokensOf: (text: string) => string[], terms: TermMap): TermConcept[] {
  return lexicon.concepts.map((forms) => forms.map((form) => tokensOf(form).map((t) => terms.termOf(t))));
}

function occursIn(form: readonly (string | null)[], sequence: readonly (string | null)[]): boolean {
  if (form.length === 0) return false;
  for (let i = 0; i + form.length <= sequence.length; i++) {
    if (form.every((term, k) => term !== null && sequence[i + k] === term)) return true;
  }
  return false;
}

/**
 * The terms a passage gains from the lexicon: the words of every form of each concept one of whose forms occurs
 * in the passage's term sequence, less the passage's own terms and the `stop` terms.
 */
export function expansionTerms(sequence: readonly (string | null)[], concepts: readonly TermConcept[], stop: ReadonlySet<string>): Set<string> {
  const own = new Set(sequence);
  const out = new Set<string>();
  for (const forms of concepts) {
    if (!forms.some((form) => occursIn(form, sequence))) continue;
    for (const form of forms) {
      for (const term of form) if (term !== null && !own.has(term) && !stop.has(term)) out.add(term);
    }
  }
  return out;
}
