/**
 * Where a line sits in a document: the title area (first lines of page 1), the "tentang …" clause
 * (or the subject of a letter or minutes), a heading (BAB/Bagian/Paragraf, lines in capitals,
 * numbered headings), or the body. A phrase in the title weighs more than a passing mention.
 */
import type { MatchPlace } from '../types/classification.ts';
import { foldCase } from './normalize.ts';
import { isTitleCase } from './title-case.ts';

const TITLE_LINES = 12;
const TITLE_MAX_WORDS = 10;
const TENTANG_MAX_LINES = 5;
const HEADING_MAX_WORDS = 14;
/** A heading OCR flattened onto one line (title, subtitle, number, region) is rarely longer. */
const FLAT_TITLE_MAX_WORDS = 28;

/** "Menimbang" alone: a margin label; text extraction may place it above the title it belongs under. */
const LONE_BODY_LABEL = /^(menimbang|mengingat|memperhatikan)\s*:?\s*$/;
/**
 * "Yth. : Sekretaris Daerah" is a memo's address field, not the start of a letter's body. "Pada hari ini …" opens the
 * body of a berita acara: a photo or scan that broke its sentence into short lines has no title lines after it.
 */
const BODY_START = /^(dengan rahmat|menimbang|mengingat|dengan hormat|yth\b(?!\.?\s*:)|kepada yth|memperhatikan|bahwa\b|pasal\s+\d|pada hari ini\b)/;
/**
 * "Pembahasan", "I. PENDAHULUAN", "Executive Summary": the label of a body section on a line of its own. The title and
 * the fields of minutes or a report are above it; a photo or scan that lost a list's numbers and broke its items into
 * short lines would otherwise carry the title area on into them.
 */
const BODY_SECTION_LABEL =
  /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*[.)]\s*)?(pembahasan|hasil pembahasan|hasil rapat|pokok pembahasan|kesimpulan|kesimpulan dan rekomendasi|latar belakang|pendahuluan|ringkasan eksekutif|ringkasan|uraian kegiatan|pelaksanaan kegiatan|dasar hukum|maksud dan tujuan|susunan acara|jadwal acara|jadwal kegiatan|rangkaian acara|daftar isi|executive summary|introduction|background|summary|key findings|findings|table of contents|contents|programme|program schedule|agenda)\s*:?\s*$/;
/**
 * "1. Application governance and change control": the first item of a numbered list. Under a title, a list is the
 * body (the areas an audit examined, the points of minutes), not more title lines.
 */
const LIST_ITEM = /^\d{1,2}\s*[.)]\s+\p{L}/u;
/** "1. Ruang Lingkup", "2. Metodologi": a numbered line this short is a section's name, read as before. */
const LIST_HEADING_MAX_WORDS = 4;
/**
 * "08.00 - 08.30 Registrasi Peserta", "09.45–10.30 Sesi 1: …", "13:00 Panel …": a row of a schedule. The title of an
 * event's programme is above it; its session titles, in title case, are the programme's body.
 */
const SCHEDULE_ROW = /^\d{1,2}[.:]\d{2}(?:\s*(?:-|–|s\.?d\.?|sampai)\s*\d{1,2}[.:]\d{2})?\s+\p{L}/u;
/**
 * ": a. bahwa …": a consideration whose margin label OCR or text extraction read as a column of its own ("Menimbang"
 * elsewhere, the colon left at the start of the clause).
 */
const COLON_CLAUSE = /^:\s*(?:[a-z]\s*[.)]|\d{1,2}\s*[.)])?\s*bahwa\b/;
/** A field or clause at least this long may be wrapped onto the next lines, which carry on its value. */
const WRAPPED_FIELD_WORDS = 8;
const ENDS_CLAUSE = /[.;:!?]$/;
const TENTANG_ALONE_OR_END = /(^|\s)tentang\s*:?\s*$/;
const TENTANG_START = /^tentang\s*:?\s*\S/;
const TENTANG_STOP = /^(dengan rahmat|menimbang|mengingat|memutuskan|menetapkan|pasal\s+\d|bab\s)/;
/**
 * "BUPATI SUKAMAJU,": the official who sets a regulation or decree, with its comma, opens the preamble after the
 * subject (also at the end of a subject line, "… TAHUN 2025-2029 BUPATI SUKAMAJU,", when a photo or flat text joined
 * them; "PERATURAN BUPATI SUKAMAJU," names a regulation, not the official). What follows is the preamble and the
 * dictum, never title lines, even where OCR lost "Menimbang"/"MEMUTUSKAN" and broke a dictum's sentence into short lines.
 */
