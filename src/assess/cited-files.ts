/**
 * The file names a penjelasan cites (pure): names in quotes ("…", “…”) that end in a file extension, and single
 * words such as `SK_Tim_SPBE.pdf`. A bare word may be the tail of a longer name with spaces written without quotes,
 * so it only needs to match the end of a file name.
 */
import { baseName, normalize } from './text.ts';

const EXTENSION = '(?:pdf|png|jpe?g|docx?|xlsx?|pptx?|tiff?|odt|ods|csv|zip)';
const QUOTED = new RegExp(`["“]([^"“”\\n]{1,200}?\\.${EXTENSION})["”]`, 'gi');
const BARE = new RegExp(`(?:^|[\\s(\\[,;:])([^\\s"“”'()\\[\\],;]+\\.${EXTENSION})(?=$|[\\s).,;:\\]])`, 'gi');

export interface CitedName {
  /** As written in the penjelasan. */
  name: string;
  /** True for a name in quotes (must match a whole file name); false for a bare word (may match its end). */
  quoted: boolean;
}

export function citedNames(penjelasan: string): CitedName[] {
  const found = new Map<string, CitedName>();
  const quotedSpans: [number, number][] = [];
  for (const m of penjelasan.matchAll(QUOTED)) {
    const name = (m[1] ?? '').trim();
    quotedSpans.push([m.index, m.index + m[0].length]);
    if (name !== '') found.set(normalize(name), { name, quoted: true });
  }
  for (const m of penjelasan.matchAll(BARE)) {
    const name = m[1] ?? '';
    const at = m.index + m[0].indexOf(name);
    if (quotedSpans.some(([a, b]) => at >= a && at < b)) continue;
    if (!found.has(normalize(name))) found.set(normalize(name), { name, quoted: false });
  }
  return [...found.values()];
}

/** Whether a cited name names this file (case, spaces, punctuation and the extension ignored). */
export function namesFile(cited: CitedName, filePath: string): boolean {
  const want = normalize(baseName(cited.name));
  const have = normalize(baseName(filePath.split('/').pop() ?? filePath));
  if (want.length < 3) return false;
  const compact = (s: string): string => s.replace(/ /g, '');
  if (have === want || compact(have) === compact(want)) return true;
  return !cited.quoted && (have.endsWith(` ${want}`) || compact(have).endsWith(compact(want)));
}
