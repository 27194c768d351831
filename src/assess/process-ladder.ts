/**
 * The process capability ladder (indicators with kapabilitas "proses"): draft → set document → full coverage →
 * recent review → follow-up. Levels are cumulative: the first unmet level stops the climb.
 */
import type { Indicator } from '../instrument/types.ts';
import type { EvidenceItem } from './evidence.ts';
import { levelPrefix, namesOf, type LadderContext, type LevelEstimate } from './ladder.ts';
import { POLICY_KINDS, profileOf, type IndicatorProfile } from './profiles.ts';
import { isReview, reviewSupport, splitReviews, type ReviewSplit } from './reviews.ts';
import { SIGNALS } from './signals.ts';
import { compareText, firstPhrase, hasPhrase, joinIndonesian } from './text.ts';
import { dateText, fileName, kindLabel } from './messages.ts';

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

function coverage(formal: readonly EvidenceItem[], profile: IndicatorProfile): Coverage {
  const bySignal = formal.filter(
    (i) => i.signals.includes(SIGNALS.cakupanSeluruh) || i.signals.includes(SIGNALS.muatanLengkap),
  );
  if (bySignal.length > 0) {
    return { full: true, text: `${namesOf(bySignal)} mencakup seluruh unit kerja/perangkat daerah atau seluruh muatan yang disyaratkan` };
  }
  if (profile.checklist !== null) {
    const found = profile.checklist.filter((c) => formal.some((i) => c.phrases.some((p) => hasPhrase(i.haystack, p))));
    const missing = profile.checklist.filter((c) => !found.includes(c));
    if (missing.length === 0) {
      return { full: true, text: `muatan lengkap terlihat pada bukti: ${joinIndonesian(found.map((c) => c.label))}` };
    }
    const seen = found.length > 0 ? ` (yang sudah terlihat: ${joinIndonesian(found.map((c) => c.label))})` : '';
    return { full: false, text: `muatan yang belum terlihat pada bukti: ${joinIndonesian(missing.map((c) => c.label))}${seen}` };
  }
  for (const item of formal) {
    const phrase = firstPhrase(item.haystack, ALL_UNITS);
    if (phrase !== null) return { full: true, text: `"${fileName(item.path)}" menyebut cakupan "${phrase}"` };
  }
  const partial = formal.filter((i) => i.signals.includes(SIGNALS.cakupanSebagian));
  if (partial.length > 0) {
    return { full: false, text: `${namesOf(partial)} hanya mencakup sebagian unit kerja/perangkat daerah atau sebagian muatan` };
  }
  return {
    full: false,
    text: 'belum terlihat bahwa bukti mencakup seluruh unit kerja/perangkat daerah atau seluruh muatan yang disyaratkan',
  };
}

/** Two set versions of the document with the newer one dated on or after a counted review. */
function revisedAfterReview(formal: readonly EvidenceItem[], reviews: readonly EvidenceItem[]): string | null {
  const dated = formal.filter((f) => f.date !== null).sort((a, b) => compareText(a.date ?? '', b.date ?? ''));
  for (const review of reviews) {
    const at = review.date;
    if (at === null) continue;
    const older = dated.find((f) => (f.date ?? '') <= at);
    const newer = [...dated].reverse().find((f) => (f.date ?? '') >= at && f !== older);
    if (older !== undefined && newer !== undefined && (older.date ?? '') < (newer.date ?? '')) {
      return (
        `"${fileName(newer.path)}" (${dateText(newer.date)}) ditetapkan setelah reviu "${fileName(review.path)}" ` +
        `(${dateText(review.date)}) dan memperbarui "${fileName(older.path)}" (${dateText(older.date)})`
      );
    }
  }
  return null;
}

function followUp(items: readonly EvidenceItem[], formal: readonly EvidenceItem[], split: ReviewSplit): string | null {
  const bySignal = items.filter((i) => i.signals.includes(SIGNALS.tindakLanjut));
  if (bySignal.length > 0) return `${namesOf(bySignal)} menunjukkan tindak lanjut hasil reviu`;
  for (const item of items) {
    if (isReview(item)) continue;
    const phrase = firstPhrase(item.haystack, FOLLOW_UP_WORDS);
    if (phrase !== null) return `"${fileName(item.path)}" memuat "${phrase}" (tindak lanjut hasil reviu)`;
  }
  return revisedAfterReview(formal, [...split.fresh, ...split.undated]);
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

  const follow = followUp(items, formal, split);
  if (follow === null) {
    return stop(
      4,
      `${at(5)} belum didukung: belum ada tindak lanjut hasil reviu (rekomendasi tindak lanjut dan kebijakan/dokumen ` +
        'baru atau revisi yang ditetapkan setelah reviu).',
    );
  }
  reasons.push(`${at(5)}: ${follow}.`);
  return estimate(5, reasons);
}
