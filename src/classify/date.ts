/**
 * The document's date and whether it was set. Preference: the penetapan block ("Ditetapkan di X
 * pada tanggal 6 Oktober 2025", "Dikeluarkan di X pada tanggal …" of an Instruksi or Surat Edaran,
 * "Ditetapkan di X, 6 Oktober 2025"), a dated meeting ("Hari/Tanggal: Senin, 3 Juni 2024"), "tanggal
 * 12 Maret 2024" and its English forms ("Report date: 12 May 2025", "Dated May 12, 2025"), a letter's place-and-date
 * line ("Sukamaju, 12 Maret 2024"), then any written date (English "March 12, 2024" read day first) and numeric dates ("03-06-2024"); last, a place-and-month line without a day
 * ("Sukamaju, Oktober 2024", the first of that month). Indonesian month names and their abbreviations; OCR'd years
 * such as "2O25".
 */
import type { PageText } from './document.ts';
import { dehyphenate, foldCase } from './normalize.ts';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agt: 8, agu: 8, ags: 8, agst: 8, aug: 8, august: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '([12][0-9oil]{3})';
const DAY = '([0-3]?[0-9])';
/** "15 April 2025", "15 bulan April tahun 2025" (berita acara). */
const WRITTEN = `${DAY}\\s*(?:bulan\\s+)?(${MONTH})\\.?\\s*,?\\s*(?:tahun\\s+)?${YEAR}(?![0-9])`;
const WEEKDAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)";

/** Penetapan and meeting dates, searched on every page in this order of preference. */
const STATED: RegExp[] = [
  new RegExp(`(?:ditetapkan|dikeluarkan|disahkan)\\s+di[\\s\\S]{0,80}?(?:pada\\s+)?tanggal\\s*:?\\s*${WRITTEN}`),
  new RegExp(`(?:ditetapkan|dikeluarkan|disahkan)\\s+di\\s+[\\p{L} .'-]{2,40}?\\s*,\\s*${WRITTEN}`, 'u'),
  new RegExp(`diundangkan\\s+di[\\s\\S]{0,80}?(?:pada\\s+)?tanggal\\s*:?\\s*${WRITTEN}`),
  new RegExp(`hari\\s*[/,]?\\s*(?:dan\\s+)?tanggal\\s*:?\\s*(?:${WEEKDAY}\\s*[,/]?\\s*)?${WRITTEN}`),
];
/** Weaker statements, searched near the start and the end of the document. */
const NEAR_EDGES: RegExp[] = [
  // A date field ("Tanggal : 12 Maret 2024", "Tgl. 3 Juni 2024") opening its line.
  new RegExp(`^[ \\t]*tanggal\\s*:?\\s*(?:${WEEKDAY}\\s*,?\\s*)?${WRITTEN}`, 'm'),
  // The English "tanggal" of a report's cover ("Report date: 12 May 2025", "Dated 3 June 2025"), before the dates of
  // the work it reports ("Testing took place between 14 and 25 April 2025").
  new RegExp(`(?<!\\p{L})(?:date|dated|issued(?:\\s+on)?)\\s*:?\\s*(?:\\p{L}+day\\s*,?\\s*)?${WRITTEN}`, 'u'),
  // The signature's place and date ("Rantau Jaya, 29 Agustus 2025"), before a date a sentence cites ("rekomendasi rapat
  // reviu tanggal 15 April 2025" is the date of the meeting the report follows up).
  new RegExp(`^[\\p{L} .'-]{3,40},\\s*${WRITTEN}\\s*$`, 'mu'),
  new RegExp(`tanggal\\s*:?\\s*(?:${WEEKDAY}\\s*,?\\s*)?${WRITTEN}`),
];
/** Any written date, likewise near the edges only. */
const ANY_WRITTEN = new RegExp(`(?:^|[^0-9])${DAY}\\s*(${MONTH})\\s+${YEAR}(?![0-9])`);
/** "Sukamaju, Oktober 2024": a report signed with the month only. */
const PLACE_MONTH = new RegExp(`^[\\p{L} .'-]{3,40},\\s*(${MONTH})\\.?\\s+${YEAR}\\s*$`, 'mu');
const NUMERIC = /(?:^|[^0-9])([0-3]?[0-9])[-/.]([01]?[0-9])[-/.]([12][0-9]{3})(?![0-9])/;
const ISO = /(?:^|[^0-9])([12][0-9]{3})-([01][0-9])-([0-3][0-9])(?![0-9])/;

