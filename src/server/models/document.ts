/** The Dokumen page model (pure): the archived file, its text per page, locations, mappings, findings and history. */
import type { WorkspaceState } from '../../types/state.ts';
import type { Finding } from '../../types/assessment.ts';
import { allFindings, cellOnlyFindings } from '../../assess/summary.ts';
import type { Classification, Mapping } from '../../types/classification.ts';
import { issuerCaseLabel, notEvidenceLabel } from '../../shared/vocabulary.ts';
import type { AuditEvent } from '../../types/audit.ts';
import type { FileType, LocationRecord, PageText } from '../../types/documents.ts';
import { allIndicators } from '../../instrument/tree.ts';

export type Viewer = 'pdf' | 'gambar' | 'tidak-ada';

export interface MappingRow extends Mapping {
  nama: string;
  href: string;
}

export interface DocumentModel {
  sha256: string;
  path: string;
  opd: string | null;
  opdNama: string | null;
  type: FileType;
  size: number;
  pages: number;
  ocrPages: number;
  status: string;
  message: string;
  encrypted: boolean;
  kind: string | null;
  date: string | null;
  enacted: boolean | null;
  /** "Bupati Minahasa Selatan (instansi lain, untuk dirinya sendiri)", or null for older classifications. */
  issuer: string | null;
  /** Why the classifier holds the document to be no evidence, or null. */
  notEvidence: string | null;
  viewer: Viewer;
  fileHref: string;
  locations: LocationRecord[];
  mappings: MappingRow[];
  /** The best candidates, shown open; the rest are folded under "n kandidat lain". */
  candidates: MappingRow[];
  moreCandidates: MappingRow[];
  /** Indicators that can still be added by hand (not accepted yet). */
  addable: { no: number; nama: string }[];
  /** The first findings, shown open; the rest are folded. */
  findings: Finding[];
  moreFindings: Finding[];
  pageTexts: PageText[];
  events: AuditEvent[];
}

/** Items shown open in the side column; a book with thirty candidates folds the rest. */
const SHOWN = 5;

export function viewerFor(type: FileType): Viewer {
  if (type === 'pdf') return 'pdf';
  if (type === 'png' || type === 'jpeg') return 'gambar';
  return 'tidak-ada';
}

function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.indicator, f.opd, f.path, f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function issuerText(c: Classification | null): string | null {
  const issuer = c?.issuer;
  if (issuer === undefined) return null;
  const label = issuerCaseLabel(issuer.case);
  return issuer.issuer === null ? label : `${issuer.issuer} (${label})`;
}

/** null when the hash is not a stored document. */
export function documentModel(state: WorkspaceState, sha256: string, pageTexts: PageText[], events: AuditEvent[]): DocumentModel | null {
  const view = state.documents.find((d) => d.doc.sha256 === sha256);
  if (!view) return null;
  const indicators = allIndicators(state.instrument);
  const names = new Map(indicators.map((i) => [i.no, i.namaPendek]));
  const row = (m: Mapping): MappingRow => ({ ...m, nama: names.get(m.indicator) ?? `Indikator ${m.indicator}`, href: `/indikator/${m.indicator}` });
  const c = view.classification;
  const accepted = new Set((c?.mappings ?? []).map((m) => m.indicator));
  const findings = uniqueFindings([...allFindings(state.assessment), ...cellOnlyFindings(state.assessment)].filter((f) => f.sha256 === sha256));
  const candidates = [...(c?.candidates ?? [])].sort((a, b) => b.score - a.score || a.indicator - b.indicator).map(row);
  return {
    sha256,
    path: view.path,
    opd: view.opd,
    opdNama: view.opd ? (state.workspace.config.opd.find((o) => o.kode === view.opd)?.nama ?? view.opd) : null,
    type: view.doc.type,
    size: view.doc.size,
    pages: view.doc.pages,
    ocrPages: view.doc.ocrPages,
    status: view.doc.status,
    message: view.doc.message,
    encrypted: view.doc.encrypted,
    kind: c?.kind ?? null,
    date: c?.date ?? null,
    enacted: c ? c.enacted : null,
    issuer: issuerText(c),
    notEvidence: c?.notEvidence ? notEvidenceLabel(c.notEvidence) : null,
    viewer: viewerFor(view.doc.type),
    fileHref: `/berkas/${sha256}`,
    locations: view.locations,
    mappings: (c?.mappings ?? []).map(row),
    candidates: candidates.slice(0, SHOWN),
    moreCandidates: candidates.slice(SHOWN),
    addable: indicators.filter((i) => !accepted.has(i.no)).map((i) => ({ no: i.no, nama: i.namaPendek })),
    findings: findings.slice(0, SHOWN),
    moreFindings: findings.slice(SHOWN),
    pageTexts,
    events,
  };
}
