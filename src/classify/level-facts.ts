/**
 * Content checks of a pack's level profiles read from a document's text when it is classified: for each check
 * found, the first page and line that show it. Phrases match like every mapping phrase (OCR- and
 * morphology-tolerant) within a clause (not past a comma or full stop); a match right after a guard word ("belum", "tidak"), in a regulation's "Menimbang" or in the
 * definitions of its Pasal 1 does not count, nor one in a legal-basis list ("Dasar Hukum", "Mengingat") unless the
 * check is the reference to a guideline (ContentCheck.cited); fraction checks read counts such as "9 dari 12 program kerja". The assessment cites these facts; it never reads the text itself.
 */
import { POLICY_KINDS } from '../assess/policy-kinds.ts';
import type { DocumentKind, LevelFact } from '../types/classification.ts';
import type { Asides, ContentCheck, LevelProfiles, Numerals, Provisions } from '../types/levels.ts';
import { buildDocModel, type AliasIndex, type DocModel, type PageText } from './document.ts';
import { compileMatcher, matchPhrases, type Matcher, type PhraseMatch } from './matcher.ts';
import { skeletonTokens } from './normalize.ts';

interface CompiledChecks {
  matcher: Matcher;
  /** Advice openers, obstacle openers, plan words and done words as runs of tokens. */
  openers: string[][];
  obstacles: string[][];
  plans: string[][];
  plansBefore: string[][];
  doneWords: string[][];
  /** The check of each phrase of the matcher, by phrase index. */
  checkOf: ContentCheck[];
  /** Guards per check id, each a run of tokens ("belum", or "belum mengacu pada"). */
  guards: Map<string, string[][]>;
  /** Per check id, runs of tokens that may not follow a match ("internet" after "terhubung dengan"). */
  followers: Map<string, string[][]>;
  /** Per check id, the first tokens of the words of lines on which it does not count. */
  lineOpeners: Map<string, string[]>;
  /** Per check id with its own done words (ContentCheck.doneBy), those words as runs of tokens. */
  doneBy: Map<string, string[][]>;
  /** Per check id, runs of tokens after which a match on the same line does not count. */
  lineNegations: Map<string, string[][]>;
  /** Provisions: duty words, duty verbs, provision ends and establishing words as runs of tokens. */
  duties: string[][];
  dutyVerbs: string[][];
  ends: string[][];
  establishing: string[][];
}

const compiled = new WeakMap<LevelProfiles, CompiledChecks>();

function compile(profiles: LevelProfiles, aliases: AliasIndex): CompiledChecks {
  const known = compiled.get(profiles);
  if (known !== undefined) return known;
  const checkOf: ContentCheck[] = [];
  const specs = Object.values(profiles.checks).flatMap((check) =>
    check.phrases.map((text, i) => {
      checkOf.push(check);
      return { id: `${check.id}#${i}`, text, weight: 1, exact: false };
    }),
  );
  const runs = (list: readonly string[]): string[][] => list.map((g) => skeletonTokens(g)).filter((g) => g.length > 0);
  const guards = new Map(Object.values(profiles.checks).map((c) => [c.id, runs(c.notPrecededBy)]));
  const followers = new Map(Object.values(profiles.checks).map((c) => [c.id, runs(c.notFollowedBy)]));
  const { openers, plans, plansBefore, doneWords, obstacles } = profiles.advice;
  const lineOpeners = new Map(Object.values(profiles.checks).map((c) => [c.id, c.notOnLinesOpenedBy.flatMap((w) => skeletonTokens(w).slice(0, 1))]));
  const lineNegations = new Map(Object.values(profiles.checks).map((c) => [c.id, runs(c.notAfterOnLine)]));
  const doneBy = new Map(Object.values(profiles.checks).filter((c) => c.doneBy.length > 0).map((c) => [c.id, runs(c.doneBy)]));
  const p: Provisions = profiles.provisions;
  const result = {
    matcher: compileMatcher(specs, aliases),
    checkOf,
    guards,
    followers,
    lineOpeners,
    lineNegations,
    doneBy,
    openers: runs(openers),
    obstacles: runs(obstacles),
    plans: runs(plans),
    plansBefore: runs(plansBefore),
    doneWords: runs(doneWords),
    duties: runs(p.duties),
    dutyVerbs: runs(p.dutyVerbs),
    ends: runs(p.ends),
    establishing: runs(p.establishing),
  };
  compiled.set(profiles, result);
  return result;
}

const MAX_PHRASE = 160;

function lineText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_PHRASE ? line : `${line.slice(0, MAX_PHRASE - 1)}…`;
}

/** The run of tokens `guard` ends right before token `end` (each token begins with the guard's). */
function endsAt(doc: DocModel, end: number, guard: readonly string[]): boolean {
  const from = end - guard.length;
  return from >= 0 && guard.every((g, k) => (doc.tokens[from + k] ?? '').startsWith(g));
}

