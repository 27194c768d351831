/**
 * The one Indonesian label of each document kind, indicator status, finding severity, document status and mapping
 * source. The CLI, the reports and the dashboard all name them with these words.
 */
import type { IndicatorStatus, Severity } from '../types/assessment.ts';
import type { Confidence, DocumentKind, IssuerCase, MappingSource, MatchGap, NotEvidenceKind } from '../types/classification.ts';
import type { DocStatus } from '../types/documents.ts';
import type { Confidence as SourceMark } from '../types/instrument.ts';
import type { CarryStatus, CarryView, TransitionIndicatorView } from '../types/transition.ts';

export const KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  peraturan: 'peraturan',
  keputusan: 'keputusan',
  'surat-edaran': 'surat edaran',
  rancangan: 'rancangan (draf)',
  notulen: 'notulen rapat',
  undangan: 'undangan',
  laporan: 'laporan',
  'laporan-evaluasi': 'laporan reviu/evaluasi',
  'laporan-audit': 'laporan audit',
  sop: 'SOP',
  'dokumen-arsitektur': 'dokumen arsitektur',
  'dokumen-peta-rencana': 'dokumen peta rencana',
  'dokumen-desain': 'dokumen desain/rancangan teknis',
  anggaran: 'dokumen anggaran',
  'kerja-sama': 'naskah kerja sama',
  'tangkapan-layar': 'tangkapan layar',
  manual: 'manual/panduan pengguna',
  instruksi: 'instruksi',
  'nota-dinas': 'nota dinas',
  'siaran-pers': 'siaran pers/berita',
  pedoman: 'pedoman/panduan',
  rencana: 'dokumen rencana',
  daftar: 'daftar/register/katalog',
  lainnya: 'dokumen lain',
};

/** Who issued a document, compared with the workspace's instansi (inside a sentence). */
export const ISSUER_CASE_LABELS: Readonly<Record<IssuerCase, string>> = {
  sendiri: 'instansi sendiri',
  'tentang-kita': 'instansi lain, tentang atau bersama instansi ini',
  nasional: 'instansi pusat, untuk dirinya atau berlaku nasional',
  'instansi-lain': 'instansi lain, untuk dirinya sendiri',
  'tidak-diketahui': 'tidak tertera di kepala dokumen',
};

/** Why a document is no evidence at all (inside a sentence). */
export const NOT_EVIDENCE_LABELS: Readonly<Record<NotEvidenceKind, string>> = {
  nasional: 'peraturan atau dokumen nasional: acuan, bukan bukti penerapan di instansi ini',
  'instansi-lain': 'dokumen yang ditetapkan instansi lain untuk dirinya sendiri',
  instrumen: 'instrumen evaluasi atau materi tentang evaluasi itu sendiri: menyebut indikator tanpa membuktikannya',
  'siaran-pers': 'siaran pers atau berita: melaporkan kegiatan, bukan dokumen kegiatannya',
  penawaran: 'materi pemasaran atau penawaran penyedia (brosur, lembar data produk, proposal, katalog): menyebut topik yang dijual, bukan kegiatan instansi ini',
  publikasi: 'karya ilmiah atau publikasi pihak lain (artikel jurnal, makalah prosiding): membahas topiknya, bukan kegiatan instansi ini',
  administrasi:
    'catatan administrasi yang tidak pernah menjadi bukti dukung sendiri (daftar riwayat hidup, sertifikat peserta pelatihan, lembar disposisi, daftar hadir atau peserta tanpa notulen, kuesioner atau instrumen penilaian, laporan keuangan atau pemeriksaannya)',
  kerangka: 'kerangka dokumen tanpa isi (sampul saja, daftar isi saja, atau formulir/templat yang belum diisi): unggah dokumen lengkap atau formulir yang sudah diisi',
  'luar-topik': 'dokumen di luar topik yang dinilai',
};

export const STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  lengkap: 'Lengkap',
  'di-bawah-target': 'Di bawah target',
  kurang: 'Bukti kurang',
  kosong: 'Belum ada bukti',
  eksternal: 'Nilai indeks eksternal',
};

