/** Indonesian number and date formatting, independent of the ICU build. */

export const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** "3,28": fixed decimals, decimal comma, dot as thousands separator. */
export function formatDecimal(value: number, digits = 2): string {
  const fixed = Math.abs(value).toFixed(digits);
  const [intPart = '0', frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/**
 * Digits after the comma of an indicator value: values are shown, written, entered and compared at this precision
 * ("1,17" for 1,1666…).
 */
export const VALUE_DECIMALS = 2;

/**
 * An indicator level or value as users read it: "3" for a whole level, "2,25" for a decimal value (Pemdi), never
 * "2.25". JSON outputs keep numbers; every text, table, page and message prints values through this.
 */
export function formatValue(value: number): string {
  return formatDecimal(value, Number.isInteger(value) ? 0 : VALUE_DECIMALS);
}

/**
 * A decimal number as a coordinator writes it: "1,25", "2.5", "3" (blanks around are fine), or null when the text is
 * not one. Thousands separators are not accepted: levels and index values are small numbers.
 */
export function parseDecimalText(text: string): number | null {
  const match = /^\s*(-?\d+)(?:[.,](\d+))?\s*$/.exec(text);
  if (match === null) return null;
  return Number(`${match[1]}.${match[2] ?? '0'}`);
}

/** "1.100": integer with dot thousands separator. */
export function formatInteger(value: number): string {
  return formatDecimal(Math.round(value), 0);
}

/** "29 November 2026" from a Date or an ISO date (YYYY-MM-DD). */
export function formatDate(date: Date | string): string {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** File sizes in decimal units with a decimal comma: "1,0 MB", "2,5 kB", "340 kB", "12 B" (never "1.009 KB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 999_950) return `${formatDecimal(bytes / 1_000_000, 1)} MB`;
  if (bytes >= 9_950) return `${formatDecimal(bytes / 1000, 0)} kB`;
  if (bytes >= 1000) return `${formatDecimal(bytes / 1000, 1)} kB`;
  return `${bytes} B`;
}

/** Today's date in the machine's local time zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Cuts `text` at a word boundary so it is at most `max` characters, ending with "…" when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.(/-]+$/, '')}…`;
}

/** "29 November 2026 14.05" (local time) from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(local)} ${hh}.${mm}`;
}
