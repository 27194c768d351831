/**
 * The upload checklist of an instrument with coded items (Pemdi): per indicator and level, in the application's
 * order, every item with its state, the files of the packet to upload for it, and the berjenjang stop. One set of
 * rows for the PDF (src/render/model/upload-checklist.ts) and the XLSX sheets below. Pure.
 */
import type { IndicatorChecklist, ItemRow, LevelChecklist } from '../assess/item-checklist.ts';
import type { NamedEvidence } from '../render/packet-names.ts';
import { formatDecimal } from '../shared/format.ts';
import { statusLabel } from '../shared/vocabulary.ts';
import type { Sheet } from '../shared/xlsx.ts';

export interface ChecklistItemRow {
  indikator: number;
  tingkat: number;
  kode: string;
  butir: string;
  /** ada | belum | eksternal, plus `terkunci` above the berjenjang stop (for styling). */
  kelas: string;
  status: string;
  /** File names inside the packet's evidence folder, in upload order (above the stop: the document's own name). */
  berkas: string[];
  opd: string;
}

export interface ChecklistLevel {
  tingkat: number;
  label: string;
  /** "lengkap", "belum lengkap — penilaian berjenjang berhenti di sini", "terkunci" … */
  keadaan: string;
  items: ChecklistItemRow[];
}

export interface ChecklistIndicator {
  no: number;
  nama: string;
  /** Scored from a partner index: its items are never uploaded (the PDF lists their codes only). */
  eksternal: boolean;
  /** One sentence: the value the evidence supports and where the climb stops. */
  ringkasan: string;
  levels: ChecklistLevel[];
  /** Accepted documents meeting no item of the indicator: to be reviewed, not uploaded as they are. */
  tanpaButir: string[];
}

function decimal(value: number): string {
  return formatDecimal(value, 2);
}

function statusOf(row: ItemRow, level: LevelChecklist, stop: number | null): string {
  if (row.state === 'eksternal') return 'Nilai indeks mitra: tidak diunggah, diimpor dengan "eviden nilai-eksternal"';
  if (row.state === 'ada') return level.locked ? `Ada bukti; diunggah setelah tingkat ${stop} diterima (berjenjang)` : 'Ada bukti';
  const none = statusLabel('kosong');
  return level.locked ? `${none}; tingkat ini dinilai setelah tingkat ${stop} lengkap` : none;
}

function keadaanOf(level: LevelChecklist, stop: number | null): string {
  if (level.items.every((r) => r.state === 'eksternal')) return 'dinilai dari indeks mitra';
  if (level.locked) return `terkunci sampai tingkat ${stop} lengkap`;
  if (level.level === stop) {
    const missing = level.items.filter((r) => r.state === 'belum').length;
    return `belum lengkap (${missing} dari ${level.items.length} butir belum ada bukti): penilaian berjenjang berhenti di tingkat ini`;
  }
  return 'lengkap';
}

function summaryOf(ind: IndicatorChecklist): string {
  const value = ind.value === null ? '-' : decimal(ind.value);
  if (ind.external) return `Nilai dari indeks mitra: ${value}. Butirnya tidak diunggah; nilainya diimpor dengan "eviden nilai-eksternal".`;
  const claim = ind.claimed === null ? 'belum diisi' : decimal(ind.claimed);
  const stop = ind.stop === null ? 'semua tingkat lengkap' : `berjenjang berhenti di tingkat ${ind.stop}`;
  return `Nilai menurut bukti ${value} (penilaian mandiri: ${claim}); ${stop}.`;
}

function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}

export function checklistIndicators(checklist: readonly IndicatorChecklist[], named: readonly NamedEvidence[]): ChecklistIndicator[] {
  const nameOf = new Map(named.filter((n) => n.item !== null).map((n) => [`${n.item}|${n.sha256}`, n.fileName]));
  const unitemized = new Map(named.filter((n) => n.item === null).map((n) => [n.sha256, n.fileName]));
  return checklist.map((ind) => ({
    no: ind.no,
    nama: ind.nama,
    eksternal: ind.external,
    ringkasan: summaryOf(ind),
    levels: ind.levels.map((level) => ({
      tingkat: level.level,
      label: level.label,
      keadaan: keadaanOf(level, ind.stop),
      items: level.items.map((row) => ({
        indikator: ind.no,
        tingkat: level.level,
        kode: row.code,
        butir: row.text,
        kelas: `${row.state}${level.locked ? ' terkunci' : ''}`,
        status: statusOf(row, level, ind.stop),
        berkas: row.evidence.map((e) => nameOf.get(`${row.code}|${e.sha256}`) ?? fileName(e.path)),
        opd: [...new Set(row.evidence.map((e) => e.opd ?? '-'))].join(', '),
      })),
    })),
    tanpaButir: ind.unitemized.map((e) => unitemized.get(e.sha256) ?? fileName(e.path)),
  }));
}

export function checklistSheets(indicators: readonly ChecklistIndicator[]): Sheet[] {
  return [
    {
      name: 'Daftar periksa unggah',
      header: ['Indikator', 'Tingkat', 'Kode butir', 'Butir bukti', 'Status', 'Berkas di paket (bukti-dukung/)', 'OPD'],
      rows: indicators.flatMap((ind) =>
        ind.levels.flatMap((l) => l.items.map((r) => [r.indikator, r.tingkat, r.kode, r.butir, r.status, r.berkas.join('\n'), r.opd])),
      ),
    },
    {
      name: 'Ringkasan per indikator',
      header: ['Indikator', 'Nama', 'Ringkasan', 'Keadaan per tingkat', 'Bukti tanpa kode butir'],
      rows: indicators.map((ind) => [
        ind.no,
        ind.nama,
        ind.ringkasan,
        ind.levels.map((l) => `Tingkat ${l.tingkat}: ${l.keadaan}`).join('\n'),
        ind.tanpaButir.join('\n'),
      ]),
    },
  ];
}
