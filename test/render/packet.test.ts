import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfBrowser } from '../../src/render/browser.ts';
import { listFiles } from '../../src/render/list-files.ts';
import type { Manifest } from '../../src/render/manifest.ts';
import { buildPacket, type PacketResult } from '../../src/render/packet.ts';
import { verifyArchive, verifyPacket } from '../../src/render/verify.ts';
import { buildFixture, type Fixture, removeFixtures } from './fixture-state.ts';
import { checkOutputs } from '../../src/app/output-status.ts';
import { formatDateTime } from '../../src/shared/format.ts';
import { qpdfCheck } from './pdf-tools.ts';

const browser = new PdfBrowser();
let fx: Fixture;
let packet: PacketResult;

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Entry names from a zip's central directory (no unzip tool needed). */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(offset + 28);
    const extraLen = buf.readUInt16LE(offset + 30);
    const commentLen = buf.readUInt16LE(offset + 32);
    names.push(buf.subarray(offset + 46, offset + 46 + nameLen).toString('utf8'));
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

beforeAll(async () => {
  fx = await buildFixture({ logo: true });
  packet = await buildPacket(fx.state, { outputDir: fx.state.workspace.paths.output, browser });
}, 180_000);

afterAll(async () => {
  await browser.close();
  removeFixtures();
});

describe('submission packet', () => {
  it('writes the folder and zip with every document, lampiran, renamed evidence and both manifests', () => {
    expect(path.basename(packet.dir)).toBe('paket-2026-draf');
    expect(path.basename(packet.zip)).toBe('paket-2026-draf.zip');
    const files = listFiles(packet.dir);
    expect(files).toEqual(expect.arrayContaining([
      'laporan-penilaian-mandiri-2026-draf.pdf',
      'berita-acara-penilaian-mandiri-2026-draf.pdf',
      'pernyataan-persetujuan-publikasi-2026-draf.pdf',
      'laporan-kesenjangan-2026.pdf',
      'kesenjangan/kesenjangan-Diskominfo.pdf',
      'lampiran/lampiran-II-19.pdf',
      'bukti-dukung/I10_BagianHukum_SK-Tim-Koordinasi-SPBE-2023.pdf',
      'bukti-dukung/I37_Diskominfo_Tangkapan-layar-SRIKANDI.png',
      'bukti-dukung/I28_Diskominfo_Draf-SOP-Layanan-SPBE.docx',
      'manifest.json',
      'manifest.csv',
    ]));
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._/-]+$/);
    expect(zipEntries(packet.zip)).toEqual(files.map((f) => `paket-2026-draf/${f}`));
    for (const f of files.filter((n) => n.endsWith('.pdf') && !n.startsWith('bukti-dukung/'))) {
      expect(qpdfCheck(path.join(packet.dir, f)).status, f).toBe(0);
    }
  });

  it('records hashes, sizes, origin and lampiran page of every file in the manifest, one copy per evidence document', () => {
    const manifest = JSON.parse(readFileSync(path.join(packet.dir, 'manifest.json'), 'utf8')) as Manifest;
    const listed = manifest.files.map((e) => e.file);
    expect(listed).toEqual(listFiles(packet.dir).filter((f) => !f.startsWith('manifest.')));
    for (const e of manifest.files) {
      expect(sha(path.join(packet.dir, e.file)), e.file).toBe(e.sha256);
      expect(readFileSync(path.join(packet.dir, e.file)).length).toBe(e.bytes);
    }
    const sk = manifest.files.find((e) => e.file === 'bukti-dukung/I10_BagianHukum_SK-Tim-Koordinasi-SPBE-2023.pdf')!;
    expect(sk).toMatchObject({
      kind: 'bukti', originalPath: 'BagianHukum/SK Tim Koordinasi SPBE 2023.pdf', opd: 'BagianHukum', indicator: 10,
      indicators: [10, 19], item: null, items: [], pages: 4, lampiran: 'I.10', lampiranFile: 'lampiran/lampiran-I-10.pdf', lampiranPage: 2,
    });
    const evidence = manifest.files.filter((e) => e.kind === 'bukti');
    // An instrument without coded items has no upload checklist and files evidence by indicator.
    expect(manifest.files.some((e) => e.kind === 'daftar-periksa')).toBe(false);
    expect(evidence.every((e) => e.item === null && /^bukti-dukung\/I\d{2}_/.test(e.file))).toBe(true);
    expect(new Set(evidence.map((e) => e.sha256)).size).toBe(evidence.length);
    const text = readFileSync(path.join(packet.dir, 'manifest.csv'), 'utf8');
    // eviden's CSV convention (README "Berkas CSV"), as gaps.csv: BOM, ';', CRLF.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = text.slice(1).trimEnd().split('\r\n');
    expect(csv[0]).toBe('file;kind;sha256;bytes;pages;original_path;opd;indicator;indicators;item;items;lampiran;lampiran_file;lampiran_page;sidik');
    expect(csv).toHaveLength(manifest.files.length + 1);
    expect(csv.find((l) => l.startsWith('bukti-dukung/I10_BagianHukum_SK'))).toContain(';BagianHukum/SK Tim Koordinasi SPBE 2023.pdf;BagianHukum;10;10 19;;;I.10;lampiran/lampiran-I-10.pdf;2;');
  });

  it('gives the same zip bytes for the same inputs', async () => {
    const first = readFileSync(packet.zip);
    const again = await buildPacket(fx.state, { outputDir: fx.state.workspace.paths.output, browser });
    expect(readFileSync(again.zip).equals(first)).toBe(true);
  }, 180_000);
});

