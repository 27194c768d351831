/**
 * A document cut into sections for retrieval: the title area, then one section per heading (BAB, Bagian,
 * numbered or capitalised headings; consecutive heading lines form one heading), long sections cut into windows
 * at line boundaries so a 90-page book does not become one bag of words, short ones joined to the next.
 */
import type { DocModel } from '../document.ts';

export interface Section {
  /** Page of the section's first line. */
  page: number;
  /** The heading as written ("" when the section has none, e.g. the body of a letter). */
  heading: string;
  /** Line range [lineStart, lineEnd) in the DocModel. */
  lineStart: number;
  lineEnd: number;
  /** Token range [tokenStart, tokenEnd) in the DocModel. */
  tokenStart: number;
  tokenEnd: number;
}

/** A window holds at most this many tokens (about a third of a page of regulation text). */
export const MAX_SECTION_TOKENS = 250;
/** A shorter section (a title, a heading over a short paragraph) joins the next one: a few words match anything. */
export const MIN_SECTION_TOKENS = 20;
const HEADING_MAX_CHARS = 120;
/** A line of a table of contents: dot leaders (or a gap) before a page number. */
const CONTENTS_LINE = /(\.{3,}|…+|\s{3,})\s*\d{1,3}\s*$/;

/** A table of contents names every topic without being about any: the retrieval skips its lines. */
export function isContentsLine(text: string): boolean {
  return CONTENTS_LINE.test(text);
}

function isHeading(place: string): boolean {
  return place === 'judul-bagian';
}

function isTitle(place: string): boolean {
  return place === 'judul' || place === 'tentang';
}

/** Indexes of the lines that start a section. */
function sectionStarts(doc: DocModel): number[] {
  const starts: number[] = [];
  let start = -1;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    const previous = doc.lines[i - 1];
    if (line === undefined) continue;
    const headingStarts = isHeading(line.place) && !isHeading(previous?.place ?? '');
    const titleEnds = isTitle(previous?.place ?? '') && !isTitle(line.place);
    const size = start >= 0 ? line.tokenStart - (doc.lines[start]?.tokenStart ?? 0) : 0;
    const full = size >= MAX_SECTION_TOKENS;
    if (start < 0 || full || ((headingStarts || titleEnds) && size >= MIN_SECTION_TOKENS)) {
      starts.push(i);
      start = i;
    }
  }
  return starts;
}

/** The heading lines at the start of a section, or the heading carried over from the window before. */
function headingOf(doc: DocModel, from: number, to: number, carried: string): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const line = doc.lines[i];
    if (line === undefined || !(isHeading(line.place) || isTitle(line.place))) break;
    parts.push(line.text);
    if (parts.join(' ').length >= HEADING_MAX_CHARS) break;
  }
  return parts.length > 0 ? parts.join(' ').slice(0, HEADING_MAX_CHARS) : carried;
}

export function splitSections(doc: DocModel): Section[] {
  const starts = sectionStarts(doc);
  const sections: Section[] = [];
  let carried = '';
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] ?? 0;
    const to = starts[k + 1] ?? doc.lines.length;
    const first = doc.lines[from];
    const last = doc.lines[to - 1];
    if (first === undefined || last === undefined) continue;
    const heading = headingOf(doc, from, to, carried);
    carried = heading;
    if (last.tokenEnd <= first.tokenStart) continue;
    sections.push({ page: first.page, heading, lineStart: from, lineEnd: to, tokenStart: first.tokenStart, tokenEnd: last.tokenEnd });
  }
  return sections;
}
