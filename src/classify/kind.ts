/**
 * Document kind from the head of page 1: regulation headings ("PERATURAN BUPATI …", "KEPUTUSAN …",
 * "INSTRUKSI …", "SURAT EDARAN …", short forms such as "Perbup", "Kepmen"), drafts ("RANCANGAN", "DRAF",
 * "KONSEP"), press releases and news, minutes, invitations, memos (nota dinas), reports, SOPs, manuals,
 * guidelines (pedoman/panduan), plans, lists and registers, budgets, cooperation agreements, architecture and
 * roadmap documents, design documents (system, solution, technical or integration design), news items told by their dateline or page furniture, and screenshots (short UI-like text or an
 * image file).
 */
import type { DocumentKind } from '../types/classification.ts';
import type { DocLine, DocModel } from './document.ts';
import { editDistance } from '../shared/suggest.ts';
import { skeletonTokens } from './normalize.ts';
import { isBareLetterField } from './places.ts';
import { isTitleCase } from './title-case.ts';

const HEAD_LINES = 25;
const DRAFT_LINES = 12;
const SCREENSHOT_MAX_WORDS = 400;
const IMAGE_FEW_WORDS = 25;

type Marker = string[];
const marker = (text: string): Marker => skeletonTokens(text);
const markers = (...texts: string[]): Marker[] => texts.map(marker);

const ISSUERS = [
  'bupati', 'walikota', 'wali kota', 'gubernur', 'daerah', 'menteri', 'kepala', 'badan', 'presiden', 'pemerintah',
  'lembaga', 'sekretaris', 'direktur', 'bersama', 'dewan', 'komisi', 'ketua',
];
const withIssuers = (head: string): Marker[] => ISSUERS.map((issuer) => marker(`${head} ${issuer}`));

const DRAFT = markers('rancangan', 'draf', 'draft', 'konsep', 'raperbup', 'ranperbup', 'raperwal', 'ranperwal', 'raperda', 'ranperda', 'rapergub', 'ranpergub');

/** Regulation kinds, checked first. */
const REGULATION: [DocumentKind, Marker[]][] = [
  [
    'peraturan',
    [
      ...withIssuers('peraturan'),
      ...markers('perbup', 'perwal', 'pergub', 'perda', 'perkada', 'permen', 'permenko', 'perpres', 'perban', 'qanun'),
    ],
  ],
  [
    'keputusan',
    [
      ...withIssuers('keputusan'),
      ...markers('surat keputusan', 'sk bupati', 'sk walikota', 'sk wali kota', 'sk gubernur', 'sk kepala', 'sk sekretaris', 'sk nomor', 'sk no', 'sk tim', 'kepbup', 'kepwal', 'kepgub', 'kepmen', 'kepmenko', 'keputusan'),
    ],
  ],
  ['instruksi', [...withIssuers('instruksi'), ...markers('instruksi')]],
  ['surat-edaran', markers('surat edaran', 'edaran', 'se nomor', 'se no')],
];

