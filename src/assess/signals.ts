/**
 * Optional evidence signals the classifier attaches, as `signals?: string[]` on a Classification (the whole document).
 * The assessment reads them when present and falls back to phrases otherwise.
 */
import type { Classification } from '../types/classification.ts';

/** The vocabulary the assessment understands (see docs/rules.md, "Sinyal"). */
export const SIGNALS = {
  /** The document covers all units / all required content. */
  cakupanSeluruh: 'cakupan-seluruh',
  /** The document states it covers only some units or part of the content. */
  cakupanSebagian: 'cakupan-sebagian',
  /** A review or evaluation (minutes, report). */
  reviu: 'reviu',
  /** Follow-up of a review: recommendations acted on, policy revised or replaced. */
  tindakLanjut: 'tindak-lanjut',
  /** Integration with the national layer (Arsitektur/Peta Rencana/PDN/JIP/SPLP nasional). */
  integrasiNasional: 'integrasi-nasional',
  /** Service features: upload/download/search. */
  layananInteraksi: 'layanan-interaksi',
  /** Service features: workflow, approval, status, notification, e-signature, payment. */
  layananTransaksi: 'layanan-transaksi',
  /** Service integrated with other services (API, middleware, national systems). */
  layananKolaborasi: 'layanan-kolaborasi',
  /** The screenshot shows only a login page. */
  halamanLogin: 'halaman-login',
  /** Another body made the document about us (an external audit or assessment). */
  pihakLuar: 'pihak-luar',
} as const;

export type Signal = (typeof SIGNALS)[keyof typeof SIGNALS];

/** How reasons name what a signal shows (Indonesian). */
const SIGNAL_LABELS: Record<Signal, string> = {
  'cakupan-seluruh': 'cakupan seluruh unit kerja/perangkat daerah',
  'cakupan-sebagian': 'cakupan sebagian unit kerja/perangkat daerah',
  reviu: 'reviu/evaluasi',
  'tindak-lanjut': 'tindak lanjut hasil reviu',
  'integrasi-nasional': 'integrasi dengan layanan atau sistem nasional',
  'layanan-interaksi': 'fitur interaksi (unggah/unduh dokumen, pencarian)',
  'layanan-transaksi': 'fitur transaksi (persetujuan, status, notifikasi)',
  'layanan-kolaborasi': 'integrasi dengan layanan lain (API, middleware, sistem penghubung layanan)',
  'halaman-login': 'halaman login saja',
  'pihak-luar': 'dokumen yang dibuat pihak lain tentang instansi ini (audit atau penilaian eksternal)',
};

function isSignal(value: string): value is Signal {
  return Object.hasOwn(SIGNAL_LABELS, value);
}

/** The Indonesian label of a signal; an unknown signal is shown as is. */
export function signalLabel(signal: string): string {
  return isSignal(signal) ? SIGNAL_LABELS[signal] : signal;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Signals of the document, without duplicates, sorted. */
export function signalsOf(classification: Classification): string[] {
  const fromDoc = 'signals' in classification ? stringList(classification.signals) : [];
  return [...new Set(fromDoc)].sort();
}
