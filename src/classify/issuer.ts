/**
 * Who issued a document and for whom, compared with the workspace's instansi (config `instansi`). The issuer is read
 * from the head of the first page: a regulation heading ("PERATURAN BUPATI MINAHASA SELATAN", "KEPUTUSAN MENTERI
 * KOORDINATOR BIDANG PEREKONOMIAN"), a title line of the issuing office ("BUPATI SUKAMAJU,", "MENTERI …",
 * "KEPALA BADAN …") or a letterhead ("PEMERINTAH KOTA …", "KEMENTERIAN …", "BADAN SIBER DAN SANDI NEGARA"). A document
 * that names our instansi in its head (a national assessment of us, an agreement we signed) is about us.
 */
import type { IssuerCase, IssuerVerdict, OwnInstansi } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import { skeleton, skeletonTokens, wordsOf } from './normalize.ts';

/** Issuers are read from the first lines of page 1 (kop, heading, cover), before the body starts. */
const ISSUER_LINES = 12;
/** Our name is looked for in a longer head (a cover, "Kepada Yth. …", the subject of an agreement). */
const HEAD_LINES = 30;
const BODY_WORDS_MAX = 14;
/** "Menimbang" alone is a margin label that text extraction may put above the heading; with text it starts the body. */
const BODY_START = /^(dengan hormat|(menimbang|mengingat|memperhatikan)\s*:?\s*\S|dasar hukum|kepada yth|yth\b|pasal\s+\d|bab\s+[ivx\d]|latar belakang|pendahuluan|\d+\s*[.)]\s)/i;
/**
 * A line that cites an act by its number and subject ("Peraturan Gubernur … Nomor 5 Tahun 2023 tentang …") in mixed
 * case: one item of a list of acts (a JDIH search result, a register, a list of references), not a heading, which is
 * written in capitals even when OCR flattens it onto one line.
 */
const CITED_ACT = /^(peraturan|keputusan|instruksi|surat edaran|perda|perbup|perwal|pergub|permen\w*|kepmen\w*|kepbup|kepwal|kepgub)\b.*\bnomor\s*:?\s*[\w./-]*\d[\w./-]*\s+(tahun\s+\d{4}\s+)?tentang\b/i;
const LIST_MIN_ITEMS = 2;
const JOIN_LINES = 3;
const JOIN_MAX_WORDS = 10;
const MIN_FUZZY = 5;

type Level = 'kabupaten' | 'kota' | 'provinsi' | 'pusat' | 'daerah';

interface Role {
  tokens: string[];
  /** The level the role belongs to; `daerah` means regional, region still to be read from the name. */
  level: Level;
  /** Badan, lembaga, dinas: regional or central depending on the words that follow. */
  ambiguous: boolean;
}

const role = (text: string, level: Level, ambiguous = false): Role => ({ tokens: skeletonTokens(text), level, ambiguous });

/** Issuing offices, longest first so "kepala badan" wins over "badan". */
const ROLES: Role[] = [
  role('pemerintah kabupaten', 'kabupaten'),
  role('pemerintah kota', 'kota'),
  role('pemerintah provinsi', 'provinsi'),
  role('pemerintah daerah', 'daerah'),
  role('wakil bupati', 'kabupaten'),
  role('wakil wali kota', 'kota'),
  role('wakil walikota', 'kota'),
  role('wakil gubernur', 'provinsi'),
  role('bupati', 'kabupaten'),
  role('wali kota', 'kota'),
  role('walikota', 'kota'),
  role('gubernur', 'provinsi'),
  role('sekretaris daerah', 'daerah'),
  role('sekretariat daerah', 'daerah'),
  role('kepala dinas', 'daerah'),
  role('dinas', 'daerah'),
  role('inspektorat', 'daerah'),
  role('inspektur', 'daerah'),
  role('pemkab', 'kabupaten'),
  role('pemkot', 'kota'),
  role('pemprov', 'provinsi'),
  role('presiden', 'pusat'),
  role('deputi', 'pusat'),
  role('direktur jenderal', 'pusat'),
  role('direktorat jenderal', 'pusat'),
  role('sekretaris jenderal', 'pusat'),
  role('sekretariat jenderal', 'pusat'),
  role('sekretaris utama', 'pusat'),
  ...['kemendagri', 'kemenpanrb', 'kemenpan', 'kominfo', 'kemenkominfo', 'komdigi', 'kemenkeu', 'bappenas', 'bssn', 'anri', 'bkn', 'lkpp', 'bpkp'].map((body) => role(body, 'pusat')),
  role('undang undang', 'pusat'),
  role('pemerintah republik', 'pusat'),
  role('berita negara', 'pusat'),
  role('lembaran negara', 'pusat'),
  role('menteri', 'pusat'),
  role('kementerian', 'pusat'),
  role('kementrian', 'pusat'),
  // English names of a ministry (a partner's or another country's report): a central body, never a region.
  role('ministry', 'pusat'),
  role('minister', 'pusat'),
  role('sekretaris kabinet', 'pusat'),
  role('jaksa agung', 'pusat'),
  role('kepala arsip nasional', 'pusat'),
  role('arsip nasional', 'pusat'),
  role('kepala badan', 'pusat', true),
  role('kepala lembaga', 'pusat', true),
  role('badan', 'pusat', true),
  role('lembaga', 'pusat', true),
].sort((a, b) => b.tokens.length - a.tokens.length);

