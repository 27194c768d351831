/**
 * classifyDocument: page texts + paths + rules → document kind, date, and indicator mappings with
 * reasons. Pure: no file system, no database.
 */
import type { Classification, ClassifyInput, ClassifyOptions, Confidence, DocumentKind, Mapping, MappingSource, MatchReason } from '../types/classification.ts';
import type { RuleSet } from './ruleset.ts';
import type { PhraseEvidence } from './evidence.ts';
import { collectEvidence, matchedIn, withPathEvidence, withSubjectEvidence } from './evidence.ts';
import { considerationSubjects } from './considerations.ts';
import { buildDocModel } from './document.ts';
import type { DocLine, DocModel } from './document.ts';
import { foldVariants, matchPhrases } from './matcher.ts';
import type { PhraseMatch } from './matcher.ts';
import { detectKind, isDraft, isRegulation, setsProcedure } from './kind.ts';
import { detectDate, showsEnactment } from './date.ts';
import { pathHints, pathText } from './path-hints.ts';
import type { PathHint } from './path-hints.ts';
import { frameOnly } from './frame-only.ts';
import { applicationNamesOf } from './application-names.ts';
import { assessDistractors } from './distractors.ts';
import { issuerVerdict } from './issuer.ts';
import type { DistractorVerdict } from './distractors.ts';
import { gatedIndicators, scoreIndicators, titleStops } from './score.ts';
import type { IndicatorScore, ScoreInput } from './score.ts';
import { documentSignals } from './signals.ts';
import { compileNames, nameEvidence, nameScores, namedIndicators, withNameScores } from './sectors.ts';
import type { NameEvidence, NameSet } from './sectors.ts';
import { combineDrafts } from './combined-scores.ts';
import { addresseeOf } from './addressee.ts';
import type { Draft } from './combined-scores.ts';

/** Kinds whose addressee decides what they count for: a direction to all units or to named ones. */
const DIRECTIVE_KINDS: ReadonlySet<DocumentKind> = new Set(['surat-edaran', 'instruksi']);
const MAX_REASONS = 10;
const TOUCHED_RAW = 0.25;
/** Strong phrases at least this heavy, in the title, say what the document is about. */
const NAMING_WEIGHT = 0.8;
const TITLE = ['judul', 'tentang'] as const;
/** A record (a CV, a disposition slip) says what it is in its first title lines. */
const RECORD_TITLE_LINES = 3;

export function confidenceOf(rules: Pick<RuleSet, 'scoring'>, score: number): Confidence {
  const { bands } = rules.scoring;
  if (score >= bands.tinggi) return 'tinggi';
  if (score >= bands.sedang) return 'sedang';
  return 'rendah';
}

