/**
 * Marks that OCR makes of a dash, a bullet or a colon. Tesseract reads a printed dash or a list bullet as "~" and a
 * field's colon as "©", "«", "»", "®" or "¢" ("Nomor » 005/…", "KEDUA © Arsitektur SPBE …", "Karangasri ~ Pemerintah
 * Provinsi …", "~ Operator menyampaikan …"); the dateline, the letter's fields, the diktum and the list items are then
 * no longer what they are. Such a mark standing alone between spaces is put back as what it stood for: at the start
 * of a line a bullet ("-"), after the one to three words of a field's label a colon, elsewhere "~" a dash ("–"); a
 * lone mark at the end of a line is dropped. Marks inside a word and every other character are left as read. Pure.
 */

/** What OCR makes of a colon (and of a bullet). */
const COLON_MARKS = '©«»®¢';
/** A token that is nothing but such marks (or a tilde). */
const LONE_MARK = new RegExp(`^[~${COLON_MARKS}]+$`, 'u');
const TILDE_ONLY = /^~+$/;
/** A colon read as a guillemet glued to the value ("Pimpinan Rapat «Sekretaris Daerah …"). */
const GLUED_GUILLEMET = /^[«»](?=\p{L})/u;
/** A field's label: at most this many words before the colon ("Tempat", "Pimpinan Rapat", "Tanggal Pembuatan Dokumen"). */
const LABEL_MAX_WORDS = 3;
/** A label is words, not a sentence that ended ("… tertutup:"). */
const LABEL_WORD = /^[\p{L}\d][\p{L}\d.'/()-]*$/u;

/** The line with its lone marks put back as the dash, bullet or colon they stood for. */
function tidyLine(line: string): string {
  const parts = line.split(/(\s+)/);
  // parts alternate word, space, word …; a leading space makes parts[0] ''.
  const words = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.length > 0 && !/^\s+$/.test(p));
  if (words.length === 0) return line;
  const out = [...parts];
  words.forEach(({ p, i }, k) => {
    const first = k === 0;
    const last = k === words.length - 1;
    const label = k >= 1 && k <= LABEL_MAX_WORDS && words.slice(0, k).every((w) => LABEL_WORD.test(w.p) && !LONE_MARK.test(w.p));
    if (LONE_MARK.test(p)) {
      if (first) out[i] = last ? '' : '-';
      else if (last) out[i] = '';
      else if (TILDE_ONLY.test(p)) out[i] = '–';
      else if (label) out[i] = ':';
      return;
    }
    if (label && GLUED_GUILLEMET.test(p)) out[i] = `: ${p.slice(1)}`;
  });
  return out.join('').trimEnd();
}

/** OCR text with the marks it made of dashes, bullets and colons put back. */
export function tidyOcrMarks(text: string): string {
  return text
    .split('\n')
    .map((line) => (/[~©«»®¢]/u.test(line) ? tidyLine(line) : line))
    .join('\n');
}
