/**
 * Renders the outputs of the render plan into output/: the lampiran first (those the laporan cites; a part whose
 * recorded fingerprint matches is current and kept), so the laporan's evidence list points at the pages actually
 * stamped, then the laporan, berita acara, pernyataan and gap reports. Every PDF carries its input fingerprint.
 */
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceState } from '../types/state.ts';
import type { Progress } from '../shared/progress.ts';
import { footerTemplate, type PdfBrowser } from './browser.ts';
import { assembleLampiran } from './lampiran/assemble.ts';
import { planInputOf, planLampiran, type LampiranBundle, type LampiranPart, type LampiranPlan } from './lampiran/plan.ts';
import { withDocxAsPdf } from './lampiran/docx-pdf.ts';
import { readLogo } from './logo.ts';
import { PAPERS, type RenderMode } from './model/common.ts';
import { reportOpds } from './model/gap.ts';
import {
  KESENJANGAN_DIR,
  LAMPIRAN_DIR,
  lampiranOutput,
  outputPath,
  planOutputs,
  type FileKind,
  type OutputPlan,
  type OutputScope,
  type Versions,
} from './output-plan.ts';
import { readRecord, recordKeywords, stampRecord } from './output-record.ts';
import { normalizePdfDates } from './pdf-dates.ts';
import { suratNumbers, type SuratNumbers } from './readiness.ts';
import { createTemplateEnv, type TemplateEnv } from './templates.ts';
import { versionsOf } from './versions.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';

export interface RenderedFile {
  kind: FileKind;
  path: string;
  pages: number;
  bytes: number;
  /** The plan id of the output (e.g. `laporan`, `lampiran:I.10#1`). */
  id: string;
  fingerprint: string;
  /** True when the file on disk was already current and was kept. */
  current: boolean;
}

export interface RenderOptions {
  outputDir: string;
  browser: PdfBrowser;
  /** Drafts by default; `final` only after the readiness check (see src/app/report.ts). */
  mode?: RenderMode;
  /** Surat numbers (default: the config's). */
  nomor?: SuratNumbers;
  /** Which outputs of the plan to build (default: all). */
  scope?: OutputScope;
  progress?: Progress;
  env?: TemplateEnv;
  /** Called with the lampiran plan before anything is written and again once the lampiran are built (the final's readiness check); throws to stop. */
  gate?: (plan: LampiranPlan) => void;
}

export interface RenderResult {
  files: RenderedFile[];
  plan: LampiranPlan;
  outputs: OutputPlan;
}

/** Number of documents renderDocuments writes for a scope (for progress bars). */
export function documentCount(state: WorkspaceState, scope: OutputScope = 'semua'): number {
  const parts = scope === 'kesenjangan' ? 0 : planLampiran(planInputOf(state)).bundles.reduce((n, b) => n + b.parts.length, 0);
  const official = scope === 'kesenjangan' ? 0 : 3;
  const gaps = scope === 'resmi' ? 0 : 1 + reportOpds(state).length;
  return parts + official + gaps;
}

/** Removes PDFs in `dir` that this run did not write (e.g. the lampiran of an indicator that lost its evidence). */
function removeUnplanned(dir: string, keep: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.pdf') && !keep.has(file)) rmSync(file, { force: true });
  }
}

/** Final documents are read-only on disk: only an explicit finalisation replaces them. */
function lock(file: string): void {
  chmodSync(file, 0o444);
}

export async function renderDocuments(state: WorkspaceState, opts: RenderOptions): Promise<RenderResult> {
  const { config } = state.workspace;
  const mode = opts.mode ?? 'draf';
  const scope = opts.scope ?? 'semua';
  const nomor = opts.nomor ?? suratNumbers(config);
  const logo = readLogo(state.workspace);
  const env = opts.env ?? createTemplateEnv();
  const versions: Versions = versionsOf(state);
  /** By path: a lampiran restarted after a correction is listed once. */
  const lampiranFiles = new Map<string, RenderedFile>();
  const files: RenderedFile[] = [];
  const written = new Set<string>();
  const paper = PAPERS[config.laporan.kertas];
  const lampiranInput = planInputOf(scope === 'kesenjangan' ? state : await withDocxAsPdf(state, { browser: opts.browser, paper }));

  let plan: LampiranPlan;
  opts.gate?.(planLampiran(lampiranInput));
  if (scope !== 'kesenjangan') {
    const lampiranDir = path.join(opts.outputDir, LAMPIRAN_DIR);
    const partOutput = (bundle: LampiranBundle, part: LampiranPart) => lampiranOutput(state, versions, bundle, part);
    const result = await assembleLampiran(
      lampiranInput,
      { instansi: config.instansi.nama, tahun: config.tahun, program: state.pack.labels.programShort, paper, today: state.today, webLinks: config.laporan.tautanWeb },
      {
        keywords: (bundle, part) => recordKeywords(partOutput(bundle, part), null),
        async current(bundle, part) {
          const planned = partOutput(bundle, part);
          const file = outputPath(opts.outputDir, planned);
          const found = await readRecord(file);
          if (!found || found.record.fingerprint !== planned.fingerprint) return false;
          written.add(file);
          lampiranFiles.set(file, { kind: 'lampiran', path: file, pages: found.pages, bytes: found.bytes, id: planned.id, fingerprint: planned.fingerprint, current: true });
          opts.progress?.tick(part.fileName);
          return true;
        },
        onPart({ bundle, part, bytes, pages }) {
          const planned = partOutput(bundle, part);
          const file = outputPath(opts.outputDir, planned);
          writeFileAtomic(file, bytes);
          written.add(file);
          lampiranFiles.set(file, { kind: 'lampiran', path: file, pages, bytes: bytes.length, id: planned.id, fingerprint: planned.fingerprint, current: false });
          opts.progress?.tick(part.fileName);
        },
      },
    );
    plan = result.plan;
    const keep = new Set(result.plan.bundles.flatMap((b) => b.parts.map((p) => path.join(lampiranDir, p.fileName))));
    files.push(...[...lampiranFiles.values()].filter((f) => keep.has(f.path)));
    removeUnplanned(lampiranDir, keep);
  } else {
    plan = planLampiran(lampiranInput);
  }

  opts.gate?.(plan);
  const outputs = planOutputs(state, { mode, lampiran: plan, logo, nomor, versions, scope });
  for (const output of outputs.outputs) {
    if (output.template === 'lampiran') continue;
    const model = output.model();
    const html = env.render(output.template, model);
    const file = outputPath(opts.outputDir, output);
    const raw = await opts.browser.pdf(html, { paper, name: path.basename(file), footerHtml: footerTemplate(model.frame.footerTitle, model.frame.tteNote) });
    const official = output.kind === 'laporan' || output.kind === 'berita-acara' || output.kind === 'pernyataan';
    const stamped = await stampRecord(normalizePdfDates(raw, state.today), recordKeywords(output, official ? mode : null));
    writeFileAtomic(file, stamped.bytes);
    if (official && mode === 'final') lock(file);
    written.add(file);
    files.push({ kind: output.kind, path: file, pages: stamped.pages, bytes: stamped.bytes.length, id: output.id, fingerprint: output.fingerprint, current: false });
    opts.progress?.tick(path.basename(file));
  }
  if (scope !== 'resmi') removeUnplanned(path.join(opts.outputDir, KESENJANGAN_DIR), written);
  return { files, plan, outputs };
}
