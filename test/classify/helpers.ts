/** Shared helpers for the classifier tests. */
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Classification, OwnInstansi } from '../../src/types/classification.ts';

export const rules = loadPack('spbe-2020').rules;

/** The fictional kabupaten the test texts are written for. */
export const SUKAMAJU: OwnInstansi = { nama: 'Pemerintah Kabupaten Sukamaju', jenis: 'kabupaten', kota: 'Sukamaju', kop: ['PEMERINTAH KABUPATEN SUKAMAJU'] };
/** The ministry whose own evidence fills ../shared/corpus/real. */
export const KEMENKO: OwnInstansi = { nama: 'Kementerian Koordinator Bidang Perekonomian', jenis: 'instansi pusat', kota: 'Jakarta', kop: ['KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN', 'REPUBLIK INDONESIA'] };
export const SHA = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';

/** Pages of a text; a form feed starts a new page. */
export function pagesOf(text: string): { no: number; text: string }[] {
  return text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
}

export function classify(text: string, paths: string[] = ['Diskominfo/dokumen.pdf'], threshold = 0.5, instansi = SUKAMAJU): Classification {
  return classifyDocument({ sha256: SHA, paths, pages: pagesOf(text) }, rules, { threshold, instansi });
}

export function accepted(c: Classification): number[] {
  return c.mappings.map((m) => m.indicator);
}

export function candidates(c: Classification): number[] {
  return c.candidates.map((m) => m.indicator).sort((a, b) => a - b);
}
