/**
 * explainClassification: Indonesian lines for `eviden explain`, e.g.
 * "Indikator 10 (Kebijakan Internal Tim Koordinasi SPBE): skor 0,92 (tinggi), sumber isi dokumen —
 *  'Tim Koordinasi SPBE' di judul hal. 1; 'tentang Tim Koordinasi' hal. 1".
 */
import type { Classification, EvidenceSignal, Mapping, MatchPlace, MatchReason, RetrievalMatch } from '../types/classification.ts';
import { formatDate, formatDecimal } from '../shared/format.ts';
import { issuerCaseLabel, kindLabel, matchGapLabel, notEvidenceLabel, sourceLabel } from '../shared/vocabulary.ts';
import { isLearnedReason } from '../learn/reasons.ts';

/** Indicator number → short name; a Map or a plain object. */
export type IndicatorNames = ReadonlyMap<number, string> | Readonly<Record<number, string>>;

const PLACE_LABELS: Record<MatchPlace, string> = {
  judul: 'di judul',
  tentang: "di klausul 'tentang'",
  'judul-bagian': 'di judul bab/bagian',
  isi: 'di isi',
  path: 'di lokasi berkas',
};

const SIGNAL_LABELS: Record<EvidenceSignal, string> = {
  'cakupan-seluruh': 'berlaku untuk seluruh unit kerja/perangkat daerah',
  'cakupan-sebagian': 'hanya mencakup sebagian unit kerja/perangkat daerah',
  reviu: 'hasil reviu/evaluasi',
  'tindak-lanjut': 'tindak lanjut hasil reviu (rekomendasi, kebijakan baru atau perubahan)',
  'integrasi-nasional': 'menyebut integrasi dengan tingkat nasional',
  'layanan-interaksi': 'fitur interaksi (unggah, unduh, pencarian, formulir)',
  'layanan-transaksi': 'fitur transaksi (verifikasi, persetujuan, disposisi, tanda tangan elektronik, pembayaran)',
  'layanan-kolaborasi': 'terintegrasi dengan layanan lain',
  'halaman-login': 'hanya halaman login',
  'pihak-luar': 'dibuat pihak lain tentang instansi ini (mis. audit atau penilaian eksternal)',
};

const MAX_PAGES = 5;
const MAX_REASONS_SHOWN = 4;

function isMap(names: IndicatorNames): names is ReadonlyMap<number, string> {
  return names instanceof Map;
}

function nameOf(names: IndicatorNames, no: number): string | undefined {
  return isMap(names) ? names.get(no) : names[no];
}

function pagesText(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  const shown = pages.slice(0, MAX_PAGES).join(', ');
  return ` hal. ${shown}${pages.length > MAX_PAGES ? ', dst.' : ''}`;
}

function reasonText(r: MatchReason): string {
  // Reasons learned from reviewers (a similar decided document, a workspace adjustment) are written whole.
  if (isLearnedReason(r.rule)) return r.phrase;
  if (r.rule.startsWith('perkiraan.')) return r.phrase;
  if (r.rule === 'path.petunjuk') return `petunjuk lokasi '${r.phrase}'`;
  if (r.rule.startsWith('distraktor.')) return `penurunan skor: '${r.phrase}' ${PLACE_LABELS[r.place]}`;
  if (r.rule === 'payung.bukan-penerapan') return 'kebijakan payung: bukti kebijakan, bukan catatan pelaksanaan (tetap kandidat)';
  if (r.rule.startsWith('payung.')) return 'kebijakan payung yang mengatur penyelenggaraan secara menyeluruh';
  if (r.rule.startsWith('fokus.')) return `penurunan skor: ${r.phrase}`;
  if (r.rule.startsWith('sektor.')) return `kata kunci layanan sektor '${r.phrase}' ${PLACE_LABELS[r.place]}${pagesText(r.pages)}`;
  if (r.rule.startsWith('aplikasi.')) return `nama aplikasi dari konfigurasi '${r.phrase}' ${PLACE_LABELS[r.place]}${pagesText(r.pages)}`;
  if (r.rule.startsWith('dipelajari.')) return `nama aplikasi '${r.phrase}' ${PLACE_LABELS[r.place]}${pagesText(r.pages)}, dikenali dari dokumen lain di workspace ini yang sudah dipetakan ke layanan yang sama`;
  const gap = r.gap === undefined ? '' : ` (${matchGapLabel(r.gap)})`;
  return `'${r.phrase}'${gap} ${PLACE_LABELS[r.place]}${pagesText(r.pages)}`;
}

function indicatorLabel(names: IndicatorNames, no: number): string {
  const name = nameOf(names, no);
  return name === undefined ? `Indikator ${no}` : `Indikator ${no} (${name})`;
}