/** Other kinds in priority order (the first marker found on the earliest line wins). */
const OTHER: [DocumentKind, Marker[]][] = [
  ['kerja-sama', markers('nota kesepahaman', 'memorandum of understanding', 'memorandum saling pengertian', 'perjanjian kerja sama', 'perjanjian kerjasama', 'kesepakatan bersama', 'mou', 'pks')],
  ['siaran-pers', markers('siaran pers', 'press release', 'rilis pers', 'rilis media', 'rilis berita', 'siaran media', 'siaran berita', 'news release', 'info pers', 'kliping berita', 'kliping media', 'kliping koran', 'news clipping', 'berita', 'rilis')],
  ['notulen', markers('notulen', 'notula', 'notulensi', 'risalah rapat', 'catatan rapat', 'minutes of meeting', 'berita acara rapat', 'laporan singkat rapat')],
  ['undangan', markers('undangan', 'surat undangan')],
  ['nota-dinas', markers('nota dinas', 'memo dinas', 'memo internal', 'memorandum', 'memo', 'telaahan staf', 'telaah staf')],
  ['laporan-audit', markers('laporan audit', 'laporan hasil audit', 'laporan pelaksanaan audit', 'hasil audit', 'audit report', 'laporan hasil pemeriksaan', 'berita acara exit meeting', 'berita acara entry meeting', 'exit meeting', 'laporan hasil pengujian keamanan', 'laporan pengujian keamanan', 'laporan hasil uji keamanan', 'laporan uji keamanan', 'laporan hasil penilaian keamanan', 'laporan penilaian keamanan', 'laporan hasil asesmen keamanan', 'laporan asesmen keamanan', 'laporan penetration test', 'laporan pentest', 'laporan hasil penilaian kerentanan', 'laporan penilaian kerentanan', 'laporan uji penetrasi', 'laporan hasil uji penetrasi', 'laporan pengujian penetrasi', 'laporan hasil pengujian penetrasi', 'laporan uji kerentanan', 'laporan hasil uji kerentanan', 'laporan pemindaian kerentanan', 'laporan vulnerability assessment', 'laporan vapt', 'penetration test report', 'vulnerability assessment report', 'security assessment report')],
  ['laporan-evaluasi', markers('laporan hasil evaluasi', 'laporan evaluasi', 'laporan hasil reviu', 'laporan reviu', 'laporan review', 'hasil reviu', 'laporan pemantauan', 'laporan monitoring', 'laporan monev', 'laporan hasil pemantauan', 'evaluation report', 'review report', 'reviu', 'review')],
  ['sop', markers('standar operasional prosedur', 'standard operating procedure', 'standar operasional dan prosedur', 'prosedur operasional standar', 'sop')],
  ['manual', markers('manual book', 'buku manual', 'manual pengguna', 'panduan pengguna', 'panduan penggunaan', 'panduan singkat', 'panduan aplikasi', 'petunjuk penggunaan', 'petunjuk teknis penggunaan', 'user manual', 'user guide', 'buku panduan', 'buku petunjuk')],
  ['anggaran', markers('dokumen pelaksanaan anggaran', 'dokumen pelaksanaan perubahan anggaran', 'rencana kerja dan anggaran', 'dpa', 'dppa', 'rka', 'rkakl', 'rka kl', 'rka skpd', 'rka pd')],
  ['dokumen-desain', markers('dokumen desain', 'dokumen perancangan', 'desain teknis', 'desain sistem', 'desain aplikasi', 'desain solusi', 'desain integrasi', 'perancangan sistem', 'perancangan aplikasi', 'design document', 'technical design', 'solution design', 'system design', 'software design', 'detailed design', 'integration design', 'sdd')],
  ['dokumen-arsitektur', markers('dokumen arsitektur', 'arsitektur spbe', 'arsitektur sistem pemerintahan', 'arsitektur pemerintah digital', 'enterprise architecture')],
  ['dokumen-peta-rencana', markers('dokumen peta rencana', 'peta rencana', 'rencana induk spbe', 'rencana induk tik', 'rencana induk teknologi', 'rencana induk pemerintah digital', 'masterplan', 'master plan', 'roadmap spbe', 'road map spbe', 'peta jalan')],
  ['pedoman', markers('pedoman', 'buku pedoman', 'panduan', 'petunjuk teknis', 'petunjuk pelaksanaan', 'juknis', 'juklak', 'guideline', 'guidelines', 'handbook', 'buku saku')],
  ['rencana', markers('rencana aksi', 'rencana kerja', 'rencana strategis', 'rencana kegiatan', 'rencana tindak lanjut', 'rencana pengembangan', 'rencana', 'renstra', 'renja', 'program kerja', 'action plan', 'work plan')],
  ['daftar', markers('daftar', 'register', 'katalog', 'catalog', 'catalogue', 'inventaris', 'inventory')],
  ['laporan', markers('laporan', 'report')],
];

/**
 * English titles name their kind at the end ("Web Application Penetration Testing Report", "Data Centre Assessment",
 * "Enterprise Architecture Blueprint"): checked on short head lines, longest marker first.
 */
