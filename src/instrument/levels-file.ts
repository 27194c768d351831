/** A levels file: YAML or JSON mapping indicator number → level, e.g. `{"1": 3, "2": 4}`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError, errorMessage } from '../shared/errors.ts';

const levelsSchema = z.record(z.string().regex(/^\d{1,3}$/), z.number({ error: 'tingkat harus berupa angka, mis. 3' }), {
  error: (issue) =>
    issue.code === 'invalid_key'
      ? 'kunci harus nomor indikator, mis. "10"'
      : 'isi berkas harus berupa pasangan nomor indikator dan tingkat',
});

const EXAMPLE = 'Contoh isi yang benar: {"1": 3, "2": 4} atau baris YAML "1: 3".';

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
