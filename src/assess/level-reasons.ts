/** Indonesian reasons read from a level analysis: one sentence per level reached, then why the climb stopped. */
import type { LevelAnalysis, LevelCitation, LevelResult, RequirementResult } from '../types/assessment.ts';
import type { DocumentKind } from '../types/classification.ts';
import { kindLabel } from '../shared/vocabulary.ts';
import { dateText, fileName } from './messages.ts';
import { listSome } from './text.ts';

/** "Tingkat 3 (Terdefinisi)". */
export function levelName(level: LevelResult | { level: number; label: string }): string {
  return level.label === '' ? `Tingkat ${level.level}` : `Tingkat ${level.level} (${level.label})`;
}

/** `"Perbup.pdf" hlm. 3: "… seluruh perangkat daerah …"`, or `"Perbup.pdf" (peraturan, 12 Maret 2024)`. */
export function citationText(c: LevelCitation): string {
  const name = `"${fileName(c.path)}"`;
  if (c.phrase !== null) return `${name}${c.page !== null ? ` hlm. ${c.page}` : ''}: "${c.phrase}"`;
  const date = c.date === null ? '' : `, ${dateText(c.date)}`;
  return `${name} (${kindLabel(c.kind as DocumentKind)}${date})`;
}

function metText(r: RequirementResult): string {
  return `${r.label}: ${listSome(r.evidence.map(citationText))}`;
}

function unmetText(r: RequirementResult): string {
  return r.notes.length > 0 ? `${r.missing ?? r.label} — ${r.notes.join('; ')}` : (r.missing ?? r.label);
}

export function levelReasons(analysis: LevelAnalysis): string[] {
  const reasons: string[] = [];
  for (const l of analysis.levels.filter((x) => x.level <= analysis.level && x.met)) {
    reasons.push(`${levelName(l)}: ${l.requirements.map(metText).join('; ')}.`);
  }
  const next = analysis.levels.find((l) => l.level === analysis.level + 1);
  if (next === undefined) return reasons;
  reasons.push(`${levelName(next)} belum didukung: ${next.requirements.filter((r) => !r.met).map(unmetText).join('; ')}.`);
  if (analysis.climb === 'stepwise') {
    for (const later of analysis.levels.filter((l) => l.level > next.level)) {
      const signs = later.requirements.filter((r) => r.met && r.evidence.length > 0);
      if (signs.length === 0) continue;
      reasons.push(
        `Tanda ${levelName(later).toLowerCase()} sudah ada (${signs.map(metText).join('; ')}), tetapi tingkat ${next.level} harus didukung lebih dulu.`,
      );
    }
  }
  return reasons;
}