const PREAMBLE_OFFICIAL = /(^|\s)(?<!(peraturan|keputusan|instruksi|edaran)\s)(bupati|wali\s?kota|gubernur|presiden|menteri)(\s+[\p{L}.'-]+){0,8}\s*,$/u;
const SUBJECT = /^(perihal|hal|acara|agenda|kegiatan|judul|topik)\s*[:.]/;
const MENETAPKAN = /^menetapkan\b/;
/**
 * A memo's fields whose colons OCR lost ("Dari Kepala Dinas …", "Tgl 8 Oktober 2025", "Hal Laporan …"): a field word
 * in ordinary case, then a value that starts with a capital or a digit. Headings in capitals ("NOMOR 5 TAHUN 2024")
 * are none.
 */
const FIELD_WORDS = ['Kepada', 'Yth', 'Dari', 'Nomor', 'No', 'Tanggal', 'Tgl', 'Sifat', 'Lampiran', 'Tembusan'];
const SUBJECT_WORDS = ['Perihal', 'Hal'];
const BARE_FIELD = new RegExp(`^(${FIELD_WORDS.join('|')})\\.?\\s+[\\p{Lu}\\d]`, 'u');
const BARE_SUBJECT = new RegExp(`^(${SUBJECT_WORDS.join('|')})\\s+\\p{Lu}`, 'u');
const MEMO_FIELD_LINES = 4;
/** A letter's field word opening a line whose colon OCR misread ("Nomor “1 005/611/…"): still a field. */
const LETTER_FIELD_WORD = new RegExp(`^(${[...FIELD_WORDS, ...SUBJECT_WORDS].join('|').toLowerCase()})\\b`);
/** This many fields after the title end the title area for lines in ordinary case. */
const FIELDS_END_TITLE = 2;
const MEMO_FIELDS_MIN = 2;

/** A letter's field as OCR may leave it, without its colon ("Dari Kepala Dinas …", "Perihal Rekapitulasi …"). */
export function isBareLetterField(line: string): boolean {
  const t = line.trim();
  return BARE_FIELD.test(t) || BARE_SUBJECT.test(t);
}

/** "Kepada Yth. Sekretaris Daerah" over more fields of a memo is its address field, not the start of a letter's body. */
function addressesMemo(lines: readonly string[], i: number): boolean {
  if (!/^kepada\b/i.test((lines[i] ?? '').trim())) return false;
  const next = lines.slice(i + 1).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, MEMO_FIELD_LINES);
  return next.filter((l) => isBareLetterField(l) || /^(dari|nomor|no|tanggal|tgl|sifat|lampiran|perihal|hal)\.?\s*:/i.test(l)).length >= MEMO_FIELDS_MIN;
}
const LABEL = /^[\p{L}][\p{L} /.]{0,24}:/u;
/**
 * A field whose colon OCR read as another mark, spaced off: one word before any such mark ("Auditor - Kreasi Audit",
 * "Date + 18 June 2025"), or a word and one or two lower-case words before a dash ("Ruang lingkup - Pusat Data …").
 * Read as written, so a title in capitals ("KUESIONER EVALUASI SPBE - DOMAIN 2") is none.
 */
const OCR_FIELD = /^\p{L}{3,}(?:\s+[-–+;=»]|(?:\s+\p{Ll}{2,}){1,2}\s+[-–])(?:\s|$)/u;
const SECTION_HEADING = /^(bab|bagian|paragraf)\s+\S+/;
/** "1.1 Tujuan", "2.3. Ruang Lingkup": multi-level numbering (single-level "1." is usually a list item). */
const NUMBERED_HEADING = /^\d+(\.\d+)+\.?\s+\p{Lu}/u;
/** Letterhead (kop) lines: the issuing unit and its address, not the document's subject. */
const KOP = /^(pemerintah (kabupaten|kota|provinsi|daerah)|dinas|badan|sekretariat|inspektorat|kantor|kecamatan|kelurahan|rumah sakit|rsud|bagian|upt|satuan|jalan|jl\.?|telepon|telp|laman|pos-el|e-?mail|website|faks)\b/;
const KOP_LINES = 6;
/**
 * A credit line under a title ("Developed with technical assistance from the Open Data Partnership", "Didukung oleh
 * …", "In cooperation with …"): who made or funded the document, whose name says nothing of its subject.
 */
const CREDIT = /^((developed|prepared|produced|compiled|written|delivered|published)\s+(with|by|in)|(supported|funded|sponsored|facilitated|commissioned|financed)\s+by|with\s+(the\s+)?(technical\s+)?(support|assistance|funding)\s+(of|from)|in\s+(partnership|cooperation|collaboration)\s+with|(didukung|disusun|dibuat|difasilitasi|dibiayai|didanai)\s+oleh|bekerja\s*sama\s+dengan|atas\s+dukungan|dengan\s+dukungan)\b/;
const PASAL_LINE = /^pasal\s+\S+\s*$/;

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Mostly capital letters, whatever the length. */
export function isCapitalLetters(line: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of line) {
    // ASCII without a call (most text): a letter is A–Z or a–z, everything else has no case.
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue;
    letters++;
    if (ch === up) upper++;
  }
  return letters >= 4 && upper / letters >= 0.8;
}

