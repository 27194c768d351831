/** Pieces every official document shares: paper, kop (letterhead), signature blocks, labels. Pure. */
import type { Config, Signatory } from '../../types/config.ts';
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

export interface KopModel {
  /** data: URI of the emblem, or null (the kop text is then centred on the full width). */
  logo: string | null;
  /** Upper-case lines; the last one is printed bold and larger. */
  lines: string[];
  alamat: string;
  kontak: string;
}

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

export interface SignatureBlockModel {
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

export function kopModel(config: Config, logo: string | null): KopModel {
  return {
    logo,
    lines: config.instansi.kop.map((line) => line.toUpperCase()),
    alamat: config.instansi.alamat,
    kontak: config.instansi.kontak,
  };
}

export function frameOf(config: Config, logo: string | null, footerTitle: string, jenis: DocumentFrame['jenis'] = 'laporan'): DocumentFrame {
  return {
    jenis,
    paper: PAPERS[config.laporan.kertas],
    kop: kopModel(config, logo),
    footerTitle,
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
}

export function programOf(state: Pick<WorkspaceState, 'pack' | 'instrument'>): ProgramModel {
  const { labels } = state.pack;
  return { nama: labels.program, singkat: labels.programShort, indeks: state.instrument.nama, koordinator: labels.coordinatorRole };
}

/** The koordinator's (Sekretaris Daerah) signature block, dated `today`. */
export function koordinatorBlock(config: Config, today: string, program: ProgramModel): SignatureBlockModel {
  return {
    kota: config.instansi.kota,
    tanggalTeks: formatDate(today),
    tte: config.laporan.tteBsre,
    penandatangan: [signatoryModel(config.penandatangan.koordinator, `selaku ${program.koordinator}`)],
  };
}

/** Penanggung jawab (left) and the koordinator (right), or the koordinator alone. */
export function jointBlock(config: Config, today: string, program: ProgramModel): SignatureBlockModel {
  const block = koordinatorBlock(config, today, program);
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
