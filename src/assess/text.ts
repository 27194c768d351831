/** Loose text matching for the assessment heuristics: lower case, letters and digits only, single spaces. */

/** "Perbup_SPBE-2023.PDF" → "perbup spbe 2023 pdf". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the normalized `haystack` contains the normalized `phrase` as whole words. */
export function hasPhrase(haystack: string, phrase: string): boolean {
  const needle = normalize(phrase);
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/** The first of `phrases` found in `haystack` (whole words), or null. */
export function firstPhrase(haystack: string, phrases: readonly string[]): string | null {
  return phrases.find((p) => hasPhrase(haystack, p)) ?? null;
}

/** The last path segment without its extension: "DISKOMINFO/01/Perbup SPBE.pdf" → "Perbup SPBE". */
export function baseName(path: string): string {
  const last = path.split('/').pop() ?? path;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}


/** "a", "a dan b", "a, b, dan c". */
export function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/** Lists at most `max` items and says how many more there are: "a, b, dan 3 lainnya". */
export function listSome(items: readonly string[], max = 3): string {
  if (items.length <= max) return joinIndonesian(items);
  return joinIndonesian([...items.slice(0, max), `${items.length - max} lainnya`]);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Code-point order: stable across machines and locales. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