function isCapitals(line: string): boolean {
  return isCapitalLetters(line) && wordCount(line) <= HEADING_MAX_WORDS;
}

/**
 * An entry of a table of contents: a chapter's name, a leader of dots and its page ("BAB II ARSITEKTUR PROSES BISNIS
 * ........ 5", OCR's "l2" for 12 included). It lists a heading that stands in the text; on its own it heads nothing.
 */
const CONTENTS_ENTRY = /(?:(?:\.\s?){4,}|(?:…\s?){2,})\s*[\divxlO]{1,4}\s*$/i;

export function isContentsEntry(line: string): boolean {
  return CONTENTS_ENTRY.test(line);
}

function isHeadingLine(raw: string, folded: string): boolean {
  if (isContentsEntry(raw)) return false;
  if (SECTION_HEADING.test(folded) && wordCount(raw) <= HEADING_MAX_WORDS) return true;
  if (isCapitals(raw)) return true;
  const trimmed = raw.trim();
  return NUMBERED_HEADING.test(trimmed) && wordCount(trimmed) <= 10 && !/[.;,]$/.test(trimmed);
}

/** Lines right after "BAB IV" / "Bagian Kesatu" carry the heading's title. */
function continuesHeading(raw: string, folded: string): boolean {
  if (PASAL_LINE.test(folded) || folded.length === 0) return false;
  return wordCount(raw) <= 10 && !/[.;]$/.test(raw.trim());
}

/**
 * A title and its subtitle that OCR or a flat layout joined into one line ("Change Request Log – Q1 2025 Provincial
 * Office of Communication and Informatics, Bukit Barisan"). A screen's menu bar ("Beranda | Profil | Layanan | …") is none.
 */
function isJoinedTitle(line: string): boolean {
  return (line.match(/\|/g) ?? []).length < 2 && isTitleCase(line);
}

/**
 * A sentence or paragraph: the title area has ended. A long title in capitals ("LAPORAN KEGIATAN BIMBINGAN TEKNIS …
 * TAHUN 2025", however many words a flattened heading joined) or in title case, or an application's header, is none,
 * up to the length of a flattened heading.
 */
function isBodyLine(raw: string): boolean {
  const words = wordCount(raw);
  if (words >= 6 && /[.;]$/.test(raw)) return true;
  if (words <= TITLE_MAX_WORDS) return false;
  if (isAppHeader(raw)) return false;
  return words > FLAT_TITLE_MAX_WORDS || !(isCapitalLetters(raw) || isJoinedTitle(raw));
}

