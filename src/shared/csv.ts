/**
 * The one CSV writer for every CSV eviden writes: CRLF line ends, fields quoted when needed, and any text a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) prefixed with an
 * apostrophe, so a file named `=HYPERLINK(…)` shows as text instead of becoming a link or a calculation.
 */

export type CsvValue = string | number | null;

export interface CsvFormat {
  /** `;` for the Indonesian Excel locale, `,` for the packet manifest. */
  separator: ';' | ',';
  /** A UTF-8 byte order mark, so Excel reads the accents right. */
  bom: boolean;
}

/** One field: the formula guard, then quotes when the text holds the separator, a quote, a line break or edge spaces. */
export function csvField(value: CsvValue, separator: CsvFormat['separator'] = ';'): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]|^\s|\s$/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: header, one line per row, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[], format: CsvFormat): string {
  const lines = [header, ...rows].map((row) => row.map((v) => csvField(v, format.separator)).join(format.separator));
  return `${format.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
