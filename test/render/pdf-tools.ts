/** Poppler and qpdf as independent judges of the PDFs the renderers write. */
import { execFileSync, spawnSync } from 'node:child_process';

/** qpdf --check: exit status 0 means no syntax or stream errors (3 would be warnings). */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Text of each page (pdftotext separates pages with form feeds). */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** All text with every whitespace removed, so line wrapping never breaks a comparison. */
export function squeezedText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, '');
}

export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface OutlineNode {
  title: string;
  page: number;
  kids: OutlineNode[];
}

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

export function outlines(file: string): OutlineNode[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as { outlines: QpdfOutline[] };
  const map = (o: QpdfOutline): OutlineNode => ({ title: o.title, page: o.destpageposfrom1, kids: o.kids.map(map) });
  return json.outlines.map(map);
}

export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').filter((l) => l.includes(':')).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
}