/** Offices named only right after a heading word: "PERATURAN DAERAH KABUPATEN …" (a Perda). */
const ROLES_AFTER_HEAD: Role[] = [role('daerah', 'daerah')];

/** Words that open a regulation-like heading before the issuing office ("PERATURAN BUPATI …"). */
const DOC_HEADS = ['surat keputusan', 'surat edaran', 'peraturan bersama', 'keputusan bersama', 'peraturan', 'keputusan', 'instruksi', 'edaran', 'surat', 'pengumuman']
  .map(skeletonTokens)
  .sort((a, b) => b.length - a.length);
/** A line opening with one of these starts the document's own title, not the issuer's name ("LAPORAN HASIL …"). */
const TITLE_WORDS = ['laporan', 'berita acara', 'notulen', 'nota dinas', 'dokumen', 'rencana', 'pedoman', 'panduan', 'daftar', 'perjanjian', 'kesepakatan', 'nota kesepahaman', 'hasil', 'naskah', 'kajian', 'report']
  .map(skeletonTokens)
  .sort((a, b) => b.length - a.length);
/** Words that may precede the heading: copies, attachments, drafts. */
const LEADING = new Set(skeletonTokens('salinan kutipan lampiran draf draft rancangan konsep i ii iii iv v vi'));
/** "Prepared for: Dinas … Kota X": a vendor's or consultant's report belongs to the client it was made for. */
const CLIENT_LEADS = ['prepared for', 'disiapkan untuk', 'disusun untuk', 'dibuat untuk', 'client', 'klien'].map(skeletonTokens).sort((a, b) => b.length - a.length);
/** "PERATURAN PEMERINTAH NOMOR …": an act of the national government. */
const PEMERINTAH_ACT = skeletonTokens('peraturan pemerintah');
/** Words where the issuer's name ends: also "Tahun Anggaran" as OCR cut it ("Tah Anggaran") and a report's period. */
const NAME_STOP = new Set(skeletonTokens('nomor no tentang tahun tah thn anggaran periode semester triwulan dengan menimbang mengingat yth kepada peraturan keputusan nomor'));
const COUNTRY = skeletonTokens('republik indonesia');
const REGION_WORDS: Record<string, Level> = { kabupaten: 'kabupaten', kab: 'kabupaten', kota: 'kota', provinsi: 'provinsi', prov: 'provinsi' };
const REGIONAL_MARKERS = new Set(skeletonTokens('daerah kabupaten kota provinsi kab'));
/** Words that end the name of a national body ("Badan Kepegawaian Negara", "Badan Riset dan Inovasi Nasional"). */
const NATIONAL_WORDS = new Set(skeletonTokens('negara nasional'));
/** Words in our own name that say what kind of body it is, not which one. */
/** How a region's own name is written before its place name. */
const REGION_SPELLINGS: Record<'kabupaten' | 'kota' | 'provinsi', string[]> = {
  kabupaten: ['kabupaten', 'kab', 'pemkab', 'bupati'],
  kota: ['kota', 'pemkot', 'wali kota', 'walikota'],
  provinsi: ['provinsi', 'prov', 'pemprov', 'gubernur'],
};
/** Words where a region's name ends when a kop or heading runs on in one line (the unit, the address, the title). */
const REGIONAL_NAME_STOP = new Set(
  skeletonTokens('dinas badan sekretariat inspektorat kantor bagian kecamatan kelurahan rumah rsud upt satuan jalan jl telepon telp laman alamat laporan dokumen'),
);
/** Words that make a longer region name of a shorter one ("Bandung Barat", "Minahasa Selatan", "Kutai Hulu"). */
const NAME_QUALIFIERS = new Set(skeletonTokens('utara selatan timur barat tengah tenggara daya laut hulu hilir ulu ilir besar raya baru induk'));
/** A province named within this many words after a kabupaten or kota only locates it. */
const LOCATED_WITHIN = 6;
const PROVINCE_WORDS = new Set(skeletonTokens('provinsi prov'));
const LOCAL_WORDS = new Set(skeletonTokens('bupati walikota wali kabupaten kab kota pemkab pemkot'));
/** English names of a region: after it ("Lembah Hijau Regency") or before it with "of" ("Provincial Government of …"). */
const ENGLISH_SPELLINGS: Record<'kabupaten' | 'kota' | 'provinsi', string[]> = {
  kabupaten: ['regency', 'regency government'],
  kota: ['city', 'city government', 'municipality'],
  provinsi: ['province', 'provincial government'],
};
const BODY_WORDS = new Set(skeletonTokens('pemerintah pemkab pemkot pemprov kabupaten kab kota provinsi prov kementerian kementrian kemenko badan lembaga sekretariat kantor'));

