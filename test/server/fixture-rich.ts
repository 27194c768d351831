/**
 * A workspace shaped like a coordinator's real one, for the review-queue and layout tests: eight OPD folders, real
 * long file names without spaces (as in /work/shared/corpus/real), a 94-page policy book with thirty candidate
 * indicators, a national regulation that names every indicator, claims below target, and a full output/ folder.
 * Classifications are given (not computed), so every count in the tests is known.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../../src/store/db.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import type { Workspace } from '../../src/types/config.ts';
import type { Classification, Mapping, MatchReason } from '../../src/types/classification.ts';
import { index, makePdf, type FixtureDoc } from './fixture.ts';

export const RICH_CONFIG = `# Workspace uji: delapan OPD, nama berkas panjang
instansi:
  nama: Pemerintah Kabupaten Sukamaju
  jenis: kabupaten
  kota: Sukamaju
  kop: [PEMERINTAH KABUPATEN SUKAMAJU, DINAS KOMUNIKASI DAN INFORMATIKA]
tahun: 2026
opd:
  - { kode: DISKOMINFO, nama: Dinas Komunikasi dan Informatika, folder: Diskominfo }
  - { kode: HUKUM, nama: Bagian Hukum Sekretariat Daerah, folder: BagianHukum }
  - { kode: BAPPEDA, nama: Badan Perencanaan Pembangunan Daerah, folder: Bappeda }
  - { kode: INSPEKTORAT, nama: Inspektorat Daerah, folder: Inspektorat }
  - { kode: BKPSDM, nama: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, folder: BKPSDM }
  - { kode: BPKAD, nama: Badan Pengelolaan Keuangan dan Aset Daerah, folder: BPKAD }
  - { kode: ORGANISASI, nama: Bagian Organisasi Sekretariat Daerah, folder: Bagian_Organisasi }
  - { kode: DPMPTSP, nama: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, folder: DPMPTSP }
penanggungJawab:
  "1": [HUKUM, DISKOMINFO]
  "2": [HUKUM, BAPPEDA]
  "3": [DISKOMINFO]
  "10": [HUKUM, DISKOMINFO]
  "11": [BAPPEDA, DISKOMINFO]
  "12": [BAPPEDA]
  "19": [DISKOMINFO]
  "20": [INSPEKTORAT]
  "25": [BKPSDM]
  "27": [BPKAD]
  "28": [ORGANISASI]
  "45": [DPMPTSP]
target:
  bawaan: 3
  indikator: { "19": 4 }
penilaian:
  "10":
    tingkat: 2
    penjelasan: >-
      FAKTA: Tim Koordinasi SPBE ditetapkan dengan Keputusan Menteri Koordinator
      Nomor 70 Tahun 2023, berkas "KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE_Salinan_Resmi.pdf".
      JUSTIFIKASI: Tingkat 2.
  "12":
    tingkat: 3
    penjelasan: >-
      FAKTA: Peta Rencana SPBE, berkas "Peta_Rencana_SPBE_2024-2028_versi_final_revisi_ketiga.pdf"
      dan berkas "Lampiran_Peta_Rencana_Yang_Tidak_Ada.pdf".
      JUSTIFIKASI: Tingkat 3.
  "20":
    tingkat: 4
penandatangan:
  koordinator:
    nama: Drs. Budi Santoso, M.Si.
    nip: "197001011995031002"
    jabatan: Sekretaris Daerah Kabupaten Sukamaju
`;

export interface RichFixture {
  root: string;
  ws: Workspace;
  db: Db;
  /** The 94-page policy book: thirty candidates, two accepted mappings. */
  buku: FixtureDoc;
  /** KEPMENKO 70/2023: accepted for 10, candidate for 19. */
  kepmenko: FixtureDoc;
  /** PermenPANRB 59/2020: a national regulation naming every indicator (candidates marked as a distractor). */
  permen: FixtureDoc;
  peta: FixtureDoc;
  /** In an unknown folder, not mapped. */
  kiriman: FixtureDoc;
  cleanup(): void;
}

function reason(indicator: number, phrase: string, pages: number[], place: MatchReason['place'] = 'isi'): MatchReason {
  return { rule: `i${indicator}.uji`, phrase, place, pages, weight: 0.2 };
}

