/**
 * The Laporan page model (pure over the listing of output/): the official PDFs first, in their fixed order, then
 * the packet, the gap reports per OPD, the lampiran and the analysis data, instead of one flat list.
 */
import { KESENJANGAN_DIR, LAMPIRAN_DIR, outputNames } from '../../render/output-plan.ts';
import { packetName } from '../../render/packet.ts';
import type { OutputFile } from '../outputs.ts';

export type OutputGroupKey = 'resmi' | 'paket' | 'isi-paket' | 'kesenjangan-opd' | 'lampiran' | 'data' | 'lain';

export interface OutputRow extends OutputFile {
  /** What the file is, e.g. "Berita Acara Penilaian Mandiri" or the OPD's name. */
  label: string;
  href: string;
}

export interface OutputGroup {
  key: OutputGroupKey;
  judul: string;
  /** Shown open (the official documents); long groups are folded. */
  open: boolean;
  files: OutputRow[];
  bytes: number;
}

const TITLES: Record<OutputGroupKey, string> = {
  resmi: 'Dokumen resmi',
  paket: 'Paket penyampaian',
  'isi-paket': 'Isi folder paket (dokumen dan bukti dukung bernama rapi)',
  'kesenjangan-opd': 'Laporan kesenjangan per OPD',
  lampiran: 'Lampiran bukti dukung',
  data: 'Data analisis (JSON, CSV)',
  lain: 'Berkas lain',
};

const ORDER: readonly OutputGroupKey[] = ['resmi', 'paket', 'kesenjangan-opd', 'lampiran', 'isi-paket', 'data', 'lain'];

/** Groups longer than this are folded under their title. */
const FOLD_AFTER = 6;

function classify(file: OutputFile, tahun: number, opdNames: Map<string, string>): { key: OutputGroupKey; label: string; rank: number } {
  const final = outputNames(tahun, 'final');
  const draf = outputNames(tahun, 'draf');
  const official: [string, string][] = [
    [final.laporan, 'Laporan Penilaian Mandiri'],
    [final.beritaAcara, 'Berita Acara Penilaian Mandiri'],
    [final.pernyataan, 'Pernyataan Persetujuan Publikasi'],
    [draf.laporan, 'Laporan Penilaian Mandiri (draf)'],
    [draf.beritaAcara, 'Berita Acara Penilaian Mandiri (draf)'],
    [draf.pernyataan, 'Pernyataan Persetujuan Publikasi (draf)'],
    [final.kesenjangan, 'Laporan Kesenjangan (seluruh instansi)'],
  ];
  const at = official.findIndex(([name]) => name === file.name);
  if (at >= 0) return { key: 'resmi', label: official[at]?.[1] ?? file.name, rank: at };
  for (const [rank, mode] of (['final', 'draf'] as const).entries()) {
    const packet = packetName(tahun, mode);
    const suffix = mode === 'draf' ? ' (draf)' : '';
    if (file.name === `${packet}.zip`) return { key: 'paket', label: `Paket lengkap${suffix} (zip)`, rank: rank * 3 };
    if (file.name === `${packet}/manifest.json`) return { key: 'paket', label: `Manifest paket${suffix}, SHA-256 (JSON)`, rank: rank * 3 + 1 };
    if (file.name === `${packet}/manifest.csv`) return { key: 'paket', label: `Manifest paket${suffix}, SHA-256 (CSV)`, rank: rank * 3 + 2 };
    if (file.name.startsWith(`${packet}/`)) return { key: 'isi-paket', label: file.name.split('/').pop() ?? file.name, rank: 0 };
  }
  const gap = new RegExp(`^${KESENJANGAN_DIR}/kesenjangan-(.+)\\.pdf$`).exec(file.name);
  if (gap) return { key: 'kesenjangan-opd', label: opdNames.get(gap[1] ?? '') ?? gap[1] ?? file.name, rank: 0 };
  if (file.name.startsWith(`${LAMPIRAN_DIR}/`)) return { key: 'lampiran', label: 'Lampiran', rank: 0 };
  if (/^gaps\.(json|csv)$/.test(file.name)) return { key: 'data', label: file.name.endsWith('.csv') ? 'Kesenjangan (CSV, untuk spreadsheet)' : 'Kesenjangan (JSON)', rank: 0 };
  return { key: 'lain', label: 'Berkas lain', rank: 0 };
}

export function outputGroups(files: OutputFile[], tahun: number, opds: { kode: string; nama: string }[]): OutputGroup[] {
  const opdNames = new Map(opds.map((o) => [o.kode, o.nama]));
  const byKey = new Map<OutputGroupKey, { row: OutputRow; rank: number }[]>();
  for (const file of files) {
    const c = classify(file, tahun, opdNames);
    const row: OutputRow = { ...file, label: c.label, href: `/unduh/${encodeURIComponent(file.name)}` };
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), { row, rank: c.rank }]);
  }
  return ORDER.filter((key) => byKey.has(key)).map((key) => {
    const rows = (byKey.get(key) ?? []).sort((a, b) => a.rank - b.rank || a.row.name.localeCompare(b.row.name, 'id', { numeric: true }));
    const list = rows.map((r) => r.row);
    const open = key === 'resmi' || key === 'paket' || (key !== 'isi-paket' && list.length <= FOLD_AFTER);
    return { key, judul: TITLES[key], open, files: list, bytes: list.reduce((n, f) => n + f.size, 0) };
  });
}
