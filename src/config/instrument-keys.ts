/**
 * Config keys whose indicator numbers belong to an instrument pack (`aplikasi`), checked against the packs when the
 * config is loaded: a number the instrument lacks, or an instrument id no pack has, is a problem at its key.
 */
import { allIndicators } from '../instrument/tree.ts';
import { listPacks, loadPack, unkeyedOwner } from '../instrument/registry.ts';
import { closestMatch } from '../shared/suggest.ts';
import type { Config } from '../types/config.ts';
import type { ConfigProblem } from './issues.ts';

const isIndicatorKey = (key: string): boolean => /^\d/.test(key);

function numberProblem(path: PropertyKey[], key: string, instrumentId: string, numbers: readonly number[]): ConfigProblem {
  const range = numbers.length > 0 ? ` (nomor ${Math.min(...numbers)}–${Math.max(...numbers)})` : '';
  return {
    path,
    text:
      `Indikator ${key} tidak ada di instrumen ${instrumentId}${range}. Kunci \`aplikasi\` memetakan nama aplikasi ` +
      'ke nomor indikator instrumen; perbaiki nomornya atau hapus barisnya.',
  };
}

/** Problems of the `aplikasi` section: unknown indicator numbers (per the pack that owns them) and unknown instruments. */
export function instrumentKeyProblems(config: Config): ConfigProblem[] {
  const packs = listPacks();
  const numbersOf = (id: string): number[] => allIndicators(loadPack(id).instrument).map((i) => i.no);
  const problems: ConfigProblem[] = [];
  const owner = unkeyedOwner();
  for (const [key, value] of Object.entries(config.aplikasi)) {
    if (isIndicatorKey(key)) {
      // Numbers written directly under `aplikasi` belong to the pack that owns the unkeyed form.
      if (owner === null) {
        problems.push({ path: ['aplikasi', key], text: `Tulis nomor indikator di bawah id instrumen, mis. \`aplikasi: { ${config.instrumen}: { "${key}": [...] } }\`.` });
        continue;
      }
      const numbers = numbersOf(owner);
      if (!numbers.includes(Number(key))) problems.push(numberProblem(['aplikasi', key], key, owner, numbers));
      continue;
    }
    if (!packs.includes(key)) {
      const near = closestMatch(key, packs);
      problems.push({ path: ['aplikasi', key], text: `Instrumen \`${key}\` tidak dikenal.${near === null ? '' : ` Maksud Anda \`${near}\`?`} Instrumen yang tersedia: ${packs.join(', ')}.` });
      continue;
    }
    const numbers = numbersOf(key);
    for (const no of Object.keys(value)) {
      if (!numbers.includes(Number(no))) problems.push(numberProblem(['aplikasi', key, no], no, key, numbers));
    }
  }
  return problems;
}
