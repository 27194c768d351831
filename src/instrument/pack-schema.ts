/** The shape of a pack manifest (`src/instruments/<id>/pack.yaml`), validated with zod. */
import { z } from 'zod';
import type { PackManifest } from '../types/instrument.ts';

const fileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'nama berkas di dalam folder paket, tanpa folder, mis. "rules.yaml"');

export const packManifestSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/, 'id hanya huruf kecil, angka dan -'),
    indicatorNumbers: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
    sectorSlots: z.array(z.number().int().positive()).default([]),
    allowsDecimal: z.boolean(),
    legalBasis: z.array(z.strictObject({ text: z.string().min(1), secondary: z.boolean().default(false) })).min(1),
    sourceNote: z.string().min(1).nullable().default(null),
    labels: z.strictObject({
      program: z.string().min(1),
      programShort: z.string().min(1),
      coordinatorRole: z.string().min(1),
      evaluation: z.string().min(1),
    }),
    numbering: z.record(z.string().min(1), z.enum(['romawi', 'angka'])).default({}),
    unkeyedConfig: z.boolean().default(false),
    files: z
      .strictObject({
        instrument: fileName.default('instrument.json'),
        rules: fileName.default('rules.yaml'),
        lexicon: fileName.nullable().default(null),
        levels: fileName.nullable().default(null),
        items: fileName.nullable().default(null),
        combiner: fileName.nullable().default(null),
        substitutions: fileName.nullable().default(null),
        transition: fileName.nullable().default(null),
      })
      .default({
        instrument: 'instrument.json',
        rules: 'rules.yaml',
        lexicon: null,
        levels: null,
        items: null,
        combiner: null,
        substitutions: null,
        transition: null,
      }),
  })
  .refine((m) => m.indicatorNumbers.min <= m.indicatorNumbers.max, {
    path: ['indicatorNumbers'],
    message: 'min harus ≤ max',
  }) satisfies z.ZodType<PackManifest>;
