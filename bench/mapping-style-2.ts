/**
 * Benchmark: out-of-sample mapping quality on the second style set (scripts/fixtures/style-2, fictional Kabupaten
 * Muara Selasih), written from the failure classes of issue 9 by a writer who does not tune the rules, labelled from
 * the instrument's criteria, and never used for tuning. The real pipeline runs end to end: a temporary workspace,
 * files under watch/<OPD>/, `runScan` (archive, pdf.js, OCR, classification), then the accepted mappings from
 * `loadDocumentViews`. Precision, recall and F1 are micro-averaged over (document, indicator) pairs, overall and per
 * failure class. The lines name no file, so the figures can be shared without revealing the set.
 */
import type { BenchLine } from './types.ts';
import { groupQualityLines, labelsFileLine, qualityLines, tally } from './mapping-quality.ts';
import { differing, notOk, scanLabelledSet } from './scan-set.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { STYLE2_CLASSES, STYLE2_CLASS_LABEL } from '../scripts/fixtures/style-2/entry.ts';
import { formatStyle2Labels, generateStyle2Set, style2Config, style2Labels } from '../scripts/fixtures/style-2/set.ts';

export async function benchMappingStyle2(): Promise<BenchLine[]> {
  const { outcomes, seconds } = await scanLabelledSet('eviden-bench-style2-', {
    config: style2Config(2026),
    write: async (watch) => (await generateStyle2Set(watch)).files,
  });
  const lines: BenchLine[] = [
    { name: `Pindai ${outcomes.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / outcomes.length, 1)} s/berkas` },
    ...qualityLines('semua berkas', tally(outcomes)),
    ...groupQualityLines(outcomes, STYLE2_CLASSES, (o) => o.file.cls, (cls) => `kelas ${STYLE2_CLASS_LABEL[cls]}`),
  ];
  const negatives = outcomes.filter((o) => o.expected.length === 0);
  lines.push({ name: 'Bukan bukti (distraktor dan naskah instansi lain) dengan pemetaan', value: negatives.filter((o) => o.got.length > 0).length, unit: `dari ${negatives.length}` });
  lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: notOk(outcomes).length, unit: 'berkas' });
  lines.push({ name: 'Berkas dengan selisih label', value: differing(outcomes).length, unit: `dari ${outcomes.length}` });
  lines.push(labelsFileLine('eval-style-2', formatStyle2Labels(style2Labels()), 'scripts/fixtures/style-2/write-labels.ts'));
  return lines;
}