/** A cell of the OPD × indicator heat map: an indicator status, or an indicator the OPD is not responsible for. */
export type HeatStatus = IndicatorStatus | 'tidak-wajib';

export const HEAT_STATUS_LABELS: Readonly<Record<HeatStatus, string>> = {
  ...STATUS_LABELS,
  'tidak-wajib': 'Bukan tanggungan OPD ini',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Info',
};

export const DOC_STATUS_LABELS: Readonly<Record<DocStatus, string>> = {
  ok: 'Terbaca',
  pending: 'Belum diproses',
  empty: 'Berkas kosong',
  corrupt: 'Berkas rusak',
  'needs-password': 'Memerlukan kata sandi',
  unsupported: 'Jenis berkas tidak didukung',
  'too-large': 'Berkas terlalu besar',
  'image-too-large': 'Gambar terlalu besar',
  'unpacked-too-large': 'Terlalu besar setelah dibuka',
  'no-text': 'Teks tidak terbaca',
};

/** A document status that keeps the document from counting as evidence. */
export type DocProblemStatus = Exclude<DocStatus, 'ok'>;

/**
 * What is wrong with a document of each problem status, inside a sentence ("…, tetapi berkas rusak dan tidak dapat
 * dibuka"), and the one thing to do about it. The findings, the gap report's problem table and the lampiran's
 * reasons all say these words.
 */
export const DOC_PROBLEMS: Readonly<Record<DocProblemStatus, { what: string; todo: string }>> = {
  pending: { what: 'berkas belum selesai diproses', todo: 'Jalankan "eviden scan".' },
  empty: { what: 'berkas kosong (0 byte)', todo: 'Minta OPD mengirim ulang berkas yang lengkap.' },
  corrupt: { what: 'berkas rusak dan tidak dapat dibuka', todo: 'Minta OPD mengirim ulang berkas aslinya, atau buka dan simpan ulang sebagai PDF.' },
  'needs-password': {
    what: 'berkas dilindungi kata sandi pembuka',
    todo: 'Minta OPD mengirim salinan tanpa kata sandi (mis. Cetak → Simpan sebagai PDF).',
  },
  unsupported: {
    what: 'jenis berkas tidak didukung',
    todo: 'Simpan sebagai PDF (atau PNG/JPEG/TIFF untuk tangkapan layar, DOCX untuk naskah) lalu letakkan kembali di folder OPD.',
  },
  'too-large': {
    what: 'berkas melebihi batas ukuran',
    todo: 'Perkecil atau pecah berkasnya lalu letakkan kembali (batas diatur di bagian "batas" eviden.config.yaml).',
  },
  'image-too-large': {
    what: 'gambar terlalu besar untuk dibaca',
    todo: 'Perkecil resolusi gambarnya lalu letakkan kembali (batas "megapikselGambar" di eviden.config.yaml).',
  },
  'unpacked-too-large': {
    what: 'dokumen Word terlalu besar setelah dibuka (isinya mengembang jauh melebihi ukuran berkasnya)',
    todo: 'Minta OPD mengirim dokumennya sebagai PDF.',
  },
  'no-text': {
    what: 'tidak ada teks yang terbaca, juga setelah OCR',
    todo: 'Pindai ulang dengan jelas (300 dpi, tegak, tidak buram) atau kirim PDF asli yang memiliki teks.',
  },
};

/** What is wrong and what to do, for a document status that keeps it from counting; null for a readable one. */
export function docProblem(status: DocStatus): { what: string; todo: string } | null {
  return status === 'ok' ? null : DOC_PROBLEMS[status];
}

/** "berkas dilindungi kata sandi pembuka; minta OPD mengirim salinan tanpa kata sandi (…)": the problem and its remedy in one clause. */
export function docProblemClause(status: DocProblemStatus): string {
  const { what, todo } = DOC_PROBLEMS[status];
  return `${what}; ${todo.charAt(0).toLowerCase()}${todo.slice(1).replace(/\.$/, '')}`;
}

