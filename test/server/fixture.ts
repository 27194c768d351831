/**
 * A temporary workspace for the dashboard tests: a valid eviden.config.yaml (with comments), generated PDFs and a
 * PNG in watch/<OPD>/, archived and indexed through the store repositories with known classifications, so the
 * tests know exactly which mapping is a candidate and which indicator is empty.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { openDb, type Db } from '../../src/store/db.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import type { Workspace } from '../../src/types/config.ts';
import { archiveContent, sha256Of } from '../../src/store/archive.ts';
import { insertPendingDocument, saveExtraction } from '../../src/store/documents.ts';
import { savePages } from '../../src/store/pages.ts';
import { upsertLocation } from '../../src/store/locations.ts';
import { saveClassification } from '../../src/store/classifications.ts';
import { recordEvent } from '../../src/store/audit.ts';
import type { Classification, Mapping } from '../../src/types/classification.ts';
import type { DocStatus, FileType } from '../../src/types/documents.ts';

export const CONFIG = `# Konfigurasi eviden untuk uji dasbor
instansi:
  nama: Pemerintah Kabupaten Sukamaju   # nama resmi instansi
  jenis: kabupaten
  kota: Sukamaju
  kop: [PEMERINTAH KABUPATEN SUKAMAJU, SEKRETARIAT DAERAH]
tahun: 2026
opd:
  - { kode: DISKOMINFO, nama: Dinas Komunikasi dan Informatika, folder: Diskominfo }
  - { kode: BAPPEDA, nama: Badan Perencanaan Pembangunan Daerah, folder: Bappeda }
penanggungJawab:
  "10": [DISKOMINFO]
  "11": [BAPPEDA]
  "12": [BAPPEDA]
  "19": [DISKOMINFO]
# Penilaian mandiri: tingkat dan penjelasan per indikator
penilaian:
  "12":
    tingkat: 2 # diisi koordinator
penandatangan:
  koordinator:
    nama: Drs. Budi Santoso, M.Si.
    nip: "197001011995031002"
    jabatan: Sekretaris Daerah Kabupaten Sukamaju
`;

export interface FixtureDoc {
  sha256: string;
  path: string;
}

export interface Fixture {
  root: string;
  ws: Workspace;
  db: Db;
  /** SK Tim Koordinasi SPBE: a candidate for indicator 10 only (so indicator 10 is `kosong`). */
  sk: FixtureDoc;
  /** Peta Rencana SPBE: accepted for indicator 12. */
  peta: FixtureDoc;
  /** Arsitektur SPBE: accepted for 11 with low confidence. */
  arsitektur: FixtureDoc;
  /** A PNG in an unknown folder, not mapped. */
  gambar: FixtureDoc;
  /** A damaged file. */
  rusak: FixtureDoc;
  cleanup(): void;
}

export async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 770 - i * 22, size: 12, font }));
  }
  return pdf.save({ useObjectStreams: false });
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A small solid-colour PNG (no image library needed). */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from(rgb))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function mapping(sha256: string, indicator: number, score: number, confidence: Mapping['confidence'], phrase: string, pages: number[]): Mapping {
  return {
    id: `${sha256.slice(0, 12)}-${indicator}`,
    sha256,
    indicator,
    score,
    confidence,
    source: 'content',
    reasons: [{ rule: `i${indicator}.uji`, phrase, place: 'judul', pages, weight: score }],
    possiblyMisfiled: false,
  };
}

export interface Seed {
  rel: string;
  bytes: Uint8Array;
  type: FileType;
  status: DocStatus;
  message: string;
  pageTexts: string[];
  opd: string | null;
  classification: (sha256: string) => Classification | null;
}

const NOW = '2026-11-20T08:00:00.000Z';

export function index(db: Db, ws: Workspace, seed: Seed): FixtureDoc {
  const abs = path.join(ws.paths.watch, ...seed.rel.split('/'));
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, seed.bytes);
  const sha256 = sha256Of(seed.bytes);
  const archivePath = archiveContent(ws.paths.state, sha256, seed.type, seed.bytes);
  insertPendingDocument(db, { sha256, size: seed.bytes.length, type: seed.type, archivePath, now: NOW });
  saveExtraction(db, {
    sha256, type: seed.type, status: seed.status, message: seed.message, pages: seed.pageTexts.length, ocrPages: 0,
    encrypted: false, now: NOW,
  });
  savePages(db, sha256, seed.pageTexts.map((text, i) => ({ no: i + 1, text, source: 'text' as const, confidence: null })));
  upsertLocation(db, {
    path: seed.rel, sha256, opd: seed.opd, folder: seed.rel.split('/')[0]!, size: seed.bytes.length, mtimeMs: 1, now: NOW,
  });
  recordEvent(db, ws.paths.auditLog, { at: NOW, type: 'ingested', actor: 'system', sha256, path: seed.rel, detail: {} });
  const c = seed.classification(sha256);
  if (c) saveClassification(db, ws.config.instrumen, c, 'uji-1', NOW);
  return { sha256, path: seed.rel };
}

