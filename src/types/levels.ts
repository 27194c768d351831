/**
 * Level profiles (a pack's `files.levels`): for each indicator and level, which evidence proves it. Read from the
 * indicator's kriteria tingkat, bukti dukung and kriteria pemenuhan; evaluated by src/assess/levels/.
 */
import type { DocumentKind } from './classification.ts';

/** `stepwise`: a level counts only when every lower level does; `highest`: the highest level met counts. */
export type ClimbRule = 'stepwise' | 'highest';
/** `integer`: the level reached; `linear`: plus the share of the next level's requirements already met. */
export type CreditRule = 'integer' | 'linear';

/** A content check read from a document's text when it is classified (src/classify/level-facts.ts). */
export interface ContentCheck {
  id: string;
  /** Indonesian: what the text shows, e.g. "pedoman manajemen risiko SPBE". */
  label: string;
  /** Any of these phrases (OCR- and morphology-tolerant) shows the content. */
  phrases: string[];
  /** A match right after one of these words does not count ("belum dilaksanakan seluruhnya"). */
  notPrecededBy: string[];
  /** A match right before one of these words or phrases does not count ("terhubung dengan internet"). */
  notFollowedBy: string[];
  /** A match on a line whose first word starts with one of these does not count ("Informasi: tata cara pembayaran …"). */
  notOnLinesOpenedBy: string[];
  /**
   * A match after one of these words or phrases earlier on its line does not count: the line says the thing is not
   * there ("Aplikasi belum menyediakan fitur pencarian, pengunggahan, atau pengunduhan dokumen").
   */
  notAfterOnLine: string[];
  /**
   * A `notPrecededBy` word up to this many words after the match, in its clause, says it is not done and the match
   * does not count ("pengoperasian layanan SPBE belum dilaksanakan"); null: only the words before the match are read.
   */
  negatedWithin: number | null;
  /**
   * Counts like "9 dari 12 program kerja": `partial` holds when the first number is below the second, `complete`
   * when they are equal. Null for a phrase-only check.
   */
  fraction: { nouns: string[]; is: 'partial' | 'complete' } | null;
  /**
   * The check marks a stage or scope of the work, or null. An item names it when its conditions name the check or its
   * label (the item's text) contains one of `itemTerms` as whole words. A scope (`exclusive: false`, e.g. "seluruh
   * layanan") named in the item text is needed: the item needs a document showing it. A document at an `exclusive`
   * stage (a draft or identification of needs, a review, a follow-up) counts only for items that name an exclusive
   * stage: a review report is evidence for the review items, not for the work reviewed.
   */
  stage: { itemTerms: string[]; exclusive: boolean } | null;
  /**
   * A score the phrase must stand with, or null: a phrase counts only on a line that also holds a decimal value from
   * `atLeast` to `max` ("Keamanan Siber 2,18" for an item of the band from 1,50 of a 0–5 index). Integers do not count:
   * they are list numbers, counts and dates more often than index values.
   */
  score: { atLeast: number; max: number } | null;
  /**
   * The check states work done (an improvement made, auditors who hold a certification): a match in a recommendation
   * or a plan (LevelProfiles.advice) does not count.
   */
  done: boolean;
  /**
   * A match that is a plan does not count: a plan word (Advice.plans) up to the advice window after it on its line
   * ("Integrasi dengan Dapodik direncanakan pada tahun 2026"), or one of Advice.plansBefore right before it ("rencana
   * integrasi", "akan diintegrasikan"). Unlike `done`, a line under an advice opener still counts: a list item of a
   * manual ("2. Usulan diverifikasi …", then "3. Data terintegrasi dengan …") is no recommendation.
   */
  notPlanned: boolean;
  /**
   * Signals or checks that contradict this one: an item showing one of them does not count where a condition asks
   * for this check (a partial count, "14 dari 38 perangkat daerah", against "seluruh perangkat daerah"). Folded into
   * the conditions' `without` when the profiles are loaded.
   */
  contradictedBy: string[];
  /**
   * The match states work done only with a done word (Advice.doneWords: "telah", "sudah", "have been") up to this many
   * words before or after it on its line, and no negation ("belum", "tidak") after it there: "Diskominfo telah
   * melaksanakan perbaikan", "perbaikan telah selesai"; null: the phrase alone counts.
   */
  doneWordWithin: number | null;
  /**
   * The done words of a `doneWordWithin` check when Advice.doneWords are too loose for it: "seluruh program kerja …
   * telah dilaksanakan" needs the execution itself ("telah dilaksanakan", "terlaksana"), not any "telah" ("seluruh
   * program kerja telah disusun" is no work carried out). Empty: the advice's done words.
   */
  doneBy: string[];
  /**
   * A regulation cited in a legal-basis list ("Dasar Hukum", "Landasan Hukum", "Mengingat") shows this check: the
   * check is the reference to a guideline ("mengacu pada PermenPANRB 5/2020"). False for every other check: the
   * title of a cited regulation ("Peraturan Bupati … tentang Penunjukan Pejabat Pelindungan Data Pribadi") is
   * another document's subject, not content of this one.
   */
  cited: boolean;
  /**
   * An item that asks for a decree names the check: a requirement whose conditions take only peraturan, keputusan,
   * surat edaran or instruksi ("Penetapan Tim Koordinasi", "Penetapan TTIS"). Derived when the profiles are loaded.
   * Such a check is read in a regulation's task lists too (Provisions), and its fact says whether the regulation
   * establishes what it names (LevelFact.established).
   */
  decree: boolean;
}

