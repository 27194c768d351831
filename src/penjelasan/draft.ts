/**
 * A draft penjelasan for one indicator, in the FAKTA → ANALISIS → JUSTIFIKASI order assessors expect, built from
 * the accepted evidence (its facts: jenis, nomor, tahun, tentang, tanggal, the pages that matched) and the
 * assessment (the level the evidence supports, the criteria of that level and of the next). Pure and
 * deterministic: the same evidence gives the same words. It never states a level the evidence does not support.
 */
import type { Indicator, Instrument } from '../types/instrument.ts';
import type { IndicatorAssessment, LevelAnalysis, RequirementResult } from '../types/assessment.ts';
import type { DocumentKind } from '../types/classification.ts';
import type { DocumentFacts } from './facts.ts';
import { levelLabel } from '../instrument/tree.ts';
import { kindLabel } from '../shared/vocabulary.ts';
import { formatDate } from '../shared/format.ts';

export interface DraftEvidence {
  fileName: string;
  kind: DocumentKind;
  facts: DocumentFacts;
  /** Pages where the indicator's phrases matched, ascending. */
  pages: number[];
}

export interface DraftInput {
  /** "Pemerintah Kabupaten Sukamaju". */
  instansi: string;
  instrument: Instrument;
  indicator: Indicator;
  assessment: IndicatorAssessment;
  /** In the order the penjelasan should name them (strongest first). */
  evidence: DraftEvidence[];
}

export interface PenjelasanDraft {
  indicator: number;
  /** The level the draft justifies (the supported level); null when there is nothing to justify yet. */
  level: number | null;
  fakta: string[];
  analisis: string[];
  justifikasi: string;
  /** The whole draft as it would stand in the penilaian mandiri; '' when there is no draft. */
  text: string;
  /** Why there is no draft (Indonesian), when text is ''. */
  reason: string | null;
}

const MAX_PAGES_NAMED = 4;

/** [1,2,3,5,8,9] → "1–3, 5, 8–9" (page ranges). */
function pageRanges(pages: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    out.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out;
}

function pagesPhrase(pages: number[]): string {
  if (pages.length === 0) return '';
  const ranges = pageRanges(pages);
  const shown = ranges.slice(0, MAX_PAGES_NAMED);
  return `halaman ${shown.join(', ')}${ranges.length > shown.length ? ' dan seterusnya' : ''}, `;
}

/** "Peraturan Bupati Sukamaju Nomor 12 Tahun 2024 tentang …". */
function numberedTitle(f: DocumentFacts): string | null {
  if (f.jenis === null || f.nomor === null) return null;
  const yearInNumber = f.nomor.includes('/') || f.tahun === null;
  return `${f.jenis} Nomor ${f.nomor}${yearInNumber ? '' : ` Tahun ${f.tahun}`}${f.tentang ? ` tentang ${f.tentang}` : ''}`;
}

function stem(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]{2,4}$/i, '').replace(/[_]+/g, ' ').trim();
}

const firstWord = (text: string) => text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';

/**
 * A report or minutes by its title: "Laporan Hasil Audit TIK" as the title says it when the title starts with the
 * document's kind, else the kind and the quoted title (or the file name when the text has no title).
 */
function unnumberedTitle(e: DraftEvidence): string {
  const kind = kindLabel(e.kind);
  const title = e.facts.judul ?? stem(e.fileName);
  if (title.toLowerCase() === kind.toLowerCase()) return capitalize(kind);
  if (firstWord(title) === firstWord(kind)) return title;
  return `${capitalize(kind)} "${title}"`;
}

export function factSentence(e: DraftEvidence): string {
  const numbered = numberedTitle(e.facts);
  const dated = e.facts.tanggal ? formatDate(e.facts.tanggal) : null;
  const where = `${pagesPhrase(e.pages)}terlampir pada berkas "${e.fileName}".`;
  if (numbered !== null) return `${numbered}${dated ? `, ditetapkan tanggal ${dated}` : ''}, ${where}`;
  return `${unnumberedTitle(e)}${dated ? ` tanggal ${dated}` : ''}, ${where}`;
}

/**
 * The level's own criterion, without the "Kriteria tingkat N telah terpenuhi dan" that chains it to the level below
 * and without a "Kondisi:" label; lower-case first letter so it reads inside a sentence.
 */