export interface Issuer {
  /** The office and name as written in the document. */
  text: string;
  level: Level;
  /** The issuer's name without its office words ("minahasa selatan", "koordinator bidang perekonomian"); empty when unnamed. */
  name: string[];
  /** How many tokens of `name` are on the line where the office is named (the rest continue on the next lines). */
  nameOnLine: number;
}

function startsWith(tokens: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.length > 0 && prefix.every((t, i) => tokens[at + i] === t);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** At most two edits apart (insertions, deletions, substitutions). */
function editDistanceAtMostTwo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    if (Math.min(...row) > 2) return false;
    prev = row;
  }
  return (prev[b.length] ?? 3) <= 2;
}

/** A long region name may take two OCR slips ("LEMBAH HUAU" for "LEMBAH HIJAU": "IJ" read as one letter). */
const TWO_SLIPS_MIN = 10;

/** Tokens equal, or one OCR slip apart in a long word. */
function sameToken(a: string, b: string): boolean {
  return a === b || (a.length >= MIN_FUZZY && b.length >= MIN_FUZZY && editDistanceAtMostOne(a, b));
}

/** Where `needle` occurs in `hay` (token-wise, OCR-tolerant), or -1. */
function indexOfTokens(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((t, k) => sameToken(hay[i + k] ?? '', t))) return i;
  return -1;
}

function headLines(doc: DocModel, limit = HEAD_LINES): string[] {
  const firstPage = doc.headPage;
  return doc.lines.filter((l) => l.page === firstPage).slice(0, limit).map((l) => l.text);
}

/**
 * The first lines of page 1 up to the line where the body starts (a sentence, "Menimbang", "Pasal 1", a numbered
 * list); that line is kept, as a heading flattened into one line by OCR looks like a sentence.
 */
function issuerLines(doc: DocModel): string[] {
  const lines = headLines(doc, ISSUER_LINES);
  const end = lines.findIndex((l) => BODY_START.test(l) || l.split(/\s+/).length > BODY_WORDS_MAX);
  const head = end < 0 ? lines : lines.slice(0, end + 1);
  const cited = (l: string): boolean => CITED_ACT.test(l.trim()) && l !== l.toUpperCase();
  // A list of acts starts the body: its items name their issuers, not the document's.
  if (lines.filter(cited).length < LIST_MIN_ITEMS) return head;
  const listStart = head.findIndex(cited);
  return listStart < 0 ? head : head.slice(0, listStart);
}

/**
 * How many lines from `i` form one heading: the line and up to JOIN_LINES short continuation lines. A line with a
 * number is a date or an edition ("Sowi Raya, 20 Januari 2025", "Per 30 September 2025", "Versi 2.1"), not the rest of
 * a name.
 */
function joinedCount(lines: readonly string[][], i: number): number {
  let count = 1;
  for (let j = i + 1; j < lines.length && j <= i + JOIN_LINES; j++) {
    const next = lines[j] ?? [];
    const first = next[0];
    if (first === undefined || next.length > JOIN_MAX_WORDS || NAME_STOP.has(first) || [...DOC_HEADS, ...TITLE_WORDS].some((h) => startsWith(next, h))) break;
    if (next.some((t) => /\d/.test(t))) break;
    if (ROLES.some((r) => startsWith(next, r.tokens))) break;
    count++;
  }
  return count;
}

