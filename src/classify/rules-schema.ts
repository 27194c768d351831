/** The shape of a mapping rules file (`src/instruments/<id>/rules.yaml`), validated with zod. */
import { z } from 'zod';
import type { DocumentKind, EvidenceSignal } from '../types/classification.ts';

export const DOCUMENT_KINDS = [
  'peraturan', 'keputusan', 'surat-edaran', 'rancangan', 'notulen', 'undangan', 'laporan', 'laporan-evaluasi',
  'laporan-audit', 'sop', 'dokumen-arsitektur', 'dokumen-peta-rencana', 'dokumen-desain', 'anggaran', 'kerja-sama', 'tangkapan-layar',
  'manual', 'instruksi', 'nota-dinas', 'siaran-pers', 'pedoman', 'rencana', 'daftar', 'lainnya',
] as const satisfies readonly DocumentKind[];

const kindSchema = z.enum(DOCUMENT_KINDS);
const factor = z.number().min(0).max(2);
const kindFactors = z.partialRecord(kindSchema, factor);

/** A phrase is either plain text or text with a weight and a stable id. Words written in capitals match exactly. */
const phraseSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), weight: z.number().positive().max(2).optional(), id: z.string().optional() }),
]);

const indicatorSchema = z.object({
  family: z.string().min(1),
  /** Title-grade phrases: the document is about this. Default weight 1. */
  strong: z.array(phraseSchema).min(1),
  /** Supporting terms: add a little, capped. Default weight 0.25. */
  support: z.array(phraseSchema).default([]),
  /** Terms that say what the document is about only together (e.g. SIPD + renja): strong, scored by the weakest. */
  combined: z.array(z.object({ all: z.array(phraseSchema).min(2), weight: z.number().positive().max(2).default(1) })).default([]),
  /** Document kinds that fit better or worse than the family default (multiplier). */
  kinds: kindFactors.default({}),
  /**
   * Kinds whose factor in `kinds` holds only when the document is addressed to all units (a Surat Edaran or Instruksi
   * to every Perangkat Daerah); addressed to named units they take the family's factor.
   */
  toAllUnits: z.array(kindSchema).default([]),
  /**
   * Kinds whose `kinds` factor holds only when the title names this indicator (a Perbup on risk management is its
   * guideline); a document of that kind about something wider (a Perbup on SPBE as a whole) takes the family's factor.
   */
  onlyWhenNamed: z.array(kindSchema).default([]),
  /** At least one of these must match somewhere (or a path hint must name the indicator, with `orPathHint`). */
  requireAny: z.array(phraseSchema).default([]),
  /**
   * How often the `requireAny` phrases must occur together (a budget needs IT programme or activity lines, not one
   * passing "aplikasi").
   */
  requireMentions: z.number().int().min(1).max(20).default(1),
  orPathHint: z.boolean().default(false),
  /** Stop signals: when one matches in the title or "tentang" clause, the score is multiplied by its factor. */
  negative: z.array(z.object({ text: z.string().min(1), factor: factor })).default([]),
});

/** Signals read from phrases (rules file `signals`); `halaman-login` and `pihak-luar` come from code. */
export const PHRASE_SIGNALS = [
  'cakupan-seluruh', 'cakupan-sebagian', 'reviu', 'tindak-lanjut', 'integrasi-nasional', 'layanan-interaksi',
  'layanan-transaksi', 'layanan-kolaborasi',
] as const satisfies readonly EvidenceSignal[];

const guardWords = z.array(z.string().min(1)).default([]);

const notFollowedWindow = z.object({ words: z.array(z.string().min(1)).min(1), within: z.number().int().min(1).max(10) });