const ENGLISH_TAIL: [DocumentKind, Marker[]][] = [
  ['laporan-audit', markers('audit report', 'penetration test report', 'penetration testing report', 'pentest report', 'vulnerability assessment report', 'security assessment report', 'security assessment', 'vulnerability assessment')],
  ['laporan-evaluasi', markers('evaluation report', 'review report', 'assessment report', 'assessment', 'review', 'evaluation', 'gap analysis', 'gap assessment')],
  ['notulen', markers('minutes', 'meeting minutes', 'meeting record', 'meeting notes', 'record of meeting')],
  ['dokumen-desain', markers('design document', 'design', 'design specification', 'technical design', 'solution design', 'system design', 'high level design', 'low level design', 'sdd')],
  ['dokumen-arsitektur', markers('architecture blueprint', 'enterprise architecture', 'blueprint')],
  ['dokumen-peta-rencana', markers('roadmap', 'road map', 'master plan', 'masterplan')],
  ['anggaran', markers('budget', 'budget lines', 'budget plan', 'budget proposal', 'budget breakdown', 'annual budget', 'work plan and budget')],
  ['rencana', markers('action plan', 'work plan', 'plan')],
  ['daftar', markers('register', 'inventory', 'catalogue', 'catalog', 'log')],
  ['pedoman', markers('guideline', 'guidelines', 'handbook', 'guide')],
  ['sop', markers('standard operating procedure', 'standard operating procedures')],
  ['laporan', markers('report', 'final report', 'summary')],
];
/** English titles that open with their kind ("Independent Audit of Network Infrastructure", "Minutes of the … Meeting"). */
const ENGLISH_HEAD: [DocumentKind, Marker[]][] = [
  ['laporan-audit', markers('independent audit of', 'audit of', 'independent audit')],
  ['notulen', markers('minutes of the', 'minutes of')],
];
const TAIL_MAX_WORDS = 10;
/** Years and version numbers that may close an English title ("… Blueprint 2025–2029", "… Report v2"). */
const TRAILING = /^(\d+|v\d+|q[1-4i]|[ivx]+)$/;

/**
 * A marker directly followed by one of these words names another kind ("berita acara", "berita daerah": the regional
 * gazette a Perkada is promulgated in, not a news item).
 */
const NOT_FOLLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [marker('berita').join(' '), new Set(skeletonTokens('acara negara daerah'))],
  // "Rilis ini menindaklanjuti …", "rilis perbaikan", "rilis modul baru": a software release, not a press release.
  [marker('rilis').join(' '), new Set(skeletonTokens('aplikasi versi ini tersebut perbaikan terbaru pertama kedua produksi fitur modul'))],
  [marker('daftar').join(' '), new Set(skeletonTokens('isi pustaka gambar tabel lampiran singkatan istilah'))],
]);

/** Labels that may precede the marker on its line ("Perihal : Undangan …"). */
const LABELS = new Set(skeletonTokens('perihal hal judul sifat'));
const NUMBERING = /^(\d+|[ivx]+|[a-z])$/;

const UI_WORDS = new Set(
  skeletonTokens(
    'beranda dashboard login logout masuk keluar menu profil pengaturan notifikasi username password sandi ' +
      'home search settings admin operator cari pencarian sign inbox tampilkan unduh unggah upload download simpan ' +
      'tambah hapus ubah edit detail aksi filter riwayat https http www dasbor administrator',
  ),
);
const IMAGE_EXT = /\.(png|jpe?g|gif|bmp|webp|tiff?|heic)$/i;
/** An image whose file name says it is a screen capture ("Tangkapan layar portal ….png", "Screenshot 2025-…png"). */
const SCREEN_NAME = /(^|[\/\s_-])(tangkapan[\s_-]*layar|cuplikan[\s_-]*layar|screen[\s_-]*shot|screen[\s_-]*capture)/i;

