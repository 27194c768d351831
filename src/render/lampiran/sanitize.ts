/**
 * Strips active content from a lampiran before it is saved, so nothing from an OPD's PDF can run in the reader of
 * the official document: page, annotation and form-field actions other than a jump inside the document
 * (JavaScript, Launch, SubmitForm, ImportData, ResetForm, GoToR/GoToE to files, media…), document-level
 * JavaScript and OpenAction, embedded files and rich media. Plain web links (http, https, mailto) stay only when
 * allowed. Objects no longer referenced afterwards are dropped, so the removed content is not in the file either.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, PDFString, PDFHexString, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

export interface SanitizeOptions {
  /** Keep links to web addresses (`laporan.tautanWeb`). */
  webLinks: boolean;
}

/** Annotations whose whole purpose is active or embedded content. */
const ACTIVE_ANNOTATIONS = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
/** Keys that only ever hold actions, scripts, embedded files or rich media: removed wherever they occur. */
const ACTIVE_KEYS = ['AA', 'OpenAction', 'JavaScript', 'JS', 'EmbeddedFiles', 'EF', 'RichMediaContent', 'XFA', 'PA'].map((k) => PDFName.of(k));
const NAMED_ACTIONS = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
const WEB_ADDRESS = /^(https?:\/\/|mailto:)/i;

const A = PDFName.of('A');
const S = PDFName.of('S');
const NEXT = PDFName.of('Next');
const ANNOTS = PDFName.of('Annots');
const SUBTYPE = PDFName.of('Subtype');

function nameOf(value: PDFObject | undefined): string | null {
  return value instanceof PDFName ? value.decodeText() : null;
}

function textOf(value: PDFObject | undefined): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}

class Sanitizer {
  constructor(
    private readonly doc: PDFDocument,
    private readonly opts: SanitizeOptions,
  ) {}

  private resolve(value: PDFObject | undefined): PDFObject | undefined {
    return value instanceof PDFRef ? this.doc.context.lookup(value) : value;
  }

  /** A jump inside the document (or, when allowed, a web link), and the same for every action chained after it. */
  private isSafeAction(value: PDFObject | undefined, depth = 0): boolean {
    const action = this.resolve(value);
    if (!(action instanceof PDFDict) || depth > 32) return false;
    const type = nameOf(action.get(S));
    const uri = textOf(this.resolve(action.get(PDFName.of('URI'))));
    const safe =
      type === 'GoTo' ||
      (type === 'Named' && NAMED_ACTIONS.has(nameOf(action.get(PDFName.of('N'))) ?? '')) ||
      (type === 'URI' && this.opts.webLinks && uri !== null && WEB_ADDRESS.test(uri));
    if (!safe) return false;
    const next = this.resolve(action.get(NEXT));
    if (next === undefined) return true;
    const chained = next instanceof PDFArray ? next.asArray() : [next];
    return chained.every((n) => this.isSafeAction(n, depth + 1));
  }

  /** Drops active annotations and links whose action is not safe from every page. */
  cleanAnnotations(): void {
    for (const page of this.doc.getPages()) {
      const annots = this.resolve(page.node.get(ANNOTS));
      if (!(annots instanceof PDFArray)) continue;
      const kept = annots.asArray().filter((ref) => {
        const annot = this.resolve(ref);
        if (!(annot instanceof PDFDict)) return false;
        const subtype = nameOf(annot.get(SUBTYPE)) ?? '';
        if (ACTIVE_ANNOTATIONS.has(subtype)) return false;
        return subtype !== 'Link' || !annot.has(A) || this.isSafeAction(annot.get(A));
      });
      page.node.set(ANNOTS, this.doc.context.obj(kept));
    }
  }

  /** Removes active keys and unsafe actions from a dictionary and every direct object inside it. */
  cleanObject(value: PDFObject): void {
    if (value instanceof PDFArray) {
      for (const item of value.asArray()) this.cleanObject(item);
      return;
    }
    const dict = value instanceof PDFStream ? value.dict : value;
    if (!(dict instanceof PDFDict)) return;
    for (const key of ACTIVE_KEYS) dict.delete(key);
    if (dict.has(A) && !this.isSafeAction(dict.get(A))) dict.delete(A);
    for (const [, child] of dict.entries()) this.cleanObject(child);
  }

  /** Deletes every indirect object the trailer no longer reaches (removed scripts, files, media). */
  dropUnreachable(): void {
    const { context } = this.doc;
    const reached = new Set<string>();
    const pending: PDFObject[] = [context.trailerInfo.Root, context.trailerInfo.Info].filter((o): o is PDFObject => o !== undefined);
    while (pending.length > 0) {
      const value = pending.pop()!;
      if (value instanceof PDFRef) {
        if (reached.has(value.tag)) continue;
        reached.add(value.tag);
        const target = context.lookup(value);
        if (target) pending.push(target);
      } else if (value instanceof PDFArray) {
        pending.push(...value.asArray());
      } else if (value instanceof PDFDict || value instanceof PDFStream) {
        const dict = value instanceof PDFStream ? value.dict : value;
        for (const [, child] of dict.entries()) pending.push(child);
      }
    }
    for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
  }
}

/** Cleans the document in place; call it after every page was added and before saving. */
export function stripActiveContent(doc: PDFDocument, opts: SanitizeOptions): void {
  const sanitizer = new Sanitizer(doc, opts);
  sanitizer.cleanAnnotations();
  for (const [, value] of doc.context.enumerateIndirectObjects()) sanitizer.cleanObject(value);
  sanitizer.cleanObject(doc.catalog);
  sanitizer.dropUnreachable();
}
