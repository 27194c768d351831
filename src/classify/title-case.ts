/**
 * Title case: every word but the minor ones capitalised ("Laporan Pemutakhiran Daftar Perangkat dan Lisensi",
 * "Change Request Log – Q1 2025 Provincial Office of Communication and Informatics"). A title, a subtitle or a name,
 * not a sentence, which leaves its verbs and most of its words in lower case.
 */

/** Words a title leaves in lower case, in Indonesian and English. */
const MINOR_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'yang', 'pada', 'atas', 'dalam', 'bagi', 'tentang', 'serta', 'dengan', 'oleh', 'of', 'and', 'the', 'for', 'in', 'on', 'to', 'by', 'with', 'a', 'an', 'at', 'from']);
const MIN_SIGNIFICANT_WORDS = 4;
const CAPITALISED_SHARE = 0.8;

export function isTitleCase(text: string): boolean {
  const significant = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (significant.length < MIN_SIGNIFICANT_WORDS) return false;
  const capitalised = significant.filter((w) => /^[^\p{L}\d]*[\p{Lu}\d]/u.test(w)).length;
  return capitalised / significant.length >= CAPITALISED_SHARE;
}
