import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView } from '../../src/types/state.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import {
  SEPARATOR_ROWS_FIRST,
  locate,
  locationText,
  planInputOf,
  planLampiran,
  type LampiranBundle,
  type PlanInput,
} from '../../src/render/lampiran/plan.ts';
import { buildFixture, type Fixture, removeFixtures } from './fixture-state.ts';

afterAll(removeFixtures);

function fakeView(sha: string, file: string, opd: string, pages: number, size: number): DocumentView {
  return {
    doc: {
      sha256: sha, size, type: 'pdf', status: 'ok', message: '', pages, ocrPages: 0, encrypted: false,
      archivePath: `archive/${sha}.pdf`, firstSeen: '', extractedAt: null,
    },
    locations: [], classification: null, archiveFile: `/nonexistent/${sha}.pdf`, path: `${opd}/${file}`, opd,
  };
}

function syntheticInput(docs: number, pages: number, size: number, maxBytes: number, indicator = 10): PlanInput {
  const views = Array.from({ length: docs }, (_, i) => fakeView(`sha${String(i).padStart(3, '0')}`, `Dok ${String(i).padStart(3, '0')}.pdf`, 'Diskominfo', pages, size));
  return {
    instrument: loadPack('spbe-2020').instrument,
    evidence: new Map([[indicator, views.map((v) => v.doc.sha256)]]),
    documents: new Map(views.map((v) => [v.doc.sha256, v])),
    per: 'indikator',
    maxBytes,
  };
}

/** Pages of a bundle are numbered 1..total without gaps across segments and parts. */
function expectContinuous(bundle: LampiranBundle): void {
  let next = 1;
  for (const part of bundle.parts) {
    expect(part.firstPage).toBe(next);
    for (const seg of part.segments) {
      expect(seg.startPage).toBe(next);
      next += seg.pages;
    }
    expect(part.lastPage).toBe(next - 1);
  }
  expect(bundle.totalPages).toBe(next - 1);
}

