/**
 * Letter-spaced headings ("P E R A T U R A N  B U P A T I  S E R A Y U", "N O M O R  8  T A H U N  2 0 2 5"), as
 * typeset for emphasis and as OCR and text extraction return them, are collapsed back into words before the title,
 * kind and issuer are read: letters one space apart form a word, a wider gap separates words. When OCR kept no wider
 * gap ("P E R A T U R A N B U P A T I"), the run is split where letters meet digits and before the words a heading is
 * made of (the kinds of document, the issuers' titles, "nomor", "tahun", "tentang"). A line is touched only when it
 * holds a run of at least four single letters one space apart, so ordinary text ("di", "a. bahwa") stays.
 */

const MIN_RUN = 4;
const SINGLE = /^[\p{L}\p{N}][.,:;]?$/u;
const LETTER = /^\p{L}[.,:;]?$/u;

/** Words Indonesian headings are made of, longest first; a run without word gaps is split before them. */
const HEADING_WORDS = [
  'pelaksanaan', 'operasional', 'sekretaris', 'pemerintah', 'peraturan', 'keputusan', 'instruksi', 'kabupaten',
  'indonesia', 'walikota', 'gubernur', 'provinsi', 'undangan', 'anggaran', 'prosedur', 'republik', 'laporan',
  'notulen', 'tentang', 'rencana', 'dokumen', 'pedoman', 'menteri', 'standar', 'daftar', 'bupati', 'edaran',
  'daerah', 'kepala', 'berita', 'nomor', 'tahun', 'surat', 'rapat', 'hasil', 'audit', 'acara', 'kerja', 'dinas',
  'wali', 'kota', 'nota',
];
/** Only these long words are looked for inside an unknown stretch (a short one may sit inside a name). */
const INNER_MIN = 6;
const SUFFIX = /^(an|kan|nya)(?![aeiou])/;
/** Runs at least this long are split; a shorter one is one word ("DATA", "SPBE"). */
const SPLIT_MIN = 10;

/** True for a token of one letter or digit (perhaps closed by punctuation, "U,"). */
function isSingle(token: string): boolean {
  return SINGLE.test(token);
}

/** Letters of one stretch split before heading words: at its start, and before a long one inside. */
function splitLetters(stretch: string): string[] {
  const out: string[] = [];
  let rest = stretch;
  while (rest.length > 0) {
    const lower = rest.toLowerCase();
    // "PEMERINTAHAN" is no "PEMERINTAH" + "AN": a word followed by a suffix is not split off.
    const head = HEADING_WORDS.find((w) => lower.startsWith(w) && !SUFFIX.test(lower.slice(w.length)));
    if (head !== undefined) {
      out.push(rest.slice(0, head.length));
      rest = rest.slice(head.length);
      continue;
    }
    let at = -1;
    for (const w of HEADING_WORDS) {
      if (w.length < INNER_MIN) continue;
      const i = lower.indexOf(w, 1);
      if (i > 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return out;
}

/** A word collapsed from a run without word gaps, split where letters meet digits and before heading words. */
function segment(word: string): string[] {
  if (word.length < SPLIT_MIN) return [word];
  const stretches = word.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? [word];
  return stretches.flatMap((s) => (/^\p{L}+$/u.test(s) ? splitLetters(s) : [s])).filter((s) => s.length > 0);
}

/** The line with its letter-spaced words collapsed; other lines come back unchanged. */
export function collapseLetterSpacing(line: string): string {
  // Alternating tokens and gaps: [token, gap, token, gap, …].
  const parts = line.trim().split(/(\s+)/);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const gaps = parts.filter((_, i) => i % 2 === 1);
  if (!hasRun(tokens, gaps)) return line;
  // Word gaps wider than one space mark the words; without any, the run is split by the heading words.
  const gapless = !gaps.some((g) => g.length > 1);
  const words: string[] = [];
  let current = '';
  let joined = 0;
  const flush = (): void => {
    if (current.length > 0) words.push(...(gapless && joined > 0 ? segment(current) : [current]));
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const gapBefore = i === 0 ? '' : (gaps[i - 1] ?? ' ');
    const joins = i > 0 && gapBefore === ' ' && isSingle(token) && isSingle(tokens[i - 1] ?? '') && !/[.,:;]$/.test(tokens[i - 1] ?? '');
    if (joins) {
      current += token;
      joined++;
      continue;
    }
    flush();
    current = token;
    joined = 0;
  }
  flush();
  return words.join(' ');
}

/** A run of MIN_RUN single letters, each one space from the next (digits alone, "1 2 3 4", make none). */
function hasRun(tokens: readonly string[], gaps: readonly string[]): boolean {
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const single = LETTER.test(tokens[i] ?? '');
    if (!single) {
      run = 0;
      continue;
    }
    run = run > 0 && gaps[i - 1] === ' ' ? run + 1 : 1;
    if (run >= MIN_RUN) return true;
  }
  return false;
}
