/**
 * Word evidence in the lampiran: each DOCX is converted once (mammoth → HTML → Chromium → PDF) into the workspace
 * cache, keyed by its SHA-256, and the lampiran uses that PDF in place of the original. The packet keeps the original.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { WorkspaceState, DocumentView } from '../../types/state.ts';
import type { PdfBrowser } from '../browser.ts';
import type { Paper } from '../model/common.ts';
import { writeFileAtomic } from '../../shared/atomic-write.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Standalone HTML for a converted Word body; mammoth escapes the document's text itself. */
function docxPage(body: string, title: string): string {
  return (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(title)}</title><style>` +
    "body{font-family:'Liberation Serif',serif;font-size:12pt;line-height:1.4;color:#000}" +
    'table{border-collapse:collapse;width:100%}td,th{border:0.5pt solid #444;padding:2pt 4pt;vertical-align:top}' +
    'img{max-width:100%}h1,h2,h3{font-size:13pt}p{margin:0 0 6pt}' +
    `</style></head><body>${body}</body></html>`
  );
}

/** How to convert a DOCX not yet in the cache; null: use cached conversions only (e.g. `verify`, without a browser). */
export type DocxConverter = { browser: PdfBrowser; paper: Paper } | null;

async function convertOne(view: DocumentView, target: string, converter: DocxConverter): Promise<number> {
  if (!existsSync(target)) {
    if (!converter) throw new Error('belum dikonversi');
    const { browser, paper } = converter;
    const { value } = await mammoth.convertToHtml({ buffer: readFileSync(view.archiveFile) });
    const pdf = await browser.pdf(docxPage(value, path.posix.basename(view.path)), {
      paper,
      name: path.posix.basename(view.path),
      footerHtml: escapeHtml(`${path.posix.basename(view.path)} (dikonversi dari DOCX)`),
    });
    writeFileAtomic(target, pdf);
  }
  const doc = await PDFDocument.load(readFileSync(target), { updateMetadata: false });
  return doc.getPageCount();
}

/** The state with readable DOCX evidence replaced by cached PDF conversions; a conversion that fails leaves the DOCX. */
export async function withDocxAsPdf(state: WorkspaceState, converter: DocxConverter): Promise<WorkspaceState> {
  const evidence = new Set(state.assessment.indicators.flatMap((i) => i.documents.map((d) => d.sha256)));
  const wanted = state.documents.filter((v) => v.doc.type === 'docx' && v.doc.status === 'ok' && evidence.has(v.doc.sha256));
  if (wanted.length === 0) return state;
  const dir = path.join(state.workspace.paths.cache, 'docx-pdf');
  const replaced = new Map<string, DocumentView>();
  for (const view of wanted) {
    const target = path.join(dir, `${view.doc.sha256}.pdf`);
    try {
      const pages = await convertOne(view, target, converter);
      replaced.set(view.doc.sha256, { ...view, archiveFile: target, doc: { ...view.doc, type: 'pdf', pages } });
    } catch {
      // Left as DOCX: the lampiran lists it as not included, with the reason.
    }
  }
  return { ...state, documents: state.documents.map((v) => replaced.get(v.doc.sha256) ?? v) };
}