/** The name after the office words: up to a stop word, without "Republik Indonesia". */
function nameAfter(tokens: readonly string[], start: number, level: Level): string[] {
  const name: string[] = [];
  const regional = level !== 'pusat';
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (NAME_STOP.has(t) || /^\d/.test(t) || t === COUNTRY[0]) break;
    // "PEMERINTAH KABUPATEN SUKAMAJU DINAS …" flattened into one line: the unit is not part of the region's name.
    if (name.length > 0 && regional && REGIONAL_NAME_STOP.has(t)) break;
    // "BUPATI SUKAMAJU PROVINSI JAWA BARAT": the province only locates the kabupaten.
    if (name.length > 0 && (level === 'kabupaten' || level === 'kota') && (t === 'provinsi' || t === 'prov')) break;
    name.push(t);
  }
  return name;
}

/** Resolves badan/lembaga/dinas: a name with "kabupaten X" is regional with that region; `from` is where the name starts in `name`. */
function resolve(level: Level, ambiguous: boolean, name: string[]): { level: Level; name: string[]; from: number } {
  const regionAt = name.findIndex((t) => REGION_WORDS[t] !== undefined);
  if (regionAt >= 0 && regionAt < name.length - 1 && (ambiguous || level === 'daerah')) {
    const region = REGION_WORDS[name[regionAt] ?? ''] ?? 'daerah';
    return { level: region, name: nameAfter(name, regionAt + 1, region), from: regionAt + 1 };
  }
  if (ambiguous) {
    // "BADAN SIBER DAN SANDI NEGARA / DIREKTORAT … PEMERINTAH DAERAH": a body named national before any regional word
    // is central; the unit after its name (one that deals with regions) does not make it regional.
    const national = name.findIndex((t) => NATIONAL_WORDS.has(t));
    const regional = name.findIndex((t) => REGIONAL_MARKERS.has(t));
    if (national >= 0 && (regional < 0 || national < regional)) return { level: 'pusat', name: name.slice(0, national + 1), from: 0 };
    return regional >= 0 ? { level: 'daerah', name: [], from: 0 } : { level: 'pusat', name, from: 0 };
  }
  if (level === 'daerah') return { level, name: [], from: 0 };
  return { level, name, from: 0 };
}

/** The issuer whose office starts at token `at`; `words` are the same tokens as written, for display. */
function issuerAt(tokens: readonly string[], at: number, words: readonly string[], lineLength = tokens.length): Issuer | null {
  const roles = at > 0 ? [...ROLES, ...ROLES_AFTER_HEAD] : ROLES;
  const r = roles.find((candidate) => startsWith(tokens, candidate.tokens, at));
  if (r === undefined) return null;
  const raw = nameAfter(tokens, at + r.tokens.length, r.level);
  // "PEMERINTAH KABUPATEN" alone, "BADAN" as a common noun: no issuer.
  if (raw.length === 0 && r.level !== 'pusat') return null;
  if (raw.length === 0 && r.ambiguous) return null;
  const { level, name, from } = resolve(r.level, r.ambiguous, raw);
  // Where the resolved name starts among the tokens, to count the part of it on the office's line.
  const nameStart = at + r.tokens.length + from;
  const nameOnLine = Math.max(0, Math.min(name.length, lineLength - nameStart));
  return { text: displayName(words.slice(0, at + r.tokens.length + raw.length)), level, name, nameOnLine };
}

/** "PERATURAN PEMERINTAH (REPUBLIK INDONESIA) NOMOR …", not "… PEMERINTAH KABUPATEN …". */
function isGovernmentAct(tokens: readonly string[]): boolean {
  const next = tokens[PEMERINTAH_ACT.length];
  return startsWith(tokens, PEMERINTAH_ACT) && (next === undefined || !REGIONAL_MARKERS.has(next));
}

/** How many leading words are copies, attachments or drafts ("SALINAN", "LAMPIRAN II") or name the client ("Prepared for:"). */
function leadingCount(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length - 1 && LEADING.has(tokens[i] ?? '')) i++;
  const client = CLIENT_LEADS.find((lead) => startsWith(tokens, lead, i));
  return client === undefined ? i : i + client.length;
}

const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'pada', 'serta']);