/**
 * A news lede: a place (and a day or date) before a dash, then the story ("Sindangraya, Senin (3/3/2025) – Bupati …",
 * "KARANGASRI — Pemerintah Provinsi …"), in the first lines. OCR of a print may lose the slashes of the date or the
 * comma after the place ("WANASARI Senin (8 9 2025) - …").
 */
const DATELINE = /^\p{Lu}[\p{L}'.]*(?:\s+\p{Lu}[\p{L}'.]*){0,3}\s*(?:,\s*\p{L}+)?\s*(?:\(\s*\d{1,2}(?:\s*[\/.-]?\s*\d{1,2})?(?:\s*[\/.-]?\s*\d{2,4})?\s*\))?\s*(?:,?\s*\d{1,2}\s+\p{L}+\s+\d{4})?\s*[–—-]{1,2}\s+(.+)$/u;
const DATELINE_LINES = 6;
const LEDE_MIN_WORDS = 8;
/** Furniture of a news page or web article; two of them make a news item. */
const NEWS_FURNITURE = /^(diposting|diunggah|dipublikasikan|ditulis) oleh\b|^dibaca\s+\d+\s+kali|^(bagikan|share)\s*:|^tags?\s*:/i;
/**
 * The credits of a news item ("Penulis: Humas | Editor: Redaksi"), anywhere in a line: OCR of a print may drop the bar
 * between them and read the colon as another mark ("Penulis + Humas Setda Editor. Redaksi").
 */
const NEWS_CREDIT = /(?:^|\s|\|)(?:penulis|editor|reporter|redaktur|pewarta|fotografer|sumber berita)\s*[:;.+](?=\s|$)/giu;
const NEWS_FURNITURE_MIN = 2;

/**
 * A web page's breadcrumb through its news section ("Beranda > Berita > Pemerintahan", "Home » News"). A bar is no
 * breadcrumb's separator: "Beranda | Profil | Berita | Kontak" is a portal's menu, on the screen of any service.
 */