export const SOURCE_LABELS: Readonly<Record<MappingSource, string>> = {
  reviewer: 'keputusan peninjau',
  kemiripan: 'kemiripan dengan dokumen yang sudah diputuskan',
  path: 'lokasi berkas',
  content: 'isi dokumen',
};

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  tinggi: 'Tinggi',
  sedang: 'Sedang',
  rendah: 'Rendah',
};

const GAP_LABELS: Record<MatchGap, string> = {
  inserted: 'dengan kata sisipan',
  passive: 'dalam kalimat pasif',
};

/** How a phrase matched apart ("dengan kata sisipan"), for a reason: "'manajemen perubahan' (dengan kata sisipan) di judul". */
export function matchGapLabel(gap: MatchGap): string {
  return GAP_LABELS[gap];
}

/** "keputusan", "tangkapan layar", "laporan reviu/evaluasi" (lower case, for use inside sentences). */
export function kindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind];
}

/** "instansi sendiri", "instansi lain, untuk dirinya sendiri", … */
export function issuerCaseLabel(c: IssuerCase): string {
  return ISSUER_CASE_LABELS[c];
}

/** "siaran pers atau berita: …", … */
export function notEvidenceLabel(kind: NotEvidenceKind): string {
  return NOT_EVIDENCE_LABELS[kind];
}

/** "Lengkap", "Di bawah target", "Bukti kurang", "Belum ada bukti". */
export function statusLabel(status: IndicatorStatus): string {
  return STATUS_LABELS[status];
}

/** The heat map's words for a cell: the status label, or "Bukan tanggungan OPD ini". */
export function heatStatusLabel(status: HeatStatus): string {
  return HEAT_STATUS_LABELS[status];
}

/** "Kesalahan", "Peringatan", "Info". */
export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

/** "kesalahan", "peringatan", "info": the severity inside a sentence or a count ("3 kesalahan"). */
export function severityWord(severity: Severity): string {
  return SEVERITY_LABELS[severity].toLowerCase();
}

/** "Terbaca", "Berkas rusak", "Memerlukan kata sandi", … */
export function docStatusLabel(status: DocStatus): string {
  return DOC_STATUS_LABELS[status];
}

/** "keputusan peninjau", "lokasi berkas", "isi dokumen". */
export function sourceLabel(source: MappingSource): string {
  return SOURCE_LABELS[source];
}

/** "Tinggi", "Sedang", "Rendah". */
export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_LABELS[confidence];
}

/** How sure a pack datum built from secondary sources is, as the product shows it beside the datum. */
export const SOURCE_MARK_LABELS: Readonly<Record<SourceMark, string>> = {
  SECONDARY: 'SECONDARY: dari sumber sekunder',
  UNSURE: 'UNSURE: belum pasti, usulan',
};

/** "SECONDARY: dari sumber sekunder", "UNSURE: belum pasti, usulan". */
export function sourceMarkLabel(mark: SourceMark): string {
  return SOURCE_MARK_LABELS[mark];
}

/** Where an earlier instrument's document stands for the newer indicator (transition map). */
export const CARRY_STATUS_LABELS: Readonly<Record<CarryStatus, string>> = {
  diterima: 'diterima peninjau',
  dipetakan: 'dipetakan dari isinya, belum dikonfirmasi',
  ditolak: 'ditolak peninjau',
  kandidat: 'kandidat, perlu ditinjau',
};

/** A carry of the transition map in words: the earlier indicators it comes from ("SPBE 10 Kebijakan …; 19 …") and its items. */
export function carryLabels(fromName: string, carry: CarryView): { earlier: string; items: string } {
  return {
    earlier: `${fromName} ${carry.earlier.map((e) => `${e.no} ${e.nama}`).join('; ')}`,
    items: carry.items.length > 0 ? carry.items.join(', ') : 'konteks saja',
  };
}

/** The crosswalk's word for an indicator: its earlier evidence is reused, needs updating, or it is new. */
export const TRANSITION_STATUS_LABELS: Readonly<Record<TransitionIndicatorView['status'], string>> = {
  reuse: 'bukti lama dapat dipakai ulang',
  update: 'bukti lama perlu diperbarui',
  baru: 'indikator baru',
};
