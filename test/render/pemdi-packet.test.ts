/**
 * The upload packet of an instrument with coded items, on the generated Pemdi sample workspace: evidence files named
 * by item code (one copy per item, none above the berjenjang stop), the manifest's item fields in JSON and CSV, and
 * the upload checklist (PDF and XLSX) in the application's order.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfBrowser } from '../../src/render/browser.ts';
import { listFiles } from '../../src/render/list-files.ts';
import { manifestSchema, type Manifest } from '../../src/render/manifest.ts';
import { buildPacket, type PacketResult } from '../../src/render/packet.ts';
import { verifyPacket } from '../../src/render/verify.ts';
import { checkOutputs } from '../../src/app/output-status.ts';
import { checklistOf, type IndicatorChecklist } from '../../src/assess/item-checklist.ts';
import { buildPemdiSample, type PemdiSample } from '../helpers/pemdi-sample.ts';
import { unzip } from '../helpers/unzip.ts';
import { pageTexts, qpdfCheck, squeeze } from './pdf-tools.ts';

const browser = new PdfBrowser();
let sample: PemdiSample;
let packet: PacketResult;
let manifest: Manifest;
let checklist: IndicatorChecklist[];

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const evidence = (): string[] => listFiles(path.join(packet.dir, 'bukti-dukung'));

function indicator(no: number): IndicatorChecklist {
  const found = checklist.find((i) => i.no === no);
  if (!found) throw new Error(`indikator ${no} tidak ada`);
  return found;
}

beforeAll(async () => {
  sample = await buildPemdiSample();
  packet = await buildPacket(sample.state, { outputDir: sample.state.workspace.paths.output, browser });
  manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(packet.dir, 'manifest.json'), 'utf8')));
  checklist = checklistOf(sample.state) ?? [];
}, 240_000);

afterAll(async () => {
  await browser.close();
  sample?.cleanup();
});

describe('Pemdi upload packet', () => {
  it('names every evidence copy by its item code and the document', () => {
    const files = evidence();
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(f).toMatch(/^I\d{1,2}-L[1-5]-\d{2}_[A-Za-z0-9-]+\.(pdf|png)$/);
    expect(files).toContain('I13-L1-01_Dokumentasi-Pengembangan-SiCantik-2026.pdf');
    expect(files).toContain('I1-L2-03_Rencana-Aksi-Pemerintah-Digital-2026.pdf');
  });

  it('copies a document meeting several items once under each code, byte for byte', () => {
    const copies = evidence().filter((f) => f.endsWith('_Laporan-Integrasi-Aplikasi-2026.pdf'));
    expect(copies.map((f) => f.split('_')[0])).toEqual(['I16-L1-01', 'I16-L1-02', 'I16-L1-03', 'I16-L2-02']);
    const hashes = new Set(copies.map((f) => sha(path.join(packet.dir, 'bukti-dukung', f))));
    expect(hashes.size).toBe(1);
    const entry = manifest.files.find((e) => e.file === `bukti-dukung/${copies[0]}`);
    expect(entry?.item).toBe('I16-L1-01');
    expect(entry?.items).toEqual(expect.arrayContaining(['I16-L1-01', 'I16-L1-02', 'I16-L1-03', 'I16-L2-02']));
    expect(entry?.sha256).toBe([...hashes][0]);
  });

  it('stops at the berjenjang stop: items above an incomplete level get no copy but stay in the checklist', () => {
    const i1 = indicator(1);
    expect(i1.stop).toBe(2);
    expect(i1.levels.find((l) => l.level === 2)?.items.find((r) => r.code === 'I1-L2-02')?.state).toBe('belum');
    expect(i1.levels.find((l) => l.level === 3)?.locked).toBe(true);
    expect(evidence().some((f) => f.startsWith('I1-L3-'))).toBe(false);
    expect(evidence().some((f) => f.startsWith('I1-L2-'))).toBe(true);
    // The Laporan Manajemen Layanan meets I2-L2-01, but level 1 of I2 lacks its plan (I2-L1-01): no copy yet.
    const i2 = indicator(2);
    expect(i2.stop).toBe(1);
    const l2 = i2.levels.find((l) => l.level === 2);
    expect(l2?.locked).toBe(true);
    expect(l2?.items.find((r) => r.code === 'I2-L2-01')?.state).toBe('ada');
    expect(evidence().some((f) => f.startsWith('I2-L2-'))).toBe(false);
    // Level 1 of I3 is incomplete, so nothing of level 2 and above goes into the packet.
    expect(indicator(3).stop).toBe(1);
    expect(evidence().filter((f) => f.startsWith('I3-')).every((f) => f.startsWith('I3-L1-'))).toBe(true);
  });

  it('never asks to upload the items of an externally scored indicator', () => {
    const i5 = indicator(5);
    expect(i5.external).toBe(true);
    expect(i5.levels.flatMap((l) => l.items).every((r) => r.state === 'eksternal')).toBe(true);
    expect(evidence().some((f) => /^I(5|6|7|18)-/.test(f))).toBe(false);
  });

  it('writes the item fields to manifest.csv as well', () => {
    const csv = readFileSync(path.join(packet.dir, 'manifest.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const header = csv[0]?.split(';') ?? [];
    expect(header).toEqual(expect.arrayContaining(['item', 'items']));
    const row = csv.find((l) => l.startsWith('bukti-dukung/I13-L1-01_'))?.split(';') ?? [];
    expect(row[header.indexOf('item')]).toBe('I13-L1-01');
    expect(row[header.indexOf('kind')]).toBe('bukti');
  });

  it('writes the upload checklist as PDF and XLSX, in the application order, and lists it in the manifest', () => {
    const pdf = path.join(packet.dir, 'daftar-periksa-unggah-2026.pdf');
    expect(qpdfCheck(pdf).status).toBe(0);
    const text = squeeze(pageTexts(pdf).join('\n'));
    expect(text).toContain(squeeze('DAFTAR PERIKSA UNGGAH BUKTI DUKUNG'));
    expect(text).toContain(squeeze('berjenjang berhenti di tingkat 2'));
    expect(text).toContain(squeeze('I1-L2-02'));
    expect(text).toContain(squeeze('Nilai menurut bukti 2,25'));
    expect(text).toContain(squeeze('sumber sekunder'));
    const order = ['I1-L1-01', 'I1-L2-01', 'I1-L2-02', 'I2-L1-01', 'I13-L1-01', 'I20-L1-01'].map((code) => text.indexOf(code));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);

    const sheet = unzip(readFileSync(path.join(packet.dir, 'daftar-periksa-unggah-2026.xlsx'))).get('xl/worksheets/sheet1.xml') ?? '';
    const codes = [...sheet.matchAll(/<t xml:space="preserve">(I\d+-L\d-\d{2})<\/t>/g)].map((m) => m[1] ?? '');
    expect(codes.length).toBe(sample.state.pack.items?.items.length);
    const key = (code: string) => code.split(/[^0-9]+/).filter(Boolean).map(Number);
    const sorted = [...codes].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
    });
    expect(codes).toEqual(sorted);
    expect(sheet).toContain('I1-L2-03_Rencana-Aksi-Pemerintah-Digital-2026.pdf');

    const listed = manifest.files.filter((e) => e.kind === 'daftar-periksa').map((e) => e.file);
    expect(listed).toEqual(['daftar-periksa-unggah-2026.pdf', 'daftar-periksa-unggah-2026.xlsx']);
  });

  it('verifies clean and is current, and the zip holds every file', async () => {
    const verified = await verifyPacket(packet.dir);
    expect(verified.problems).toEqual([]);
    const status = await checkOutputs(sample.state, []);
    expect(status.packets.find((p) => p.dir === packet.dir)?.stale).toEqual([]);
    const zipped = [...unzip(readFileSync(packet.zip)).keys()];
    expect(zipped).toHaveLength(listFiles(packet.dir).length);
  });
});
