/** `npm run bench`: runs every benchmark section and prints figures with ratios against same-run references. */
import type { BenchLine } from './types.ts';

interface Section {
  title: string;
  run: () => Promise<BenchLine[]>;
}

const sections: Section[] = [
  { title: 'Pindai ulang (tanpa perubahan)', run: async () => (await import('./rescan.ts')).benchRescan() },
  { title: 'Ekstraksi teks dan OCR', run: async () => (await import('./extract.ts')).benchExtract() },
  { title: 'Pemetaan dokumen ke indikator', run: async () => (await import('./mapping.ts')).benchMapping() },
  { title: 'Pemetaan: set uji terpisah (out-of-sample)', run: async () => (await import('./mapping-heldout.ts')).benchMappingHeldout() },
  { title: 'Pemetaan: set gaya penulisan (di luar sampel)', run: async () => (await import('./mapping-style.ts')).benchMappingStyle() },
  { title: 'Keputusan peninjau: set evaluasi (pengembangan)', run: async () => (await import('./decisions.ts')).benchDecisionsTuning() },
  { title: 'Keputusan peninjau: set uji terpisah (out-of-sample)', run: async () => (await import('./decisions.ts')).benchDecisionsHeldout() },
  { title: 'Tingkat didukung: skenario dari kriteria', run: async () => (await import('./level-scenarios.ts')).benchLevelScenarios() },
  { title: 'Laporan PDF dan lampiran', run: async () => (await import('./render.ts')).benchRender() },
  { title: 'Mode pantau (watch)', run: async () => (await import('./watch.ts')).benchWatch() },
];

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

const only = process.argv.slice(2).map((s) => s.toLowerCase());
let failed = 0;
for (const s of sections) {
  if (only.length > 0 && !only.some((o) => s.title.toLowerCase().includes(o))) continue;
  console.log(`\n## ${s.title}`);
  try {
    for (const l of await s.run()) {
      const ref = l.reference !== undefined ? `  (acuan ${fmt(l.reference)} ${l.unit})` : '';
      const ratio = l.ratio !== undefined ? `  rasio ${l.ratio.toFixed(2)}×` : '';
      console.log(`- ${l.name}: ${fmt(l.value)} ${l.unit}${ref}${ratio}${l.note ? `  — ${l.note}` : ''}`);
    }
  } catch (err) {
    failed += 1;
    console.log(`- GAGAL: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
