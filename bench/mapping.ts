/**
 * Benchmark: document → indicator mapping quality and speed.
 * - Labelled evaluation set (scripts/fixtures/eval-set.ts): precision, recall and F1, micro-averaged
 *   over (document, indicator) pairs, for all files and per form (text, scans/photos, screenshots);
 *   distractors must map to nothing. Target F1 ≥ 0,90 with precision ≥ 0,90.
 * - Real documents (../shared/corpus/real, when present): the reading in its README.
 * - Speed: classifying a ~100-page document.
 * Page texts come from `pdftotext`, the `tesseract` CLI for scans and images, and mammoth for DOCX,
 * cached by content hash in the temp folder so a re-run does not OCR again.
 * Like the real pipeline, the classifier gets the sector services (`layananSektor`, indicators 45–47) and the
 * `instansi` of the repository's sample config (eviden.config.yaml).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchLine } from './types.ts';
import { count, qualityLines, type Counts } from './mapping-quality.ts';
import { classifyDocument } from '../src/classify/index.ts';
import { loadPack } from '../src/instrument/registry.ts';
import type { RuleSet } from '../src/classify/index.ts';
import type { ClassifyOptions, OwnInstansi } from '../src/types/classification.ts';
import { classifyOptions } from '../src/app/classify-documents.ts';
import { loadConfig } from '../src/config/load.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { generateEvalSet } from '../scripts/fixtures/eval-set.ts';
import { extractPages, pool } from './page-text.ts';
import type { Page } from './page-text.ts';

const THRESHOLD = 0.5;

type Group = 'teks' | 'pindaian/foto' | 'tangkapan layar/diagram';

function groupOf(form: string): Group {
  if (form === 'pdf' || form === 'docx') return 'teks';
  if (form === 'screenshot' || form === 'diagram') return 'tangkapan layar/diagram';
  return 'pindaian/foto';
}

/** What the classifier needs besides the page texts: the compiled rules and the sample config's options (sector services, applications, instansi). */
interface Classifier {
  rules: RuleSet;
  options: ClassifyOptions;
}

function classifyPages(classifier: Classifier, relPath: string, pages: Page[]): number[] {
  const sha256 = createHash('sha256').update(relPath).digest('hex');
  return classifyDocument({ sha256, paths: [relPath], pages }, classifier.rules, classifier.options).mappings.map((m) => m.indicator);
}

async function evalSetLines(classifier: Classifier, tmp: string): Promise<BenchLine[]> {
  const outDir = path.join(tmp, 'eval-set');
  const { files } = await generateEvalSet(outDir);
  const all: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  const groups = new Map<Group, Counts>();
  const distractors: { total: number; clean: number; mapped: string[] } = { total: 0, clean: 0, mapped: [] };
  const misses: string[] = [];
  const texts = await pool(files.map((f) => () => extractPages(path.join(outDir, f.file), tmp)), 1);
  files.forEach((f, i) => {
    const got = classifyPages(classifier, f.file, texts[i] ?? []);
    count(all, f.expected, got);
    const group = groupOf(f.form);
    const g = groups.get(group) ?? { tp: 0, fp: 0, fn: 0, files: 0 };
    count(g, f.expected, got);
    groups.set(group, g);
    if (f.expected.length === 0) {
      distractors.total++;
      if (got.length === 0) distractors.clean++;
      else distractors.mapped.push(f.file);
    }
    const wrong = got.filter((n) => !f.expected.includes(n));
    const missing = f.expected.filter((n) => !got.includes(n));
    if (wrong.length + missing.length > 0) misses.push(`${f.file}: +[${wrong.join(',')}] -[${missing.join(',')}]`);
  });
  if (process.env.EVIDEN_BENCH_VERBOSE) for (const m of misses) console.log(`  selisih ${m}`);
  const lines = qualityLines('semua berkas', all);
  for (const [group, c] of groups) lines.push(...qualityLines(group, c));
  lines.push({
    name: 'Distraktor tanpa pemetaan',
    value: distractors.clean,
    unit: `dari ${distractors.total}`,
    note: distractors.mapped.length > 0 ? `terpetakan: ${distractors.mapped.join('; ')}` : 'semua distraktor tanpa indikator',
  });
  lines.push({
    name: 'Berkas dengan selisih label',
    value: misses.length,
    unit: `dari ${files.length}`,
    note: misses.length > 0 ? `${misses.slice(0, 8).join('; ')}${misses.length > 8 ? '; …' : ''}` : 'tanpa selisih',
  });
  return lines;
}

/**
 * The real corpus is Kemenko Perekonomian's own evidence: it is classified as that ministry's workspace would, and
 * the Perbup as the Minahasa Selatan workspace would (for the ministry it is another instansi's regulation).
 */
const KEMENKO: OwnInstansi = { nama: 'Kementerian Koordinator Bidang Perekonomian', jenis: 'instansi pusat', kota: 'Jakarta', kop: ['KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN'] };
const MINAHASA_SELATAN: OwnInstansi = { nama: 'Pemerintah Kabupaten Minahasa Selatan', jenis: 'kabupaten', kota: 'Amurang', kop: ['PEMERINTAH KABUPATEN MINAHASA SELATAN'] };
const REAL_INSTANSI: Record<string, OwnInstansi> = { 'Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt': MINAHASA_SELATAN };