/** "PERATURAN BADAN SIBER DAN SANDI NEGARA" → "Peraturan Badan Siber dan Sandi Negara". */
function displayName(words: readonly string[]): string {
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      return i > 0 && SMALL_WORDS.has(lower) ? lower : lower.replace(/^\p{L}/u, (ch) => ch.toUpperCase());
    })
    .join(' ');
}

/** English names of a regional government that open a line: "Lembayung City Government", "Government of Argapura City". */
const ENGLISH_GOVERNMENT: Record<string, 'kabupaten' | 'kota' | 'provinsi'> = { city: 'kota', municipal: 'kota', regency: 'kabupaten', province: 'provinsi', provincial: 'provinsi' };
const GOVERNMENT = skeleton('government');
const GOVERNMENT_OF = skeletonTokens('government of');
const ENGLISH_NAME_MAX = 4;

/** Words as written that are a proper name: capitalised, no digits. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'-]*$/u.test(word);
}

/**
 * A regional government named in English at the start of a line, as an English report's cover names the body it is
 * for: "<Name> City|Regency|Provincial Government", "Government of <Name> City|Regency|Province" or
 * "City|Regency|Provincial Government of <Name>". What follows the name (" – Final Report", ", May 2025") is left.
 */
function englishGovernment(tokens: readonly string[], words: readonly string[]): Issuer | null {
  const issuer = (name: readonly string[], level: 'kabupaten' | 'kota' | 'provinsi', used: number): Issuer | null => {
    if (name.length === 0 || name.length > ENGLISH_NAME_MAX) return null;
    return { text: displayName(words.slice(0, used)), level, name: name.map(skeleton), nameOnLine: name.length };
  };
  // "<Name> City Government"
  const at = tokens.findIndex((t, i) => ENGLISH_GOVERNMENT[t] !== undefined && tokens[i + 1] === GOVERNMENT);
  if (at > 0 && words.slice(0, at).every(isNameWord)) {
    const level = ENGLISH_GOVERNMENT[tokens[at] ?? ''];
    if (level !== undefined) return issuer(words.slice(0, at), level, at + 2);
  }
  // "City Government of <Name>"
  const lead = ENGLISH_GOVERNMENT[tokens[0] ?? ''];
  if (lead !== undefined && startsWith(tokens, GOVERNMENT_OF, 1)) {
    const name = nameWordsFrom(words, 1 + GOVERNMENT_OF.length);
    return issuer(name, lead, 1 + GOVERNMENT_OF.length + name.length);
  }
  // "Government of <Name> City"
  if (startsWith(tokens, GOVERNMENT_OF)) {
    const name = nameWordsFrom(words, GOVERNMENT_OF.length);
    const last = skeleton(name[name.length - 1] ?? '');
    const level = ENGLISH_GOVERNMENT[last];
    if (level !== undefined) return issuer(name.slice(0, -1), level, GOVERNMENT_OF.length + name.length);
  }
  return null;
}

/** The run of name words from `start`. */
function nameWordsFrom(words: readonly string[], start: number): string[] {
  const name: string[] = [];
  for (let i = start; i < words.length && isNameWord(words[i] ?? ''); i++) name.push(words[i] ?? '');
  return name;
}

/**
 * The first issuer named in the head of the document (letterhead, regulation heading, office line), or null. A
 * regional government named in English ("Lembayung City Government") counts only when no office is named: a national
 * body's report names the region it is about that way too.
 */
export function findIssuer(doc: DocModel): Issuer | null {
  const texts = issuerLines(doc);
  const written = texts.map((t) => wordsOf(t).filter((w) => skeleton(w).length > 0));
  const lines = written.map((ws) => ws.map(skeleton));
  const heads = lines.map((line, i) => {
    const lead = leadingCount(line);
    const count = joinedCount(lines.map((l, k) => (k === i ? l.slice(lead) : l)), i);
    const tokens = [...line.slice(lead), ...lines.slice(i + 1, i + count).flat()];
    const words = [...(written[i] ?? []).slice(lead), ...written.slice(i + 1, i + count).flat()];
    return { tokens, words, onLine: line.length - lead };
  });
  for (const { tokens, words, onLine } of heads) {
    const head = DOC_HEADS.find((h) => startsWith(tokens, h));
    const found = isGovernmentAct(tokens)
      ? { text: displayName(words.slice(0, PEMERINTAH_ACT.length)), level: 'pusat' as const, name: [], nameOnLine: 0 }
      : issuerAt(tokens, head?.length ?? 0, words, onLine);
    if (found !== null) return found;
  }
  for (const { tokens, words } of heads) {
    const found = englishGovernment(tokens, words);
    if (found !== null) return found;
  }
  return null;
}

