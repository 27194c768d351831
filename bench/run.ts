/**
 * `npm run bench [-- words of section titles] [-- --json FILE]`: runs the benchmark sections (an opt-in section only
 * when named, e.g. `npm run bench -- "10.000 halaman"`), prints each figure with
 * its same-run reference and ratio and the change since the last run, and writes the figures as JSON (bench/results/
 * <time>.json by default, or FILE). The last run is the newest file in bench/results/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLine } from './types.ts';

interface Section {
  title: string;
  run: () => Promise<BenchLine[]>;
  /** Runs only when named (it takes several minutes). */
  optIn?: boolean;
}

const sections: Section[] = [
  { title: 'Start CLI', run: async () => (await import('./startup.ts')).benchStartup() },
  { title: 'Ingest born-digital lewat scan', run: async () => (await import('./ingest.ts')).benchIngest() },
  { title: 'Pindai ulang (tanpa perubahan)', run: async () => (await import('./rescan.ts')).benchRescan() },
  { title: 'Ekstraksi teks dan OCR', run: async () => (await import('./extract.ts')).benchExtract() },
  { title: 'Korpus hostile (PDF rusak dan berbahaya)', run: async () => (await import('./hostile.ts')).benchHostile() },
  { title: 'Pemetaan dokumen ke indikator', run: async () => (await import('./mapping.ts')).benchMapping() },
  { title: 'Pemetaan: set generalisasi (ditulis untuk kelas kegagalan)', run: async () => (await import('./mapping-generalise.ts')).benchMappingGeneralise() },
  { title: 'Pemetaan: generalisasi ujung ke ujung (PDF teks, pindaian, foto lewat scan)', run: async () => (await import('./mapping-generalise-e2e.ts')).benchMappingGeneraliseE2e() },
  { title: 'Pemetaan: set uji terpisah (out-of-sample)', run: async () => (await import('./mapping-heldout.ts')).benchMappingHeldout() },
  { title: 'Pemetaan: set gaya penulisan (di luar sampel)', run: async () => (await import('./mapping-style.ts')).benchMappingStyle() },
  { title: 'Pemetaan: set gaya 2 (penulis independen, di luar sampel)', run: async () => (await import('./mapping-style-2.ts')).benchMappingStyle2() },
  { title: 'Pemdi: set pengembangan', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiTuning() },
  { title: 'Pemdi: set pengembangan provinsi', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiTuningProvinsi() },
  { title: 'Pemdi: set pengembangan kota', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiTuningKota() },
  { title: 'Pemdi: set pengembangan kabupaten', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiTuningKabupaten2() },
  { title: 'Pemdi: set uji terpisah (out-of-sample)', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiHeldout() },
  { title: 'Pemdi: set uji terpisah kota (out-of-sample)', run: async () => (await import('./mapping-pemdi.ts')).benchPemdiHeldoutKota() },
  { title: 'Keputusan peninjau: set evaluasi (pengembangan)', run: async () => (await import('./decisions.ts')).benchDecisionsTuning() },
  { title: 'Keputusan peninjau: set uji terpisah (out-of-sample)', run: async () => (await import('./decisions.ts')).benchDecisionsHeldout() },
  { title: 'Tingkat didukung: skenario dari kriteria', run: async () => (await import('./level-scenarios.ts')).benchLevelScenarios() },
  { title: 'Laporan PDF dan lampiran', run: async () => (await import('./render.ts')).benchRender() },
  { title: 'Mode pantau (watch)', run: async () => (await import('./watch.ts')).benchWatch() },
  { title: 'Skala 10.000 halaman (scan, memori, pencarian)', run: async () => (await import('./scale.ts')).benchScale(), optIn: true },
];

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/** The figures of one run, as written to bench/results/. */
interface BenchRun {
  at: string;
  commit: string;
  sections: { title: string; lines: BenchLine[]; error?: string }[];
}

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

function parseArgs(argv: string[]): { only: string[]; jsonFile: string | null } {
  const at = argv.indexOf('--json');
  const jsonFile = at >= 0 ? (argv[at + 1] ?? null) : null;
  const only = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1)).map((s) => s.toLowerCase());
  return { only, jsonFile };
}

/** Earlier runs, newest first (a run of some sections only is compared section by section). */
function earlierRuns(): BenchRun[] {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .flatMap((f) => {
      try {
        return [JSON.parse(readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as BenchRun];
      } catch {
        return [];
      }
    });
}

/** "[sebelumnya 12,3 halaman/s, rasio 0,21× → 0,30×]" from the newest earlier run that measured the line. */
function change(earlier: BenchRun[], title: string, line: BenchLine): string {
  for (const run of earlier) {
    const before = run.sections.find((s) => s.title === title && s.error === undefined)?.lines.find((l) => l.name === line.name);
    if (before === undefined) continue;
    const ratio = before.ratio !== undefined && line.ratio !== undefined ? `, rasio ${before.ratio.toFixed(2)}× → ${line.ratio.toFixed(2)}×` : '';
    return `  [sebelumnya (${run.at.slice(0, 16)}, ${run.commit}) ${fmt(before.value)} ${before.unit}${ratio}]`;
  }
  return '';
}

function commitOf(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const { only, jsonFile } = parseArgs(process.argv.slice(2));
const earlier = earlierRuns();
const run: BenchRun = { at: new Date().toISOString(), commit: commitOf(), sections: [] };
let failed = 0;
for (const s of sections) {
  const named = only.some((o) => s.title.toLowerCase().includes(o));
  if ((only.length > 0 || s.optIn) && !named) continue;
  console.log(`\n## ${s.title}`);
  try {
    const lines = await s.run();
    for (const l of lines) {
      const ref = l.reference !== undefined ? `  (acuan ${fmt(l.reference)} ${l.unit})` : '';
      const ratio = l.ratio !== undefined ? `  rasio ${l.ratio.toFixed(2)}×` : '';
      console.log(`- ${l.name}: ${fmt(l.value)} ${l.unit}${ref}${ratio}${l.note ? `  — ${l.note}` : ''}${change(earlier, s.title, l)}`);
    }
    run.sections.push({ title: s.title, lines });
  } catch (err) {
    failed += 1;
    const message = err instanceof Error ? err.message : String(err);
    console.log(`- GAGAL: ${message}`);
    run.sections.push({ title: s.title, lines: [], error: message });
  }
}
const out = jsonFile ?? path.join(RESULTS_DIR, `${run.at.replace(/[:.]/g, '-')}.json`);
mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
writeFileSync(out, `${JSON.stringify(run, null, 2)}\n`);
console.log(`\nAngka tersimpan di ${out}.`);
process.exitCode = failed > 0 ? 1 : 0;
