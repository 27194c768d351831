import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../src/assess/evidence.ts';
import { SIGNALS } from '../../src/assess/signals.ts';
import { makeDoc } from './fixtures.ts';

describe('evidence haystack', () => {
  // Signals are read from `signals`; in the haystack "tindak-lanjut" would pass for the phrase "tindak lanjut".
  it.each(Object.values(SIGNALS))('holds reason phrases and file names, not the signal %s', (signal) => {
    const doc = makeDoc({
      sha: 'h1',
      paths: ['SETDA/Perbup SPBE.pdf'],
      kind: 'peraturan',
      signals: [signal],
      maps: [{ indicator: 10, phrases: ['Tim Koordinasi'] }],
    });
    const item = collectEvidence([doc]).get(10)?.accepted[0];
    expect(item?.signals).toEqual([signal]);
    expect(item?.haystack).toBe('tim koordinasi perbup spbe');
  });
});