/**
 * "SIMRENDA - Sistem Informasi Perencanaan …", "SIWAS - Pengaturan Integrasi", "SIPBJ Sukamaju - Sistem Informasi
 * Pengadaan Barang dan Jasa Kabupaten Sukamaju": an application's name (an acronym in capitals, perhaps with its
 * region's name), a dash, then what the screen shows in other case: a screen's header, not a field whose colon OCR
 * read as a dash, and a title line however long the application's full name (up to a heading's length).
 */
function isAppHeader(line: string): boolean {
  const m = /^(\S+)(?:\s+([^\s\-–]\S*))?\s+[-–]\s+(.*)$/u.exec(line.trim());
  if (m === null) return false;
  const [, name = '', region, rest = ''] = m;
  const named = /\p{L}{3,}/u.test(name) && name === name.toUpperCase() && (region === undefined || /^\p{Lu}\p{Ll}/u.test(region));
  return named && /\p{Ll}/u.test(rest) && /^\p{Lu}/u.test(rest) && !/[.;]$/.test(rest) && wordCount(line) <= HEADING_MAX_WORDS;
}

/** Indexes of the letterhead lines at the top of page 1. */
function kopLines(folded: string[]): Set<number> {
  const kop = new Set<number>();
  let seen = 0;
  for (let i = 0; i < folded.length && seen < KOP_LINES; i++) {
    const f = folded[i] ?? '';
    if (f.length === 0) continue;
    seen++;
    if (!KOP.test(f)) break;
    kop.add(i);
  }
  return kop;
}

function markTitleAndTentang(lines: string[], folded: string[], places: MatchPlace[], kop: ReadonlySet<number>): void {
  let seen = 0;
  // Lines still to take into the "tentang" clause; after the first, only lines in capitals.
  let inTentang = 0;
  let tentangTaken = 0;
  // The last line was a field whose value may go on in the next line.
  let fieldOpen = false;
  // A title line has been marked; fields read since: a report's or a form's fields follow its title.
  let titleSeen = false;
  let fieldsAfterTitle = 0;
  for (let i = 0; i < lines.length && seen < TITLE_LINES + TENTANG_MAX_LINES; i++) {
    const f = folded[i] ?? '';
    if (f.length === 0 || kop.has(i)) continue;
    seen++;
    if (inTentang > 0) {
      if (TENTANG_STOP.test(f)) break;
      if (tentangTaken === 0 || isCapitals(lines[i] ?? '')) {
        const preamble = PREAMBLE_OFFICIAL.exec(f);
        if (preamble !== null && preamble.index === 0) break;
        places[i] = 'tentang';
        if (preamble !== null) break;
        inTentang--;
        tentangTaken++;
        continue;
      }
      inTentang = 0;
    }
    if (LONE_BODY_LABEL.test(f) && !places.slice(0, i).includes('tentang') && !lines.slice(i + 1, i + 4).some((l) => /^\s*(a\.|1\.|bahwa)/i.test(l))) {
      continue;
    }
    const raw = (lines[i] ?? '').trim();
    if (addressesMemo(lines, i)) continue;
    if (BODY_START.test(f) || COLON_CLAUSE.test(f) || SECTION_HEADING.test(f) || BODY_SECTION_LABEL.test(f) || SCHEDULE_ROW.test(raw)) break;
    if (LIST_ITEM.test(raw) && wordCount(raw) > LIST_HEADING_MAX_WORDS && !NUMBERED_HEADING.test(raw) && titleSeen) break;
    // The wrapped rest of a long field ("Sasaran pemeriksaan: … pada aplikasi" / "SIMPEG daerah dan aplikasi."): a
    // laid-out page breaks a field's value into lines, which are not title lines of their own.
    if (fieldOpen && !isCapitals(lines[i] ?? '') && !LABEL.test(f) && !OCR_FIELD.test(raw) && !SUBJECT.test(f) && !BARE_SUBJECT.test(raw) && !BARE_FIELD.test(raw) && !f.startsWith(':')) {
      fieldOpen = wordCount(lines[i] ?? '') >= WRAPPED_FIELD_WORDS && !ENDS_CLAUSE.test(lines[i] ?? '');
      continue;
    }
    fieldOpen = false;
    if (TENTANG_START.test(f)) {
      places[i] = 'tentang';
      if (PREAMBLE_OFFICIAL.test(f)) break;
      inTentang = TENTANG_MAX_LINES - 1;
      tentangTaken = 1;
      continue;
    }
    if (TENTANG_ALONE_OR_END.test(f)) {
      places[i] = 'judul';
      titleSeen = true;
      inTentang = TENTANG_MAX_LINES;
      tentangTaken = 0;
      continue;
    }
    if (SUBJECT.test(f) || BARE_SUBJECT.test(raw)) {
      places[i] = 'tentang';
      continue;
    }
    // "Nomor : …", "Hari/Tanggal : …", ": Senin, …": letter and form fields, not the title.
    // ": DAFTAR RIWAYAT HIDUP" opening the page: a mark OCR read before the title, not a field's value.
    const strayMark = seen === 1 && f.startsWith(':') && isCapitals(raw.slice(1));
    if (LABEL.test(f) || (OCR_FIELD.test(raw) && !isAppHeader(raw)) || (f.startsWith(':') && !strayMark) || BARE_FIELD.test(raw)) {
      fieldOpen = wordCount(lines[i] ?? '') >= WRAPPED_FIELD_WORDS && !ENDS_CLAUSE.test(lines[i] ?? '');
      if (titleSeen) fieldsAfterTitle++;
      continue;
    }
    if (CREDIT.test(f)) continue;
    // "APPLICATION AUDIT REPORT", its fields ("Auditee:", "Audit team:", "Audit criteria:"), then "Areas examined" and a
    // list whose numbers a photo lost: what follows the fields is the body, not more title lines.
    if (fieldsAfterTitle >= FIELDS_END_TITLE && !isCapitals(raw) && !LETTER_FIELD_WORD.test(f)) break;
    if (isBodyLine(lines[i] ?? '')) break;
    if (seen <= TITLE_LINES) {
      places[i] = 'judul';
      titleSeen = true;
    }
  }
}