/** One way a signal is raised: any of the phrases (or a `near` pair), where and in which kinds of document. */
const signalRuleSchema = z.object({
  phrases: z.array(phraseSchema).default([]),
  /** `first` followed by one of `then` within `within` words ("terhubung dengan … nasional"). */
  near: z
    .array(z.object({ first: phraseSchema, then: z.array(phraseSchema).min(1), within: z.number().int().min(0).max(30).default(3) }))
    .default([]),
  /** Only in the title area (title lines, "tentang" clause, subject of a letter or minutes). */
  titleOnly: z.boolean().default(false),
  /** Only in documents of these kinds (every kind when empty). */
  kinds: z.array(kindSchema).default([]),
  /** A match directly followed by a word starting with one of these does not count ("seluruh perangkat daerah pengelola …"). */
  notFollowedBy: guardWords,
  /** A match directly after a word starting with one of these does not count ("… tentang Arsitektur SPBE Nasional"). */
  notPrecededBy: guardWords,
  /** A match under a heading holding a word starting with one of these does not count ("REKOMENDASI"). */
  notUnder: guardWords,
  /** A match on a line whose first word starts with one of these does not count ("Informasi: tata cara pembayaran …"). */
  notOnLinesOpenedBy: guardWords,
  /**
   * A match followed on its line, within `within` words, by a word starting with one of `words` does not count: a plan
   * ("Integrasi dengan Dapodik direncanakan pada tahun 2026"). Several windows may be given, each with its words (a
   * plan close after the match, a negation further on: "Integrasi dengan SiRUP LKPP dan SIPD RI belum …").
   */
  notFollowedWithin: z
    .union([notFollowedWindow, z.array(notFollowedWindow).min(1)])
    .optional()
    .transform((w) => (w === undefined ? [] : Array.isArray(w) ? w : [w])),
});


