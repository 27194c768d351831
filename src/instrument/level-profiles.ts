/**
 * Reads a level profiles file (a pack's `files.levels`, or the generic ladders of src/instrument/generic-levels.yaml
 * for a pack without one): zod schema, ladders expanded per indicator, references checked. Any problem is a
 * UserError naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../classify/rules-schema.ts';
import { SIGNAL_ORDER } from '../classify/signals.ts';
import { POLICY_KINDS } from '../assess/policy-kinds.ts';
import { packageRoot } from '../shared/package-root.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { Instrument } from '../types/instrument.ts';
import type {
  ContentCheck,
  EvidenceCondition,
  IndicatorLevelProfile,
  LevelProfile,
  LevelProfiles,
  LevelRequirement,
} from '../types/levels.ts';
import { allIndicators } from './tree.ts';

/** The generic ladders used for a pack without a levels file (and the reference for writing one). */
export function genericLevelsFile(): string {
  return path.join(packageRoot(), 'src', 'instrument', 'generic-levels.yaml');
}

const words = z.array(z.string().min(1));

const conditionFields = {
  kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1).optional(),
  notKinds: z.array(z.enum(DOCUMENT_KINDS)).default([]),
  enacted: z.boolean().default(false),
  any: words.default([]),
  all: words.default([]),
  without: words.default([]),
  review: z.boolean().default(false),
  after: z.string().min(1).optional(),
  newer: z.string().min(1).optional(),
  notBefore: z.strictObject({ ref: z.string().min(1), except: words.default([]) }).optional(),
  overruledBy: words.default([]),
};

const conditionSchema = z.strictObject(conditionFields);

const requirementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id hanya huruf kecil, angka dan -'),
  label: z.string().min(1),
  missing: z.string().min(1),
  anyOf: z.array(conditionSchema).min(1).optional(),
  ...conditionFields,
});

const levelKey = z.string().regex(/^[1-9]$/, 'kunci tingkat berupa angka 1–9, mis. "3"');
const ladderSchema = z.record(levelKey, z.array(requirementSchema).min(1));

const checkSchema = z.strictObject({
  label: z.string().min(1),
  phrases: words.default([]),
  notPrecededBy: words.default([]),
  notFollowedBy: words.default([]),
  notOnLinesOpenedBy: words.default([]),
  /** A match after one of these earlier on its line does not count: see ContentCheck.notAfterOnLine. */
  notAfterOnLine: words.default([]),
  /** A guard word this close after the match, in its clause, negates it: see ContentCheck.negatedWithin. */
  negatedWithin: z.number().int().min(1).max(8).optional(),
  fraction: z.strictObject({ nouns: words.min(1), is: z.enum(['partial', 'complete']) }).optional(),
  /** The check marks a stage or scope of the work: see ContentCheck.stage. */
  stage: z.strictObject({ itemTerms: words.default([]), exclusive: z.boolean().default(false) }).optional(),
  /** The phrase must stand on a line with a decimal value in [atLeast, max]: see ContentCheck.score. */
  score: z.strictObject({ atLeast: z.number(), max: z.number() }).refine((s) => s.atLeast <= s.max, 'atLeast ≤ max').optional(),
  /** The check states work done: not in a recommendation or a plan (see Advice). */
  done: z.boolean().default(false),
  /** A match that is a plan does not count (see ContentCheck.notPlanned). */
  notPlanned: z.boolean().default(false),
  /** Signals or checks that contradict this check where a condition asks for it: see ContentCheck.contradictedBy. */
  contradictedBy: words.default([]),
  /** A done word must stand this close to the match: see ContentCheck.doneWordWithin. */
  doneWordWithin: z.number().int().min(1).max(12).optional(),
  /** The done words of this check, in place of the advice's: see ContentCheck.doneBy. */
  doneBy: words.default([]),
  /** A citation in a legal-basis list shows the check: see ContentCheck.cited. */
  cited: z.boolean().default(false),
});

