/** Test helpers: temporary workspaces with a minimal config, and generated evidence files. */
import { mkdirSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const hasShared = existsSync(path.join(SHARED_DIR, 'corpus'));

export const MINIMAL_CONFIG = `
instansi:
  nama: Pemerintah Kabupaten Uji
  jenis: kabupaten
  kota: Ujiraya
  kop: ["PEMERINTAH KABUPATEN UJI", "DINAS KOMUNIKASI DAN INFORMATIKA"]
tahun: 2026
opd:
  - { kode: HUKUM, nama: Bagian Hukum, folder: BagianHukum, alias: [Hukum] }
  - { kode: KOMINFO, nama: Dinas Komunikasi dan Informatika, folder: Diskominfo }
penanggungJawab:
  "10": [HUKUM]
  "19": [KOMINFO]
penilaian:
  "10": { tingkat: 3, penjelasan: "SK Tim Koordinasi SPBE terlampir." }
penandatangan:
  koordinator: { nama: "Drs. Uji Coba, M.Si.", nip: "196801011990031001", jabatan: Sekretaris Daerah, pangkat: "Pembina Utama Madya (IV/d)" }
`;

export interface TempWorkspace {
  root: string;
  watch: string;
  cleanup(): void;
}

export function makeWorkspace(config = MINIMAL_CONFIG): TempWorkspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-test-'));
  writeFileSync(path.join(root, 'eviden.config.yaml'), config);
  const watch = path.join(root, 'watch');
  mkdirSync(watch, { recursive: true });
  return { root, watch, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A born-digital PDF whose pages hold the given lines (WinAnsi text, Helvetica). */
export async function textPdf(pages: string[][], title = 'Dokumen uji'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 18, size: 12, font }));
  }
  return doc.save({ useObjectStreams: false });
}

/** A scanned PDF: each page is one JPEG image of rendered text, with no text layer. */
export async function scannedPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const lines of pages) {
    const canvas = createCanvas(1240, 1754);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 1240, 1754);
    ctx.fillStyle = '#111111';
    ctx.font = '36px serif';
    lines.forEach((line, i) => ctx.fillText(line, 110, 180 + i * 56));
    const jpg = await canvas.encode('jpeg', 85);
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595, 842]);
    page.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save();
}

export const SK_TIM_KOORDINASI = [
  'KEPUTUSAN BUPATI UJI',
  'NOMOR 100/45/KEP/2025',
  'TENTANG',
  'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK',
  'KABUPATEN UJI',
  'Menimbang bahwa untuk mengoordinasikan penerapan SPBE perlu dibentuk',
  'Tim Koordinasi SPBE Kabupaten Uji.',
  'MEMUTUSKAN: Menetapkan Tim Koordinasi SPBE dengan susunan keanggotaan',
  'Ketua: Sekretaris Daerah; Sekretaris: Kepala Dinas Komunikasi dan Informatika.',
  'Ditetapkan di Ujiraya pada tanggal 6 Oktober 2025',
  'BUPATI UJI,',
];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `eviden --workspace ROOT …ARGS` as a user would (the real binary), with a reviewer name set. */
export function runEviden(root: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVIDEN_REVIEWER: 'Penguji' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