/** A guard right before the match, or one word before it ("belum dilaksanakan seluruhnya", "belum mengacu pada pedoman"). */
function guarded(doc: DocModel, start: number, guards: readonly (readonly string[])[]): boolean {
  return guards.some((g) => endsAt(doc, start, g) || endsAt(doc, start - 1, g));
}

const CONSIDERATIONS_START = /^menimbang\b/i;
const CONSIDERATIONS_END = /^(mengingat|memperhatikan|memutuskan|menetapkan|pasal\s+\d|bab\s+[ivxlc\d]+\b|kesatu\b)/i;
const DEFINITIONS_START = /^pasal\s+1\b/i;
const DEFINITIONS_END = /^(pasal\s+(?!1\b)\d+|bab\s+(?!i\b|1\b)[ivxlc\d]+\b)/i;
const DEFINING = /yang dimaksud dengan|adalah\b/i;
/** How many lines after "Pasal 1" may open the definitions ("Dalam Peraturan … yang dimaksud dengan:"). */
const DEFINITIONS_LOOKAHEAD = 3;

/**
 * The lines of a regulation that regulate nothing: its "Menimbang" (the reasons, up to "Mengingat", "MEMUTUSKAN" or the
 * first Pasal: "untuk meningkatkan layanan SPBE dan keamanan SPBE") and the definitions of its Pasal 1 ("Layanan SPBE
 * adalah …"), up to the next Pasal or BAB.
 */
function unregulatedLines(doc: DocModel): Set<number> {
  const lines = new Set<number>();
  let considerations = false;
  let definitions = false;
  doc.lines.forEach((line, i) => {
    if (CONSIDERATIONS_START.test(line.text)) considerations = true;
    else if (CONSIDERATIONS_END.test(line.text)) considerations = false;
    if (DEFINITIONS_START.test(line.text)) {
      definitions = doc.lines.slice(i, i + 1 + DEFINITIONS_LOOKAHEAD).some((l) => DEFINING.test(l.text));
    } else if (DEFINITIONS_END.test(line.text)) definitions = false;
    if (considerations || definitions) lines.add(i);
  });
  return lines;
}

/** A legal-basis list opens: "Dasar Hukum:", "Landasan Hukum", "Mengingat : 1. Undang-Undang …", a letter's "Dasar : 1. …". */
const LEGAL_BASIS_START = /^(?:\d{1,2}[.)]\s*)?(?:dasar hukum|landasan hukum|dasar peraturan|legal basis|mengingat|dasar(?=\s*:))\b/i;
/** A line that names a regulation: "Undang-Undang Nomor …", "Peraturan Bupati …", "Permendagri 1/2023", "UU 27/2022". */
const REGULATION_START = /^(?:undang|peraturan|keputusan|instruksi|surat edaran|perpres|perpu|perda|perbup|perwal|pergub|perkada|permen\p{L}*|kepmen\p{L}*|keppres|inpres|pp|uu)\b/iu;
/** A number and year of a cited act: "Nomor 7", "No. 7", "Tahun 2025". */
const ACT_NUMBER = /\b(?:nomor|no\.)\s*\d|\btahun\s+\d{4}\b/i;
const LIST_MARK = /^(?:[-–•·*]|\(?(?:\d{1,2}|[a-z])[.)])\s*/i;
/** A label that opens the next field or part ("Kualifikasi Pelaksana:", "Memperhatikan :", "MEMUTUSKAN:"). */
const LABEL = /^[\p{L} /]{2,40}:/u;
/** How many lines a cited title may wrap onto. */
const MAX_WRAP = 2;

function citesRegulation(text: string): boolean {
  const body = text.replace(LIST_MARK, '');
  return REGULATION_START.test(body) || ACT_NUMBER.test(body);
}

/** A citation whose title ("… tentang Penunjukan") goes on on the next line. */
function titleGoesOn(text: string): boolean {
  return /\btentang\b/i.test(text) && !/[;.,]$/.test(text);
}

/**
 * The lines of legal-basis lists ("Dasar Hukum" of an SOP or a report, "Mengingat" of a regulation): the opener and
 * the lines under it that cite a regulation (its type, or its number and year), with up to two lines a cited title
 * wraps onto, up to the first line that is none of these (the next field, label or heading). Their subjects belong
 * to the cited documents.
 */
function legalBasisLines(doc: DocModel): Set<number> {
  const lines = new Set<number>();
  let open = false;
  let wraps = 0;
  doc.lines.forEach((line, i) => {
    const text = line.text.trim();
    if (LEGAL_BASIS_START.test(text)) {
      open = true;
      wraps = titleGoesOn(text) ? MAX_WRAP : 0;
    } else if (open) {
      const heading = line.place === 'judul-bagian' || LABEL.test(text);
      if (!heading && citesRegulation(text)) wraps = titleGoesOn(text) ? MAX_WRAP : 0;
      else if (!heading && wraps > 0) wraps = /[;.]$/.test(text) ? 0 : wraps - 1;
      else open = false;
    }
    if (open) lines.add(i);
  });
  return lines;
}