function map(sha256: string, indicator: number, score: number, confidence: Mapping['confidence'], reasons: MatchReason[]): Mapping {
  return { id: `${sha256.slice(0, 12)}-${indicator}`, sha256, indicator, score, confidence, source: 'content', reasons, possiblyMisfiled: false };
}

/** Candidate phrases of the policy book: indicators 1–30 except the two accepted ones. */
const BOOK_PHRASES: Record<number, string> = {
  1: 'arsitektur SPBE', 2: 'peta rencana SPBE', 3: 'manajemen data', 4: 'pembangunan aplikasi', 5: 'layanan pusat data',
  6: 'jaringan intra', 7: 'sistem penghubung layanan', 8: 'manajemen keamanan informasi', 9: 'audit teknologi informasi',
  10: 'tim koordinasi SPBE', 11: 'arsitektur SPBE instansi', 12: 'peta rencana', 13: 'anggaran SPBE', 14: 'rencana dan anggaran',
  15: 'inovasi proses bisnis', 16: 'pembangunan aplikasi umum', 17: 'pusat data nasional', 18: 'jaringan intra pemerintah',
  19: 'kebijakan tim koordinasi', 20: 'pembangunan SDM TIK', 21: 'manajemen risiko SPBE', 22: 'keamanan informasi',
  23: 'manajemen data instansi', 24: 'manajemen aset TIK', 25: 'kompetensi SDM', 26: 'manajemen pengetahuan',
  27: 'manajemen perubahan', 28: 'manajemen layanan SPBE', 29: 'audit infrastruktur', 30: 'audit aplikasi',
};

function bookPages(): string[][] {
  return Array.from({ length: 94 }, (_, i) => [
    `KEBIJAKAN LAYANAN SPBE v3.3.2 - Halaman ${i + 1}`,
    `Bagian ${Math.floor(i / 3) + 1}: ${BOOK_PHRASES[(i % 30) + 1] ?? 'ketentuan umum'}`,
    'Rencana Induk Teknologi Informasi dan Komunikasi Kabupaten Sukamaju 2024-2028.',
    i % 7 === 0 ? 'Tim koordinasi SPBE menetapkan kebijakan layanan dan standar operasional.' : 'Ketentuan teknis penyelenggaraan layanan.',
  ]);
}

const PERMEN_PAGES = Array.from({ length: 12 }, (_, i) => [
  'PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI',
  `NOMOR 59 TAHUN 2020 - Halaman ${i + 1}`,
  'Indikator Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE.',
  'Tim koordinasi SPBE instansi pusat dan pemerintah daerah melaksanakan evaluasi.',
]);

