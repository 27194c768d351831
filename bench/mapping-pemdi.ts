/**
 * Benchmark: Pemdi mapping quality on labelled evidence sets (instrument pemdi-2026), written from the items' texts
 * and criteria, not from the rules. Kabupaten Sungai Lestari in two halves: the tuning half (scripts/fixtures/pemdi-set,
 * tuners may read it; with a second batch of another Pemda type and writer, Provinsi Teluk Cendana, in its provinsi/, and a
 * third, Kota Tanjung Seruni, in its kota/, and a fourth, Kabupaten Muara Ampar, in its kabupaten-2/) and the held-out half (scripts/fixtures/pemdi-heldout, never read for tuning); and a second
 * held-out set of another Pemda type and writer, Kota Banyu Asri (scripts/fixtures/pemdi-heldout-kota). The real pipeline runs end to end: a temporary workspace, the files under watch/<OPD>/, `runScan`
 * (archive, pdf.js, OCR, classification), then `loadWorkspaceState`: the accepted mappings give the indicators, and the
 * assessment's level requirements (one per item code, with the documents that meet it) give the item codes.
 * Precision, recall and F1 are micro-averaged over (document, indicator) and (document, item code) pairs, overall and
 * per indicator. The held-out section names no file: only figures.
 */
import type { BenchLine } from './types.ts';
import { classLines, countByClass, labelDiff, labelsFileLine, qualityLines, tally } from './mapping-quality.ts';
import { foundByPath, withScannedSet } from './scan-set.ts';
import { loadWorkspaceState } from '../src/app/state.ts';
import { allIndicators } from '../src/instrument/tree.ts';
import { formatDecimal } from '../src/shared/format.ts';
import type { WorkspaceState } from '../src/types/state.ts';
import { LESTARI_CONFIG } from '../scripts/fixtures/pemdi-set/lestari.ts';
import { formatPemdiLabels, generatePemdiSet, indicatorOfItem, pemdiLabels, type PemdiEntry, type PemdiFile } from '../scripts/fixtures/pemdi-set/entry.ts';
import { pemdiSetEntries } from '../scripts/fixtures/pemdi-set/set.ts';
import { CENDANA_CONFIG } from '../scripts/fixtures/pemdi-set/provinsi/cendana.ts';
import { pemdiProvinsiEntries } from '../scripts/fixtures/pemdi-set/provinsi/set.ts';
import { SERUNI_CONFIG } from '../scripts/fixtures/pemdi-set/kota/seruni.ts';
import { pemdiKotaEntries } from '../scripts/fixtures/pemdi-set/kota/set.ts';
import { AMPAR_CONFIG } from '../scripts/fixtures/pemdi-set/kabupaten-2/ampar.ts';
import { pemdiKabupaten2Entries } from '../scripts/fixtures/pemdi-set/kabupaten-2/set.ts';
import { pemdiHeldoutEntries } from '../scripts/fixtures/pemdi-heldout/set.ts';
import { BANYUASRI_CONFIG } from '../scripts/fixtures/pemdi-heldout-kota/banyuasri.ts';
import { pemdiHeldoutKotaEntries } from '../scripts/fixtures/pemdi-heldout-kota/set.ts';

/** The assessment date: the set's documents are of the 2026 round. */
const TODAY = '2026-12-01';
const ITEM_REQUIREMENT = /^i\d{1,2}-l[1-5]-\d{2}$/;

interface Found {
  indicators: number[];
  items: string[];
  status: string;
}

