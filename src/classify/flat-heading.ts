/**
 * Headings that OCR or text extraction flattened into one line ("PERATURAN BUPATI SUKAMAJU NOMOR 5 TAHUN 2024
 * TENTANG ARSITEKTUR SPBE DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI SUKAMAJU, Menimbang : …") are split back into the
 * lines a heading has, so the title area, the "tentang" clause, the kind and the issuer are found as in a well-laid
 * out document. Only long lines at the top of page 1 are touched. A flattened heading the page then wrapped into lines
 * of its width ("… PERATURAN WALI KOTA" / "BANDAR SERUNI NOMOR 21 TAHUN 2025 TENTANG …" / "…"), as a scan or print
 * of such a text reads, is joined back into one line first.
 */

const HEAD_LINES = 3;
const LONG_LINE_WORDS = 10;
const MIN_RUN_WORDS = 3;

/** Where a regulation heading breaks: before its number, its subject, the preamble and the considerations. */
const STRUCTURE = /\s(?=(?:nomor|no\.)\s*[:\d]|tentang\b|dengan rahmat\b|menimbang\b|mengingat\b|memperhatikan\b|memutuskan\b|menetapkan\b|perihal\s*:|hal\s*:)/giu;
/** Kind words in capitals that open a new heading line after a flattened letterhead ("… INFORMATIKA LAPORAN …"). */
const KIND_WORD = /\s(?=(?:LAPORAN|PERATURAN|KEPUTUSAN|INSTRUKSI|SURAT EDARAN|NOTULEN|UNDANGAN|NOTA DINAS|DOKUMEN|PEDOMAN|PANDUAN|STANDAR OPERASIONAL|RENCANA|DAFTAR|REGISTER|SIARAN PERS|BERITA ACARA|PERJANJIAN|NOTA KESEPAHAMAN|MANUAL)\b)/gu;
/** A regulation heading, or what is left of one when the scan lost its kind line ("NOMOR 19 TAHUN 2024 TENTANG …"). */
const REGULATION_HEAD = /^(salinan\s+)?(draf\s+|rancangan\s+|konsep\s+)?(peraturan|keputusan|instruksi|surat edaran|surat keputusan|perbup|perwal|pergub)\b|^nomor\s*:?\s*\d+\s+tahun\s+\d{4}\s+tentang\b/i;
/** A word in capitals; OCR's "l" for "I" inside one ("BUPATl", "KOMUNlKASI") leaves it in capitals. */
const CAPITAL_WORD = /^[^\p{Ll}]*\p{Lu}(?:[^\p{Ll}]|l)*$/u;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

/** The leading run of words in capitals, when the line goes on in ordinary case ("LAPORAN … 2025 Dokumen ini …"). */
function splitCapitalsRun(line: string): string[] {
  const ws = words(line);
  let run = 0;
  while (run < ws.length && (CAPITAL_WORD.test(ws[run] ?? '') || !/\p{L}/u.test(ws[run] ?? ''))) run++;
  // Numbers and punctuation only ("2025", "-") belong to the run but do not make one.
  if (run < MIN_RUN_WORDS || run === ws.length) return [line];
  return [ws.slice(0, run).join(' '), ws.slice(run).join(' ')];
}

