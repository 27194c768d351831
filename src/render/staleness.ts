/**
 * Whether an output on disk is current: its recorded fingerprint against the plan's, and for a stale one which
 * inputs changed and the first change after it was built (from the audit trail and the config's modification time),
 * in Indonesian ("dibuat sebelum keputusan pemetaan 12 Desember 2026 10.04 oleh Siti Rahma"). Pure.
 */
import type { EventType } from '../types/audit.ts';
import { formatDateTime } from '../shared/format.ts';
import type { OutputRecord } from './output-record.ts';
import { INPUT_LABELS, type InputKey, type PlannedOutput } from './output-plan.ts';

export interface ChangeEvent {
  at: string;
  type: EventType;
  actor: string;
  path: string | null;
}

export interface Changes {
  /** Audit events, any order. */
  events: readonly ChangeEvent[];
  /** Last modification of eviden.config.yaml (ISO), or null. */
  configChangedAt: string | null;
}

export type OutputStatusKind = 'mutakhir' | 'usang' | 'belum-ada' | 'tanpa-sidik';

export interface OutputStatus {
  id: string;
  file: string;
  status: OutputStatusKind;
  /** When the file on disk was written (ISO), or null. */
  builtAt: string | null;
  /** Indonesian: why it is stale, one line per changed input. */
  reasons: string[];
}

const EVENTS: Record<InputKey, readonly EventType[]> = {
  bukti: ['decision', 'classified', 'ingested', 'replaced', 'removed', 'moved'],
  pemetaan: ['decision', 'classified', 'ingested', 'replaced', 'removed', 'moved', 'assessment-edited'],
  penilaian: ['assessment-edited'],
  lampiran: ['decision', 'classified', 'ingested', 'replaced', 'removed', 'moved'],
  konfigurasi: [],
  nomor: [],
  tenggat: [],
  riwayat: ['history-imported'],
  instrumen: [],
  templat: [],
};

/** Inputs that also change when eviden.config.yaml is edited by hand. */
const FROM_CONFIG: ReadonlySet<InputKey> = new Set<InputKey>(['penilaian', 'konfigurasi', 'nomor', 'pemetaan', 'tenggat']);

const EVENT_LABELS: Partial<Record<EventType, string>> = {
  ingested: 'berkas baru diarsipkan',
  replaced: 'isi berkas diganti',
  removed: 'berkas dihapus dari folder',
  moved: 'berkas dipindahkan',
  classified: 'pemetaan otomatis',
  decision: 'keputusan pemetaan',
  'assessment-edited': 'penilaian diubah',
};

function firstChange(key: InputKey, builtAt: string, changes: Changes): string | null {
  const types = EVENTS[key];
  const after = changes.events.filter((e) => types.includes(e.type) && e.at > builtAt).sort((a, b) => a.at.localeCompare(b.at));
  const event = after[0];
  const config = FROM_CONFIG.has(key) && changes.configChangedAt && changes.configChangedAt > builtAt ? changes.configChangedAt : null;
  if (event && (!config || event.at <= config)) {
    const who = event.actor && event.actor !== 'system' ? ` oleh ${event.actor}` : '';
    const what = event.path ? ` (${event.path})` : '';
    return `dibuat sebelum ${EVENT_LABELS[event.type] ?? event.type} ${formatDateTime(event.at)}${who}${what}`;
  }
  if (config) return `dibuat sebelum eviden.config.yaml diubah ${formatDateTime(config)}`;
  return null;
}

export function outputStatus(planned: PlannedOutput, found: { record: OutputRecord; builtAt: string } | null, exists: boolean, changes: Changes): OutputStatus {
  const base = { id: planned.id, file: planned.file, builtAt: found?.builtAt ?? null };
  if (!exists) return { ...base, status: 'belum-ada', reasons: ['belum dibuat'] };
  if (!found) return { ...base, status: 'tanpa-sidik', reasons: ['dibuat oleh versi eviden yang belum mencatat sidik masukan; buat ulang'] };
  if (found.record.fingerprint === planned.fingerprint) return { ...base, status: 'mutakhir', reasons: [] };
  const keys = (Object.keys(planned.inputs) as InputKey[]).filter((k) => found.record.inputs[k] !== planned.inputs[k]);
  // Inputs changed by the same first change are named together: "bukti dukung, susunan lampiran berubah: dibuat sebelum …".
  const byWhen = new Map<string, InputKey[]>();
  for (const k of keys) {
    const when = firstChange(k, found.builtAt, changes) ?? '';
    byWhen.set(when, [...(byWhen.get(when) ?? []), k]);
  }
  const reasons = [...byWhen].map(([when, group]) => {
    const what = group.map((k) => INPUT_LABELS[k]).join(', ');
    return `${what} berubah${when ? `: ${when}` : ' sejak dokumen dibuat'}`;
  });
  return { ...base, status: 'usang', reasons: reasons.length > 0 ? reasons : ['masukannya berubah sejak dokumen dibuat'] };
}