describe('stale outputs', () => {
  it('are none right after the packet is built', async () => {
    const report = await checkOutputs(fx.state, []);
    expect(report.stale).toEqual([]);
    expect(report.current.map((o) => o.file)).toEqual(expect.arrayContaining(['laporan-penilaian-mandiri-2026-draf.pdf', 'lampiran/lampiran-II-19.pdf']));
    expect(report.packets).toEqual([{ dir: packet.dir, stale: [] }]);
  });

  it('name the outputs a later mapping decision made stale, why and when, in output/ and in the packet', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    const changed = {
      ...fx.state,
      assessment: {
        ...fx.state.assessment,
        indicators: fx.state.assessment.indicators.map((a) => (a.id === 19 ? { ...a, documents: a.documents.slice(1) } : a)),
      },
    };
    const event = { at: later, type: 'decision' as const, actor: 'Siti Rahma', sha256: null, path: 'BagianHukum/SK Tim Koordinasi SPBE 2023.pdf', detail: {} };
    const report = await checkOutputs(changed, [event]);
    const laporan = report.stale.find((o) => o.file === 'laporan-penilaian-mandiri-2026-draf.pdf')!;
    expect(laporan.status).toBe('usang');
    expect(laporan.reasons.join(' ')).toContain(`dibuat sebelum keputusan pemetaan ${formatDateTime(later)} oleh Siti Rahma (BagianHukum/SK Tim Koordinasi SPBE 2023.pdf)`);
    expect(report.stale.map((o) => o.file)).toEqual(expect.arrayContaining(['lampiran/lampiran-II-19.pdf', 'laporan-kesenjangan-2026.pdf']));
    expect(report.stale.map((o) => o.file)).not.toContain('lampiran/lampiran-I-10.pdf');
    expect(report.packets[0]!.stale.map((s) => s.file)).toEqual(expect.arrayContaining(['laporan-penilaian-mandiri-2026-draf.pdf', 'lampiran/lampiran-II-19.pdf']));
  });
});

describe('stale outputs: dependencies', () => {
  it('marks a current laporan stale when a lampiran it cites is missing', async () => {
    const file = path.join(fx.state.workspace.paths.output, 'lampiran', 'lampiran-II-19.pdf');
    const kept = readFileSync(file);
    rmSync(file);
    try {
      const report = await checkOutputs(fx.state, []);
      const laporan = report.stale.find((o) => o.file === 'laporan-penilaian-mandiri-2026-draf.pdf')!;
      expect(laporan.reasons).toEqual(['merujuk lampiran yang hilang atau usang: lampiran/lampiran-II-19.pdf']);
    } finally {
      writeFileSync(file, kept);
    }
  });
});

describe('verify', () => {
  it('passes on an untouched archive and packet', async () => {
    expect((await verifyArchive(fx.state)).problems).toEqual([]);
    const r = await verifyPacket(packet.dir);
    expect(r.problems).toEqual([]);
    expect(r.checked).toBeGreaterThan(10);
  });

  it('detects a changed, a missing and an unlisted packet file, and an edited manifest.csv', async () => {
    const tampered = path.join(packet.dir, 'bukti-dukung/I10_BagianHukum_SK-Tim-Koordinasi-SPBE-2023.pdf');
    appendFileSync(tampered, '%tamper');
    rmSync(path.join(packet.dir, 'berita-acara-penilaian-mandiri-2026-draf.pdf'));
    writeFileSync(path.join(packet.dir, 'bukti-dukung/tambahan.pdf'), '%PDF-1.4');
    appendFileSync(path.join(packet.dir, 'manifest.csv'), 'x,y\r\n');
    const { problems } = await verifyPacket(packet.dir);
    expect(problems.map((p) => p.file).sort()).toEqual([
      'berita-acara-penilaian-mandiri-2026-draf.pdf',
      'bukti-dukung/I10_BagianHukum_SK-Tim-Koordinasi-SPBE-2023.pdf',
      'bukti-dukung/tambahan.pdf',
      'manifest.csv',
    ]);
    expect(problems.find((p) => p.file.includes('I10_'))!.message).toMatch(/berbeda dari manifest/);
  });

  it('reports a folder without a readable manifest instead of passing it', async () => {
    const dir = path.join(fx.root, 'bukan-paket');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'manifest.json'), '{"files": "bukan daftar"}');
    const { problems } = await verifyPacket(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/manifest\.json .* tidak dapat dibaca/);
    expect((await verifyPacket(path.join(fx.root, 'tidak-ada'))).problems[0]!.message).toMatch(/tidak ada/);
  });

  it('detects a changed and a missing archive copy', async () => {
    const [a, b] = fx.state.documents;
    chmodSync(a!.archiveFile, 0o644);
    appendFileSync(a!.archiveFile, 'x');
    rmSync(b!.archiveFile, { force: true });
    const { problems } = await verifyArchive(fx.state);
    expect(problems.map((p) => p.file).sort()).toEqual([a!.archiveFile, b!.archiveFile].sort());
    expect(problems.find((p) => p.file === a!.archiveFile)!.message).toMatch(/berubah/);
    expect(problems.find((p) => p.file === b!.archiveFile)!.message).toMatch(/hilang/);
  });
});