export function ownCriterion(text: string | undefined): string | null {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const own = flat
    .replace(/^kondisi\s*:\s*/i, '')
    .replace(/[.;]?\s*kondisi\s*:.*$/i, '')
    .replace(/^kriteria tingkat \d+ (?:telah|sudah) terpenuhi\s*(?:,|dan|serta)?\s*/i, '')
    .replace(/[.;]\s*$/, '');
  if (own === '') return null;
  return own.charAt(0).toLowerCase() + own.slice(1);
}

function criterion(input: DraftInput, level: number): string | null {
  return ownCriterion(input.indicator.kriteria[String(level)]);
}

/** "A", "B" dan "C". */
function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/** "pelaksanaan yang terdokumentasi ditunjukkan oleh berkas "A" (halaman 3) dan "B"". */
function requirementShown(req: RequirementResult): string | null {
  if (!req.met || req.evidence.length === 0) return null;
  const label = req.label.replace(/\s*\([^)]*\)/g, '').trim();
  const byFile = new Map<string, Set<number>>();
  for (const c of req.evidence) {
    const name = c.path.split('/').at(-1) ?? c.path;
    const pages = byFile.get(name) ?? new Set<number>();
    if (c.page !== null) pages.add(c.page);
    byFile.set(name, pages);
  }
  const files = [...byFile].map(([name, pages]) =>
    pages.size > 0 ? `"${name}" (halaman ${pageRanges([...pages].sort((x, y) => x - y)).join(', ')})` : `"${name}"`,
  );
  return `${label} ditunjukkan oleh berkas ${joinAnd(files)}`;
}

/** What the supported level's requirements rest on, from the level analysis (when the assessment carries one). */
function shownBy(levels: LevelAnalysis | undefined, level: number): string | null {
  const result = levels?.levels.find((l) => l.level === level);
  const parts = (result?.requirements ?? []).map(requirementShown).filter((p): p is string => p !== null);
  return parts.length > 0 ? `${capitalize(parts.join('; '))}.` : null;
}

function levelName(input: DraftInput, level: number): string {
  return `tingkat ${level} (${levelLabel(input.instrument, input.indicator, level)})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function draftPenjelasan(input: DraftInput): PenjelasanDraft {
  const { indicator, assessment } = input;
  const empty = (reason: string): PenjelasanDraft => ({ indicator: indicator.no, level: null, fakta: [], analisis: [], justifikasi: '', text: '', reason });
  if (input.evidence.length === 0) return empty('Belum ada bukti dukung yang diterima untuk indikator ini.');
  const level = assessment.supportedLevel;
  if (level < input.instrument.tingkatMin) {
    return empty('Bukti dukung yang diterima belum mendukung tingkat 1; lengkapi bukti sebelum menulis penjelasan.');
  }
  const fakta = input.evidence.map(factSentence);
  const met = criterion(input, level);
  const analisis = [
    `${input.evidence.length === 1 ? 'Dokumen tersebut' : 'Dokumen-dokumen tersebut'} memenuhi kriteria ${levelName(input, level)}` +
      (met ? `, yaitu ${met}.` : '.'),
  ];
  const shown = shownBy(assessment.levels, level);
  if (shown) analisis.push(shown);
  const next = level + 1;
  if (next <= input.instrument.tingkatMax) {
    const notMet = criterion(input, next);
    analisis.push(
      notMet
        ? `${capitalize(levelName(input, next))} belum terpenuhi karena belum ada bukti bahwa ${notMet}.`
        : `${capitalize(levelName(input, next))} belum terpenuhi.`,
    );
  }
  const justifikasi =
    `Berdasarkan fakta dan analisis di atas, indikator ${indicator.namaPendek} pada ${input.instansi} ` +
    `dinilai pada Tingkat ${level} (${levelLabel(input.instrument, indicator, level)}).`;
  const text = [
    'FAKTA:',
    ...fakta.map((f, i) => (fakta.length === 1 ? f : `${i + 1}. ${f}`)),
    'ANALISIS:',
    analisis.join(' '),
    'JUSTIFIKASI:',
    justifikasi,
  ].join('\n');
  return { indicator: indicator.no, level, fakta, analisis, justifikasi, text, reason: null };
}
