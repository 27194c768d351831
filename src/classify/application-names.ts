/**
 * The names a document gives applications in its title area or its file name: a word in capitals or in mixed case
 * ("SIARSI", "SIKEUDA", "LANCANG-PINTAR", "SiCantik") right after a word that introduces an application ("Aplikasi
 * SIARSI", "Layanan SIKEUDA", "Sistem SIGAP") or right before a version ("SIKEUDA Versi 3.2", "SIARSI 3.0"), or
 * written in capitals in a file name that is not ("SS SIARSI Peminjaman Arsip.png"). Words of the instrument, its
 * rules and lexicon, and of our instansi's name are no application's name ("Layanan PENGADUAN"). The workspace learns
 * from them (src/learn/application-names.ts): a name that the documents mapped to one service share.
 */
import type { OwnInstansi } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { RuleSet } from './ruleset.ts';

const INTRODUCERS = new Set(['aplikasi', 'sistem', 'layanan', 'application', 'app', 'platform', 'portal', 'modul']);
const VERSION = /^(versi|version|ver\.?|v\d[\d.]*|\d+(\.\d+)+)$/i;
const TITLE_LINES = 6;
const MIN_LETTERS = 3;
const MAX_LENGTH = 24;
/** A name's shape: capitals (with digits or hyphens), or a mixed-case word with a capital after its first letter. */
const CAPITALS = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const MIXED = /^[a-zA-Z]+[A-Z][a-zA-Z0-9]*(?:-[A-Za-z0-9]+)*$|^[a-z]-[A-Z][A-Za-z0-9]+$/;
/** Words of title furniture no vocabulary of the instrument holds. */
const FURNITURE = new Set([
  'tahun', 'nomor', 'versi', 'version', 'kabupaten', 'kota', 'provinsi', 'pemerintah', 'dinas', 'badan', 'bagian', 'laporan', 'catatan', 'rilis', 'release',
  'notes', 'manual', 'panduan', 'pengguna', 'user', 'guide', 'baru', 'new', 'online', 'daring', 'mobile', 'web', 'ri',
  // Names of records and units written in capitals in file names ("LHA …", "BAST …", "RSUD …").
  'gubernur', 'bupati', 'walikota', 'wali', 'lha', 'lhe', 'lhp', 'lhr', 'lhm', 'ba', 'bast', 'sop', 'sk', 'se', 'nd', 'ss', 'opd', 'skpd', 'upt', 'uptd', 'rsud', 'setda', 'setwan', 'bappeda', 'bpkad',
  'bkpsdm', 'bkd', 'bapenda', 'diskominfo', 'dinkes', 'disdik', 'dispusip', 'inspektorat', 'dpmptsp', 'disdukcapil', 'pdf', 'scan', 'img', 'foto',
]);

const vocabularies = new WeakMap<RuleSet, ReadonlySet<string>>();

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
}

/** The words of the instrument's texts, the rules' phrases and the lexicon's forms. */
function vocabulary(rules: RuleSet): ReadonlySet<string> {
  const known = vocabularies.get(rules);
  if (known !== undefined) return known;
  const texts = [
    ...rules.texts.flatMap((i) => [i.nama, i.pertanyaan, i.penjelasan, ...Object.values(i.kriteria), ...Object.values(i.buktiDukung), ...Object.values(i.pemenuhan ?? {})]),
    ...rules.matcher.phrases.map((p) => p.text),
  ];
  const words = new Set(texts.flatMap(wordsOf));
  vocabularies.set(rules, words);
  return words;
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isNameShaped(word: string): boolean {
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  return letters >= MIN_LETTERS && word.length <= MAX_LENGTH && (CAPITALS.test(word) || MIXED.test(word));
}

/** Names introduced or versioned on one line. */
function namesOnLine(line: string): string[] {
  const words = line.split(/\s+/).map(bare).filter((w) => w.length > 0);
  return words.filter((w, i) => {
    if (!isNameShaped(w)) return false;
    const before = (words[i - 1] ?? '').toLowerCase();
    const after = words[i + 1] ?? '';
    return INTRODUCERS.has(before) || VERSION.test(after);
  });
}

/** Words in capitals in a file name written in ordinary case. */
function namesInFileName(name: string): string[] {
  const words = name.split(/[\s_+]+/).map(bare).filter((w) => w.length > 0);
  if (words.every((w) => CAPITALS.test(w) || !/\p{L}/u.test(w))) return namesOnLine(words.join(' '));
  return words.filter((w) => isNameShaped(w) && CAPITALS.test(w));
}

function fileNameOf(path: string): string {
  const last = path.split(/[\\/]+/).pop() ?? '';
  return last.replace(/\.[a-z0-9]{2,5}$/i, '');
}

export function applicationNamesOf(rules: RuleSet, doc: DocModel, paths: readonly string[], instansi: OwnInstansi): string[] {
  const known = vocabulary(rules);
  const own = new Set([instansi.nama, instansi.kota, ...instansi.kop].flatMap(wordsOf));
  const title = doc.lines.filter((l) => (l.titleRank >= 0 && l.titleRank < TITLE_LINES) || l.place === 'tentang');
  const found = [...title.flatMap((l) => namesOnLine(l.text)), ...paths.slice(0, 1).flatMap((p) => namesInFileName(fileNameOf(p)))];
  // A word the text also writes in ordinary case ("aplikasi pendaftaran pasien") is a word, not a name.
  const ordinary = new Set(doc.lines.flatMap((l) => l.text.split(/\s+/).map(bare).filter((w) => /^\p{Ll}+$/u.test(w))));
  const names = found.map((w) => w.toUpperCase()).filter((w) => {
    const lower = w.toLowerCase();
    if (known.has(lower) || own.has(lower) || FURNITURE.has(lower) || ordinary.has(lower)) return false;
    return !wordsOf(lower).some((part) => known.has(part) || FURNITURE.has(part));
  });
  return [...new Set(names)].sort();
}