export function mappingId(sha256: string, indicator: number): string {
  return `${sha256.slice(0, 12)}-${indicator}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The strongest reasons, and always the penalties (they explain a low score). */
function topReasons(reasons: readonly MatchReason[]): MatchReason[] {
  const penalties = reasons.filter((r) => r.weight < 0);
  const positive = reasons.filter((r) => r.weight >= 0).sort((a, b) => b.weight - a.weight);
  return [...positive.slice(0, Math.max(0, MAX_REASONS - penalties.length)), ...penalties];
}

/** Matches of every rule phrase, lexicon variants counted as the phrase they stand for. */
function matchRules(rules: RuleSet, doc: DocModel): PhraseMatch[][] {
  return foldVariants(rules.matcher, matchPhrases(rules.matcher, doc), rules.variantOf);
}

function pathModel(paths: readonly string[], rules: RuleSet): DocModel {
  const model = buildDocModel(pathText(paths), rules.aliases);
  for (const line of model.lines) line.place = 'path';
  return model;
}

/** What the title says about the document. */
interface TitleFacts {
  kind: DocumentKind;
  policyTitle: boolean;
  umbrella: boolean;
  titleNamesIndicator: boolean;
  /** Indicators named in the title by a heavy strong phrase. */
  named: ReadonlySet<number>;
}

function titleFacts(rules: RuleSet, evidence: readonly PhraseEvidence[], kind: DocumentKind): TitleFacts {
  const inTitle = (i: number): boolean => matchedIn(evidence[i], TITLE);
  const policyTitle = rules.policyTitle.phrases.some(inTitle);
  const names = (i: number): boolean => (evidence[i]?.named ?? false) && (rules.matcher.phrases[i]?.weight ?? 0) >= NAMING_WEIGHT;
  const namesAll = (group: { phrases: number[]; weight: number }): boolean =>
    group.weight >= NAMING_WEIGHT && group.phrases.every((i) => evidence[i]?.named ?? false);
  const named = new Set(rules.indicators.filter((ind) => ind.strong.some(names) || ind.combined.some(namesAll)).map((ind) => ind.no));
  const titleNamesIndicator = named.size > 0;
  const specificPolicyInTitle = rules.indicators.some((ind) => ind.family === rules.umbrella.family && ind.strong.some(inTitle));
  const umbrella = (isRegulation(kind) || policyTitle) && rules.umbrella.phrases.some(inTitle) && !specificPolicyInTitle;
  return { kind, policyTitle, umbrella, titleNamesIndicator, named };
}

/**
 * Path hints raise scores, stand alone when nothing contradicts them (a photo with no text), and stay candidates
 * otherwise.
 */
function applyHints(
  rules: RuleSet,
  drafts: Map<number, Draft>,
  hints: readonly PathHint[],
  contentOnly: ReadonlyMap<number, number>,
  contentRaw: ReadonlyMap<number, number>,
  verdict: DistractorVerdict,
  words: number,
  threshold: number,
  stopped: ReadonlySet<number>,
): void {
  const { floor, hint } = rules.scoring;
  // A document with real text is judged by it: a hint alone only carries text-poor files (photos, screenshots),
  // and only lifts a text that says something about the indicator.
  const textRich = words >= hint.maxWords;
  const hasText = words >= hint.silentWords;
  const hinted = new Set(hints.map((h) => h.indicator));
  const contentAccepted = [...drafts.values()].filter((d) => !hinted.has(d.indicator) && (contentOnly.get(d.indicator) ?? 0) >= threshold);
  for (const h of hints) {
    const current = drafts.get(h.indicator);
    const score = current?.score ?? 0;
    const content = contentOnly.get(h.indicator) ?? 0;
    const reason: MatchReason = { rule: 'path.petunjuk', phrase: h.fragment, place: 'path', pages: [], weight: hint.boost };
    const reasons = [reason, ...(current?.reasons ?? [])];
    const unsupported = content < floor;
    const silent = (contentRaw.get(h.indicator) ?? 0) === 0;
    const misfiled = unsupported && contentAccepted.length > 0;
    // The title's stop signal for the indicator ("LAPORAN PEMELIHARAAN KENDARAAN DINAS" under "Indikator 24/") contradicts the folder.
    if (verdict.kind !== null || misfiled || (unsupported && textRich) || (silent && hasText) || stopped.has(h.indicator)) {
      if (misfiled) for (const d of contentAccepted) d.possiblyMisfiled = true;
      const kept = Math.min(Math.max(score, hint.doubtful), threshold - 0.001);
      drafts.set(h.indicator, {
        indicator: h.indicator,
        score: kept,
        source: unsupported ? 'path' : 'content',
        reasons: [...reasons, ...verdict.reasons],
        possiblyMisfiled: false,
        ceiling: threshold - 0.001,
      });
      continue;
    }
    // A text the pack's combiner reads (as many words as `hint.maxWords`) carries the hint as its feature; its rule
    // score stays what the text says, so a passing mention in a notice filed under "Indikator 16/" is no evidence.
    const lifted = textRich && rules.combiner !== null ? score : Math.max(hint.alone, score + (1 - score) * hint.boost);
    drafts.set(h.indicator, { indicator: h.indicator, score: lifted, source: unsupported ? 'path' : 'content', reasons, possiblyMisfiled: false });
  }
}

/**
 * A document whose title names an indicator that holds is about that indicator: its sections on
 * other topics are context. Returns the reason to attach to the damped scores, or null.
 */
function focusReason(rules: RuleSet, scores: readonly IndicatorScore[], named: ReadonlySet<number>, factor: number, threshold: number): MatchReason | null {
  const held = scores.filter((s) => named.has(s.no) && s.score * factor >= threshold).map((s) => s.no);
  if (held.length === 0) return null;
  return { rule: 'fokus.judul', phrase: `judul dokumen menunjuk indikator ${held.join(', ')}`, place: 'judul', pages: [], weight: -(1 - rules.scoring.focus) };
}

/**
 * A memo whose subject line ("Perihal : Pemakaian Ruang Rapat Lantai 3") names no indicator is about that subject:
 * what its body mentions in passing (the room beside the data centre) is context, damped as the sections of a
 * document whose title names another indicator are. Returns the reason, or null.
 */
function otherSubjectReason(rules: RuleSet, doc: DocModel, kind: DocumentKind, evidence: readonly PhraseEvidence[], named: ReadonlySet<number>): MatchReason | null {
  if (kind !== 'nota-dinas' || named.size > 0 || subjectTouchesAny(rules, evidence)) return null;
  const subject = doc.lines.find((l) => l.place === 'tentang');
  if (subject === undefined) return null;
  return { rule: 'fokus.perihal', phrase: `perihal nota dinas tidak menunjuk indikator mana pun: "${subject.text}"`, place: 'tentang', pages: [subject.page], weight: -(1 - rules.scoring.focus) };
}

/** With a combiner, accepted mappings within its review band of the threshold are "rendah": a reviewer looks at them. */
function confidenceAt(rules: RuleSet, score: number, threshold: number): Confidence {
  const review = rules.combiner?.review ?? 0;
  if (score >= threshold && score < threshold + review) return 'rendah';
  return confidenceOf(rules, score);
}

function toMapping(rules: RuleSet, sha256: string, d: Draft, threshold: number): Mapping {
  const score = round(d.score);
  return {
    id: mappingId(sha256, d.indicator),
    sha256,
    indicator: d.indicator,
    score,
    confidence: confidenceAt(rules, score, threshold),
    source: d.source,
    reasons: topReasons(d.reasons),
    possiblyMisfiled: d.possiblyMisfiled,
    ...(d.retrieval !== undefined ? { retrieval: d.retrieval } : {}),
    ...(d.features !== undefined ? { features: d.features } : {}),
  };
}

/** The workspace's names' scores merged into `scores` (evidence from the text only, or with the location). */
function plusNames(scores: IndicatorScore[], input: ScoreInput, names: NameSet | null, evidence: PhraseEvidence[] | undefined): IndicatorScore[] {
  if (names === null || evidence === undefined) return scores;
  return withNameScores(scores, nameScores(input, names, evidence));
}

/** True when any indicator's phrase, strong or supporting, is in the title or the "tentang" clause. */
function subjectTouchesAny(rules: RuleSet, evidence: readonly PhraseEvidence[]): boolean {
  return rules.indicators.some((ind) => [...ind.strong, ...ind.support].some((i) => matchedIn(evidence[i], TITLE)));
}

/** True when no indicator's strong phrase is in the title or the "tentang" clause. */
function titleNamesNothing(rules: RuleSet, evidence: readonly PhraseEvidence[]): boolean {
  return !rules.indicators.some((ind) => ind.strong.some((i) => matchedIn(evidence[i], TITLE)));
}

/**
 * A regulation whose title names no indicator (a generic or garbled title, an amendment named after the regulation
 * it amends) is about the subject its considerations say is needed: that evidence counts as the "tentang" clause.
 */
function withConsideredSubject(rules: RuleSet, doc: DocModel, kind: DocumentKind, evidence: PhraseEvidence[]): PhraseEvidence[] {
  if (!isRegulation(kind) || !titleNamesNothing(rules, evidence)) return evidence;
  const subjects = considerationSubjects(doc);
  if (subjects.length === 0) return evidence;
  const subjectDoc = buildDocModel([{ no: doc.headPage, text: subjects.join('\n') }], rules.aliases);
  for (const line of subjectDoc.lines) line.place = 'tentang';
  return withSubjectEvidence(evidence, collectEvidence(rules, subjectDoc, matchRules(rules, subjectDoc)), doc.headPage);
}

/**
 * The lines a record opens with: the first title lines, and the document's first line even when it is no title (a
 * certificate whose heading OCR ran into its number: "SERTIFIKAT Nomor : 800.1/33/BKPSDM/2025 diberikan kepada …").
 */
function recordHead(doc: DocModel): DocLine[] {
  const titles = doc.lines.filter((l) => l.titleRank >= 0 && l.titleRank < RECORD_TITLE_LINES);
  const first = doc.lines.find((l) => l.page === doc.headPage);
  return first === undefined || titles.includes(first) ? titles : [first, ...titles];
}

/** A record's name alone on its line runs on into the next ("SERTIFIKAT" / "Nomor: 112/PUSBANG/X/2025"). */
const RECORD_NAME_MAX_TOKENS = 2;

function recordTokens(doc: DocModel, line: DocLine): string[] {
  const own = doc.tokens.slice(line.tokenStart, line.tokenEnd);
  if (own.length > RECORD_NAME_MAX_TOKENS) return own;
  const next = doc.lines[doc.lines.indexOf(line) + 1];
  return next === undefined || next.page !== line.page ? own : [...own, ...doc.tokens.slice(next.tokenStart, next.tokenEnd)];
}

export function classifyDocument(input: ClassifyInput, rules: RuleSet, opts: ClassifyOptions): Classification {
  const doc = buildDocModel(input.pages, rules.aliases);
  const contentMatches = matchRules(rules, doc);
  const kind = detectKind(doc, input.paths[0] ?? '');
  const contentEvidence = withConsideredSubject(rules, doc, kind, collectEvidence(rules, doc, contentMatches));
  const pathDoc = pathModel(input.paths, rules);
  const pathEvidence = collectEvidence(rules, pathDoc, matchRules(rules, pathDoc));
  const evidence = withPathEvidence(contentEvidence, pathEvidence);
  const names = compileNames(rules, opts.sectors ?? [], opts.applications ?? [], opts.learnedApplications ?? []);
  const byName: NameEvidence | null = names === null ? null : nameEvidence(rules, names, doc, pathDoc);

  const draft = isDraft(doc);
  const applications = applicationNamesOf(rules, doc, input.paths, opts.instansi);
  const title = titleFacts(rules, contentEvidence, kind);
  const named = new Set([...title.named, ...(names !== null && byName !== null ? namedIndicators(names, byName.content) : [])]);
  const hints = pathHints(input.paths, rules.indicatorNumbers);
  const hinted = new Set(hints.map((h) => h.indicator));
  const toNamedUnits = DIRECTIVE_KINDS.has(kind) && addresseeOf(doc) === 'unit-tertentu';
  // A Keputusan that sets an SOP weighs as the SOP (kind.ts setsProcedure); its kind stays what it is.
  const weighedAs = setsProcedure(doc, kind) ? 'sop' : kind;
  const base = { rules, kind: weighedAs, policyTitle: title.policyTitle, umbrella: title.umbrella, hinted, toNamedUnits, named };

  const contentInput = { ...base, evidence: contentEvidence };
  const contentScores = plusNames(scoreIndicators(contentInput), contentInput, names, byName?.content);
  const issuer = issuerVerdict(doc, opts.instansi);
  const verdict = assessDistractors({
    rules,
    evidence: contentEvidence,
    kind,
    indicatorsTouched: contentScores.filter((s) => s.raw >= TOUCHED_RAW).length,
    titleNamesIndicator: named.size > 0,
    issuer,
    firstLine: doc.lines.find((l) => l.page === doc.headPage)?.text ?? '',
    titleLines: recordHead(doc).map((l) => ({ text: l.text, tokens: recordTokens(doc, l) })),
    frame: frameOnly(input.pages.map((p) => p.text), isRegulation(kind)),
  });
  const allInput = { ...base, evidence };
  const scores = plusNames(scoreIndicators(allInput), allInput, names, byName?.all);
  const contentOnly = new Map(contentScores.map((s) => [s.no, s.score * verdict.factor]));
  const otherSubject = otherSubjectReason(rules, doc, kind, contentEvidence, named);
  const focus = focusReason(rules, scores, named, verdict.factor, opts.threshold) ?? otherSubject;

  const drafts = new Map<number, Draft>();
  for (const s of scores) {
    const damped = focus !== null && !named.has(s.no);
    const score = s.score * verdict.factor * (damped ? rules.scoring.focus : 1);
    if (score <= 0) continue;
    const source: MappingSource = (contentOnly.get(s.no) ?? 0) >= rules.scoring.floor || score < rules.scoring.floor ? 'content' : 'path';
    const reasons = [...s.reasons, ...verdict.reasons, ...(damped && focus !== null ? [focus] : [])];
    drafts.set(s.no, { indicator: s.no, score, source, reasons, possiblyMisfiled: false, ...(verdict.kind !== null ? { ceiling: score } : {}) });
  }
  const contentRaw = new Map(contentScores.map((s) => [s.no, s.raw]));
  const stopped = new Set(rules.indicators.filter((ind) => titleStops(ind, contentEvidence).length > 0).map((ind) => ind.no));
  applyHints(rules, drafts, hints, contentOnly, contentRaw, verdict, doc.wordCount, opts.threshold, stopped);
  const gated = gatedIndicators(allInput);
  combineDrafts({ rules, doc, kind: weighedAs, policyTitle: title.policyTitle, toNamedUnits, named, hinted, gated, distractor: verdict.kind !== null, subjectElsewhere: otherSubject !== null, weights: opts.weights, threshold: opts.threshold }, drafts);
  if (title.umbrella && isPolicyForm(kind)) holdUmbrellaToPolicies(rules, drafts, named, opts.threshold);

  const mappings: Mapping[] = [];
  const candidates: Mapping[] = [];
  for (const d of [...drafts.values()].sort((a, b) => a.indicator - b.indicator)) {
    if (d.score >= opts.threshold) mappings.push(toMapping(rules, input.sha256, d, opts.threshold));
    // A pair the rules found worth a look stays a candidate, whatever the combiner made of it.
    else if (Math.max(d.score, d.features?.rule ?? 0) >= rules.scoring.floor || opts.allPairs === true) {
      candidates.push(toMapping(rules, input.sha256, d, opts.threshold));
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.indicator - b.indicator);
  return {
    sha256: input.sha256,
    kind,
    date: detectDate(input.pages),
    enacted: !draft && kind !== 'rancangan' && showsEnactment(input.pages),
    mappings,
    candidates,
    signals: documentSignals({ rules, doc, matches: contentMatches, kind, pages: input.pages, issuer }),
    issuer,
    notEvidence: verdict.kind,
    ...(applications.length > 0 ? { applications } : {}),
  };
}

/** A regulation, a guideline or an unlabelled policy book: the policy itself, not a record about it (minutes of its review, a report). */
function isPolicyForm(kind: DocumentKind): boolean {
  return isRegulation(kind) || kind === 'pedoman' || kind === 'lainnya';
}

/**
 * A comprehensive policy (a Peraturan or policy book on the whole of SPBE) proves the policy indicators through its
 * chapters; what it says about a process or service is what should be done, not a record that it was. Its pairs
 * outside the umbrella's family stay candidates, unless its title names the indicator.
 */
function holdUmbrellaToPolicies(rules: RuleSet, drafts: Map<number, Draft>, named: ReadonlySet<number>, threshold: number): void {
  const families = new Map(rules.indicators.map((r) => [r.no, r.family]));
  for (const d of drafts.values()) {
    if (named.has(d.indicator) || families.get(d.indicator) === rules.umbrella.family) continue;
    d.ceiling = Math.min(d.ceiling ?? 1, threshold - 0.001);
    d.score = Math.min(d.score, d.ceiling);
    d.reasons.push({ rule: 'payung.bukan-penerapan', phrase: 'kebijakan payung: bukti kebijakan, bukan catatan pelaksanaan', place: 'judul', pages: [], weight: 0 });
  }
}
