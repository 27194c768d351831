/**
 * Benchmark: the generalisation set end to end. Every document is rendered as the file staff drop (born-digital PDF,
 * image-only scanned PDF, phone photo; the form chosen by id hash, scripts/fixtures/generalise-e2e), scanned by the real pipeline in one workspace per instansi (archive,
 * pdf.js, OCR, classification; `runScan`), and the accepted mappings read back with `loadDocumentViews`. Precision,
 * recall and F1 overall and per form, beside the text-only classification of the same documents (the section
 * "generalisasi"), and every document whose end-to-end mapping differs from its text-only mapping: what the text-only
 * bench cannot see is lost between the text and the pipeline. The text the pipeline read is stored for
 * scripts/fixtures/generalise-e2e/rescore.ts.
 */
import type { BenchLine } from './types.ts';
import { count, qualityLines, scores, type Counts } from './mapping-quality.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { classifyGeneraliseSet } from '../scripts/fixtures/generalise/classify-set.ts';
import { e2eDocs, generaliseDocs, type E2eForm } from '../scripts/fixtures/generalise-e2e/set.ts';
import { runGeneraliseE2e } from '../scripts/fixtures/generalise-e2e/run.ts';
import { saveStoredText } from '../scripts/fixtures/generalise-e2e/stored-text.ts';

const FORMS: readonly E2eForm[] = ['teks', 'pindaian', 'foto'];

const list = (xs: readonly number[]): string => `[${xs.join(', ')}]`;
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, files: 0 });

export async function benchMappingGeneraliseE2e(): Promise<BenchLine[]> {
  const textOnly = new Map(classifyGeneraliseSet(loadPack('spbe-2020').rules).map((r) => [r.doc.id, r.got]));
  const docs = await e2eDocs(generaliseDocs());
  const started = performance.now();
  const results = await runGeneraliseE2e(docs);
  const seconds = (performance.now() - started) / 1000;
  // The text read is kept, so scripts/fixtures/generalise-e2e/rescore.ts can re-score a classifier change on it.
  saveStoredText(docs, results);

  const all = zero();
  const allText = zero();
  const byForm = new Map<E2eForm, { e2e: Counts; text: Counts }>(FORMS.map((f) => [f, { e2e: zero(), text: zero() }]));
  const differs: { id: string; form: E2eForm; expected: number[]; text: number[]; got: number[] }[] = [];
  for (const r of results) {
    const text = textOnly.get(r.doc.id) ?? [];
    const form = byForm.get(r.form);
    count(all, r.doc.expected, r.got);
    count(allText, r.doc.expected, text);
    if (form) {
      count(form.e2e, r.doc.expected, r.got);
      count(form.text, r.doc.expected, text);
    }
    if (list(text) !== list(r.got)) differs.push({ id: r.doc.id, form: r.form, expected: r.doc.expected, text, got: r.got });
  }
  const f1Text = scores(allText).f1;
  const lines: BenchLine[] = [
    { name: `Pindai ${results.length} berkas (render, arsip, ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / results.length, 1)} s/berkas` },
    ...qualityLines('ujung ke ujung, semua bentuk', all),
    { name: 'F1 pemetaan, teks saja (dokumen yang sama)', value: f1Text, unit: 'F1', note: 'classifyDocument atas teks aslinya, seperti bagian "generalisasi"' },
  ];
  for (const [form, c] of byForm) {
    lines.push(...qualityLines(`ujung ke ujung, ${form}`, c.e2e));
    lines.push({ name: `F1 pemetaan, teks saja, ${form}`, value: scores(c.text).f1, unit: 'F1', note: `${c.text.files} berkas` });
  }
  const failed = results.filter((r) => r.status !== 'ok');
  lines.push({ name: 'Berkas tidak berstatus ok', value: failed.length, unit: 'berkas', note: failed.map((r) => `${r.doc.id} (${r.form}): ${r.status}`).join('; ') });
  lines.push({ name: 'Berkas dengan pemetaan berbeda dari teks saja', value: differs.length, unit: `dari ${results.length}`, note: differs.length === 0 ? 'tanpa selisih' : '' });
  differs.forEach((d, i) => {
    lines.push({
      name: `Selisih #${i + 1} ${d.id} (${d.form})`,
      value: [...d.got.filter((n) => !d.text.includes(n)), ...d.text.filter((n) => !d.got.includes(n))].length,
      unit: 'indikator',
      note: `label ${list(d.expected)}, teks saja ${list(d.text)}, ujung ke ujung ${list(d.got)}`,
    });
  });
  return lines;
}
