/**
 * The level analysis of one indicator from its level profile (pack data): for every level, every requirement met or
 * not with the evidence that meets it (document, page, line) and what is missing; then the climb (stepwise or
 * highest level met) and the credit (integer, or linear within the next level). Pure.
 */
import type { LevelAnalysis, LevelCitation, LevelResult, RequirementResult } from '../types/assessment.ts';
import type { ContentCheck, EvidenceCondition, IndicatorLevelProfile, LevelProfiles, LevelRequirement } from '../types/levels.ts';
import type { EvidenceItem } from './evidence.ts';
import { describeItem, labelOf, namesText, shows, type Shown } from './level-items.ts';
import { POLICY_KINDS } from './policy-kinds.ts';
import { isReview, isReviewInvitation, reviewState } from './reviews.ts';
import { joinIndonesian } from './text.ts';
import { dateText } from './messages.ts';
import { formatDecimal } from '../shared/format.ts';
import type { Substitution } from '../types/instrument.ts';
import { rejectedFor } from './substitutes.ts';

export interface ClimbContext {
  profiles: LevelProfiles;
  /** Level names for the indicator's capability, index 0 = level 1. */
  labels: readonly string[];
  /** The indicator's official criteria per level ("1".."5"). */
  criteria: Readonly<Record<string, string>>;
  /** Reviews dated on or before this ISO date are too old. */
  cutoff: string;
  reviewYears: number;
  /** The indicator's substitutions the assessors reject: such an item never meets the items they cover. */
  substitutions: readonly Substitution[];
}

interface Cited {
  item: EvidenceItem;
  shown: Shown | null;
}

interface Outcome {
  met: boolean;
  cited: Cited[];
  notes: string[];
}

/** Items that met each requirement so far, by requirement id (for `after` and `newer`). */
type MetItems = Map<string, EvidenceItem[]>;

function citation(c: Cited): LevelCitation {
  return {
    sha256: c.item.doc.sha256,
    path: c.item.path,
    opd: c.item.opd,
    kind: c.item.kind,
    date: c.item.date,
    page: c.shown?.page ?? null,
    phrase: c.shown?.phrase ?? null,
  };
}

function windowText(years: number): string {
  return `${formatDecimal(years, Number.isInteger(years) ? 0 : 1)} tahun`;
}

/** The review condition: counted reviews pass; notes for invitations, undated and expired reviews. */
function reviewFilter(items: readonly EvidenceItem[], all: readonly EvidenceItem[], ctx: ClimbContext, notes: string[]): EvidenceItem[] {
  const reviews = items.filter(isReview);
  const undated = reviews.filter((r) => reviewState(r, ctx.cutoff) === 'undated');
  const expired = reviews.filter((r) => reviewState(r, ctx.cutoff) === 'expired');
  const invitations = all.filter(isReviewInvitation);
  if (invitations.length > 0) {
    notes.push(`${namesText(invitations)} hanya undangan rapat reviu/evaluasi; undangan bukan bukti reviu, lampirkan notulen, laporan, atau catatan hasil reviunya`);
  }
  if (undated.length > 0) {
    notes.push(`reviu/evaluasi ${namesText(undated)} tanpa tanggal yang terbaca; reviu tanpa tanggal baru dihitung setelah peninjau mengonfirmasi pemetaannya (eviden map … --konfirmasi) atau setelah tanggalnya terbaca`);
  }
  if (expired.length > 0) {
    notes.push(`reviu/evaluasi ${namesText(expired, (i) => dateText(i.date))} sudah lebih dari ${windowText(ctx.reviewYears)}; lampirkan hasil reviu yang lebih baru`);
  }
  return reviews.filter((r) => reviewState(r, ctx.cutoff) === 'counted');
}

/** `after`/`newer`: dated on or after (strictly after for `newer`) another item that met requirement `ref`. */
function datedFilter(items: readonly EvidenceItem[], ref: string, strict: boolean, met: MetItems, notes: string[]): EvidenceItem[] {
  const anchors = (met.get(ref) ?? []).filter((a) => a.date !== null);
  const pass = (i: EvidenceItem): boolean =>
    i.date !== null && anchors.some((a) => a !== i && a.doc.sha256 !== i.doc.sha256 && (strict ? (a.date ?? '') < i.date! : (a.date ?? '') <= i.date!));
  const kept = items.filter(pass);
  if (kept.length > 0) return kept;
  const others = items.filter((i) => !anchors.includes(i));
  const undated = others.filter((i) => i.date === null);
  const early = others.filter((i) => i.date !== null);
  const anchorText = namesText(anchors, (a) => dateText(a.date));
  if (anchors.length === 0 && (met.get(ref) ?? []).length > 0) {
    notes.push(`${namesText(met.get(ref) ?? [])} tanpa tanggal yang terbaca, sehingga belum terlihat apa yang dibuat sesudahnya`);
  }
  if (early.length > 0 && anchors.length > 0) {
    notes.push(`${namesText(early, (i) => dateText(i.date))} bertanggal ${strict ? 'tidak lebih baru dari' : 'sebelum'} ${anchorText}`);
  }
  if (undated.length > 0 && anchors.length > 0) {
    notes.push(`${namesText(undated)} tanpa tanggal yang terbaca, sehingga belum terlihat dibuat sesudah ${anchorText}`);
  }
  return [];
}

