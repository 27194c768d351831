/** evidenceUnreadable: a file in watch/ could not be read (corrupt, no text even after OCR, empty, unsupported, too large). */
import type { DocStatus } from '../../types/documents.ts';
import { documentFields, documentText } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';

interface Problem {
  what: string;
  todo: string;
}

const PROBLEMS: Partial<Record<DocStatus, Problem>> = {
  corrupt: {
    what: 'berkasnya rusak',
    todo: 'Buka dan simpan ulang sebagai PDF, atau minta berkas asli dari pengirimnya, lalu ganti berkas di folder yang sama.',
  },
  'no-text': {
    what: 'tidak ada teks yang terbaca, juga setelah OCR',
    todo: 'Pindai ulang dengan jelas (300 dpi, tegak, tidak buram) atau unggah PDF asli yang memiliki teks.',
  },
  empty: { what: 'berkasnya kosong (0 byte)', todo: 'Unggah ulang berkas yang lengkap.' },
  unsupported: {
    what: 'jenis berkasnya tidak didukung',
    todo: 'Simpan sebagai PDF (atau PNG/JPEG/TIFF untuk tangkapan layar, DOCX untuk naskah) lalu unggah lagi.',
  },
  'too-large': {
    what: 'berkasnya melebihi batas ukuran',
    todo: 'Perkecil atau pecah berkasnya (batas diatur di bagian "batas" eviden.config.yaml).',
  },
  'image-too-large': {
    what: 'gambarnya terlalu besar untuk dibaca',
    todo: 'Perkecil resolusi gambar (batas "megapikselGambar" di eviden.config.yaml) lalu unggah lagi.',
  },
  'unpacked-too-large': {
    what: 'dokumen Word itu terlalu besar setelah dibuka (isinya mengembang jauh melebihi ukuran berkasnya)',
    todo: 'Simpan atau cetak dokumennya sebagai PDF lalu unggah lagi.',
  },
};

export const evidenceUnreadable: DocumentRule = {
  id: 'evidenceUnreadable',
  severity: 'error',
  check(facts) {
    const problem = PROBLEMS[facts.doc.status];
    if (problem === undefined || facts.present.length === 0) return [];
    const detail = facts.doc.message.trim() === '' ? '' : ` Detail: ${facts.doc.message.trim()}`;
    return [
      finding(this, {
        ...documentFields(facts),
        message: `Berkas ${documentText(facts)} tidak dapat dipakai sebagai bukti: ${problem.what}. ${problem.todo}${detail}`,
      }),
    ];
  },
};
