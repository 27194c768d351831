/**
 * The process capability ladder (indicators with kapabilitas "proses"): draft → set document → full coverage →
 * recent review → follow-up. Levels are cumulative: the first unmet level stops the climb.
 */
import type { Indicator } from '../types/instrument.ts';
import type { EvidenceItem } from './evidence.ts';
import { levelPrefix, namesOf, type LadderContext, type LevelEstimate } from './ladder.ts';
import { POLICY_KINDS, profileOf, type ChecklistItem, type IndicatorProfile } from './profiles.ts';
import { isReview, reviewSupport, splitReviews } from './reviews.ts';
import { SIGNALS } from './signals.ts';
import { compareText, firstPhrase, hasPhrase, joinIndonesian, listSome } from './text.ts';
import { dateText, fileName } from './messages.ts';
import { kindLabel } from '../shared/vocabulary.ts';

const ALL_UNITS = [
  'seluruh perangkat daerah',
  'semua perangkat daerah',
  'seluruh unit kerja',
  'semua unit kerja',
  'seluruh unit',
  'semua unit',
  'seluruh opd',
  'semua opd',
  'seluruh skpd',
  'semua skpd',
];

const FOLLOW_UP_WORDS = [
  'rekomendasi tindak lanjut',
  'tindak lanjut',
  'tindaklanjut',
  'ditindaklanjuti',
  'penyempurnaan',
  'pemutakhiran',
  'perubahan atas',
];

function isFormal(item: EvidenceItem, profile: IndicatorProfile): boolean {
  if (POLICY_KINDS.includes(item.kind)) return item.enacted;
  return !profile.policyOnly && profile.documentKinds.includes(item.kind);
}

function isDraft(item: EvidenceItem): boolean {
  return (
    item.kind === 'rancangan' ||
    item.kind === 'notulen' ||
    item.kind === 'undangan' ||
    (POLICY_KINDS.includes(item.kind) && !item.enacted)
  );
}

function described(items: readonly EvidenceItem[]): string {
  return namesOf(items, (i) => (i.date === null ? kindLabel(i.kind) : `${kindLabel(i.kind)}, ${dateText(i.date)}`));
}

interface Coverage {
  full: boolean;
  text: string;
}

function withSignal(items: readonly EvidenceItem[], signal: string): EvidenceItem[] {
  return items.filter((i) => i.signals.includes(signal));
}

/** Level 3 of an indicator with a content checklist: all content present, never "all units" alone. */
function checklistCoverage(formal: readonly EvidenceItem[], checklist: readonly ChecklistItem[]): Coverage {
  const found = checklist.filter((c) => formal.some((i) => c.phrases.some((p) => hasPhrase(i.haystack, p))));
  const missing = checklist.filter((c) => !found.includes(c));
  if (missing.length === 0) {
    return { full: true, text: `muatan lengkap terlihat pada bukti: ${joinIndonesian(found.map((c) => c.label))}` };
  }
  const seen = found.length > 0 ? ` (yang sudah terlihat: ${joinIndonesian(found.map((c) => c.label))})` : '';
  const units =
    withSignal(formal, SIGNALS.cakupanSeluruh).length > 0
      ? '; cakupan seluruh unit kerja/perangkat daerah saja belum cukup, tingkat ini meminta muatan yang lengkap'
      : '';
  return { full: false, text: `muatan yang belum terlihat pada bukti: ${joinIndonesian(missing.map((c) => c.label))}${seen}${units}` };
}

/** Level 3 of the other indicators: the set document covers all units. */
function unitCoverage(formal: readonly EvidenceItem[]): Coverage {
  const all = withSignal(formal, SIGNALS.cakupanSeluruh);
  if (all.length > 0) return { full: true, text: `${namesOf(all)} mencakup seluruh unit kerja/perangkat daerah` };
  for (const item of formal) {
    const phrase = firstPhrase(item.haystack, ALL_UNITS);
    if (phrase !== null) return { full: true, text: `"${fileName(item.path)}" menyebut cakupan "${phrase}"` };
  }
  const partial = withSignal(formal, SIGNALS.cakupanSebagian);
  if (partial.length > 0) {
    return { full: false, text: `${namesOf(partial)} hanya mencakup sebagian unit kerja/perangkat daerah` };
  }
  return { full: false, text: 'belum terlihat bahwa bukti mencakup seluruh unit kerja/perangkat daerah' };
}

/**
 * Level 3: the classifier's `muatan-lengkap` (all required content, per indicator) always counts; otherwise an
 * indicator with a content checklist needs every item of it, the others need coverage of all units.
 */
