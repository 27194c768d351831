/**
 * The facts a penjelasan names about a document: its jenis ("Peraturan Bupati Sukamaju"), nomor, tahun,
 * tentang, and the date it was set, read from the opening of the text. Pure. Works on headings that OCR
 * flattened onto one line ("PERATURAN BUPATI X NOMOR 3 TAHUN 2024 TENTANG …") and on letters numbered
 * "Nomor : 800/12/Kominfo/2024". Every field is null when the text does not state it: a draft never guesses.
 */
import type { PageText } from '../classify/document.ts';
import { detectDate } from '../classify/date.ts';

export interface DocumentFacts {
  /** The document's jenis and issuer as its heading names them, e.g. "Peraturan Bupati Sukamaju". */
  jenis: string | null;
  /** "5", or a letter's full number "800/123/Diskominfo/2024". */
  nomor: string | null;
  tahun: number | null;
  /** The subject after TENTANG, e.g. "Pedoman Manajemen Risiko Sistem Pemerintahan Berbasis Elektronik". */
  tentang: string | null;
  /** The title of a document that is not a numbered one (a report, minutes), from its first heading lines. */
  judul: string | null;
  /** ISO date of penetapan or of the document. */
  tanggal: string | null;
}

const HEAD_WORD =
  /^(peraturan|keputusan|instruksi|surat edaran|pedoman|nota dinas|rencana|laporan|berita acara|notulen|perjanjian|nota kesepahaman|standar operasional|sop|kebijakan|pernyataan|surat keputusan)\b/i;
const NOMOR_LINE = /^nomor\s*[:.]?\s*(.+)$/i;
const INLINE_HEADING = /^(.*?)\bnomor\s*[:.]?\s*(\S+(?:\s+tahun\s+[12][0-9oil]{3})?)\s+tentang\s+(.+)$/i;
const TENTANG_ALONE = /^tentang\s*[:.]?\s*(.*)$/i;
/** Lines that end the TENTANG block. */
const AFTER_TENTANG = /^(dengan rahmat|menimbang|mengingat|memperhatikan|bupati|wali ?kota|gubernur|menteri|kepala|sekretaris|direktur|ketua|bab\s|pasal\s|yth|kepada)/i;
const KOP = /^(pemerintah|dinas|badan|sekretariat|inspektorat|kementerian|jalan|jl\.|telepon|telp|laman|e-?mail|website|kode pos)\b/i;
const MAX_TENTANG_LINES = 6;
const MAX_HEAD_LINES = 3;

const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dengan', 'tentang', 'serta', 'dalam', 'terhadap', 'atas', 'oleh', 'bagi', 'of', 'and', 'the']);
const ACRONYM = /^(spbe|tik|ti|opd|ri|bssn|asn|sdm|api|sop|jdih|dpa|rka|apbd|uu|bumd|lppd|lkjip|sakip|nik|ppid|pdn|pdns|ikasandi|kami|it|ict|csirt|tte|bsre|sppd|srikandi|dpmptsp|bkpsdm|bappeda|diskominfo|skpd|rpjmd|rkpd|renstra|renja|lhe|lha|[ivxlc]+)$/i;

/** "PERATURAN MENTERI … DAN REFORMASI" → "Peraturan Menteri … dan Reformasi"; acronyms and mixed case kept. */
export function titleCase(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(clean) && clean !== clean.toUpperCase()) return clean;
  return clean
    .split(' ')
    .map((word, i) => {
      const bare = word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
      if (i > 0 && SMALL_WORDS.has(bare)) return word.toLowerCase();
      return word
        .split(/([-/()])/)
        .map((part) => {
          const core = part.replace(/[^\p{L}\p{N}]/gu, '');
          if (core === '' || ACRONYM.test(core)) return part.toUpperCase();
          return part.toLowerCase().replace(/\p{L}/u, (c) => c.toUpperCase());
        })
        .join('');
    })
    .join(' ');
}

function linesOf(pages: readonly PageText[]): string[] {
  return pages
    .slice(0, 2)
    .flatMap((p) => p.text.split(/\r?\n/))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0 && !/^-\s*\d+\s*-$/.test(l));
}

function isHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** A year as OCR reads it: "2OL9" is 2019. */
function ocrYear(text: string): number {
  return Number(text.toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1'));
}

/** "5 TAHUN 2020" → nomor 5, tahun 2020; "800/123/Diskominfo/2024" → that number, tahun 2024. */
function splitNomor(raw: string): { nomor: string; tahun: number | null } {
  const value = raw.replace(/\s+tentang\b.*$/i, '').trim();
  const withYear = /^(.+?)\s+tahun\s+([12][0-9oil]{3})\b/i.exec(value);
  if (withYear) return { nomor: (withYear[1] ?? '').trim(), tahun: ocrYear(withYear[2] ?? '') };
  const nomor = value.split(/\s{2,}|\s+(?=tanggal\b)/i)[0]?.trim() ?? value;
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D*$)/.exec(nomor);
  return { nomor, tahun: year ? Number(year[1]) : null };
}

function jenisAbove(lines: string[], at: number): string | null {
  for (let start = at - 1; start >= Math.max(0, at - MAX_HEAD_LINES); start--) {
    const line = lines[start] ?? '';
    if (!isHeading(line) || KOP.test(line)) return null;
    if (HEAD_WORD.test(line)) return titleCase(lines.slice(start, at).join(' '));
  }
  return null;
}

function tentangBelow(lines: string[], at: number, first: string): string | null {
  const parts = first ? [first] : [];
  for (let i = at + 1; i < lines.length && parts.length < MAX_TENTANG_LINES; i++) {
    const line = lines[i] ?? '';
    if (AFTER_TENTANG.test(line) || !isHeading(line)) break;
    parts.push(line);
  }
  const text = parts.join(' ').replace(/[,;.]$/, '').trim();
  return text ? titleCase(text) : null;
}

/** The first heading line (one starting with a document word preferred) and the heading line right after it. */
function firstHeadingTitle(lines: string[]): string | null {
  const opening = lines.slice(0, 12);
  const usable = (l: string | undefined): l is string => l !== undefined && isHeading(l) && !KOP.test(l) && l.length >= 8;
  const byWord = opening.findIndex((l) => usable(l) && HEAD_WORD.test(l));
  const start = byWord >= 0 ? byWord : opening.findIndex(usable);
  if (start < 0) return null;
  const next = opening[start + 1];
  return titleCase([opening[start], usable(next) && !HEAD_WORD.test(next) ? next : ''].join(' '));
}

export function readDocumentFacts(pages: readonly PageText[]): DocumentFacts {
  const lines = linesOf(pages);
  const facts: DocumentFacts = { jenis: null, nomor: null, tahun: null, tentang: null, judul: null, tanggal: detectDate(pages) };
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const line = lines[i] ?? '';
    const inline = INLINE_HEADING.exec(line);
    if (inline && HEAD_WORD.test(inline[1] ?? '')) {
      const { nomor, tahun } = splitNomor(inline[2] ?? '');
      return { ...facts, jenis: titleCase(inline[1] ?? ''), nomor, tahun, tentang: titleCase((inline[3] ?? '').replace(/[,;.]$/, '')) };
    }
    const nomorLine = NOMOR_LINE.exec(line);
    if (!nomorLine) continue;
    const { nomor, tahun } = splitNomor(nomorLine[1] ?? '');
    facts.nomor = nomor;
    facts.tahun = tahun;
    facts.jenis = jenisAbove(lines, i);
    const sameLine = /\btentang\s*(.*)$/i.exec(nomorLine[1] ?? '');
    for (let k = i; k < Math.min(lines.length, i + 4); k++) {
      const t = k === i ? (sameLine ? ['', sameLine[1] ?? ''] : null) : TENTANG_ALONE.exec(lines[k] ?? '');
      if (t) {
        facts.tentang = tentangBelow(lines, k, t[1] ?? '');
        break;
      }
    }
    break;
  }
  if (facts.jenis === null) facts.judul = firstHeadingTitle(lines);
  if (facts.tahun === null && facts.tanggal !== null) facts.tahun = Number(facts.tanggal.slice(0, 4));
  return facts;
}
