/** Shared helpers for the classifier tests. */
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Classification } from '../../src/types/classification.ts';

export const rules = loadPack('spbe-2020').rules;
export const SHA = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';

/** Pages of a text; a form feed starts a new page. */
export function pagesOf(text: string): { no: number; text: string }[] {
  return text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
}

export function classify(text: string, paths: string[] = ['Diskominfo/dokumen.pdf'], threshold = 0.5): Classification {
  return classifyDocument({ sha256: SHA, paths, pages: pagesOf(text) }, rules, { threshold });
}

export function accepted(c: Classification): number[] {
  return c.mappings.map((m) => m.indicator);
}

export function candidates(c: Classification): number[] {
  return c.candidates.map((m) => m.indicator).sort((a, b) => a - b);
}
