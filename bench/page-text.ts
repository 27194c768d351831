/**
 * Page texts of benchmark files as the pipeline would read them: `pdftotext`, the `tesseract` CLI for scans and
 * images, mammoth for DOCX; cached by content hash in the temp folder so a re-run does not OCR again. Shared by
 * the mapping benchmark and `npm run fit-combiner`.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';

const run = promisify(execFile);
const OCR_DPI = 250;
const OCR_WORKERS = 2;
const MIN_TEXT_PER_PAGE = 25;
const CACHE = path.join(os.tmpdir(), 'eviden-bench-mapping-text');

export type Page = { no: number; text: string };


/** Runs `tasks` with at most `limit` in flight (tesseract is single-threaded with OMP_THREAD_LIMIT=1). */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task !== undefined) results[i] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function ocrImage(file: string): Promise<string> {
  const { stdout } = await run('tesseract', [file, 'stdout', '-l', 'ind+eng'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

async function pdfText(file: string): Promise<Page[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 128 * 1024 * 1024 });
  const pages = stdout.split('\f').map((text, i) => ({ no: i + 1, text }));
  if (pages.length > 1 && pages[pages.length - 1]?.text.trim() === '') pages.pop();
  return pages;
}

/** Text of every page; pages without a text layer are rasterised and OCR'd. */
async function pdfPages(file: string, tmp: string): Promise<Page[]> {
  const pages = await pdfText(file);
  const tasks = pages.map((page) => async (): Promise<Page> => {
    if (page.text.trim().length >= MIN_TEXT_PER_PAGE) return page;
    const prefix = path.join(tmp, `p${page.no}-${Math.random().toString(36).slice(2)}`);
    await run('pdftoppm', ['-r', String(OCR_DPI), '-gray', '-png', '-f', String(page.no), '-l', String(page.no), '-singlefile', file, prefix]);
    return { no: page.no, text: await ocrImage(`${prefix}.png`) };
  });
  return pool(tasks, OCR_WORKERS);
}

function isPage(value: unknown): value is Page {
  return typeof value === 'object' && value !== null && 'no' in value && 'text' in value && typeof value.no === 'number' && typeof value.text === 'string';
}

/** Pages from the text cache, or null when the entry is unreadable (it is then rebuilt). */
function cachedPages(json: string): Page[] | null {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every(isPage) ? value : null;
  } catch {
    return null;
  }
}

export async function extractPages(file: string, tmp: string): Promise<Page[]> {
  const bytes = readFileSync(file);
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = path.join(CACHE, `${key}.json`);
  const known = existsSync(cached) ? cachedPages(readFileSync(cached, 'utf8')) : null;
  if (known !== null) return known;
  const ext = path.extname(file).toLowerCase();
  let pages: Page[];
  if (ext === '.pdf') pages = await pdfPages(file, tmp);
  else if (ext === '.docx') pages = [{ no: 1, text: (await mammoth.extractRawText({ buffer: bytes })).value }];
  else if (['.png', '.jpg', '.jpeg', '.tif', '.tiff'].includes(ext)) pages = [{ no: 1, text: await ocrImage(file) }];
  else pages = [{ no: 1, text: bytes.toString('utf8') }];
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, JSON.stringify(pages));
  return pages;
}