/**
 * Number words of the languages the documents are written in. A number is a run of these words: each value adds to
 * the number being read ("dua" 2, "twenty" 20, then "one" 21), each scale turns it into `times` × it + `plus`
 * ("dua belas" 2 × 1 + 10, "tiga puluh" 3 × 10, "dua ratus" 2 × 100).
 */
export interface Numerals {
  values: Readonly<Record<string, number>>;
  scales: Readonly<Record<string, { times: number; plus: number }>>;
}

/**
 * Recommendations and plans state what is still to be done. A line opened by one of `openers` ("Rekomendasi:",
 * "Saran perbaikan:"), the list items right under it and the text under a heading holding one are recommendations;
 * a match followed within `window` words on its line by one of `plans` ("… dijadwalkan pada Januari 2026", "… akan
 * disusun") is a plan, unless the match opens with one of `doneWords` ("telah dilakukan perbaikan …").
 */
export interface Advice {
  openers: string[];
  plans: string[];
  /** Words that make a match right after them a plan ("rencana integrasi", "usulan pengembangan", "akan diintegrasikan"). */
  plansBefore: string[];
  doneWords: string[];
  window: number;
  /**
   * Openers of the obstacles a report lists ("III. KENDALA", "Hambatan:"): what stands under one is a problem, not
   * work shown, for checks of work done or not planned ("Uraian : Integrasi dengan CMS Bank …" under KENDALA).
   */
  obstacles: string[];
}

/**
 * A phrase of a check may run across a short parenthetical aside: "Semua program kerja (12 program) telah
 * terlaksana" states "semua program kerja telah terlaksana". An aside of at most `maxChars` characters on one line is
 * read past, unless it holds one of `keepWhen` (it qualifies the statement: "(kecuali dua program)", "(belum
 * seluruhnya)"); the phrase is also matched with the aside in place ("pengujian (UAT)").
 */
export interface Asides {
  maxChars: number;
  keepWhen: string[];
  /**
   * Scope words a count may follow ("seluruh 42 perangkat daerah", "all 34 agencies"): the second reading leaves the
   * count out, so the scope phrase reads as written without it.
   */
  countAfter: string[];
  /**
   * Words a list may end in that qualify each of its items ("domain proses bisnis, data dan informasi, layanan,
   * aplikasi, infrastruktur, dan keamanan SPBE" names Layanan SPBE and Infrastruktur SPBE): the second reading writes
   * the word after every item of such a list.
   */
  listTails: string[];
}