const SK_PAGES = [
  [
    'KEPUTUSAN BUPATI SUKAMAJU',
    'NOMOR 045/123/KEP/2026',
    'TENTANG',
    'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
    'KABUPATEN SUKAMAJU',
    'Menimbang: bahwa untuk melaksanakan SPBE perlu dibentuk Tim Koordinasi SPBE.',
  ],
  ['Ditetapkan di Sukamaju pada tanggal 2 Februari 2026', 'BUPATI SUKAMAJU', 'ttd', 'H. AHMAD SUBAGJA'],
];
const PETA_PAGES = [['PETA RENCANA SPBE KABUPATEN SUKAMAJU 2026-2030', 'Dokumen peta rencana sistem pemerintahan berbasis elektronik.']];
const ARSITEKTUR_PAGES = [['ARSITEKTUR SPBE KABUPATEN SUKAMAJU', 'Referensi arsitektur proses bisnis, data dan informasi, aplikasi.']];

export async function makeFixture(): Promise<Fixture> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-dasbor-'));
  writeFileSync(path.join(root, 'eviden.config.yaml'), CONFIG);
  const ws = openWorkspace(root);
  const db = openDb(ws.paths.database);
  const skBytes = await makePdf(SK_PAGES);
  const sk = index(db, ws, {
    rel: 'Diskominfo/SK Tim Koordinasi SPBE 2026.pdf',
    bytes: skBytes,
    type: 'pdf',
    status: 'ok',
    message: '',
    pageTexts: SK_PAGES.map((p) => p.join('\n')),
    opd: 'DISKOMINFO',
    classification: (sha256) => ({
      sha256, kind: 'keputusan', date: '2026-02-02', enacted: true, mappings: [],
      candidates: [mapping(sha256, 10, 0.42, 'sedang', 'tim koordinasi SPBE', [1])],
    }),
  });
  const peta = index(db, ws, {
    rel: 'Bappeda/Peta Rencana SPBE.pdf',
    bytes: await makePdf(PETA_PAGES),
    type: 'pdf',
    status: 'ok',
    message: '',
    pageTexts: PETA_PAGES.map((p) => p.join('\n')),
    opd: 'BAPPEDA',
    classification: (sha256) => ({
      sha256, kind: 'dokumen-peta-rencana', date: null, enacted: false,
      mappings: [mapping(sha256, 12, 0.9, 'tinggi', 'peta rencana SPBE', [1])], candidates: [],
    }),
  });
  const arsitektur = index(db, ws, {
    rel: 'Bappeda/Arsitektur SPBE.pdf',
    bytes: await makePdf(ARSITEKTUR_PAGES),
    type: 'pdf',
    status: 'ok',
    message: '',
    pageTexts: ARSITEKTUR_PAGES.map((p) => p.join('\n')),
    opd: 'BAPPEDA',
    classification: (sha256) => ({
      sha256, kind: 'dokumen-arsitektur', date: null, enacted: false,
      mappings: [mapping(sha256, 11, 0.55, 'rendah', 'arsitektur SPBE', [1])], candidates: [],
    }),
  });
  const gambar = index(db, ws, {
    rel: 'Lain-lain/tangkapan layar.png',
    bytes: makePng(64, 40, [29, 59, 99]),
    type: 'png',
    status: 'ok',
    message: '',
    pageTexts: ['Halaman masuk aplikasi'],
    opd: null,
    classification: (sha256) => ({ sha256, kind: 'tangkapan-layar', date: null, enacted: false, mappings: [], candidates: [] }),
  });
  const rusak = index(db, ws, {
    rel: 'Bappeda/rusak.pdf',
    bytes: Buffer.from('%PDF-1.4\nini bukan PDF yang utuh'),
    type: 'pdf',
    status: 'corrupt',
    message: 'Berkas Bappeda/rusak.pdf rusak dan tidak dapat dibaca. Simpan ulang dari aplikasi asalnya lalu taruh lagi.',
    pageTexts: [],
    opd: 'BAPPEDA',
    classification: () => null,
  });
  return {
    root, ws, db, sk, peta, arsitektur, gambar, rusak,
    cleanup() {
      db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
