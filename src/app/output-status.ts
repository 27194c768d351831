/**
 * Which outputs in output/ (drafts, finals, lampiran, gap reports, the packets) are out of date and why, from the
 * render plan, the fingerprint each PDF records and the audit trail: what `eviden verify` and the dashboard show.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AuditEvent } from '../types/audit.ts';
import type { WorkspaceState } from '../types/state.ts';
import { withDocxAsPdf } from '../render/lampiran/docx-pdf.ts';
import { planInputOf, planLampiran } from '../render/lampiran/plan.ts';
import { readLogo } from '../render/logo.ts';
import { MANIFEST_JSON, manifestSchema } from '../render/manifest.ts';
import type { RenderMode } from '../render/model/common.ts';
import { outputPath, planOutputs, type OutputPlan, type PlannedOutput } from '../render/output-plan.ts';
import { readRecord } from '../render/output-record.ts';
import { packetName } from '../render/packet.ts';
import { suratNumbers, type SuratNumbers } from '../render/readiness.ts';
import { outputStatus, type Changes, type OutputStatus } from '../render/staleness.ts';
import { versionsOf } from '../render/versions.ts';

export interface OutputsReport {
  /** Outputs that exist and are not current (stale, or without a fingerprint). */
  stale: OutputStatus[];
  /** Outputs that exist and are current. */
  current: OutputStatus[];
  /** Packet documents older than the current plan, per packet folder. */
  packets: Array<{ dir: string; stale: Array<{ file: string; reason: string }> }>;
  /** The plans checked against (the final one also serves the readiness check). */
  plans: Record<RenderMode, OutputPlan>;
}

/** Surat numbers of the last finalisation (they may have been entered then instead of in the config). */
function finalNumbers(state: WorkspaceState, events: readonly AuditEvent[]): SuratNumbers {
  const last = [...events].filter((e) => e.type === 'finalized').sort((a, b) => b.at.localeCompare(a.at))[0];
  const nomor = last?.detail.nomor as Partial<SuratNumbers> | undefined;
  return suratNumbers(state.workspace.config, nomor ?? {});
}

function mtimeIso(file: string): string | null {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return null;
  }
}

async function statusOf(outputDir: string, planned: PlannedOutput, changes: Changes): Promise<OutputStatus> {
  const file = outputPath(outputDir, planned);
  const exists = existsSync(file);
  const found = exists ? await readRecord(file) : null;
  const builtAt = mtimeIso(file) ?? '';
  return outputStatus(planned, found ? { record: found.record, builtAt } : null, exists, changes);
}

export async function plansOf(state: WorkspaceState, events: readonly AuditEvent[]): Promise<Record<RenderMode, OutputPlan>> {
  const lampiran = planLampiran(planInputOf(await withDocxAsPdf(state, null)));
  const logo = readLogo(state.workspace);
  const versions = versionsOf(state);
  return {
    draf: planOutputs(state, { mode: 'draf', lampiran, logo, nomor: suratNumbers(state.workspace.config), versions, scope: 'semua' }),
    final: planOutputs(state, { mode: 'final', lampiran, logo, nomor: finalNumbers(state, events), versions, scope: 'resmi' }),
  };
}

export async function checkOutputs(state: WorkspaceState, events: readonly AuditEvent[]): Promise<OutputsReport> {
  const outputDir = state.workspace.paths.output;
  const changes: Changes = { events, configChangedAt: mtimeIso(state.workspace.paths.config) };
  const plans = await plansOf(state, events);
  const byFile = new Map<string, OutputStatus>();
  const all: Array<{ planned: PlannedOutput; status: OutputStatus }> = [];
  for (const plan of [plans.draf, plans.final]) {
    for (const planned of plan.outputs) {
      const known = byFile.get(planned.file);
      const status = known ?? (await statusOf(outputDir, planned, changes));
      byFile.set(planned.file, status);
      if (!known) all.push({ planned, status });
    }
  }
  // A current laporan that cites a lampiran missing or out of date is not current either: rebuild them together.
  const plannedById = new Map([...plans.draf.outputs, ...plans.final.outputs].map((o) => [o.id, o]));
  for (const { planned, status } of all) {
    if (status.status !== 'mutakhir') continue;
    const broken = planned.dependsOn
      .map((id) => plannedById.get(id))
      .filter((dep): dep is PlannedOutput => dep !== undefined && byFile.get(dep.file)?.status !== 'mutakhir')
      .map((dep) => dep.file);
    if (broken.length > 0) {
      status.status = 'usang';
      status.reasons = [`merujuk lampiran yang hilang atau usang: ${broken.join(', ')}`];
    }
  }
  const stale = all.map((a) => a.status).filter((s) => s.status === 'usang' || s.status === 'tanpa-sidik');
  const current = all.map((a) => a.status).filter((s) => s.status === 'mutakhir');
  const packets: OutputsReport['packets'] = [];
  for (const mode of ['final', 'draf'] as const) {
    const dir = path.join(outputDir, packetName(state.workspace.config.tahun, mode));
    const checked = packetStaleness(dir, plans[mode]);
    if (checked) packets.push({ dir, stale: checked });
  }
  return { stale, current, packets, plans };
}

/** Documents in a packet whose recorded fingerprint differs from the plan; null when the folder has no readable manifest. */
export function packetStaleness(dir: string, plan: OutputPlan): Array<{ file: string; reason: string }> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, MANIFEST_JSON), 'utf8'));
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return null;
  const byFile = new Map(plan.outputs.map((o) => [o.file, o]));
  const stale: Array<{ file: string; reason: string }> = [];
  for (const entry of parsed.data.files) {
    // Evidence and the upload checklist carry no fingerprint of their own (see ManifestEntry.sidik).
    if (entry.sidik === null) continue;
    const planned = byFile.get(entry.file);
    if (!planned) {
      stale.push({ file: entry.file, reason: 'tidak lagi termasuk dokumen yang disusun dari keadaan terkini' });
    } else if (entry.sidik !== planned.fingerprint) {
      stale.push({ file: entry.file, reason: 'isinya sudah usang dibanding keadaan terkini' });
    }
  }
  for (const planned of plan.outputs) {
    if (!parsed.data.files.some((e) => e.file === planned.file)) {
      stale.push({ file: planned.file, reason: 'belum ada di paket' });
    }
  }
  return stale;
}