/** The reading of ../shared/corpus/real/README.md: what each real document would be evidence for (for its instansi). */
const REAL_EXPECTED: Record<string, number[]> = {
  'KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE.pdf': [10, 19],
  'Permenko_4_Tahun_2023_tentang_SPBE_di_Kemenko_Perekonomian.pdf': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  'Kebijakan_Layanan_SPBE_v3.3.2.pdf': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  'Permen_PANRB_No__89_Tahun_2021.pdf': [],
  'PAN_RB_No_59_Tahun_2020_SPBE.pdf': [],
  'LHE_SPBE_KEMENKO_PEREKONOMIAN_TAHUN_2021.pdf': [],
  'Manajemen_Risiko_SPBE_Permenpan_RB_Nomor_5_Tahun_2020.pdf': [],
  'Manajemen_Keamanan_SPBE_Peraturan_BSSN_Nomor_4_Tahun_2021.pdf': [],
  'Manajemen_Data_SPBE_Peraturan_Bappenas_16_Tahun_2020.pdf': [],
  'Perpres_Nomor_39_Tahun_2019_Satu_Data_Indonesia.pdf': [],
  'PAPARAN_PERSIAPAN_PENILAIAN_MANDIRI_KEMENKO_PEREKONOMIAN_v1.pdf': [],
  'Paparan_Rapat_Koordinasi_Persiapan_Evaluasi_Mandiri_SPBE_20_Juni_2022.pdf': [],
  'Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
};

async function realCorpusLines(classifier: Classifier, tmp: string): Promise<BenchLine[]> {
  const dir = path.join(packageRoot(), '..', 'shared', 'corpus', 'real');
  if (!existsSync(dir)) return [{ name: 'Korpus nyata', value: 0, unit: 'berkas', note: `dilewati: ${dir} tidak ada` }];
  const counts: Counts = { tp: 0, fp: 0, fn: 0, files: 0 };
  const notes: string[] = [];
  let exact = 0;
  for (const [file, expected] of Object.entries(REAL_EXPECTED)) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const got = classifyPages({ ...classifier, options: { ...classifier.options, instansi: REAL_INSTANSI[file] ?? KEMENKO } }, `Diskominfo/${file}`, await extractPages(full, tmp));
    count(counts, expected, got);
    const wrong = got.filter((n) => !expected.includes(n));
    const missing = expected.filter((n) => !got.includes(n));
    if (wrong.length + missing.length === 0) exact++;
    else notes.push(`${file.slice(0, 28)}…: +[${wrong.join(',')}] -[${missing.join(',')}]`);
  }
  return [
    ...qualityLines('korpus nyata', counts),
    { name: 'Korpus nyata sesuai README', value: exact, unit: `dari ${counts.files}`, note: notes.length > 0 ? notes.join('; ') : 'semua sesuai' },
  ];
}

/** Milliseconds to classify the longest real born-digital document (warm, median of 5). */
async function speedLines(classifier: Classifier, tmp: string): Promise<BenchLine[]> {
  const file = path.join(packageRoot(), '..', 'shared', 'corpus', 'real', 'Kebijakan_Layanan_SPBE_v3.3.2.pdf');
  const pages = existsSync(file) ? await extractPages(file, tmp) : syntheticPages(100);
  // The same classifier without the combiner (rule scores only, no retrieval), interleaved so load hits both alike.
  const rulesOnly: Classifier = { ...classifier, rules: { ...classifier.rules, combiner: null } };
  const times: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < 8; i++) {
    for (const [c, out] of [[classifier, times], [rulesOnly, reference]] as const) {
      const start = performance.now();
      classifyPages(c, `Diskominfo/dokumen-${i}.pdf`, pages);
      if (i > 0) out.push(performance.now() - start);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const full = median(times);
  const rulesMs = median(reference);
  return [
    {
      name: `Pemetaan satu dokumen ${pages.length} halaman`,
      value: full,
      unit: 'ms',
      reference: rulesMs,
      ratio: rulesMs > 0 ? full / rulesMs : 0,
      note: `${formatDecimal(full / pages.length, 2)} ms/halaman; median 7 kali, aturan sudah dikompilasi; acuan: aturan frasa saja (tanpa temu-kembali dan penggabung)`,
    },
  ];
}

function syntheticPages(n: number): Page[] {
  const body = 'Pasal 1\nArsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur proses bisnis.\n'.repeat(30);
  return Array.from({ length: n }, (_, i) => ({ no: i + 1, text: body }));
}

export async function benchMapping(): Promise<BenchLine[]> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'eviden-bench-mapping-'));
  try {
    const started = performance.now();
    const rules = loadPack('spbe-2020').rules;
    const compileMs = performance.now() - started;
    const config = loadConfig(path.join(packageRoot(), 'eviden.config.yaml'));
    const classifier: Classifier = { rules, options: { ...classifyOptions(config, 'spbe-2020'), threshold: THRESHOLD } };
    const sectors = classifier.options.sectors ?? [];
    const lines: BenchLine[] = [
      { name: 'Muat dan kompilasi aturan', value: compileMs, unit: 'ms' },
      { name: 'Layanan sektor dari eviden.config.yaml', value: sectors.length, unit: 'layanan', note: sectors.map((s) => `${s.indicator} ${s.name}`).join('; ') },
    ];
    lines.push(...(await evalSetLines(classifier, tmp)));
    lines.push(...(await realCorpusLines(classifier, tmp)));
    lines.push(...(await speedLines(classifier, tmp)));
    return lines;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
