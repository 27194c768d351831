/**
 * What counts as the "set document" of a process indicator and which content it must cover, per instrument.
 * Only `spbe-2020` has per-indicator knowledge; other instruments get the generic profile.
 */
import type { DocumentKind } from '../types/classification.ts';

export interface ChecklistItem {
  /** Shown in reasons and messages. */
  label: string;
  /** Any of these phrases (matched as whole words after normalizing) marks the item as present. */
  phrases: readonly string[];
}

export interface IndicatorProfile {
  /** Level 2 needs an enacted peraturan/keputusan/surat-edaran (kebijakan internal indicators). */
  policyOnly: boolean;
  /** Kinds that count as the formal/implementation document besides enacted policies. */
  documentKinds: readonly DocumentKind[];
  /**
   * Content that must all be present for level 3 (the `contents` of the rules file, whose match the classifier marks
   * `muatan-lengkap`), or null when level 3 is about covering all units.
   */
  checklist: readonly ChecklistItem[] | null;
}

export const POLICY_KINDS: readonly DocumentKind[] = ['peraturan', 'keputusan', 'surat-edaran'];

const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'dokumen-arsitektur',
  'dokumen-peta-rencana',
  'laporan',
  'laporan-audit',
  'sop',
  'anggaran',
  'kerja-sama',
];

const ARSITEKTUR: readonly ChecklistItem[] = [
  { label: 'Proses Bisnis', phrases: ['proses bisnis'] },
  { label: 'Data dan Informasi', phrases: ['data dan informasi', 'arsitektur data'] },
  { label: 'Infrastruktur SPBE', phrases: ['infrastruktur spbe', 'arsitektur infrastruktur'] },
  { label: 'Aplikasi SPBE', phrases: ['aplikasi spbe', 'arsitektur aplikasi'] },
  { label: 'Keamanan SPBE', phrases: ['keamanan spbe', 'arsitektur keamanan'] },
  { label: 'Layanan SPBE', phrases: ['layanan spbe', 'arsitektur layanan'] },
];

const PETA_RENCANA: readonly ChecklistItem[] = [
  { label: 'Tata Kelola SPBE', phrases: ['tata kelola spbe', 'tata kelola'] },
  { label: 'Manajemen SPBE', phrases: ['manajemen spbe'] },
  { label: 'Layanan SPBE', phrases: ['layanan spbe'] },
  { label: 'Infrastruktur SPBE', phrases: ['infrastruktur spbe'] },
  { label: 'Aplikasi SPBE', phrases: ['aplikasi spbe'] },
  { label: 'Keamanan SPBE', phrases: ['keamanan spbe'] },
  { label: 'Audit TIK', phrases: ['audit tik', 'audit teknologi informasi dan komunikasi'] },
];

const MANAJEMEN_DATA: readonly ChecklistItem[] = [
  { label: 'arsitektur data', phrases: ['arsitektur data'] },
  { label: 'data induk', phrases: ['data induk'] },
  { label: 'data referensi', phrases: ['data referensi'] },
  { label: 'basis data', phrases: ['basis data'] },
  { label: 'kualitas data', phrases: ['kualitas data'] },
  { label: 'interoperabilitas data', phrases: ['interoperabilitas data', 'interoperabilitas'] },
];

const SMKI: readonly ChecklistItem[] = [
  { label: 'penetapan ruang lingkup', phrases: ['ruang lingkup'] },
  { label: 'penetapan penanggung jawab', phrases: ['penanggung jawab'] },
  { label: 'perencanaan', phrases: ['perencanaan'] },
  { label: 'dukungan pengoperasian', phrases: ['dukungan pengoperasian'] },
  { label: 'evaluasi kinerja', phrases: ['evaluasi kinerja'] },
  { label: 'perbaikan berkelanjutan', phrases: ['perbaikan berkelanjutan'] },
];

const AUDIT_TIK: readonly ChecklistItem[] = [
  { label: 'Audit Infrastruktur SPBE', phrases: ['audit infrastruktur'] },
  { label: 'Audit Aplikasi SPBE', phrases: ['audit aplikasi'] },
  { label: 'Audit Keamanan SPBE', phrases: ['audit keamanan'] },
];

const SPBE_2020_CHECKLISTS: ReadonlyMap<number, readonly ChecklistItem[]> = new Map([
  [1, ARSITEKTUR],
  [2, PETA_RENCANA],
  [3, MANAJEMEN_DATA],
  [8, SMKI],
  [9, AUDIT_TIK],
  [11, ARSITEKTUR],
  [12, PETA_RENCANA],
  [23, MANAJEMEN_DATA],
]);

/** Indicators whose implementation is shown by screenshots or manuals (data centre, intranet, service bus…). */
const SCREENSHOT_INDICATORS = new Set([15, 16, 17, 18]);
/** Indicators whose implementation is shown by meeting minutes and invitations (coordination, collaboration). */
const MEETING_INDICATORS = new Set([19, 20]);

function spbe2020Profile(no: number): IndicatorProfile {
  const checklist = SPBE_2020_CHECKLISTS.get(no) ?? null;
  if (no <= 10) return { policyOnly: true, documentKinds: [], checklist };
  const extra: DocumentKind[] = [];
  if (SCREENSHOT_INDICATORS.has(no)) extra.push('tangkapan-layar', 'manual');
  if (MEETING_INDICATORS.has(no)) extra.push('notulen', 'undangan');
  return { policyOnly: false, documentKinds: [...DOCUMENT_KINDS, ...extra], checklist };
}

/** The profile of process indicator `no` in instrument `instrumentId`. */
export function profileOf(instrumentId: string, no: number): IndicatorProfile {
  if (instrumentId === 'spbe-2020') return spbe2020Profile(no);
  return { policyOnly: false, documentKinds: DOCUMENT_KINDS, checklist: null };
}
