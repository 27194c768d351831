/**
 * `eviden packet`: renders every document, then writes `output/paket-<tahun>/` (documents, lampiran, the evidence
 * files renamed after indicator/OPD/content, manifest.json and manifest.csv) and a zip of it with fixed
 * timestamps, so the same inputs give the same packet bytes.
 */
import { copyFileSync, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import type { WorkspaceState } from '../types/state.ts';
import { UserError } from '../shared/errors.ts';
import type { Progress } from '../shared/progress.ts';
import type { PdfBrowser } from './browser.ts';
import type { RenderMode } from './model/common.ts';
import type { OutputPlan } from './output-plan.ts';
import type { SuratNumbers } from './readiness.ts';
import { compareText } from './compare.ts';
import { renderDocuments, type RenderedFile } from './documents.ts';
import { hashFile } from './hash.ts';
import { locate, type LampiranPlan } from './lampiran/plan.ts';
import { listFiles } from './list-files.ts';
import { MANIFEST_CSV, MANIFEST_JSON, manifestCsv, manifestJson, type Manifest, type ManifestEntry } from './manifest.ts';
import { nameEvidence, type EvidenceItem, type NamedEvidence } from './packet-names.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { checklistOf, itemsBySha } from '../assess/item-checklist.ts';
import { checklistIndicators, checklistSheets } from '../plan/upload-checklist.ts';
import { workbookBytes } from '../shared/xlsx.ts';
import { footerTemplate } from './browser.ts';
import { readLogo } from './logo.ts';
import { PAPERS } from './model/common.ts';
import { buildUploadChecklistModel } from './model/upload-checklist.ts';
import { createTemplateEnv } from './templates.ts';
import { normalizePdfDates } from './pdf-dates.ts';

export const EVIDENCE_DIR = 'bukti-dukung';

/** The upload checklist's file names in the packet (PDF and XLSX). */
export function checklistNames(tahun: number): { pdf: string; xlsx: string } {
  return { pdf: `daftar-periksa-unggah-${tahun}.pdf`, xlsx: `daftar-periksa-unggah-${tahun}.xlsx` };
}

export interface PacketResult {
  dir: string;
  zip: string;
  zipBytes: number;
  rendered: RenderedFile[];
  plan: LampiranPlan;
  outputs: OutputPlan;
  manifest: Manifest;
}

/** `paket-2026` (final) or `paket-2026-draf`. */
export function packetName(tahun: number, mode: RenderMode): string {
  return `paket-${tahun}${mode === 'draf' ? '-draf' : ''}`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * The evidence copies of the packet. Without coded items: one copy of each document, filed under the first indicator
 * citing it (the manifest lists all of them). With coded items: one copy per item a document meets, since the
 * application has one upload slot per item and the assessors judge every slot on its own (a cross-reference would
 * leave the slot empty); a document meeting no item is copied once to the unitemized folder.
 */
export function evidenceItems(state: WorkspaceState): EvidenceItem[] {
  const docs = new Map(state.documents.map((d) => [d.doc.sha256, d]));
  const items: EvidenceItem[] = [];
  const add = (indicator: number, sha256: string, item: string | null, unitemized: boolean): void => {
    const view = docs.get(sha256);
    if (view) items.push({ indicator, item, sha256, path: view.path, opd: view.opd, type: view.doc.type, ...(unitemized ? { unitemized } : {}) });
  };
  const checklist = checklistOf(state);
  const copied = new Set<string>();
  if (checklist !== null) {
    for (const ind of checklist) {
      for (const l of ind.levels) {
        for (const r of l.items) for (const e of r.evidence) copied.add(e.sha256);
        // Above the berjenjang stop the application takes no upload yet: the checklist lists those items only.
        if (!l.locked) for (const r of l.items) for (const e of r.evidence) add(ind.no, e.sha256, r.code, false);
      }
    }
  }
  for (const ind of [...state.assessment.indicators].sort((a, b) => a.id - b.id)) {
    for (const ref of ind.documents) {
      if (copied.has(ref.sha256)) continue;
      copied.add(ref.sha256);
      add(ind.id, ref.sha256, null, checklist !== null);
    }
  }
  return items;
}

function indicatorsBySha(state: WorkspaceState): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const ind of state.assessment.indicators) {
    for (const ref of ind.documents) out.set(ref.sha256, [...(out.get(ref.sha256) ?? []), ind.id]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

async function copyEvidence(state: WorkspaceState, plan: LampiranPlan, dir: string, named: NamedEvidence[]): Promise<ManifestEntry[]> {
  const docs = new Map(state.documents.map((d) => [d.doc.sha256, d]));
  const indicators = indicatorsBySha(state);
  const checklist = checklistOf(state);
  const codes = checklist === null ? new Map<string, string[]>() : itemsBySha(checklist);
  const entries: ManifestEntry[] = [];
  for (const item of named) {
    const view = docs.get(item.sha256);
    if (!view) continue;
    let actual: string;
    try {
      actual = await hashFile(view.archiveFile);
    } catch {
      throw new UserError(`Salinan arsip ${view.archiveFile} (${view.path}) tidak ditemukan. Jalankan "eviden verify" lalu "eviden scan".`);
    }
    if (actual !== item.sha256) {
      throw new UserError(`Salinan arsip ${view.archiveFile} (${view.path}) berubah sejak diarsipkan. Jalankan "eviden verify" untuk rinciannya.`);
    }
    const rel = `${EVIDENCE_DIR}/${item.fileName}`;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(view.archiveFile, path.join(dir, rel));
    const loc = locate(plan, item.indicator, item.sha256);
    entries.push({
      file: rel,
      kind: 'bukti',
      sha256: item.sha256,
      bytes: view.doc.size,
      pages: view.doc.pages > 0 ? view.doc.pages : null,
      originalPath: view.path,
      opd: view.opd,
      indicator: item.indicator,
      indicators: indicators.get(item.sha256) ?? [item.indicator],
      item: item.item,
      items: codes.get(item.sha256) ?? [],
      lampiran: loc?.code ?? null,
      lampiranFile: loc ? `lampiran/${loc.fileName}` : null,
      lampiranPage: loc?.page ?? null,
      sidik: null,
    });
  }
  return entries;
}

async function copyRendered(files: RenderedFile[], outputDir: string, dir: string): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const f of files) {
    const rel = toPosix(path.relative(outputDir, f.path));
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(f.path, target);
    entries.push({
      file: rel, kind: f.kind, sha256: await hashFile(target), bytes: f.bytes, pages: f.pages,
      originalPath: null, opd: null, indicator: null, indicators: [], item: null, items: [], lampiran: null, lampiranFile: null,
      lampiranPage: null, sidik: f.fingerprint,
    });
  }
  return entries;
}

/** Writes the upload checklist (PDF through the browser, XLSX) into `dir`; nothing for an instrument without items. */
async function writeChecklist(state: WorkspaceState, named: NamedEvidence[], dir: string, browser: PdfBrowser): Promise<ManifestEntry[]> {
  const checklist = checklistOf(state);
  if (checklist === null) return [];
  const rows = checklistIndicators(checklist, named);
  const names = checklistNames(state.workspace.config.tahun);
  const model = buildUploadChecklistModel(state, readLogo(state.workspace), rows);
  const html = createTemplateEnv().render('daftar-periksa-unggah', model);
  const pdf = normalizePdfDates(
    await browser.pdf(html, {
      paper: PAPERS[state.workspace.config.laporan.kertas],
      name: names.pdf,
      footerHtml: footerTemplate(model.frame.footerTitle, model.frame.tteNote),
    }),
    state.today,
  );
  const files: Array<[string, Uint8Array]> = [[names.pdf, pdf], [names.xlsx, await workbookBytes(checklistSheets(rows))]];
  const entries: ManifestEntry[] = [];
  for (const [rel, bytes] of files) {
    writeFileAtomic(path.join(dir, rel), bytes);
    entries.push({
      file: rel, kind: 'daftar-periksa', sha256: await hashFile(path.join(dir, rel)), bytes: bytes.length, pages: null,
      originalPath: null, opd: null, indicator: null, indicators: [], item: null, items: [], lampiran: null, lampiranFile: null,
      lampiranPage: null, sidik: null,
    });
  }
  return entries;
}

/** Zips `dir` under the folder name `root` with a fixed timestamp and mode; returns the zip size. */
async function writeZip(dir: string, root: string, zipFile: string, today: string): Promise<number> {
  const [y, m, d] = today.split('-').map(Number);
  const mtime = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
  const zip = new yazl.ZipFile();
  for (const rel of listFiles(dir)) {
    zip.addFile(path.join(dir, rel), `${root}/${rel}`, { mtime, mode: 0o100644, compress: true });
  }
  const tmp = path.join(path.dirname(zipFile), `.${path.basename(zipFile)}.${process.pid}.tmp`);
  let size = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(tmp);
      zip.outputStream.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
      zip.outputStream.on('error', reject);
      zip.end();
    });
    renameSync(tmp, zipFile);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return size;
}

