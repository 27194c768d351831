/**
 * The evidence items file of a pack (`items.yaml`): the upload slots per indicator and level, coded
 * `I{indicator}-L{level}-{NN}`. Shape (zod) and consistency with the
 * instrument; the indicator, level and NN of an item are read from its code only.
 */
import { z } from 'zod';
import type { EvidenceItem, EvidenceItems, Instrument } from '../types/instrument.ts';
import { allIndicators } from './tree.ts';

export const ITEM_CODE = /^I(\d{1,3})-L(\d)-(\d{2})$/;

const confidence = z.enum(['SECONDARY', 'UNSURE']);

const itemSchema = z.strictObject({
  code: z.string().regex(ITEM_CODE, 'kode butir harus berbentuk I{indikator}-L{tingkat}-{NN}, mis. "I13-L2-01"'),
  text: z.string().min(1),
  kind: z.enum(['dokumen', 'nilaiIndeks', 'nilaiEksternal']),
  verdict: z
    .strictObject({
      hasil: z.enum(['diterima', 'revisi']),
      jenis: z.enum(['tidak_tepat', 'belum_diunggah', 'otomatis_ditolak']).optional(),
      catatan: z.string().min(1).optional(),
    })
    .optional(),
});

export const itemsFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  instrument: z.string().min(1),
  confidence: confidence.optional(),
  items: z.array(itemSchema).min(1),
});

/** The validated file as the pack holds it: items with their indicator, level and NN, sorted. */
export function toEvidenceItems(parsed: z.infer<typeof itemsFileSchema>): EvidenceItems {
  const items: EvidenceItem[] = parsed.items.map((item) => {
    const [, indicator, level, nn] = ITEM_CODE.exec(item.code) ?? [];
    return { ...item, indicator: Number(indicator), level: Number(level), nn: Number(nn) };
  });
  items.sort((a, b) => a.indicator - b.indicator || a.level - b.level || a.nn - b.nn);
  return { instrument: parsed.instrument, confidence: parsed.confidence, items };
}

/** Every inconsistency between the items and the instrument, in Indonesian; empty when sound. */
export function itemProblems(items: EvidenceItems, inst: Instrument): string[] {
  const problems: string[] = [];
  const indicators = new Map(allIndicators(inst).map((i) => [i.no, i]));
  const seen = new Set<string>();
  for (const item of items.items) {
    if (seen.has(item.code)) problems.push(`kode butir ${item.code} ganda`);
    seen.add(item.code);
    const indicator = indicators.get(item.indicator);
    if (indicator === undefined) problems.push(`butir ${item.code}: indikator ${item.indicator} tidak ada di instrumen`);
    if (item.level < inst.tingkatMin || item.level > inst.tingkatMax) {
      problems.push(`butir ${item.code}: tingkat ${item.level} di luar ${inst.tingkatMin}–${inst.tingkatMax}`);
    }
    if (indicator !== undefined && (item.kind === 'nilaiEksternal') !== (indicator.sumberNilai === 'eksternal')) {
      problems.push(`butir ${item.code}: jenis "nilaiEksternal" hanya untuk (dan wajib bagi) indikator bersumber nilai eksternal`);
    }
  }
  for (const indicator of indicators.values()) {
    for (let level = inst.tingkatMin; level <= inst.tingkatMax; level += 1) {
      if (!items.items.some((i) => i.indicator === indicator.no && i.level === level)) {
        problems.push(`indikator ${indicator.no} tingkat ${level} tidak punya butir bukti`);
      }
    }
  }
  return problems;
}

/** The items of indicator `no` at `level`, in NN order. */
export function itemsAt(items: EvidenceItems, no: number, level: number): EvidenceItem[] {
  return items.items.filter((i) => i.indicator === no && i.level === level);
}