/**
 * `notBefore`: drops items dated before every dated item that met `ref` (those showing one of `except` aside); an
 * undated item, or an undated item of `ref`, leaves the order unknown and is kept.
 */
function notBeforeFilter(items: readonly EvidenceItem[], rule: NonNullable<EvidenceCondition['notBefore']>, met: MetItems, checks: LevelProfiles['checks'], notes: string[]): EvidenceItem[] {
  const anchors = (met.get(rule.ref) ?? []).filter((a) => !rule.except.some((name) => shows(a, name, checks) !== null));
  if (anchors.length === 0 || anchors.some((a) => a.date === null)) return [...items];
  const first = anchors.reduce((a, b) => ((b.date ?? '') < (a.date ?? '') ? b : a));
  const early = items.filter((i) => i.date !== null && !anchors.includes(i) && i.date < (first.date ?? ''));
  if (early.length > 0) {
    notes.push(`${namesText(early, (i) => dateText(i.date))} bertanggal sebelum ${namesText([first], (a) => dateText(a.date))}, sehingga bukan reviu/evaluasi atas dokumen itu (yang ditelaah rancangan atau versi sebelumnya); lampirkan reviu/evaluasi yang dilakukan sesudah dokumen itu ditetapkan`);
  }
  return items.filter((i) => !early.includes(i));
}

/**
 * Another document of the indicator that overrules `item` (EvidenceCondition.overruledBy), with what it shows. A
 * review does not: its findings ("dua perangkat daerah belum menguji pemulihan") are what level 5 follows up.
 */
function overruling(item: EvidenceItem, items: readonly EvidenceItem[], names: readonly string[], checks: LevelProfiles['checks']): { by: EvidenceItem; shown: Shown } | null {
  for (const other of items) {
    if (other.doc.sha256 === item.doc.sha256 || isReview(other)) continue;
    if (other.date !== null && item.date !== null && other.date.slice(0, 4) < item.date.slice(0, 4)) continue;
    const shown = names.map((name) => shows(other, name, checks)).find((s) => s !== null);
    if (shown !== undefined && shown !== null) return { by: other, shown };
  }
  return null;
}