describe('lampiran plan (per indikator)', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await buildFixture();
  });

  it('makes one bundle per indicator with evidence, coded domain.indicator', () => {
    const plan = planLampiran(planInputOf(fx.state));
    expect(plan.bundles.map((b) => b.code)).toEqual(['I.1', 'I.3', 'I.10', 'II.11', 'II.17', 'II.19', 'III.28', 'III.29', 'IV.37']);
    for (const b of plan.bundles) expectContinuous(b);
  });

  it('puts the separator first, documents after it, and lists what cannot be included with the reason', () => {
    const plan = planLampiran(planInputOf(fx.state));
    const b19 = plan.bundles.find((b) => b.code === 'II.19')!;
    const segs = b19.parts[0]!.segments;
    expect(segs.map((s) => s.kind)).toEqual(['separator', 'document', 'document']);
    const docs = segs.flatMap((s) => (s.kind === 'document' ? [`${s.doc.title}@${s.startPage}`] : []));
    expect(docs).toEqual(['SK Tim Koordinasi SPBE 2023.pdf@2', 'Foto rapat koordinasi.jpg@6']);
    expect(b19.totalPages).toBe(6);
    expect(b19.excluded.map((x) => x.title)).toEqual(['Notulen Rapat Tim Koordinasi (kata sandi).pdf']);
    expect(b19.excluded[0]!.reason).toMatch(/kata sandi/);
    const sep = segs[0]!;
    expect(sep.kind === 'separator' && sep.judul).toBe('Pelaksanaan Tim Koordinasi SPBE');
  });

  it('excludes DOCX with a reason, keeping a separator-only lampiran', () => {
    const plan = planLampiran(planInputOf(fx.state));
    const b28 = plan.bundles.find((b) => b.code === 'III.28')!;
    expect(b28.totalPages).toBe(1);
    expect(b28.excluded[0]!.reason).toMatch(/DOCX/);
  });

  it('tells the report where each document starts', () => {
    const plan = planLampiran(planInputOf(fx.state));
    const sk = fx.state.documents.find((d) => d.path.endsWith('SK Tim Koordinasi SPBE 2023.pdf'))!;
    expect(locationText(locate(plan, 19, sk.doc.sha256)!)).toBe('Lampiran II.19 hal. 2');
    expect(locationText(locate(plan, 10, sk.doc.sha256)!)).toBe('Lampiran I.10 hal. 2');
    const notulen = fx.state.documents.find((d) => d.doc.status === 'needs-password')!;
    expect(locate(plan, 19, notulen.doc.sha256)).toBeNull();
  });

  it('applies corrections: another page count shifts the pages, an error moves the document to the excluded list', () => {
    const sk = fx.state.documents.find((d) => d.path.endsWith('SK Tim Koordinasi SPBE 2023.pdf'))!;
    const input = planInputOf(fx.state, new Map([[sk.doc.sha256, { pages: 7 }]]));
    const b19 = planLampiran(input).bundles.find((b) => b.code === 'II.19')!;
    expect(b19.totalPages).toBe(9);
    const failed = planInputOf(fx.state, new Map([[sk.doc.sha256, { error: 'rusak' }]]));
    const b10 = planLampiran(failed).bundles.find((b) => b.code === 'I.10')!;
    expect(b10.totalPages).toBe(1);
    expect(b10.excluded.map((x) => x.reason)).toEqual(['rusak']);
  });

  it('groups per domain with a table of contents first', () => {
    const input = { ...planInputOf(fx.state), per: 'domain' as const };
    const plan = planLampiran(input);
    expect(plan.bundles.map((b) => b.code)).toEqual(['I', 'II', 'III', 'IV']);
    const b2 = plan.bundles[1]!;
    expect(b2.parts[0]!.segments[0]!.kind).toBe('toc');
    expect(b2.indicators).toEqual([11, 17, 19]);
    expectContinuous(b2);
    const sk = fx.state.documents.find((d) => d.path.endsWith('SK Tim Koordinasi SPBE 2023.pdf'))!;
    expect(locationText(locate(plan, 19, sk.doc.sha256)!)).toMatch(/^Lampiran II hal\. \d+$/);
  });
});

describe('lampiran plan: size limit and long lists', () => {
  it('splits a bundle into numbered parts under the limit with continuous numbering', () => {
    const plan = planLampiran(syntheticInput(10, 3, 400_000, 1_000_000));
    const bundle = plan.bundles[0]!;
    expect(bundle.parts.length).toBeGreaterThan(3);
    expect(bundle.parts.map((p) => p.fileName)[1]).toBe('lampiran-I-10-bagian-2.pdf');
    for (const part of bundle.parts) expect(part.estimatedBytes).toBeLessThanOrEqual(1_000_000);
    expectContinuous(bundle);
    const later = bundle.parts[1]!.segments[0]!;
    expect(later.kind === 'separator' && later.continued).toBe(true);
    const placed = bundle.parts.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'document' ? [s.doc.sha256] : [])));
    expect(placed).toHaveLength(10);
    expect(new Set(placed).size).toBe(10);
    const loc = locate(plan, 10, 'sha009')!;
    expect(loc.part).toBe(bundle.parts.length);
    expect(locationText(loc)).toMatch(new RegExp(`^Lampiran I\\.10 \\(bagian ${bundle.parts.length}\\) hal\\. \\d+$`));
  });

  it('keeps a document larger than the limit whole, alone in its part', () => {
    const plan = planLampiran(syntheticInput(3, 2, 5_000_000, 1_000_000));
    const parts = plan.bundles[0]!.parts;
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.segments.filter((s) => s.kind === 'document')).toHaveLength(1);
  });

  it('lets a long document list run over several separator pages', () => {
    const plan = planLampiran(syntheticInput(60, 1, 1000, 100_000_000));
    const sep = plan.bundles[0]!.parts[0]!.segments[0]!;
    expect(sep.kind).toBe('separator');
    if (sep.kind !== 'separator') return;
    expect(sep.pages).toBeGreaterThan(1);
    expect(sep.rows[0]!.length).toBeLessThanOrEqual(SEPARATOR_ROWS_FIRST);
    const firstDoc = plan.bundles[0]!.parts[0]!.segments[1]!;
    expect(firstDoc.startPage).toBe(sep.pages + 1);
    expectContinuous(plan.bundles[0]!);
  });
});