const BREADCRUMB = /^(beranda|home)\s*[>›»/]\s*(.*[>›»/]\s*)?(berita|news|artikel|kabar)\b/i;
/** A publication stamp alone on its line: a date and a time ("Senin, 3 Maret 2025 | 10:15 WIB", "03/03/2025 10.15"). */
const PUBLISHED = /^((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?\d{1,2}[\s/.-]+(\p{L}+|\d{1,2})[\s/.-]+\d{2,4}\s*[|,–—-]?\s*(pukul\s*)?\d{1,2}[:.]\d{2}(\s*(wib|wita|wit))?\s*$/iu;
const HEADLINE_MIN_WORDS = 5;

/** A headline in title case ("Pemkab Serayu Gelar Rapat Tim Koordinasi SPBE"), not a heading in capitals or a sentence. */
function isHeadline(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length < HEADLINE_MIN_WORDS || /[.:;]$/.test(text.trim())) return false;
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  const allCaps = ws.filter((w) => !/\p{Ll}/u.test(w)).length;
  return capitalised / ws.length >= 0.6 && allCaps / ws.length < 0.6;
}

/** A web article as printed: a breadcrumb through the news section, or a headline over its publication stamp. */
function looksLikeWebArticle(page: readonly DocLine[]): boolean {
  const top = page.slice(0, DATELINE_LINES).map((l) => l.text.trim());
  if (top.some((t) => BREADCRUMB.test(t))) return true;
  const headline = top.findIndex(isHeadline);
  if (headline < 0) return false;
  const stamp = top.slice(headline + 1, headline + 4).findIndex((t) => PUBLISHED.test(t));
  // The story follows the stamp (a photo documentation page under a dated caption has none).
  return stamp >= 0 && page.slice(headline + stamp + 2).some((l) => isStory(l.text));
}

/** Reported speech: a quotation followed by who said it ("…," kata Wali Kota / ujar Kepala Dinas). */
const ATTRIBUTION = /["”»]\s*,?\s*(kata|ujar|ungkap|tutur|jelas|imbuh|tambah|pungkas|said|says)(nya)?\b/iu;

function quotesSomeone(text: string): boolean {
  return ATTRIBUTION.test(text);
}

/**
 * The text after a dateline is a story: a sentence in ordinary case, not a title in capitals ("RELEASE NOTES - …") nor
 * a subtitle in title case run in after a title ("Change Request Log – Q1 2025 Provincial Office of Communication and
 * Informatics": OCR or a flat layout joined them).
 */
function isStory(text: string, runOn = ''): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const lower = text.match(/\p{Ll}/gu) ?? [];
  return `${text} ${runOn}`.trim().split(/\s+/).length >= LEDE_MIN_WORDS && lower.length >= letters.length / 2 && !isTitleCase(text);
}

/** A lede cut short runs on: a sentence begun in ordinary case ("Pemerintah Provinsi … terus memperbarui"), not a title ("Service Desk"). */
const RUN_ON_MIN_WORDS = 5;
const RUN_ON_MIN_LOWER = 2;

function runsOn(story: string): boolean {
  const ws = story.trim().split(/\s+/);
  return !/[.!?]$/.test(story.trim()) && ws.length >= RUN_ON_MIN_WORDS && ws.filter((w) => /^\p{Ll}/u.test(w)).length >= RUN_ON_MIN_LOWER;
}

/**
 * The lede after a dateline on one of the first lines. Its sentence may run on to the next line (a photo or a narrow
 * column cuts it short: "Karangasri – Pemerintah Provinsi Nusa Karang terus memperbarui" / "portal data terbuka …"):
 * the words of that line count too, the case of the story is read from the dateline's line.
 */
/** A section's label before a dash ("Abstrak - Penelitian ini …", "Ringkasan – …"): no place of a dateline. */
const LABEL_BEFORE_DASH = /^(abstrak|abstract|ringkasan|summary|catatan|keterangan|kesimpulan|note|notes)\s*[–—-]/i;

function hasLede(page: readonly DocLine[]): boolean {
  return page.slice(0, DATELINE_LINES).some((l, i) => {
    const story = DATELINE.exec(l.text)?.[1];
    if (story === undefined || LABEL_BEFORE_DASH.test(l.text.trim())) return false;
    return isStory(story, runsOn(story) ? (page[i + 1]?.text ?? '') : '');
  });
}

/**
 * True for a news item or web article: a dateline lede near the top of a document whose heading names no other kind
 * (minutes list speakers as "Diskominfo – menyampaikan …"), or the furniture of a news page.
 */
function looksLikeNews(doc: DocModel, named: DocumentKind | null): boolean {
  const page = doc.lines.filter((l) => l.page === doc.headPage);
  return (hasLede(page) && named === null) || reportsNews(page, named);
}

/**
 * The marks of a news story that no application screen carries: reported speech, a web article's layout, or the
 * credits and furniture of a news page. A phone photo of a printed news item whose story holds a few words that are
 * also menu words ("masuk", "tambah") is that news item, not a screen.
 */
function reportsNews(page: readonly DocLine[], named: DocumentKind | null): boolean {
  if ((looksLikeWebArticle(page) || quotesSomeone(page.map((l) => l.text).join('\n'))) && named === null) return true;
  const credits = page.reduce((n, l) => n + [...l.text.matchAll(NEWS_CREDIT)].length, 0);
  const furniture = page.flatMap((l) => l.text.split(/\s+\|\s+/)).filter((part) => NEWS_FURNITURE.test(part.trim())).length;
  return credits + furniture >= NEWS_FURNITURE_MIN;
}

function lineTokens(doc: DocModel, line: DocLine): string[] {
  const tokens = doc.tokens.slice(line.tokenStart, line.tokenEnd);
  let skip = 0;
  while (skip < tokens.length - 1 && (NUMBERING.test(tokens[skip] ?? '') || LABELS.has(tokens[skip] ?? ''))) skip++;
  return tokens.slice(skip);
}

/** A word after a marker that OCR read with one slip is still that word ("BERITA DAERAM KABUPATEN …" is the gazette). */
const FOLLOW_SLIP_MIN = 5;

function namesOtherKind(marker: string, next: string): boolean {
  const words = NOT_FOLLOWED.get(marker);
  if (words === undefined) return false;
  if (words.has(next)) return true;
  return next.length >= FOLLOW_SLIP_MIN && [...words].some((w) => w.length >= FOLLOW_SLIP_MIN && editDistance(w, next) <= 1);
}

function startsWith(tokens: readonly string[], m: Marker): boolean {
  if (m.length === 0 || m.length > tokens.length || !m.every((t, i) => tokens[i] === t)) return false;
  const next = tokens[m.length];
  return next === undefined || !namesOtherKind(m.join(' '), next);
}

function headLines(doc: DocModel): DocLine[] {
  const firstPage = doc.headPage;
  return doc.lines.filter((l) => l.page === firstPage).slice(0, HEAD_LINES);
}

/** "DRAF PERATURAN BUPATI …": the draft word may precede the heading on the same line. */
function withoutDraftWord(tokens: string[]): string[] {
  const lead = DRAFT.find((m) => m.length === 1 && startsWith(tokens, m));
  return lead === undefined ? tokens : tokens.slice(1);
}

function firstKind(doc: DocModel, lines: readonly DocLine[], table: readonly [DocumentKind, Marker[]][]): DocumentKind | null {
  for (const line of lines) {
    const tokens = withoutDraftWord(lineTokens(doc, line));
    for (const [kind, list] of table) if (list.some((m) => startsWith(tokens, m))) return kind;
  }
  return null;
}

/** True when the head of the document says it is a draft. */
export function isDraft(doc: DocModel): boolean {
  return headLines(doc)
    .slice(0, DRAFT_LINES)
    .some((line) => DRAFT.some((m) => startsWith(lineTokens(doc, line), m)));
}

/** An image, or a file the folder or its name calls a screen capture (the text of one, a PDF of screenshots). */
function readAsImage(path: string): boolean {
  return IMAGE_EXT.test(path) || SCREEN_NAME.test(path);
}

/** Short UI-like text: menu words, mostly short lines; an image with almost no text is a screen capture too. */
/** An address bar read off a screen ("https://esakip.ranahtinggikab.go.id/pk"), on one of the first lines. */
const ADDRESS_BAR = /^(https?:\/\/|www\.)\S+$/i;
const ADDRESS_BAR_LINES = 3;

function looksLikeScreenshot(doc: DocModel, primaryPath: string): boolean {
  if (doc.wordCount > SCREENSHOT_MAX_WORDS) return false;
  // An image that opens with an address bar is a screen capture of a web application, whatever its menu names.
  const head = doc.lines.filter((l) => l.page === doc.headPage).slice(0, ADDRESS_BAR_LINES);
  if (readAsImage(primaryPath) && head.some((l) => ADDRESS_BAR.test(l.text.trim()))) return true;
  const ui = new Set(doc.tokens.filter((t) => UI_WORDS.has(t)));
  if (ui.size < 2) return readAsImage(primaryPath) && doc.wordCount < IMAGE_FEW_WORDS;
  if (readAsImage(primaryPath)) return true;
  const short = doc.lines.filter((l) => l.tokenEnd - l.tokenStart <= 4).length;
  return doc.lines.length > 0 && short / doc.lines.length >= 0.6;
}

function endsWith(tokens: readonly string[], m: Marker): boolean {
  return m.length > 0 && m.length <= tokens.length && m.every((t, i) => tokens[tokens.length - m.length + i] === t);
}

/** A row of a table ("3.4 | Information security: annual vulnerability assessment | 300") is no title. */
const TABLE_ROW = /\s\|\s|\t/;

/** The kind an English title line names at its end, or at its start for an audit. */
function englishKind(doc: DocModel, line: DocLine): DocumentKind | null {
  if (TABLE_ROW.test(line.text)) return null;
  const tokens = lineTokens(doc, line);
  if (tokens.length === 0 || tokens.length > TAIL_MAX_WORDS) return null;
  let end = tokens.length;
  while (end > 1 && TRAILING.test(tokens[end - 1] ?? '')) end--;
  const title = tokens.slice(0, end);
  for (const [kind, list] of ENGLISH_TAIL) if (list.some((m) => endsWith(title, m))) return kind;
  for (const [kind, list] of ENGLISH_HEAD) if (list.some((m) => startsWith(title, m))) return kind;
  return null;
}

/**
 * The kind named on the earliest head line; on one line a regulation heading beats the rest. With `skipSubject`, the
 * "tentang" clause of a regulation names its subject, not its kind ("NOMOR 5 TAHUN 2025 TENTANG PEDOMAN MANAJEMEN
 * RISIKO" is a Perbup whose heading was cut off): only regulation headings count there.
 */
function earliestKind(doc: DocModel, head: readonly DocLine[], skipSubject: boolean): DocumentKind | null {
  for (const line of head) {
    const kind = (citesInSentence(line) ? null : firstKind(doc, [line], REGULATION)) ?? (skipSubject && line.place === 'tentang' ? null : firstKind(doc, [line], OTHER) ?? englishKind(doc, line));
    if (kind !== null) return kind;
    if (namesRecord(doc, line)) return 'lainnya';
  }
  return null;
}

const SENTENCE_MIN_WORDS = 12;

/**
 * A sentence that opens with the act it cites ("Peraturan Presiden Nomor 95 Tahun 2018 mewajibkan instansi
 * pemerintah menerapkan SPBE …" under a paper's introduction): many words, mostly in ordinary case. A heading, even one
 * OCR ran together with what follows, is in capitals.
 */
function citesInSentence(line: DocLine): boolean {
  if (line.tokenEnd - line.tokenStart < SENTENCE_MIN_WORDS) return false;
  const letters = line.text.match(/\p{L}/gu) ?? [];
  const lower = line.text.match(/\p{Ll}/gu) ?? [];
  return lower.length >= letters.length / 2;
}

/**
 * A record's heading ("BERITA ACARA" over "INTEGRASI DATA RENCANA KEBUTUHAN BARANG MILIK DAERAH …", "SURAT
 * PERNYATAAN"): the lines under it name what was recorded, not the document's kind (that plan is not this record).
 */
const RECORD = markers('berita acara', 'surat pernyataan', 'surat keterangan');

function namesRecord(doc: DocModel, line: DocLine): boolean {
  const tokens = lineTokens(doc, line);
  return RECORD.some((m) => startsWith(tokens, m));
}

/** Kinds written as a letter: their head holds the fields of a letter. */
const LETTER_KINDS: ReadonlySet<DocumentKind> = new Set(['nota-dinas', 'undangan', 'notulen']);
/** A field of a letter's head ("Kepada : …", "Yth. :", "Dari :", "Tgl :", "Perihal :"). */
const LETTER_FIELD = /^(kepada|yth|dari|nomor|no|tanggal|tgl|perihal|hal|sifat|lampiran|tembusan)\.?\s*:/i;
const LETTER_FIELDS_MIN = 3;

/** A memo, an invitation or minutes whose head has the fields of a letter (their colons perhaps lost to OCR): short lines, but no screen. */
function isLetter(head: readonly DocLine[], named: DocumentKind | null): boolean {
  return named !== null && LETTER_KINDS.has(named) && head.filter((l) => LETTER_FIELD.test(l.text) || isBareLetterField(l.text)).length >= LETTER_FIELDS_MIN;
}

const REGULATION_KINDS: ReadonlySet<DocumentKind> = new Set(['peraturan', 'keputusan', 'instruksi', 'surat-edaran', 'rancangan']);

/** Regulation-type documents (set or draft): they regulate rather than implement. */
export function isRegulation(kind: DocumentKind): boolean {
  return REGULATION_KINDS.has(kind);
}

/**
 * The frame of a regulation whose heading line is lost (kop and "PERATURAN BUPATI …" cut off a scan, a copy that
 * starts at "NOMOR … TENTANG …"): considerations, then articles (a Peraturan) or the decision (a Keputusan).
 */
/** A speck or mark OCR read in the margin before the line's first word ('" Pasal 2', '~ Menimbang'). */
const MARGIN_JUNK = String.raw`^[^\p{L}\d]{0,3}`;
const CONSIDERING = new RegExp(`${MARGIN_JUNK}menimbang\\b`, 'iu');
const ARTICLE = new RegExp(`${MARGIN_JUNK}pasal\\s+\\d+\\b`, 'iu');
const DECIDING = new RegExp(`${MARGIN_JUNK}(memutuskan\\b|(kesatu|pertama)\\s*:)`, 'iu');
const FRAME_LINES = 40;

function regulationFrame(doc: DocModel): DocumentKind | null {
  const lines = doc.lines.filter((l) => l.page === doc.headPage).slice(0, FRAME_LINES).map((l) => l.text);
  const considering = lines.findIndex((l) => CONSIDERING.test(l));
  if (considering < 0) return null;
  const rest = lines.slice(considering + 1);
  if (rest.some((l) => ARTICLE.test(l))) return 'peraturan';
  if (rest.some((l) => DECIDING.test(l))) return 'keputusan';
  return null;
}

/** The subject of a decree that sets a procedure ("TENTANG STANDAR OPERASIONAL PROSEDUR PERMINTAAN LAYANAN PUSAT DATA"). */
const PROCEDURE_SUBJECT = markers('tentang standar operasional prosedur', 'tentang standar operasional dan prosedur', 'tentang prosedur operasional standar', 'tentang sop', 'tentang standard operating procedure');

/**
 * A Keputusan that sets an SOP weighs as that SOP: the procedure a unit runs its service by, evidence of the service
 * at work, not a policy of the instansi (a Peraturan on the subject is). Its kind stays a Keputusan.
 */
export function setsProcedure(doc: DocModel, kind: DocumentKind): boolean {
  if (kind !== 'keputusan') return false;
  const subject = doc.lines.filter((l) => l.place === 'tentang').map((l) => lineTokens(doc, l)).flat();
  const withWord = subject[0] === 'tentang' ? subject : ['tentang', ...subject];
  return PROCEDURE_SUBJECT.some((m) => startsWith(withWord, m));
}

export function detectKind(doc: DocModel, primaryPath: string): DocumentKind {
  const head = headLines(doc);
  // A file the folder or its name calls a screen capture ("Tangkapan layar/jdih.png.txt", a PDF of screenshots) is read
  // like an image: a screen, whatever heading its content shows ("Peraturan Daerah (212) | …", "Rencana Hasil Kerja").
  const image = readAsImage(primaryPath);
  const draft = isDraft(doc);
  const named = earliestKind(doc, head, true);
  // A memo, invitation or minutes with the fields of a letter is that letter, photographed or not.
  const screen = looksLikeScreenshot(doc, primaryPath) && !isLetter(head, named) && !reportsNews(doc.lines.filter((l) => l.page === doc.headPage), named);
  if (image && screen) return 'tangkapan-layar';
  if (named !== null && isRegulation(named)) return draft ? 'rancangan' : named;
  if (screen) return 'tangkapan-layar';
  if (looksLikeNews(doc, named)) return 'siaran-pers';
  // A named screen capture is a screen, whatever title its content shows ("Laporan Hasil Pemeriksaan …" in an app).
  if (IMAGE_EXT.test(primaryPath) && SCREEN_NAME.test(primaryPath)) return 'tangkapan-layar';
  if (named !== null) return named;
  if (draft && head.some((l) => /\b(peraturan|keputusan|perbup|perwal|pergub)\b/i.test(l.text))) return 'rancangan';
  const framed = regulationFrame(doc);
  if (framed !== null) return draft ? 'rancangan' : framed;
  return earliestKind(doc, head, false) ?? 'lainnya';
}