/** What the pipeline found per path under watch/: accepted indicators, and the item codes whose requirement the document meets. */
function foundWithItems(state: WorkspaceState): Map<string, Found> {
  const itemsBySha = new Map<string, Set<string>>();
  for (const indicator of state.assessment.indicators) {
    for (const level of indicator.levels?.levels ?? []) {
      for (const req of level.requirements) {
        if (!ITEM_REQUIREMENT.test(req.id)) continue;
        for (const cited of req.evidence) {
          const set = itemsBySha.get(cited.sha256) ?? new Set<string>();
          set.add(req.id.toUpperCase());
          itemsBySha.set(cited.sha256, set);
        }
      }
    }
  }
  return new Map(
    [...foundByPath(state.documents)].map(([file, { indicators, status, view }]) => [file, { indicators, items: [...(itemsBySha.get(view.doc.sha256) ?? [])].sort(), status }]),
  );
}

interface Outcome {
  file: PemdiFile;
  found: Found | undefined;
}

/** One labelled set to score: its workspace config, its entries, where its labels live, and whether files may be named. */
interface PemdiBenchSet {
  config: string;
  entries: PemdiEntry[];
  labelsDir: string;
  writer: string;
  nameFiles: boolean;
}

function scanSet(config: string, entries: readonly PemdiEntry[]): Promise<{ outcomes: Outcome[]; seconds: number; names: Map<number, string> }> {
  return withScannedSet('eviden-bench-pemdi-', { config, write: (watch) => generatePemdiSet(entries, watch) }, ({ db, ws, set: files, seconds }) => {
    const state = loadWorkspaceState(db, ws, TODAY);
    const byPath = foundWithItems(state);
    const names = new Map(allIndicators(state.instrument).map((i) => [i.no, i.namaPendek]));
    return { outcomes: files.map((file) => ({ file, found: byPath.get(file.file) })), seconds, names };
  });
}

const list = (xs: readonly (number | string)[]): string => `[${xs.join(', ')}]`;

async function benchPemdiSet(half: PemdiBenchSet): Promise<BenchLine[]> {
  const { outcomes, seconds, names } = await scanSet(half.config, half.entries);
  const indicatorDocs = outcomes.map((o) => ({ expected: o.file.indicators, got: o.found?.indicators ?? [] }));
  const itemDocs = outcomes.map((o) => ({ expected: o.file.items, got: o.found?.items ?? [] }));
  const notOk = outcomes.filter((o) => o.found?.status !== 'ok');
  const lines: BenchLine[] = [
    { name: `Pindai ${outcomes.length} berkas (ekstraksi, OCR, pemetaan, penilaian)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / outcomes.length, 1)} s/berkas; tanggal penilaian ${TODAY}` },
    ...qualityLines('indikator', tally(indicatorDocs)),
    ...qualityLines('kode butir', tally(itemDocs), 'butir bukti'),
  ];
  const indicatorClasses = countByClass(indicatorDocs, (n) => n);
  const itemClasses = countByClass(itemDocs, (c) => indicatorOfItem(c) ?? 0);
  const title = (n: number): string => `I${n} ${names.get(n) ?? ''}`.trim();
  lines.push(...classLines(indicatorClasses, (n) => `Indikator per kelas: ${title(n)}`));
  lines.push(...classLines(itemClasses, (n) => `Butir bukti per indikator: ${title(n)}`));

  const distractors = outcomes.filter((o) => o.file.indicators.length === 0);
  const mapped = distractors.filter((o) => (o.found?.indicators.length ?? 0) > 0);
  lines.push({
    name: 'Distraktor dengan pemetaan (positif palsu)',
    value: mapped.length,
    unit: `dari ${distractors.length}`,
    note: half.nameFiles && mapped.length > 0 ? mapped.map((o) => `${o.file.file} → ${list(o.found?.indicators ?? [])}`).join('; ') : mapped.length > 0 ? 'nama berkas tidak ditampilkan (set uji)' : 'tidak ada',
  });
  if (notOk.length > 0) lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: notOk.length, unit: 'berkas', note: half.nameFiles ? notOk.map((o) => o.file.file).join('; ') : '' });

  const pairsWrong = (o: Outcome): number => {
    const got = o.found ?? { indicators: [], items: [] };
    return labelDiff({ expected: o.file.indicators, got: got.indicators }) + labelDiff({ expected: o.file.items, got: got.items });
  };
  const differs = outcomes.filter((o) => pairsWrong(o) > 0);
  lines.push({ name: 'Berkas dengan selisih label', value: differs.length, unit: `dari ${outcomes.length}`, note: half.nameFiles ? '' : 'nama berkas tidak ditampilkan (set uji)' });
  if (half.nameFiles) {
    differs.forEach((o, i) => {
      const got = o.found ?? { indicators: [], items: [] };
      lines.push({
        name: `Selisih #${i + 1} ${o.file.file}`,
        value: pairsWrong(o),
        unit: 'pasangan',
        note: `indikator label ${list(o.file.indicators)} hasil ${list(got.indicators)}; butir label ${list(o.file.items)} hasil ${list(got.items)}`,
      });
    });
  }
  lines.push(labelsFileLine(half.labelsDir, formatPemdiLabels(pemdiLabels(half.entries)), half.writer));
  return lines;
}

