/** The shape of an instrument data file (zod). Consistency rules (weights, levels) live in validate.ts. */
import { z } from 'zod';
import type { Group, Instrument } from '../types/instrument.ts';

const confidenceSchema = z.enum(['SECONDARY', 'UNSURE']);

const levelTexts = z.record(z.string().regex(/^\d+$/, 'kunci harus nomor tingkat, mis. "3"'), z.string().min(1));

export const indicatorSchema = z.strictObject({
  no: z.number().int().positive(),
  nama: z.string().min(1),
  namaPendek: z.string().min(1),
  pertanyaan: z.string().min(1),
  kapabilitas: z.enum(['proses', 'layanan']),
  bobot: z.number().positive(),
  kriteria: levelTexts,
  buktiDukung: levelTexts,
  pemenuhan: levelTexts.optional(),
  penjelasan: z.string(),
  kode: z.string().min(1).optional(),
  sumberNilai: z.enum(['bukti', 'buktiIndeks', 'eksternal']).optional(),
  skalaEksternal: z
    .strictObject({
      sistem: z.string().min(1),
      pembina: z.string().min(1),
      band: z.array(z.tuple([z.number(), z.number()])).min(1),
      keyakinan: confidenceSchema.optional(),
    })
    .optional(),
  keyakinan: confidenceSchema.optional(),
});

export const groupSchema: z.ZodType<Group> = z.lazy(() =>
  z.strictObject({
    tingkat: z.string().min(1),
    no: z.number().int().positive(),
    nama: z.string().min(1),
    bobot: z.number().positive(),
    groups: z.array(groupSchema),
    indicators: z.array(indicatorSchema),
  }),
);

export const predicateBandSchema = z.strictObject({
  min: z.number().min(0),
  nama: z.string().min(1),
  alias: z.string().min(1).optional(),
});

export const instrumentSchema: z.ZodType<Instrument> = z.strictObject({
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/, 'id hanya huruf kecil, angka dan -'),
  nama: z.string().min(1),
  regulasi: z.string().min(1),
  experimental: z.boolean(),
  hierarki: z.array(z.string().min(1)).min(1),
  tingkatMin: z.number().int().min(0),
  tingkatMax: z.number().int().min(1),
  labelTingkat: z.strictObject({
    proses: z.array(z.string().min(1)),
    layanan: z.array(z.string().min(1)),
  }),
  predikat: z.array(predicateBandSchema).min(1),
  batasPredikat: z.enum(['atas', 'bawah']).optional(),
  groups: z.array(groupSchema).min(1),
});
