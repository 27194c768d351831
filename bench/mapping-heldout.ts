/**
 * Benchmark: out-of-sample mapping quality on the held-out set (scripts/fixtures/heldout, fictional Kota Tirtamulya),
 * written independently of the classifier's rules and never used for tuning.
 * The real pipeline runs end to end: a temporary workspace, files under watch/<OPD>/, `runScan` (archive, pdf.js,
 * OCR with tesseract.js, classification), then the accepted mappings from `loadDocumentViews`.
 * Precision, recall and F1 are micro-averaged over (document, indicator) pairs, overall and per form.
 * Nothing is cached: every run generates the set and scans it afresh (a few minutes on 2 cores, mostly OCR).
 */
import type { BenchLine } from './types.ts';
import { groupQualityLines, labelsFileLine, qualityLines, tally } from './mapping-quality.ts';
import { differing, distractorLine, notOk, scanLabelledSet } from './scan-set.ts';
import { formatDecimal } from '../src/shared/format.ts';
import type { HeldoutForm } from '../scripts/fixtures/heldout/entry.ts';
import { formatHeldoutLabels, generateHeldoutSet, heldoutLabels } from '../scripts/fixtures/heldout/set.ts';

/** The Kota's workspace config: its OPD folders and its three sector services (indicators 45–47). */
export const HELDOUT_CONFIG = `
instansi:
  nama: Pemerintah Kota Tirtamulya
  jenis: kota
  kota: Tirtamulya
  kop: ["PEMERINTAH KOTA TIRTAMULYA", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"]
tahun: 2026
opd:
  - { kode: HUKUM, nama: Bagian Hukum, folder: Bag Hukum }
  - { kode: ORG, nama: Bagian Organisasi, folder: Bag Organisasi }
  - { kode: PBJ, nama: Bagian Pengadaan Barang dan Jasa, folder: Bag PBJ }
  - { kode: SETDA, nama: Sekretariat Daerah, folder: Setda }
  - { kode: KOMINFO, nama: "Dinas Komunikasi, Informatika, Statistik dan Persandian", folder: Diskominfotiksan }
  - { kode: BAPPERIDA, nama: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", folder: BAPPERIDA }
  - { kode: BKAD, nama: Badan Keuangan dan Aset Daerah, folder: BKAD }
  - { kode: BKPSDM, nama: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, folder: BKPSDM }
  - { kode: INSP, nama: Inspektorat Daerah, folder: Inspektorat }
  - { kode: ARSIP, nama: Dinas Perpustakaan dan Kearsipan, folder: Dispusip }
  - { kode: DINKES, nama: Dinas Kesehatan, folder: Dinkes }
  - { kode: DIKBUD, nama: Dinas Pendidikan dan Kebudayaan, folder: Disdikbud }
  - { kode: DPMPTSP, nama: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, folder: DPMPTSP }
layananSektor:
  "45": { nama: Layanan Kesehatan Puskesmas, kataKunci: [TIRTASEHAT, antrean puskesmas] }
  "46": { nama: Penerimaan Peserta Didik Baru, kataKunci: [SIPENA, PPDB] }
  "47": { nama: Perizinan Daerah, kataKunci: [TIRTAIZIN] }
penandatangan:
  koordinator: { nama: "Dra. Maria Goreti Tefa, M.Si.", nip: "197008121995032004", jabatan: Sekretaris Daerah, pangkat: "Pembina Utama Madya (IV/d)" }
`;

const FORM_LABEL: Record<HeldoutForm, string> = { text: 'teks', scan: 'pindaian', image: 'gambar/tangkapan layar' };

const list = (ns: readonly number[]): string => `[${ns.join(',')}]`;

export async function benchMappingHeldout(): Promise<BenchLine[]> {
  const { outcomes, seconds } = await scanLabelledSet('eviden-bench-heldout-', {
    config: HELDOUT_CONFIG,
    write: async (watch) => (await generateHeldoutSet(watch)).files,
  });
  const files = outcomes.map((o) => o.file);
  const failed = notOk(outcomes);

  const lines: BenchLine[] = [
    { name: `Pindai ${files.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / files.length, 1)} s/berkas` },
    ...qualityLines('semua berkas', tally(outcomes)),
    ...groupQualityLines(outcomes, ['text', 'scan', 'image'] as const, (o) => o.file.form, (form) => FORM_LABEL[form]),
    distractorLine('Distraktor dengan pemetaan (positif palsu)', outcomes),
  ];
  const covered = new Set(files.flatMap((f) => f.expected));
  lines.push({ name: 'Indikator yang diwakili set', value: covered.size, unit: 'dari 47' });
  if (failed.length > 0) lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: failed.length, unit: 'berkas', note: failed.join('; ') });

  const errors = differing(outcomes);
  lines.push({ name: 'Berkas dengan selisih label', value: errors.length, unit: `dari ${files.length}` });
  errors.slice(0, 10).forEach((o, i) => {
    lines.push({
      name: `Selisih #${i + 1} ${o.file.file}`,
      value: o.diff,
      unit: 'pasangan',
      note: `${FORM_LABEL[o.file.form]}; label ${list(o.expected)}, hasil ${list(o.got)}`,
    });
  });
  if (process.env.EVIDEN_BENCH_VERBOSE) {
    for (const o of errors.slice(10)) console.log(`  selisih ${o.file.file}: label ${list(o.expected)}, hasil ${list(o.got)}`);
  }
  lines.push(labelsFileLine('eval-heldout', formatHeldoutLabels(heldoutLabels()), 'scripts/fixtures/heldout/write-labels.ts'));
  return lines;
}
