/**
 * Whom a Surat Edaran or Instruksi is addressed to. The head of region directs either every unit ("Kepada : Seluruh
 * Kepala Perangkat Daerah", "Yth. Para Kepala Perangkat Daerah", "Kepala Perangkat Daerah di lingkungan …") or named
 * units ("Kepada : Kepala Dinas Kesehatan"). Only the first is a direction to all units, which is what the management
 * indicators (21, 24-28) count such a document for.
 */
import type { DocModel } from './document.ts';

export type Addressee = 'semua-unit' | 'unit-tertentu';

/** The addressee is named in the head of the first page, before the instructions. */
const HEAD_LINES = 30;
/** "Kepada : …", "Kepada Yth. …", "Yth. …" (the addressee may follow on the next lines). */
const ADDRESS_START = /^(?:kepada\s*(?:yth\.?)?|yth\.?)\s*:?\s*(.*)$/i;
/** Where the addressee ends: the place line, the instruction, the subject, the body. */
const ADDRESS_END = /^(?:di\s*[-–]?\s*\S*\s*$|di\s+tempat|untuk\s*:|untuk$|perihal|hal\s*:|dalam rangka|dengan (?:ini|hormat)|sehubungan|berdasarkan|menindaklanjuti|kesatu|pertama|nomor|tentang|surat edaran|instruksi)/i;
const ADDRESS_LINES = 6;
/** Words that address every unit, or the units' heads in general. */
const ALL_UNITS = /\b(?:seluruh|semua|para|setiap|masing-masing)\b|\bse-?\s*(?:kabupaten|kota|provinsi)\b|\b(?:kepala\s+)?(?:perangkat daerah|opd|skpd|unit kerja)\b(?!\s+(?:yang membidangi|pengampu|pengelola|urusan))/i;

/** The addressee of a Surat Edaran or Instruksi, or null when the head names none. */
export function addresseeOf(doc: DocModel): Addressee | null {
  const lines = doc.lines.filter((l) => l.page === doc.headPage).slice(0, HEAD_LINES).map((l) => l.text.trim());
  const start = lines.findIndex((l) => ADDRESS_START.test(l));
  if (start < 0) return null;
  const first = ADDRESS_START.exec(lines[start] ?? '')?.[1] ?? '';
  const parts = [first];
  for (const line of lines.slice(start + 1, start + ADDRESS_LINES)) {
    if (ADDRESS_END.test(line)) break;
    parts.push(line);
  }
  const text = parts.join(' ').trim();
  if (text.length === 0) return null;
  return ALL_UNITS.test(text) ? 'semua-unit' : 'unit-tertentu';
}
