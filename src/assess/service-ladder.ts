/**
 * The service capability ladder (kapabilitas "layanan"): informasi → interaksi → transaksi → kolaborasi → optimum,
 * read from screenshots, manuals and reports (their reasons, file names and signals). A login page supports nothing.
 */
import type { EvidenceItem } from './evidence.ts';
import { levelPrefix, namesOf, type LadderContext, type LevelEstimate } from './ladder.ts';
import { reviewSupport, splitReviews } from './reviews.ts';
import { signalLabel, SIGNALS } from './signals.ts';
import { fileName } from './messages.ts';
import { kindLabel } from '../shared/vocabulary.ts';
import { firstPhrase } from './text.ts';

interface Step {
  level: number;
  words: readonly string[];
  signals: readonly string[];
  /** What the evidence must show, for the "not supported" reason. */
  what: string;
}

const STEPS: readonly Step[] = [
  {
    level: 2,
    words: ['unggah', 'unduh', 'mengunggah', 'mengunduh', 'pengunggahan', 'pengunduhan', 'upload', 'download', 'pencarian', 'cari', 'search'],
    signals: [SIGNALS.layananInteraksi],
    what: 'fitur interaksi (unggah/unduh dokumen, pencarian)',
  },
  {
    level: 3,
    words: [
      'persetujuan',
      'verifikasi',
      'validasi',
      'status',
      'notifikasi',
      'tanda tangan elektronik',
      'tte',
      'approval',
      'alur kerja',
      'workflow',
      'pembayaran',
      'transaksi',
      'disposisi',
    ],
    signals: [SIGNALS.layananTransaksi],
    what: 'fitur transaksi (alur kerja, verifikasi/validasi, persetujuan, status, notifikasi, tanda tangan elektronik)',
  },
  {
    level: 4,
    words: ['integrasi', 'terintegrasi', 'api', 'terhubung', 'interoperabilitas', 'middleware', 'web service', 'sistem penghubung layanan', 'bridging', 'sinkronisasi'],
    signals: [SIGNALS.layananKolaborasi, SIGNALS.integrasiNasional],
    what: 'integrasi dengan layanan lain (API, middleware, terhubung dengan SIASN, SIPD, atau sistem nasional lain)',
  },
];

interface StepMatch {
  item: EvidenceItem;
  /** What the item shows, ready for a reason: a quoted word found, or the label of a signal. */
  sign: string;
}

function matchStep(step: Step, items: readonly EvidenceItem[]): StepMatch | null {
  for (const item of items) {
    const signal = step.signals.find((s) => item.signals.includes(s));
    if (signal !== undefined) return { item, sign: signalLabel(signal) };
    const word = firstPhrase(item.haystack, step.words);
    if (word !== null) return { item, sign: `"${word}"` };
  }
  return null;
}

function shown(match: StepMatch): string {
  return `"${fileName(match.item.path)}" menunjukkan ${match.sign}`;
}

export function serviceLevel(items: readonly EvidenceItem[], ctx: LadderContext): LevelEstimate {
  const usable = items.filter((i) => !i.loginOnly);
  const logins = items.filter((i) => i.loginOnly);
  const split = splitReviews(usable, ctx.cutoff);
  const estimate = (level: number, reasons: string[]): LevelEstimate => ({
    level,
    reasons,
    expiredReviews: split.expired,
    hasCurrentReview: split.fresh.length + split.undated.length > 0,
  });
  const loginNote = `${namesOf(logins)} hanya menampilkan halaman login; halaman login saja tidak mendukung tingkat apa pun.`;
  if (usable.length === 0) {
    return estimate(0, logins.length > 0 ? [loginNote] : ['Belum ada bukti dukung yang diterima untuk indikator ini.']);
  }
  const at = (level: number) => levelPrefix(ctx, level);
  const reasons = [`${at(1)}: ada dokumentasi layanan: ${namesOf(usable, (i) => kindLabel(i.kind))}.`];
  if (logins.length > 0) reasons.push(loginNote);

  for (const [index, step] of STEPS.entries()) {
    const match = matchStep(step, usable);
    if (match === null) {
      reasons.push(`${at(step.level)} belum didukung: belum terlihat ${step.what} pada bukti.`);
      for (const later of STEPS.slice(index + 1)) {
        const early = matchStep(later, usable);
        if (early !== null) {
          reasons.push(`Tanda ${at(later.level).toLowerCase()} sudah ada: ${shown(early)}; tetapi tingkat ${step.level} harus didukung lebih dulu.`);
        }
      }
      return estimate(step.level - 1, reasons);
    }
    reasons.push(`${at(step.level)}: ${shown(match)}.`);
  }

  const review = reviewSupport(split, ctx.reviewYears);
  if (!review.supported) {
    reasons.push(`${at(5)} belum didukung: ${review.text} atas layanan ini.`);
    return estimate(4, reasons);
  }
  reasons.push(`${at(5)}: ${review.text}.`);
  return estimate(5, reasons);
}
