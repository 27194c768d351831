/**
 * Benchmark: out-of-sample mapping quality on the held-out set (scripts/fixtures/heldout, fictional Kota Tirtamulya),
 * written independently of the classifier's rules and never used for tuning.
 * The real pipeline runs end to end: a temporary workspace, files under watch/<OPD>/, `runScan` (archive, pdf.js,
 * OCR with tesseract.js, classification), then the accepted mappings from `loadDocumentViews`.
 * Precision, recall and F1 are micro-averaged over (document, indicator) pairs, overall and per form.
 * Nothing is cached: every run generates the set and scans it afresh (a few minutes on 2 cores, mostly OCR).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLine } from './types.ts';
import { qualityLines, type Counts } from './mapping-quality.ts';
import { runScan } from '../src/app/scan.ts';
import { loadDocumentViews } from '../src/app/state.ts';
import { CONFIG_FILE, openWorkspace } from '../src/config/workspace.ts';
import type { Workspace } from '../src/types/config.ts';
import { formatDecimal } from '../src/shared/format.ts';
import { openDb, type Db } from '../src/store/db.ts';
import type { HeldoutForm } from '../scripts/fixtures/heldout/entry.ts';
import { formatHeldoutLabels, generateHeldoutSet, heldoutLabels, type HeldoutFile } from '../scripts/fixtures/heldout/set.ts';

const LABELS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-heldout', 'labels.json');

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


interface Outcome {
  file: HeldoutFile;
  got: number[];
  wrong: number[];
  missing: number[];
}

const FORM_LABEL: Record<HeldoutForm, string> = { text: 'teks', scan: 'pindaian', image: 'gambar/tangkapan layar' };

function tally(outcomes: Outcome[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, files: outcomes.length };
  for (const o of outcomes) {
    c.tp += o.got.length - o.wrong.length;
    c.fp += o.wrong.length;
    c.fn += o.missing.length;
  }
  return c;
}

const list = (ns: number[]): string => `[${ns.join(',')}]`;

/** Accepted indicators per path relative to watch/ (every location of a document carries its mappings). */
function acceptedByPath(db: Db, ws: Workspace): Map<string, { indicators: number[]; status: string }> {
  const byPath = new Map<string, { indicators: number[]; status: string }>();
  for (const view of loadDocumentViews(db, ws)) {
    const indicators = [...new Set((view.classification?.mappings ?? []).map((m) => m.indicator))].sort((a, b) => a - b);
    for (const loc of view.locations) byPath.set(loc.path, { indicators, status: view.doc.status });
  }
  return byPath;
}

function labelsFileLine(): BenchLine {
  const expected = formatHeldoutLabels(heldoutLabels());
  const current = existsSync(LABELS_FILE) ? readFileSync(LABELS_FILE, 'utf8') : '';
  const same = current === expected;
  return {
    name: 'bench/eval-heldout/labels.json sesuai generator',
    value: same ? 1 : 0,
    unit: 'ya/tidak',
    note: same ? 'sesuai' : 'berbeda: jalankan node --import tsx scripts/fixtures/heldout/write-labels.ts',
  };
}

export async function benchMappingHeldout(): Promise<BenchLine[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-bench-heldout-'));
  try {
    writeFileSync(path.join(root, CONFIG_FILE), HELDOUT_CONFIG);
    const { files } = await generateHeldoutSet(path.join(root, 'watch'));
    const ws = openWorkspace(root);
    const db = openDb(ws.paths.database);
    let seconds = 0;
    let byPath: Map<string, { indicators: number[]; status: string }>;
    try {
      const started = performance.now();
      await runScan(db, ws, { quiet: true });
      seconds = (performance.now() - started) / 1000;
      byPath = acceptedByPath(db, ws);
    } finally {
      db.close();
    }

    const notOk: string[] = [];
    const outcomes: Outcome[] = files.map((file) => {
      const found = byPath.get(file.file);
      if (!found || found.status !== 'ok') notOk.push(`${file.file} (${found?.status ?? 'tidak terindeks'})`);
      const got = found?.indicators ?? [];
      return { file, got, wrong: got.filter((n) => !file.expected.includes(n)), missing: file.expected.filter((n) => !got.includes(n)) };
    });

    const lines: BenchLine[] = [
      { name: `Pindai ${files.length} berkas (ekstraksi, OCR, pemetaan)`, value: seconds, unit: 's', note: `${formatDecimal(seconds / files.length, 1)} s/berkas` },
      ...qualityLines('semua berkas', tally(outcomes)),
    ];
    for (const form of ['text', 'scan', 'image'] as const) {
      const group = outcomes.filter((o) => o.file.form === form);
      if (group.length > 0) lines.push(...qualityLines(FORM_LABEL[form], tally(group)));
    }

    const distractors = outcomes.filter((o) => o.file.expected.length === 0);
    const mapped = distractors.filter((o) => o.got.length > 0);
    lines.push({
      name: 'Distraktor dengan pemetaan (positif palsu)',
      value: mapped.length,
      unit: `dari ${distractors.length}`,
      note: mapped.length > 0 ? mapped.map((o) => `${o.file.file} → ${list(o.got)}`).join('; ') : 'tidak ada',
    });
    const covered = new Set(files.flatMap((f) => f.expected));
    lines.push({ name: 'Indikator yang diwakili set', value: covered.size, unit: 'dari 47' });
    if (notOk.length > 0) lines.push({ name: 'Berkas gagal diekstrak/diindeks', value: notOk.length, unit: 'berkas', note: notOk.join('; ') });

    const errors = outcomes
      .filter((o) => o.wrong.length + o.missing.length > 0)
      .sort((a, b) => b.wrong.length + b.missing.length - (a.wrong.length + a.missing.length) || a.file.file.localeCompare(b.file.file));
    lines.push({ name: 'Berkas dengan selisih label', value: errors.length, unit: `dari ${files.length}` });
    errors.slice(0, 10).forEach((o, i) => {
      lines.push({
        name: `Selisih #${i + 1} ${o.file.file}`,
        value: o.wrong.length + o.missing.length,
        unit: 'pasangan',
        note: `${FORM_LABEL[o.file.form]}; label ${list(o.file.expected)}, hasil ${list(o.got)}`,
      });
    });
    if (process.env.EVIDEN_BENCH_VERBOSE) {
      for (const o of errors.slice(10)) console.log(`  selisih ${o.file.file}: label ${list(o.file.expected)}, hasil ${list(o.got)}`);
    }
    lines.push(labelsFileLine());
    return lines;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