function conditionOutcome(
  cond: EvidenceCondition,
  items: readonly EvidenceItem[],
  ctx: ClimbContext,
  met: MetItems,
): Outcome {
  const notes: string[] = [];
  const checks = ctx.profiles.checks;
  let pool = items.filter((i) => (cond.kinds === null || cond.kinds.includes(i.kind)) && !cond.notKinds.includes(i.kind));
  if (cond.enacted) {
    const unsigned = pool.filter((i) => POLICY_KINDS.includes(i.kind) && !i.enacted);
    if (unsigned.length > 0) notes.push(`${namesText(unsigned)} belum terlihat ditetapkan/ditandatangani`);
    pool = pool.filter((i) => !unsigned.includes(i));
  }
  if (cond.without.length > 0) {
    const excluded: string[] = [];
    pool = pool.filter((i) => {
      const hit = cond.without.map((name) => shows(i, name, checks)).find((s) => s !== null);
      if (hit === undefined || hit === null) return true;
      excluded.push(`${describeItem(i)} menunjukkan ${labelOf(hit.name, checks)}${hit.phrase !== null ? ` ("${hit.phrase}")` : ''}`);
      return false;
    });
    notes.push(...excluded);
  }
  if (cond.overruledBy.length > 0) {
    const overruled: string[] = [];
    pool = pool.filter((i) => {
      const hit = overruling(i, items, cond.overruledBy, checks);
      if (hit === null) return true;
      const phrase = hit.shown.phrase !== null ? ` ("${hit.shown.phrase}")` : '';
      overruled.push(`${describeItem(i)} tidak dihitung: ${describeItem(hit.by)} menunjukkan ${labelOf(hit.shown.name, checks)}${phrase}`);
      return false;
    });
    notes.push(...overruled);
  }
  if (cond.review) pool = reviewFilter(pool, items, ctx, notes);
  if (cond.notBefore !== null) pool = notBeforeFilter(pool, cond.notBefore, met, checks, notes);
  if (cond.after !== null) pool = datedFilter(pool, cond.after, false, met, notes);
  if (cond.newer !== null) pool = datedFilter(pool, cond.newer, true, met, notes);
  const cited: Cited[] = [];
  if (cond.any.length > 0) {
    const showing: Cited[] = [];
    for (const item of pool) {
      const shown = cond.any.map((name) => shows(item, name, checks)).find((s) => s !== null);
      if (shown !== undefined && shown !== null) showing.push({ item, shown });
    }
    pool = showing.map((c) => c.item);
    cited.push(...showing);
  }
  // One document showing all that the condition asks is the evidence; documents are put together only when none does
  // (a review report names the review, the user-support documents the service reviewed).
  const whole = cond.all.length > 0 ? pool.filter((item) => cond.all.every((name) => shows(item, name, checks) !== null)) : [];
  if (whole.length > 0) {
    const own = cited.filter((c) => whole.includes(c.item));
    cited.splice(0, cited.length, ...own);
    for (const item of whole) cited.push(...cond.all.map((name) => ({ item, shown: shows(item, name, checks) })));
  } else if (cond.all.length > 0) {
    const missing: string[] = [];
    const found: string[] = [];
    for (const name of cond.all) {
      const hits = pool.map((item) => ({ item, shown: shows(item, name, checks) })).filter((c) => c.shown !== null);
      const first = hits[0];
      if (first === undefined) missing.push(labelOf(name, checks));
      else {
        found.push(labelOf(name, checks));
        cited.push(first);
      }
    }
    if (missing.length > 0) {
      const seen = found.length > 0 ? ` (yang sudah terlihat: ${joinIndonesian(found)})` : '';
      if (pool.length > 0) notes.push(`belum terlihat pada bukti: ${joinIndonesian(missing)}${seen}`);
      return { met: false, cited: [], notes };
    }
  }
  if (pool.length === 0) return { met: false, cited: [], notes };
  if (cited.length === 0) cited.push(...pool.map((item) => ({ item, shown: null })));
  return { met: true, cited, notes };
}

/** The stage checks that apply to the profile: those its requirements name (`ofWork`), and those named by item terms. */
interface Stages {
  all: ContentCheck[];
  /** Named in the profile's conditions: the indicator's own review, evaluation and follow-up checks. */
  ofWork: Set<string>;
}

