/**
 * Builds lampiran PDFs from a plan with pdf-lib, one part at a time; the part's PDF sources are merged by qpdf in
 * runs (each released after its pages are copied), so memory stays bounded by the part being built.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Paper } from '../model/common.ts';
import { embedFonts } from './fonts.ts';
import { writeOutline, type OutlineItem } from './outline.ts';
import { addImagePage, drawSeparatorPage, drawTocPage, stampPage, type DrawContext } from './pages.ts';
import { planLampiran, type Correction, type LampiranBundle, type LampiranPart, type LampiranPlan, type PlanInput } from './plan.ts';
import { SourceError, embedImage, loadMergedViaQpdf, loadSourceImages, loadSourcePdf } from './sources.ts';
import { stripActiveContent } from './sanitize.ts';
import { installFastStreamCopy } from './stream-copy.ts';
import { errorMessage } from '../../shared/errors.ts';

const MM = 72 / 25.4;

export interface AssembleContext {
  /** "Pemerintah Kabupaten Sukamaju" */
  instansi: string;
  tahun: number;
  /** The programme's short name from the instrument pack, e.g. "SPBE". */
  program: string;
  paper: Paper;
  /** ISO date written as the PDF's creation date (fixed, so the same inputs give the same bytes). */
  today: string;
  /** Keep links to web addresses found in the source PDFs (`laporan.tautanWeb`); every other active content is stripped. */
  webLinks?: boolean;
}

export interface PartOutput {
  bundle: LampiranBundle;
  part: LampiranPart;
  bytes: Uint8Array;
  pages: number;
}

interface PartAttempt {
  bytes: Uint8Array | null;
  pages: number;
  corrections: Map<string, Correction>;
}

type DocumentSegment = Extract<LampiranPart['segments'][number], { kind: 'document' }>;

/** A run of the part's PDF sources merged by qpdf, with the first page index of each of its document segments. */
interface Batch {
  doc: PDFDocument;
  start: Map<DocumentSegment, number>;
}

/** Pages per qpdf merge: qpdf merges the next run (in its own process) while this thread copies the previous one. */
const PAGES_PER_RUN = 250;

/** Merges one run with qpdf when its page count matches the plan; else null (its sources are read one by one). */
async function loadBatch(run: DocumentSegment[]): Promise<Batch | null> {
  const doc = await loadMergedViaQpdf(run.map((s) => s.doc.archiveFile));
  if (!doc) return null;
  const start = new Map<DocumentSegment, number>();
  let next = 0;
  for (const seg of run) {
    start.set(seg, next);
    next += seg.pages;
  }
  return doc.getPageCount() === next ? { doc, start } : null;
}

/**
 * The part's PDF sources in runs of about PAGES_PER_RUN pages, each merged by qpdf when first needed, with the run
 * after it merged meanwhile; a run is let go once the next one is asked for, so memory holds about two runs.
 */
class Batches {
  private readonly runs: DocumentSegment[][] = [];
  private readonly runOf = new Map<DocumentSegment, number>();
  private readonly loading = new Map<number, Promise<Batch | null>>();

  constructor(part: LampiranPart) {
    let pages = PAGES_PER_RUN;
    for (const seg of part.segments) {
      if (seg.kind !== 'document' || seg.doc.type !== 'pdf') continue;
      if (pages >= PAGES_PER_RUN) {
        this.runs.push([]);
        pages = 0;
      }
      this.runs.at(-1)?.push(seg);
      this.runOf.set(seg, this.runs.length - 1);
      pages += seg.pages;
    }
  }

  /** Starts merging the first runs ahead of the first document. */
  start(): void {
    this.load(0);
    this.load(1);
  }

  /** The merged run holding `seg`, or null when it has none (not a PDF, or qpdf could not merge its run). */
  async of(seg: DocumentSegment): Promise<Batch | null> {
    const index = this.runOf.get(seg);
    if (index === undefined) return null;
    for (const done of this.loading.keys()) if (done < index) this.loading.delete(done);
    const batch = this.load(index);
    this.load(index + 1);
    return batch;
  }

  private load(index: number): Promise<Batch | null> {
    const run = this.runs[index];
    if (run === undefined) return Promise.resolve(null);
    let batch = this.loading.get(index);
    if (batch === undefined) {
      // A run merged ahead may never be asked for (the part stopped early): a failure only means "read one by one".
      batch = loadBatch(run).catch(() => null);
      this.loading.set(index, batch);
    }
    return batch;
  }
}

/** Copies one source document's pages into `out`; returns how many pages it added. */
async function appendSource(out: PDFDocument, seg: DocumentSegment, draw: DrawContext, batches: Batches): Promise<number> {
  const { doc } = seg;
  const batch = await batches.of(seg);
  const first = batch?.start.get(seg);
  if (batch && first !== undefined) {
    const copied = await out.copyPages(batch.doc, Array.from({ length: seg.pages }, (_, i) => first + i));
    for (const page of copied) out.addPage(page);
    return copied.length;
  }
  if (doc.type === 'pdf') {
    const src = await loadSourcePdf(doc.archiveFile);
    const copied = await out.copyPages(src, src.getPageIndices());
    for (const page of copied) out.addPage(page);
    return copied.length;
  }
  const images = await loadSourceImages(doc.archiveFile, doc.type);
  for (const image of images) addImagePage(out, await embedImage(out, image), draw);
  return images.length;
}

function outlineTitle(title: string, opd: string | null): string {
  return opd ? `${title} (${opd})` : title;
}

