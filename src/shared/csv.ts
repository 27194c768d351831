/**
 * The one CSV writer for every CSV eviden writes (gaps.csv, the packet's manifest.csv), in one convention: what Excel
 * with the Indonesian locale opens as columns and numbers without an import dialog, and still plain to read by
 * program. Fields are separated by `;`, decimal numbers use the comma ("1,25"; no thousands separator), the text is
 * UTF-8 with a byte order mark, and lines end with CRLF (README, "Berkas CSV"). Fields are quoted when needed, and
 * any text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
 * prefixed with an apostrophe, so a file named `=HYPERLINK(…)` shows as text instead of becoming a link or a
 * calculation.
 */

export type CsvValue = string | number | null;

/** Between fields: the list separator of the Indonesian locale. */
export const CSV_SEPARATOR = ';';
/** In decimal numbers: the Indonesian decimal comma. */
export const CSV_DECIMAL_MARK = ',';

/** A number as Excel in the Indonesian locale reads it: "3", "1,25", "-2" (no thousands separator). */
function csvNumber(value: number): string {
  return String(value).replace('.', CSV_DECIMAL_MARK);
}

/** One field: numbers with the decimal comma; text through the formula guard, then quoted when it needs it. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(CSV_SEPARATOR) || /["\r\n]|^\s|\s$/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the byte order mark, the header, one line per row, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((v) => csvField(v)).join(CSV_SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