const ENACTED = /\b(ditetapkan\s+di|dikeluarkan\s+di|disahkan\s+di|diundangkan\s+di|ditandatangani|tertanda|ttd\b|salinan sesuai dengan aslinya|telah ditetapkan)/;

function digits(text: string): number {
  return Number(text.replace(/o/g, '0').replace(/[il]/g, '1'));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromWritten(match: RegExpExecArray): string | null {
  const [, day, month, year] = match;
  if (day === undefined || month === undefined || year === undefined) return null;
  return isoDate(digits(year), MONTHS[month] ?? 0, digits(day));
}

const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const MONTH_NAMES = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/**
 * "Wanasari, 14-III-2025", "tanggal 14/III/2025": a Roman-numeral month after a place or "tanggal" (letter numbers such
 * as "005/12/III/2025" elsewhere are left alone).
 */
const ROMAN_DATE = new RegExp(`(,\\s*|tanggal\\s*:?\\s*)([0-3]?[0-9])\\s*[-/.]\\s*(${[...ROMAN_MONTHS].reverse().join('|')})\\s*[-/.]\\s*([12][0-9]{3})(?![0-9])`, 'g');
/** "18 of June 2025" (after the ordinal is dropped from "18th of June"). */
const DAY_OF_MONTH = new RegExp(`\\b([0-3]?[0-9])\\s+of\\s+(?=(?:${MONTH})\\b)`, 'g');
/** "March 12, 2024" (English reports), rewritten day first ("12 march 2024") after the ordinal is dropped. */
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+${DAY},?\\s+${YEAR}(?![0-9])`, 'gu');
/** "3rd February 2025", "February 3rd, 2025". */
const ORDINAL = /\b([0-3]?[0-9])(?:st|nd|rd|th)\b/g;

const UNITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const NUMBER_WORD = /^(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|belas|puluh|ratus|ribu)$/;

/** The value of Indonesian number words ("dua ribu dua puluh lima" → 2025), or null when they do not form a number. */
function numberOfWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  for (const w of words) {
    const unit = UNITS[w];
    if (unit !== undefined) current += unit;
    else if (w === 'sepuluh') current += 10;
    else if (w === 'sebelas') current += 11;
    else if (w === 'seratus') current += 100;
    else if (w === 'seribu') total += 1000;
    else if (w === 'belas') current = (current % 10) + 10 + Math.floor(current / 10) * 10;
    else if (w === 'puluh') current = (current % 10) * 10 + Math.floor(current / 10) * 10;
    else if (w === 'ratus') current = (current % 10) * 100 + Math.floor(current / 10) * 10;
    else if (w === 'ribu') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Runs of number words written as digits: "tanggal dua puluh tiga Juli dua ribu dua puluh empat" → "tanggal 23 juli 2024". */
function spellNumbers(text: string): string {
  return text.replace(/\b(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|belas|puluh|ratus|ribu)\b\s*)+/g, (run) => {
    const words = run.trim().split(/\s+/).filter((w) => NUMBER_WORD.test(w));
    const value = numberOfWords(words);
    return value === null || value === 0 ? run : `${value}${/\s$/.test(run) ? ' ' : ''}`;
  });
}

/** "tgl." and other short or misspelt forms of "tanggal" ("Wanasari, tgl. 7 Juli 2025", "pada tgl 2 Mei 2025"). */
const TANGGAL_SHORT = /(?<![\p{L}])(?:tgl|tggl|tangal|tanggai)\b\.?/gu;
/** A day OCR split into its digits before a month name ("1 2 Maret 2025" → "12 Maret 2025"). */
const SPLIT_DAY = new RegExp(`(?<![\\p{L}\\p{N}.,/-])([0-3]) ([0-9])(?=\\s*(?:${MONTH})(?![\\p{L}]))`, 'gu');
/** A year OCR split into its digits after a month name ("Mei 2 0 2 5", "Januari 2O2 5" → "Mei 2025"). */
const SPLIT_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH})(\\.?\\s+)([12](?: ?[0-9oil]){3})(?![0-9])`, 'gu');

