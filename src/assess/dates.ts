/** Date arithmetic on ISO dates (YYYY-MM-DD), in UTC so results do not depend on the machine's time zone. */

/** The ISO date `years` before `today` (fractions of a year count in whole months). */
export function yearsBefore(today: string, years: number): string {
  const [y = 1970, m = 1, d = 1] = today.slice(0, 10).split('-').map(Number);
  const months = Math.round(years * 12);
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

/** A review dated `date` still counts when it is less than the window old, i.e. strictly after the cutoff. */
export function isWithinWindow(date: string, cutoff: string): boolean {
  return date.slice(0, 10) > cutoff;
}

/** "2026-03-01T10:00:00Z" → "2026-03-01" (null stays null). */
export function isoDay(value: string | null): string | null {
  return value === null ? null : value.slice(0, 10);
}
