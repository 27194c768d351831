/**
 * The substitutions file of a pack (`substitutions.yaml`): evidence the assessors reject when it is offered for items
 * that ask for something else (Indeks KAMI where IKASANDI is required). Shape (zod), consistency with the pack's
 * items and lexicon, and the content checks each side is recognised by: the terms of a side (its phrases and every
 * form of the lexicon concepts it names) become a content check read from the text at classification, like the
 * level profiles' own checks (src/classify/level-facts.ts). Evaluated by src/assess/rules/rejected-substitution.ts.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../classify/rules-schema.ts';
import type { Lexicon } from '../classify/lexicon.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { EvidenceItems, Substitution, SubstitutionSide } from '../types/instrument.ts';
import type { ContentCheck, LevelProfiles } from '../types/levels.ts';
import { ITEM_CODE } from './items-schema.ts';

const words = z.array(z.string().min(1));

const sideFields = {
  label: z.string().min(1),
  kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1).optional(),
  notKinds: z.array(z.enum(DOCUMENT_KINDS)).default([]),
  /** Lexicon concepts, each named by one of its forms: every form of the concept shows the side. */
  concepts: words.default([]),
  phrases: words.default([]),
};

const substitutionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id hanya huruf kecil, angka dan -'),
  items: z.array(z.string().regex(ITEM_CODE, 'kode butir berbentuk I{indikator}-L{tingkat}-{NN}')).min(1),
  offered: z.strictObject(sideFields),
  required: z.strictObject(sideFields),
  reason: z.string().min(1),
  upload: z.string().min(1),
  mark: z.enum(['SECONDARY', 'UNSURE']),
  basis: z.string().min(1),
});

export const substitutionsFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  instrument: z.string().min(1),
  substitutions: z.array(substitutionSchema).min(1),
});

type SideData = z.infer<typeof substitutionSchema>['offered'];

/** The substitutions and the content checks their sides are read by. */
export interface SubstitutionData {
  substitutions: Substitution[];
  checks: Record<string, ContentCheck>;
}

/** Content check id of a substitution's side: `ganti-<id>-ditawarkan` / `ganti-<id>-diminta`. */
function checkId(id: string, side: 'ditawarkan' | 'diminta'): string {
  return `ganti-${id}-${side}`;
}

/** Every form of the concept one of whose forms is `name` (case-insensitive), or null when the lexicon has none. */
function conceptForms(lexicon: Lexicon, name: string): readonly string[] | null {
  const key = name.toLowerCase();
  return lexicon.concepts.find((forms) => forms.some((f) => f.toLowerCase() === key)) ?? null;
}

function side(
  data: SideData,
  id: string,
  lexicon: Lexicon,
  where: string,
  problems: string[],
  checks: Record<string, ContentCheck>,
): SubstitutionSide {
  const phrases = [...data.phrases];
  for (const name of data.concepts) {
    const forms = conceptForms(lexicon, name);
    if (forms === null) problems.push(`${where}: konsep "${name}" tidak ada di leksikon paket`);
    else phrases.push(...forms);
  }
  const unique = [...new Map(phrases.map((p) => [p.toLowerCase(), p])).values()];
  if (unique.length > 0) checks[id] = { id, label: data.label, phrases: unique, notPrecededBy: ['belum', 'tidak', 'bukan'], notFollowedBy: [], notOnLinesOpenedBy: [], notAfterOnLine: [], negatedWithin: null, fraction: null, stage: null, score: null, done: false, notPlanned: false, contradictedBy: [], doneWordWithin: null, doneBy: [], cited: false, decree: false };
  return { label: data.label, kinds: data.kinds ?? null, notKinds: data.notKinds, check: unique.length > 0 ? id : null };
}

/** Validates a parsed file against the pack's items and lexicon; every problem is a UserError naming `source`. */
export function parseSubstitutions(raw: unknown, source: string, instrument: string, items: EvidenceItems | null, lexicon: Lexicon): SubstitutionData {
  const parsed = substitutionsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 8).map((i) => `  - kolom "${i.path.map(String).join('.') || '(akar berkas)'}": ${i.message}`);
    throw new UserError(`Berkas substitusi ${source} tidak sesuai format:\n${lines.join('\n')}\nPerbaiki berkas tersebut.`);
  }
  if (parsed.data.instrument !== instrument) {
    throw new UserError(`Berkas substitusi ${source} untuk instrumen "${parsed.data.instrument}"; samakan dengan nama folder paketnya ("${instrument}").`);
  }
  const known = new Set((items?.items ?? []).map((i) => i.code));
  const problems: string[] = [];
  const checks: Record<string, ContentCheck> = {};
  const seen = new Set<string>();
  const substitutions = parsed.data.substitutions.map((s): Substitution => {
    const where = `substitusi "${s.id}"`;
    if (seen.has(s.id)) problems.push(`${where}: id ganda`);
    seen.add(s.id);
    const indicators = new Set(s.items.map((code) => Number(ITEM_CODE.exec(code)?.[1])));
    if (indicators.size > 1) problems.push(`${where}: semua butir harus milik satu indikator`);
    for (const code of s.items) if (!known.has(code)) problems.push(`${where}: butir ${code} tidak ada di berkas butir bukti paket`);
    const offered = side(s.offered, checkId(s.id, 'ditawarkan'), lexicon, `${where} offered`, problems, checks);
    if (offered.check === null && offered.kinds === null) problems.push(`${where} offered: isi "kinds", "concepts" atau "phrases"`);
    const required = side(s.required, checkId(s.id, 'diminta'), lexicon, `${where} required`, problems, checks);
    if (required.check === null) problems.push(`${where} required: isi "concepts" atau "phrases" (yang ditunjukkan bukti yang diminta)`);
    return {
      id: s.id,
      indicator: [...indicators][0] ?? 0,
      items: [...s.items].sort(),
      offered,
      required: { ...required, check: required.check ?? '' },
      reason: s.reason,
      upload: s.upload,
      mark: s.mark,
      basis: s.basis,
    };
  });
  if (problems.length > 0) {
    throw new UserError(`Berkas substitusi ${source} tidak konsisten dengan paket:\n${problems.slice(0, 12).map((p) => `  - ${p}`).join('\n')}`);
  }
  return { substitutions, checks };
}

/** Reads and validates one substitutions file. */
export function readSubstitutionsFile(file: string, instrument: string, items: EvidenceItems | null, lexicon: Lexicon): SubstitutionData {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Berkas substitusi ${file} tidak dapat dibaca: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
  return parseSubstitutions(raw, file, instrument, items, lexicon);
}

/** The level profiles with the substitutions' checks added (read from each text with the profiles' own). */
export function withSubstitutionChecks(levels: LevelProfiles, data: SubstitutionData, source: string): LevelProfiles {
  const clash = Object.keys(data.checks).filter((id) => levels.checks[id] !== undefined);
  if (clash.length > 0) throw new UserError(`Berkas substitusi ${source}: pemeriksaan ${clash.join(', ')} sudah ada di profil tingkat; ganti id substitusinya.`);
  return { ...levels, checks: { ...levels.checks, ...data.checks } };
}