const fileSchema = z.strictObject({
  formatVersion: z.literal(1),
  /** The instrument id, or "*" for the generic ladders. */
  instrument: z.string().min(1),
  climb: z.enum(['stepwise', 'highest']),
  credit: z.enum(['integer', 'linear']),
  /** Value range [from, to] of each level, for linear credit inside the band of the level being climbed (Pemdi). */
  bands: z.record(levelKey, z.tuple([z.number(), z.number()])).optional(),
  checks: z.record(z.string().regex(/^[a-z0-9-]+$/, 'id hanya huruf kecil, angka dan -'), checkSchema).default({}),
  /** Numbers written in words (see Numerals); a pack's entries add to the generic ones. */
  numerals: z
    .strictObject({
      values: z.record(z.string().regex(/^\p{L}+$/u, 'satu kata huruf kecil'), z.number().int().min(0)).default({}),
      scales: z.record(z.string().regex(/^\p{L}+$/u, 'satu kata huruf kecil'), z.strictObject({ times: z.number().int().min(1), plus: z.number().int().min(0).default(0) })).default({}),
    })
    .default({ values: {}, scales: {} }),
  /** How recommendations and plans are written (see Advice); a pack's lists replace the generic ones. */
  advice: z
    .strictObject({ openers: words.default([]), plans: words.default([]), plansBefore: words.default([]), doneWords: words.default([]), window: z.number().int().min(0).max(20).default(5), obstacles: words.default([]) })
    .default({ openers: [], plans: [], plansBefore: [], doneWords: [], window: 5, obstacles: [] }),
  /** Short parenthetical asides a phrase is read across (see Asides); a pack's value replaces the generic one. */
  asides: z.strictObject({ maxChars: z.number().int().min(0).max(200).default(40), keepWhen: words.default([]), countAfter: words.default([]), listTails: words.default([]) }).optional(),
  /** How a regulation's provisions assign duties and establish bodies (see Provisions); a pack's lists replace the generic ones. */
  provisions: z
    .strictObject({ duties: words.default([]), dutyVerbs: words.default([]), ends: words.default([]), establishing: words.default([]), window: z.number().int().min(1).max(12).default(6) })
    .default({ duties: [], dutyVerbs: [], ends: [], establishing: [], window: 6 }),
  ladders: z.record(z.string().min(1), ladderSchema).default({}),
  /** The ladder of every indicator not listed, by its capability. */
  defaults: z.strictObject({ proses: z.string().min(1).optional(), layanan: z.string().min(1).optional() }).default({}),
  indicators: z
    .record(
      z.string().regex(/^\d{1,3}$/, 'kunci berupa nomor indikator, mis. "19"'),
      z.strictObject({
        ladder: z.string().min(1).optional(),
        /** Levels written out for this indicator: they replace the ladder's. */
        levels: ladderSchema.default({}),
        /** Requirements added before the ladder's own at that level (e.g. the content before the review). */
        add: ladderSchema.default({}),
      }),
    )
    .default({}),
});

type LevelsFileData = z.infer<typeof fileSchema>;
type RequirementData = z.infer<typeof requirementSchema>;
type ConditionData = z.infer<typeof conditionSchema>;

function condition(c: ConditionData): EvidenceCondition {
  return {
    kinds: c.kinds ?? null,
    notKinds: c.notKinds,
    enacted: c.enacted,
    any: c.any,
    all: c.all,
    without: c.without,
    review: c.review,
    after: c.after ?? null,
    newer: c.newer ?? null,
    notBefore: c.notBefore ?? null,
    overruledBy: c.overruledBy,
  };
}

function requirement(r: RequirementData): LevelRequirement {
  const { id, label, missing, anyOf, ...own } = r;
  return { id, label, missing, anyOf: anyOf !== undefined ? anyOf.map(condition) : [condition(own)] };
}

function fail(file: string, problems: readonly string[]): never {
  throw new UserError(`Berkas profil tingkat ${file} tidak sesuai format:\n${problems.map((p) => `  - ${p}`).join('\n')}\nPerbaiki berkas tersebut.`);
}

function check(id: string, c: z.infer<typeof checkSchema>): ContentCheck {
  return { id, label: c.label, phrases: c.phrases, notPrecededBy: c.notPrecededBy, notFollowedBy: c.notFollowedBy, notOnLinesOpenedBy: c.notOnLinesOpenedBy, notAfterOnLine: c.notAfterOnLine, negatedWithin: c.negatedWithin ?? null, fraction: c.fraction ?? null, stage: c.stage ?? null, score: c.score ?? null, done: c.done, notPlanned: c.notPlanned, contradictedBy: c.contradictedBy, doneWordWithin: c.doneWordWithin ?? null, doneBy: c.doneBy, cited: c.cited, decree: false };
}