function stageChecks(profile: IndicatorLevelProfile, checks: LevelProfiles['checks']): Stages {
  const named = new Set(profile.levels.flatMap((l) => l.requires.flatMap((r) => r.anyOf.flatMap((c) => [...c.any, ...c.all]))));
  const all = Object.values(checks).filter((c) => c.stage !== null && (named.has(c.id) || c.stage.itemTerms.length > 0));
  return { all, ofWork: new Set(all.filter((c) => named.has(c.id)).map((c) => c.id)) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `term` as a whole word or phrase of `text` ("seluruh" is not in "menyeluruh"). */
function namesTerm(text: string, term: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The conditions as evaluated under the stage checks (ContentCheck.stage). A scope (not exclusive) named in the item
 * text is needed: the item about all services needs a document showing all services. A document at an exclusive stage
 * (a draft, a review, a follow-up) counts only for items that name that stage in their conditions or text; an item
 * whose conditions name one of the indicator's own stages admits the others (a review report mentions its follow-up).
 */
function stagedConditions(req: LevelRequirement, stages: Stages): EvidenceCondition[] {
  const named = new Set(req.anyOf.flatMap((c) => [...c.any, ...c.all, ...c.without]));
  const inText = (s: ContentCheck): boolean => s.stage?.itemTerms.some((t) => namesTerm(req.label, t)) === true;
  const needed = stages.all.filter((s) => s.stage?.exclusive === false && !named.has(s.id) && inText(s));
  const namesOwnStage = [...stages.ofWork].some((id) => named.has(id));
  const admitted = (s: ContentCheck): boolean => named.has(s.id) || inText(s) || (namesOwnStage && stages.ofWork.has(s.id));
  const excluded = stages.all.filter((s) => s.stage?.exclusive === true && !admitted(s));
  if (needed.length === 0 && excluded.length === 0) return req.anyOf;
  return req.anyOf.map((c) => ({ ...c, all: [...c.all, ...needed.map((s) => s.id)], without: [...c.without, ...excluded.map((s) => s.id)] }));
}

/** The items set aside for `req` as substitutes the assessors reject, with the substitution each one is. */
function rejectedItems(req: LevelRequirement, items: readonly EvidenceItem[], ctx: ClimbContext): Map<EvidenceItem, Substitution> {
  const rejected = new Map<EvidenceItem, Substitution>();
  for (const item of items) {
    const s = rejectedFor(req.id, item, ctx.substitutions, ctx.profiles.checks);
    if (s !== null) rejected.set(item, s);
  }
  return rejected;
}

function evaluate(req: LevelRequirement, items: readonly EvidenceItem[], ctx: ClimbContext, met: MetItems, stages: Stages): Outcome[] {
  return stagedConditions(req, stages).map((c) => conditionOutcome(c, items, ctx, met));
}

/**
 * A rejected substitute counts for no item its substitution covers: the requirement is judged without it. When it
 * alone would have met the requirement, the result names it (`rejected`) and says why it does not count.
 */
function requirementResult(req: LevelRequirement, items: readonly EvidenceItem[], ctx: ClimbContext, met: MetItems, stages: Stages): RequirementResult {
  const rejected = rejectedItems(req, items, ctx);
  const outcomes = evaluate(req, items.filter((i) => !rejected.has(i)), ctx, met, stages);
  const good = outcomes.filter((o) => o.met);
  if (good.length > 0) {
    const cited = good.flatMap((o) => o.cited);
    const unique = cited.filter((c, i) => cited.findIndex((d) => d.item === c.item && d.shown?.phrase === c.shown?.phrase) === i);
    met.set(req.id, [...new Set(unique.map((c) => c.item))]);
    return { id: req.id, label: req.label, met: true, evidence: unique.map(citation), missing: null, notes: [] };
  }
  const notes = [...new Set(outcomes.flatMap((o) => o.notes))];
  const wouldMeet = [...rejected].filter(([item]) => evaluate(req, [item], ctx, new Map(met), stages).some((o) => o.met));
  const setAside = wouldMeet.map(
    ([item, s]) => `${describeItem(item)} tampaknya ${s.offered.label}, bukan ${s.required.label}; asesor menolak pengganti ini, sehingga butir ini belum terpenuhi`,
  );
  const result: RequirementResult = { id: req.id, label: req.label, met: false, evidence: [], missing: req.missing, notes: [...setAside, ...notes] };
  return wouldMeet.length === 0 ? result : { ...result, rejected: wouldMeet.map(([item]) => item.doc.sha256) };
}

function climbed(levels: readonly LevelResult[], climb: LevelProfiles['climb']): number {
  if (climb === 'highest') return Math.max(0, ...levels.filter((l) => l.met).map((l) => l.level));
  let level = 0;
  for (const l of levels) {
    if (!l.met) break;
    level = l.level;
  }
  return level;
}

/**
 * The value of the climb: the level (integer credit); the level plus the share of the next level met (linear); with
 * bands, the bottom of the next level's band plus that share of its width (the top of the last band at the top).
 */
export function creditValue(profiles: Pick<LevelProfiles, 'credit' | 'bands'>, level: number, share: number, top: number): number {
  if (profiles.credit === 'integer') return level;
  if (profiles.bands === null) return level + share;
  if (level >= top) return profiles.bands[String(top)]?.[1] ?? level;
  const [from, to] = profiles.bands[String(level + 1)] ?? [level, level + 1];
  return from + share * (to - from);
}

/** Evaluates `profile` over the indicator's usable evidence `items`. */
export function analyseLevels(profile: IndicatorLevelProfile, items: readonly EvidenceItem[], ctx: ClimbContext): LevelAnalysis {
  const met: MetItems = new Map();
  const stages = stageChecks(profile, ctx.profiles.checks);
  const levels: LevelResult[] = profile.levels.map((l) => {
    const requirements = l.requires.map((r) => requirementResult(r, items, ctx, met, stages));
    return {
      level: l.level,
      label: ctx.labels[l.level - 1] ?? '',
      criterion: ctx.criteria[String(l.level)] ?? '',
      met: items.length > 0 && requirements.every((r) => r.met),
      requirements,
    };
  });
  const { climb, credit } = ctx.profiles;
  const level = climbed(levels, climb);
  const next = levels.find((l) => l.level === level + 1);
  const share = next === undefined || next.requirements.length === 0 ? 0 : next.requirements.filter((r) => r.met).length / next.requirements.length;
  return {
    climb,
    credit,
    level,
    value: creditValue(ctx.profiles, level, share, levels.length),
    levels,
    next:
      next === undefined
        ? null
        : {
            level: next.level,
            missing: next.requirements.filter((r) => !r.met).flatMap((r) => [r.missing ?? r.label, ...r.notes]),
          },
  };
}
