/** The Indikator page model (pure): criteria with the claimed/target/supported levels, evidence, candidates, findings. */
import { supportedValue } from '../../assess/values.ts';
import type { WorkspaceState } from '../../types/state.ts';
import type { EvidenceRef, Finding, IndicatorStatus, LevelCitation, LevelResult } from '../../types/assessment.ts';
import type { MatchReason } from '../../types/classification.ts';
import { allIndicators, findIndicator, groupPathOf, levelLabel } from '../../instrument/tree.ts';
import type { Indicator } from '../../types/instrument.ts';
import { capitalize } from '../../assess/text.ts';
import { formatValue } from '../../shared/format.ts';

export const PENJELASAN_MAX = 8000;

export interface CitationRow extends LevelCitation {
  href: string;
}

export interface RequirementRow {
  label: string;
  met: boolean;
  evidence: CitationRow[];
  missing: string | null;
  notes: string[];
}

export interface LevelRow {
  level: number;
  label: string;
  kriteria: string;
  buktiDukung: string;
  claimed: boolean;
  target: boolean;
  supported: boolean;
  /** Every requirement of the level's profile is met by the evidence. */
  met: boolean;
  requirements: RequirementRow[];
}

/**
 * The claimed-level control of the Penilaian mandiri form: a choice of whole levels, or, where the pack allows decimal
 * values (Pemdi), a value typed with the Indonesian comma and offered the whole levels and the supported value.
 */
export interface ClaimControl {
  desimal: boolean;
  /** The claim as the field shows it ("1,25", "3"), '' without one. */
  teks: string;
  min: string;
  max: string;
  /** Values offered beside the field (decimal control only). */
  saran: { teks: string; label: string }[];
}

export interface EvidenceRow extends EvidenceRef {
  href: string;
  reasons: MatchReason[];
  possiblyMisfiled: boolean;
}

export interface OpdCell {
  kode: string;
  nama: string;
  status: IndicatorStatus;
  documents: number;
  findings: Finding[];
  selected: boolean;
}

export interface IndicatorModel {
  no: number;
  nama: string;
  namaPendek: string;
  pertanyaan: string;
  kapabilitas: string;
  bobot: number;
  jalur: string[];
  levels: LevelRow[];
  claimedLevel: number | null;
  targetLevel: number;
  supportedLevel: number;
  /** The value the evidence supports (decimal under linear credit, Pemdi; the supported level otherwise). */
  supportedValue: number;
  /** The assessment's status (decided there: "Di bawah target" when the evidence only matches a claim below the target). */
  status: IndicatorStatus;
  supportReasons: string[];
  /** What the next level still needs (Indonesian), or null at the top. */
  nextLevel: { level: number; missing: string[] } | null;
  klaim: ClaimControl;
  penjelasan: string;
  penjelasanMax: number;
  panduan: string;
  penanggungJawab: { kode: string; nama: string; href: string }[];
  evidence: EvidenceRow[];
  candidates: EvidenceRow[];
  findings: Finding[];
  perOpd: OpdCell[];
  selectedOpd: string | null;
  prev: number | null;
  next: number | null;
}

/** The fakta → analisis → justifikasi skeleton assessors expect in a penjelasan. */
export function penjelasanGuide(indicator: Indicator): string {
  return [
    `FAKTA: ${indicator.namaPendek} diatur/dibuktikan dalam <jenis dokumen> Nomor <n> Tahun <tttt> tentang <judul>, ` +
      'Pasal <p> halaman <h>, terlampir pada berkas <nama berkas>.',
    'ANALISIS: Dokumen tersebut memuat <ringkasan isi>, sehingga memenuhi kriteria tingkat <n> karena <alasan>.',
    'JUSTIFIKASI: Indikator ini dinilai pada Tingkat <n>.',
  ].join('\n');
}

function evidenceRows(state: WorkspaceState, refs: EvidenceRef[], indicator: number, accepted: boolean): EvidenceRow[] {
  const bySha = new Map(state.documents.map((d) => [d.doc.sha256, d]));
  return refs.map((ref) => {
    const c = bySha.get(ref.sha256)?.classification;
    const mapping = (accepted ? c?.mappings : c?.candidates)?.find((m) => m.indicator === indicator);
    return {
      ...ref,
      href: `/dokumen/${ref.sha256}`,
      reasons: mapping?.reasons ?? [],
      possiblyMisfiled: mapping?.possiblyMisfiled ?? false,
    };
  });
}

