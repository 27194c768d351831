/** The "Perlu ditinjau" queue (pure): what a reviewer should look at, grouped by reason. */
import type { DocumentView, WorkspaceState } from '../../types/state.ts';
import type { Mapping, MatchReason } from '../../types/classification.ts';
import { allIndicators } from '../../instrument/tree.ts';

export interface QueueDocument {
  sha256: string;
  path: string;
  opd: string | null;
  href: string;
  /** Indonesian: why it is in the queue. */
  alasan: string;
}

export interface QueueMapping extends QueueDocument {
  indicator: number;
  indicatorNama: string;
  confidence: string;
  score: number;
  accepted: boolean;
  reasons: MatchReason[];
}

export interface ReviewQueue {
  galat: QueueDocument[];
  menunggu: QueueDocument[];
  belumDipetakan: QueueDocument[];
  kandidat: QueueMapping[];
  salahFolder: QueueMapping[];
  opdTidakDikenal: QueueDocument[];
  /** Distinct documents in the queue. */
  total: number;
}

function isPresent(d: DocumentView): boolean {
  return d.locations.some((l) => l.present);
}

function base(d: DocumentView, alasan: string): QueueDocument {
  return { sha256: d.doc.sha256, path: d.path, opd: d.opd, href: `/dokumen/${d.doc.sha256}`, alasan };
}

export function reviewQueue(state: WorkspaceState): ReviewQueue {
  const names = new Map(allIndicators(state.instrument).map((i) => [i.no, i.namaPendek]));
  const mappingItem = (d: DocumentView, m: Mapping, accepted: boolean, alasan: string): QueueMapping => ({
    ...base(d, alasan),
    indicator: m.indicator,
    indicatorNama: names.get(m.indicator) ?? `Indikator ${m.indicator}`,
    confidence: m.confidence,
    score: m.score,
    accepted,
    reasons: m.reasons,
  });
  const present = state.documents.filter(isPresent);
  const queue: ReviewQueue = { galat: [], menunggu: [], belumDipetakan: [], kandidat: [], salahFolder: [], opdTidakDikenal: [], total: 0 };
  for (const d of present) {
    const c = d.classification;
    if (d.doc.status === 'pending') queue.menunggu.push(base(d, 'Belum selesai dibaca; tunggu pemindaian berikutnya.'));
    else if (d.doc.status !== 'ok') queue.galat.push(base(d, d.doc.message || `Status berkas: ${d.doc.status}.`));
    else if (!c || (c.mappings.length === 0 && c.candidates.length === 0)) {
      queue.belumDipetakan.push(base(d, 'Tidak cocok dengan indikator mana pun; tambahkan pemetaan secara manual atau pindahkan berkasnya.'));
    }
    if (d.opd === null) {
      queue.opdTidakDikenal.push(base(d, 'Folder tidak cocok dengan OPD mana pun di eviden.config.yaml.'));
    }
    for (const m of c?.candidates ?? []) {
      queue.kandidat.push(mappingItem(d, m, false, 'Skor di bawah ambang; perlu diterima atau ditolak.'));
    }
    for (const m of c?.mappings ?? []) {
      if (m.source === 'reviewer') continue;
      if (m.confidence === 'rendah') {
        queue.kandidat.push(mappingItem(d, m, true, 'Diterima otomatis dengan keyakinan rendah; mohon dikonfirmasi.'));
      }
      if (m.possiblyMisfiled) {
        queue.salahFolder.push(mappingItem(d, m, true, 'Nama folder/berkas menyebut indikator lain daripada isinya.'));
      }
    }
    for (const m of c?.candidates ?? []) {
      if (m.possiblyMisfiled) queue.salahFolder.push(mappingItem(d, m, false, 'Nama folder/berkas menyebut indikator lain daripada isinya.'));
    }
  }
  queue.kandidat.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
  const all = [queue.galat, queue.menunggu, queue.belumDipetakan, queue.kandidat, queue.salahFolder, queue.opdTidakDikenal];
  queue.total = new Set(all.flat().map((i) => i.sha256)).size;
  return queue;
}
