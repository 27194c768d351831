/**
 * Progress of text extraction during a scan, by pages rather than files (one 46-page scan takes longer than twenty
 * small PDFs): pages and OCR pages read so far, the reading rate and an estimate of the time left. A bar on a
 * terminal, plain lines otherwise (one per finished file, and one now and then during a long file). Never on stdout.
 */
import cliProgress from 'cli-progress';
import { formatDecimal, formatInteger } from './format.ts';
import { log } from './output.ts';
import { consoleSafe } from './text-safety.ts';

/** What the extraction of one file reports as it goes. */
export interface PageEvents {
  /** The document has this many pages to read. */
  opened(pages: number): void;
  /** One page was read; `ocr` when its text came from OCR. */
  page(ocr: boolean): void;
}

export interface ScanProgress {
  /** The events of the file named `label` (several files may be read at once). */
  file(label: string): PageEvents;
  /** The file is done (read, or failed). */
  done(label: string): void;
  stop(): void;
}

export interface ScanCounts {
  files: number;
  filesDone: number;
  /** Pages of the files opened so far. */
  pagesKnown: number;
  /** Files opened so far (their page count is known). */
  filesOpened: number;
  pages: number;
  ocrPages: number;
  seconds: number;
}

/** "45 dtk", "3 mnt 20 dtk", "1 jam 5 mnt". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} dtk`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return s % 60 === 0 ? `${minutes} mnt` : `${minutes} mnt ${s % 60} dtk`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} jam` : `${hours} jam ${minutes % 60} mnt`;
}

/** Pages read per second so far, or null while there is too little to tell. */
export function pageRate(c: ScanCounts): number | null {
  return c.pages >= 3 && c.seconds >= 1 ? c.pages / c.seconds : null;
}

/**
 * Seconds still needed: the pages left in opened files plus, for files not opened yet, the average pages of the
 * opened ones, at the rate so far. Null while the rate is unknown.
 */
export function secondsLeft(c: ScanCounts): number | null {
  const rate = pageRate(c);
  if (rate === null || c.filesOpened === 0) return null;
  const perFile = c.pagesKnown / c.filesOpened;
  const left = Math.max(0, c.pagesKnown - c.pages) + Math.max(0, c.files - c.filesOpened) * perFile;
  return left / rate;
}

/** "120 hal. (46 OCR) · 2,3 hal./dtk · sisa ± 1 mnt 20 dtk" */
export function describeCounts(c: ScanCounts): string {
  const rate = pageRate(c);
  const left = secondsLeft(c);
  const parts = [`${formatInteger(c.pages)} hal.${c.ocrPages > 0 ? ` (${formatInteger(c.ocrPages)} OCR)` : ''}`];
  parts.push(rate === null ? 'menghitung kecepatan…' : `${formatDecimal(rate, 1)} hal./dtk`);
  if (left !== null) parts.push(`sisa ± ${formatDuration(left)}`);
  return parts.join(' · ');
}

function shortLabel(label: string): string {
  const safe = consoleSafe(label);
  return safe.length > 40 ? `…${safe.slice(-39)}` : safe;
}

/** Seconds between plain progress lines while a long file is being read. */
const HEARTBEAT_SECONDS = 15;

export function startScanProgress(title: string, files: number, quiet = false, now: () => number = () => performance.now()): ScanProgress {
  const started = now();
  const counts: ScanCounts = { files, filesDone: 0, pagesKnown: 0, filesOpened: 0, pages: 0, ocrPages: 0, seconds: 0 };
  const perFile = new Map<string, { pages: number; ocr: number }>();
  const tick = (): ScanCounts => {
    counts.seconds = (now() - started) / 1000;
    return counts;
  };
  const events = (label: string, changed: () => void): PageEvents => {
    const own = { pages: 0, ocr: 0 };
    perFile.set(label, own);
    return {
      opened(pages) {
        counts.pagesKnown += pages;
        counts.filesOpened += 1;
        changed();
      },
      page(ocr) {
        own.pages += 1;
        counts.pages += 1;
        if (ocr) {
          own.ocr += 1;
          counts.ocrPages += 1;
        }
        changed();
      },
    };
  };
  if (quiet) return { file: (label) => events(label, () => undefined), done() {}, stop() {} };

  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${title} [{bar}] {value}/{total} berkas · {detail} · {label}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        barsize: 24,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(files, 0, { detail: describeCounts(tick()), label: '' });
    let current = '';
    const redraw = (): void => bar.update(counts.filesDone, { detail: describeCounts(tick()), label: shortLabel(current) });
    return {
      file(label) {
        current = label;
        return events(label, redraw);
      },
      done(label) {
        counts.filesDone += 1;
        perFile.delete(label);
        redraw();
      },
      stop() {
        bar.stop();
      },
    };
  }

  let lastLine = started;
  const line = (text: string): void => {
    lastLine = now();
    log(text);
  };
  return {
    file(label) {
      return events(label, () => {
        if ((now() - lastLine) / 1000 < HEARTBEAT_SECONDS) return;
        const own = perFile.get(label);
        line(`${title} ${counts.filesDone}/${files}: ${label} … ${own?.pages ?? 0} hal. sejauh ini · total ${describeCounts(tick())}`);
      });
    },
    done(label) {
      counts.filesDone += 1;
      const own = perFile.get(label);
      perFile.delete(label);
      const pages = own ? ` (${own.pages} hal.${own.ocr > 0 ? `, ${own.ocr} OCR` : ''})` : '';
      line(`${title} ${counts.filesDone}/${files}: ${label}${pages} · total ${describeCounts(tick())}`);
    },
    stop() {},
  };
}