describe('lampiran plan: a document cited by several indicators', () => {
  const shared = fakeView('shared-sk', 'SK Tim Koordinasi.pdf', 'BagianHukum', 12, 400_000);
  const own = fakeView('own-doc', 'Notulen.pdf', 'Diskominfo', 3, 50_000);
  const input = (per: 'domain' | 'indikator'): PlanInput => ({
    instrument: loadPack('spbe-2020').instrument,
    evidence: new Map([[1, ['shared-sk']], [2, ['shared-sk', 'own-doc']], [5, ['shared-sk']], [9, ['shared-sk']]]),
    documents: new Map([[shared.doc.sha256, shared], [own.doc.sha256, own]]),
    per,
    maxBytes: 10_000_000,
  });

  it('is placed once per volume: the first indicator carries it, the others point to its page', () => {
    const plan = planLampiran(input('domain'));
    expect(plan.bundles).toHaveLength(1);
    const bundle = plan.bundles[0]!;
    const docs = bundle.parts.flatMap((p) => p.segments).filter((s) => s.kind === 'document');
    expect(docs.map((d) => d.doc.sha256)).toEqual(['shared-sk', 'own-doc']);
    expectContinuous(bundle);
    const at = locate(plan, 1, 'shared-sk')!;
    for (const indicator of [2, 5, 9]) expect(locate(plan, indicator, 'shared-sk')).toEqual(at);
    const separators = bundle.parts.flatMap((p) => p.segments).filter((s) => s.kind === 'separator');
    const row = (no: number) => separators.find((s) => s.indicator === no)!.rows.flat().find((r) => r.kind === 'included' && r.title === 'SK Tim Koordinasi.pdf');
    expect(row(1)).toMatchObject({ page: at.page, sharedWith: null });
    expect(row(9)).toMatchObject({ page: at.page, sharedWith: 'Lampiran I.1' });
  });

  it('keeps the volume size independent of how many indicators cite it', () => {
    const one = planLampiran({ ...input('domain'), evidence: new Map([[1, ['shared-sk']]]) });
    const four = planLampiran(input('domain'));
    const bytes = (p: typeof one) => p.bundles.flatMap((b) => b.parts).reduce((n, part) => n + part.estimatedBytes, 0);
    expect(bytes(four) - bytes(one)).toBeLessThan(50_000 + 10 * 4_000);
  });
});

describe('lampiran table of contents', () => {
  it('wraps a long file name onto more lines instead of cutting it, and counts the lines for its pages', () => {
    const long = fakeView('long-name', 'KEPMENKO 70 TAHUN 2023 TIM KOORDINASI SPBE Salinan Resmi Yang Telah Dilegalisir oleh Bagian Hukum Sekretariat Daerah.pdf', 'BagianHukum', 2, 10_000);
    const plan = planLampiran({
      instrument: loadPack('spbe-2020').instrument,
      evidence: new Map([[1, ['long-name']]]),
      documents: new Map([[long.doc.sha256, long]]),
      per: 'domain',
      maxBytes: 10_000_000,
    });
    const toc = plan.bundles[0]!.parts[0]!.segments.find((s) => s.kind === 'toc')!;
    const row = toc.rows.flat().find((r) => r.kind === 'document')!;
    expect(row.lines.length).toBeGreaterThan(1);
    expect(row.lines.join(' ')).toBe(row.label);
  });
});