function coverage(formal: readonly EvidenceItem[], profile: IndicatorProfile): Coverage {
  const complete = withSignal(formal, SIGNALS.muatanLengkap);
  if (complete.length > 0) return { full: true, text: `${namesOf(complete)} memuat seluruh muatan yang disyaratkan` };
  return profile.checklist !== null ? checklistCoverage(formal, profile.checklist) : unitCoverage(formal);
}

function dated(item: EvidenceItem): string {
  return `"${fileName(item.path)}" (${dateText(item.date)})`;
}

/** Two set versions of the document with the newer one dated on or after a counted review. */
function revisedAfterReview(formal: readonly EvidenceItem[], reviews: readonly EvidenceItem[]): string | null {
  const byDate = formal.filter((f) => f.date !== null).sort((a, b) => compareText(a.date ?? '', b.date ?? ''));
  for (const review of reviews) {
    const at = review.date;
    if (at === null) continue;
    const older = byDate.find((f) => (f.date ?? '') <= at);
    const newer = [...byDate].reverse().find((f) => (f.date ?? '') >= at && f !== older);
    if (older !== undefined && newer !== undefined && (older.date ?? '') < (newer.date ?? '')) {
      return `${dated(newer)} ditetapkan setelah reviu ${dated(review)} dan memperbarui ${dated(older)}`;
    }
  }
  return null;
}

/** A document that speaks of following a review up, and how it does. */
interface FollowUpSign {
  item: EvidenceItem;
  /** Read before the review's name: "menunjukkan tindak lanjut hasil reviu" or `memuat "…" sebagai tindak lanjut hasil reviu`. */
  shows: string;
}

/** Documents other than reviews that carry the follow-up signal or name a follow-up (file name, matched phrases). */
function followUpSigns(items: readonly EvidenceItem[]): FollowUpSign[] {
  const signs: FollowUpSign[] = [];
  for (const item of items) {
    if (isReview(item)) continue;
    if (item.signals.includes(SIGNALS.tindakLanjut)) {
      signs.push({ item, shows: 'menunjukkan tindak lanjut hasil reviu' });
      continue;
    }
    const phrase = firstPhrase(item.haystack, FOLLOW_UP_WORDS);
    if (phrase !== null) signs.push({ item, shows: `memuat "${phrase}" sebagai tindak lanjut hasil reviu` });
  }
  return signs;
}

interface FollowUp {
  /** The reason text after the "Tingkat 5" prefix, or null when no follow-up counts. */
  found: string | null;
  /** Why follow-up signs did not count (sentences), when none did. */
  notes: string[];
}

/** The newest counted review dated on or before `date`. */
function reviewBefore(date: string, reviews: readonly EvidenceItem[]): EvidenceItem | undefined {
  return reviews.filter((r) => r.date !== null && r.date <= date).sort((a, b) => compareText(b.date ?? '', a.date ?? ''))[0];
}

/** Why the follow-up signs found do not count: dated before the reviews, or a date missing. */
function followUpNotes(signs: readonly FollowUpSign[], counted: readonly EvidenceItem[]): string[] {
  const datedReviews = counted.filter((r) => r.date !== null);
  const early = signs.filter((s) => s.item.date !== null && datedReviews.length > 0).map((s) => s.item);
  const undated = signs.filter((s) => s.item.date === null).map((s) => s.item);
  const notes: string[] = [];
  if (early.length > 0) {
    notes.push(`${listSome(early.map(dated))} bertanggal sebelum reviu ${listSome(datedReviews.map(dated))}, jadi bukan tindak lanjut reviu tersebut.`);
  }
  if (undated.length > 0) {
    notes.push(`${namesOf(undated)} tanpa tanggal yang terbaca, sehingga belum terlihat dibuat setelah reviu; periksa tanggalnya.`);
  }
  if (datedReviews.length === 0 && signs.some((s) => s.item.date !== null)) {
    notes.push(`Reviu ${namesOf(counted)} tanpa tanggal yang terbaca, sehingga belum terlihat bahwa tindak lanjutnya dibuat sesudahnya.`);
  }
  return notes;
}

/**
 * Level 5: a counted review that carries the follow-up itself, a follow-up document dated on or after a counted
 * review, or a set document revised after one. A document dated before every counted review is not their follow-up.
 */
