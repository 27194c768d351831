/**
 * Six documents of the generalisation set end to end (scripts/fixtures/generalise-e2e): rendered as the file staff
 * would drop (born-digital PDF, image-only scan, phone photo), scanned by the real pipeline and mapped as their labels
 * say. Each stands for a loss between text and pipeline that was fixed: a heading flattened by OCR and then wrapped
 * at the page width, a consideration whose "Menimbang" OCR read as a column of its own, phone photos lit unevenly
 * (illumination), a blank first page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eDocs, generaliseDocs, type E2eForm } from '../../scripts/fixtures/generalise-e2e/set.ts';
import { runGeneraliseE2e, type E2eResult } from '../../scripts/fixtures/generalise-e2e/run.ts';

const CASES: { id: string; form: E2eForm }[] = [
  { id: 'scan-pergub-audit', form: 'teks' },
  { id: 'p5-flat-perwal-keamanan', form: 'pindaian' },
  { id: 'p6-kepwal-penetapan-dokumen', form: 'pindaian' },
  { id: 'p7-flat-kepbup-arsitektur', form: 'foto' },
  { id: 'p6-perbup-perubahan-aplikasi', form: 'foto' },
  { id: 'p2-perwal-menimbang', form: 'foto' },
];

describe('generalisation documents through the real pipeline', () => {
  let results: E2eResult[] = [];
  beforeAll(async () => {
    const wanted = new Set(CASES.map((c) => c.id));
    results = await runGeneraliseE2e(await e2eDocs(generaliseDocs().filter((d) => wanted.has(d.doc.id))));
  }, 120_000);

  it.each(CASES)('$id ($form) maps as labelled', ({ id, form }) => {
    const r = results.find((x) => x.doc.id === id);
    expect(r, id).toBeDefined();
    expect(r?.form).toBe(form);
    expect(r?.status).toBe('ok');
    expect(r?.got, r?.pages.join('\n\f')).toEqual(r?.doc.expected);
  });
});
