/**
 * The input fingerprint each output carries in its PDF metadata (/Keywords: `eviden keluaran=<id> mode=<m>
 * sidik=<fp> bukti=<fp> …`), so `verify` and the dashboard can tell from the file alone whether it is current.
 */
import { readFile } from 'node:fs/promises';
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import type { RenderMode } from './model/common.ts';
import type { Fingerprints, InputKey, PlannedOutput } from './output-plan.ts';

export interface OutputRecord {
  id: string;
  mode: RenderMode | null;
  fingerprint: string;
  inputs: Fingerprints;
}

const MARK = 'eviden';
const INPUT_KEYS: readonly InputKey[] = ['bukti', 'pemetaan', 'penilaian', 'konfigurasi', 'lampiran', 'instrumen', 'templat', 'nomor'];

export function recordKeywords(output: Pick<PlannedOutput, 'id' | 'fingerprint' | 'inputs'>, mode: RenderMode | null): string[] {
  const inputs = INPUT_KEYS.filter((k) => output.inputs[k] !== undefined).map((k) => `${k}=${output.inputs[k]}`);
  return [MARK, `keluaran=${output.id}`, ...(mode ? [`mode=${mode}`] : []), `sidik=${output.fingerprint}`, ...inputs];
}

export function parseKeywords(text: string): OutputRecord | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words[0] !== MARK) return null;
  const pairs = new Map(words.slice(1).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  const id = pairs.get('keluaran');
  const fingerprint = pairs.get('sidik');
  if (!id || !fingerprint) return null;
  const mode = pairs.get('mode');
  const inputs: Fingerprints = {};
  for (const k of INPUT_KEYS) {
    const v = pairs.get(k);
    if (v) inputs[k] = v;
  }
  return { id, mode: mode === 'draf' || mode === 'final' ? mode : null, fingerprint, inputs };
}

/** Writes the record into a rendered PDF; returns the new bytes and the page count. */
export async function stampRecord(bytes: Uint8Array, keywords: string[]): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setKeywords(keywords);
  const out = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes: out, pages: doc.getPageCount() };
}

export interface FoundRecord {
  record: OutputRecord;
  pages: number;
  bytes: number;
}

/** The record of a PDF on disk, or null when the file is absent, unreadable or has none. */
export async function readRecord(file: string): Promise<FoundRecord | null> {
  try {
    const bytes = await readFile(file);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest });
    const record = parseKeywords(doc.getKeywords() ?? '');
    return record ? { record, pages: doc.getPageCount(), bytes: bytes.length } : null;
  } catch {
    return null;
  }
}