export const ruleFileSchema = z.object({
  formatVersion: z.literal(1),
  instrument: z.string().min(1),
  scoring: z.object({
    places: z.object({ judul: z.number(), tentang: z.number(), 'judul-bagian': z.number(), path: z.number() }),
    body: z.object({ perMention: z.number().positive(), cap: z.number().positive() }),
    strongCap: z.number().positive(),
    supportCap: z.number().min(0),
    steepness: z.number().positive(),
    floor: z.number().min(0).max(1),
    /** Multiplier for indicators the title does not name when the title names another one that holds. */
    focus: z.number().min(0).max(1),
    bands: z.object({ tinggi: z.number(), sedang: z.number() }),
    /** `silentWords`: from this many words on, a text that says nothing about the hinted indicator is not lifted. */
    hint: z.object({ boost: z.number(), alone: z.number(), doubtful: z.number(), maxWords: z.number().int().positive(), silentWords: z.number().int().positive().default(15) }),
    /**
     * Indicator phrases of two or more content words (not only acronyms, not exact) that match nowhere word for word
     * may match apart: with at most `inserted` of the `between` words in between (function words: "reviu terhadap
     * kebijakan internal" for "reviu kebijakan"; "tata kelola pusat data" stays no "tata kelola data"), and with
     * `passive` in the passive: the action word (an Indonesian pe(N)-…-an noun or one of `actions`, first in the phrase;
     * or one of `actions` last, an English compound) last as a passive verb with at most `inserted` words before it
     * ("kebijakan internal SPBE telah direviu", "perangkat TIK telah dihapuskan", "the policy was reviewed"); within one clause, never across a `blockers` word
     * (written as it stands: "belum", "tidak", "direncanakan"). Such a match counts `factor` times the phrase's weight.
     * Absent: word for word only.
     */
    gaps: z
      .object({
        inserted: z.number().int().min(1).max(5),
        passive: z.boolean().default(false),
        actions: z.array(z.string().min(1)).default([]),
        factor: z.number().gt(0).max(1),
        between: z.array(z.string().min(1)).default([]),
        blockers: z.array(z.string().min(1)).default([]),
      })
      .optional(),
  }),
  /** Long forms folded into their abbreviation before matching, e.g. "sistem pemerintahan berbasis elektronik" → "SPBE". */
  aliases: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
  /** Family → document kind → multiplier; `lainnya` is the default for kinds not listed. */
  families: z.record(z.string(), kindFactors),
  /** Documents whose title names a policy ("Kebijakan Internal …") count as policy even without a regulation heading. */
  policyTitle: z.object({ phrases: z.array(phraseSchema), families: z.record(z.string(), factor) }),
  /** A comprehensive policy ("Penyelenggaraan SPBE") lends a bonus to every indicator of a family it touches. */
  umbrella: z.object({ phrases: z.array(phraseSchema), family: z.string(), bonus: z.number().min(0) }),
  indicators: z.record(z.string().regex(/^\d{1,3}$/), indicatorSchema),
  distractors: z.object({
    /**
     * Documents another body issued for itself (issuer.ts: a national regulation, another instansi's Perkada or
     * policy book): every score is multiplied by `factor`, except, for a national issuer, in the `exempt` kinds
     * (screens and manuals of national applications show our use of them; another region's screen is its own).
     */
    issuer: z
      .object({ factor: factor, exempt: z.array(kindSchema).default([]) })
      .default({ factor: 0.12, exempt: ['tangkapan-layar', 'manual'] }),
    /** Press releases and news items (kind `siaran-pers`): they report, they are no evidence. */
    pressRelease: z.object({ factor: factor }).default({ factor: 0.15 }),
    instrument: z.object({
      title: z.array(phraseSchema),
      vocabulary: z.array(phraseSchema),
      minVocabulary: z.number().int().positive(),
      minIndicators: z.number().int().positive(),
      factor: factor,
    }),
    offTopic: z.object({ title: z.array(phraseSchema), factor: factor }),
    /**
     * A supplier's marketing or offer (brochure, datasheet, proposal, price list, course catalogue): it names the
     * topics it sells, whatever its title says. `title` phrases count in the title area, `anywhere` phrases (a call to
     * buy: "request a demo", "free trial") in the whole text.
     */
    commercial: z.object({ title: z.array(phraseSchema), anywhere: z.array(phraseSchema).default([]), factor: factor }).default({ title: [], anywhere: [], factor: 0.15 }),
    /**
     * A scholarly publication by others (a journal article, a conference paper): it discusses the topic, it is no
     * activity of the instansi. Told by an abstract (`abstract`) together with where it was published (`venue`: a
     * journal, proceedings, a DOI or ISSN), both anywhere in the text.
     */
    publication: z.object({ abstract: z.array(phraseSchema), venue: z.array(phraseSchema), factor: factor }).default({ abstract: [], venue: [], factor: 0.15 }),
    /**
     * Records that are never evidence alone, whatever topic they name: a CV, a disposition slip, an attendance or
     * participant list, a questionnaire or assessment form, a financial report or its audit. `title`: the
     * document's first title lines open with one of these (written as they stand, matched on skeleton words);
     * `unless`: phrases anywhere that make it part of evidence (minutes with their attendance list).
     */
    records: z.object({ title: z.array(z.string().min(1)), unless: z.array(phraseSchema).default([]), factor: factor }).default({ title: [], unless: [], factor: 0.3 }),
  }),
  /** Evidence signals read from the full text (docs/rules.md, "Sinyal"): signal → alternative rules. */
  signals: z.partialRecord(z.enum(PHRASE_SIGNALS), z.array(signalRuleSchema).min(1)).default({}),
  /**
   * Application names the workspace learns from its documents (learn/application-names.ts): a name the title areas
   * of documents mapped to one indicator of these `families`, each at `minScore` or above, share (none: off).
   */
  learnApplications: z.object({ families: z.array(z.string().min(1)).default([]), minScore: z.number().min(0).max(1).default(0.75) }).default({ families: [], minScore: 0.75 }),
});

export type RuleFile = z.infer<typeof ruleFileSchema>;
export type RulePhrase = z.infer<typeof phraseSchema>;
export type SignalRuleFile = z.infer<typeof signalRuleSchema>;
export type PhraseSignal = (typeof PHRASE_SIGNALS)[number];
export type KindFactors = z.infer<typeof kindFactors>;