/** One of `runs` starts earlier on the match's line ("Aplikasi belum menyediakan fitur pencarian, pengunggahan, …"). */
function negatedOnLine(doc: DocModel, start: number, runs: readonly (readonly string[])[]): boolean {
  if (runs.length === 0) return false;
  const line = doc.tokenLine[start];
  for (let t = start - 1; t >= 0 && doc.tokenLine[t] === line; t--) if (runs.some((r) => t + r.length <= start && startsAt(doc, t, r))) return true;
  return false;
}

/** A guard up to `within` words after the match, before its clause ends ("pengoperasian layanan SPBE belum dilaksanakan"). */
function negatedAfter(doc: DocModel, end: number, within: number | null, guards: readonly (readonly string[])[]): boolean {
  if (within === null || doc.breakAfter[end - 1] === true) return false;
  const line = doc.tokenLine[end - 1];
  for (let t = end; t < end + within && doc.tokenLine[t] === line; t++) {
    if (guards.some((g) => startsAt(doc, t, g))) return true;
    if (doc.breakAfter[t] === true) return false;
  }
  return false;
}

/** A match that runs past a clause mark ("Sesuai rencana kerja tim, kolaborasi …" is no "tim kolaborasi"). */
function spansClause(doc: DocModel, start: number, end: number): boolean {
  for (let t = start; t < end - 1; t++) if (doc.breakAfter[t] === true) return true;
  return false;
}

/** The run of tokens `run` starts at token `at` (each token begins with the run's). */
function startsAt(doc: DocModel, at: number, run: readonly string[]): boolean {
  return run.every((g, k) => (doc.tokens[at + k] ?? '').startsWith(g));
}

/** A label before a colon at the start of a line ("1. Rencana kerja 2026:", "Target:"). */
const PLAN_LABEL = /^\W*(?:\(?(?:\d{1,2}|[a-z])[.)]\s*)?\p{L}[^:;.]{0,40}:/iu;

/** A list item: "- …", "• …", "1. …", "a) …", "(2) …". */
const LIST_ITEM = /^(?:[-–•·*]|\(?(?:\d{1,2}|[a-z])[.)])\s/i;

/** Numbering before a line's words: "BAB", a roman or arabic number ("BAB III", "IV.", "2."). */
const NUMBERING = /^(?:bab|[ivxlc]+|\d{1,2}|[a-z])$/;

/** The first token of a line's words, after its numbering. */
function contentStart(doc: DocModel, from: number, to: number): number {
  let t = from;
  while (t < to - 1 && t < from + 2 && NUMBERING.test(doc.tokens[t] ?? '')) t++;
  return t;
}

/**
 * The lines that recommend rather than report: a line opened by an advice opener ("Rekomendasi: …", "Saran
 * perbaikan:", "BAB III REKOMENDASI"), the list items right under it, and the lines under a heading it opens.
 */
function adviceLines(doc: DocModel, openers: readonly (readonly string[])[]): Set<number> {
  const lines = new Set<number>();
  if (openers.length === 0) return lines;
  let list = false;
  let section = false;
  doc.lines.forEach((line, i) => {
    const first = contentStart(doc, line.tokenStart, line.tokenEnd);
    const opens = line.tokenEnd > line.tokenStart && openers.some((o) => startsAt(doc, first, o));
    if (line.place === 'judul-bagian') section = opens;
    if (opens) list = true;
    else if (!LIST_ITEM.test(line.text)) list = false;
    if (section || list) lines.add(i);
  });
  return lines;
}

/** How many words after a duty word its first list item may stand ("Tugas Tim: a. …"). */
const FIRST_ITEM_WITHIN = 3;
/** The first item of a list, as tokens: "a.", "1.", "(1)". */
const FIRST_ITEM = new Set(['a', '1']);

/**
 * The tokens of a regulation's task lists (Provisions): from a duty verb ("bertugas …"), or a duty word followed by its
 * first list item ("Tugas Tim: a. …", "mempunyai tugas: 1. …"), up to the next provision ("KEEMPAT", "Pasal 7",
 * "BAB IV") or the end of the text. What they name is work assigned, not work shown.
 */