export async function makeRichFixture(): Promise<RichFixture> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-dasbor-kaya-'));
  writeFileSync(path.join(root, 'eviden.config.yaml'), RICH_CONFIG);
  const ws = openWorkspace(root);
  const db = openDb(ws.paths.database);
  const pdf = async (rel: string, pages: string[][], opd: string | null, classification: (sha: string) => Classification | null, status: 'ok' | 'corrupt' = 'ok'): Promise<FixtureDoc> =>
    index(db, ws, {
      rel,
      bytes: status === 'ok' ? await makePdf(pages) : Buffer.from(`%PDF-1.4\nrusak ${rel}`),
      type: 'pdf',
      status,
      message: status === 'ok' ? '' : `Berkas ${rel} rusak dan tidak dapat dibaca. Simpan ulang dari aplikasi asalnya lalu taruh lagi.`,
      pageTexts: status === 'ok' ? pages.map((p) => p.join('\n')) : [],
      opd,
      classification,
    });

  const buku = await pdf(
    'Diskominfo/Kebijakan_Layanan_SPBE_v3.3.2_Rencana_Induk_Teknologi_Informasi_dan_Komunikasi_Kabupaten_Sukamaju_2024-2028.pdf',
    bookPages(),
    'DISKOMINFO',
    (sha) => ({
      sha256: sha, kind: 'manual', date: '2024-03-01', enacted: false,
      mappings: [map(sha, 3, 0.74, 'sedang', [reason(3, 'manajemen data', [3, 33, 63], 'judul-bagian')]), map(sha, 28, 0.58, 'rendah', [reason(28, 'manajemen layanan SPBE', [28, 58, 88])])],
      candidates: Object.entries(BOOK_PHRASES)
        .map(([no]) => Number(no))
        .filter((no) => no !== 3 && no !== 28)
        .map((no) => map(sha, no, 0.2 + ((no * 7) % 25) / 100, no % 3 === 0 ? 'sedang' : 'rendah', [
          reason(no, BOOK_PHRASES[no] ?? '', [no, no + 30, no + 60], 'judul-bagian'),
          reason(no, 'kebijakan layanan', [1, 2]),
        ])),
    }),
  );
  const kepmenko = await pdf(
    'BagianHukum/KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE_Salinan_Resmi_Yang_Telah_Dilegalisir_Bagian_Hukum.pdf',
    [['KEPUTUSAN MENTERI KOORDINATOR', 'NOMOR 70 TAHUN 2023', 'TENTANG', 'TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK'], ['Ditetapkan di Jakarta pada tanggal 2 Mei 2023']],
    'HUKUM',
    (sha) => ({
      sha256: sha, kind: 'keputusan', date: '2023-05-02', enacted: true,
      mappings: [map(sha, 10, 0.92, 'tinggi', [reason(10, 'tim koordinasi SPBE', [1], 'tentang'), reason(10, 'keputusan', [1], 'judul')])],
      candidates: [map(sha, 19, 0.41, 'sedang', [reason(19, 'tim koordinasi', [1], 'tentang')])],
    }),
  );
  const permen = await pdf('Diskominfo/PAN_RB_No_59_Tahun_2020_SPBE_Pemantauan_dan_Evaluasi_Sistem_Pemerintahan_Berbasis_Elektronik.pdf', PERMEN_PAGES, 'DISKOMINFO', (sha) => ({
    sha256: sha, kind: 'peraturan', date: '2020-09-02', enacted: true, mappings: [], notEvidence: 'instrumen',
    issuer: { case: 'nasional', issuer: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', namesUs: null },
    candidates: [1, 2, 10].map((no) => map(sha, no, 0.18, 'rendah', [reason(no, BOOK_PHRASES[no] ?? '', [3]), { rule: 'distraktor.instrumen', phrase: 'pemantauan dan evaluasi SPBE', place: 'tentang', pages: [1], weight: -1 }])),
  }));
  const peta = await pdf('Bappeda/Peta_Rencana_SPBE_2024-2028_versi_final_revisi_ketiga.pdf', [['PETA RENCANA SPBE KABUPATEN SUKAMAJU 2024-2028', 'Tim koordinasi SPBE menyusun peta rencana.']], 'BAPPEDA', (sha) => ({
    sha256: sha, kind: 'dokumen-peta-rencana', date: '2024-01-10', enacted: false,
    mappings: [map(sha, 12, 0.88, 'tinggi', [reason(12, 'peta rencana SPBE', [1], 'judul')])], candidates: [map(sha, 2, 0.44, 'sedang', [reason(2, 'peta rencana SPBE', [1], 'judul')])],
  }));
  await pdf('Bappeda/Paparan_Rapat_Koordinasi_Persiapan_Evaluasi_Mandiri_SPBE_20_Juni_2022.pdf', [['PAPARAN RAPAT KOORDINASI', 'Persiapan evaluasi mandiri SPBE']], 'BAPPEDA', (sha) => ({
    sha256: sha, kind: 'lainnya', date: '2022-06-20', enacted: false, mappings: [],
    candidates: [map(sha, 11, 0.33, 'rendah', [reason(11, 'arsitektur SPBE', [1])]), map(sha, 13, 0.29, 'rendah', [reason(13, 'anggaran SPBE', [1])])],
  }));
  await pdf('Inspektorat/LHE_SPBE_KEMENKO_PEREKONOMIAN_TAHUN_2021_Laporan_Hasil_Evaluasi.pdf', [['LAPORAN HASIL EVALUASI SPBE', 'Tahun 2021']], 'INSPEKTORAT', (sha) => ({
    sha256: sha, kind: 'laporan-evaluasi', date: '2021-12-01', enacted: false,
    mappings: [map(sha, 20, 0.52, 'rendah', [reason(20, 'evaluasi SPBE', [1], 'judul')])], candidates: [],
  }));
  await pdf('BKPSDM/Laporan_Pengembangan_Kompetensi_SDM_TIK_Tahun_Anggaran_2025_Badan_Kepegawaian.pdf', [['LAPORAN PENGEMBANGAN KOMPETENSI SDM TIK', '2025']], 'BKPSDM', (sha) => ({
    sha256: sha, kind: 'laporan', date: '2025-12-01', enacted: false, mappings: [map(sha, 25, 0.81, 'tinggi', [reason(25, 'kompetensi SDM TIK', [1], 'judul')])], candidates: [],
  }));
  await pdf('BPKAD/DPA-SKPD_Dinas_Komunikasi_dan_Informatika_TA_2025_Dokumen_Pelaksanaan_Anggaran.pdf', [['DOKUMEN PELAKSANAAN ANGGARAN', 'Dinas Komunikasi dan Informatika 2025']], 'BPKAD', (sha) => ({
    sha256: sha, kind: 'anggaran', date: '2025-01-05', enacted: true, mappings: [], candidates: [map(sha, 13, 0.47, 'sedang', [reason(13, 'anggaran SPBE', [1], 'judul')])],
  }));
  await pdf('Bagian_Organisasi/Rencana_Manajemen_Perubahan_Tanda_Tangan_Elektronik_2025.pdf', [['RENCANA MANAJEMEN PERUBAHAN', 'Tanda tangan elektronik']], 'ORGANISASI', (sha) => ({
    sha256: sha, kind: 'lainnya', date: '2025-02-01', enacted: false, mappings: [map(sha, 27, 0.77, 'tinggi', [reason(27, 'manajemen perubahan', [1], 'judul')])], candidates: [],
  }));
  await pdf('DPMPTSP/Rusak_Unggahan_Terpotong_Perizinan_Berusaha_Terintegrasi_Secara_Elektronik.pdf', [], 'DPMPTSP', () => null, 'corrupt');
  const kiriman = await pdf('Kiriman_WA_Grup_SPBE/Permen_PANRB_No__89_Tahun_2021_Penjenjangan_Kinerja_Instansi_Pemerintah.pdf', [['PERATURAN MENTERI', 'NOMOR 89 TAHUN 2021']], null, (sha) => ({
    sha256: sha, kind: 'peraturan', date: '2021-10-01', enacted: true, mappings: [], candidates: [],
  }));
  writeOutputs(ws);
  return {
    root, ws, db, buku, kepmenko, permen, peta, kiriman,
    cleanup() {
      db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** output/ as after `eviden report --lampiran` and `eviden packet`: official PDFs, per-OPD gap reports, lampiran, packet. */
function writeOutputs(ws: Workspace): void {
  const out = ws.paths.output;
  const file = (rel: string, bytes: number): void => {
    const abs = path.join(out, ...rel.split('/'));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, Buffer.alloc(bytes, 0x20));
  };
  file('laporan-penilaian-mandiri-2026.pdf', 1_009_000);
  file('berita-acara-penilaian-mandiri-2026.pdf', 184_320);
  file('pernyataan-persetujuan-publikasi-2026.pdf', 96_000);
  file('laporan-kesenjangan-2026.pdf', 412_500);
  file('gaps.json', 88_000);
  file('gaps.csv', 23_000);
  for (const opd of ['DISKOMINFO', 'HUKUM', 'BAPPEDA', 'INSPEKTORAT', 'BKPSDM', 'BPKAD', 'ORGANISASI', 'DPMPTSP']) file(`kesenjangan/kesenjangan-${opd}.pdf`, 120_000);
  for (const [domain, nos] of [['kebijakan', [1, 2, 3, 10]], ['tata-kelola', [11, 12, 19, 20]], ['manajemen', [25, 27, 28]]] as const) {
    for (const no of nos) file(`lampiran/lampiran-${domain}-${no}.pdf`, 2_400_000 + no * 1000);
  }
  file('paket-2026.zip', 23_456_789);
  file('paket-2026/manifest.json', 12_000);
  file('paket-2026/manifest.csv', 6_000);
  file('paket-2026/bukti-dukung/I10_BagianHukum_KEPMENKO_70_TAHUN_2023_TIM_KOORDINASI_SPBE_Salinan_Resmi_Yang_Telah_Dilegalisir.pdf', 1_411_963);
}