function requirementRows(result: LevelResult | undefined): RequirementRow[] {
  return (result?.requirements ?? []).map((r) => ({
    label: r.label,
    met: r.met,
    evidence: r.evidence.map((e) => ({ ...e, href: `/dokumen/${e.sha256}` })),
    missing: r.missing,
    notes: r.notes,
  }));
}

function claimControl(state: WorkspaceState, indicator: Indicator, claimed: number | null, supported: number): ClaimControl {
  const { instrument } = state;
  const desimal = state.pack.allowsDecimal;
  const saran: ClaimControl['saran'] = [];
  if (desimal) {
    for (let level = instrument.tingkatMin; level <= instrument.tingkatMax; level++) {
      saran.push({ teks: formatValue(level), label: levelLabel(instrument, indicator, level) });
    }
    if (!Number.isInteger(supported)) saran.push({ teks: formatValue(supported), label: 'nilai yang didukung bukti' });
  }
  return {
    desimal,
    teks: claimed === null ? '' : formatValue(claimed),
    min: formatValue(instrument.tingkatMin),
    max: formatValue(instrument.tingkatMax),
    saran,
  };
}

/** null when the instrument has no such indicator. */
export function indicatorModel(state: WorkspaceState, no: number, selectedOpd: string | null): IndicatorModel | null {
  const { instrument, assessment } = state;
  const indicator = findIndicator(instrument, no);
  const result = assessment.indicators.find((i) => i.id === no);
  if (!indicator || !result) return null;
  const numbers = allIndicators(instrument).map((i) => i.no);
  const at = numbers.indexOf(no);
  const opdNames = new Map((assessment.opd ?? []).map((o) => [o.kode, o.nama]));
  const levels: LevelRow[] = [];
  for (let level = instrument.tingkatMin; level <= instrument.tingkatMax; level++) {
    levels.push({
      level,
      label: levelLabel(instrument, indicator, level),
      kriteria: indicator.kriteria[String(level)] ?? '',
      buktiDukung: indicator.buktiDukung[String(level)] ?? '',
      claimed: result.claimedLevel === level,
      target: result.targetLevel === level,
      supported: result.supportedLevel === level,
      met: result.levels?.levels.find((l) => l.level === level)?.met ?? false,
      requirements: requirementRows(result.levels?.levels.find((l) => l.level === level)),
    });
  }
  return {
    no,
    nama: indicator.nama,
    namaPendek: indicator.namaPendek,
    pertanyaan: indicator.pertanyaan,
    kapabilitas: indicator.kapabilitas,
    bobot: indicator.bobot,
    jalur: groupPathOf(instrument, no).map((g) => `${g.tingkat.charAt(0).toUpperCase()}${g.tingkat.slice(1)} ${g.no}: ${g.nama}`),
    levels,
    claimedLevel: result.claimedLevel,
    targetLevel: result.targetLevel,
    supportedLevel: result.supportedLevel,
    supportedValue: supportedValue(result),
    status: result.status,
    supportReasons: result.supportReasons,
    nextLevel: result.levels?.next ? { level: result.levels.next.level, missing: result.levels.next.missing.map((m) => `${capitalize(m)}.`) } : null,
    klaim: claimControl(state, indicator, result.claimedLevel, supportedValue(result)),
    penjelasan: result.penjelasan,
    penjelasanMax: PENJELASAN_MAX,
    panduan: penjelasanGuide(indicator),
    penanggungJawab: result.penanggungJawab.map((kode) => ({
      kode,
      nama: opdNames.get(kode) ?? kode,
      href: `/opd/${encodeURIComponent(kode)}`,
    })),
    evidence: evidenceRows(state, result.documents, no, true),
    candidates: evidenceRows(state, result.candidates, no, false),
    findings: result.findings,
    perOpd: assessment.matrix
      .filter((c) => c.indicator === no)
      .map((c) => ({
        kode: c.opd,
        nama: c.opdNama ?? opdNames.get(c.opd) ?? c.opd,
        status: c.status,
        documents: c.documents.length,
        findings: c.findings,
        selected: c.opd === selectedOpd,
      })),
    selectedOpd,
    prev: at > 0 ? (numbers[at - 1] ?? null) : null,
    next: at >= 0 && at < numbers.length - 1 ? (numbers[at + 1] ?? null) : null,
  };
}
