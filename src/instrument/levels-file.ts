/**
 * A levels file: YAML or JSON mapping indicator number → level, e.g. `{"1": 3, "2": 4}`. A decimal may be written
 * with a comma or a point ("1: 1,25", "2: 2.5"); whether the instrument allows decimals is checked by the index.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError, errorMessage } from '../shared/errors.ts';
import { parseDecimalText } from '../shared/format.ts';

const levelValue = z.preprocess(
  (value) => (typeof value === 'string' ? (parseDecimalText(value) ?? value) : value),
  z.number({ error: 'tingkat harus berupa angka, mis. 3 atau 2,5' }),
);

const levelsSchema = z.record(z.string().regex(/^\d{1,3}$/), levelValue, {
  error: (issue) =>
    issue.code === 'invalid_key'
      ? 'kunci harus nomor indikator, mis. "10"'
      : 'isi berkas harus berupa pasangan nomor indikator dan tingkat',
});

const EXAMPLE = 'Contoh isi yang benar: {"1": 3, "2": 4} atau baris YAML "1: 3" (desimal: "1: 1,25" atau "1: 2.5").';

export function parseLevels(text: string, file: string): Map<number, number> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new UserError(`Berkas tingkat ${file} bukan YAML/JSON yang sah: ${errorMessage(err).split('\n')[0]?.replace(/:$/, '')}. ${EXAMPLE}`);
  }
  const parsed = levelsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path.length > 0 ? `indikator "${issue.path.map(String).join('.')}"` : '(akar berkas)';
      return `  - ${key}: ${issue.message}`;
    });
    throw new UserError(`Berkas tingkat ${file} tidak sesuai format:\n${lines.join('\n')}\n${EXAMPLE}`);
  }
  return new Map(Object.entries(parsed.data).map(([no, level]) => [Number(no), level]));
}

export function readLevelsFile(file: string): Map<number, number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Berkas tingkat ${file} tidak dapat dibaca. Periksa nama dan lokasi berkas pada --levels.`);
  }
  return parseLevels(text, file);
}
