/**
 * Terminal view of one indicator's level analysis (`eviden gaps --indikator N`): for every level its criterion,
 * met or not, each requirement with the evidence cited (file, OPD, kind, date, page, line) or what is missing,
 * then what the next level still needs.
 */
import pc from 'picocolors';
import { formatDecimal, shorten, formatValue } from '../../shared/format.ts';
import { kindLabel } from '../../shared/vocabulary.ts';
import type { DocumentKind } from '../../types/classification.ts';
import type { IndicatorAssessment, LevelCitation, LevelResult } from '../../types/assessment.ts';
import { levelName } from '../level-reasons.ts';
import { dateText } from '../messages.ts';
import { TABLE_WIDTH, wrap } from './table.ts';

type Colors = ReturnType<typeof pc.createColors>;

/** `text` wrapped to the table width, indented by `indent` spaces, continuation lines by `hang` more. */
function block(text: string, indent: number, hang: number): string[] {
  return wrap(text, TABLE_WIDTH - indent, hang).map((line) => `${' '.repeat(indent)}${line}`);
}

/** `SETDA/Laporan.pdf (SETDA, laporan, 3 November 2025), hlm. 1: "…"`. */
function citationLine(c: LevelCitation): string {
  const about = [c.opd, kindLabel(c.kind as DocumentKind), c.date === null ? null : dateText(c.date)].filter((x): x is string => x !== null);
  const where = c.page !== null ? `, hlm. ${c.page}` : '';
  const phrase = c.phrase !== null ? `: "${c.phrase}"` : '';
  return `${c.path} (${about.join(', ')})${where}${phrase}`;
}

function levelLines(l: LevelResult, c: Colors): string[] {
  const state = l.met ? c.green('terpenuhi') : c.yellow('belum terpenuhi');
  const lines = [c.bold(`${levelName(l)}: ${state}`)];
  if (l.criterion !== '') lines.push(...block(`Kriteria: ${shorten(l.criterion, 400)}`, 2, 10));
  for (const r of l.requirements) {
    lines.push(...block(`${r.met ? c.green('[v]') : c.yellow('[ ]')} ${r.label}`, 2, 4));
    for (const e of r.evidence.slice(0, 5)) lines.push(...block(citationLine(e), 6, 2));
    if (r.evidence.length > 5) lines.push(`      … dan ${r.evidence.length - 5} bukti lain`);
    if (!r.met && r.missing !== null) lines.push(...block(`Yang kurang: ${r.missing}.`, 6, 2));
    for (const n of r.notes) lines.push(...block(`Catatan: ${n}.`, 6, 2));
  }
  return lines;
}

export function levelsText(i: IndicatorAssessment, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const a = i.levels;
  const claimed = i.claimedLevel === null ? 'belum diklaim' : formatValue(i.claimedLevel);
  const lines = [c.bold(`Indikator ${i.id}: ${i.namaPendek ?? i.nama}`)];
  if (a === undefined) return [...lines, 'Belum ada analisis tingkat untuk indikator ini.'].join('\n');
  const value = a.credit === 'linear' ? ` (nilai ${formatDecimal(a.value)})` : '';
  lines.push(`Tingkat yang didukung bukti: ${a.level}${value} · klaim: ${claimed} · target: ${formatValue(i.targetLevel)}`, '');
  for (const l of a.levels) lines.push(...levelLines(l, c), '');
  if (a.next === null) lines.push(c.green('Tingkat tertinggi sudah didukung bukti.'));
  else {
    lines.push(c.bold(`Untuk mencapai tingkat ${a.next.level}:`));
    for (const m of a.next.missing) lines.push(...block(`- ${m}.`, 2, 2));
  }
  return lines.join('\n');
}