function dutyTokens(doc: DocModel, compiled: CompiledChecks): boolean[] {
  const inDuty = new Array<boolean>(doc.tokens.length).fill(false);
  const opensAt = (t: number): number => {
    for (const verb of compiled.dutyVerbs) if (startsAt(doc, t, verb)) return t + verb.length;
    for (const duty of compiled.duties) {
      if (!startsAt(doc, t, duty)) continue;
      for (let k = t + duty.length; k <= t + duty.length + FIRST_ITEM_WITHIN && k < doc.tokens.length; k++) {
        if (FIRST_ITEM.has(doc.tokens[k] ?? '')) return k;
      }
    }
    return -1;
  };
  let open = false;
  for (let t = 0; t < doc.tokens.length; t++) {
    if (open && compiled.ends.some((e) => startsAt(doc, t, e))) open = false;
    if (!open) {
      const from = opensAt(t);
      if (from >= 0) {
        open = true;
        t = from - 1;
        continue;
      }
    }
    inDuty[t] = open;
  }
  return inDuty;
}

/** An establishing word up to `window` words before or after the match on its line ("Membentuk Tim Koordinasi …"). */
function establishes(doc: DocModel, start: number, end: number, compiled: CompiledChecks, window: number): boolean {
  const line = doc.tokenLine[start];
  const at = (t: number): boolean => doc.tokenLine[t] === line && compiled.establishing.some((w) => startsAt(doc, t, w));
  for (let t = Math.max(0, start - window); t < start; t++) if (at(t)) return true;
  for (let t = end; t < end + window && t < doc.tokens.length; t++) if (at(t)) return true;
  return false;
}

/** How many words before a match a done word may stand ("telah dilakukan penyempurnaan …"). */
const DONE_BEFORE = 2;

/**
 * A plan word within the advice window after the match, on its line, or a plan word right before it ("rencana
 * integrasi"), unless a done word opens it or stands before.
 */
function planned(doc: DocModel, start: number, end: number, compiled: CompiledChecks, window: number): boolean {
  const line = doc.tokenLine[start];
  for (let t = Math.max(0, start - DONE_BEFORE); t <= start; t++) {
    if (doc.tokenLine[t] === line && compiled.doneWords.some((d) => startsAt(doc, t, d))) return false;
  }
  if (compiled.plansBefore.some((p) => endsAt(doc, start, p) && doc.tokenLine[start - p.length] === line)) return true;
  for (let t = end; t < end + window && doc.tokenLine[t] === line; t++) {
    if (compiled.plans.some((p) => startsAt(doc, t, p))) return true;
  }
  return false;
}

/**
 * Whether a match of a `doneWordWithin` check states work done: a done word up to `within` words before it on its
 * line, or after it before any of the check's guards ("Diskominfo telah melaksanakan perbaikan", "perbaikan telah
 * selesai"); a guard after the match first ("perbaikan belum dilakukan", "perbaikan perlu dilakukan") says it is not.
 * With `inClause` (a check with its own done words) the done word must stand in the match's clause ("Seluruh program
 * kerja tahun 2025 telah dilaksanakan", not "Seluruh program kerja disusun, dan sosialisasi telah dilaksanakan").
 */
function statedDone(doc: DocModel, start: number, end: number, within: number, doneWords: readonly (readonly string[])[], guards: readonly (readonly string[])[], inClause: boolean): boolean {
  const line = doc.tokenLine[start];
  const isDone = (t: number): boolean => doneWords.some((d) => startsAt(doc, t, d));
  let before = false;
  for (let t = Math.max(0, start - within); t < start; t++) {
    if (inClause && doc.breakAfter[t] === true) before = false;
    else if (doc.tokenLine[t] === line && isDone(t)) before = true;
  }
  for (let t = end; t < end + within && doc.tokenLine[t] === line; t++) {
    if (guards.some((g) => startsAt(doc, t, g))) return false;
    if (isDone(t)) return true;
    if (inClause && doc.breakAfter[t] === true) return false;
  }
  return before;
}

/**
 * The starts of the planned matches of each check: a match that is a plan itself, or one whose next match of the same
 * check follows within the advice window on its line and is planned: the items of a list share its predicate ("fitur
 * pengajuan dan persetujuan usulan secara daring direncanakan pada tahun 2026").
 */
function plannedMatches(doc: DocModel, all: readonly PhraseMatch[][], checkOf: readonly ContentCheck[], compiled: CompiledChecks, window: number): Map<string, Set<number>> {
  const byCheck = new Map<string, PhraseMatch[]>();
  all.forEach((matches, index) => {
    const check = checkOf[index];
    if (check === undefined || !(check.done || check.notPlanned)) return;
    byCheck.set(check.id, [...(byCheck.get(check.id) ?? []), ...matches]);
  });
  const result = new Map<string, Set<number>>();
  for (const [id, matches] of byCheck) {
    const starts = new Set<number>();
    const later: PhraseMatch[] = [];
    for (const m of [...matches].sort((a, b) => b.start - a.start)) {
      // The next match after this one (the nearest that starts where it ends or later).
      const next = later.filter((x) => x.start >= m.end).reduce<PhraseMatch | null>((a, x) => (a === null || x.start < a.start ? x : a), null);
      const chained = next !== null && starts.has(next.start) && doc.tokenLine[next.start] === doc.tokenLine[m.start] && next.start - m.end <= window;
      if (chained || planned(doc, m.start, m.end, compiled, window)) starts.add(m.start);
      later.push(m);
    }
    result.set(id, starts);
  }
  return result;
}