/** "Menetapkan : PERATURAN BUPATI TENTANG …" repeats the title inside the body. */
function markMenetapkan(folded: string[], places: MatchPlace[]): void {
  for (let i = 0; i < folded.length; i++) {
    if (!MENETAPKAN.test(folded[i] ?? '')) continue;
    let tentangSeen = false;
    for (let j = i; j < Math.min(folded.length, i + TENTANG_MAX_LINES + 1); j++) {
      const f = folded[j] ?? '';
      if (j > i && /^(kesatu|pertama|pasal\s)/.test(f)) break;
      if (/\btentang\b/.test(f)) tentangSeen = true;
      if (tentangSeen) places[j] = 'tentang';
      if (tentangSeen && /\.\s*$/.test(f)) break;
    }
  }
}

function markHeadings(lines: string[], folded: string[], places: MatchPlace[], kop: ReadonlySet<number>): void {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const f = folded[i] ?? '';
    if (places[i] !== 'isi' || f.length === 0 || kop.has(i) || !isHeadingLine(raw, f)) continue;
    places[i] = 'judul-bagian';
    if (!SECTION_HEADING.test(f)) continue;
    // The title of a BAB/Bagian often sits on the next line(s).
    const follow = f.startsWith('bab') ? 2 : 1;
    for (let j = i + 1, taken = 0; j < lines.length && taken < follow; j++) {
      const next = lines[j] ?? '';
      const nf = folded[j] ?? '';
      if (nf.length === 0) continue;
      if (places[j] !== 'isi' || !continuesHeading(next, nf)) break;
      places[j] = 'judul-bagian';
      taken++;
    }
  }
}

/**
 * The place of every line of one page (`lines` as they appear, after dehyphenation); `pageIndex` 0 is the first
 * page with text, where the letterhead and the title are.
 */
export function linePlaces(pageIndex: number, lines: readonly string[]): MatchPlace[] {
  const places: MatchPlace[] = lines.map(() => 'isi');
  const trimmed = lines.map((l) => l.trim());
  const folded = trimmed.map((l) => foldCase(l));
  const kop = pageIndex === 0 ? kopLines(folded) : new Set<number>();
  if (pageIndex === 0) markTitleAndTentang(trimmed, folded, places, kop);
  markMenetapkan(folded, places);
  markHeadings(trimmed, folded, places, kop);
  return places;
}
