/** Code-unit string order: the same on every machine whatever its locale, so documents and packets are stable. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