/** Offices that sign a regional regulation ("BUPATI GUNUNG KIDANG,"). */
const SIGNING_LEVELS: ReadonlySet<Level> = new Set(['kabupaten', 'kota', 'provinsi']);
const MENETAPKAN = skeletonTokens('menetapkan');
const SIGNATURE_MAX_NAME = 4;

/** The office of a line that is only an office and its name, in capitals ("BUPATI GUNUNG KIDANG,"), or null. */
function signatureLine(text: string): Issuer | null {
  const written = wordsOf(text).filter((w) => skeleton(w).length > 0);
  if (written.length < 2 || written.length > SIGNATURE_MAX_NAME + 2 || text !== text.toUpperCase()) return null;
  const tokens = written.map(skeleton);
  const found = issuerAt(tokens, 0, written);
  if (found === null || !SIGNING_LEVELS.has(found.level) || found.name.length === 0) return null;
  return found.text.split(' ').length === written.length ? found : null;
}

/** "Menetapkan : PERATURAN BUPATI LEMBAH HIJAU TENTANG …": the office named in the enacting line. */
function menetapkanLine(text: string): Issuer | null {
  const written = wordsOf(text).filter((w) => skeleton(w).length > 0);
  const tokens = written.map(skeleton);
  if (!startsWith(tokens, MENETAPKAN)) return null;
  const rest = tokens.slice(MENETAPKAN.length);
  const head = DOC_HEADS.find((h) => startsWith(rest, h));
  if (head === undefined) return null;
  const found = issuerAt(rest, head.length, written.slice(MENETAPKAN.length));
  return found !== null && SIGNING_LEVELS.has(found.level) && found.name.length > 0 ? found : null;
}

/**
 * A regulation without kop whose heading names the office only ("PERATURAN BUPATI / NOMOR 3 …"): the office is read
 * from the signature block (the last "BUPATI X," line) or from the enacting line.
 */
export function signingIssuer(doc: DocModel): Issuer | null {
  let signature: Issuer | null = null;
  let enacting: Issuer | null = null;
  for (const line of doc.lines) {
    signature = signatureLine(line.text) ?? signature;
    enacting ??= menetapkanLine(line.text);
  }
  return signature ?? enacting;
}

const MENIMBANG = /^menimbang\b/i;
/** The shortest name of a region (Batu, Bima, Palu, Muna, Kaur): a shorter one is a fragment OCR left of a name. */
const MIN_REGION_LETTERS = 4;
const CONSIDERATION_LINES = 4;
/**
 * "Kabupaten Gunung Kidang", "Kota Bandar Lama", "Provinsi Teluk Biru": a region word and its capitalised name, which
 * ends with its line ("Portal Perencanaan Kabupaten Sukamaju" over a menu "Beranda | Profil" names Sukamaju; the next
 * title line, "Versi 2.1" or "Periode Januari", is not part of it).
 */
const REGION_MENTION = /\b(Kabupaten|KABUPATEN|Kota|KOTA|Provinsi|PROVINSI)\s+((?:\p{Lu}[\p{L}'-]*)(?:[^\S\n]+\p{Lu}[\p{L}'-]*){0,3})/gu;
/** Words before a region that make it the place of an activity, not the document's owner ("kunjungan ke Kota X"). */
const PLACE_BEFORE = /\b(ke|di|dari|antara|dengan|se|bersama)\s*-?\s*$/i;
/** "WALI KOTA" is an office, not the region "Kota …" ("LAPOR WALI KOTA COMPLAINT SERVICE"). */
const OFFICE_BEFORE = /\bwali\s*$/i;

/**
 * A regulation whose heading, kop and signature name no region (a downloaded copy cut short): the region its
 * considerations are about ("Menimbang : bahwa … di Kota Bandar Lama …"), when they name exactly one.
 */
export function consideredRegion(doc: DocModel): Issuer | null {
  const start = doc.lines.findIndex((l) => MENIMBANG.test(l.text));
  if (start < 0) return null;
  return singleRegion(doc.lines.slice(start, start + CONSIDERATION_LINES).map((l) => l.text).join(' '), false);
}

