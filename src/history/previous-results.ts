/**
 * Earlier evaluation results of the workspace (`.eviden/riwayat.json`): one entry per year and instrument,
 * read from an LHE or a levels file. Written atomically; an unreadable file is a UserError naming it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { PreviousResult } from '../types/history.ts';

export type { PreviousResult };

const entrySchema = z.strictObject({
  tahun: z.number().int(),
  instrumen: z.string(),
  /** Indicator number (as a string key) → value. */
  nilai: z.record(z.string(), z.number()),
  indeks: z.number().nullable(),
  predikat: z.string().nullable(),
  sumber: z.strictObject({
    berkas: z.string(),
    sha256: z.string(),
    jenis: z.enum(['lhe', 'berkas-tingkat']),
  }),
  diimpor: z.string(),
  oleh: z.string(),
}) satisfies z.ZodType<PreviousResult>;

const fileSchema = z.strictObject({ formatVersion: z.literal(1), hasil: z.array(entrySchema) });

export function readPreviousResults(file: string): PreviousResult[] {
  if (!existsSync(file)) return [];
  try {
    return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).hasil;
  } catch (err) {
    throw new UserError(
      `Berkas riwayat ${file} rusak atau tidak sesuai format (${errorMessage(err).split('\n')[0]}). ` +
        'Hapus berkas itu lalu impor lagi hasil tahun sebelumnya dengan "eviden riwayat impor".',
    );
  }
}

/** Adds or replaces the entry of the same year and instrument; returns the list, newest year last. */
export function withResult(results: readonly PreviousResult[], entry: PreviousResult): PreviousResult[] {
  return [...results.filter((r) => !(r.tahun === entry.tahun && r.instrumen === entry.instrumen)), entry].sort(
    (a, b) => a.tahun - b.tahun || a.instrumen.localeCompare(b.instrumen),
  );
}

export function writePreviousResults(file: string, results: readonly PreviousResult[]): void {
  writeFileAtomic(file, `${JSON.stringify({ formatVersion: 1, hasil: results }, null, 2)}\n`);
}
