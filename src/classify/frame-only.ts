/**
 * A document that is only the frame of one, with nothing of its own in it: a cover page (title, publisher, year), a
 * table of contents, or a form or template not filled in (rows of empty cells, dotted blanks to write on). It names
 * its subject in capitals and so scores as the real document would; on its own it proves nothing, and the person who
 * filed it is asked for the whole document (or the filled form).
 */
import { isCapitalLetters, isContentsEntry } from './places.ts';

export type FrameKind = 'sampul' | 'daftar-isi' | 'formulir-kosong';

/** What the frame is, as a reason shows it. */
export const FRAME_LABELS: Readonly<Record<FrameKind, string>> = {
  sampul: 'hanya halaman sampul (judul, penerbit, tahun) tanpa isi dokumen',
  'daftar-isi': 'hanya daftar isi tanpa isi dokumen',
  'formulir-kosong': 'formulir atau templat yang belum diisi (baris dan isian masih kosong)',
};

/** A cover holds no more words than this, every line in capitals or a few words (a logo's caption, a year). */
const COVER_MAX_WORDS = 40;
const COVER_TITLE_MIN_WORDS = 3;
const FRAME_MAX_PAGES = 2;
/** A table of contents: most of its lines are entries with a page number. */
const CONTENTS_MIN_ENTRIES = 4;
const CONTENTS_SHARE = 0.6;
/** … or it is headed so, lists chapters and holds no sentence of its own (OCR lost the leaders and pages). */
const CONTENTS_HEAD = /^(daftar\s+[il1|][s5][il1|]|table\s+of\s+contents|contents)\b/i;
const CHAPTER = /^(bab|bagian|chapter)\s+\S+/i;
/** The heading may follow the title of the document it belongs to ("BUKU PROFIL DINAS …" over "DAFTAR ISI"). */
const CONTENTS_HEAD_LINES = 8;
const CONTENTS_MIN_CHAPTERS = 3;
/** A blank form: this many empty rows and blanks together, in no more words than this. */
const BLANKS_MIN = 5;
const FORM_MAX_WORDS = 250;
/** … or a form so headed, with blanks or filling instructions, and no row filled in. */
const FORM_HEAD = /^(formulir|form|formular|blanko|templat|template|lembar\s+isian|format\s+isian)\b/i;
const FORM_HEAD_BLANKS = 2;
const FILLING_INSTRUCTIONS = /\b(petunjuk\s+pengisian|diisi\s+oleh|cara\s+pengisian)\b/i;
/** A row with content: a number, then words (OCR keeps the words of a filled row, of an empty one only specks). */
const FILLED_ROW = /^\d{1,3}[.)]?\s*\|?\s*(?:\S+\s*\|?\s*){0,2}(?:\p{L}{3,}[\s|,;]+){3,}/u;
/** A sentence: words in ordinary case to a full stop. */
const SENTENCE_MIN_WORDS = 8;

/** A blank to write on: a run of dots or underscores that no page number follows ("Tahun : .........", "(........)"). */
const BLANK = /(?:\.\s?){6,}(?!\s*[\divxlO]{1,4}\s*$)|_{6,}/g;
/** A table row with no cell filled in ("3 | | | | |"). */
const EMPTY_ROW = /^\s*\d{0,3}\s*(?:\|\s*){2,}$/;

const wordsOf = (line: string): number => line.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

function isSentence(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const lower = line.match(/\p{Ll}/gu) ?? [];
  return wordsOf(line) >= SENTENCE_MIN_WORDS && lower.length >= letters.length / 2 && /[.!?]$/.test(line);
}

function isContents(lines: readonly string[]): boolean {
  const entries = lines.filter(isContentsEntry).length;
  if (entries >= CONTENTS_MIN_ENTRIES && entries / lines.length >= CONTENTS_SHARE) return true;
  const headed = lines.slice(0, CONTENTS_HEAD_LINES).some((l) => CONTENTS_HEAD.test(l));
  return headed && lines.filter((l) => CHAPTER.test(l)).length >= CONTENTS_MIN_CHAPTERS && !lines.some(isSentence);
}

function isBlankForm(lines: readonly string[], words: number): boolean {
  const blanks = lines.reduce((n, l) => n + (EMPTY_ROW.test(l) ? 1 : 0) + [...l.matchAll(BLANK)].length, 0);
  if (blanks >= BLANKS_MIN && words <= FORM_MAX_WORDS) return true;
  const instructed = blanks >= FORM_HEAD_BLANKS || lines.some((l) => FILLING_INSTRUCTIONS.test(l));
  return FORM_HEAD.test(lines[0] ?? '') && instructed && words <= FORM_MAX_WORDS && !lines.some((l) => FILLED_ROW.test(l));
}

/**
 * What the document is the frame of, or null when it has content of its own. A regulation's heading alone is no cover
 * (its first page as a scan read it), so `regulation` skips that test.
 */
export function frameOnly(pages: readonly string[], regulation: boolean): FrameKind | null {
  const filled = pages.filter((p) => p.trim().length > 0);
  if (filled.length === 0 || filled.length > FRAME_MAX_PAGES) return null;
  const lines = filled.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter((l) => l.length > 0);
  const words = lines.reduce((n, l) => n + wordsOf(l), 0);
  if (isContents(lines)) return 'daftar-isi';
  if (isBlankForm(lines, words)) return 'formulir-kosong';
  return !regulation && isCover(filled, lines, words) ? 'sampul' : null;
}

/**
 * A line with no word to read: a year ("2O25"), a page mark, a placeholder for an image ("[logo]", which a photo may
 * read as "logo)"), a speck.
 */
const NO_WORDS = /^(?:[^\p{L}]|\p{L}(?!\p{L}{3}))*$|^[[(]?\p{L}{1,5}[\])]?$|^\[[^\]]*\]$/u;

/**
 * A cover: one page of a few lines, each in capitals (a title, the issuer, the unit) or without words (a year, the
 * logo), one of them a title of some words; no field ("Nomor :"), no sentence, no menu.
 */
function isCover(pages: readonly string[], lines: readonly string[], words: number): boolean {
  if (pages.length !== 1 || lines.length < 2 || words > COVER_MAX_WORDS || lines.some((l) => l.includes(':'))) return false;
  return lines.every((l) => isCapitalLetters(l) || NO_WORDS.test(l)) && lines.some((l) => wordsOf(l) > COVER_TITLE_MIN_WORDS);
}
