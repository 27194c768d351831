/**
 * The mapping lexicon of an instrument pack (`files.lexicon`, e.g. `src/instruments/spbe-2020/lexicon.yaml`): groups
 * of terms practitioners use for the same concept (synonyms, the instrument's own equivalents, English vendor-report
 * terms, the post-2023 "Pemerintah Digital" vocabulary). Every rule phrase that contains one form of a concept is
 * also matched with each other form in its place; a match of such a variant counts as a match of the rule phrase.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError, errorMessage } from '../shared/errors.ts';

const conceptSchema = z.object({
  /** Every form of the concept, e.g. ["tim koordinasi SPBE", "tim pengarah TIK", "steering committee"]. */
  forms: z.array(z.string().min(1).refine((form) => form.trim() === form, 'bentuk tidak boleh diawali atau diakhiri spasi')).min(2),
  /** Where the equivalence comes from (the instrument's penjelasan, the domain guide, common usage). */
  source: z.string().min(1).optional(),
});

export const lexiconSchema = z.object({
  formatVersion: z.literal(1),
  instrument: z.string().min(1),
  concepts: z.array(conceptSchema).default([]),
});

export type LexiconFile = z.infer<typeof lexiconSchema>;

/** Concepts as lists of forms; an empty lexicon when a pack has none. */
export interface Lexicon {
  concepts: readonly (readonly string[])[];
}

export const EMPTY_LEXICON: Lexicon = { concepts: [] };

/** Two substitutions at most ("peta rencana SPBE" → "roadmap pemerintah digital"), and a bounded number of variants. */
const MAX_DEPTH = 2;
const MAX_VARIANTS = 24;

function escape(text: string): string {
  // Characters special in a Unicode-mode pattern; "-" is not escaped there (an error outside a class).
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface CompiledForm {
  text: string;
  /**
   * The form, case-insensitive, anywhere (global): whether a letter or digit touches it is checked apart (`findForm`).
   * Compiled into every pattern, the boundary class `[\p{L}\p{N}]` cost about 1 ms per form.
   */
  pattern: RegExp;
}

/** What may not touch a form on either side. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const compiled = new WeakMap<Lexicon, CompiledForm[][]>();

function compiledConcepts(lexicon: Lexicon): CompiledForm[][] {
  const known = compiled.get(lexicon);
  if (known !== undefined) return known;
  const out = lexicon.concepts.map((forms) => forms.map((text) => ({ text, pattern: new RegExp(escape(text).replace(/\s+/g, '\\s+'), 'giu') })));
  compiled.set(lexicon, out);
  return out;
}

function letterOrDigitAt(codePoint: number | undefined): boolean {
  return codePoint !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `index`. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(index - 2) : low;
}

/** The first place the form stands in `phrase` with no letter or digit right before or after it. */
function findForm(phrase: string, form: CompiledForm): { start: number; end: number } | null {
  const { pattern } = form;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(phrase); m !== null; m = pattern.exec(phrase)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!letterOrDigitAt(codePointBefore(phrase, start)) && !letterOrDigitAt(phrase.codePointAt(end))) return { start, end };
    pattern.lastIndex = start + ((phrase.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/** The variants of a rule phrase: each form of a concept it contains replaced by each other form (not the phrase itself). */
export function expandPhrase(text: string, lexicon: Lexicon): string[] {
  const concepts = compiledConcepts(lexicon);
  const seen = new Set([text.toLowerCase()]);
  const variants: string[] = [];
  let frontier = [text];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const phrase of frontier) {
      for (const forms of concepts) {
        let place: { start: number; end: number } | null = null;
        const present = forms.find((f) => (place = findForm(phrase, f)) !== null);
        if (present === undefined || place === null) continue;
        const { start, end } = place;
        for (const other of forms) {
          if (other === present) continue;
          const variant = phrase.slice(0, start) + other.text + phrase.slice(end);
          const key = variant.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          if (variants.length >= MAX_VARIANTS) return variants;
          variants.push(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return variants;
}

/** Validates a parsed lexicon file; `instrument` must be the pack's id. */
export function parseLexicon(raw: unknown, source: string, instrument: string): Lexicon {
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`);
    throw new UserError(`Berkas leksikon ${source} tidak valid: ${issues.join('; ')}. Perbaiki berkas tersebut.`);
  }
  if (parsed.data.instrument !== instrument) {
    throw new UserError(`Berkas leksikon ${source} untuk instrumen "${parsed.data.instrument}"; samakan dengan nama folder paketnya ("${instrument}").`);
  }
  return { concepts: parsed.data.concepts.map((c) => c.forms) };
}

/** Reads and validates one lexicon file; any problem is a UserError naming the file. */
export function readLexiconFile(file: string, instrument: string): Lexicon {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Berkas leksikon ${file} tidak dapat dibaca: ${errorMessage(err)}. Perbaiki sintaksnya.`);
  }
  return parseLexicon(raw, file, instrument);
}