function followUp(items: readonly EvidenceItem[], formal: readonly EvidenceItem[], counted: readonly EvidenceItem[]): FollowUp {
  const selfFollowed = withSignal(counted, SIGNALS.tindakLanjut);
  if (selfFollowed.length > 0) {
    return { found: `${namesOf(selfFollowed)} memuat rekomendasi atau tindak lanjut hasil reviu itu sendiri`, notes: [] };
  }
  const signs = followUpSigns(items);
  for (const sign of signs) {
    const review = sign.item.date === null ? undefined : reviewBefore(sign.item.date, counted);
    if (review !== undefined) return { found: `${dated(sign.item)} ${sign.shows} ${dated(review)}`, notes: [] };
  }
  const revised = revisedAfterReview(formal, counted);
  if (revised !== null) return { found: revised, notes: [] };
  return { found: null, notes: signs.length > 0 ? followUpNotes(signs, counted) : [] };
}

export function processLevel(indicator: Indicator, items: readonly EvidenceItem[], ctx: LadderContext): LevelEstimate {
  const split = splitReviews(items, ctx.cutoff);
  const estimate = (level: number, reasons: string[]): LevelEstimate => ({
    level,
    reasons,
    expiredReviews: split.expired,
    hasCurrentReview: split.fresh.length + split.undated.length > 0,
  });
  if (items.length === 0) return estimate(0, ['Belum ada bukti dukung yang diterima untuk indikator ini.']);
  const at = (level: number) => levelPrefix(ctx, level);
  const profile = profileOf(ctx.instrumentId, indicator.no);
  const reviews = new Set([...split.fresh, ...split.undated, ...split.expired]);
  const formal = items.filter((i) => !reviews.has(i) && isFormal(i, profile));
  const drafts = items.filter((i) => !reviews.has(i) && !formal.includes(i) && isDraft(i));
  const reasons: string[] = [];
  const stop = (level: number, reason: string): LevelEstimate => {
    reasons.push(reason);
    if (level < 4 && (split.fresh.length > 0 || split.undated.length > 0)) {
      const counted = [...split.fresh, ...split.undated];
      reasons.push(`Reviu/evaluasi ${namesOf(counted)} sudah ada, tetapi baru dihitung untuk tingkat 4 setelah tingkat ${level + 1} terpenuhi.`);
    }
    return estimate(level, reasons);
  };

  reasons.push(
    drafts.length > 0
      ? `${at(1)}: ada rancangan atau catatan penyusunan: ${described(drafts)}.`
      : `${at(1)}: ada bukti terkait indikator ini: ${described(formal.length > 0 ? formal : items)}.`,
  );

  if (formal.length === 0) {
    const unsigned = items.filter((i) => POLICY_KINDS.includes(i.kind) && !i.enacted);
    const wanted = profile.policyOnly
      ? 'peraturan, keputusan, atau surat edaran yang sudah ditetapkan'
      : 'dokumen yang ditetapkan atau terdokumentasi secara formal';
    const note = unsigned.length > 0 ? ` (${namesOf(unsigned)} belum terlihat ditetapkan/ditandatangani)` : '';
    return stop(1, `${at(2)} belum didukung: belum ada ${wanted}${note}.`);
  }
  reasons.push(`${at(2)}: ${described(formal)}.`);

  const cover = coverage(formal, profile);
  if (!cover.full) return stop(2, `${at(3)} belum didukung: ${cover.text}.`);
  reasons.push(`${at(3)}: ${cover.text}.`);

  const review = reviewSupport(split, ctx.reviewYears);
  if (!review.supported) return stop(3, `${at(4)} belum didukung: ${review.text}.`);
  reasons.push(`${at(4)}: ${review.text}.`);
  const national = items.some((i) => i.signals.includes(SIGNALS.integrasiNasional) || hasPhrase(i.haystack, 'nasional'));
  if (!national && /nasional/i.test(indicator.kriteria['4'] ?? '')) {
    reasons.push('Catatan: kriteria tingkat 4 juga meminta keselarasan/integrasi dengan tingkat nasional; pastikan buktinya ikut dilampirkan.');
  }

  const follow = followUp(items, formal, [...split.fresh, ...split.undated]);
  if (follow.found === null) {
    const notes = follow.notes.length > 0 ? ` ${follow.notes.join(' ')}` : '';
    return stop(
      4,
      `${at(5)} belum didukung: belum ada tindak lanjut hasil reviu (rekomendasi tindak lanjut dan kebijakan/dokumen ` +
        `baru atau revisi yang ditetapkan setelah reviu).${notes}`,
    );
  }
  reasons.push(`${at(5)}: ${follow.found}.`);
  return estimate(5, reasons);
}
