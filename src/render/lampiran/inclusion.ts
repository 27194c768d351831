/** Whether an archived document can be placed in a lampiran, and why not (Indonesian). Pure. */
import type { DocumentRecord } from '../../types/documents.ts';

export type Inclusion = { include: true } | { include: false; reason: string };

const STATUS_REASON: Partial<Record<DocumentRecord['status'], string>> = {
  'needs-password':
    'berkas dilindungi kata sandi pembuka; minta OPD mengirim salinan tanpa kata sandi',
  corrupt: 'berkas rusak dan tidak dapat dibuka; minta OPD mengirim ulang berkas aslinya',
  unsupported: 'jenis berkas tidak didukung; simpan sebagai PDF lalu letakkan kembali di folder OPD',
  'too-large': 'berkas melebihi batas ukuran; kecilkan atau pecah berkas lalu letakkan kembali',
  'image-too-large': 'gambar terlalu besar (megapiksel); perkecil resolusinya lalu letakkan kembali',
  'unpacked-too-large': 'dokumen Word terlalu besar setelah dibuka; minta OPD mengirimnya sebagai PDF',
  pending: 'berkas belum selesai diproses; jalankan "eviden scan" lalu buat ulang lampiran',
};

export function inclusionOf(doc: DocumentRecord): Inclusion {
  const byStatus = STATUS_REASON[doc.status];
  if (byStatus) return { include: false, reason: byStatus };
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
