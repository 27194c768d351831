/**
 * The subject a regulation states in its considerations. A Perkada or Keputusan whose title is generic ("Perubahan
 * atas Peraturan Bupati Nomor 7 Tahun 2022", "Pelaksanaan Peraturan Presiden …", "Penetapan Dokumen") or that OCR
 * garbled names its subject in the Menimbang: each consideration ends in what is needed ("…, perlu menetapkan
 * Peraturan Bupati tentang Pusat Data Daerah;", "bahwa dalam rangka …, perlu membentuk Tim Koordinasi …"). This reads
 * those clauses; the classifier takes them as the subject when the title names no indicator.
 */
import type { DocModel } from './document.ts';

const CONSIDERING = /^menimbang\b\s*:?\s*/i;
/** Where the considerations end: the legal basis, the decision, the articles. */
const END = /^(mengingat|memperhatikan|dengan persetujuan|memutuskan|menetapkan|pasal\s+\d|bab\s+[ivx\d]|(kesatu|pertama)\s*:)/i;
const MAX_LINES = 30;
/** "perlu menetapkan …", "perlu membentuk …", "perlu diatur …": what the consideration says is needed. */
const NEED = /\bperlu\s+(?:untuk\s+)?(?:menetapkan|membentuk|mengatur|menyusun|ditetapkan|dibentuk|diatur|disusun|pengaturan|penetapan|pembentukan)\b\s*(.*)$/is;
/** The subject after the name of the act ("Peraturan Bupati tentang …"); for an amendment, after its last "tentang". */
const TENTANG = /\btentang\b/gi;

/** The considerations of the head page as one text, or "" when the document has none. */
function considerationsText(doc: DocModel): string {
  const lines = doc.lines.filter((l) => l.page === doc.headPage);
  const start = lines.findIndex((l) => CONSIDERING.test(l.text));
  if (start < 0) return '';
  const out: string[] = [];
  for (let i = start; i < lines.length && out.length < MAX_LINES; i++) {
    const text = (lines[i]?.text ?? '').replace(i === start ? CONSIDERING : /^$/, '');
    if (i > start && END.test(text)) break;
    out.push(text);
  }
  return out.join(' ');
}

/** One consideration's need, as the subject it names ("Pembangunan dan Pengembangan Aplikasi"), or null. */
function needOf(item: string): string | null {
  const need = NEED.exec(item)?.[1]?.trim();
  if (need === undefined || need.length === 0) return null;
  let at = -1;
  for (const m of need.matchAll(TENTANG)) at = (m.index ?? 0) + m[0].length;
  const subject = (at >= 0 ? need.slice(at) : need).trim();
  return subject.length === 0 ? null : subject;
}

/** The subjects the considerations name, one per consideration ("bahwa …") that says what is needed. */
export function considerationSubjects(doc: DocModel): string[] {
  const text = considerationsText(doc);
  if (text.length === 0) return [];
  return text
    .split(/;|(?:^|\s)(?:[a-h]\s*[.)]\s*)?bahwa\b/i)
    .map((item) => needOf(item))
    .filter((s): s is string => s !== null);
}
