/**
 * Benchmark: out-of-sample mapping quality on the style set (scripts/fixtures/style, fictional Provinsi Teluk Damar),
 * written from the failure classes of issue 9 independently of the classifier's rules and never used for tuning.
 * The real pipeline runs end to end: a temporary workspace, files under watch/<OPD>/, `runScan` (archive, pdf.js,
 * OCR, classification), then the accepted mappings from `loadDocumentViews`. Precision, recall and F1 are
 * micro-averaged over (document, indicator) pairs, overall and per failure class.
 */
import type { BenchLine } from './types.ts';
import { groupQualityLines, labelsFileLine, qualityLines, tally } from './mapping-quality.ts';
import { differing, distractorLine, notOk, scanLabelledSet } from './scan-set.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { CLASS_LABEL, STYLE_CLASSES } from '../scripts/fixtures/style/entry.ts';
import { formatStyleLabels, generateStyleSet, styleConfig, styleLabels } from '../scripts/fixtures/style/set.ts';

const list = (ns: readonly number[]): string => `[${ns.join(',')}]`;

export async function benchMappingStyle(): Promise<BenchLine[]> {
  const { outcomes, seconds } = await scanLabelledSet('eviden-bench-style-', {
    config: styleConfig(2026),
    write: async (watch) => (await generateStyleSet(watch)).files,
  });
  const failed = notOk(outcomes);
  const lines: BenchLine[] = [
    { name: `Pindai ${outcomes.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / outcomes.length, 1)} s/berkas` },
    ...qualityLines('semua berkas', tally(outcomes)),
    ...groupQualityLines(outcomes, STYLE_CLASSES, (o) => o.file.cls, (cls) => `kelas ${CLASS_LABEL[cls]}`),
    distractorLine('Bukan bukti (distraktor dan regulasi instansi lain) dengan pemetaan', outcomes),
  ];
  if (failed.length > 0) lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: failed.length, unit: 'berkas', note: failed.join('; ') });

  const errors = differing(outcomes);
  lines.push({ name: 'Berkas dengan selisih label', value: errors.length, unit: `dari ${outcomes.length}` });
  for (const o of errors) {
    lines.push({ name: `Selisih ${o.file.file}`, value: o.diff, unit: 'pasangan', note: `${CLASS_LABEL[o.file.cls]}; label ${list(o.expected)}, hasil ${list(o.got)}` });
  }
  lines.push(labelsFileLine('eval-style', formatStyleLabels(styleLabels()), 'scripts/fixtures/style/write-labels.ts'));
  return lines;
}
