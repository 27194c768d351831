/** Whether an archived document can be placed in a lampiran, and why not (Indonesian). Pure. */
import type { DocStatus, DocumentRecord } from '../../types/documents.ts';
import { docProblemClause } from '../../shared/vocabulary.ts';

export type Inclusion = { include: true } | { include: false; reason: string };

/** Statuses whose document cannot be placed in a lampiran (a scan without text still can, as page images). */
const NOT_INCLUDED: ReadonlySet<DocStatus> = new Set<DocStatus>(['needs-password', 'corrupt', 'unsupported', 'too-large', 'image-too-large', 'unpacked-too-large', 'pending']);

export function inclusionOf(doc: DocumentRecord): Inclusion {
  if (doc.status !== 'ok' && NOT_INCLUDED.has(doc.status)) return { include: false, reason: docProblemClause(doc.status) };
  if (doc.type === 'docx') {
    return {
      include: false,
      reason: 'dokumen Word (DOCX) tidak dapat digabung; simpan sebagai PDF lalu letakkan kembali di folder OPD',
    };
  }
  if (doc.type === 'unknown') {
    return { include: false, reason: 'jenis berkas tidak dikenali; simpan sebagai PDF lalu letakkan kembali' };
  }
  if (doc.pages < 1) return { include: false, reason: 'berkas tidak memiliki halaman yang dapat ditampilkan' };
  return { include: true };
}
