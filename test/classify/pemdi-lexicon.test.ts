/**
 * The pemdi-2026 lexicon: documents that name a Pemdi concept by another form (an SPBE-era name, an English or
 * national-application term) map through the rule phrase that holds the concept, and explain says which padanan.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { pagesOf, SUKAMAJU } from './helpers.ts';

const rules = loadPack('pemdi-2026').rules;

function mapped(path: string, text: string): { indicators: number[]; phrases: string[] } {
  const c = classifyDocument({ sha256: 'c'.repeat(64), paths: [path], pages: pagesOf(text) }, rules, { threshold: 0.5, instansi: SUKAMAJU });
  return { indicators: c.mappings.map((m) => m.indicator), phrases: c.mappings.flatMap((m) => m.reasons.map((r) => r.phrase)) };
}

const CASES: Array<[number, string, string, string]> = [
  [4, 'Setda/SK Tim.pdf', 'KEPUTUSAN BUPATI SUKAMAJU\nTENTANG\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU\nSusunan keanggotaan Tim Koordinasi SPBE.', 'tim koordinasi SPBE'],
  [16, 'Diskominfo/GSB.pdf', 'LAPORAN PEMANFAATAN GOVERNMENT SERVICE BUS\nPertukaran data antar aplikasi perangkat daerah Kabupaten Sukamaju.', 'government service bus'],
  [11, 'Diskominfo/TTE.pdf', 'LAPORAN PENERAPAN CRYPTOGRAPHY PADA LAYANAN\nPemanfaatan digital certificate dan tanda tangan digital pada naskah dinas.', 'cryptography'],
  [12, 'Diskominfo/CSIRT.pdf', 'LAPORAN KEGIATAN COMPUTER SECURITY INCIDENT RESPONSE TEAM\nKabupaten Sukamaju tahun 2026: penanganan cyber incident pada layanan.', 'computer security incident response team'],
];

describe('pemdi-2026 lexicon', () => {
  it.each(CASES)('maps indicator %i through a padanan (%s)', (no, path, text, form) => {
    const result = mapped(path, text);
    expect(result.indicators).toContain(no);
    expect(result.phrases.some((p) => p.toLowerCase().includes(form.toLowerCase()) && p.includes('padanan'))).toBe(true);
  });

  it('has the concepts the substitutions name, and every concept has at least two forms', () => {
    const concepts = rules.lexicon.concepts;
    for (const form of ['Indeks KAMI', 'IKASANDI', 'SIAP Digital', 'SLA', 'arsitektur SPBE', 'Satu Data Indonesia', 'SPLP', 'TTE']) {
      expect(concepts.some((c) => c.includes(form)), form).toBe(true);
    }
    expect(concepts.every((c) => c.length >= 2)).toBe(true);
  });
});