function mappingLine(m: Mapping, names: IndicatorNames, prefix: string): string {
  const source =
    m.decision === undefined
      ? sourceLabel(m.source)
      : `${sourceLabel('reviewer')} (${m.decision.reviewer}, ${formatDate(m.decision.at)})${m.decision.note ? `: ${m.decision.note}` : ''}`;
  const reasons = m.reasons.slice(0, MAX_REASONS_SHOWN).map(reasonText);
  const because = reasons.length > 0 ? ` — ${reasons.join('; ')}` : '';
  const misfiled = m.possiblyMisfiled ? ' (perhatian: lokasi berkas menunjuk indikator lain; periksa apakah berkas salah folder)' : '';
  const retrieval = m.retrieval !== undefined ? `; ${retrievalText(m.retrieval)}` : '';
  return `${prefix}${indicatorLabel(names, m.indicator)}: skor ${formatDecimal(m.score)} (${m.confidence}), sumber ${source}${because}${combinedText(m)}${retrieval}${misfiled}`;
}

const PASSAGE_LABELS: Record<RetrievalMatch['source'], string> = {
  nama: 'nama indikator',
  pertanyaan: 'pertanyaan indikator',
  penjelasan: 'penjelasan indikator',
  kriteria: 'kriteria tingkat',
  bukti: 'bukti dukung tingkat',
  pemenuhan: 'kriteria pemenuhan tingkat',
};

/** "teks instrumen yang paling cocok: kriteria tingkat 2, di hal. 3 bagian 'BAB II …': '…'". */
function retrievalText(r: RetrievalMatch): string {
  const label = r.level === null ? PASSAGE_LABELS[r.source] : `${PASSAGE_LABELS[r.source]} ${r.level}`;
  const heading = r.heading.length > 0 ? ` bagian '${r.heading}'` : '';
  const snippet = r.snippet.length > 0 ? `: '${r.snippet}'` : '';
  return `teks instrumen yang paling cocok: ${label} (kemiripan ${formatDecimal(r.score)}), di hal. ${r.page}${heading}${snippet}`;
}

/** How the combiner reached the score: the phrase rules' score beside the retrieval. */
function combinedText(m: Mapping): string {
  if (m.features === undefined) return '';
  return `; skor aturan frasa ${formatDecimal(m.features.rule)}, digabung dengan kemiripan teks instrumen`;
}

function signalsText(signals: readonly EvidenceSignal[]): string {
  return signals.map((s) => SIGNAL_LABELS[s]).join('; ');
}

/** "Sinyal bukti: …" for the whole document; null for classifications stored before signals existed. */
function signalLine(c: Classification): string | null {
  if (c.signals === undefined) return null;
  return c.signals.length === 0 ? 'Sinyal bukti: tidak ada.' : `Sinyal bukti: ${signalsText(c.signals)}.`;
}

/** "Penerbit: Bupati Minahasa Selatan (instansi lain, untuk dirinya sendiri)."; null for older classifications. */
function issuerLine(c: Classification): string | null {
  const issuer = c.issuer;
  if (issuer === undefined) return null;
  if (issuer.case === 'tidak-diketahui') return `Penerbit: ${issuerCaseLabel(issuer.case)}.`;
  const who = issuer.issuer ?? issuer.namesUs ?? '';
  const evidence = c.notEvidence === undefined || c.notEvidence === null;
  const about = issuer.case === 'tentang-kita' && issuer.namesUs !== null ? `; dokumen menyebut ${issuer.namesUs}${evidence ? ', sehingga dapat menjadi bukti dukung' : ''}` : '';
  return `Penerbit: ${who} (${issuerCaseLabel(issuer.case)})${about}.`;
}

/** Why nothing is mapped: the document is no evidence (and why), or no indicator reached the threshold. */
function nothingMappedLine(c: Classification): string {
  if (c.notEvidence === undefined || c.notEvidence === null) return 'Tidak ada indikator yang dipetakan.';
  const advice = c.notEvidence === 'luar-topik' ? '' : ' Jika dokumen ini memang bukti dukung, tambahkan pemetaannya dengan "eviden map".';
  return `Bukan bukti dukung: ${notEvidenceLabel(c.notEvidence)}; tidak ada indikator yang dipetakan.${advice}`;
}

export function explainClassification(c: Classification, names: IndicatorNames): string[] {
  const date = c.date === null ? 'tanggal tidak ditemukan' : `tanggal ${formatDate(c.date)}`;
  const status = c.enacted ? 'ditetapkan/ditandatangani' : 'belum terlihat ditetapkan';
  const lines = [`Jenis dokumen: ${kindLabel(c.kind)}; ${date}; ${status}.`];
  const issuer = issuerLine(c);
  if (issuer !== null) lines.push(issuer);
  if (c.mappings.length === 0) lines.push(nothingMappedLine(c));
  else if (c.notEvidence !== undefined && c.notEvidence !== null) lines.push(`Dikenali sebagai bukan bukti dukung (${notEvidenceLabel(c.notEvidence)}), tetapi peninjau memetakannya.`);
  for (const m of c.mappings) lines.push(mappingLine(m, names, ''));
  for (const m of c.candidates) lines.push(mappingLine(m, names, 'Kandidat (di bawah ambang): '));
  const signals = signalLine(c);
  if (signals !== null) lines.push(signals);
  return lines;
}
