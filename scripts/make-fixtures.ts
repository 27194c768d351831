/**
 * Generates the sample evidence of the fictional Kabupaten Sukamaju (deterministic: reruns give identical files).
 *
 *   npm run fixtures                          # watch/ of the repository, the Pemdi sample (contoh/pemdi-2026/watch/)
 *                                             # and bench/eval-set/labels.json
 *   npm run fixtures -- --out /tmp/ws         # watch/ of another workspace
 *   npm run fixtures -- --eval-set /tmp/eval  # also write the evaluation-set files there
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeArtifact } from './fixtures/artifact.ts';
import { evalSetLabels, formatLabels, generateEvalSet } from './fixtures/eval-set.ts';
import { PEMDI_SAMPLE_DIR, pemdiSampleFixtures } from './fixtures/pemdi-sample.ts';
import { workspaceFixtures, type WorkspaceFixture } from './fixtures/workspace.ts';
import { writeLogo } from './fixtures/logo.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const LABELS_FILE = path.join(REPO_ROOT, 'bench', 'eval-set', 'labels.json');

function kib(file: string): string {
  return `${(statSync(file).size / 1024).toFixed(1)} KiB`;
}

/** The evidence files under root/watch and the emblem beside them. */
async function writeSample(root: string, fixtures: WorkspaceFixture[]): Promise<void> {
  const watch = path.join(root, 'watch');
  console.error(`[fixtures] Menulis contoh bukti dukung ke ${watch}`);
  for (const fixture of fixtures) {
    const file = await writeArtifact(watch, fixture.artifact);
    console.error(`  ${path.relative(root, file)}  (${kib(file)}; ${fixture.note})`);
  }
  const logo = path.join(root, 'lambang-sukamaju.png');
  await writeLogo(logo);
  console.error(`  ${path.relative(root, logo)}  (${kib(logo)}; lambang daerah untuk kop laporan)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'eval-set': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Pemakaian: npm run fixtures -- [--out DIR] [--eval-set DIR]');
    console.log('  --out DIR       folder workspace tujuan (bawaan: akar repositori, dan contoh Pemdi di contoh/pemdi-2026);');
    console.log('                  berkas ditulis ke DIR/watch');
    console.log('  --eval-set DIR  tulis juga berkas set evaluasi pengklasifikasi ke DIR');
    return;
  }
  const root = path.resolve(values.out ?? REPO_ROOT);
  await writeSample(root, workspaceFixtures());
  if (!values.out) await writeSample(path.join(REPO_ROOT, PEMDI_SAMPLE_DIR), pemdiSampleFixtures());

  writeFileSync(LABELS_FILE, formatLabels(evalSetLabels()));
  console.error(`[fixtures] Label set evaluasi diperbarui: ${path.relative(REPO_ROOT, LABELS_FILE)}`);

  if (values['eval-set']) {
    const dir = path.resolve(values['eval-set']);
    const { files } = await generateEvalSet(dir);
    console.error(`[fixtures] ${files.length} berkas set evaluasi ditulis ke ${dir}`);
  }
}

main().catch((err: unknown) => {
  console.error(`[fixtures] Gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
