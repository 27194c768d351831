import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceState } from '../../src/types/state.ts';
import { assembleLampiran, type AssembleContext } from '../../src/render/lampiran/assemble.ts';
import { planInputOf, type LampiranPlan } from '../../src/render/lampiran/plan.ts';
import { PAPERS } from '../../src/render/model/common.ts';
import { buildFixture, type Fixture, removeFixtures } from './fixture-state.ts';
import { outlines, pageTexts, pdfInfo, qpdfCheck } from './pdf-tools.ts';

afterAll(removeFixtures);

const STAMP = /Lampiran ([IVX]+(?:\.\d+)?) – hal\. (\d+) dari (\d+)/;

interface Written {
  plan: LampiranPlan;
  files: Map<string, string>;
  corrections: number;
}

async function assemble(state: WorkspaceState, outDir: string): Promise<Written> {
  const { config } = state.workspace;
  const ctx: AssembleContext = { instansi: config.instansi.nama, tahun: config.tahun, program: state.pack.labels.programShort, paper: PAPERS[config.laporan.kertas], today: state.today };
  const files = new Map<string, string>();
  const result = await assembleLampiran(planInputOf(state), ctx, {
    onPart({ part, bytes }) {
      const file = path.join(outDir, part.fileName);
      writeFileSync(file, bytes);
      files.set(part.fileName, file);
    },
  });
  return { plan: result.plan, files, corrections: result.corrections.size };
}

/** The stamp on every page, in file order, must count 1, 2, 3 … up to the bundle's total. */
function expectStampsContinuous(fileList: string[], code: string, total: number): void {
  const numbers = fileList.flatMap((f) => pageTexts(f)).map((text) => {
    const m = STAMP.exec(text);
    expect(m, `stempel tidak ditemukan pada halaman: ${text.slice(0, 80)}`).not.toBeNull();
    expect(m![1]).toBe(code);
    expect(Number(m![3])).toBe(total);
    return Number(m![2]);
  });
  expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
}

describe('lampiran per indikator', () => {
  let fx: Fixture;
  let out: Written;
  beforeAll(async () => {
    fx = await buildFixture();
    out = await assemble(fx.state, fx.root);
  });

  it('writes one valid PDF per indicator with evidence', () => {
    expect([...out.files.keys()]).toEqual(out.plan.bundles.map((b) => b.parts[0]!.fileName));
    for (const file of out.files.values()) expect(qpdfCheck(file).status, file).toBe(0);
    expect(out.corrections).toBe(0);
  });

  it('stamps continuous page numbers on every page, rotated pages included', () => {
    for (const bundle of out.plan.bundles) {
      expectStampsContinuous([out.files.get(bundle.parts[0]!.fileName)!], bundle.code, bundle.totalPages);
    }
  });

  it('has one bookmark per included source document under its indicator', () => {
    const tree = outlines(out.files.get('lampiran-II-19.pdf')!);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.title).toBe('Lampiran II.19 — Pelaksanaan Tim Koordinasi SPBE');
    expect(tree[0]!.kids.map((k) => `${k.title}@${k.page}`)).toEqual([
      'SK Tim Koordinasi SPBE 2023.pdf (BagianHukum)@2',
      'Foto rapat koordinasi.jpg (Diskominfo)@6',
    ]);
  });

  it('prints the separator with the documents and the ones that could not be included', () => {
    const [sep] = pageTexts(out.files.get('lampiran-II-19.pdf')!);
    expect(sep).toMatch(/LAMPIRAN II\.19/);
    expect(sep).toMatch(/Pelaksanaan Tim Koordinasi SPBE/);
    expect(sep).toMatch(/SK Tim Koordinasi SPBE 2023\.pdf\s+BagianHukum\s+4 hal\.\s+hal\. 2/);
    expect(sep).toMatch(/Notulen Rapat Tim Koordinasi \(kata sandi\)\.pdf \(Diskominfo\)/);
    expect(sep).toMatch(/Alasan: berkas dilindungi kata sandi/);
  });

  it('includes the owner-password PDF decrypted and places images on A4 pages', () => {
    const audit = pageTexts(out.files.get('lampiran-III-29.pdf')!);
    expect(audit[1]).toMatch(/LAPORAN AUDIT INFRASTRUKTUR SPBE 2025/);
    expect(audit[2]).toMatch(/halaman 2 dari 2/);
    const info = pdfInfo(out.files.get('lampiran-IV-37.pdf')!);
    expect(info.Pages).toBe('2');
    expect(info['Page size']).toMatch(/595\.27\d* x 841\.8\d* pts \(A4\)/);
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const again = await assemble(fx.state, path.join(fx.root, 'scratch'));
    const { readFileSync } = await import('node:fs');
    for (const [name, file] of out.files) expect(readFileSync(again.files.get(name)!).equals(readFileSync(file)), name).toBe(true);
  });
});

