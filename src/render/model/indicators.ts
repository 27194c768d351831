/** Per-indicator views shared by the report and the gap report: levels with labels, evidence rows, findings. Pure. */
import type { DocumentView, WorkspaceState } from '../../types/state.ts';
import type { ValueBands } from '../../assess/external.ts';
import { formatDecimal, formatValue } from '../../shared/format.ts';
import type { EvidenceRef, Finding, IndicatorAssessment, IndicatorStatus } from '../../types/assessment.ts';
import { levelLabel } from '../../instrument/tree.ts';
import type { Indicator, Instrument } from '../../types/instrument.ts';
import { compareText } from '../compare.ts';
import { docProblem, docStatusLabel, severityLabel, statusLabel } from '../../shared/vocabulary.ts';
import { exclusionOf, locate, locationText, type LampiranPlan } from '../lampiran/plan.ts';
import { supportedValue } from '../../assess/values.ts';

export interface LevelView {
  tingkat: number;
  label: string;
  /** The value as printed: "3", or "2,25" for a decimal value. */
  nilai: string;
  /** "Tingkat 3 – Terdefinisi", or "2,25 (Tingkat 2 – Membangun)" for a decimal value. */
  teks: string;
}

export interface StatusView {
  kode: IndicatorStatus;
  label: string;
}

export interface EvidenceRow {
  no: number;
  berkas: string;
  opd: string;
  halaman: string;
  /** "Lampiran I.10 hal. 3", or why it is not in the lampiran. */
  letak: string;
  dilampirkan: boolean;
}

export interface FindingRow {
  kelas: Finding['severity'];
  label: string;
  pesan: string;
}

export function statusView(status: IndicatorStatus): StatusView {
  return { kode: status, label: statusLabel(status) };
}

/** A level with its label, or null outside the instrument's range (e.g. a supported level of 0). */
export function levelView(inst: Instrument, ind: Indicator, level: number | null): LevelView | null {
  if (level === null || !Number.isInteger(level) || level < inst.tingkatMin || level > inst.tingkatMax) return null;
  const label = levelLabel(inst, ind, level);
  return { tingkat: level, label, nilai: formatValue(level), teks: `Tingkat ${level} – ${label}` };
}

/**
 * The level whose value band holds a value (a band's upper bound is the next level's start, except at the top):
 * with Pemdi's bands 2,25 and 1,50 lie in the band of level 2, the range the predicate table names "Membangun".
 */
export function levelOfValue(value: number, bands: ValueBands, inst: Instrument): number {
  for (let level = inst.tingkatMax; level >= inst.tingkatMin; level--) {
    const [from] = bands[String(level)] ?? [level, level];
    if (value >= from - 1e-9) return level;
  }
  return inst.tingkatMin;
}

/**
 * A claimed or supported value. Without value bands it is a level ("Tingkat 3 – Terdefinisi"); with bands (decimal
 * values, Pemdi) it is the value and the name of the band holding it ("2,25 (Membangun)"), since a value inside a band
 * is partial credit and not a level reached. Null below the lowest level.
 */
export function valueView(inst: Instrument, ind: Indicator, bands: ValueBands | null, value: number | null): LevelView | null {
  if (value === null || value < inst.tingkatMin - 1e-9) return null;
  if (bands === null) return levelView(inst, ind, value);
  const view = levelView(inst, ind, levelOfValue(value, bands, inst));
  if (view === null) return null;
  const nilai = formatDecimal(value, 2);
  return { ...view, nilai, teks: `${nilai} (${view.label})` };
}

/**
 * The value the evidence supports, as `valueView` shows it, except without accepted evidence (`kosong`): no level is
 * supported, so no level name is given ("1,00 (belum ada bukti)" under Pemdi, where the index counts the bottom of
 * level 1's band, 1,00; "belum ada bukti" under SPBE, where it counts 0).
 */
export function supportedView(inst: Instrument, ind: Indicator, bands: ValueBands | null, a: IndicatorAssessment | undefined): LevelView | null {
  if (a === undefined) return null;
  const value = supportedValue(a);
  if (a.status !== 'kosong') return valueView(inst, ind, bands, value);
  const words = statusLabel('kosong').toLowerCase();
  const shown = value >= inst.tingkatMin - 1e-9 ? formatDecimal(value, bands === null ? 0 : 2) : null;
  return { tingkat: 0, label: words, nilai: shown ?? '-', teks: shown === null ? words : `${shown} (${words})` };
}

/** The pack's value bands, or null for an instrument whose values are whole levels. */
export function valueBands(state: Pick<WorkspaceState, 'pack'>): ValueBands | null {
  return state.pack.levels.bands;
}


export function findingRows(findings: Finding[]): FindingRow[] {
  const order: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };
  return [...findings]
    .sort((a, b) => order[a.severity] - order[b.severity] || compareText(a.message, b.message))
    .map((f) => ({ kelas: f.severity, label: severityLabel(f.severity), pesan: f.message }));
}

export function fileNameOf(p: string): string {
  const parts = p.split('/');
  return parts[parts.length - 1] ?? p;
}

/** Evidence in lampiran order (OPD, then path), each with where it sits in the lampiran. */
export function evidenceRows(indicator: number, refs: EvidenceRef[], plan: LampiranPlan): EvidenceRow[] {
  const sorted = [...refs].sort(
    (a, b) => compareText(a.opd ?? '\uffff', b.opd ?? '\uffff') || compareText(a.path, b.path) || compareText(a.sha256, b.sha256),
  );
  return sorted.map((ref, i) => {
    const loc = locate(plan, indicator, ref.sha256);
    const excluded = loc ? null : exclusionOf(plan, indicator, ref.sha256);
    return {
      no: i + 1,
      berkas: fileNameOf(ref.path),
      opd: ref.opd ?? '-',
      halaman: ref.pages > 0 ? String(ref.pages) : '-',
      letak: loc ? locationText(loc) : `Tidak dilampirkan: ${excluded ?? 'berkas tidak tersedia di arsip'}`,
      dilampirkan: loc !== null,
    };
  });
}

/** The assessment of each indicator by number. */
export function assessmentsByNo(indicators: IndicatorAssessment[]): Map<number, IndicatorAssessment> {
  return new Map(indicators.map((i) => [i.id, i]));
}

export interface ProblemFile {
  berkas: string;
  opd: string;
  masalah: string;
  tindakan: string;
}

/** Archived documents that cannot be read or opened, optionally for one OPD, by path. */
export function problemFiles(documents: DocumentView[], opd: string | null): ProblemFile[] {
  return documents
    .filter((d) => d.doc.status !== 'ok' && (opd === null || d.opd === opd))
    .map((d) => ({
      berkas: d.path,
      opd: d.opd ?? '(folder tidak dikenal)',
      masalah: docStatusLabel(d.doc.status),
      tindakan: d.doc.message || (docProblem(d.doc.status)?.todo ?? ''),
    }))
    .sort((a, b) => compareText(a.berkas, b.berkas));
}

/** Paragraphs of a penjelasan, or null when it is empty. */
export function paragraphs(text: string | undefined): string[] | null {
  const parts = (text ?? '')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : null;
}