/** A document without office, kop or signature whose title names one region ("DOKUMEN ARSITEKTUR SPBE KABUPATEN TANAH MERAH"). */
export function titledRegion(doc: DocModel): Issuer | null {
  const firstPage = doc.headPage;
  const title = doc.lines.filter((l) => l.page === firstPage && (l.place === 'judul' || l.place === 'tentang'));
  return title.length === 0 ? null : singleRegion(title.map((l) => l.text).join('\n'), true);
}

/**
 * The one region a text names as its own, or null when it names none or several. In a title, a region after "ke",
 * "di", "dari" is the place of an activity; in the considerations "di Kota X" is the regulation's own region.
 */
function singleRegion(text: string, title: boolean): Issuer | null {
  const regions = new Map<string, Issuer>();
  let localEnd = -1;
  for (const m of text.matchAll(REGION_MENTION)) {
    const written = wordsOf(m[2] ?? '');
    const level = REGION_WORDS[skeleton(m[1] ?? '')] ?? 'daerah';
    // "Kota Bandar Lama Provinsi Kepulauan Timur": the province only locates the kota.
    const located = level === 'provinsi' && (m.index ?? 0) <= localEnd + 1;
    if (level !== 'provinsi') localEnd = (m.index ?? 0) + m[0].length;
    const before = text.slice(0, m.index ?? 0);
    if (located || OFFICE_BEFORE.test(before) || (title && PLACE_BEFORE.test(before))) continue;
    const name = nameAfter(written.map(skeleton), 0, level);
    // "WALT KOTA SUN:" is what OCR left of "WALI KOTA SUNGAI PERAK": no region is named in three letters.
    if (name.join('').length < MIN_REGION_LETTERS) continue;
    regions.set(`${level} ${name.join(' ')}`, { text: displayName([m[1] ?? '', ...written.slice(0, name.length)]), level, name, nameOnLine: name.length });
  }
  // "Kabupaten Lembah Batu" and, in a screen's table row, "Kabupaten Lembah Batu Rp …": one region, named with the
  // words that follow it.
  const named = [...regions.values()];
  const distinct = named.filter((r) => !named.some((o) => o !== r && o.level === r.level && o.name.length < r.name.length && o.name.every((w, i) => r.name[i] === w)));
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

interface OwnName {
  level: Level;
  /** Our name without body words ("sukamaju", "koordinator bidang perekonomian"). */
  core: string[];
  /** Ways the document may name us, as token sequences. */
  names: string[][];
}

function ownName(instansi: OwnInstansi): OwnName {
  const level = instansi.jenis === 'instansi pusat' ? 'pusat' : instansi.jenis;
  const strip = (text: string): string[] => {
    const tokens = skeletonTokens(text);
    const end = indexOfTokens(tokens, COUNTRY);
    return (end >= 0 ? tokens.slice(0, end) : tokens).filter((t) => !BODY_WORDS.has(t));
  };
  const core = strip(instansi.nama);
  const names = [strip(instansi.nama), ...instansi.kop.slice(0, 1).map(strip)].filter((n) => n.length > 0);
  const spelled: string[][] = [];
  for (const name of names) {
    if (level === 'pusat') {
      // "Kementerian Koordinator Bidang Perekonomian": the full name, whatever body word opens it.
      spelled.push(skeletonTokens(instansi.nama).filter((t) => !COUNTRY.includes(t)));
      continue;
    }
    for (const word of REGION_SPELLINGS[level]) spelled.push([...skeletonTokens(word), ...name]);
    // English reports: "Lembah Hijau Regency", "City of Tirtamulya", "Nusa Karang Province".
    for (const words of ENGLISH_SPELLINGS[level]) spelled.push([...name, ...skeletonTokens(words)], [...skeletonTokens(words), 'of', ...name]);
  }
  return { level, core, names: spelled.filter((n) => n.length > 1) };
}

/**
 * The issuer's name begins with ours (OCR-tolerant: glued or broken words, one slip). Continuation lines may follow
 * the name ("… PEREKONOMIAN / Deputi Bidang …"), so only the start is compared.
 */
function isOurs(issuer: Issuer, own: OwnName): boolean {
  if (issuer.name.length === 0 || own.core.length === 0) return false;
  const levelFits = issuer.level === own.level || (own.level !== 'pusat' && issuer.level === 'daerah');
  if (!levelFits) return false;
  const ours = own.core.join('');
  const theirs = issuer.name.join('');
  // "PROVINSI / KARANG / NUSA": OCR read the words of our name ("Nusa Karang") from their columns in another order.
  if (own.core.length > 1 && issuer.name.length === own.core.length && [...issuer.name].sort().join(' ') === [...own.core].sort().join(' ')) return true;
  let boundary = 0;
  for (const [k, token] of issuer.name.entries()) {
    boundary += token.length;
    const head = theirs.slice(0, boundary);
    // A region whose name runs on in the same line is another region ("Serayu Utara" is not "Serayu").
    const slips = ours.length >= TWO_SLIPS_MIN ? editDistanceAtMostTwo(head, ours) : ours.length >= MIN_FUZZY && editDistanceAtMostOne(head, ours);
    if (head === ours || slips) {
      if (own.level === 'pusat') return true;
      return k + 1 >= issuer.nameOnLine && !NAME_QUALIFIERS.has(issuer.name[k + 1] ?? '');
    }
    if (boundary > ours.length + 2) return false;
  }
  return false;
}

/**
 * "… Persandian Provinsi Kepulauan" / "Laur Banda": the issuer's name ends with its line and is the start of ours
 * ("Kepulauan Laut Banda"), the rest broken onto a next line that OCR misread. Neither ours nor another region's.
 */
function isCutFromOurs(issuer: Issuer, own: OwnName): boolean {
  const { name } = issuer;
  if (name.length === 0 || name.length >= own.core.length || issuer.nameOnLine !== name.length) return false;
  if (!(issuer.level === own.level || (own.level !== 'pusat' && issuer.level === 'daerah'))) return false;
  return name.every((t, i) => sameToken(own.core[i] ?? '', t));
}

/** Where `needle` occurs in `hay` (token-wise, OCR-tolerant). */
function occurrences(hay: readonly string[], needle: readonly string[]): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((t, k) => sameToken(hay[i + k] ?? '', t))) found.push(i);
  return found;
}

