/** Documents that name an indicator's topic in other words than the instrument: an English review of the architecture. */
import { describe, expect, it } from 'vitest';
import { accepted, classify } from './helpers.ts';

describe('an English architecture review', () => {
  it('is evidence for the architecture (level 4: the document is reviewed)', () => {
    const text = 'Architecture Review\nSukamaju Regency: Business, Data, Application and Infrastructure Layers\nAnnual review deliverable, November 2025\nThe review compared the regency architecture reference models with the national e-government architecture and checked each domain.\nGaps: the application domain lists 14 systems not in the inventory.';
    expect(accepted(classify(text))).toEqual([11]);
  });

  it('a code review or a review of another topic is not', () => {
    const text = 'Code Review\nLicensing application release 2.3, November 2025\nThe review covered 42 merge requests; 6 needed changes before release.\nStatic analysis found no critical issues.';
    expect(accepted(classify(text))).not.toContain(11);
  });
});
