/**
 * Evidence signals read from the full text (docs/rules.md, "Sinyal"): the document covers all units or only
 * some, is a review, follows one up, integrates with the national layer, shows service features or only a login
 * page; and, per indicator, holds all the content the instrument requires. Phrases come from the rules file and
 * are matched like every other phrase (OCR- and morphology-tolerant), guards drop matches in the wrong context.
 */
import type { DocumentKind, EvidenceSignal, IssuerVerdict } from '../types/classification.ts';
import type { DocModel } from './document.ts';
import type { PhraseMatch } from './matcher.ts';
import type { RuleSet, SignalRule } from './ruleset.ts';
import { isLoginOnly } from './screenshot.ts';

/** The vocabulary in the order signals are listed. */
export const SIGNAL_ORDER: readonly EvidenceSignal[] = [
  'cakupan-seluruh',
  'cakupan-sebagian',
  'reviu',
  'tindak-lanjut',
  'integrasi-nasional',
  'layanan-interaksi',
  'layanan-transaksi',
  'layanan-kolaborasi',
  'halaman-login',
  'pihak-luar',
];

export function sortSignals(signals: Iterable<EvidenceSignal>): EvidenceSignal[] {
  const set = new Set(signals);
  return SIGNAL_ORDER.filter((s) => set.has(s));
}

function startsWithAny(token: string | undefined, guards: readonly string[]): boolean {
  return token !== undefined && guards.some((g) => token.startsWith(g));
}

/** Tokens of the run of heading lines nearest before `lineIndex` ("BAB III" + "REKOMENDASI"). */
function headingAbove(doc: DocModel, lineIndex: number): string[] {
  let i = lineIndex - 1;
  while (i >= 0 && doc.lines[i]?.place !== 'judul-bagian') i--;
  const tokens: string[] = [];
  while (i >= 0 && doc.lines[i]?.place === 'judul-bagian') {
    const line = doc.lines[i];
    if (line !== undefined) tokens.push(...doc.tokens.slice(line.tokenStart, line.tokenEnd));
    i--;
  }
  return tokens;
}

/** The line opens with a label ending in a colon before the match ("Rekomendasi: perluasan ke seluruh …") that holds one of the words. */
function underOwnLabel(doc: DocModel, lineIndex: number, start: number, words: readonly string[]): boolean {
  const line = doc.lines[lineIndex];
  if (line === undefined) return false;
  const label = /^[^:]{1,40}:/u.exec(line.text)?.[0];
  if (label === undefined) return false;
  const labelTokens = doc.tokens.slice(line.tokenStart, Math.min(start, line.tokenEnd)).slice(0, label.split(/\s+/u).length);
  return labelTokens.some((t) => startsWithAny(t, words));
}

function inTitleArea(doc: DocModel, start: number, end: number): boolean {
  for (let t = start; t < end; t++) {
    const place = doc.lines[doc.tokenLine[t] ?? -1]?.place;
    if (place === 'judul' || place === 'tentang') return true;
  }
  return false;
}

/** A match of a rule counts when it sits where the rule asks and no guard word surrounds it. */
function counts(doc: DocModel, rule: SignalRule, start: number, end: number): boolean {
  if (rule.titleOnly && !inTitleArea(doc, start, end)) return false;
  if (startsWithAny(doc.tokens[end], rule.notFollowedBy)) return false;
  if (startsWithAny(doc.tokens[start - 1], rule.notPrecededBy)) return false;
  if (startsWithAny(doc.tokens[doc.lines[doc.tokenLine[start] ?? -1]?.tokenStart ?? -1], rule.notOnLinesOpenedBy)) return false;
  const line = doc.tokenLine[start];
  for (const after of rule.notFollowedWithin) {
    for (let t = end; t < end + after.within && doc.tokenLine[t] === line; t++) if (startsWithAny(doc.tokens[t], after.words)) return false;
  }
  if (rule.notUnder.length > 0) {
    const lineIndex = doc.tokenLine[start] ?? 0;
    const heading = headingAbove(doc, lineIndex);
    if (heading.some((t) => startsWithAny(t, rule.notUnder))) return false;
    if (underOwnLabel(doc, lineIndex, start, rule.notUnder)) return false;
  }
  return true;
}

function ruleHolds(doc: DocModel, matches: readonly PhraseMatch[][], rule: SignalRule): boolean {
  const direct = rule.phrases.some((p) => (matches[p] ?? []).some((m) => counts(doc, rule, m.start, m.end)));
  if (direct) return true;
  return rule.near.some((pair) =>
    (matches[pair.first] ?? []).some((first) =>
      pair.then.some((p) =>
        (matches[p] ?? []).some((then) => then.start >= first.end && then.start <= first.end + pair.within && counts(doc, rule, first.start, then.end)),
      ),
    ),
  );
}

export interface SignalInput {
  rules: RuleSet;
  doc: DocModel;
  /** Matches of every phrase of the rule set in the document's text (not its path). */
  matches: readonly PhraseMatch[][];
  kind: DocumentKind;
  pages: readonly { text: string }[];
  /** Who issued the document, compared with the workspace's instansi. */
  issuer: IssuerVerdict;
}

/** Signals of the whole document, in vocabulary order. */
export function documentSignals(input: SignalInput): EvidenceSignal[] {
  const found = new Set<EvidenceSignal>();
  for (const rule of input.rules.signals) {
    if (found.has(rule.signal)) continue;
    if (rule.kinds.size > 0 && !rule.kinds.has(input.kind)) continue;
    if (ruleHolds(input.doc, input.matches, rule)) found.add(rule.signal);
  }
  // A document that also says it covers only some units does not cover them all (e.g. a pilot, then expansion).
  if (found.has('cakupan-sebagian')) found.delete('cakupan-seluruh');
  if (input.kind === 'tangkapan-layar' && isLoginOnly(input.pages)) found.add('halaman-login');
  // Another body made it about us (a BSSN audit, a national assessment): an external party's work.
  if (input.issuer.case === 'tentang-kita') found.add('pihak-luar');
  return sortSignals(found);
}