/** Digits of a day or year that OCR set apart, and short forms of "tanggal", joined into the forms the patterns read. */
export function joinSplitDates(text: string): string {
  return text
    .replace(TANGGAL_SHORT, 'tanggal')
    .replace(SPLIT_DAY, '$1$2')
    .replace(SPLIT_YEAR, (_, month: string, gap: string, year: string) => `${month}${gap}${year.replace(/ /g, '')}`);
}

/**
 * Dates written in words, with Roman-numeral months or English ordinals, split by OCR or with "tgl.", rewritten to
 * the forms the patterns read. Expects folded (lowercase) text.
 */
function normaliseDates(text: string): string {
  return joinSplitDates(spellNumbers(text))
    .replace(ROMAN_DATE, (_, lead: string, day: string, roman: string, year: string) => `${lead}${day} ${MONTH_NAMES[ROMAN_MONTHS.indexOf(roman)] ?? roman} ${year}`)
    .replace(ORDINAL, '$1')
    .replace(DAY_OF_MONTH, '$1 ')
    .replace(MONTH_FIRST, (_, month: string, day: string, year: string) => `${day} ${month} ${year}`);
}

function folded(pages: readonly PageText[]): string[] {
  return pages.map((p) => normaliseDates(foldCase(dehyphenate(p.text))));
}

/** The first three and the last two pages (covers and signature blocks). */
function edges<T>(items: readonly T[]): T[] {
  return items.length <= 5 ? [...items] : [...items.slice(0, 3), ...items.slice(-2)];
}

function firstWritten(patterns: readonly RegExp[], texts: readonly string[]): string | null {
  for (const pattern of patterns) {
    for (const text of texts) {
      const match = pattern.exec(text);
      const iso = match === null ? null : fromWritten(match);
      if (iso !== null) return iso;
    }
  }
  return null;
}

export function detectDate(pages: readonly PageText[]): string | null {
  const all = folded(pages);
  const texts = edges(all);
  const written = firstWritten(STATED, all) ?? firstWritten([...NEAR_EDGES, ANY_WRITTEN], texts);
  if (written !== null) return written;
  for (const text of texts) {
    const n = NUMERIC.exec(text);
    const iso = n === null ? null : isoDate(Number(n[3]), Number(n[2]), Number(n[1]));
    if (iso !== null) return iso;
    const i = ISO.exec(text);
    const isoMatch = i === null ? null : isoDate(Number(i[1]), Number(i[2]), Number(i[3]));
    if (isoMatch !== null) return isoMatch;
  }
  for (const text of texts) {
    const [, month, year] = PLACE_MONTH.exec(text) ?? [];
    const iso = month === undefined || year === undefined ? null : isoDate(digits(year), MONTHS[month] ?? 0, 1);
    if (iso !== null) return iso;
  }
  return null;
}

/**
 * A regulation's number left blank in its heading: "NOMOR      TAHUN 2025", "NOMOR … TAHUN 2025", "NOMOR : ......"
 * (a naskah waiting for its number).
 */
const BLANK_NUMBER = /(?:^|\n)[ \t]*nomor[ \t]*:?(?:[ \t._…-]*tahun[ \t]+\d{4}|[ \t]*[._…]{3,})[ \t]*(?:\n|$)/;
/** A signature mark, or a penetapan with its date filled in ("Ditetapkan di Sukamaju pada tanggal 5 Juli 2024"). */
const SIGNED = /\b(?:ditandatangani|tertanda|ttd\b|salinan sesuai dengan aslinya)/;
const DATED_ENACTMENT = /\b(?:ditetapkan|dikeluarkan|disahkan|diundangkan)\s+di\b[^]{0,80}?\b(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})/u;

/**
 * True when the text shows a penetapan, promulgation or signature. A text with its number left blank that shows
 * neither a signature nor the date of its penetapan ("Ditetapkan di Sukamaju / pada tanggal / BUPATI SUKAMAJU,") is a
 * naskah still to be signed, whatever its heading says.
 */
export function showsEnactment(pages: readonly PageText[]): boolean {
  const texts = folded(pages);
  if (!texts.some((text) => ENACTED.test(text))) return false;
  const blank = texts.some((text) => BLANK_NUMBER.test(text));
  return !blank || texts.some((text) => SIGNED.test(text) || DATED_ENACTMENT.test(text));
}
