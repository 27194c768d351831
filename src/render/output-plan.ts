/**
 * The render plan: from the workspace state, every output document eviden writes (kind, template, model, file name)
 * with the inputs it depends on and their fingerprints. `report`, `packet`, `watch --pdf`, the dashboard jobs and
 * `verify` all read this one plan, so what is built and what is checked for staleness are the same list. Pure: the
 * versions of the templates and of the instrument pack are computed by the caller.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { WorkspaceState } from '../types/state.ts';
import type { Config } from '../types/config.ts';
import type { LampiranBundle, LampiranPart, LampiranPlan } from './lampiran/plan.ts';
import type { DocumentFrame, RenderMode } from './model/common.ts';
import { buildGapModel, reportOpds } from './model/gap.ts';
import { buildBeritaAcaraModel, buildPernyataanModel } from './model/official.ts';
import { buildReportModel } from './model/report.ts';
import type { SuratNumbers } from './readiness.ts';
import type { PageName } from './templates.ts';

export type FileKind = 'laporan' | 'berita-acara' | 'pernyataan' | 'kesenjangan' | 'kesenjangan-opd' | 'lampiran';

/** What an output depends on; each has its own fingerprint so a stale output can say which input changed. */
export type InputKey = 'bukti' | 'pemetaan' | 'penilaian' | 'konfigurasi' | 'lampiran' | 'instrumen' | 'templat' | 'nomor' | 'tenggat' | 'riwayat';

export const INPUT_LABELS: Record<InputKey, string> = {
  bukti: 'bukti dukung',
  pemetaan: 'pemetaan dan hasil penilaian',
  penilaian: 'penilaian mandiri (tingkat, penjelasan, target)',
  konfigurasi: 'konfigurasi (instansi, kop, penanda tangan, laporan)',
  lampiran: 'susunan lampiran',
  instrumen: 'paket instrumen',
  templat: 'templat dokumen',
  nomor: 'nomor surat',
  tenggat: 'tenggat OPD (nota dinas rencana peningkatan)',
  riwayat: 'hasil evaluasi tahun sebelumnya (eviden riwayat impor)',
};

export type Fingerprints = Partial<Record<InputKey, string>>;

export interface Versions {
  /** Fingerprint of templates/ and the renderer's version. */
  templat: string;
  /** Fingerprint of the instrument pack's files. */
  instrumen: string;
}

interface OutputBase {
  /** Stable id, e.g. `laporan`, `kesenjangan-opd:BAPPEDA`, `lampiran:I.10#1`. */
  id: string;
  kind: FileKind;
  /** Path relative to output/, with "/" separators. */
  file: string;
  inputs: Fingerprints;
  /** One fingerprint over every input. */
  fingerprint: string;
  /** Ids of the outputs this one points to (the laporan cites the lampiran): building it builds them too. */
  dependsOn: string[];
}

export interface HtmlOutput extends OutputBase {
  template: PageName;
  model: () => { frame: DocumentFrame };
}

export interface LampiranOutput extends OutputBase {
  kind: 'lampiran';
  template: 'lampiran';
  bundle: LampiranBundle;
  part: LampiranPart;
}

export type PlannedOutput = HtmlOutput | LampiranOutput;

export interface OutputPlan {
  mode: RenderMode;
  lampiran: LampiranPlan;
  outputs: PlannedOutput[];
}

export type OutputScope = 'semua' | 'resmi' | 'kesenjangan';

export interface PlanOptions {
  mode: RenderMode;
  lampiran: LampiranPlan;
  logo: string | null;
  nomor: SuratNumbers;
  versions: Versions;
  /** `resmi`: laporan, berita acara, pernyataan and lampiran; `kesenjangan`: the gap reports; `semua`: both. */
  scope: OutputScope;
}

export const LAMPIRAN_DIR = 'lampiran';
export const KESENJANGAN_DIR = 'kesenjangan';

