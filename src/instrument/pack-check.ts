/** Consistency of a pack's files with each other: numbers in range, sector slots and rules naming real indicators. */
import type { RuleSet } from '../classify/ruleset.ts';
import type { Instrument, PackManifest } from '../types/instrument.ts';
import { allIndicators } from './tree.ts';

/** Every inconsistency between the manifest, the instrument and the rules, in Indonesian; empty when sound. */
export function packProblems(manifest: PackManifest, instrument: Instrument, rules: RuleSet): string[] {
  const problems: string[] = [];
  const numbers = allIndicators(instrument).map((i) => i.no);
  const known = new Set(numbers);
  const { min, max } = manifest.indicatorNumbers;
  const outside = numbers.filter((no) => no < min || no > max);
  if (outside.length > 0) {
    problems.push(`nomor indikator ${outside.join(', ')} di luar indicatorNumbers (${min}–${max})`);
  }
  const unknownSlots = manifest.sectorSlots.filter((no) => !known.has(no));
  if (unknownSlots.length > 0) problems.push(`sectorSlots ${unknownSlots.join(', ')} bukan nomor indikator instrumen`);
  if (new Set(manifest.sectorSlots).size !== manifest.sectorSlots.length) problems.push('sectorSlots memuat nomor ganda');
  const unknownRules = rules.indicators.map((r) => r.no).filter((no) => !known.has(no));
  if (unknownRules.length > 0) problems.push(`aturan pemetaan untuk indikator ${unknownRules.join(', ')} yang tidak ada di instrumen`);
  return problems;
}