/** Problems with the references of one indicator's levels: unknown signals/checks, `after`/`newer` to no lower level. */
function referenceProblems(no: number, levels: readonly LevelProfile[], checks: Readonly<Record<string, ContentCheck>>): string[] {
  const problems: string[] = [];
  const signals = new Set<string>(SIGNAL_ORDER);
  const seen = new Set<string>();
  for (const level of levels) {
    const here = new Set<string>();
    for (const r of level.requires) {
      if (seen.has(r.id) || here.has(r.id)) problems.push(`indikator ${no} tingkat ${level.level}: id "${r.id}" dipakai dua kali`);
      here.add(r.id);
      for (const c of r.anyOf) {
        for (const name of [...c.any, ...c.all, ...c.without, ...c.overruledBy, ...(c.notBefore?.except ?? [])]) {
          if (!signals.has(name) && checks[name] === undefined) {
            problems.push(`indikator ${no} tingkat ${level.level} "${r.id}": "${name}" bukan sinyal atau pemeriksaan (checks) yang dikenal`);
          }
        }
        for (const ref of [c.after, c.newer, c.notBefore?.ref ?? null]) {
          if (ref !== null && !seen.has(ref) && !here.has(ref)) {
            problems.push(`indikator ${no} tingkat ${level.level} "${r.id}": "${ref}" bukan id syarat pada tingkat ini atau di bawahnya`);
          }
        }
      }
    }
    for (const id of here) seen.add(id);
  }
  return problems;
}

/**
 * The profile with every condition's `without` extended by the contradictions (ContentCheck.contradictedBy) of the
 * checks it asks for in `any` and `all`: a partial count stands against the check of all units wherever it is asked.
 */
function withContradictions(profile: IndicatorLevelProfile, checks: Readonly<Record<string, ContentCheck>>): IndicatorLevelProfile {
  const contradicting = (c: EvidenceCondition): string[] => [...c.any, ...c.all].flatMap((name) => checks[name]?.contradictedBy ?? []);
  const extended = (c: EvidenceCondition): EvidenceCondition => {
    const extra = contradicting(c).filter((name) => !c.without.includes(name));
    return extra.length === 0 ? c : { ...c, without: [...new Set([...c.without, ...extra])] };
  };
  return { ...profile, levels: profile.levels.map((l) => ({ ...l, requires: l.requires.map((r) => ({ ...r, anyOf: r.anyOf.map(extended) })) })) };
}

function ladderLevels(data: LevelsFileData, name: string, where: string, problems: string[]): Map<number, LevelRequirement[]> {
  const ladder = data.ladders[name];
  if (ladder === undefined) {
    problems.push(`${where}: tangga "${name}" tidak ada di "ladders" (tersedia: ${Object.keys(data.ladders).join(', ') || 'tidak ada'})`);
    return new Map();
  }
  return new Map(Object.entries(ladder).map(([k, reqs]) => [Number(k), reqs.map(requirement)]));
}

function profileOf(data: LevelsFileData, inst: Instrument, no: number, capability: 'proses' | 'layanan', problems: string[]): IndicatorLevelProfile {
  const own = data.indicators[String(no)];
  const ladderName = own?.ladder ?? data.defaults[capability];
  const levels = ladderName === undefined ? new Map<number, LevelRequirement[]>() : ladderLevels(data, ladderName, `indikator ${no}`, problems);
  for (const [k, reqs] of Object.entries(own?.levels ?? {})) levels.set(Number(k), reqs.map(requirement));
  for (const [k, reqs] of Object.entries(own?.add ?? {})) levels.set(Number(k), [...reqs.map(requirement), ...(levels.get(Number(k)) ?? [])]);
  const top = inst.tingkatMax;
  const numbers = [...levels.keys()].sort((a, b) => a - b);
  const expected = Array.from({ length: top }, (_, i) => i + 1);
  if (numbers.join(',') !== expected.join(',')) {
    problems.push(`indikator ${no}: tingkat yang ditulis ${numbers.join(', ') || '(tidak ada)'}; tuliskan tingkat 1 sampai ${top} (lewat "ladder" atau "levels")`);
  }
  return { indicator: no, levels: numbers.map((level) => ({ level, requires: levels.get(level) ?? [] })) };
}

function validated(raw: unknown, source: string): LevelsFileData {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    fail(
      source,
      parsed.error.issues.slice(0, 8).map((i) => `kolom "${i.path.map(String).join('.') || '(akar berkas)'}": ${i.message}`),
    );
  }
  return parsed.data;
}

/** The pack's file over the generic one: its checks and ladders add to (or replace) the generic ones of that name. */
function merged(base: LevelsFileData, own: LevelsFileData): LevelsFileData {
  return {
    ...own,
    checks: { ...base.checks, ...own.checks },
    numerals: { values: { ...base.numerals.values, ...own.numerals.values }, scales: { ...base.numerals.scales, ...own.numerals.scales } },
    advice: own.advice.openers.length + own.advice.plans.length > 0 ? own.advice : base.advice,
    asides: own.asides ?? base.asides,
    provisions: own.provisions.duties.length + own.provisions.establishing.length > 0 ? own.provisions : base.provisions,
    ladders: { ...base.ladders, ...own.ladders },
    defaults: { ...base.defaults, ...own.defaults },
  };
}