async function assemblePart(bundle: LampiranBundle, part: LampiranPart, ctx: AssembleContext, keywords: string[]): Promise<PartAttempt> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(out);
  const draw: DrawContext = {
    fonts,
    width: ctx.paper.widthMm * MM,
    height: ctx.paper.heightMm * MM,
    instansi: ctx.instansi,
    program: ctx.program,
    tahun: ctx.tahun,
    multipart: bundle.parts.length > 1,
  };
  const corrections = new Map<string, Correction>();
  const outline: OutlineItem[] = [];
  const batches = new Batches(part);
  batches.start();

  for (const seg of part.segments) {
    if (seg.kind === 'toc') {
      outline.push({ title: 'Daftar Isi', pageIndex: out.getPageCount(), children: [] });
      seg.rows.forEach((rows, i) => drawTocPage(out.addPage([draw.width, draw.height]), rows, i, bundle, draw));
    } else if (seg.kind === 'separator') {
      const title = `Lampiran ${seg.code}${seg.continued ? ' (lanjutan)' : ''} — ${seg.judul}`;
      outline.push({ title, pageIndex: out.getPageCount(), children: [] });
      for (let i = 0; i < seg.pages; i++) drawSeparatorPage(out.addPage([draw.width, draw.height]), seg, i, draw);
    } else {
      const start = out.getPageCount();
      try {
        const added = await appendSource(out, seg, draw, batches);
        if (added !== seg.pages) corrections.set(seg.doc.sha256, { pages: added });
        outline.at(-1)?.children.push({ title: outlineTitle(seg.doc.title, seg.doc.opd), pageIndex: start, children: [] });
      } catch (err) {
        const reason =
          err instanceof SourceError
            ? err.message
            : `halaman berkas tidak dapat disalin (${errorMessage(err).slice(0, 80)}); minta OPD mengirim ulang sebagai PDF`;
        corrections.set(seg.doc.sha256, { error: reason });
        while (out.getPageCount() > start) out.removePage(out.getPageCount() - 1);
      }
    }
  }
  if (corrections.size > 0) return { bytes: null, pages: out.getPageCount(), corrections };
  stripActiveContent(out, { webLinks: ctx.webLinks ?? false });

  const pages = out.getPages();
  pages.forEach((page, i) => {
    stampPage(page, `Lampiran ${bundle.code} – hal. ${part.firstPage + i} dari ${bundle.totalPages}`, fonts);
  });
  writeOutline(out, outline);
  const date = new Date(`${ctx.today}T00:00:00Z`);
  const partNote = bundle.parts.length > 1 ? ` (bagian ${part.index} dari ${bundle.parts.length})` : '';
  out.setTitle(`${bundle.label}${partNote} — ${bundle.judul}`);
  out.setSubject(`Lampiran Laporan Penilaian Mandiri ${ctx.program} ${ctx.instansi} Tahun ${ctx.tahun}`);
  out.setAuthor(ctx.instansi);
  out.setCreator('eviden');
  out.setProducer('eviden');
  out.setLanguage('id-ID');
  if (keywords.length > 0) out.setKeywords(keywords);
  out.setCreationDate(date);
  out.setModificationDate(date);
  // objectsPerTick: Infinity: no ≥ 1 ms timer every 50 objects while writing.
  const bytes = await out.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pages: pages.length, corrections };
}

export interface AssembleHooks {
  /** Called with each finished part, in plan order (write it out, then let it go). */
  onPart(output: PartOutput): Promise<void> | void;
  /** The part's record for its metadata (/Keywords). */
  keywords?(bundle: LampiranBundle, part: LampiranPart): string[];
  /** True when the part on disk is already current: it is then not built again. */
  current?(bundle: LampiranBundle, part: LampiranPart): Promise<boolean>;
  /** Called before each part is built. */
  onStart?(bundle: LampiranBundle, part: LampiranPart): void;
}

export interface AssembleResult {
  plan: LampiranPlan;
  /** Documents the first plan had wrong (page count or unreadable), by sha256. */
  corrections: Map<string, Correction>;
}

/**
 * Assembles every part of the plan. When a source turns out different from what the store recorded (another page
 * count, or unreadable), the plan is redone with that knowledge and assembly restarts, so stamps and the report's
 * page references always match the files written.
 */
export async function assembleLampiran(input: PlanInput, ctx: AssembleContext, hooks: AssembleHooks): Promise<AssembleResult> {
  installFastStreamCopy();
  const corrections = new Map<string, Correction>(input.corrections ?? []);
  for (;;) {
    const plan = planLampiran({ ...input, corrections });
    let restart = false;
    for (const bundle of plan.bundles) {
      for (const part of bundle.parts) {
        if (await hooks.current?.(bundle, part)) continue;
        hooks.onStart?.(bundle, part);
        let attempt: PartAttempt;
        try {
          attempt = await assemblePart(bundle, part, ctx, hooks.keywords?.(bundle, part) ?? []);
        } catch (err) {
          throw new Error(`Gagal menyusun ${bundle.label} bagian ${part.index}: ${errorMessage(err)}`, { cause: err });
        }
        if (attempt.bytes === null) {
          let changed = false;
          for (const [sha, c] of attempt.corrections) {
            if (JSON.stringify(corrections.get(sha)) !== JSON.stringify(c)) changed = true;
            corrections.set(sha, c);
          }
          if (!changed) throw new Error(`Rencana ${bundle.label} tidak konsisten dengan berkasnya.`);
          restart = true;
          break;
        }
        await hooks.onPart({ bundle, part, bytes: attempt.bytes, pages: attempt.pages });
      }
      if (restart) break;
    }
    if (!restart) return { plan, corrections };
  }
}
