/** Models of the Berita Acara Penilaian Mandiri and the Pernyataan Persetujuan Publikasi. Pure. */
import type { WorkspaceState } from '../../types/state.ts';
import { allIndicators } from '../../instrument/tree.ts';
import { claimedValue } from '../../assess/values.ts';
import { DAYS, MONTHS } from '../../shared/format.ts';
import { groupLabel, terbilang, titleCase } from '../words.ts';
import {
  daerahOf,
  frameOf,
  koordinatorBlock,
  programOf,
  type ProgramModel,
  signatoryModel,
  type DocumentFrame,
  type RenderMode,
  type SignatoryModel,
  type SignatureBlockModel,
} from './common.ts';

export interface DateInWords {
  /** "Minggu" */
  hari: string;
  /** "Dua Puluh Sembilan" */
  tanggal: string;
  bulan: string;
  /** "Dua Ribu Dua Puluh Enam" */
  tahun: string;
}

export interface ResultSummary {
  indeks: number | null;
  predikat: string | null;
  belumDinilai: number;
  jumlahIndikator: number;
  jumlahDinilai: number;
  jumlahDokumen: number;
  /** The top hierarchy level's name ("domain", "aspek"): "Indeks domain". */
  kelompok: string;
  domain: Array<{ label: string; nama: string; indeks: number }>;
}

export interface OfficialModel {
  frame: DocumentFrame;
  /** The surat number, or null (a draft without one prints a dotted line). */
  nomor: string | null;
  program: ProgramModel;
  instansi: string;
  daerah: string;
  kota: string;
  tahun: number;
  regulasi: string;
  tanggalKata: DateInWords;
  koordinator: SignatoryModel;
  penanggungJawab: SignatoryModel | null;
  hasil: ResultSummary;
  ttd: SignatureBlockModel;
}

/** "2026-11-29" → Minggu, Dua Puluh Sembilan, November, Dua Ribu Dua Puluh Enam (the berita acara opening). */
export function dateInWords(iso: string): DateInWords {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    hari: DAYS[d.getUTCDay()] ?? '',
    tanggal: titleCase(terbilang(d.getUTCDate())),
    bulan: MONTHS[d.getUTCMonth()] ?? '',
    tahun: titleCase(terbilang(d.getUTCFullYear())),
  };
}

function resultSummary(state: WorkspaceState): ResultSummary {
  const indicators = allIndicators(state.instrument);
  const claimed = new Set(state.assessment.indicators.filter((a) => claimedValue(a) !== null).map((a) => a.id));
  const dinilai = indicators.filter((i) => claimed.has(i.no)).length;
  const indeks = state.assessment.indeks;
  const top = state.instrument.hierarki[0] ?? 'domain';
  return {
    indeks: indeks?.indeks ?? null,
    predikat: indeks?.predikat ?? null,
    belumDinilai: indicators.length - dinilai,
    jumlahIndikator: indicators.length,
    jumlahDinilai: dinilai,
    jumlahDokumen: new Set(state.assessment.indicators.flatMap((a) => a.documents.map((d) => d.sha256))).size,
    kelompok: top,
    domain: (indeks?.groups[top] ?? []).map((g) => ({
      label: groupLabel(state.pack.numbering, top, g.no, 0),
      nama: g.nama,
      indeks: g.indeks,
    })),
  };
}

/** How a letter is rendered: draft or final, and its surat number ('' while none is set). */
export interface LetterOptions {
  mode: RenderMode;
  nomor: string;
}

function officialModel(state: WorkspaceState, logo: string | null, title: string, opts: LetterOptions): OfficialModel {
  const { config } = state.workspace;
  const pj = config.penandatangan.penanggungJawab;
  const program = programOf(state);
  return {
    frame: frameOf(config, logo, `${title} – ${config.instansi.nama} Tahun ${config.tahun}`, { draf: opts.mode === 'draf', jenis: 'surat', kop: 'pemda' }),
    nomor: opts.nomor.trim() === '' ? null : opts.nomor.trim(),
    program,
    instansi: config.instansi.nama,
    daerah: daerahOf(config),
    kota: config.instansi.kota,
    tahun: config.tahun,
    regulasi: state.instrument.regulasi.split(';')[0]?.trim() ?? state.instrument.regulasi,
    tanggalKata: dateInWords(state.today),
    koordinator: signatoryModel(config.penandatangan.koordinator, `selaku ${program.koordinator}`),
    penanggungJawab: pj ? signatoryModel(pj, 'selaku Penanggung Jawab Tim Asesor Internal') : null,
    hasil: resultSummary(state),
    ttd: koordinatorBlock(config, state.today, program, opts.mode),
  };
}

export function buildBeritaAcaraModel(state: WorkspaceState, logo: string | null, opts: LetterOptions): OfficialModel {
  return officialModel(state, logo, `Berita Acara Penilaian Mandiri ${programOf(state).singkat}`, opts);
}

export function buildPernyataanModel(state: WorkspaceState, logo: string | null, opts: LetterOptions): OfficialModel {
  return officialModel(state, logo, 'Pernyataan Persetujuan Publikasi', opts);
}
