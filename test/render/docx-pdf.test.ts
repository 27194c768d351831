import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildFixture, removeFixtures, type Fixture } from './fixture-state.ts';
import { docx } from '../extract/helpers/fixtures.ts';
import { PdfBrowser } from '../../src/render/browser.ts';
import { withDocxAsPdf } from '../../src/render/lampiran/docx-pdf.ts';
import { planInputOf, planLampiran } from '../../src/render/lampiran/plan.ts';
import { PAPERS } from '../../src/render/model/common.ts';

describe('Word evidence in the lampiran', () => {
  let fx: Fixture;
  let browser: PdfBrowser;
  beforeAll(async () => {
    fx = await buildFixture();
    browser = new PdfBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    removeFixtures();
  });

  it('keeps an unreadable DOCX out, with its reason', async () => {
    const state = await withDocxAsPdf(fx.state, { browser, paper: PAPERS.A4 });
    const plan = planLampiran(planInputOf(state));
    const excluded = plan.bundles.flatMap((b) => b.excluded);
    expect(excluded.some((e) => e.title.endsWith('.docx') && /DOCX/.test(e.reason))).toBe(true);
  });

  it('converts a readable DOCX to a cached PDF that the lampiran includes', async () => {
    const view = fx.state.documents.find((d) => d.doc.type === 'docx')!;
    const real = path.join(fx.root, 'scratch', 'sop.docx');
    writeFileSync(real, await docx(['STANDAR OPERASIONAL PROSEDUR\nLayanan Manajemen SPBE', 'Halaman kedua prosedur']));
    const state = { ...fx.state, documents: fx.state.documents.map((d) => (d === view ? { ...d, archiveFile: real } : d)) };
    const converted = await withDocxAsPdf(state, { browser, paper: PAPERS.A4 });
    const after = converted.documents.find((d) => d.doc.sha256 === view.doc.sha256)!;
    expect(after.doc.type).toBe('pdf');
    expect(after.doc.pages).toBeGreaterThanOrEqual(1);
    expect(after.archiveFile).toContain(path.join('.eviden', 'cache', 'docx-pdf'));
    expect(execFileSync('pdftotext', [after.archiveFile, '-'], { encoding: 'utf8' })).toContain('STANDAR OPERASIONAL PROSEDUR');
    const plan = planLampiran(planInputOf(converted));
    const included = plan.bundles.flatMap((b) => b.parts.flatMap((p) => p.segments));
    expect(included.some((s) => s.kind === 'document' && s.doc.sha256 === view.doc.sha256)).toBe(true);
    expect(plan.bundles.flatMap((b) => b.excluded).some((e) => e.sha256 === view.doc.sha256)).toBe(false);
    // The original stays in the state the packet copies from.
    expect(fx.state.documents.find((d) => d.doc.sha256 === view.doc.sha256)!.doc.type).toBe('docx');
  });
});
