/** Pieces every official document shares: paper, kop (letterhead), signature blocks, labels. Pure. */
import type { Config, KopConfig, Signatory } from '../../types/config.ts';
import { TIMES } from '../text-fit.ts';
import { toWinAnsi } from '../lampiran/fonts.ts';
import type { WorkspaceState } from '../../types/state.ts';
import { formatDate } from '../../shared/format.ts';

export type PaperName = 'A4' | 'F4';

export interface Paper {
  name: PaperName;
  widthMm: number;
  heightMm: number;
}

export const PAPERS: Record<PaperName, Paper> = {
  A4: { name: 'A4', widthMm: 210, heightMm: 297 },
  F4: { name: 'F4', widthMm: 215, heightMm: 330 },
};

/** One kop line with the font size (pt) that fits it on one line of the kop's width. */
export interface KopLine {
  teks: string;
  ukuran: number;
}

export interface KopModel {
  /** data: URI of the emblem, or null (the kop text is then centred on the full width). */
  logo: string | null;
  /** Upper-case lines; the last one is printed bold and larger. */
  lines: KopLine[];
  alamat: KopLine | null;
  kontak: KopLine | null;
}

/** Whose kop a document carries: the coordinating Dinas (reports) or the Pemerintah Daerah / Setda (what the Sekda signs). */
export type KopKind = 'dinas' | 'pemda';

export interface SignatoryModel {
  /** "Sekretaris Daerah Kabupaten Sukamaju", printed in capitals above the signature. */
  jabatan: string;
  /** Role line under the jabatan, e.g. "selaku Koordinator SPBE"; may be empty. */
  peran: string;
  nama: string;
  pangkat: string;
  /** "19700101 199503 1 002" (printed after "NIP"), or empty. */
  nip: string;
}

/** A draft (`draf`: DRAF on every page, internal notes in an annex, not ready to sign) or the final document. */
export type RenderMode = 'draf' | 'final';

export interface SignatureBlockModel {
  /** True on drafts: the signature space says the document is not ready to sign. */
  draf: boolean;
  kota: string;
  tanggalTeks: string;
  /** True: "ditandatangani secara elektronik" instead of room for a wet signature. */
  tte: boolean;
  /** One or two signatories; with two, the first stands left ("Mengetahui"-style) and the last right. */
  penandatangan: SignatoryModel[];
}

export interface DocumentFrame {
  /** `surat` (berita acara, pernyataan) is set tighter to fit one page; `laporan` for reports. */
  jenis: 'laporan' | 'surat';
  /** True on drafts: a DRAF watermark on every page and "DRAF" in the footer. */
  draf: boolean;
  paper: Paper;
  kop: KopModel;
  /** Footer text left of "Halaman x dari y". */
  footerTitle: string;
  /** BSrE note printed in the footer when documents are signed electronically. */
  tteNote: string | null;
}

export const TTE_NOTE =
  'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh ' +
  'Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.';

/** "197001011995031002" → "19700101 199503 1 002" (birth date, appointment month, sex, number); else as written. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (/^\d{18}$/.test(digits)) {
    return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
  }
  return nip.trim();
}

export function signatoryModel(s: Signatory, peran: string): SignatoryModel {
  return { jabatan: s.jabatan, peran, nama: s.nama, pangkat: s.pangkat, nip: formatNip(s.nip) };
}

/** The kop's text per kind; the Pemda kop defaults to "PEMERINTAH … / SEKRETARIAT DAERAH" without an address. */
export function kopOf(config: Config, kind: KopKind): KopConfig {
  if (kind === 'dinas') return { baris: config.instansi.kop, alamat: config.instansi.alamat, kontak: config.instansi.kontak };
  return config.instansi.kopPemda ?? { baris: [config.instansi.nama, 'Sekretariat Daerah'], alamat: '', kontak: '' };
}

/** Margins of naskah dinas: 30 mm left, 20 mm right; a logo and its balancing column take 24 mm each. */
const TEXT_MARGINS_MM = 50;
const LOGO_COLUMNS_MM = 48;
/** Sizes in templates/style.css (.kop-baris, .kop-baris-akhir, .kop-alamat): the most a line is set at. */
const KOP_SIZES = { baris: 14, akhir: 16, alamat: 9.5 } as const;
const LETTER_SPACING_PT = 0.3;
/** A line is never set smaller than this share of its size; beyond that it wraps. */
const MIN_SHARE = 0.6;
const PT_PER_MM = 72 / 25.4;


