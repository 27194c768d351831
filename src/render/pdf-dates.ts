/**
 * Chromium stamps the print time into /CreationDate and /ModDate; replacing it with the assessment date makes the
 * same inputs give the same bytes. The replacement has the same length, so the xref offsets stay valid.
 */
const DATE_ENTRY = /\/(CreationDate|ModDate) ?\((D:[0-9]{14}[^)]*)\)/g;

export function normalizePdfDates(bytes: Uint8Array, today: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const day = today.slice(0, 10).replace(/-/g, '');
  const replaced = text.replace(DATE_ENTRY, (match: string, _key: string, value: string) => {
    const fixed = `D:${day}000000${value.slice(16)}`;
    return fixed.length === value.length ? match.replace(value, fixed) : match;
  });
  return Buffer.from(replaced, 'latin1');
}
