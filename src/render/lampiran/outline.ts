/** Writes a nested PDF outline (bookmarks) with pdf-lib's low-level objects; pdf-lib has no API for it. */
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

export interface OutlineItem {
  title: string;
  /** 0-based page index in the document. */
  pageIndex: number;
  children: OutlineItem[];
}

function writeLevel(doc: PDFDocument, items: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | null {
  if (items.length === 0) return null;
  const ctx = doc.context;
  const refs = items.map(() => ctx.nextRef());
  let count = items.length;
  items.forEach((item, i) => {
    const page = doc.getPage(item.pageIndex);
    const ref = refs[i]!;
    const kids = writeLevel(doc, item.children, ref);
    if (kids) count += kids.count;
    const prev = i > 0 ? refs[i - 1] : undefined;
    const next = i < refs.length - 1 ? refs[i + 1] : undefined;
    ctx.assign(
      ref,
      ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [page.ref, 'XYZ', null, page.getHeight(), null],
        ...(prev ? { Prev: prev } : {}),
        ...(next ? { Next: next } : {}),
        ...(kids ? { First: kids.first, Last: kids.last, Count: kids.count } : {}),
      }),
    );
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, count };
}

/** Sets the document outline (open) and asks viewers to show it. */
export function writeOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const ctx = doc.context;
  const root = ctx.nextRef();
  const level = writeLevel(doc, items, root);
  if (!level) return;
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: level.first, Last: level.last, Count: level.count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
