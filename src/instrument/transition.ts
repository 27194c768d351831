/**
 * The transition file of a pack (`transition.yaml`): the crosswalk from an earlier instrument (SPBE 2020 → Pemdi
 * 2026), per indicator the earlier indicators whose evidence may carry over, the items it may fill, and what is new.
 * Shape (zod) and consistency with the pack's instrument and items; the earlier instrument's numbers are checked
 * against its pack when the crosswalk is used (src/app/transition.ts), so loading this pack never loads the other.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { EvidenceItems, Instrument, Transition } from '../types/instrument.ts';
import { ITEM_CODE } from './items-schema.ts';
import { allIndicators } from './tree.ts';

const carrySchema = z.strictObject({
  /** Indicator numbers of the earlier instrument (`from`). */
  earlier: z.array(z.number().int().positive()).min(1),
  items: z.array(z.string().regex(ITEM_CODE, 'kode butir berbentuk I{indikator}-L{tingkat}-{NN}')),
  note: z.string().min(1),
});

export const transitionFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  instrument: z.string().min(1),
  from: z.string().regex(/^[a-z0-9-]+$/, 'id paket instrumen, mis. "spbe-2020"'),
  mark: z.enum(['SECONDARY', 'UNSURE']),
  note: z.string().min(1),
  names: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }),
  indicators: z.record(
    z.string().regex(/^\d{1,3}$/, 'kunci berupa nomor indikator, mis. "19"'),
    z.strictObject({ status: z.enum(['reuse', 'update', 'baru']), carry: z.array(carrySchema), new: z.string().min(1).optional() }),
  ),
});

/** Validates a parsed file against the pack's instrument and items; every problem is a UserError naming `source`. */
export function parseTransition(raw: unknown, source: string, instrument: Instrument, items: EvidenceItems | null): Transition {
  const parsed = transitionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 8).map((i) => `  - kolom "${i.path.map(String).join('.') || '(akar berkas)'}": ${i.message}`);
    throw new UserError(`Berkas peta transisi ${source} tidak sesuai format:\n${lines.join('\n')}\nPerbaiki berkas tersebut.`);
  }
  const data = parsed.data;
  if (data.instrument !== instrument.id) {
    throw new UserError(`Berkas peta transisi ${source} untuk instrumen "${data.instrument}"; samakan dengan nama folder paketnya ("${instrument.id}").`);
  }
  const problems: string[] = [];
  const codes = new Set((items?.items ?? []).map((i) => i.code));
  const numbers = allIndicators(instrument).map((i) => i.no);
  for (const [key, entry] of Object.entries(data.indicators)) {
    for (const code of entry.carry.flatMap((c) => c.items)) {
      if (!codes.has(code)) problems.push(`indikator ${key}: butir ${code} tidak ada di berkas butir bukti paket`);
      else if (!code.startsWith(`I${key}-`)) problems.push(`indikator ${key}: butir ${code} milik indikator lain`);
    }
  }
  for (const no of numbers) if (data.indicators[String(no)] === undefined) problems.push(`indikator ${no} belum ada di peta transisi`);
  for (const key of Object.keys(data.indicators)) if (!numbers.includes(Number(key))) problems.push(`indikator ${key} tidak ada di instrumen`);
  if (problems.length > 0) {
    throw new UserError(`Berkas peta transisi ${source} tidak konsisten dengan paket:\n${problems.slice(0, 12).map((p) => `  - ${p}`).join('\n')}`);
  }
  return {
    from: data.from,
    mark: data.mark,
    note: data.note,
    names: data.names,
    source,
    indicators: numbers.map((no) => {
      const entry = data.indicators[String(no)];
      return {
        indicator: no,
        status: entry?.status ?? 'baru',
        carry: (entry?.carry ?? []).map((c) => ({ from: c.earlier, items: c.items, note: c.note })),
        new: entry?.new ?? null,
      };
    }),
  };
}

/** Reads and validates one transition file. */
export function readTransitionFile(file: string, instrument: Instrument, items: EvidenceItems | null): Transition {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Berkas peta transisi ${file} tidak dapat dibaca: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
  return parseTransition(raw, file, instrument, items);
}

/** Problems of the crosswalk against the earlier instrument: numbers it does not have (Indonesian; empty when sound). */
export function transitionSourceProblems(transition: Transition, from: Instrument): string[] {
  const known = new Set(allIndicators(from).map((i) => i.no));
  return transition.indicators.flatMap((t) =>
    t.carry.flatMap((c) => c.from.filter((n) => !known.has(n)).map((n) => `indikator ${t.indicator}: indikator ${n} tidak ada di ${from.id}`)),
  );
}