/**
 * How a regulation's own provisions are written (Peraturan, Keputusan, Surat Edaran, Instruksi). A task list assigns
 * work, it does not show it: from a duty word followed by its first list item within three words ("Tugas Tim: a.
 * menyusun Rencana Aksi …", "mempunyai tugas: 1. …") or a duty verb ("bertugas mengarahkan dan memantau …") up to the
 * next provision (`ends`: "KEEMPAT", "Pasal 7", "BAB IV"), a match counts only for decree checks (ContentCheck.decree).
 * An establishing word up to `window` words from a decree check's match on its line ("Membentuk Tim Koordinasi …",
 * "dibentuk Tim Tanggap Insiden Siber", "Menunjuk … sebagai Pejabat Pelindungan Data Pribadi") says the regulation
 * establishes it.
 */
export interface Provisions {
  duties: string[];
  dutyVerbs: string[];
  ends: string[];
  establishing: string[];
  window: number;
}

/** One way of proving a requirement: what one evidence item (or, for `all`, several together) must show. */
export interface EvidenceCondition {
  /** Document kinds that count; null for any kind. */
  kinds: DocumentKind[] | null;
  /** Document kinds that never count (when `kinds` is null: every other kind counts). */
  notKinds: DocumentKind[];
  /** A peraturan, keputusan or surat edaran must be enacted (signed, set) to count. */
  enacted: boolean;
  /** Signals or content checks of which the item shows at least one (empty: no such condition). */
  any: string[];
  /** Signals or content checks that the counted items show together, each on at least one of them. */
  all: string[];
  /** Items showing one of these signals or checks do not count. */
  without: string[];
  /** The item must be a review or evaluation that still counts (within the window; undated only when confirmed). */
  review: boolean;
  /** The item must be dated on or after an item that met this requirement (id), and be another document. */
  after: string | null;
  /** The item must be dated after another item that met this requirement (id): a newer version. */
  newer: string | null;
  /**
   * The item must not be dated before every item that met requirement `ref` (a review of a policy comes after the
   * policy), not counting those that show one of `except` (an amendment or revision, which presupposes an earlier
   * version the item may have reviewed). Undated items, or an undated item of `ref`, are kept: the order is unknown.
   */
  notBefore: { ref: string; except: string[] } | null;
  /**
   * Signals or checks that, shown by another document of the indicator dated in the same year or later (or by one
   * whose date or the item's is unknown), overrule the item: a report that only some units carry the work out stands
   * against a document saying all of them do. An earlier year's partial count is progress since, not a contradiction;
   * a review's findings are not a statement of scope.
   */
  overruledBy: string[];
}

export interface LevelRequirement {
  /** Unique within the indicator; `after`/`newer` refer to it. */
  id: string;
  /** Indonesian: what proves the requirement, e.g. "kebijakan internal yang telah ditetapkan". */
  label: string;
  /** Indonesian: what to add when the requirement is not met. */
  missing: string;
  /** Any of these conditions met proves the requirement. */
  anyOf: EvidenceCondition[];
}

export interface LevelProfile {
  level: number;
  /** Every requirement must be met for the level to count. */
  requires: LevelRequirement[];
}

export interface IndicatorLevelProfile {
  indicator: number;
  /** Levels from the lowest, without gaps. */
  levels: LevelProfile[];
}

export interface LevelProfiles {
  climb: ClimbRule;
  credit: CreditRule;
  /**
   * Value range [from, to] of each level, keyed by level, or null. With linear credit the value then rises inside the
   * band of the level being climbed by the share of its requirements met (Pemdi: L1 1,0–1,5, L2 1,5–2,5 …; nothing
   * met gives the bottom of level 1); without bands it is the level plus that share.
   */
  bands: Readonly<Record<string, readonly [number, number]>> | null;
  /** By check id (plain records, so the checked profiles can be cached as JSON with the pack). */
  checks: Readonly<Record<string, ContentCheck>>;
  /** Numbers written in words, for the counts of fraction checks ("tiga dari enam program kerja"). */
  numerals: Numerals;
  /** How recommendations and plans are written, for the checks that state work done. */
  advice: Advice;
  /** Short parenthetical asides a phrase is read across ("semua program kerja (12 program) telah terlaksana"). */
  asides: Asides;
  /** How a regulation's provisions assign duties and establish bodies. */
  provisions: Provisions;
  /** By indicator number; every indicator of the instrument has one. */
  indicators: Readonly<Record<string, IndicatorLevelProfile>>;
}
