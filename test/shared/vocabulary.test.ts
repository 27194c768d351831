import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/classify/index.ts';
import { findingRows, statusView } from '../../src/render/model/indicators.ts';
import { dashboardHelpers } from '../../src/server/view-helpers.ts';
import { docStatusLabel, KIND_LABELS, kindLabel, severityLabel, severityWord, statusLabel } from '../../src/shared/vocabulary.ts';
import type { Classification } from '../../src/types/classification.ts';

/** A dashboard helper called as a template would (Handlebars passes its options object last). */
function helper(name: string, value: string): unknown {
  const fn = dashboardHelpers[name];
  if (fn === undefined) throw new Error(`no helper ${name}`);
  return fn.call(undefined, value, {});
}

describe('one vocabulary for kinds, statuses and severities', () => {
  it('names error findings "kesalahan", never "galat"', () => {
    expect(severityLabel('error')).toBe('Kesalahan');
    expect(severityWord('error')).toBe('kesalahan');
    expect(findingRows([{ rule: 'x', severity: 'error', message: 'm', indicator: 1, opd: null, sha256: null, path: null }])[0]?.label).toBe('Kesalahan');
    expect(helper('severityLabel', 'error')).toBe('Kesalahan');
  });

  it('gives the reports and the dashboard the same status words', () => {
    for (const status of ['lengkap', 'kurang', 'kosong'] as const) {
      expect(statusView(status).label).toBe(statusLabel(status));
      expect(helper('statusLabel', status)).toBe(statusLabel(status));
    }
    expect(statusLabel('kosong')).toBe('Belum ada bukti');
    expect(helper('docStatusLabel', 'needs-password')).toBe(docStatusLabel('needs-password'));
  });

  it('names each kind once, the same in explain and in the dashboard, with no instrument in it', () => {
    const c: Classification = { sha256: 'a'.repeat(64), kind: 'dokumen-peta-rencana', date: null, enacted: true, mappings: [], candidates: [] };
    expect(explainClassification(c, new Map())[0]).toContain(`Jenis dokumen: ${kindLabel('dokumen-peta-rencana')};`);
    expect(helper('jenis', 'dokumen-peta-rencana')).toBe(kindLabel('dokumen-peta-rencana'));
    expect(Object.values(KIND_LABELS).filter((l) => /SPBE|Pemdi/i.test(l))).toEqual([]);
    expect(new Set(Object.values(KIND_LABELS)).size).toBe(Object.keys(KIND_LABELS).length);
  });
});
