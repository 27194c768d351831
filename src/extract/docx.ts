/**
 * DOCX text via mammoth, split into pages at explicit page breaks (Word's "Ctrl+Enter"); a document
 * without them is one page. The text walk mirrors mammoth's `extractRawText` (paragraphs end with a
 * blank line, tabs kept) and adds line and page breaks. Runs inside the extraction worker thread.
 */
import { checkZipInflation, type ZipLimits } from './zip-inflation.ts';

interface DocNode {
  type: string;
  value?: unknown;
  breakType?: unknown;
  children?: unknown;
}

/**
 * Returns one string per page; throws ZipTooLargeError when the zip would unpack beyond `limits` (checked before
 * mammoth inflates anything), and another error when the zip or its XML cannot be read.
 */
export async function readDocxPages(bytes: Uint8Array, limits: ZipLimits): Promise<string[]> {
  await checkZipInflation(bytes, limits);
  // Loaded on first use: most evidence is PDF, and the worker thread should start quickly.
  const { default: mammoth } = await import('mammoth');
  const pages: string[] = [''];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (document: unknown) => {
        collect(document, pages);
        // Only the text walk is needed: hand mammoth an empty body so it skips building HTML.
        return isNode(document) ? { ...document, children: [] } : document;
      },
    },
  );
  const texts = pages.map((page) => page.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim());
  // A page break at the very end leaves an empty last page that Word does not show.
  while (texts.length > 1 && texts.at(-1) === '') texts.pop();
  return texts;
}

function collect(node: unknown, pages: string[]): void {
  if (!isNode(node)) return;
  if (node.type === 'text' && typeof node.value === 'string') {
    append(pages, node.value);
  } else if (node.type === 'tab') {
    append(pages, '\t');
  } else if (node.type === 'break') {
    if (node.breakType === 'page') pages.push('');
    else append(pages, '\n');
  } else {
    if (Array.isArray(node.children)) for (const child of node.children) collect(child, pages);
    if (node.type === 'paragraph') append(pages, '\n\n');
  }
}

function append(pages: string[], text: string): void {
  pages[pages.length - 1] += text;
}

function isNode(value: unknown): value is DocNode {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}
