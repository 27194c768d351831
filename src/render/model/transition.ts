/** The model of the PDF "Peta transisi SPBE → Pemdi" (pure): the map with its labels, on the Dinas kop. */
import type { Config } from '../../types/config.ts';
import type { TransitionMap } from '../../types/transition.ts';
import { CARRY_STATUS_LABELS, TRANSITION_STATUS_LABELS, carryLabels, kindLabel, sourceMarkLabel } from '../../shared/vocabulary.ts';
import { formatDate } from '../../shared/format.ts';
import { frameOf, type DocumentFrame } from './common.ts';

export interface TransitionModel {
  frame: DocumentFrame;
  instansi: string;
  tahun: number;
  tanggalTeks: string;
  judul: string;
  dari: string;
  ke: string;
  /** Short names ("SPBE", "Pemdi") that go with every indicator number. */
  namaDari: string;
  namaKe: string;
  tanda: string;
  catatan: string;
  tanpaBuktiLama: boolean;
  ringkasan: TransitionMap['totals'] & { dokumen: number };
  indikator: {
    no: number;
    nama: string;
    status: string;
    eksternal: boolean;
    bawaan: { dari: string; butir: string; catatan: string; dokumen: { berkas: string; opd: string; jenis: string; status: string; statusKode: string; lama: string }[] }[];
    baru: { kode: string; tingkat: number; teks: string }[];
    catatanBaru: string | null;
  }[];
}

/** The PDF's file name: `peta-transisi-spbe-pemdi-2026.pdf`. */
export function transitionFileName(map: TransitionMap, tahun: number): string {
  const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `peta-transisi-${slug(map.from.name)}-${slug(map.to.name)}-${tahun}.pdf`;
}

export function transitionModel(map: TransitionMap, config: Config, logo: string | null, today: string): TransitionModel {
  const judul = `Peta Transisi ${map.from.name} → ${map.to.name}`;
  return {
    frame: frameOf(config, logo, `${judul} – ${config.instansi.nama} ${config.tahun}`, { draf: false }),
    instansi: config.instansi.nama,
    tahun: config.tahun,
    tanggalTeks: formatDate(today),
    judul,
    dari: `${map.from.nama} (${map.from.id})`,
    ke: `${map.to.nama} (${map.to.id})`,
    namaDari: map.from.name,
    namaKe: map.to.name,
    tanda: sourceMarkLabel(map.mark),
    catatan: map.note,
    tanpaBuktiLama: map.earlierDocuments === 0,
    ringkasan: { ...map.totals, dokumen: map.earlierDocuments },
    indikator: map.indicators.map((i) => ({
      no: i.no,
      nama: i.nama,
      status: TRANSITION_STATUS_LABELS[i.status],
      eksternal: i.sumberNilai === 'eksternal',
      bawaan: i.carries.map((c) => ({
        ...withKeys(carryLabels(map.from.name, c)),
        catatan: c.note,
        dokumen: c.documents.map((d) => ({
          berkas: d.path,
          opd: d.opd ?? 'tanpa OPD',
          jenis: `${kindLabel(d.kind)}${d.date === null ? '' : `, ${formatDate(d.date)}`}`,
          status: CARRY_STATUS_LABELS[d.status],
          statusKode: d.status,
          lama: `${map.from.name} ${d.earlier.join(', ')}`,
        })),
      })),
      baru: i.newItems.map((n) => ({ kode: n.code, tingkat: n.level, teks: n.text })),
      catatanBaru: i.newNote,
    })),
  };
}

/** The template's names for a carry's labels. */
function withKeys(labels: { earlier: string; items: string }): { dari: string; butir: string } {
  return { dari: labels.earlier, butir: labels.items };
}