/** "Pemdi: set pengembangan": the tuning half, with the files that differ from their labels. */
export function benchPemdiTuning(): Promise<BenchLine[]> {
  return benchPemdiSet({ config: LESTARI_CONFIG, entries: pemdiSetEntries(), labelsDir: 'eval-pemdi-set', writer: 'scripts/fixtures/pemdi-set/write-labels.ts', nameFiles: true });
}

/** "Pemdi: set pengembangan provinsi": the tuning set's second batch (Provinsi Teluk Cendana, another writer), with its files. */
export function benchPemdiTuningProvinsi(): Promise<BenchLine[]> {
  return benchPemdiSet({
    config: CENDANA_CONFIG,
    entries: pemdiProvinsiEntries(),
    labelsDir: 'eval-pemdi-set/provinsi',
    writer: 'scripts/fixtures/pemdi-set/provinsi/write-labels.ts',
    nameFiles: true,
  });
}

/** "Pemdi: set pengembangan kota": the tuning set's third batch (Kota Tanjung Seruni, another Pemda type and writer), with its files. */
export function benchPemdiTuningKota(): Promise<BenchLine[]> {
  return benchPemdiSet({
    config: SERUNI_CONFIG,
    entries: pemdiKotaEntries(),
    labelsDir: 'eval-pemdi-set/kota',
    writer: 'scripts/fixtures/pemdi-set/kota/write-labels.ts',
    nameFiles: true,
  });
}

/** "Pemdi: set pengembangan kabupaten": the tuning set's fourth batch (Kabupaten Muara Ampar, terse clerks' documents), with its files. */
export function benchPemdiTuningKabupaten2(): Promise<BenchLine[]> {
  return benchPemdiSet({
    config: AMPAR_CONFIG,
    entries: pemdiKabupaten2Entries(),
    labelsDir: 'eval-pemdi-set/kabupaten-2',
    writer: 'scripts/fixtures/pemdi-set/kabupaten-2/write-labels.ts',
    nameFiles: true,
  });
}

/** "Pemdi: set uji terpisah (out-of-sample)": the held-out half, figures only. */
export function benchPemdiHeldout(): Promise<BenchLine[]> {
  return benchPemdiSet({ config: LESTARI_CONFIG, entries: pemdiHeldoutEntries(), labelsDir: 'eval-pemdi-heldout', writer: 'scripts/fixtures/pemdi-heldout/write-labels.ts', nameFiles: false });
}

/** "Pemdi: set uji terpisah kota (out-of-sample)": the second held-out set (Kota Banyu Asri, another writer), figures only. */
export function benchPemdiHeldoutKota(): Promise<BenchLine[]> {
  return benchPemdiSet({
    config: BANYUASRI_CONFIG,
    entries: pemdiHeldoutKotaEntries(),
    labelsDir: 'eval-pemdi-heldout-kota',
    writer: 'scripts/fixtures/pemdi-heldout-kota/write-labels.ts',
    nameFiles: false,
  });
}