/**
 * The size a kop line is set at so it fits one line: Liberation Serif has the metrics of Times, so the standard
 * Times widths measure it; a long line shrinks (to at most 60 %) instead of wrapping a single word.
 */
export function fitLine(teks: string, maxPt: number, bold: boolean, widthMm: number, spacingPt = 0): KopLine {
  const font = bold ? TIMES.bold : TIMES.regular;
  const width = font.widthOfTextAtSize(toWinAnsi(teks), maxPt) + spacingPt * teks.length;
  const available = widthMm * PT_PER_MM * 0.98;
  const share = width <= available ? 1 : Math.max(MIN_SHARE, available / width);
  return { teks, ukuran: Math.floor(maxPt * share * 10) / 10 };
}

export function kopModel(config: Config, logo: string | null, kind: KopKind): KopModel {
  const kop = kopOf(config, kind);
  const widthMm = PAPERS[config.laporan.kertas].widthMm - TEXT_MARGINS_MM - (logo ? LOGO_COLUMNS_MM : 0);
  const lines = kop.baris.map((line) => line.toUpperCase());
  return {
    logo,
    lines: lines.map((line, i) =>
      i === lines.length - 1
        ? fitLine(line, KOP_SIZES.akhir, true, widthMm, LETTER_SPACING_PT)
        : fitLine(line, KOP_SIZES.baris, false, widthMm, LETTER_SPACING_PT),
    ),
    alamat: kop.alamat ? fitLine(kop.alamat, KOP_SIZES.alamat, false, widthMm) : null,
    kontak: kop.kontak ? fitLine(kop.kontak, KOP_SIZES.alamat, false, widthMm) : null,
  };
}

export interface FrameOptions {
  /** A draft of a document to be signed (the gap reports are working documents: never drafts). */
  draf: boolean;
  jenis?: DocumentFrame['jenis'];
  /** The Dinas kop unless the signatory requires the Pemda/Setda kop. */
  kop?: KopKind;
}

export function frameOf(config: Config, logo: string | null, footerTitle: string, opts: FrameOptions): DocumentFrame {
  const { draf } = opts;
  return {
    jenis: opts.jenis ?? 'laporan',
    draf,
    paper: PAPERS[config.laporan.kertas],
    kop: kopModel(config, logo, opts.kop ?? 'dinas'),
    footerTitle: draf ? `DRAF – ${footerTitle}` : footerTitle,
    tteNote: config.laporan.tteBsre ? TTE_NOTE : null,
  };
}

/** How the documents name the programme the instrument evaluates (the pack's labels) and its index. */
export interface ProgramModel {
  /** "Sistem Pemerintahan Berbasis Elektronik (SPBE)" */
  nama: string;
  /** "SPBE" */
  singkat: string;
  /** "Indeks SPBE" */
  indeks: string;
  /** "Koordinator SPBE" */
  koordinator: string;
  /** "Pemantauan dan Evaluasi SPBE": the national evaluation and its application. */
  evaluasi: string;
}

export function programOf(state: Pick<WorkspaceState, 'pack' | 'instrument'>): ProgramModel {
  const { labels } = state.pack;
  return {
    nama: labels.program,
    singkat: labels.programShort,
    indeks: state.instrument.nama,
    koordinator: labels.coordinatorRole,
    evaluasi: labels.evaluation,
  };
}

/** The koordinator's (Sekretaris Daerah) signature block, dated `today`. */
export function koordinatorBlock(config: Config, today: string, program: ProgramModel, mode: RenderMode): SignatureBlockModel {
  return {
    draf: mode === 'draf',
    kota: config.instansi.kota,
    tanggalTeks: formatDate(today),
    tte: config.laporan.tteBsre,
    penandatangan: [signatoryModel(config.penandatangan.koordinator, `selaku ${program.koordinator}`)],
  };
}

/** Penanggung jawab (left) and the koordinator (right), or the koordinator alone. */
export function jointBlock(config: Config, today: string, program: ProgramModel, mode: RenderMode): SignatureBlockModel {
  const block = koordinatorBlock(config, today, program, mode);
  const pj = config.penandatangan.penanggungJawab;
  if (!pj) return block;
  return {
    ...block,
    penandatangan: [signatoryModel(pj, 'selaku Penanggung Jawab Tim Asesor Internal'), ...block.penandatangan],
  };
}

/** "Kabupaten Sukamaju" from "Pemerintah Kabupaten Sukamaju" (for phrases like "Sekretaris Daerah …"). */
export function daerahOf(config: Config): string {
  return config.instansi.nama.replace(/^pemerintah\s+/i, '');
}
