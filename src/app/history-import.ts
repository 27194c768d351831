/**
 * `eviden riwayat impor`: reads last year's result from the LHE PDF KemenPANRB sent (its indicator table) or from
 * a levels file, checks it against the instrument (every indicator, the index the LHE states), and stores it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../types/config.ts';
import type { InstrumentPack } from '../instrument/registry.ts';
import { computeIndex } from '../instrument/index-formula.ts';
import { allIndicators } from '../instrument/tree.ts';
import { parseLevels } from '../instrument/levels-file.ts';
import { detectType } from '../extract/detect-type.ts';
import { openPdf, readPage } from '../extract/pdf-text.ts';
import { readLheTable } from '../history/lhe-table.ts';
import { readPreviousResults, withResult, writePreviousResults, type PreviousResult } from '../history/previous-results.ts';
import { sha256Of } from '../store/archive.ts';
import { recordEvent } from '../store/audit.ts';
import { withDb, nowIso } from './session.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import { formatDecimal } from '../shared/format.ts';

export interface HistoryImport {
  entry: PreviousResult;
  /** Indonesian notes for the user: what was checked, what a person should look at. */
  notes: string[];
}

export interface HistoryImportOptions {
  tahun?: number;
  oleh: string;
}

async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  let opened;
  try {
    opened = await openPdf(bytes.slice());
  } catch (err) {
    throw new UserError(`${name} tidak dapat dibuka sebagai PDF (${errorMessage(err)}). Periksa berkasnya, atau ketik nilainya dalam berkas tingkat YAML/JSON.`);
  }
  try {
    const pages: string[] = [];
    for (let no = 1; no <= opened.numPages; no++) {
      const { page, reading } = await readPage(opened.doc, no);
      pages.push(reading.text);
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await opened.doc.destroy();
  }
}

function missingOf(pack: InstrumentPack, values: ReadonlyMap<number, number>): number[] {
  return allIndicators(pack.instrument)
    .map((i) => i.no)
    .filter((no) => !values.has(no));
}

const LEVELS_HINT = 'Ketik nilainya dalam berkas tingkat (YAML/JSON, mis. baris "1: 3") lalu impor berkas itu dengan --tahun.';

async function readLhe(bytes: Uint8Array, name: string, pack: InstrumentPack, notes: string[]) {
  const text = await pdfText(bytes, name);
  if (text.replace(/\s/g, '').length < 200) {
    throw new UserError(`${name} tidak memiliki lapisan teks (hasil pindaian), sehingga tabel nilainya tidak dapat dibaca. ${LEVELS_HINT}`);
  }
  const reading = readLheTable(text, pack.instrument);
  const missing = missingOf(pack, reading.nilai);
  if (reading.nilai.size === 0) {
    throw new UserError(`Tabel "Perolehan Nilai Tingkat Kematangan Indikator" tidak ditemukan di ${name}. ${LEVELS_HINT}`);
  }
  if (missing.length > 0) {
    throw new UserError(
      `Dari ${name} terbaca ${reading.nilai.size} indikator; nilai indikator ${missing.join(', ')} tidak terbaca. ${LEVELS_HINT}`,
    );
  }
  if (reading.namaBerbeda.length > 0) {
    notes.push(`Nama indikator ${reading.namaBerbeda.join(', ')} di LHE berbeda dengan instrumen; periksa nilainya dengan "eviden riwayat".`);
  }
  return { values: reading.nilai, tahun: reading.tahun, text };
}

const GENERIC_NAME = new Set(['pemerintah', 'kabupaten', 'kota', 'provinsi', 'kementerian', 'badan', 'lembaga', 'dan', 'bidang']);

/** A note when the LHE's opening pages do not name the workspace's instansi (an LHE of another body). */
function instansiNote(text: string, nama: string, file: string): string | null {
  const opening = text.slice(0, 3000).toLowerCase();
  const distinctive = nama
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !GENERIC_NAME.has(w));
  if (distinctive.length === 0 || distinctive.every((w) => opening.includes(w))) return null;
  return `Halaman awal ${file} tidak menyebut ${nama}; pastikan LHE ini memang hasil evaluasi instansi Anda.`;
}

/** The index from the values read, and whether the LHE states the same figure (a check of the reading). */
function indexOf(pack: InstrumentPack, values: ReadonlyMap<number, number>, lheText: string | null, notes: string[]) {
  if (missingOf(pack, values).length > 0) {
    notes.push('Nilai belum lengkap untuk semua indikator, sehingga indeks tahun itu tidak dihitung.');
    return null;
  }
  const result = computeIndex(pack.instrument, values, { allowsDecimal: pack.allowsDecimal });
  const shown = formatDecimal(result.indeks);
  if (lheText !== null) {
    const stated = new RegExp(`(^|\\s)${shown.replace('.', '\\.')}(\\s|$)`, 'm').test(lheText);
    notes.push(
      stated
        ? `Indeks ${shown} yang dihitung dari nilai terbaca sama dengan angka pada LHE.`
        : `Indeks ${shown} yang dihitung dari nilai terbaca tidak ditemukan pada LHE; periksa nilai per indikator dengan "eviden riwayat".`,
    );
  }
  return result;
}

export async function importPreviousResult(ws: Workspace, pack: InstrumentPack, file: string, opts: HistoryImportOptions): Promise<HistoryImport> {
  const abs = path.resolve(file);
  const name = path.basename(abs);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(abs));
  } catch {
    throw new UserError(`Berkas ${abs} tidak dapat dibaca. Periksa nama dan lokasinya.`);
  }
  const notes: string[] = [];
  const isPdf = detectType(bytes) === 'pdf';
  const read = isPdf
    ? await readLhe(bytes, name, pack, notes)
    : { values: parseLevels(new TextDecoder().decode(bytes), abs), tahun: null, text: null };
  if (read.text !== null) {
    const note = instansiNote(read.text, ws.config.instansi.nama, name);
    if (note) notes.push(note);
  }
  const tahun = opts.tahun ?? read.tahun;
  if (tahun === null) throw new UserError(`Tahun hasil evaluasi pada ${name} tidak diketahui. Sebutkan dengan --tahun, mis. --tahun ${ws.config.tahun - 1}.`);
  if (tahun >= ws.config.tahun) {
    throw new UserError(`Tahun ${tahun} bukan tahun sebelumnya (workspace ini untuk tahun ${ws.config.tahun}). Periksa --tahun.`);
  }
  const index = indexOf(pack, read.values, read.text, notes);
  const entry: PreviousResult = {
    tahun,
    instrumen: pack.instrument.id,
    nilai: Object.fromEntries([...read.values].sort((a, b) => a[0] - b[0]).map(([no, v]) => [String(no), v])),
    indeks: index?.indeks ?? null,
    predikat: index?.predikat ?? null,
    sumber: { berkas: name, sha256: sha256Of(bytes), jenis: isPdf ? 'lhe' : 'berkas-tingkat' },
    diimpor: nowIso(),
    oleh: opts.oleh,
  };
  writePreviousResults(ws.paths.history, withResult(readPreviousResults(ws.paths.history), entry));
  await withDb(ws, (db) =>
    recordEvent(db, ws.paths.auditLog, {
      at: entry.diimpor,
      type: 'history-imported',
      actor: opts.oleh,
      sha256: entry.sumber.sha256,
      path: null,
      detail: { tahun, instrumen: entry.instrumen, berkas: name, indeks: entry.indeks },
    }),
  );
  return { entry, notes };
}
