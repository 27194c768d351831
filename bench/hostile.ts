/**
 * Benchmark: the whole hostile corpus (`../shared/corpus/hostile/`, PDFs that once broke a viewer or a parser, and
 * fuzzed ones) read the way a scan reads it (parsing threads, OCR off), against pdftotext on the same files in the
 * same run (one process, 10 s limit per file). Every file must get a status; the note gives the counts per status.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchLine } from './types.ts';
import { hasShared } from '../test/helpers/workspace.ts';
import { countsText, hostileFiles, readHostile } from '../test/extract/helpers/hostile.ts';

const exec = promisify(execFile);

async function pdftotextSeconds(files: readonly string[]): Promise<{ seconds: number; failed: number }> {
  const started = performance.now();
  let failed = 0;
  for (const file of files) {
    await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024, timeout: 10_000 }).catch(() => {
      failed += 1;
    });
  }
  return { seconds: (performance.now() - started) / 1000, failed };
}

export async function benchHostile(): Promise<BenchLine[]> {
  if (!hasShared) return [{ name: 'korpus hostile', value: 0, unit: 's', note: 'dilewati: ../shared/corpus tidak ada' }];
  const files = hostileFiles();
  const ours = await readHostile(files);
  const reference = await pdftotextSeconds(files);
  const statused = [...ours.counts.values()].reduce((a, b) => a + b, 0);
  return [
    {
      name: `korpus hostile: ${files.length} PDF sampai berstatus vs pdftotext (1 proses)`,
      value: ours.seconds,
      unit: 's',
      reference: reference.seconds,
      ratio: reference.seconds / ours.seconds,
      note: `${statused}/${files.length} berstatus: ${countsText(ours.counts)}; pdftotext gagal/berhenti pada ${reference.failed} berkas`,
    },
  ];
}