function splitAt(line: string, pattern: RegExp): string[] {
  return line
    .split(pattern)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A regulation kind in capitals after a run-in letterhead or issuer line ("BUPATI SERAYU PERATURAN BUPATI …"). */
const REGULATION_WORD = /\s(?=(?:PERATURAN|KEPUTUSAN|INSTRUKSI|SURAT EDARAN)\s)/u;

/** The letterhead, issuer or "SALINAN" stamp run into a regulation heading is split off before it. */
function splitBeforeRegulation(line: string): string[] {
  if (REGULATION_HEAD.test(line)) return [line];
  const at = REGULATION_WORD.exec(line)?.index;
  if (at === undefined) return [line];
  const lead = line.slice(0, at).trim();
  const heading = line.slice(at).trim();
  // Only a lead before the subject: "… TENTANG PERUBAHAN ATAS PERATURAN …" is one subject.
  if (/\btentang\b/i.test(lead) || !REGULATION_HEAD.test(heading)) return [line];
  return [lead, heading];
}

/**
 * A number inside the subject cites another act ("TENTANG PELAKSANAAN PERATURAN PRESIDEN NOMOR 39 TAHUN 2019",
 * "TENTANG PERUBAHAN ATAS PERATURAN BUPATI NOMOR 3 TAHUN 2020"): it stays with the subject, not a heading line of its own.
 */
function keepCitedNumbers(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^tentang\b/i.test(prev) && /^(nomor|no\.)/i.test(part)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out;
}

/** The official who sets the act, run in after its subject ("… TAHUN 2019 BUPATI KEPULAUAN SANGIR LAUT,"): the preamble's first line. */
const TRAILING_OFFICIAL = /\s(?=(?:BUPATI|WALI\s?KOTA|GUBERNUR)(?:\s+[^\s,]+){1,4}\s*,\s*$)/u;

/** One flattened line → the heading lines it holds; other lines come back unchanged. */
function splitLine(line: string): string[] {
  const trimmed = line.trim();
  if (words(trimmed).length <= LONG_LINE_WORDS) return [line];
  return splitBeforeRegulation(trimmed).flatMap((part) => {
    const structured = REGULATION_HEAD.test(part) ? keepCitedNumbers(splitAt(part, STRUCTURE)) : [part];
    // The subject after "TENTANG" may itself hold kind words ("TENTANG PERUBAHAN ATAS PERATURAN …").
    return structured.flatMap((p) => (/^tentang\b/i.test(p) ? splitAt(p, TRAILING_OFFICIAL) : splitAt(p, KIND_WORD))).flatMap(splitCapitalsRun);
  });
}

const WRAPPED_MAX_LINES = 6;
const WRAPPED_MIN_WORDS = 6;
/** A structure word inside a line rather than at its start: the heading's lines were run together. */
const MID_STRUCTURE = /\s(?:nomor\s*:?\s*\d|tentang\b|dengan rahmat\b|menimbang\b)/giu;
const MIN_MID_STRUCTURE = 2;
/** Blank lines OCR may leave between two lines of one wrapped heading. */
const MAX_BLANK_GAP = 1;

/** A full line in capitals: numbers ("5", "2024") count as neither. */
function inCapitals(line: string): boolean {
  const ws = words(line);
  const worded = ws.filter((w) => /\p{L}/u.test(w));
  return ws.length >= WRAPPED_MIN_WORDS && worded.filter((w) => CAPITAL_WORD.test(w)).length >= 0.8 * worded.length;
}

/**
 * The first lines joined into one when they are a flattened heading wrapped at the page width: consecutive full lines
 * in capitals (and the line that ends the run), with structure words running on inside them. OCR may set a blank line
 * between two of them (it read them as two blocks); a blank line inside the run is dropped with the join. Specks read
 * above the heading stay where they are.
 */
/** A speck a photo or scan read above the heading ("i", "|", "~"): no word of two letters. */
const SPECK = /^[^\p{L}]*\p{L}?[^\p{L}]*$/u;

function joinWrappedHeading(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim().length > 0 && !SPECK.test(l.trim()));
  const filled = lines.flatMap((l, i) => (i >= first && first >= 0 && l.trim().length > 0 ? [i] : []));
  const start = filled[0];
  if (start === undefined) return [...lines];
  let count = 1;
  while (count < filled.length && count < WRAPPED_MAX_LINES) {
    const prev = lines[filled[count - 1] ?? start] ?? '';
    const gap = (filled[count] ?? 0) - (filled[count - 1] ?? 0) - 1;
    // "BUPATI SUKAMAJU," (the official opening the preamble) ends a heading as a full stop does.
    if (gap > MAX_BLANK_GAP || !inCapitals(prev) || /[.;:,]$/.test(prev.trim())) break;
    count++;
  }
  const run = filled.slice(0, count).map((i) => (lines[i] ?? '').trim());
  const mid = run.reduce((n, l) => n + [...l.matchAll(MID_STRUCTURE)].length, 0);
  if (run.length < 2 || mid < MIN_MID_STRUCTURE) return [...lines];
  const end = (filled[count - 1] ?? start) + 1;
  return [...lines.slice(0, start), run.join(' '), ...lines.slice(end)];
}

/** The lines of page 1 with flattened headings among its first lines split back. */
export function splitFlatHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const line of joinWrappedHeading(lines)) {
    if (line.trim().length === 0 || seen >= HEAD_LINES) {
      out.push(line);
      continue;
    }
    seen++;
    out.push(...splitLine(line));
  }
  return out;
}