/** Decimal values of a line ("2,18", "3.5"): one or two digits, a separator and one to three digits, not in a longer number. */
const DECIMAL = /(?<![\d.,])(\d{1,2}[.,]\d{1,3})(?![\d]|[.,]\d)/g;

function decimals(line: string): number[] {
  return [...line.matchAll(DECIMAL)].map((m) => Number((m[1] ?? '').replace(',', '.')));
}

/**
 * The areas each line names for score checks, left to right: token ranges of their matches, overlapping ones merged
 * ("penanganan insiden siber" and "penanganan insiden" are one area). A row of cards holds several on one line.
 */
function scoreAreas(doc: DocModel, matches: readonly PhraseMatch[][], checkOf: readonly ContentCheck[]): Map<number, { start: number; end: number }[]> {
  const byLine = new Map<number, { start: number; end: number }[]>();
  matches.forEach((list, index) => {
    if ((checkOf[index]?.score ?? null) === null) return;
    for (const m of list) {
      const line = doc.tokenLine[m.start] ?? -1;
      byLine.set(line, [...(byLine.get(line) ?? []), { start: m.start, end: m.end }]);
    }
  });
  for (const [line, ranges] of byLine) {
    const merged: { start: number; end: number }[] = [];
    for (const r of [...ranges].sort((x, y) => x.start - y.start)) {
      const last = merged[merged.length - 1];
      if (last !== undefined && r.start < last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    byLine.set(line, merged);
  }
  return byLine;
}

/**
 * Whether a match satisfies the check's score (always, for a check without one): its line holds a decimal value in
 * range; or its line holds none and names several areas, as a row of cards does ("Keamanan Siber  Penanganan Insiden
 * Siber  Kematangan Persandian" over "2,71  1,88  2,05"), and the line below holds the row's values: the value in the
 * place of the match's area.
 */
function scored(check: ContentCheck, doc: DocModel, start: number, areas: ReadonlyMap<number, readonly { start: number; end: number }[]>): boolean {
  const score = check.score;
  if (score === null) return true;
  const inRange = (value: number): boolean => value >= score.atLeast && value <= score.max;
  const lineNo = doc.tokenLine[start] ?? -1;
  const own = decimals(doc.lines[lineNo]?.text ?? '');
  if (own.length > 0) return own.some(inRange);
  const row = areas.get(lineNo) ?? [];
  const below = decimals(doc.lines[lineNo + 1]?.text ?? '');
  if (row.length < 2 || below.length < row.length) return false;
  const value = below[row.filter((r) => r.end <= start).length];
  return value !== undefined && inRange(value);
}

/** Words a label line may hold besides the scope phrase ("Semua Layanan Digital (12)"). */
const LABEL_EXTRA_WORDS = 2;

/**
 * Whether a match is a label rather than a statement: a scope check (ContentCheck.stage, not exclusive: "seluruh
 * layanan") found on a line that holds little else ("Semua Layanan" as a menu item or tab, "Semua Layanan Digital
 * (12)" over a list). A statement of scope says what covers it ("telah diterapkan pada seluruh layanan").
 */
function labelOnly(check: ContentCheck, doc: DocModel, start: number, end: number): boolean {
  if (check.stage === null || check.stage.exclusive) return false;
  const line = doc.lines[doc.tokenLine[start] ?? -1];
  return line !== undefined && line.tokenEnd - line.tokenStart <= end - start + LABEL_EXTRA_WORDS;
}

function phraseFacts(profiles: LevelProfiles, doc: DocModel, aliases: AliasIndex, policy: boolean): Map<string, { at: number; fact: LevelFact }> {
  const compiledChecks = compile(profiles, aliases);
  const { matcher, checkOf, guards } = compiledChecks;
  const found = new Map<string, { at: number; fact: LevelFact }>();
  const duty = policy ? dutyTokens(doc, compiledChecks) : [];
  const reasons = unregulatedLines(doc);
  const citations = legalBasisLines(doc);
  const advice = adviceLines(doc, compiledChecks.openers);
  const problems = adviceLines(doc, compiledChecks.obstacles);
  // A line opened by a plan word as its label ("1. Rencana kerja 2026: integrasi e-Arsip dengan SRIKANDI …") states a
  // plan; a plan word as the line's subject ("3. Usulan yang disetujui dikirim ke aplikasi e-Budgeting") does not.
  const planLine = (line: number): boolean => {
    const l = doc.lines[line];
    if (l === undefined || !PLAN_LABEL.test(l.text)) return false;
    const first = contentStart(doc, l.tokenStart, l.tokenEnd);
    return compiledChecks.plansBefore.some((run) => startsAt(doc, first, run));
  };
  const opensLine = (check: ContentCheck, start: number): boolean => {
    const first = doc.tokens[doc.lines[doc.tokenLine[start] ?? -1]?.tokenStart ?? -1] ?? '';
    return (compiledChecks.lineOpeners.get(check.id) ?? []).some((w) => first.startsWith(w));
  };
  const all = matchPhrases(matcher, doc);
  const plannedAt = plannedMatches(doc, all, checkOf, compiledChecks, profiles.advice.window);
  const recommended = (check: ContentCheck, start: number): boolean =>
    (check.done && advice.has(doc.tokenLine[start] ?? -1)) ||
    ((check.done || check.notPlanned) && (plannedAt.get(check.id)?.has(start) === true || problems.has(doc.tokenLine[start] ?? -1) || planLine(doc.tokenLine[start] ?? -1)));
  const areas = scoreAreas(doc, all, checkOf);
  all.forEach((matches, index) => {
    const check = checkOf[index];
    if (check === undefined) return;
    const valid = matches.filter(
      (m) =>
        (check.decree || duty[m.start] !== true) &&
        !reasons.has(doc.tokenLine[m.start] ?? -1) &&
        !spansClause(doc, m.start, m.end) &&
        (check.cited || !citations.has(doc.tokenLine[m.start] ?? -1)) &&
        !guarded(doc, m.start, guards.get(check.id) ?? []) &&
        !negatedAfter(doc, m.end, check.negatedWithin, guards.get(check.id) ?? []) &&
        !negatedOnLine(doc, m.start, compiledChecks.lineNegations.get(check.id) ?? []) &&
        !(compiledChecks.followers.get(check.id) ?? []).some((run) => startsAt(doc, m.end, run)) &&
        scored(check, doc, m.start, areas) &&
        !labelOnly(check, doc, m.start, m.end) &&
        !opensLine(check, m.start) &&
        !recommended(check, m.start) &&
        (check.doneWordWithin === null || statedDone(doc, m.start, m.end, check.doneWordWithin, compiledChecks.doneBy.get(check.id) ?? compiledChecks.doneWords, guards.get(check.id) ?? [], compiledChecks.doneBy.has(check.id))),
    );
    // A decree check's fact is the provision that establishes it, when the regulation has one.
    const established = policy && check.decree ? valid.find((m) => establishes(doc, m.start, m.end, compiledChecks, profiles.provisions.window)) : undefined;
    const match = established ?? valid[0];
    if (match === undefined) return;
    const previous = found.get(check.id);
    if (previous !== undefined) {
      const before = previous.fact.established === true;
      const now = established !== undefined;
      if (before !== now ? before : previous.at <= match.start) return;
    }
    const line = doc.lines[doc.tokenLine[match.start] ?? -1];
    if (line === undefined) return;
    const fact: LevelFact = { check: check.id, page: line.page, phrase: lineText(line.text), ...(established !== undefined ? { established: true as const } : {}) };
    found.set(check.id, { at: match.start, fact });
  });
  return found;
}

/** One count read from the text: how many of how many, where. */
interface Count {
  done: number;
  total: number;
  index: number;
  length: number;
}

function escaped(words: readonly string[]): string {
  return words.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

/** The value of a run of number words (Numerals), or null when the words do not make one number. */
function wordsValue(text: string, numerals: Numerals): number | null {
  let total = 0;
  let current = 0;
  let last: 'value' | 'scale' | null = null;
  let lastValue = 0;
  for (const word of text.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0)) {
    const value = numerals.values[word];
    const scale = numerals.scales[word];
    if (value !== undefined) {
      // "twenty one": a unit after a ten; "dua tiga" is no number.
      if (last === 'value' && !(lastValue >= 20 && lastValue % 10 === 0 && value < 10)) return null;
      current += value;
      lastValue = value;
      last = 'value';
    } else if (scale !== undefined) {
      if (last !== 'value') return null;
      current = current * scale.times + scale.plus;
      if (scale.times >= 100) {
        total += current;
        current = 0;
      }
      last = 'scale';
    } else return null;
  }
  return last === null ? null : total + current;
}

/** A count's value: digits, or number words. */
function countValue(text: string | undefined, numerals: Numerals): number | null {
  if (text === undefined) return null;
  return /^\d+$/.test(text) ? Number(text) : wordsValue(text, numerals);
}

/**
 * A count of at most three digits (not part of a year) or a run of number words, perhaps spelled out after it: "9
 * (sembilan)", "dua belas".
 */
function numberPattern(numerals: Numerals): string {
  const words = [...Object.keys(numerals.values), ...Object.keys(numerals.scales)].sort((a, b) => b.length - a.length);
  const word = words.length > 0 ? `(?:${escaped(words)})` : null;
  const spelled = word === null ? '' : `|${word}(?:[\\s-]+${word})*`;
  return String.raw`(?<![\p{L}\d.,])(\d{1,3}${spelled})(?![\p{L}\d]|[.,]\d)\s*(?:\([^)]{0,30}\)\s*)?`;
}

/**
 * The counts of `nouns` on one page: "9 dari 12 program kerja", "tiga dari enam program", "9/12 program", "27 of 41
 * agencies", "15 OPD dari total 40 OPD"; "OPD terhubung: 21/34" (the noun before, a label); "dari 34 perangkat daerah
 * …, baru 21 …" (the total first); "baru 60% perangkat daerah", "100 persen OPD" (out of 100).
 */
function countsOf(text: string, nouns: string, numerals: Numerals): Count[] {
  const counts: Count[] = [];
  const n = numberPattern(numerals);
  const push = (m: RegExpMatchArray, done: string | undefined, total: string | undefined): void => {
    const d = countValue(done, numerals);
    const t = countValue(total, numerals);
    if (d !== null && t !== null) counts.push({ done: d, total: t, index: m.index ?? 0, length: m[0].length });
  };
  for (const m of text.matchAll(new RegExp(`${n}(?:dari|of|/)\\s*${n}(?:${nouns})`, 'giu'))) push(m, m[1], m[2]);
  const nounBetween = new RegExp(`${n}(?:${nouns})\\b[^.\\n\\d]{0,30}?\\b(?:dari|of)\\s+(?:total\\s+|jumlah\\s+|the\\s+)?${n}`, 'giu');
  for (const m of text.matchAll(nounBetween)) push(m, m[1], m[2]);
  const label = new RegExp(`(?<![\\p{L}])(?:${nouns})\\b[^.\\n\\d:=]{0,30}[:=]\\s*${n}(?:dari|of|/)\\s*${n}(?!\\s*/\\s*\\d)`, 'giu');
  for (const m of text.matchAll(label)) push(m, m[1], m[2]);
  const totalFirst = new RegExp(`\\bdari\\s+(?:total\\s+|jumlah\\s+)?${n}(?:${nouns})[^.\\n]{0,80}?(?:\\b(?:baru|hanya|sebanyak|terdapat)\\s+|,\\s*)${n}`, 'giu');
  for (const m of text.matchAll(totalFirst)) push(m, m[2], m[1]);
  // Partial without a total: "baru 5 OPD", "hanya dimanfaatkan oleh 7 perangkat daerah", "sebagian (besar) OPD", "dari
  // 31 perangkat daerah, sebagian …", "11 perangkat daerah belum …".
  const partial = (m: RegExpMatchArray, done: number): void => {
    counts.push({ done, total: Number.POSITIVE_INFINITY, index: m.index ?? 0, length: m[0].length });
  };
  for (const m of text.matchAll(new RegExp(`\\b(?:baru|hanya|only)\\s+(?:[\\p{L}-]+\\s+){0,3}?${n}(?:${nouns})\\b`, 'giu'))) {
    const d = countValue(m[1], numerals);
    if (d !== null) partial(m, d);
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:sebagian(?:\\s+besar)?|separuh|setengah|most|half)\\s+(?:dari\\s+|of\\s+)?(?:the\\s+)?(?:${nouns})\\b`, 'giu'))) partial(m, 1);
  for (const m of text.matchAll(new RegExp(`\\bdari\\s+(?:total\\s+|jumlah\\s+)?${n}(?:${nouns})[^.\\n]{0,40}?(?:,\\s*|\\b(?:baru|hanya)\\s+)(?:sebagian|separuh|setengah)\\b`, 'giu'))) partial(m, 1);
  for (const m of text.matchAll(new RegExp(`${n}(?:${nouns})\\s+(?:lainnya\\s+|lain\\s+)?(?:yang\\s+)?(?:belum|tidak|not yet|have not)\\b`, 'giu'))) {
    const d = countValue(m[1], numerals);
    if (d !== null && d > 0) partial(m, d);
  }
  for (const m of text.matchAll(new RegExp(`(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|persen|percent)\\s*(?:dari\\s+|of\\s+)?(?:total\\s+|jumlah\\s+|the\\s+)?(?:${nouns})`, 'giu'))) {
    counts.push({ done: Number((m[1] ?? '').replace(',', '.')), total: 100, index: m.index ?? 0, length: m[0].length });
  }
  return counts.filter((c) => c.total > 0 && c.done <= c.total).sort((a, b) => a.index - b.index);
}

function fractionFact(check: ContentCheck, pages: readonly PageText[], numerals: Numerals): LevelFact | null {
  const fraction = check.fraction;
  if (fraction === null) return null;
  const nouns = escaped(fraction.nouns);
  for (const page of pages) {
    for (const c of countsOf(page.text, nouns, numerals)) {
      if ((fraction.is === 'partial') !== c.done < c.total) continue;
      const lineStart = page.text.lastIndexOf('\n', c.index) + 1;
      const lineEnd = page.text.indexOf('\n', c.index + c.length);
      return { check: check.id, page: page.no, phrase: lineText(page.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)) };
    }
  }
  return null;
}

const ASIDE = /\(([^()\n]*)\)/g;

/**
 * `line` without its short parenthetical asides (Asides): "Semua program kerja (12 program) telah terlaksana" →
 * "Semua program kerja telah terlaksana"; an aside that qualifies the statement ("(kecuali dua program)") stays.
 */
function withoutAsides(line: string, asides: Asides, keep: ReadonlySet<string>, count: RegExp | null): string {
  const stripped = line.replace(ASIDE, (aside: string, inner: string) =>
    inner.trim().length === 0 || inner.length > asides.maxChars || skeletonTokens(inner).some((t) => keep.has(t)) ? aside : ' ',
  );
  return count === null ? stripped : stripped.replace(count, '$1$2 ');
}

/** Letters OCR reads as digits or marks ("se1uruh", "sem0a"). */
const OCR_LETTER: Readonly<Record<string, string>> = { l: '[l1|I]', i: '[i1l|]', o: '[o0]' };

/**
 * "seluruh 42 perangkat daerah" → "seluruh perangkat daerah": a count right after a scope word (Asides.countAfter),
 * the word as OCR may read it.
 */
function countPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const tolerant = words.map((w) => [...w.toLowerCase()].map((ch) => OCR_LETTER[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''));
  return new RegExp(`(^|\\s)(${tolerant.join('|')})\\s+\\d{1,4}\\s+(?=\\p{L})`, 'giu');
}

/** An item of a list: one to four words. */
const TAILED_ITEM = String.raw`\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}`;

/**
 * "a, b, dan c SPBE akan disusun." → "a SPBE akan disusun; b SPBE akan disusun; dan c SPBE akan disusun.": a list of
 * three or more items whose last ends in one of `tails` (Asides.listTails), the tail and the rest of the clause written
 * after every item, so each reads as the list states it (planned, negated or done).
 */
function tailPattern(tails: readonly string[]): RegExp | null {
  if (tails.length === 0) return null;
  const tail = tails.map((t) => t.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).join('|');
  return new RegExp(`((?:${TAILED_ITEM}\\s*,\\s*){2,}(?:(?:dan|serta|and)\\s+)?${TAILED_ITEM})\\s+(${tail})(?=$|[^\\p{L}])([^.;]*)`, 'giu');
}

function withTails(line: string, tails: RegExp | null): string {
  if (tails === null) return line;
  return line.replace(tails, (_all: string, list: string, tail: string, rest: string) =>
    list
      .split(/\s*,\s*/)
      .map((item) => `${item} ${tail}${rest}`)
      .join('; '),
  );
}

/**
 * The checks found in a second reading of the text with short parenthetical asides left out (Asides) and a list's
 * qualifying tail written after each item, for the checks the text as written does not show; empty when no line
 * holds such an aside or list.
 */
function acrossAsides(profiles: LevelProfiles, pages: readonly PageText[], aliases: AliasIndex, policy: boolean): Map<string, { at: number; fact: LevelFact }> {
  const { asides } = profiles;
  if (asides.maxChars === 0) return new Map();
  const keep = new Set(asides.keepWhen.flatMap((w) => skeletonTokens(w)));
  const count = countPattern(asides.countAfter);
  const tails = tailPattern(asides.listTails);
  const strip = (line: string): string => withTails(withoutAsides(line, asides, keep, count), tails);
  if (!pages.some((p) => p.text.split(/\r?\n|\f/).some((line) => strip(line) !== line))) return new Map();
  return phraseFacts(profiles, buildDocModel(pages, aliases, strip), aliases, policy);
}

/**
 * The checks of `profiles` found in `pages`, one fact per check (its first occurrence), in check order. In a policy
 * document (`kind`: peraturan, keputusan, surat edaran, instruksi) its task lists show only decree checks, and a
 * decree check's fact is the first provision that establishes it (Provisions).
 */
export function readLevelFacts(profiles: LevelProfiles, pages: readonly PageText[], aliases: AliasIndex, kind: DocumentKind | null = null): LevelFact[] {
  if (Object.keys(profiles.checks).length === 0) return [];
  const policy = kind !== null && POLICY_KINDS.includes(kind);
  const byPhrase = phraseFacts(profiles, buildDocModel(pages, aliases), aliases, policy);
  const across = acrossAsides(profiles, pages, aliases, policy);
  const facts: LevelFact[] = [];
  for (const check of Object.values(profiles.checks)) {
    const fact = byPhrase.get(check.id)?.fact ?? across.get(check.id)?.fact ?? fractionFact(check, pages, profiles.numerals);
    if (fact !== undefined && fact !== null) facts.push(fact);
  }
  return facts;
}