/**
 * True when the head of the document names us. A longer region name that starts with ours ("Kabupaten Serayu Utara")
 * is not us, nor is our province where it only locates a kabupaten or kota ("BUPATI SERAYU UTARA / PROVINSI NUSA
 * KARANG").
 */
function namesUs(doc: DocModel, own: OwnName): boolean {
  const tokens = headLines(doc).flatMap((l) => skeletonTokens(l));
  return own.names.some((name) =>
    occurrences(tokens, name).some((at) => {
      if (NAME_QUALIFIERS.has(tokens[at + name.length] ?? '')) return false;
      const locates = own.level === 'provinsi' && PROVINCE_WORDS.has(name[0] ?? '');
      return !(locates && tokens.slice(Math.max(0, at - LOCATED_WITHIN), at).some((t) => LOCAL_WORDS.has(t)));
    }),
  );
}

/** A regional head's offices: what a bupati, wali kota or governor sets binds that region. */
const REGIONAL_HEADS = ['bupati', 'wali kota', 'walikota', 'gubernur'].map((w) => skeletonTokens(w));

/**
 * An act another region's head set (a Perbup, a Keputusan Gubernur) is that region's, even where its text names us
 * (a note that our Diskominfo received a copy as a reference): no regional head sets acts about another region.
 */
function isRegionalHead(issuer: Issuer): boolean {
  const tokens = skeletonTokens(issuer.text);
  return REGIONAL_HEADS.some((head) => startsWith(tokens, head));
}

/** The issuer verdict for a document. */
export function issuerVerdict(doc: DocModel, instansi: OwnInstansi): IssuerVerdict {
  const own = ownName(instansi);
  const issuer = findIssuer(doc) ?? signingIssuer(doc) ?? consideredRegion(doc) ?? titledRegion(doc);
  const us = namesUs(doc, own);
  let verdict: IssuerCase;
  if (issuer === null || (issuer.name.length === 0 && issuer.level !== 'pusat')) verdict = us ? 'sendiri' : 'tidak-diketahui';
  else if (isOurs(issuer, own)) verdict = 'sendiri';
  else if (us && !isRegionalHead(issuer)) verdict = 'tentang-kita';
  else if (isCutFromOurs(issuer, own)) verdict = 'tidak-diketahui';
  else verdict = issuer.level === 'pusat' ? 'nasional' : 'instansi-lain';
  return { case: verdict, issuer: issuer?.text ?? null, namesUs: us ? instansi.nama : null };
}
