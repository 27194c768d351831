/**
 * Names of evidence files inside the submission packet, after their indicator, OPD and content:
 * `I10_BagianHukum_SK-Tim-Koordinasi-SPBE-2023.pdf`, or after the coded item they are uploaded for:
 * `I13-L2-01_Dokumentasi-Pengembangan-SiCantik-2026.pdf` (a document of an item pack that meets no item goes to
 * `tanpa-kode-butir/`). Safe ASCII, stable order, no collisions. Pure.
 */
import type { FileType } from '../types/documents.ts';
import { compareText } from './compare.ts';

export interface EvidenceItem {
  indicator: number;
  /** The coded item (`I13-L2-01`) this copy is uploaded for, or null (instruments without items, unitemized documents). */
  item: string | null;
  sha256: string;
  /** Path relative to watch/ (its file name gives the content slug). */
  path: string;
  opd: string | null;
  type: FileType;
  /** An item pack's document that meets none of its indicator's items (filed under UNITEMIZED_DIR). */
  unitemized?: boolean;
}

export interface NamedEvidence extends EvidenceItem {
  /** Path inside the packet's evidence folder ("I13-L2-01_….pdf", or "tanpa-kode-butir/I13_….pdf"). */
  fileName: string;
}

const EXTENSION: Record<FileType, string> = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  tiff: 'tif',
  docx: 'docx',
  unknown: 'bin',
};

const MAX_SLUG = 60;

/** Folder of the documents of an item pack that meet none of their indicator's items. */
export const UNITEMIZED_DIR = 'tanpa-kode-butir';

/** "SK Tim Koordinasi SPBE 2023 (final).pdf" → "SK-Tim-Koordinasi-SPBE-2023-final". */
export function slugOf(fileName: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const ascii = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let slug = ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG);
    const dash = cut.lastIndexOf('-');
    slug = (dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
  }
  return slug || 'dokumen';
}

/** OPD kode in CamelCase ASCII: "bagian-hukum" → "BagianHukum"; no OPD → "TanpaOPD". */
export function opdSlug(opd: string | null): string {
  if (!opd) return 'TanpaOPD';
  const parts = opd.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter((p) => p !== '');
  const joined = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
  return joined || 'TanpaOPD';
}

function compareItems(a: EvidenceItem, b: EvidenceItem): number {
  return (
    a.indicator - b.indicator ||
    compareText(a.item ?? '', b.item ?? '') ||
    compareText(a.opd ?? '', b.opd ?? '') ||
    compareText(a.path, b.path) ||
    compareText(a.sha256, b.sha256)
  );
}

/** Names every item; duplicates (compared case-insensitively, for Windows) get -2, -3 … in the stable order. */
export function nameEvidence(items: EvidenceItem[]): NamedEvidence[] {
  const taken = new Set<string>();
  return [...items].sort(compareItems).map((item) => {
    const fileName = item.path.split('/').pop() ?? item.path;
    const stem =
      item.item !== null
        ? `${item.item}_${slugOf(fileName)}`
        : `${item.unitemized ? `${UNITEMIZED_DIR}/` : ''}I${String(item.indicator).padStart(2, '0')}_${opdSlug(item.opd)}_${slugOf(fileName)}`;
    const ext = EXTENSION[item.type];
    let name = `${stem}.${ext}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.${ext}`;
    taken.add(name.toLowerCase());
    return { ...item, fileName: name };
  });
}