describe('lampiran per domain, split into parts', () => {
  it('starts with a table of contents and keeps numbering continuous across parts', async () => {
    const fx = await buildFixture({ lampiranPer: 'domain', ukuranLampiranMaksMB: 0.006 });
    const out = await assemble(fx.state, fx.root);
    const b2 = out.plan.bundles.find((b) => b.code === 'II')!;
    expect(b2.parts.length).toBeGreaterThan(1);
    const files = b2.parts.map((p) => out.files.get(p.fileName)!);
    for (const f of files) expect(qpdfCheck(f).status, f).toBe(0);
    expectStampsContinuous(files, 'II', b2.totalPages);
    const first = pageTexts(files[0]!);
    expect(first[0]).toMatch(/DAFTAR ISI/);
    expect(first[0]).toMatch(/Lampiran II\.19 — Pelaksanaan Tim Koordinasi SPBE/);
    const tree = outlines(files[0]!);
    expect(tree[0]!.title).toBe('Daftar Isi');
    const docs = files.flatMap((f) => outlines(f).flatMap((n) => n.kids));
    const planned = b2.parts.flatMap((p) => p.segments.filter((s) => s.kind === 'document'));
    expect(docs).toHaveLength(planned.length);
  });
});

describe('lampiran when the store was wrong about a file', () => {
  it('re-plans with the real page count and lists an unreadable file with its reason', async () => {
    const fx = await buildFixture();
    const sk = fx.state.documents.find((d) => d.path.endsWith('SK Tim Koordinasi SPBE 2023.pdf'))!;
    const broken = path.join(fx.root, 'rusak.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const fake = { ...sk, doc: { ...sk.doc, sha256: 'f'.repeat(64), pages: 1 }, archiveFile: broken, path: 'BagianHukum/Salinan rusak.pdf' };
    const state: WorkspaceState = {
      ...fx.state,
      documents: [...fx.state.documents.map((d) => (d === sk ? { ...sk, doc: { ...sk.doc, pages: 2 } } : d)), fake],
      assessment: {
        ...fx.state.assessment,
        indicators: fx.state.assessment.indicators.map((a) =>
          a.id === 10 ? { ...a, documents: [...a.documents, { ...a.documents[0]!, sha256: fake.doc.sha256, path: fake.path }] } : a,
        ),
      },
    };
    const out = await assemble(state, fx.root);
    expect(out.corrections).toBe(2);
    const b10 = out.plan.bundles.find((b) => b.code === 'I.10')!;
    expect(b10.totalPages).toBe(5);
    expect(b10.excluded.map((x) => x.title)).toEqual(['Salinan rusak.pdf']);
    const file = out.files.get('lampiran-I-10.pdf')!;
    expectStampsContinuous([file], 'I.10', 5);
    expect(pageTexts(file)[0]).toMatch(/Salinan rusak\.pdf \(BagianHukum\)/);
  });
});

describe('reading sources one by one (the path used when qpdf cannot merge them)', () => {
  it('opens owner-password PDFs, refuses user-password and broken ones with an Indonesian reason', async () => {
    const { loadSourcePdf, loadMergedViaQpdf, SourceError } = await import('../../src/render/lampiran/sources.ts');
    const fx = await buildFixture();
    const owner = fx.state.documents.find((d) => d.doc.encrypted && d.doc.status === 'ok')!;
    const user = fx.state.documents.find((d) => d.doc.status === 'needs-password')!;
    const broken = path.join(fx.root, 'rusak.pdf');
    writeFileSync(broken, 'bukan pdf');
    expect((await loadSourcePdf(owner.archiveFile)).getPageCount()).toBe(2);
    await expect(loadSourcePdf(user.archiveFile)).rejects.toThrow(SourceError);
    await expect(loadSourcePdf(user.archiveFile)).rejects.toThrow(/kata sandi/);
    await expect(loadSourcePdf(broken)).rejects.toThrow(/rusak/);
    await expect(loadSourcePdf(path.join(fx.root, 'tidak-ada.pdf'))).rejects.toThrow(/arsip tidak ditemukan/);
    expect(await loadMergedViaQpdf([owner.archiveFile, user.archiveFile])).toBeNull();
    expect((await loadMergedViaQpdf([owner.archiveFile, owner.archiveFile]))?.getPageCount()).toBe(4);
  });

  it('turns every frame of a multi-page TIFF into a PNG page', async () => {
    const { loadSourceImages } = await import('../../src/render/lampiran/sources.ts');
    const { execFileSync } = await import('node:child_process');
    const fx = await buildFixture();
    const tiff = path.join(fx.root, 'pindaian.tif');
    execFileSync('convert', ['-size', '300x400', 'xc:white', '-size', '300x400', 'xc:gray', tiff]);
    const frames = await loadSourceImages(tiff, 'tiff');
    expect(frames.map((f) => f.format)).toEqual(['png', 'png']);
    expect(Buffer.from(frames[0]!.bytes.subarray(1, 4)).toString()).toBe('PNG');
  });
});
