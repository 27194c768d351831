/**
 * The labelled tuning sets as the classifier gets them, for the scripts that fit pack data on them
 * (fit-combiner, fit-fallback): bench/eval-set (the generated files of Kabupaten Sukamaju, one writer, OCR'd like
 * the bench) and the generalisation set (scripts/fixtures/generalise: batches of other Pemdas, each by another
 * writer or for another failure class, each document in its own workspace). Never the held-out, style or
 * scenario sets.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { classifyOptions } from '../src/app/classify-documents.ts';
import { loadConfig } from '../src/config/load.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import type { ClassifyInput, ClassifyOptions } from '../src/types/classification.ts';
import { generateEvalSet } from './fixtures/eval-set.ts';
import { GENERALISE_SET } from './fixtures/generalise/index.ts';
import { pagesOf } from './fixtures/generalise/classify-set.ts';
import { extractPages, pool } from '../bench/page-text.ts';

export const THRESHOLD = 0.5;
export const EVAL_SET = 'eval-set (Sukamaju)';

/** One labelled document: its input as the classifier gets it and the indicators a reviewer maps it to. */
export interface TuningDoc {
  /** The eval-set, or one generalisation batch ("generalisasi <batch>"). */
  group: string;
  id: string;
  input: ClassifyInput;
  options: ClassifyOptions;
  expected: number[];
}

/** The eval-set's files, generated into `tmp` and read as the bench reads them (OCR cached). */
export async function evalSetDocs(tmp: string): Promise<TuningDoc[]> {
  const outDir = path.join(tmp, 'eval-set');
  console.log('Membuat set evaluasi (bench/eval-set)…');
  const { files } = await generateEvalSet(outDir);
  console.log(`Membaca teks ${files.length} berkas (OCR bila perlu; tersimpan di cache)…`);
  const texts = await pool(
    files.map((f) => () => extractPages(path.join(outDir, f.file), tmp)),
    1,
  );
  // Like the mapping benchmark: the sample config's sector services and instansi (Kabupaten Sukamaju).
  const config = loadConfig(path.join(packageRoot(), 'eviden.config.yaml'));
  const options: ClassifyOptions = { ...classifyOptions(config, 'spbe-2020'), threshold: THRESHOLD };
  return files.map((f, i) => ({ group: EVAL_SET, id: f.file, input: { sha256: f.file, paths: [f.file], pages: texts[i] ?? [] }, options, expected: f.expected }));
}

/** The generalisation set as its test and bench classify it: each document in its own workspace. */
export function generaliseDocs(): TuningDoc[] {
  return GENERALISE_SET.flatMap(({ group, docs }) =>
    docs.map((doc) => ({
      group: `generalisasi ${group}`,
      id: doc.id,
      input: { sha256: createHash('sha256').update(doc.id).digest('hex'), paths: [doc.path], pages: pagesOf(doc.text) },
      options: { threshold: THRESHOLD, instansi: doc.instansi },
      expected: doc.expected,
    })),
  );
}
