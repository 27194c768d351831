/**
 * Renders the official documents of a workspace into output/: the lampiran first (when asked), so the report's
 * evidence list points at the pages actually stamped, then the report, berita acara, pernyataan and gap reports.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import type { WorkspaceState } from '../types/state.ts';
import type { Progress } from '../shared/progress.ts';
import { footerTemplate, type PdfBrowser } from './browser.ts';
import { assembleLampiran } from './lampiran/assemble.ts';
import { planInputOf, planLampiran, type LampiranPlan } from './lampiran/plan.ts';
import { withDocxAsPdf } from './lampiran/docx-pdf.ts';
import { readLogo } from './logo.ts';
import { PAPERS, type DocumentFrame } from './model/common.ts';
import { buildGapModel, reportOpds } from './model/gap.ts';
import { buildBeritaAcaraModel, buildPernyataanModel } from './model/official.ts';
import { buildReportModel } from './model/report.ts';
import { normalizePdfDates } from './pdf-dates.ts';
import { createTemplateEnv, type PageName, type TemplateEnv } from './templates.ts';
import { writeFileAtomic } from './write.ts';

export type FileKind = 'laporan' | 'berita-acara' | 'pernyataan' | 'kesenjangan' | 'kesenjangan-opd' | 'lampiran';

export interface RenderedFile {
  kind: FileKind;
  path: string;
  pages: number;
  bytes: number;
}

export interface RenderOptions {
  outputDir: string;
  lampiran: boolean;
  browser: PdfBrowser;
  progress?: Progress;
  env?: TemplateEnv;
  /** Only the gap reports (overall and per OPD): what watch mode keeps current. */
  gapReportsOnly?: boolean;
}

export interface RenderResult {
  files: RenderedFile[];
  plan: LampiranPlan;
}

export const LAMPIRAN_DIR = 'lampiran';
export const KESENJANGAN_DIR = 'kesenjangan';

/** Safe file-name part from an OPD kode (kode is already [A-Za-z0-9_-]). */
function kodeSlug(kode: string): string {
  return kode.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function outputNames(tahun: number) {
  return {
    laporan: `laporan-penilaian-mandiri-${tahun}.pdf`,
    beritaAcara: `berita-acara-penilaian-mandiri-${tahun}.pdf`,
    pernyataan: `pernyataan-persetujuan-publikasi-${tahun}.pdf`,
    kesenjangan: `laporan-kesenjangan-${tahun}.pdf`,
    kesenjanganOpd: (kode: string) => path.join(KESENJANGAN_DIR, `kesenjangan-${kodeSlug(kode)}.pdf`),
  };
}

/** Number of documents renderDocuments writes (for progress bars). */
export function documentCount(state: WorkspaceState, lampiran: boolean): number {
  const parts = lampiran ? planLampiran(planInputOf(state)).bundles.reduce((n, b) => n + b.parts.length, 0) : 0;
  return 4 + reportOpds(state).length + parts;
}

/** Removes PDFs in `dir` that this run did not write (e.g. the lampiran of an indicator that lost its evidence). */
function removeStale(dir: string, keep: Set<string>): void {
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

async function pageCount(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return doc.getPageCount();
}

export async function renderDocuments(state: WorkspaceState, opts: RenderOptions): Promise<RenderResult> {
  const { config } = state.workspace;
  const logo = readLogo(state.workspace);
  const env = opts.env ?? createTemplateEnv();
  const files: RenderedFile[] = [];
  const written = new Set<string>();
  const names = outputNames(config.tahun);
  const paper = PAPERS[config.laporan.kertas];
  const lampiranInput = planInputOf(await withDocxAsPdf(state, opts.browser, paper));

  let plan: LampiranPlan;
  if (opts.lampiran) {
    const lampiranDir = path.join(opts.outputDir, LAMPIRAN_DIR);
    const result = await assembleLampiran(
      lampiranInput,
      { instansi: config.instansi.nama, tahun: config.tahun, program: state.pack.labels.programShort, paper, today: state.today },
      {
        onPart({ part, bytes, pages }) {
          const file = path.join(lampiranDir, part.fileName);
          writeFileAtomic(file, bytes);
          written.add(file);
          files.push({ kind: 'lampiran', path: file, pages, bytes: bytes.length });
          opts.progress?.tick(part.fileName);
        },
      },
    );
    plan = result.plan;
    removeStale(lampiranDir, written);
  } else {
    plan = planLampiran(lampiranInput);
  }

  const print = async (kind: FileKind, page: PageName, model: { frame: DocumentFrame }, rel: string): Promise<void> => {
    const html = env.render(page, model);
    const raw = await opts.browser.pdf(html, { paper, footerHtml: footerTemplate(model.frame.footerTitle, model.frame.tteNote) });
    const bytes = normalizePdfDates(raw, state.today);
    const file = path.join(opts.outputDir, rel);
    writeFileAtomic(file, bytes);
    written.add(file);
    files.push({ kind, path: file, pages: await pageCount(bytes), bytes: bytes.length });
    opts.progress?.tick(path.basename(rel));
  };

  if (!opts.gapReportsOnly) {
    await print('laporan', 'laporan-penilaian', buildReportModel(state, plan, logo), names.laporan);
    await print('berita-acara', 'berita-acara', buildBeritaAcaraModel(state, logo), names.beritaAcara);
    await print('pernyataan', 'pernyataan-publikasi', buildPernyataanModel(state, logo), names.pernyataan);
  }
  await print('kesenjangan', 'laporan-kesenjangan', buildGapModel(state, plan, logo, null), names.kesenjangan);
  for (const opd of reportOpds(state)) {
    await print('kesenjangan-opd', 'laporan-kesenjangan', buildGapModel(state, plan, logo, opd.kode), names.kesenjanganOpd(opd.kode));
  }
  removeStale(path.join(opts.outputDir, KESENJANGAN_DIR), written);
  return { files, plan };
}
