/**
 * Documents that name indicators without being evidence for them: documents another body issued for itself
 * (national regulations, another instansi's Perkada or policy book; see issuer.ts), the instrument itself and texts
 * about the evaluation, press releases and news, suppliers' marketing and offers, scholarly publications by others, records never evidence alone (a CV, a
 * disposition slip, an attendance list, a questionnaire, a financial audit), the frame of a document without its content
 * (a cover, a table of contents, a blank form) and off-topic letters (HUT, cuti). Each yields a multiplier for all
 * content scores and a reason to show.
 */
import type { DocumentKind, IssuerVerdict, MatchPlace, MatchReason, NotEvidenceKind } from '../types/classification.ts';
import type { PhraseEvidence } from './evidence.ts';
import { isMatched, matchedIn } from './evidence.ts';
import { FRAME_LABELS, type FrameKind } from './frame-only.ts';
import type { RuleSet } from './ruleset.ts';

export interface DistractorVerdict {
  kind: NotEvidenceKind | null;
  factor: number;
  reasons: MatchReason[];
}


function firstIn(rules: RuleSet, evidence: readonly PhraseEvidence[], phrases: readonly number[], places: readonly MatchPlace[]): MatchReason | null {
  for (const index of phrases) {
    const e = evidence[index];
    if (!matchedIn(e, places)) continue;
    const phrase = rules.matcher.phrases[index];
    const place = places.find((p) => e?.pages.has(p)) ?? 'judul';
    if (phrase !== undefined) return { rule: phrase.id, phrase: phrase.text, place, pages: e?.pages.get(place) ?? [], weight: 0 };
  }
  return null;
}

export interface DistractorInput {
  rules: RuleSet;
  evidence: readonly PhraseEvidence[];
  kind: DocumentKind;
  /** Number of indicators with some content support, to spot texts that name every indicator. */
  indicatorsTouched: number;
  /** True when a strong indicator phrase sits in the title or "tentang" clause. */
  titleNamesIndicator: boolean;
  issuer: IssuerVerdict;
  /** The document's first line, to quote for a press release. */
  firstLine: string;
  /** The document's first title lines, as skeleton words, with their text. */
  titleLines: readonly { text: string; tokens: readonly string[] }[];
  /** The document is only a frame (a cover, a table of contents, a blank form; frame-only.ts). */
  frame: FrameKind | null;
}

/** The first title line that opens with one of the record openings (a CV, a disposition slip, …), or null. */
function recordTitle(rules: RuleSet, evidence: readonly PhraseEvidence[], lines: DistractorInput['titleLines']): MatchReason | null {
  if (rules.records.unless.some((i) => isMatched(evidence[i]))) return null;
  for (const line of lines) {
    const opening = rules.records.title.find((t) => t.length > 0 && t.every((w, i) => line.tokens[i] === w));
    if (opening !== undefined) return { rule: 'distraktor.administrasi', phrase: line.text, place: 'judul', pages: [], weight: -1 };
  }
  return null;
}

export function assessDistractors(input: DistractorInput): DistractorVerdict {
  const { rules, evidence, kind } = input;
  const none: DistractorVerdict = { kind: null, factor: 1, reasons: [] };

  const { issuer } = input;
  // The exempt kinds (screens, manuals) show our use of a national application; a screen of another region's own
  // service ("LPSE Kabupaten Lembah Batu") is that region's.
  if (issuer.case === 'instansi-lain' || (issuer.case === 'nasional' && !rules.issuer.exempt.has(kind))) {
    const reason: MatchReason = { rule: `distraktor.${issuer.case}`, phrase: issuer.issuer ?? '', place: 'judul', pages: [1], weight: -1 };
    return { kind: issuer.case, factor: rules.issuer.factor, reasons: [reason] };
  }

  const instrumentTitle = firstIn(rules, evidence, rules.instrument.title, ['judul', 'tentang']);
  if (instrumentTitle !== null && !input.titleNamesIndicator) {
    return { kind: 'instrumen', factor: rules.instrument.factor, reasons: [{ ...instrumentTitle, rule: 'distraktor.instrumen', weight: -1 }] };
  }
  const vocabulary = rules.instrument.vocabulary.filter((i) => isMatched(evidence[i]));
  if (vocabulary.length >= rules.instrument.minVocabulary && input.indicatorsTouched >= rules.instrument.minIndicators) {
    const words = vocabulary.map((i) => rules.matcher.phrases[i]?.text ?? '').slice(0, 4).join(', ');
    return {
      kind: 'instrumen',
      factor: rules.instrument.factor,
      reasons: [{ rule: 'distraktor.instrumen-istilah', phrase: words, place: 'isi', pages: [], weight: -1 }],
    };
  }

  if (kind === 'siaran-pers') {
    const reason: MatchReason = { rule: 'distraktor.siaran-pers', phrase: input.firstLine, place: 'judul', pages: [1], weight: -1 };
    return { kind: 'siaran-pers', factor: rules.pressRelease.factor, reasons: [reason] };
  }

  const offer = firstIn(rules, evidence, rules.commercial.title, ['judul', 'tentang']) ?? firstIn(rules, evidence, rules.commercial.anywhere, ['judul', 'tentang', 'judul-bagian', 'isi']);
  if (offer !== null) {
    return { kind: 'penawaran', factor: rules.commercial.factor, reasons: [{ ...offer, rule: 'distraktor.penawaran', weight: -1 }] };
  }

  const everywhere: MatchPlace[] = ['judul', 'tentang', 'judul-bagian', 'isi'];
  const abstract = firstIn(rules, evidence, rules.publication.abstract, everywhere);
  const venue = abstract === null ? null : firstIn(rules, evidence, rules.publication.venue, everywhere);
  if (abstract !== null && venue !== null) {
    return { kind: 'publikasi', factor: rules.publication.factor, reasons: [{ ...venue, rule: 'distraktor.publikasi', weight: -1 }] };
  }

  // A record is what it is whatever topic its title names (a CV for the post of an architecture expert).
  const record = recordTitle(rules, evidence, input.titleLines);
  if (record !== null) return { kind: 'administrasi', factor: rules.records.factor, reasons: [record] };
  // Never evidence alone as a record is: the whole document (or the filled form) is.
  if (input.frame !== null) {
    return { kind: 'kerangka', factor: rules.records.factor, reasons: [{ rule: `distraktor.${input.frame}`, phrase: FRAME_LABELS[input.frame], place: 'judul', pages: [1], weight: -1 }] };
  }

  const offTopic = firstIn(rules, evidence, rules.offTopic.title, ['judul', 'tentang']);
  if (offTopic !== null && !input.titleNamesIndicator) {
    return { kind: 'luar-topik', factor: rules.offTopic.factor, reasons: [{ ...offTopic, rule: 'distraktor.luar-topik', weight: -1 }] };
  }
  return none;
}