function kodeSlug(kode: string): string {
  return kode.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** File names of the documents; drafts carry "-draf" so a draft never replaces a final. */
export function outputNames(tahun: number, mode: RenderMode) {
  const suffix = mode === 'draf' ? '-draf' : '';
  return {
    laporan: `laporan-penilaian-mandiri-${tahun}${suffix}.pdf`,
    beritaAcara: `berita-acara-penilaian-mandiri-${tahun}${suffix}.pdf`,
    pernyataan: `pernyataan-persetujuan-publikasi-${tahun}${suffix}.pdf`,
    kesenjangan: `laporan-kesenjangan-${tahun}.pdf`,
    kesenjanganOpd: (kode: string) => `${KESENJANGAN_DIR}/kesenjangan-${kodeSlug(kode)}.pdf`,
  };
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function combine(inputs: Fingerprints): string {
  const keys = Object.keys(inputs).sort() as InputKey[];
  return hashOf(keys.map((k) => `${k}=${inputs[k]}`));
}

function configPart(config: Config) {
  return { instansi: config.instansi, tahun: config.tahun, penandatangan: config.penandatangan, laporan: config.laporan, opd: config.opd };
}

/** The inputs of the whole assessment, split so a stale output can name what changed. */
function assessmentInputs(state: WorkspaceState): Fingerprints {
  const { config } = state.workspace;
  const { assessment } = state;
  const bukti = assessment.indicators.map((a) => [a.id, a.documents.map((d) => d.sha256)]);
  const { indicators, matrix, findings, indeks, indeksBukti, indeksTarget } = assessment;
  return {
    bukti: hashOf(bukti),
    pemetaan: hashOf({ indicators, matrix, findings, indeks, indeksBukti, indeksTarget, docs: state.documents.map((d) => [d.doc.sha256, d.doc.status, d.path]) }),
    penilaian: hashOf({ penilaian: config.penilaian, target: config.target, penanggungJawab: config.penanggungJawab }),
    konfigurasi: hashOf(configPart(config)),
  };
}

function lampiranPartInputs(state: WorkspaceState, bundle: LampiranBundle, part: LampiranPart): Fingerprints {
  const { config } = state.workspace;
  return {
    bukti: hashOf(part.segments.filter((s) => s.kind === 'document').map((s) => s.doc.sha256)),
    lampiran: hashOf({ code: bundle.code, total: bundle.totalPages, parts: bundle.parts.length, part }),
    konfigurasi: hashOf({ nama: config.instansi.nama, tahun: config.tahun, kertas: config.laporan.kertas }),
  };
}

/** The planned output of one lampiran part (the assembler stamps its record; `documents.ts` checks it). */
export function lampiranOutput(state: WorkspaceState, versions: Versions, bundle: LampiranBundle, part: LampiranPart): LampiranOutput {
  const inputs: Fingerprints = { ...lampiranPartInputs(state, bundle, part), templat: versions.templat, instrumen: versions.instrumen };
  return {
    id: `lampiran:${bundle.code}#${part.index}`, kind: 'lampiran', template: 'lampiran', file: `${LAMPIRAN_DIR}/${part.fileName}`,
    bundle, part, inputs, fingerprint: combine(inputs), dependsOn: [],
  };
}

function lampiranLayout(plan: LampiranPlan): string {
  return hashOf(plan.bundles.map((b) => [b.code, b.totalPages, b.parts.map((p) => [p.fileName, p.segments]), b.excluded]));
}

export function planOutputs(state: WorkspaceState, opts: PlanOptions): OutputPlan {
  const { config } = state.workspace;
  const names = outputNames(config.tahun, opts.mode);
  const versions = { templat: opts.versions.templat, instrumen: opts.versions.instrumen };
  const assessed = assessmentInputs(state);
  const outputs: PlannedOutput[] = [];
  const add = (o: Omit<HtmlOutput, 'fingerprint'>): void => {
    outputs.push({ ...o, fingerprint: combine(o.inputs) });
  };

  if (opts.scope !== 'kesenjangan') {
    const lampiranIds: string[] = [];
    for (const bundle of opts.lampiran.bundles) {
      for (const part of bundle.parts) {
        const output = lampiranOutput(state, versions, bundle, part);
        lampiranIds.push(output.id);
        outputs.push(output);
      }
    }
    const mode = { mode: opts.mode };
    add({
      id: 'laporan', kind: 'laporan', template: 'laporan-penilaian', file: names.laporan,
      model: () => buildReportModel(state, opts.lampiran, opts.logo, opts.mode),
      inputs: { ...assessed, lampiran: lampiranLayout(opts.lampiran), ...versions, nomor: hashOf(mode), riwayat: hashOf(state.previousResults) },
      dependsOn: lampiranIds,
    });
    add({
      id: 'berita-acara', kind: 'berita-acara', template: 'berita-acara', file: names.beritaAcara,
      model: () => buildBeritaAcaraModel(state, opts.logo, { mode: opts.mode, nomor: opts.nomor.beritaAcara }),
      inputs: { ...assessed, ...versions, nomor: hashOf({ ...mode, nomor: opts.nomor.beritaAcara }) },
      dependsOn: [],
    });
    add({
      id: 'pernyataan', kind: 'pernyataan', template: 'pernyataan-publikasi', file: names.pernyataan,
      model: () => buildPernyataanModel(state, opts.logo, { mode: opts.mode, nomor: opts.nomor.pernyataan }),
      inputs: { ...assessed, ...versions, nomor: hashOf({ ...mode, nomor: opts.nomor.pernyataan }) },
      dependsOn: [],
    });
  }
  if (opts.scope !== 'resmi') {
    const gapInputs = { ...assessed, lampiran: lampiranLayout(opts.lampiran), ...versions, tenggat: hashOf(config.tenggat) };
    add({
      id: 'kesenjangan', kind: 'kesenjangan', template: 'laporan-kesenjangan', file: names.kesenjangan,
      model: () => buildGapModel(state, opts.lampiran, opts.logo, null), inputs: gapInputs, dependsOn: [],
    });
    for (const opd of reportOpds(state)) {
      add({
        id: `kesenjangan-opd:${opd.kode}`, kind: 'kesenjangan-opd', template: 'laporan-kesenjangan', file: names.kesenjanganOpd(opd.kode),
        model: () => buildGapModel(state, opts.lampiran, opts.logo, opd.kode), inputs: gapInputs, dependsOn: [],
      });
    }
  }
  return { mode: opts.mode, lampiran: opts.lampiran, outputs };
}

/** The output's file under `outputDir`. */
export function outputPath(outputDir: string, output: Pick<PlannedOutput, 'file'>): string {
  return path.join(outputDir, ...output.file.split('/'));
}
