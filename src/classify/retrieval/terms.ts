/**
 * Index terms: skeleton tokens (normalize.ts, aliases folded) reduced to one root with the stemmer of stem.ts.
 * stem.ts gives every plausible root of a word; the term is the shortest of them that the instrument itself
 * uses as a word, so "mengoordinasikan", "pengoordinasian" and "koordinasi" become "koordinasi", and
 * "pelayanan" becomes "layanan". A word none of whose roots the instrument uses cannot match any passage and is
 * kept as is (it only counts for the length of its section).
 */
import { stemCandidates } from '../stem.ts';

const HAS_LETTER = /\p{L}/u;
const MEMO_LIMIT = 50_000;

export class TermMap {
  private readonly known: ReadonlySet<string>;
  private readonly memo = new Map<string, string>();

  /** `words`: the skeleton tokens of the instrument's texts. */
  constructor(words: Iterable<string>) {
    this.known = new Set(words);
  }

  /** The index term of one skeleton token, or null for tokens without letters (numbers, punctuation stand-ins). */
  termOf(token: string): string | null {
    if (!HAS_LETTER.test(token)) return null;
    const cached = this.memo.get(token);
    if (cached !== undefined) return cached;
    let term = token;
    let best = Infinity;
    for (const candidate of stemCandidates(token)) {
      if (this.known.has(candidate) && candidate.length < best) {
        term = candidate;
        best = candidate.length;
      }
    }
    if (this.memo.size > MEMO_LIMIT) this.memo.clear();
    this.memo.set(token, term);
    return term;
  }
}
