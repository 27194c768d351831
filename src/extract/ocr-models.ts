/**
 * Chooses the offline OCR language data. Debian's tesseract-ocr-<lang> packages ship the "fast" LSTM
 * models (faster, same accuracy on clean scans); when they are not all installed, the npm
 * @tesseract.js-data packages' "best_int" models are used. tesseract.js wants ONE folder holding every
 * language, so the npm files are linked (or copied) into a folder under the caller's cache directory.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const SYSTEM_TESSDATA = '/usr/share/tesseract-ocr/5/tessdata';

export type OcrModelKind = 'debian-fast' | 'npm-best_int';

export interface OcrModel {
  kind: OcrModelKind;
  langPath: string;
  gzip: boolean;
}

export class OcrSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrSetupError';
  }
}

export interface ModelChoice {
  languages: readonly string[];
  /** Folder for the npm models' link folder (e.g. the workspace's `.eviden/cache`). */
  cacheDir: string;
  /** Folder with Debian's traineddata (default /usr/share/tesseract-ocr/5/tessdata). */
  systemDir?: string;
  /** Set false to skip the Debian models even when installed. */
  preferSystem?: boolean;
}

/** Picks the model data; throws OcrSetupError (Indonesian message) when a language has no data at all. */
export function resolveOcrModel(choice: ModelChoice): OcrModel {
  const systemDir = choice.systemDir ?? SYSTEM_TESSDATA;
  const hasSystem = choice.languages.every((lang) => existsSync(path.join(systemDir, `${lang}.traineddata`)));
  if ((choice.preferSystem ?? true) && hasSystem) return { kind: 'debian-fast', langPath: systemDir, gzip: false };
  const dir = path.join(choice.cacheDir, 'tessdata-best_int');
  mkdirSync(dir, { recursive: true });
  for (const lang of choice.languages) linkInto(dir, `${lang}.traineddata.gz`, npmModelFile(lang));
  return { kind: 'npm-best_int', langPath: dir, gzip: true };
}

function npmModelFile(lang: string): string {
  if (!/^[a-z_]+$/.test(lang)) throw new OcrSetupError(`Kode bahasa OCR "${lang}" tidak valid (contoh: ind, eng).`);
  try {
    const pkg = createRequire(import.meta.url).resolve(`@tesseract.js-data/${lang}/package.json`);
    const file = path.join(path.dirname(pkg), '4.0.0_best_int', `${lang}.traineddata.gz`);
    if (existsSync(file)) return file;
  } catch {
    // Not installed: reported below.
  }
  throw new OcrSetupError(
    `Data bahasa OCR "${lang}" tidak ditemukan. Pasang paket Debian tesseract-ocr-${lang} ` +
      `atau paket npm @tesseract.js-data/${lang}, atau hapus "${lang}" dari ocr.bahasa di eviden.config.yaml.`,
  );
}

function linkInto(dir: string, name: string, target: string): void {
  const link = path.join(dir, name);
  if (existsSync(link)) return;
  // existsSync follows links: what is left here is nothing, or a link dangling after node_modules moved.
  rmSync(link, { force: true });
  try {
    symlinkSync(target, link);
  } catch {
    copyFileSync(target, link);
  }
}
