import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, hasShared, MINIMAL_CONFIG, SHARED_DIR, type TempWorkspace } from '../helpers/workspace.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { runScan } from '../../src/app/scan.ts';
import { loadDocumentViews } from '../../src/app/state.ts';

if (!hasShared) console.log('[catatan] ../shared/corpus/real tidak ada: uji pipeline pada dokumen nyata dilewati.');

/** File → the indicators a reviewer would accept it for (../shared/corpus/real/README.md). */
const EXPECTED: Record<string, number[]> = {
  'KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE.pdf': [10, 19],
  'Kebijakan_Layanan_SPBE_v3.3.2.pdf': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  'PAN_RB_No_59_Tahun_2020_SPBE.pdf': [],
  'LHE_SPBE_KEMENKO_PEREKONOMIAN_TAHUN_2021.pdf': [],
  'Perpres_Nomor_39_Tahun_2019_Satu_Data_Indonesia.pdf': [],
  'Manajemen_Risiko_SPBE_Permenpan_RB_Nomor_5_Tahun_2020.pdf': [],
  'Manajemen_Keamanan_SPBE_Peraturan_BSSN_Nomor_4_Tahun_2021.pdf': [],
};

/** The corpus is Kemenko Perekonomian's own evidence: its own Kepmenko and policy book count only for that instansi. */
const KEMENKO_CONFIG = MINIMAL_CONFIG.replace(
  /instansi:[\s\S]*?\ntahun:/,
  [
    'instansi:',
    '  nama: Kementerian Koordinator Bidang Perekonomian',
    '  jenis: instansi pusat',
    '  kota: Jakarta',
    '  kop: ["KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN REPUBLIK INDONESIA"]',
    'tahun:',
  ].join('\n'),
);

describe.skipIf(!hasShared)('scan → mapping on the real public documents', () => {
  let ws: TempWorkspace;
  let db: Db;
  beforeAll(async () => {
    ws = makeWorkspace(KEMENKO_CONFIG);
    const dir = path.join(ws.watch, 'Diskominfo');
    mkdirSync(dir, { recursive: true });
    for (const f of Object.keys(EXPECTED)) copyFileSync(path.join(SHARED_DIR, 'corpus/real', f), path.join(dir, f));
    const w = openWorkspace(ws.root);
    db = openDb(w.paths.database);
    await runScan(db, w, { quiet: true });
  }, 600_000);
  afterAll(() => {
    db?.close();
    ws?.cleanup();
  });

  it('reads every document (OCR for the scan) and maps each as a reviewer would', () => {
    const views = loadDocumentViews(db, openWorkspace(ws.root));
    const got = Object.fromEntries(views.map((v) => [path.posix.basename(v.path), (v.classification?.mappings ?? []).map((m) => m.indicator).sort((a, b) => a - b)]));
    expect(got).toEqual(EXPECTED);
    for (const v of views) expect(v.doc.status, v.path).toBe('ok');
    const scan = views.find((v) => v.path.includes('KEPMENKO'))!;
    expect(scan.doc.ocrPages).toBe(8);
  });
});
