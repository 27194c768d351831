/**
 * The workspace's own application names (config `aplikasi`), end to end through the real binary: a document that names
 * the service only by the Pemda's own acronym maps to nothing until the config lists the name; editing the list
 * re-classifies on the next scan (the classification fingerprint holds it), `explain` says where the match came
 * from, and a number the instrument lacks stops the command with an Indonesian message at its line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, MINIMAL_CONFIG, runEviden, textPdf, type TempWorkspace } from '../helpers/workspace.ts';

const BA = 'Diskominfo/BA Uji Coba Integrasi SIMPATIK.pdf';
const BA_LINES = [
  'PEMERINTAH KABUPATEN UJI',
  'BERITA ACARA',
  'UJI COBA INTEGRASI SIMPATIK',
  'Nomor: 900/34/BA/2025',
  'Pada hari ini Rabu tanggal enam belas Juli tahun dua ribu dua puluh lima telah dilaksanakan uji coba integrasi.',
  'Data transaksi SIMPATIK dikirim otomatis ke bank mitra melalui API.',
  'Hasil uji coba: pertukaran data berjalan dan dinyatakan berhasil.',
];

interface Explained {
  classification: { mappings: { indicator: number; reasons: { rule: string; phrase: string; place: string }[] }[] };
}

describe('aplikasi: the workspace names its own applications per indicator', () => {
  let ws: TempWorkspace;
  const config = (aplikasi: string): void => writeFileSync(path.join(ws.root, 'eviden.config.yaml'), `${MINIMAL_CONFIG}${aplikasi}`);
  const mapped = (): number[] => {
    const r = runEviden(ws.root, 'explain', BA, '--json');
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as Explained).classification.mappings.map((m) => m.indicator);
  };

  beforeAll(async () => {
    ws = makeWorkspace();
    mkdirSync(path.join(ws.watch, 'Diskominfo'), { recursive: true });
    writeFileSync(path.join(ws.watch, BA), await textPdf([BA_LINES]));
  });
  afterAll(() => ws.cleanup());

  it('maps a document named by the acronym only once the config lists it, and re-classifies when it is edited', () => {
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
    expect(mapped()).not.toContain(34);

    config('aplikasi:\n  "34": [SIMPATIK]\n  "41": [e-Ngantor, SIKAP]\n');
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
    expect(mapped()).toContain(34);
    const text = runEviden(ws.root, 'explain', BA);
    expect(text.stdout).toMatch(/Indikator 34 \([^)]+\): skor [\d,]+ \(\w+\), sumber isi dokumen — nama aplikasi dari konfigurasi 'SIMPATIK' di judul hal\. 1/);

    // The name moved to another indicator: the stored classification is stale and the next scan redoes it.
    config('aplikasi:\n  "41": [SIMPATIK]\n');
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
    const now = mapped();
    expect(now).not.toContain(34);
    expect(now).toContain(41);
  });

  it('stops at a number the instrument lacks, naming the key and its line', () => {
    config('aplikasi:\n  "34": [SIMPATIK]\n  "99": [SIAP-KITA]\n');
    const r = runEviden(ws.root, 'scan', '--quiet');
    expect(r.code).not.toBe(0);
    const line = `${MINIMAL_CONFIG}aplikasi:\n  "34": [SIMPATIK]\n`.split('\n').length;
    expect(r.stderr).toContain(`eviden.config.yaml:${line}: kolom "aplikasi.99": Indikator 99 tidak ada di instrumen spbe-2020 (nomor 1–47).`);
    expect(r.stderr).toContain('Kunci `aplikasi`');
  });
});

describe('aplikasi: the workspace learns its applications from its own service documents', () => {
  let ws: TempWorkspace;
  const MANUAL = 'Dispusip/Manual Pengguna Aplikasi SIARSI.pdf';
  const RILIS = 'Dispusip/Catatan Rilis SIARSI 3.0.pdf';
  const MANUAL_LINES = [
    'PEMERINTAH KABUPATEN UJI',
    'MANUAL PENGGUNA APLIKASI SIARSI',
    'Sistem Informasi Kearsipan Dinamis Kabupaten Uji',
    'BAB I Pengantar: SIARSI mengelola arsip dinamis dan naskah dinas elektronik seluruh perangkat daerah.',
    'BAB II Surat masuk dan surat keluar: unggah naskah, disposisi kepada pejabat, dan tanda tangan elektronik.',
    'BAB III Peminjaman arsip: pengajuan, persetujuan arsiparis, dan pengembalian arsip.',
  ];
  const RILIS_LINES = [
    'PEMERINTAH KABUPATEN UJI',
    'CATATAN RILIS SIARSI VERSI 3.0',
    'Tanggal rilis: 17 Februari 2025',
    'Perubahan: tabel klasifikasi diperbarui; notifikasi jatuh tempo pengembalian; perbaikan kinerja pencarian berkas.',
  ];
  const mapped = (file: string): { indicators: number[]; text: string } => {
    const json = runEviden(ws.root, 'explain', file, '--json');
    expect(json.code, json.stderr).toBe(0);
    return { indicators: (JSON.parse(json.stdout) as Explained).classification.mappings.map((m) => m.indicator), text: runEviden(ws.root, 'explain', file).stdout };
  };

  beforeAll(async () => {
    ws = makeWorkspace();
    mkdirSync(path.join(ws.watch, 'Dispusip'), { recursive: true });
    writeFileSync(path.join(ws.watch, RILIS), await textPdf([RILIS_LINES]));
  });
  afterAll(() => ws.cleanup());

  it('release notes named only by the application map to the service its manual maps to, and say where the name was learned', async () => {
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
    expect(mapped(RILIS).indicators).toEqual([]);

    writeFileSync(path.join(ws.watch, MANUAL), await textPdf([MANUAL_LINES]));
    expect(runEviden(ws.root, 'scan', '--quiet').code).toBe(0);
    expect(mapped(MANUAL).indicators).toEqual([37]);
    const rilis = mapped(RILIS);
    expect(rilis.indicators).toEqual([37]);
    expect(rilis.text).toContain("nama aplikasi 'SIARSI'");
    expect(rilis.text).toContain('dikenali dari dokumen lain di workspace ini');
  });
});