/** Whether a condition takes only policy documents: its item asks for a decree ("Penetapan Tim …"). */
export function asksForDecree(c: EvidenceCondition): boolean {
  return c.kinds !== null && c.kinds.every((k) => POLICY_KINDS.includes(k));
}

/** The checks with `decree` set for those that an item asking for a decree names (ContentCheck.decree). */
function withDecreeChecks(checks: Record<string, ContentCheck>, profiles: Readonly<Record<string, IndicatorLevelProfile>>): Record<string, ContentCheck> {
  const named = new Set(
    Object.values(profiles).flatMap((p) => p.levels.flatMap((l) => l.requires.flatMap((r) => r.anyOf.filter(asksForDecree).flatMap((c) => [...c.any, ...c.all])))),
  );
  return Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, named.has(id) ? { ...c, decree: true } : c]));
}

function expand(data: LevelsFileData, source: string, inst: Instrument): LevelProfiles {
  const problems: string[] = [];
  if (data.instrument !== '*' && data.instrument !== inst.id) problems.push(`kolom "instrument" berisi "${data.instrument}"; samakan dengan id paket ("${inst.id}")`);
  const checks: Record<string, ContentCheck> = Object.fromEntries(Object.entries(data.checks).map(([id, c]) => [id, check(id, c)]));
  for (const c of Object.values(checks)) {
    if (c.phrases.length === 0 && c.fraction === null) problems.push(`pemeriksaan "${c.id}": isi "phrases" atau "fraction"`);
  }
  const signals = new Set<string>(SIGNAL_ORDER);
  for (const c of Object.values(checks)) {
    const strangers = c.contradictedBy.filter((name) => !signals.has(name) && checks[name] === undefined);
    if (strangers.length > 0) problems.push(`pemeriksaan "${c.id}": "contradictedBy" memuat ${strangers.map((n) => `"${n}"`).join(', ')} yang bukan sinyal atau pemeriksaan yang dikenal`);
  }
  const indicators = allIndicators(inst);
  const known = new Set(indicators.map((i) => i.no));
  const unknown = Object.keys(data.indicators).filter((k) => !known.has(Number(k)));
  if (unknown.length > 0) problems.push(`indikator ${unknown.join(', ')} tidak ada di instrumen`);
  const profiles: Record<string, IndicatorLevelProfile> = {};
  for (const ind of indicators) {
    const profile = profileOf(data, inst, ind.no, ind.kapabilitas, problems);
    problems.push(...referenceProblems(ind.no, profile.levels, checks));
    profiles[String(ind.no)] = withContradictions(profile, checks);
  }
  const bands = data.bands ?? null;
  if (bands !== null) {
    const keys = Object.keys(bands).map(Number).sort((a, b) => a - b).join(',');
    const expected = Array.from({ length: inst.tingkatMax }, (_, i) => i + 1).join(',');
    if (keys !== expected) problems.push(`kolom "bands" memuat tingkat ${keys || '(tidak ada)'}; tuliskan tingkat ${expected}`);
    if (Object.values(bands).some(([from, to]) => from > to)) problems.push('kolom "bands": setiap rentang ditulis [dari, sampai] dengan dari ≤ sampai');
  }
  if (problems.length > 0) fail(source, problems.slice(0, 12));
  return {
    climb: data.climb,
    credit: data.credit,
    bands,
    checks: withDecreeChecks(checks, profiles),
    numerals: data.numerals,
    advice: data.advice,
    asides: data.asides ?? { maxChars: 0, keepWhen: [], countAfter: [], listTails: [] },
    provisions: data.provisions,
    indicators: profiles,
  };
}

function readRaw(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Berkas profil tingkat ${file} tidak dapat dibaca: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
}

/**
 * The level profiles of `inst`: the pack's file (`raw`, parsed from `source`) over the generic ladders, or the
 * generic ladders alone when `raw` is null.
 */
export function parseLevelProfiles(raw: unknown, source: string, inst: Instrument): LevelProfiles {
  const genericFile = genericLevelsFile();
  const base = validated(readRaw(genericFile), genericFile);
  if (raw === null) return expand(base, genericFile, inst);
  return expand(merged(base, validated(raw, source)), source, inst);
}

/** Reads, validates and expands a pack's level profiles file (null: the generic ladders only). */
export function readLevelProfiles(file: string | null, inst: Instrument): LevelProfiles {
  return parseLevelProfiles(file === null ? null : readRaw(file), file ?? genericLevelsFile(), inst);
}