export interface PacketOptions {
  outputDir: string;
  browser: PdfBrowser;
  /** Drafts by default; a final packet holds the final documents and lampiran only (no working gap reports). */
  mode?: RenderMode;
  nomor?: SuratNumbers;
  progress?: Progress;
  /** The readiness gate of a final (see RenderOptions.gate). */
  gate?: (plan: LampiranPlan) => void;
}

export async function buildPacket(state: WorkspaceState, opts: PacketOptions): Promise<PacketResult> {
  const { config } = state.workspace;
  const mode = opts.mode ?? 'draf';
  const name = packetName(config.tahun, mode);
  const finalDir = path.join(opts.outputDir, name);
  const tmpDir = path.join(opts.outputDir, `.${name}.${process.pid}.tmp`);

  const { files, plan, outputs } = await renderDocuments(state, {
    outputDir: opts.outputDir,
    browser: opts.browser,
    mode,
    scope: mode === 'final' ? 'resmi' : 'semua',
    ...(opts.nomor ? { nomor: opts.nomor } : {}),
    ...(opts.progress ? { progress: opts.progress } : {}),
    ...(opts.gate ? { gate: opts.gate } : {}),
  });

  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  try {
    const named = nameEvidence(evidenceItems(state));
    const entries = [
      ...(await copyRendered(files, opts.outputDir, tmpDir)),
      ...(await copyEvidence(state, plan, tmpDir, named)),
      ...(await writeChecklist(state, named, tmpDir, opts.browser)),
    ];
    entries.sort((a, b) => compareText(a.file, b.file));
    const manifest: Manifest = {
      format: 3,
      mode,
      instansi: config.instansi.nama,
      tahun: config.tahun,
      instrumen: state.instrument.id,
      tanggal: state.today,
      files: entries,
    };
    writeFileAtomic(path.join(tmpDir, MANIFEST_JSON), manifestJson(manifest));
    writeFileAtomic(path.join(tmpDir, MANIFEST_CSV), manifestCsv(manifest));
    rmSync(finalDir, { recursive: true, force: true });
    renameSync(tmpDir, finalDir);
    const zip = path.join(opts.outputDir, `${name}.zip`);
    const zipBytes = await writeZip(finalDir, name, zip, state.today);
    return { dir: finalDir, zip, zipBytes, rendered: files, plan, outputs, manifest };
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
