/** Indonesian number formats shared by the CLI, the dashboard and the reports. */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatValue } from '../../src/shared/format.ts';

describe('formatBytes', () => {
  it('uses kB and MB with a decimal comma, never "1.009 KB"', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(2_500)).toBe('2,5 kB');
    expect(formatBytes(340_200)).toBe('340 kB');
    expect(formatBytes(1_009_000)).toBe('1,0 MB');
    expect(formatBytes(999_960)).toBe('1,0 MB');
    expect(formatBytes(23_456_789)).toBe('23,5 MB');
    expect(formatBytes(1_234_567_890)).toBe('1.234,6 MB');
  });
});

describe('formatValue', () => {
  it('prints a whole level as it is and a decimal value with the Indonesian comma, never a dot', () => {
    expect(formatValue(3)).toBe('3');
    expect(formatValue(1.25)).toBe('1,25');
    expect(formatValue(2.5)).toBe('2,50');
    expect(formatValue(7 / 6)).toBe('1,17');
  });
});
